// SPDX-License-Identifier: Apache-2.0
// Database: pragmas, migrations, the status of every way an open can fail, transactions,
// backup and integrity checks. Every test uses throw-away files in a QTemporaryDir.
#include "fixtures.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/studystore.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>
#include <unistd.h>

using namespace trialcrf;
using namespace trialcrf::fixtures;

Q_DECLARE_METATYPE(trialcrf::Database::Status)
Q_DECLARE_METATYPE(trialcrf::Database::OpenMode)

namespace {

/// Makes a file or folder unwritable — for root too (root ignores permission bits, so the
/// immutable attribute is used). Returns false if the platform allows neither.
bool makeReadOnly(const QString &path)
{
    if (geteuid() == 0) {
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0)
            return false;
    } else {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    }
    return !QFileInfo(path).isWritable();
}

void makeWritable(const QString &path)
{
    if (geteuid() == 0)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    | QFileDevice::ExeOwner);
}

/// A raw connection that bypasses Database (to fake other programs and old or foreign files).
class RawConnection {
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        m_ok = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }
    bool ok() const { return m_ok; }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
};

QString pragma(const Database &db, const char *name)
{
    return scalar(db, QStringLiteral("PRAGMA ") + QLatin1String(name)).toString();
}

}  // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void init();

    void pragmasAreInEffect();
    void createsAndMigratesANewFile();
    void emptyFileIsNoStudyUnlessCreated();
    void schemaHasEveryTable();
    void reopeningKeepsData();
    void connectionNamesAreUnique();
    void refusesNewerSchemaAndLeavesFileUntouched();
    void readOnlyOpenOfOlderSchemaIsReportedAndUntouched();
    void openFailures_data();
    void openFailures();
    void readOnlyFileIsReported();
    void readOnlyFolderIsReported();
    void readOnlyModeReadsButDoesNotWrite();
    void lockedDatabaseIsReported();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionsAreSavepoints();
    void backupWhileAnotherConnectionWrites();
    void backupRefusesExistingTarget();
    void integrityProblemsFindsBrokenForeignKeys();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestDatabase::init()
{
    QVERIFY(m_dir.isValid());
}

void TestDatabase::pragmasAreInEffect()
{
    TRIALCRF_FILES_ONLY("SQLite pragmas");
    Database db;
    QVERIFY2(db.open(trialcrf::fixtures::studyAt(file(QStringLiteral("p.db")))), qPrintable(db.errorString()));
    QCOMPARE(pragma(db, "journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma(db, "synchronous"), QStringLiteral("2"));  // FULL
    QCOMPARE(pragma(db, "foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma(db, "busy_timeout"), QStringLiteral("5000"));
}

void TestDatabase::createsAndMigratesANewFile()
{
    TRIALCRF_FILES_ONLY("a new file and PRAGMA user_version (tst_databaseserver covers a new server database)");
    const QString path = file(QStringLiteral("new.db"));
    QVERIFY(!QFile::exists(path));
    Database db;
    QVERIFY2(db.open(trialcrf::fixtures::studyAt(path)), qPrintable(db.errorString()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(db.status(), Database::Status::Ok);
    QVERIFY(Database::currentSchemaVersion() >= 1);
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(pragma(db, "user_version").toInt(), Database::currentSchemaVersion());
}

// An empty file (a failed copy) is no study: opening an existing study refuses it, untouched,
// and only a create makes it one.
void TestDatabase::emptyFileIsNoStudyUnlessCreated()
{
    TRIALCRF_FILES_ONLY("a zero-byte file");
    const QString path = file(QStringLiteral("empty.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFileInfo(path).size(), 0);
    for (const Database::OpenMode mode :
         {Database::OpenMode::ExistingOnly, Database::OpenMode::ReadOnly}) {
        Database refused;
        QVERIFY(!refused.open(trialcrf::fixtures::studyAt(path), mode));
        QCOMPARE(refused.status(), Database::Status::NotFound);
        QVERIFY2(refused.errorString().contains(QLatin1String("empty (0 bytes)")),
                 qPrintable(refused.errorString()));
        QCOMPARE(QFileInfo(path).size(), 0);
    }
    Database db;
    QVERIFY2(db.open(trialcrf::fixtures::studyAt(path), Database::OpenMode::CreateOrMigrate), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
}

void TestDatabase::schemaHasEveryTable()
{
    TRIALCRF_FILES_ONLY("sqlite_master and PRAGMA table_info");
    Database db;
    QVERIFY(db.open(trialcrf::fixtures::studyAt(file(QStringLiteral("s.db")))));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    QCOMPARE(tables, (QStringList{"adverse_events", "audit_anchor", "audit_log", "consents",
                                  "deviations", "eligibility",
                                  "infusions", "lock_manifests", "meta", "pasi_assessments", "queries",
                                  "query_messages", "sdv_marks", "signatures", "sites",
                                  "subjects", "user_sites", "users", "vital_signs"}));
    // Every clinical table carries a NOT NULL version.
    for (const QString &t : {QStringLiteral("subjects"), QStringLiteral("consents"),
                             QStringLiteral("eligibility"), QStringLiteral("infusions"),
                             QStringLiteral("pasi_assessments"),
                             QStringLiteral("adverse_events")}) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t)));
        bool found = false;
        while (q.next()) {
            if (q.value(1).toString() == QLatin1String("version")) {
                found = true;
                QCOMPARE(q.value(3).toInt(), 1);  // notnull
            }
        }
        QVERIFY2(found, qPrintable(t));
    }
    // The audit indexes the viewer filters on.
    QVERIFY(q.exec(QStringLiteral("PRAGMA index_list(audit_log)")));
    QStringList indexes;
    while (q.next())
        indexes << q.value(1).toString();
    QVERIFY(indexes.contains(QStringLiteral("audit_log_subject_code")));
    QVERIFY(indexes.contains(QStringLiteral("audit_log_user_name")));
    QVERIFY(indexes.contains(QStringLiteral("audit_log_at_utc")));
}

void TestDatabase::reopeningKeepsData()
{
    const QString path = file(QStringLiteral("r.db"));
    {
        Database db;
        QVERIFY(db.open(trialcrf::fixtures::studyAt(path)));
        QVERIFY(db.setMeta(QStringLiteral("demo"), QStringLiteral("1")));
        QVERIFY(db.setMeta(QStringLiteral("demo"), QStringLiteral("0")));
        QVERIFY(db.setMeta(QStringLiteral("site"), QStringLiteral("广州")));
    }
    Database db;
    QVERIFY(db.open(trialcrf::fixtures::studyAt(path), Database::OpenMode::ExistingOnly));
    QCOMPARE(db.meta(QStringLiteral("demo")), QStringLiteral("0"));
    QCOMPARE(db.meta(QStringLiteral("site")), QStringLiteral("广州"));
    QVERIFY(!db.isDemo());
    QCOMPARE(db.meta(QStringLiteral("absent")), QString());
}

void TestDatabase::connectionNamesAreUnique()
{
    const QString path = file(QStringLiteral("two.db"));
    Database a, b;
    QVERIFY(a.open(trialcrf::fixtures::studyAt(path)));
    QVERIFY(b.open(trialcrf::fixtures::studyAt(path)));
    QVERIFY(a.connection().connectionName() != b.connection().connectionName());
    a.close();
    QVERIFY(!a.isOpen());
    QVERIFY(b.isOpen());
    QCOMPARE(b.schemaVersion(), Database::currentSchemaVersion());
}

void TestDatabase::refusesNewerSchemaAndLeavesFileUntouched()
{
    TRIALCRF_FILES_ONLY("the file's bytes and PRAGMA user_version (tst_databaseserver covers a newer server schema)");
    const QString path = file(QStringLiteral("newer.db"));
    {
        Database db;
        QVERIFY(db.open(trialcrf::fixtures::studyAt(path)));
    }
    {
        RawConnection raw(path);
        QVERIFY(raw.ok());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1")
                             .arg(Database::currentSchemaVersion() + 1)));
    }
    const QByteArray before = sha256Of(path);
    QVERIFY(!before.isEmpty());
    Database db;
    QVERIFY(!db.open(trialcrf::fixtures::studyAt(path)));
    QCOMPARE(db.status(), Database::Status::NewerSchema);
    QVERIFY2(db.errorString().contains(QLatin1String("newer")), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    QCOMPARE(sha256Of(path), before);
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
}

void TestDatabase::readOnlyOpenOfOlderSchemaIsReportedAndUntouched()
{
    TRIALCRF_FILES_ONLY("the file's bytes and PRAGMA user_version (tst_databaseserver covers it)");
    // A read-only open cannot migrate: its own status, so the CLI and the app can say what to
    // do in the user's language, and the file stays as it was.
    const QString path = file(QStringLiteral("older.db"));
    {
        Database db;
        QVERIFY(db.open(trialcrf::fixtures::studyAt(path)));
    }
    {
        RawConnection raw(path);
        QVERIFY(raw.ok());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1")
                             .arg(Database::currentSchemaVersion() - 1)));
    }
    const QByteArray before = sha256Of(path);
    QVERIFY(!before.isEmpty());
    Database db;
    QVERIFY(!db.open(trialcrf::fixtures::studyAt(path), Database::OpenMode::ReadOnly));
    QCOMPARE(db.status(), Database::Status::OlderSchema);
    QVERIFY(!db.isOpen());
    QCOMPARE(sha256Of(path), before);
}

void TestDatabase::openFailures_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<Database::OpenMode>("mode");
    QTest::addColumn<Database::Status>("expected");

    QTest::newRow("missing file, existing only") << "none" << Database::OpenMode::ExistingOnly
                                                  << Database::Status::NotFound;
    QTest::newRow("missing file, read-only") << "none" << Database::OpenMode::ReadOnly
                                              << Database::Status::NotFound;
    QTest::newRow("missing folder") << "nofolder" << Database::OpenMode::CreateOrMigrate
                                    << Database::Status::FolderMissing;
    QTest::newRow("garbage bytes") << "garbage" << Database::OpenMode::CreateOrMigrate
                                   << Database::Status::Corrupt;
    QTest::newRow("short garbage") << "short" << Database::OpenMode::ExistingOnly
                                   << Database::Status::Corrupt;
    QTest::newRow("damaged catalogue page") << "damaged" << Database::OpenMode::ExistingOnly
                                            << Database::Status::Corrupt;
    QTest::newRow("another program's SQLite file") << "foreign"
                                                   << Database::OpenMode::CreateOrMigrate
                                                   << Database::Status::Corrupt;
    QTest::newRow("a folder, not a file") << "folder" << Database::OpenMode::CreateOrMigrate
                                          << Database::Status::Error;
}

void TestDatabase::openFailures()
{
    TRIALCRF_FILES_ONLY("missing, damaged and foreign files (tst_databaseserver covers an unreachable server and a refused login)");
    QFETCH(QString, setup);
    QFETCH(Database::OpenMode, mode);
    QFETCH(Database::Status, expected);

    QString path = file(QStringLiteral("f-%1.db").arg(setup));
    if (setup == QLatin1String("nofolder")) {
        path = file(QStringLiteral("no/such/folder/x.db"));
    } else if (setup == QLatin1String("garbage") || setup == QLatin1String("short")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < (setup == QLatin1String("short") ? 7 : 8192); ++i)
            junk += char((i * 37 + 11) & 0xff);
        f.write(junk);
    } else if (setup == QLatin1String("damaged")) {
        {
            Database db;
            QVERIFY(db.open(trialcrf::fixtures::studyAt(path)));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);  // just after the header: the catalogue's b-tree page
        f.write(QByteArray(300, char(0x55)));
    } else if (setup == QLatin1String("foreign")) {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")));
    } else if (setup == QLatin1String("folder")) {
        QVERIFY(QDir(m_dir.path()).mkdir(QFileInfo(path).fileName()));
    }
    const QByteArray before = sha256Of(path);

    Database db;
    QVERIFY(!db.open(trialcrf::fixtures::studyAt(path), mode));
    QCOMPARE(db.status(), expected);
    QVERIFY(!db.errorString().isEmpty());
    QVERIFY2(db.errorString().contains(path), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    if (setup == QLatin1String("none"))
        QVERIFY(!QFile::exists(path));  // ExistingOnly / ReadOnly never create
    if (!before.isEmpty())
        QCOMPARE(sha256Of(path), before);  // a refused file is left as it was
}

void TestDatabase::readOnlyFileIsReported()
{
    TRIALCRF_FILES_ONLY("a read-only file");
    const QString path = file(QStringLiteral("ro.db"));
    {
        Database db;
        QVERIFY(db.open(trialcrf::fixtures::studyAt(path)));
    }
    if (!makeReadOnly(path))
        QSKIP("cannot make a file read-only here");
    Database db;
    const bool opened = db.open(trialcrf::fixtures::studyAt(path));
    const Database::Status status = db.status();
    makeWritable(path);
    QVERIFY(!opened);
    QCOMPARE(status, Database::Status::ReadOnly);
}

void TestDatabase::readOnlyFolderIsReported()
{
    TRIALCRF_FILES_ONLY("a read-only folder");
    const QString folder = file(QStringLiteral("locked-folder"));
    QVERIFY(QDir().mkpath(folder));
    if (!makeReadOnly(folder))
        QSKIP("cannot make a folder read-only here");
    Database db;
    const bool opened = db.open(trialcrf::fixtures::studyAt(folder + QLatin1String("/new.db")));
    const Database::Status status = db.status();
    makeWritable(folder);
    QVERIFY(!opened);
    QCOMPARE(status, Database::Status::ReadOnly);
    QVERIFY(!QFile::exists(folder + QLatin1String("/new.db")));
}

void TestDatabase::readOnlyModeReadsButDoesNotWrite()
{
    const QString path = file(QStringLiteral("rom.db"));
    {
        Database db;
        QVERIFY(db.open(trialcrf::fixtures::studyAt(path)));
        QVERIFY(db.setMeta(QStringLiteral("demo"), QStringLiteral("1")));
    }
    Database db;
    QVERIFY2(db.open(trialcrf::fixtures::studyAt(path), Database::OpenMode::ReadOnly), qPrintable(db.errorString()));
    QVERIFY(db.isReadOnly());
    QVERIFY(db.isDemo());
    QVERIFY(!db.setMeta(QStringLiteral("demo"), QStringLiteral("0")));
    QCOMPARE(db.meta(QStringLiteral("demo")), QStringLiteral("1"));
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM meta")));
    QCOMPARE(Database::statusFor(q.lastError()), Database::Status::ReadOnly);
}

void TestDatabase::lockedDatabaseIsReported()
{
    TRIALCRF_FILES_ONLY("an exclusive SQLite file lock (tst_databaseserver covers a lock timeout)");
    const QString path = file(QStringLiteral("locked.db"));
    {
        Database db;
        QVERIFY(db.open(trialcrf::fixtures::studyAt(path)));
    }
    // Another program holding an exclusive lock: no one else may even read.
    RawConnection other(path);
    QVERIFY(other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
    QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(other.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('k', 'v')")));
    Database db;
    QVERIFY(!db.open(trialcrf::fixtures::studyAt(path)));  // waits out the busy timeout first
    QCOMPARE(db.status(), Database::Status::Locked);
    QVERIFY2(db.errorString().contains(QLatin1String("locked")), qPrintable(db.errorString()));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    Database db;
    QVERIFY(db.open(trialcrf::fixtures::studyAt(file(QStringLiteral("t.db")))));
    {
        Transaction t(db);
        QVERIFY(t.isActive());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('a', '1')")));
    }  // not committed
    QCOMPARE(db.meta(QStringLiteral("a")), QString());
    {
        Transaction t(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('a', '2')")));
        QVERIFY(t.commit());
        QVERIFY(!t.commit());  // only once
    }
    QCOMPARE(db.meta(QStringLiteral("a")), QStringLiteral("2"));
}

void TestDatabase::nestedTransactionsAreSavepoints()
{
    Database db;
    QVERIFY(db.open(trialcrf::fixtures::studyAt(file(QStringLiteral("n.db")))));
    auto put = [&](const char *key) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 'x')"));
        q.addBindValue(QLatin1String(key));
        return q.exec();
    };
    {
        Transaction outer(db);
        QVERIFY(outer.isActive());
        QVERIFY(put("outer"));
        {
            Transaction kept(db);
            QVERIFY(kept.isActive());
            QVERIFY(put("kept"));
            QVERIFY(kept.commit());
        }
        {
            Transaction dropped(db);
            QVERIFY(dropped.isActive());
            QVERIFY(put("dropped"));
        }  // rolled back to its savepoint only
        QVERIFY(put("after"));
        QVERIFY(outer.commit());
    }
    QCOMPARE(db.meta(QStringLiteral("outer")), QStringLiteral("x"));
    QCOMPARE(db.meta(QStringLiteral("kept")), QStringLiteral("x"));
    QCOMPARE(db.meta(QStringLiteral("dropped")), QString());
    QCOMPARE(db.meta(QStringLiteral("after")), QStringLiteral("x"));

    // An inner commit is undone when the outer transaction rolls back.
    {
        Transaction outer(db);
        {
            Transaction inner(db);
            QVERIFY(put("inner"));
            QVERIFY(inner.commit());
        }
    }
    QCOMPARE(db.meta(QStringLiteral("inner")), QString());

    // A transaction opened behind our back (QSqlDatabase::transaction) is nested into.
    if (onTestServer())
        return;  // PostgreSQL's BEGIN inside a transaction only warns: nothing to detect
    QVERIFY(db.connection().transaction());
    {
        Transaction t(db);
        QVERIFY2(t.isActive(), qPrintable(t.errorString()));
        QVERIFY(put("foreign"));
        QVERIFY(t.commit());
    }
    QVERIFY(db.connection().rollback());
    QCOMPARE(db.meta(QStringLiteral("foreign")), QString());
}

void TestDatabase::backupWhileAnotherConnectionWrites()
{
    TRIALCRF_FILES_ONLY("VACUUM INTO backups");
    const QString path = file(QStringLiteral("live.db"));
    {
        Database db;
        QVERIFY(db.open(trialcrf::fixtures::studyAt(path)));
    }
    std::atomic<int> saved{0};
    std::atomic<bool> stop{false};
    std::atomic<bool> writerFailed{false};
    QString writerError;  // written by the writer before it sets writerFailed
    std::thread writer([&] {
        Database db;
        if (!db.open(trialcrf::fixtures::studyAt(path))) {
            writerError = db.errorString();
            writerFailed = true;
            return;
        }
        ManualClock clock;
        StudyStore store(db, Protocol::builtIn(), clock.clock());
        const Session s = physician();
        for (int i = 0; i < 100000 && !stop; ++i) {
            Subject subj = subject(QStringLiteral("W%1").arg(i, 5, 10, QLatin1Char('0')));
            SaveResult r = store.saveSubject(s, subj);
            if (r.ok())
                r = enrol(store, subj.id);
            if (r.ok()) {
                Infusion inf = infusion(subj.id);
                r = store.saveInfusion(s, inf);
            }
            if (!r.ok()) {
                writerError = r.message + QString::fromUtf8(describe(r.errors));
                writerFailed = true;
                return;
            }
            ++saved;
        }
    });
    while (saved < 20 && !writerFailed)
        QThread::msleep(5);
    Database db;
    QVERIFY(db.open(trialcrf::fixtures::studyAt(path)));
    const QString target = file(QStringLiteral("backup.db"));
    QString error;
    const bool ok = db.backupTo(target, &error);
    const int savedAtBackup = saved;
    while (saved < savedAtBackup + 20 && !writerFailed)
        QThread::msleep(5);  // the writer goes on after the backup
    stop = true;
    writer.join();
    QVERIFY2(!writerFailed, qPrintable(writerError));
    QVERIFY2(ok, qPrintable(error));

    Database copy;
    QVERIFY2(copy.open(trialcrf::fixtures::studyAt(target), Database::OpenMode::ExistingOnly), qPrintable(copy.errorString()));
    QCOMPARE(copy.integrityProblems(), QStringList());
    const int subjects = scalar(copy, QStringLiteral("SELECT count(*) FROM subjects")).toInt();
    const int infusions = scalar(copy, QStringLiteral("SELECT count(*) FROM infusions")).toInt();
    QVERIFY(subjects >= 20);
    QVERIFY(subjects < saved.load() + 1);
    // Each save is atomic: the copy holds whole saves only (an infusion per subject except
    // perhaps the one whose second save had not committed yet).
    QVERIFY(infusions == subjects || infusions == subjects - 1);
    QCOMPARE(scalar(copy, QStringLiteral("SELECT count(*) FROM vital_signs")).toInt(),
             infusions * 3);
    QString problem;
    QCOMPARE(AuditLog(copy).firstBrokenRow(&problem), std::optional<qint64>());
}

void TestDatabase::backupRefusesExistingTarget()
{
    TRIALCRF_FILES_ONLY("VACUUM INTO backups");
    Database db;
    QVERIFY(db.open(trialcrf::fixtures::studyAt(file(QStringLiteral("b.db")))));
    const QString target = file(QStringLiteral("exists.db"));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    QString error;
    QVERIFY(!db.backupTo(target, &error));
    QVERIFY(error.contains(QLatin1String("exists")));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
    QVERIFY(!db.backupTo(file(QStringLiteral("no/such/dir/x.db")), &error));
}

void TestDatabase::integrityProblemsFindsBrokenForeignKeys()
{
    TRIALCRF_FILES_ONLY("a raw connection with foreign keys off");
    const QString path = file(QStringLiteral("fk.db"));
    Database db;
    QVERIFY(db.open(trialcrf::fixtures::studyAt(path)));
    QCOMPARE(db.integrityProblems(), QStringList());
    {
        RawConnection raw(path);  // foreign keys are off by default on a raw connection
        QVERIFY(raw.exec(QStringLiteral(
            "INSERT INTO consents (subject_id, version, updated_at, updated_by)"
            " VALUES (999, 1, '2024-01-01T00:00:00.000Z', 'x')")));
    }
    const QStringList problems = db.integrityProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("consents")), qPrintable(problems.first()));
    // With foreign keys on, our own connection refuses the same row.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO consents (subject_id, version, updated_at, updated_by)"
        " VALUES (998, 1, '2024-01-01T00:00:00.000Z', 'x')")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
