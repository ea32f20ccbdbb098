// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli restore (and backup --encrypt), run as a process on a demo study:
// - backup → restore → verify: clean, the restore row in the trail, the replaced file kept;
// - the printed summary names what the backup holds and what it replaces;
// - only a data manager may restore; a backup that does not verify, a wrong passphrase and a
//   changed byte of an encrypted backup are refused with the study untouched;
// - a missing study file is restored from a backup.
#include "storage/backupcontents.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace trialcrf;

namespace {

const QString kDemoPassword = QStringLiteral("demo-password-1");

struct Run {
    int code = -1;
    QString out, err;
};

/// trialcrf-cli with `args` in its own session: no terminal, so a missing password fails.
Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"TRIALCRF_PASSWORD", "TRIALCRF_AS_PASSWORD", "TRIALCRF_BACKUP_PASSPHRASE"})
        e.remove(QLatin1String(name));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setStandardInputFile(QProcess::nullDevice());
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral(TRIALCRF_CLI), args);
    p.waitForFinished(-1);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

}  // namespace

class TestCliRestore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void backupRestoreVerifyRoundTrip();
    void restoreOnlyByADataManager_data();
    void restoreOnlyByADataManager();
    void restoreRefusesABackupThatDoesNotVerify();
    void encryptedBackupRoundTrip();
    void encryptedRefusesWrongPassphraseOrChangedByte_data();
    void encryptedRefusesWrongPassphraseOrChangedByte();
    void restoresAMissingStudy();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList files() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    Run restore(const QString &user, const QString &backup, const QMap<QString, QString> &env = {})
    {
        QMap<QString, QString> all = env;
        all.insert(QStringLiteral("TRIALCRF_PASSWORD"), kDemoPassword);
        return cli({QStringLiteral("restore"), QStringLiteral("--db"), m_study,
                    QStringLiteral("--user"), user, backup},
                   all);
    }
    qint64 subjects(const QString &file) const { return BackupContents::read(file).subjects; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_study;
};

void TestCliRestore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_study = path(QStringLiteral("study.db"));
    const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_study,
                       QStringLiteral("--subjects"), QStringLiteral("3"), QStringLiteral("--seed"),
                       QStringLiteral("1")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCliRestore::backupRestoreVerifyRoundTrip()
{
    const QString backup = path(QStringLiteral("copy.db"));
    QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), m_study, backup}).code, 0);
    // The study moves on after the backup: 3 more subjects.
    QFile::remove(m_study);
    QFile::remove(m_study + QStringLiteral("-wal"));
    QFile::remove(m_study + QStringLiteral("-shm"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), m_study,
                  QStringLiteral("--subjects"), QStringLiteral("6")})
                 .code,
             0);
    QCOMPARE(subjects(m_study), 6);

    const Run r = restore(QStringLiteral("datamanager"), backup);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("subjects: 3")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("subjects: 6")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("last audit entry:")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("kept as")), qPrintable(r.out));

    const Run v = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_study});
    QVERIFY2(v.code == 0, qPrintable(v.err + v.out));
    QCOMPARE(subjects(m_study), 3);
    const BackupContents now = BackupContents::read(m_study);
    QVERIFY(now.sound());
    // The restore row, then the data manager's logout: both in the restored trail.
    QCOMPARE(now.lastAudit->action, QStringLiteral("logout"));
    const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("study.replaced-*.db")});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(subjects(path(kept.first())), 6);
}

void TestCliRestore::restoreOnlyByADataManager_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("nurse") << QStringLiteral("nurse");
    QTest::newRow("physician") << QStringLiteral("physician");
    QTest::newRow("monitor") << QStringLiteral("monitor");
}

void TestCliRestore::restoreOnlyByADataManager()
{
    QFETCH(QString, user);
    const QString backup = path(QStringLiteral("copy.db"));
    QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), m_study, backup}).code, 0);
    const Run r = restore(user, backup);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("only a data manager")), qPrintable(r.err));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.replaced-*")}), QStringList());
}

void TestCliRestore::restoreRefusesABackupThatDoesNotVerify()
{
    const QString backup = path(QStringLiteral("copy.db"));
    QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), m_study, backup}).code, 0);
    QFile f(backup);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write(QByteArray(4096, '\x5a'));
    f.close();
    const QStringList before = files();
    const Run r = restore(QStringLiteral("datamanager"), backup);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("does not verify")), qPrintable(r.err));
    QCOMPARE(files(), before);
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), m_study}).code, 0);
}

void TestCliRestore::encryptedBackupRoundTrip()
{
    const QString backup = path(QStringLiteral("offsite.tcb"));
    const QMap<QString, QString> secret{{QStringLiteral("TRIALCRF_BACKUP_PASSPHRASE"),
                                         QStringLiteral("long passphrase")}};
    const Run b = cli({QStringLiteral("backup"), QStringLiteral("--db"), m_study,
                       QStringLiteral("--encrypt"), backup},
                      secret);
    QVERIFY2(b.code == 0, qPrintable(b.err));
    QVERIFY(!BackupContents::read(backup).opened);  // not readable as a database
    const Run r = restore(QStringLiteral("datamanager"), backup, secret);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), m_study}).code, 0);
}

void TestCliRestore::encryptedRefusesWrongPassphraseOrChangedByte_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("flipAt");  // -1: no byte changed
    QTest::newRow("wrong passphrase") << QStringLiteral("long passphrasE") << -1;
    QTest::newRow("no passphrase") << QString() << -1;
    QTest::newRow("changed byte in the header") << QStringLiteral("long passphrase") << 20;
    QTest::newRow("changed byte in the data") << QStringLiteral("long passphrase") << 5000;
}

void TestCliRestore::encryptedRefusesWrongPassphraseOrChangedByte()
{
    QFETCH(QString, passphrase);
    QFETCH(int, flipAt);
    const QString backup = path(QStringLiteral("offsite.tcb"));
    QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), m_study,
                  QStringLiteral("--encrypt"), backup},
                 {{QStringLiteral("TRIALCRF_BACKUP_PASSPHRASE"), QStringLiteral("long passphrase")}})
                 .code,
             0);
    if (flipAt >= 0) {
        QFile f(backup);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(flipAt);
        char c = 0;
        QVERIFY(f.getChar(&c));
        f.seek(flipAt);
        f.putChar(char(c ^ 0x80));
    }
    const QStringList before = files();
    QMap<QString, QString> env;
    if (!passphrase.isNull())
        env.insert(QStringLiteral("TRIALCRF_BACKUP_PASSPHRASE"), passphrase);
    const Run r = restore(QStringLiteral("datamanager"), backup, env);
    QCOMPARE(r.code, 1);
    QCOMPARE(files(), before);
    QCOMPARE(subjects(m_study), 3);
}

void TestCliRestore::restoresAMissingStudy()
{
    const QString backup = path(QStringLiteral("copy.db"));
    QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), m_study, backup}).code, 0);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_study + suffix);
    const Run r = restore(QStringLiteral("datamanager"), backup);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("cannot be opened")), qPrintable(r.out));
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), m_study}).code, 0);
    QCOMPARE(subjects(m_study), 3);
}

QTEST_GUILESS_MAIN(TestCliRestore)
#include "tst_cli_restore.moc"
