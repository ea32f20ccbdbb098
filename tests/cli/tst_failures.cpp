// SPDX-License-Identifier: Apache-2.0
// Saying what really failed: a damaged file is refused by every command that reads it (no
// wrong figures), an empty file is no study, and a write lock held by another program is
// "busy", not a login or database error.
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

namespace {

const QString kDemoPassword = QStringLiteral("demo-password-1");

using trialcrf::fixtures::ProcessRun;

ProcessRun cli(const QStringList &args, const QMap<QString, QString> &env = {})
{
    return trialcrf::fixtures::runProgram(QStringLiteral(TRIALCRF_CLI), args, env);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestFailures : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void damagedFileIsRefused_data();
    void damagedFileIsRefused();
    void emptyFileIsNoStudy_data();
    void emptyFileIsNoStudy();
    void emptyFileCanBeInitialised();
    void lockHeldElsewhereIsBusy();
    void readOnlyFolderStillReads_data();
    void readOnlyFolderStillReads();

private:
    QStringList commandArgs(const QString &command, const QString &db) const;

    QTemporaryDir m_dir;
    QString m_demo, m_damaged, m_export;
};

void TestFailures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    const ProcessRun demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo,
                          QStringLiteral("--subjects"), QStringLiteral("60")});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    m_export = m_dir.filePath(QStringLiteral("export"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--db"), m_demo, m_export}).code, 0);

    // Overwrite bytes in the middle of several pages: the file still opens, its header and
    // schema are intact, but rows read back wrong or not at all.
    m_damaged = m_dir.filePath(QStringLiteral("damaged.db"));
    QVERIFY(QFile::copy(m_demo, m_damaged));
    QFile f(m_damaged);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    const qint64 pages = f.size() / pageSize;
    QVERIFY(pages > 20);
    QRandomGenerator random(17);
    for (qint64 page = pages / 3; page < pages / 3 + 8; ++page) {
        QByteArray noise(300, '\0');
        for (char &c : noise)
            c = char(random.bounded(256));
        QVERIFY(f.seek(page * pageSize + 200));
        QCOMPARE(f.write(noise), qint64(noise.size()));
    }
    f.close();
}

QStringList TestFailures::commandArgs(const QString &command, const QString &db) const
{
    const QString out = m_dir.filePath(command + QStringLiteral("-out-") + QFileInfo(db).baseName());
    if (command == QLatin1String("report"))
        return {command, QStringLiteral("--db"), db, QStringLiteral("--subject"),
                QStringLiteral("S0001"), out + QStringLiteral(".pdf")};
    if (command == QLatin1String("export"))
        return {command, QStringLiteral("--db"), db, out};
    if (command == QLatin1String("import"))
        return {command, QStringLiteral("--db"), db, QStringLiteral("--user"),
                QStringLiteral("datamanager"), m_export};
    if (command == QLatin1String("backup"))
        return {command, QStringLiteral("--db"), db, QStringLiteral("--user"),
                QStringLiteral("datamanager"), out + QStringLiteral(".db")};
    if (command == QLatin1String("backup-plain"))
        return {QStringLiteral("backup"), QStringLiteral("--db"), db, out + QStringLiteral(".db")};
    return {command, QStringLiteral("--db"), db};
}

void TestFailures::damagedFileIsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("named");
    const QString damaged = QStringLiteral("the database is damaged");
    QTest::newRow("summary") << "summary" << damaged;
    QTest::newRow("report") << "report" << damaged;
    QTest::newRow("export") << "export" << damaged;
    QTest::newRow("import") << "import" << damaged;
    QTest::newRow("backup") << "backup" << damaged;
    QTest::newRow("backup without login") << "backup-plain" << damaged;
    QTest::newRow("verify") << "verify" << "integrity check failed";
}

void TestFailures::damagedFileIsRefused()
{
    QFETCH(QString, command);
    QFETCH(QString, named);
    const QString db = m_dir.filePath(QStringLiteral("damaged-%1.db").arg(command));
    QFile::remove(db);
    QVERIFY(QFile::copy(m_damaged, db));
    const QByteArray before = contents(db);
    const ProcessRun r = cli(commandArgs(command, db), {{QStringLiteral("TRIALCRF_PASSWORD"), kDemoPassword}});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("permission")) && !r.err.contains(QLatin1String("account")),
             qPrintable(r.err));
    if (command != QLatin1String("verify")) {
        QVERIFY2(r.err.contains(QLatin1String("run 'trialcrf-cli verify")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("restore from a backup")), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));  // no figures read from damaged pages
    }
    QVERIFY(contents(db) == before);
    if (command.startsWith(QLatin1String("backup"))) {
        // Refused before a page was copied: no backup, no hidden partial file, no journal.
        const QString out = commandArgs(command, db).constLast();
        const QString name = QFileInfo(out).fileName();
        const QStringList left = QDir(m_dir.path()).entryList({name + QLatin1Char('*'),
                                                               QLatin1Char('.') + name + QLatin1Char('*')},
                                                              QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
        // The intact copy is backed up.
        QCOMPARE(cli(commandArgs(command, m_demo), {{QStringLiteral("TRIALCRF_PASSWORD"), kDemoPassword}}).code, 0);
    }
    // The intact copy passes the same command.
    if (command == QLatin1String("summary") || command == QLatin1String("verify"))
        QCOMPARE(cli(commandArgs(command, m_demo)).code, 0);
}

void TestFailures::emptyFileIsNoStudy_data()
{
    QTest::addColumn<QString>("command");
    for (const char *c : {"summary", "verify", "export", "report", "import", "backup"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestFailures::emptyFileIsNoStudy()
{
    QFETCH(QString, command);
    const QString db = m_dir.filePath(QStringLiteral("empty-%1.db").arg(command));
    QFile empty(db);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const ProcessRun r = cli(commandArgs(command, db), {{QStringLiteral("TRIALCRF_PASSWORD"), kDemoPassword}});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("the file is empty (0 bytes), not a study database")),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("older version")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("password")), qPrintable(r.err));
    QCOMPARE(QFileInfo(db).size(), qint64(0));  // not turned into a study
}

void TestFailures::emptyFileCanBeInitialised()
{
    const QString db = m_dir.filePath(QStringLiteral("empty-init.db"));
    QFile empty(db);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const ProcessRun r = cli({QStringLiteral("init"), QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(db).size() > 0);
}

// A second connection holds the write lock, as an import or a restore in progress does: the
// command waits the busy timeout, then says the study is busy.
void TestFailures::lockHeldElsewhereIsBusy()
{
    const QString db = m_dir.filePath(QStringLiteral("busy.db"));
    QVERIFY(QFile::copy(m_demo, db));
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(db);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
        const ProcessRun r = cli({QStringLiteral("user"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                           QStringLiteral("datamanager"), QStringLiteral("disable"),
                           QStringLiteral("monitor")},
                          {{QStringLiteral("TRIALCRF_AS_PASSWORD"), kDemoPassword}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("the study is busy: another program (import, backup) "
                                              "is writing; try again")),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("database error")), qPrintable(r.err));
        // Reading goes on: a write lock in WAL mode does not stop readers.
        const ProcessRun summary = cli({QStringLiteral("summary"), QStringLiteral("--db"), db});
        QVERIFY2(summary.code == 0, qPrintable(summary.err));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestFailures::readOnlyFolderStillReads_data()
{
    QTest::addColumn<QString>("command");
    for (const char *c : {"verify", "summary", "export"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

// A study in a folder nobody may write to (a read-only share, an archive): the commands that
// only read still work. Root may write anywhere, so as root the command runs as "nobody".
void TestFailures::readOnlyFolderStillReads()
{
    QFETCH(QString, command);
    QStringList prefix;
    if (::geteuid() == 0) {
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        if (runuser.isEmpty())
            QSKIP("running as root without runuser: a read-only folder cannot be made");
        prefix = {runuser, QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")};
    }
    QTemporaryDir top;  // traversable by everyone, the study folder inside it read-only
    QVERIFY(top.isValid());
    const QFileDevice::Permissions open = QFileDevice::ReadOwner | QFileDevice::WriteOwner
        | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(top.path(), open | QFileDevice::WriteOther | QFileDevice::WriteGroup));
    const QString folder = top.filePath(QStringLiteral("archive"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = QDir(folder).filePath(QStringLiteral("study.db"));
    QVERIFY(QFile::copy(m_demo, db));
    QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                          | QFileDevice::ReadOther));
    QVERIFY(QFile::setPermissions(folder, open & ~QFileDevice::WriteOwner));

    QStringList args{command, QStringLiteral("--db"), db};
    if (command == QLatin1String("export"))
        args << top.filePath(QStringLiteral("out"));
    QProcess p;
    if (prefix.isEmpty()) {
        p.start(QStringLiteral(TRIALCRF_CLI), args);
    } else {
        p.start(prefix.first(), prefix.mid(1) + QStringList{QStringLiteral(TRIALCRF_CLI)} + args);
    }
    p.waitForFinished(-1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("read-only")), qPrintable(err));
    QVERIFY(!QFile::exists(db + QLatin1String("-shm")));
    QVERIFY(QFile::setPermissions(folder, open));
}

QTEST_GUILESS_MAIN(TestFailures)
#include "tst_failures.moc"
