// SPDX-License-Identifier: Apache-2.0
// Backups and restore in the model:
// - a backup is written atomically: a damaged source, an unwritable folder or an existing
//   target leave no file and no journal behind, and a retry to the same name then works;
// - a damaged source is refused before anything is copied (or, for an audited backup,
//   before anything is written into it), with the damaged-database message;
// - restore puts a backup back into the open study (round trip), keeps the replaced study
//   beside it, audits the restore in the restored trail, and the result verifies;
// - only a data manager may restore; a backup that does not verify is never restored;
// - encrypted backups: the right passphrase restores, a wrong one or one changed byte (at
//   every part of the file) or a cut-off file is refused and leaves nothing behind.
#include "backup/backupcrypto.h"
#include "backup/backupwriter.h"
#include "backup/studyrestore.h"
#include "storage/auditlog.h"
#include "storage/backupcontents.h"
#include "storage/databasebackup.h"
#include "teststudy.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace trialcrf;
using fixtures::TestStudy;

class TestBackup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void backupVerifiesAndReportsProgress();
    void damagedSourceLeavesNothingAndRetryWorks();
    void auditedBackupOfADamagedStudyWritesNothing();
    void unwritableFolderLeavesNothing();
    void auditedBackupOnlyByADataManager_data();
    void auditedBackupOnlyByADataManager();
    void restoreRoundTripKeepsReplacedAndAudits();
    void restoreOnlyByADataManager_data();
    void restoreOnlyByADataManager();
    void restoreRefusesABackupThatDoesNotVerify();
    void restoreFileReplacesAMissingStudy();
    void encryptedRoundTrip();
    void encryptedRefusesWrongPassphrase();
    void encryptedRefusesAChangedByte_data();
    void encryptedRefusesAChangedByte();
    void encryptedRefusesACutOffFile();
    void serverStudyIsBackedUpAsAFile();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    /// The files in the scratch folder, hidden ones too.
    QStringList scratchFiles() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    qint64 addSubject(const QString &code);
    /// A copy of the study whose adverse-event table has a damaged first page (the schema,
    /// on page 1, stays readable, so the file opens).
    QString damagedCopy(const QString &name);
    /// An encrypted backup of the study at `path`, with the passphrase of `options`.
    bool writeEncrypted(const QString &path, const BackupOptions &options)
    {
        QString error;
        const bool written = BackupWriter::write(m_study->database(), path, options, &error);
        if (!written)
            qWarning("%s", qPrintable(error));
        return written;
    }

    std::unique_ptr<TestStudy> m_study;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackup::init()
{
    m_study = std::make_unique<TestStudy>();
    QVERIFY2(m_study->isValid(), qPrintable(m_study->error()));
    QVERIFY2(m_study->addAccounts(), qPrintable(m_study->error()));
    QVERIFY(addSubject(QStringLiteral("S001")) > 0);
    QVERIFY(addSubject(QStringLiteral("S002")) > 0);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Everything here copies SQLite files (the backup API, VACUUM INTO, restore into a file).
    if (trialcrf::fixtures::onTestServer()
        && qstrcmp(QTest::currentTestFunction(), "serverStudyIsBackedUpAsAFile") != 0)
        QSKIP("about SQLite files, not a server (a server's backup: "
              "serverStudyIsBackedUpAsAFile)");
}

void TestBackup::cleanup()
{
    m_study.reset();
    m_dir.reset();
}

qint64 TestBackup::addSubject(const QString &code)
{
    Subject s = fixtures::subject(code);
    const SaveResult r = m_study->store().saveSubject(m_study->nurse, s);
    return r.ok() ? s.id : 0;
}

void TestBackup::backupVerifiesAndReportsProgress()
{
    qint64 lastDone = -1, lastTotal = 0;
    int calls = 0;
    BackupOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        QVERIFY(done >= lastDone);
        lastDone = done;
        lastTotal = total;
        ++calls;
    };
    QString error;
    QVERIFY2(BackupWriter::write(m_study->database(), file(QStringLiteral("b.db")), options, &error),
             qPrintable(error));
    QVERIFY(calls >= 1);
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(scratchFiles(), QStringList{QStringLiteral("b.db")});
    const BackupContents c = BackupContents::read(file(QStringLiteral("b.db")));
    QVERIFY2(c.sound(), qPrintable(c.problems.join(u'\n')));
    QCOMPARE(c.subjects, 2);
}

QString TestBackup::damagedCopy(const QString &name)
{
    const QString damaged = file(name);
    QString error;
    if (!BackupWriter::write(m_study->database(), damaged, {}, &error))
        return {};
    const qint64 rootPage = fixtures::scalar(m_study->database(),
                                             QStringLiteral("SELECT rootpage FROM sqlite_schema "
                                                            "WHERE name = 'adverse_events'"))
                                .toLongLong();
    QFile f(damaged);
    if (rootPage <= 1 || !f.open(QIODevice::ReadWrite) || !f.seek((rootPage - 1) * 4096)
        || f.write(QByteArray(16, '\xff')) != 16)
        return {};
    return damaged;
}

void TestBackup::damagedSourceLeavesNothingAndRetryWorks()
{
    const QString damaged = damagedCopy(QStringLiteral("damaged.db"));
    QVERIFY(!damaged.isEmpty());
    QDir(m_dir->path()).mkdir(QStringLiteral("out"));
    const QString target = m_dir->filePath(QStringLiteral("out/copy.db"));
    Database source;
    QString error;
    QVERIFY2(source.open(trialcrf::fixtures::studyAt(damaged), Database::OpenMode::ReadOnly), qPrintable(source.errorString()));
    QVERIFY(!BackupWriter::write(source, target, {}, &error));
    // Refused by the check of the source, before a page is copied.
    QVERIFY2(error.contains(QStringLiteral("the database is damaged — run 'trialcrf-cli verify")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("restore from a backup")), qPrintable(error));
    QVERIFY(!BackupWriter::sourceDamage(source).isEmpty());
    QVERIFY(BackupWriter::sourceDamage(m_study->database()).isEmpty());
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("out")))
                .entryList(QDir::Files | QDir::Hidden).isEmpty());
    // The same name again, from a sound study: no leftover is in the way.
    QVERIFY2(BackupWriter::write(m_study->database(), target, {}, &error), qPrintable(error));
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("copy.db")});
}

void TestBackup::auditedBackupOfADamagedStudyWritesNothing()
{
    const QString damaged = damagedCopy(QStringLiteral("damaged-audited.db"));
    QVERIFY(!damaged.isEmpty());
    QDir(m_dir->path()).mkdir(QStringLiteral("out"));
    const QString target = m_dir->filePath(QStringLiteral("out/copy.db"));
    QFile f(damaged);
    QByteArray before;
    {
        Database source;
        QVERIFY2(source.open(trialcrf::fixtures::studyAt(damaged), Database::OpenMode::ExistingOnly),
                 qPrintable(source.errorString()));
        // Opening for writing switches the copy to WAL: the file as it is from here on.
        QVERIFY(f.open(QIODevice::ReadOnly));
        before = f.readAll();
        f.close();
        const SaveResult r =
            DatabaseBackup(source).write(m_study->sessionOf(QStringLiteral("dm.zhao")), target);
        QCOMPARE(r.status, SaveResult::Status::DatabaseError);
        QVERIFY2(r.message.contains(QLatin1String("the database is damaged")), qPrintable(r.message));
        QVERIFY2(!r.message.contains(QLatin1String("may not")), qPrintable(r.message));
        QCOMPARE(QFileInfo(damaged + QLatin1String("-wal")).size(), qint64(0));
    }
    // No audit row was written into the damaged file (closing would have checkpointed it
    // into the file), and no file is left at the target.
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == before);
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("out")))
                .entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestBackup::unwritableFolderLeavesNothing()
{
    // /proc exists and refuses new files to every user, root included.
    if (!QFileInfo(QStringLiteral("/proc/self")).isDir())
        QSKIP("needs /proc");
    QString error;
    QVERIFY(!BackupWriter::write(m_study->database(), QStringLiteral("/proc/trialcrf-backup.db"), {},
                                 &error));
    QVERIFY2(error.contains(QLatin1String("trialcrf-backup.db")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/proc/trialcrf-backup.db")));
}

void TestBackup::auditedBackupOnlyByADataManager_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("data manager") << QStringLiteral("dm.zhao") << true;
    QTest::newRow("nurse") << QStringLiteral("nurse.li") << false;
    QTest::newRow("physician") << QStringLiteral("dr.chen") << false;
    QTest::newRow("monitor") << QStringLiteral("monitor.wu") << false;
}

void TestBackup::auditedBackupOnlyByADataManager()
{
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    const QString target = file(QStringLiteral("audited.db"));
    const SaveResult r =
        DatabaseBackup(m_study->database()).write(m_study->sessionOf(user), target);
    QCOMPARE(r.ok(), allowed);
    QCOMPARE(QFileInfo::exists(target), allowed);
    if (allowed) {
        const BackupContents c = BackupContents::read(target);
        QVERIFY(c.sound());
        QCOMPARE(c.lastAudit->action, QStringLiteral("backup"));
        QCOMPARE(c.lastAudit->userName, user);
    }
}

void TestBackup::restoreRoundTripKeepsReplacedAndAudits()
{
    const QString backup = file(QStringLiteral("before-s003.db"));
    QString error;
    QVERIFY(BackupWriter::write(m_study->database(), backup, {}, &error));
    QVERIFY(addSubject(QStringLiteral("S003")) > 0);
    QCOMPARE(m_study->store().subjectCount(), 3);

    StudyRestore restore(backup, m_study->path(), fixtures::fixedClock(m_study->now()));
    QVERIFY2(restore.open({}, &error), qPrintable(error));
    QVERIFY(restore.contents().sound());
    QCOMPARE(restore.contents().subjects, 2);
    const SaveResult r = restore.restoreInto(m_study->database(), m_study->dataManager);
    QVERIFY2(r.ok(), qPrintable(r.message));

    // The open connection sees the restored study at once.
    QCOMPARE(m_study->store().subjectCount(), 2);
    const BackupContents now = BackupContents::read(m_study->database());
    QVERIFY2(now.sound(), qPrintable(now.problems.join(u'\n')));
    QCOMPARE(now.lastAudit->action, QStringLiteral("restore"));
    QCOMPARE(now.lastAudit->userName, QStringLiteral("dm.zhao"));
    QCOMPARE(now.lastAudit->newValue, QFileInfo(backup).absoluteFilePath());
    QCOMPARE(now.lastAudit->oldValue, restore.keptFile());
    // The replaced study, with S003, is kept beside it under a timestamped name.
    QVERIFY(restore.keptFile().startsWith(QFileInfo(m_study->path()).absolutePath()));
    QVERIFY(restore.keptFile().contains(QLatin1String(".replaced-")));
    const BackupContents kept = BackupContents::read(restore.keptFile());
    QVERIFY(kept.sound());
    QCOMPARE(kept.subjects, 3);
    // Saving goes on in the restored study.
    QVERIFY(addSubject(QStringLiteral("S004")) > 0);
    QVERIFY(BackupContents::read(m_study->path()).sound());
}

void TestBackup::restoreOnlyByADataManager_data()
{
    auditedBackupOnlyByADataManager_data();
}

void TestBackup::restoreOnlyByADataManager()
{
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    const QString backup = file(QStringLiteral("b.db"));
    QString error;
    QVERIFY(BackupWriter::write(m_study->database(), backup, {}, &error));
    StudyRestore restore(backup, m_study->path());
    QVERIFY(restore.open({}, &error));
    const SaveResult r = restore.restoreInto(m_study->database(), m_study->sessionOf(user));
    QCOMPARE(r.ok(), allowed);
    if (!allowed) {
        QCOMPARE(r.status, SaveResult::Status::Denied);
        QVERIFY(restore.keptFile().isEmpty());
        QVERIFY(!QFileInfo::exists(restore.keptName()));
    }
}

void TestBackup::restoreRefusesABackupThatDoesNotVerify()
{
    const QString backup = file(QStringLiteral("tampered.db"));
    QString error;
    QVERIFY(BackupWriter::write(m_study->database(), backup, {}, &error));
    {
        // Someone rewrites an audit row of the copy (past the trigger that forbids it).
        Database copy;
        QVERIFY(copy.open(trialcrf::fixtures::studyAt(backup), Database::OpenMode::ExistingOnly));
        QSqlQuery q(copy.connection());
        QVERIFY(trialcrf::fixtures::execPortable(q, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(trialcrf::fixtures::execPortable(q, QStringLiteral("UPDATE audit_log SET new_value = 'X' WHERE seq = 1")));
    }
    StudyRestore restore(backup, m_study->path());
    QVERIFY(restore.open({}, &error));
    QVERIFY(!restore.contents().sound());
    const SaveResult r = restore.restoreInto(m_study->database(), m_study->dataManager);
    QCOMPARE(r.status, SaveResult::Status::DatabaseError);
    QVERIFY2(r.message.contains(QLatin1String("does not verify")), qPrintable(r.message));
    QCOMPARE(m_study->store().subjectCount(), 2);
    QVERIFY(!QFileInfo::exists(restore.keptName()));
}

void TestBackup::restoreFileReplacesAMissingStudy()
{
    const QString backup = file(QStringLiteral("b.db"));
    QString error;
    QVERIFY(BackupWriter::write(m_study->database(), backup, {}, &error));
    const QString target = file(QStringLiteral("new-site.db"));
    StudyRestore restore(backup, target);
    QVERIFY(restore.open({}, &error));
    const SaveResult r = restore.restoreFile([](Database &db, QString *error) {
        UserStore users(db);
        return fixtures::logIn(users, QStringLiteral("dm.zhao"), TestStudy::accountPassword(), error);
    });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(restore.keptFile().isEmpty());
    const BackupContents c = BackupContents::read(target);
    QVERIFY2(c.sound(), qPrintable(c.problems.join(u'\n')));
    QCOMPARE(c.subjects, 2);
    QCOMPARE(c.lastAudit->action, QStringLiteral("restore"));
    // Nothing of the way there is left: no temporary copy, no journal.
    QCOMPARE(scratchFiles().filter(QStringLiteral("partial")), QStringList());
    QCOMPARE(scratchFiles().filter(QStringLiteral("journal")), QStringList());
}

void TestBackup::encryptedRoundTrip()
{
    const QString backup = file(QStringLiteral("offsite.db"));
    BackupOptions options;
    options.passphrase = QStringLiteral("correct horse 电池");
    QString error;
    QVERIFY2(BackupWriter::write(m_study->database(), backup, options, &error), qPrintable(error));
    QVERIFY(BackupCrypto::isEncrypted(backup));
    QCOMPARE(scratchFiles(), QStringList{QStringLiteral("offsite.db")});
    QVERIFY(addSubject(QStringLiteral("S003")) > 0);
    StudyRestore restore(backup, m_study->path());
    QVERIFY(restore.isEncrypted());
    QVERIFY2(restore.open(options.passphrase, &error), qPrintable(error));
    QVERIFY(restore.contents().sound());
    QVERIFY(restore.restoreInto(m_study->database(), m_study->dataManager).ok());
    QCOMPARE(m_study->store().subjectCount(), 2);
    QVERIFY(BackupContents::read(m_study->database()).sound());
}

void TestBackup::encryptedRefusesWrongPassphrase()
{
    const QString backup = file(QStringLiteral("offsite.db"));
    BackupOptions options;
    options.passphrase = QStringLiteral("right");
    QString error;
    QVERIFY(writeEncrypted(backup, options));
    const QString plain = file(QStringLiteral("plain.db"));
    for (const QString &wrong : {QStringLiteral("Right"), QStringLiteral("right "), QString()}) {
        QVERIFY(!BackupCrypto::decrypt(backup, plain, wrong, &error));
        QVERIFY2(error.contains(QLatin1String("passphrase is wrong")), qPrintable(error));
        QFile::remove(plain);
    }
    StudyRestore restore(backup, m_study->path());
    QVERIFY(!restore.open(QStringLiteral("wrong"), &error));
    QCOMPARE(scratchFiles(), QStringList{QStringLiteral("offsite.db")});
    QCOMPARE(QDir(QFileInfo(m_study->path()).absolutePath())
                 .entryList({QStringLiteral(".*partial*")}, QDir::Files | QDir::Hidden),
             QStringList());
}

void TestBackup::encryptedRefusesAChangedByte_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("salt") << QStringLiteral("salt");
    QTest::newRow("memory limit") << QStringLiteral("mem");
    QTest::newRow("stream header") << QStringLiteral("header");
    QTest::newRow("first chunk") << QStringLiteral("first");
    QTest::newRow("last byte") << QStringLiteral("last");
}

void TestBackup::encryptedRefusesAChangedByte()
{
    QFETCH(QString, where);
    const QString backup = file(QStringLiteral("offsite.db"));
    BackupOptions options;
    options.passphrase = QStringLiteral("right");
    QString error;
    QVERIFY(writeEncrypted(backup, options));
    QFile f(backup);
    QVERIFY(f.open(QIODevice::ReadWrite));
    // magic 8, salt 16, opslimit 8, memlimit 8, stream header 24, then the chunks.
    const qint64 at = where == QLatin1String("salt")     ? 10
                      : where == QLatin1String("mem")    ? 33
                      : where == QLatin1String("header") ? 45
                      : where == QLatin1String("first")  ? 100
                                                         : f.size() - 1;
    f.seek(at);
    char c = 0;
    QVERIFY(f.getChar(&c));
    f.seek(at);
    f.putChar(char(c ^ 0x01));
    f.close();
    const QString plain = file(QStringLiteral("plain.db"));
    QVERIFY(!BackupCrypto::decrypt(backup, plain, options.passphrase, &error));
    QVERIFY2(error.contains(QLatin1String("changed")), qPrintable(error));
}

void TestBackup::encryptedRefusesACutOffFile()
{
    const QString backup = file(QStringLiteral("offsite.db"));
    BackupOptions options;
    options.passphrase = QStringLiteral("right");
    QString error;
    QVERIFY(writeEncrypted(backup, options));
    QFile f(backup);
    QVERIFY(f.resize(f.size() - 17));
    QVERIFY(!BackupCrypto::decrypt(backup, file(QStringLiteral("plain.db")), options.passphrase,
                                   &error));
}

void TestBackup::serverStudyIsBackedUpAsAFile()
{
    if (!trialcrf::fixtures::onTestServer())
        QSKIP("needs a PostgreSQL server (runs as tst_backup_pg)");
    // A study file of the same study, row for row, with no leftover beside it.
    QString error;
    BackupOptions options;
    QVERIFY2(BackupWriter::write(m_study->database(), file(QStringLiteral("b.db")), options, &error),
             qPrintable(error));
    QCOMPARE(scratchFiles(), QStringList{QStringLiteral("b.db")});
    Database copy;
    QVERIFY2(copy.open(file(QStringLiteral("b.db")), Database::OpenMode::ReadOnly),
             qPrintable(copy.errorString()));
    QVERIFY(!copy.isServer());
    QCOMPARE(copy.number(QStringLiteral("SELECT count(*) FROM subjects")), 2);
    QCOMPARE(AuditLog(copy).count(), AuditLog(m_study->database()).count());
    QString problem;
    QVERIFY2(!AuditLog(copy).firstBrokenRow(&problem), qPrintable(problem));
    QCOMPARE(AuditLog(copy).anchor()->tailHash, AuditLog(m_study->database()).anchor()->tailHash);
    // A second backup to the same name is refused and leaves the first as it was.
    QVERIFY(!BackupWriter::write(m_study->database(), file(QStringLiteral("b.db")), options, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
