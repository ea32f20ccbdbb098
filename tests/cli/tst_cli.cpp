// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli end to end: runs the built executable (TRIALCRF_CLI) in a QProcess on
// throw-away databases and checks exit codes, the one-line errors, and what the files hold.
#include "processrun.h"
#include "testserver.h"
#include "protocol/protocol.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace trialcrf;

namespace {

const QString kStrongPassword = QStringLiteral("Correct-horse-42-battery");
const QString kOtherStrongPassword = QStringLiteral("Another-long-pass-97");

using Run = fixtures::ProcessRun;

/// Runs trialcrf-cli with `args` (fixtures::runCli: no terminal, password variables only
/// from `env`; on the test server --db PATH names the server's study of PATH).
Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
{
    return fixtures::runCli(QStringLiteral(TRIALCRF_CLI), args, env);
}

/// For a file on both backends: a backup's copy.
Run cliOnFile(const QStringList &args, const QMap<QString, QString> &env = {})
{
    return fixtures::runCliOnFile(QStringLiteral(TRIALCRF_CLI), args, env);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// One non-empty line on stderr, naming the program.
bool isOneLine(const QString &err)
{
    const QString t = err.trimmed();
    return !t.isEmpty() && !t.contains(QLatin1Char('\n')) &&
           t.startsWith(QLatin1String("trialcrf-cli"));
}

/// Runs SQL behind the app's back (what an attacker with the file could do).
void tamper(const QString &path, const QStringList &statements)
{
    fixtures::sqlOnStudy(path, statements);
}

int userCount(const QString &path)
{
    Database db;
    if (!db.open(fixtures::studyAt(path), Database::OpenMode::ReadOnly))
        return -1;
    return UserStore(db).userCount();
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void init();

    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

    void initCreatesVerifiableDatabase();
    void initWithAdminCreatesDataManager();
    void initTwiceMigratesAndKeepsData();
    void initMigratesOlderSchema();
    void initRefusesAdminWhenUsersExist();
    void initRefusesWeakPassword();
    void initWithoutPasswordOrTerminalFails();

    void demoCreatesMarkedStudy();
    void demoRefusesRealDatabase();
    void demoReplacesDemo();

    void verifyNamesTamperedRow_data();
    void verifyNamesTamperedRow();
    void verifyFindsDanglingForeignKey();

    void backupWhileAnotherProcessWrites();
    void backupRefusesExistingTarget();
    void backupWithoutUserAsTheContractSays();
    void backupOnlyByADataManager_data();
    void backupOnlyByADataManager();

    void badFileLeavesItUnchanged_data();
    void badFileLeavesItUnchanged();

    void userAddPasswdDisable();
    void userRefusesWrongActingPassword_data();
    void userRefusesWrongActingPassword();
    void userRefusesWeakPassword();
    void userRefusesNonManager();

    void summaryCountsDemo();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    /// A database with data manager "dm" (password kStrongPassword).
    QString databaseWithAdmin(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCli::databaseWithAdmin(const QString &name)
{
    const QString db = path(name);
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                       QStringLiteral("dm")},
                      {{QStringLiteral("TRIALCRF_PASSWORD"), kStrongPassword}});
    if (r.code != 0)
        qWarning("init failed: %s", qPrintable(r.err));
    return db;
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("overview lists commands") << QStringList{QStringLiteral("--help")}
                                             << QStringLiteral("verify");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")}
                             << QStringLiteral("trialcrf-cli 0.");
    for (const char *command : {"init", "demo", "verify", "backup", "user", "summary"})
        QTest::newRow(qPrintable(QStringLiteral("%1 --help").arg(QLatin1String(command))))
            << QStringList{QLatin1String(command), QStringLiteral("--help")}
            << QStringLiteral("Usage: trialcrf-cli %1").arg(QLatin1String(command));
    QTest::newRow("command --version") << QStringList{QStringLiteral("verify"),
                                                      QStringLiteral("--version")}
                                       << QStringLiteral("trialcrf-cli 0.");
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = cliOnFile(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("command is required");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command 'frobnicate'");
    QTest::newRow("init without --db") << QStringList{QStringLiteral("init")}
                                       << QStringLiteral("--db FILE or --server URL is required");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("verify"),
                                                   QStringLiteral("--db"), QStringLiteral("x.db"),
                                                   QStringLiteral("--frob")}
                                    << QStringLiteral("frob");
    QTest::newRow("demo subjects not a number")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x.db"),
                       QStringLiteral("--subjects"), QStringLiteral("many")}
        << QStringLiteral("--subjects");
    QTest::newRow("backup without OUT")
        << QStringList{QStringLiteral("backup"), QStringLiteral("--db"), QStringLiteral("x.db"),
                       QStringLiteral("--user"), QStringLiteral("dm")}
        << QStringLiteral("OUT");
    QTest::newRow("user add without role")
        << QStringList{QStringLiteral("user"), QStringLiteral("--db"), QStringLiteral("x.db"),
                       QStringLiteral("--as"), QStringLiteral("dm"), QStringLiteral("add"),
                       QStringLiteral("bob")}
        << QStringLiteral("--role");
    QTest::newRow("user unknown role")
        << QStringList{QStringLiteral("user"), QStringLiteral("--db"), QStringLiteral("x.db"),
                       QStringLiteral("--as"), QStringLiteral("dm"), QStringLiteral("add"),
                       QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("boss")}
        << QStringLiteral("--role");
    QTest::newRow("user unknown action")
        << QStringList{QStringLiteral("user"), QStringLiteral("--db"), QStringLiteral("x.db"),
                       QStringLiteral("--as"), QStringLiteral("dm"), QStringLiteral("promote"),
                       QStringLiteral("bob")}
        << QStringLiteral("add, passwd or disable");
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = cliOnFile(args);  // refused before any study is opened, on either backend
    QCOMPARE(r.code, 2);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(!QFile::exists(QStringLiteral("x.db")));
}

void TestCli::initCreatesVerifiableDatabase()
{
    const QString db = path(QStringLiteral("new.db"));
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    // A server's init says the version it leaves, created or not (the owner made the database).
    QVERIFY2(r.out.contains(fixtures::onTestServer() ? QLatin1String(": schema version ")
                                                     : QLatin1String("created")),
             qPrintable(r.out));
    QVERIFY(QFile::exists(db));
    QCOMPARE(userCount(db), 0);
    const Run v = cli({QStringLiteral("verify"), QStringLiteral("--db"), db});
    QCOMPARE(v.code, 0);
    QVERIFY2(v.out.startsWith(QLatin1String("OK")), qPrintable(v.out));
}

void TestCli::initWithAdminCreatesDataManager()
{
    const QString db = databaseWithAdmin(QStringLiteral("admin.db"));
    Database d;
    QVERIFY(d.open(fixtures::studyAt(db), Database::OpenMode::ReadOnly));
    UserStore users(d);
    const std::optional<UserAccount> dm = users.user(QStringLiteral("dm"));
    QVERIFY(dm);
    QCOMPARE(dm->role, Role::DataManager);
    QVERIFY(users.verifyPassword(QStringLiteral("dm"), kStrongPassword));
    QVERIFY(!users.verifyPassword(QStringLiteral("dm"), kOtherStrongPassword));
    QVERIFY(!d.isDemo());
}

void TestCli::initTwiceMigratesAndKeepsData()
{
    const QString db = databaseWithAdmin(QStringLiteral("twice.db"));
    const Run again = cli({QStringLiteral("init"), QStringLiteral("--db"), db});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(fixtures::onTestServer() ? QLatin1String(": schema version ")
                                                         : QLatin1String("up to date")),
             qPrintable(again.out));
    QCOMPARE(userCount(db), 1);
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), db}).code, 0);
}

void TestCli::initMigratesOlderSchema()
{
    if (Database::currentSchemaVersion() < 2)
        QSKIP("only one schema version so far");
    // A file as schema 1 left it: without schema 2's signatures table and triggers, without
    // schema 3's audit anchor, and without what the later migrations added (withdrawal
    // columns, the PASI area % columns, the deviation log).
    const QString db = databaseWithAdmin(QStringLiteral("old.db"));
    QStringList undo{QStringLiteral("DROP TRIGGER signatures_no_update"),
                     QStringLiteral("DROP TRIGGER signatures_no_delete"),
                     QStringLiteral("DROP TRIGGER users_no_delete"),
                     QStringLiteral("DROP TABLE signatures"),
                     QStringLiteral("DROP TABLE audit_anchor"),
                     QStringLiteral("ALTER TABLE subjects DROP COLUMN withdrawal_date"),
                     QStringLiteral("ALTER TABLE subjects DROP COLUMN withdrawal_reason"),
                     QStringLiteral("DROP TABLE deviations"),
                     QStringLiteral("DROP TRIGGER vital_signs_set_once"),
                     QStringLiteral("DROP TRIGGER vital_signs_set_once_update"),
                     QStringLiteral("DROP INDEX vital_signs_set"),
                     QStringLiteral("ALTER TABLE vital_signs DROP COLUMN spo2"),
                     QStringLiteral("ALTER TABLE adverse_events DROP COLUMN onset_time"),
                     QStringLiteral("ALTER TABLE adverse_events DROP COLUMN infusion_visit"),
                     QStringLiteral("DROP TABLE query_messages"),
                     QStringLiteral("DROP TABLE queries"),
                     QStringLiteral("DROP TABLE sdv_marks"),
                     QStringLiteral("DROP TABLE lock_manifests"),
                     QStringLiteral("DROP INDEX infusions_lot"),
                     QStringLiteral("DROP TRIGGER subjects_site_insert"),
                     QStringLiteral("DROP TRIGGER subjects_site_update"),
                     QStringLiteral("DROP INDEX subjects_site"),
                     QStringLiteral("ALTER TABLE subjects DROP COLUMN site_code"),
                     QStringLiteral("DROP TABLE user_sites"),
                     QStringLiteral("DROP TABLE sites")};
    for (const char *region : {"head", "upper_limbs", "trunk", "lower_limbs"})
        undo << QStringLiteral("ALTER TABLE pasi_assessments DROP COLUMN %1_area_pct")
                    .arg(QLatin1String(region));
    undo << QStringLiteral("PRAGMA user_version = 1");
    tamper(db, undo);
    if (QTest::currentTestFailed())
        return;
    const Run refused = cli({QStringLiteral("verify"), QStringLiteral("--db"), db});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("init ") + fixtures::locationArgs(db).first()),
             qPrintable(refused.err));

    const Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QString::fromLatin1(fixtures::onTestServer() ? "schema version %1"
                                                                        : "migrated to schema version %1")
                                .arg(Database::currentSchemaVersion())),
             qPrintable(r.out));
    QCOMPARE(userCount(db), 1);
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), db}).code, 0);
}

void TestCli::initRefusesAdminWhenUsersExist()
{
    const QString db = databaseWithAdmin(QStringLiteral("taken.db"));
    const QByteArray before = fileHash(db);
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), db,
                       QStringLiteral("--admin"), QStringLiteral("intruder")},
                      {{QStringLiteral("TRIALCRF_PASSWORD"), kOtherStrongPassword}});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("already has users")), qPrintable(r.err));
    QCOMPARE(userCount(db), 1);
    QCOMPARE(fileHash(db), before);
}

void TestCli::initRefusesWeakPassword()
{
    const QString db = path(QStringLiteral("weak.db"));
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), db,
                       QStringLiteral("--admin"), QStringLiteral("dm")},
                      {{QStringLiteral("TRIALCRF_PASSWORD"), QStringLiteral("abc")}});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("password refused")), qPrintable(r.err));
    QVERIFY(fixtures::onTestServer() ? userCount(db) <= 0 : !QFile::exists(db));
}

void TestCli::initWithoutPasswordOrTerminalFails()
{
    const QString db = path(QStringLiteral("noterm.db"));
    const Run r = cli({QStringLiteral("init"), QStringLiteral("--db"), db,
                       QStringLiteral("--admin"), QStringLiteral("dm")});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("TRIALCRF_PASSWORD")), qPrintable(r.err));
    QVERIFY(fixtures::onTestServer() ? userCount(db) <= 0 : !QFile::exists(db));
}

void TestCli::demoCreatesMarkedStudy()
{
    TRIALCRF_FILES_ONLY("demo builds a new study file (on a server it is migrated, see the other tests)");
    const QString db = path(QStringLiteral("demo.db"));
    const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db,
                       QStringLiteral("--subjects"), QStringLiteral("25"), QStringLiteral("--seed"),
                       QStringLiteral("3")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("25 subjects")), qPrintable(r.out));
    {
        Database d;
        QVERIFY(d.open(fixtures::studyAt(db), Database::OpenMode::ReadOnly));
        QVERIFY(d.isDemo());
        const StudyStore store(d, Protocol::builtIn());
        QCOMPARE(store.subjectCount(), 25);
        UserStore users(d);
        QCOMPARE(users.userCount(), 4);
        for (const char *name : {"nurse", "physician", "monitor", "datamanager"})
            QVERIFY2(users.verifyPassword(QLatin1String(name), QStringLiteral("demo-password-1")),
                     name);
        const Session monitor{0, QStringLiteral("test"), Role::Monitor};
        int infusions = 0;
        for (const SubjectSummary &s : store.subjects(0, 100)) {
            const std::optional<Casebook> book = store.loadCasebook(monitor, s.id);
            QVERIFY(book);
            QVERIFY(book->consent);
            infusions += int(book->infusions.size());
        }
        QVERIFY(infusions > 0);
    }
    const Run v = cli({QStringLiteral("verify"), QStringLiteral("--db"), db});
    QCOMPARE(v.code, 0);
    QVERIFY2(v.out.contains(QLatin1String("DEMO")), qPrintable(v.out));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Hidden | QDir::Files).filter(QStringLiteral(".demo-")).isEmpty());
}

void TestCli::demoRefusesRealDatabase()
{
    TRIALCRF_FILES_ONLY("demo replaces a study file; a server refuses demo outright (tst_cli_location)");
    const QString db = databaseWithAdmin(QStringLiteral("real.db"));
    const QByteArray before = fileHash(db);
    const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("not a demo database")), qPrintable(r.err));
    QCOMPARE(fileHash(db), before);
}

void TestCli::demoReplacesDemo()
{
    TRIALCRF_FILES_ONLY("demo replaces a study file");
    const QString db = path(QStringLiteral("again.db"));
    const QStringList args{QStringLiteral("demo"), QStringLiteral("--db"), db,
                           QStringLiteral("--subjects"), QStringLiteral("3")};
    QCOMPARE(cli(args).code, 0);
    QCOMPARE(cli(args).code, 0);
    Database d;
    QVERIFY(d.open(fixtures::studyAt(db), Database::OpenMode::ReadOnly));
    QCOMPARE(StudyStore(d, Protocol::builtIn()).subjectCount(), 3);
}

void TestCli::verifyNamesTamperedRow_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("value edited") << QStringList{
        QStringLiteral("DROP TRIGGER audit_log_no_update"),
        QStringLiteral("UPDATE audit_log SET new_value = 'tampered' WHERE seq = 5")}
                                  << QStringLiteral("row 5");
    QTest::newRow("user edited") << QStringList{
        QStringLiteral("DROP TRIGGER audit_log_no_update"),
        QStringLiteral("UPDATE audit_log SET user_name = 'someone' WHERE seq = 9")}
                                 << QStringLiteral("row 9");
    QTest::newRow("row deleted") << QStringList{
        QStringLiteral("DROP TRIGGER audit_log_no_delete"),
        QStringLiteral("DELETE FROM audit_log WHERE seq = 7")}
                                 << QStringLiteral("row 8");
}

void TestCli::verifyNamesTamperedRow()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, expected);
    const QString db = path(QStringLiteral("tampered.db"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--subjects"),
                  QStringLiteral("2")})
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), db}).code, 0);
    tamper(db, sql);
    if (QTest::currentTestFailed())
        return;
    const Run r = cli({QStringLiteral("verify"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("audit chain broken at ") + expected), qPrintable(r.err));
}

void TestCli::verifyFindsDanglingForeignKey()
{
    const QString db = path(QStringLiteral("dangling.db"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--subjects"),
                  QStringLiteral("2")})
                 .code,
             0);
    tamper(db, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                QStringLiteral("UPDATE consents SET subject_id = 999 WHERE subject_id = 1")});
    if (QTest::currentTestFailed())
        return;
    const Run r = cli({QStringLiteral("verify"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("integrity check failed")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("consents")), qPrintable(r.out));
}

void TestCli::backupWhileAnotherProcessWrites()
{
    TRIALCRF_FILES_ONLY("the writer and the copy under load are SQLite's WAL and VACUUM INTO");
    const QString db = databaseWithAdmin(QStringLiteral("busy.db"));
    const int writes = 400;
    QProcess writer;
    writer.start(QStringLiteral(TRIALCRF_TEST_WRITER),
                 {db, QStringLiteral("dm"), kStrongPassword, QString::number(writes)});
    QVERIFY(writer.waitForStarted(-1));
    // The writer prints "writing" after its first committed save: back up from then on.
    QVERIFY(writer.waitForReadyRead(-1));
    QVERIFY(writer.readLine().startsWith("writing"));

    const QString copy = path(QStringLiteral("busy-backup.db"));
    const Run r = cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                       QStringLiteral("dm"), copy},
                      {{QStringLiteral("TRIALCRF_PASSWORD"), kStrongPassword}});
    const bool writerStillRunning = writer.state() == QProcess::Running;
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("verified")), qPrintable(r.out));
    QVERIFY(writer.waitForFinished(-1));
    QCOMPARE(writer.exitCode(), 0);
    if (!writerStillRunning)
        qWarning("the writer finished before the backup: the copy was not taken under load");

    const Run v = cliOnFile({QStringLiteral("verify"), QStringLiteral("--db"), copy});
    QCOMPARE(v.code, 0);
    Database backup;
    QVERIFY(backup.open(copy, Database::OpenMode::ReadOnly));
    const int copied = StudyStore(backup, Protocol::builtIn()).subjectCount();
    QVERIFY(copied >= 1);
    QVERIFY(copied <= writes);
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), db}).code, 0);
    Database original;
    QVERIFY(original.open(fixtures::studyAt(db), Database::OpenMode::ReadOnly));
    QCOMPARE(StudyStore(original, Protocol::builtIn()).subjectCount(), writes);
}

void TestCli::backupRefusesExistingTarget()
{
    const QString db = databaseWithAdmin(QStringLiteral("src.db"));
    const QString target = path(QStringLiteral("exists.db"));
    QFile f(target);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const Run r = cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                       QStringLiteral("dm"), target},
                      {{QStringLiteral("TRIALCRF_PASSWORD"), kStrongPassword}});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestCli::backupWithoutUserAsTheContractSays()
{
    // DESIGN.md: `trialcrf-cli backup --db FILE OUT`. No login: a read-only copy that writes
    // nothing to the original and is not audited as anyone.
    const QString db = databaseWithAdmin(QStringLiteral("plain.db"));
    const auto auditRows = [](const StudyLocation &where) {
        Database d;
        if (!d.open(where, Database::OpenMode::ReadOnly))
            return qsizetype(-1);
        return AuditLog(d).entries(AuditFilter()).size();
    };
    const qsizetype before = auditRows(fixtures::studyAt(db));
    QVERIFY(before > 0);
    const QString copy = path(QStringLiteral("plain-copy.db"));
    const Run r = cli({QStringLiteral("backup"), QStringLiteral("--db"), db, copy});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("verified")), qPrintable(r.out));
    QCOMPARE(auditRows(fixtures::studyAt(db)), before);
    QCOMPARE(auditRows(StudyLocation::file(copy)), before);
    const Run verify = cliOnFile({QStringLiteral("verify"), QStringLiteral("--db"), copy});
    QVERIFY2(verify.code == 0, qPrintable(verify.err));
}

void TestCli::backupOnlyByADataManager_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("role");  // empty: the data manager of databaseWithAdmin
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("refusal");  // empty: the backup is written
    QTest::newRow("data manager") << QStringLiteral("dm") << QString() << kStrongPassword << QString();
    for (const char *role : {"nurse", "physician", "monitor"})
        QTest::newRow(role) << QStringLiteral("u-%1").arg(QLatin1String(role)) << QString::fromLatin1(role)
                            << kOtherStrongPassword
                            << QStringLiteral("may not back up: only a data manager may");
    QTest::newRow("wrong password") << QStringLiteral("dm") << QString() << kOtherStrongPassword
                                    << QStringLiteral("wrong user name or password");
}

void TestCli::backupOnlyByADataManager()
{
    QFETCH(QString, user);
    QFETCH(QString, role);
    QFETCH(QString, password);
    QFETCH(QString, refusal);
    const QString db = databaseWithAdmin(QStringLiteral("roles-%1.db").arg(QTest::currentDataTag()));
    if (!role.isEmpty()) {
        const Run added = cli({QStringLiteral("user"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                               QStringLiteral("dm"), QStringLiteral("add"), user, QStringLiteral("--role"), role},
                              {{QStringLiteral("TRIALCRF_AS_PASSWORD"), kStrongPassword},
                               {QStringLiteral("TRIALCRF_PASSWORD"), kOtherStrongPassword}});
        QVERIFY2(added.code == 0, qPrintable(added.err));
    }
    const QString copy = path(QStringLiteral("copy-%1.db").arg(QTest::currentDataTag()));
    const Run r = cli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--user"), user, copy},
                      {{QStringLiteral("TRIALCRF_PASSWORD"), password}});
    if (!refusal.isEmpty()) {
        QCOMPARE(r.code, 1);
        QVERIFY2(isOneLine(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(refusal), qPrintable(r.err));
        QVERIFY(!QFile::exists(copy));
        return;
    }
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Audited as the data manager, and the copy holds the row that records it.
    for (const StudyLocation &where : {fixtures::studyAt(db), StudyLocation::file(copy)}) {
        Database d;
        QVERIFY(d.open(where, Database::OpenMode::ReadOnly));
        AuditFilter f;
        f.action = QStringLiteral("backup");
        const QList<AuditEntry> rows = AuditLog(d).entries(f);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().userName, user);
        QVERIFY2(rows.first().newValue.endsWith(QStringLiteral("copy-data manager.db")),
                 qPrintable(rows.first().newValue));
    }
}

void TestCli::badFileLeavesItUnchanged_data()
{
    QTest::addColumn<QString>("kind");     // missing_folder, garbage, newer_schema
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    const QStringList commands{QStringLiteral("init"), QStringLiteral("verify"),
                               QStringLiteral("backup"), QStringLiteral("demo"),
                               QStringLiteral("user"), QStringLiteral("summary")};
    for (const QString &c : commands) {
        QTest::newRow(qPrintable(c + QLatin1String(": missing folder")))
            << QStringLiteral("missing_folder") << c << QStringLiteral("does not exist");
        QTest::newRow(qPrintable(c + QLatin1String(": garbage file")))
            << QStringLiteral("garbage") << c << QStringLiteral("cannot open");
        QTest::newRow(qPrintable(c + QLatin1String(": newer schema")))
            << QStringLiteral("newer_schema") << c << QStringLiteral("newer");
    }
}

void TestCli::badFileLeavesItUnchanged()
{
    TRIALCRF_FILES_ONLY("missing folders, garbage files and a file's schema version");
    QFETCH(QString, kind);
    QFETCH(QString, command);
    QFETCH(QString, expected);
    QString db = path(QStringLiteral("bad.db"));
    if (kind == QLatin1String("missing_folder")) {
        db = path(QStringLiteral("no-such-folder/bad.db"));
    } else if (kind == QLatin1String("garbage")) {
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    } else {
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--db"), db}).code, 0);
        tamper(db, {QStringLiteral("PRAGMA user_version = 9999")});
        if (QTest::currentTestFailed())
            return;
    }
    const QByteArray before = fileHash(db);

    QStringList args{command, QStringLiteral("--db"), db};
    if (command == QLatin1String("backup"))
        args << QStringLiteral("--user") << QStringLiteral("dm") << path(QStringLiteral("copy.db"));
    if (command == QLatin1String("user"))
        args << QStringLiteral("--as") << QStringLiteral("dm") << QStringLiteral("disable")
             << QStringLiteral("bob");
    const Run r = cli(args, {{QStringLiteral("TRIALCRF_AS_PASSWORD"), kStrongPassword},
                             {QStringLiteral("TRIALCRF_PASSWORD"), kStrongPassword}});
    QVERIFY2(r.code == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QCOMPARE(fileHash(db), before);
    QVERIFY(!QFile::exists(path(QStringLiteral("copy.db"))));
    if (kind == QLatin1String("missing_folder"))
        QVERIFY(!QFile::exists(path(QStringLiteral("no-such-folder"))));
}

void TestCli::userAddPasswdDisable()
{
    const QString db = databaseWithAdmin(QStringLiteral("users.db"));
    const QMap<QString, QString> asDm{{QStringLiteral("TRIALCRF_AS_PASSWORD"), kStrongPassword},
                                      {QStringLiteral("TRIALCRF_PASSWORD"), kOtherStrongPassword}};
    const QStringList base{QStringLiteral("user"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                           QStringLiteral("dm")};
    Run r = cli(base + QStringList{QStringLiteral("add"), QStringLiteral("li"),
                                   QStringLiteral("--role"), QStringLiteral("nurse"),
                                   QStringLiteral("--name"), QStringLiteral("Li Na")},
                asDm);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    {
        Database d;
        QVERIFY(d.open(fixtures::studyAt(db), Database::OpenMode::ReadOnly));
        UserStore users(d);
        const std::optional<UserAccount> li = users.user(QStringLiteral("li"));
        QVERIFY(li);
        QCOMPARE(li->role, Role::Nurse);
        QCOMPARE(li->fullName, QStringLiteral("Li Na"));
        QVERIFY(users.verifyPassword(QStringLiteral("li"), kOtherStrongPassword));
    }

    const QString third = QStringLiteral("Third-strong-pass-55");
    r = cli(base + QStringList{QStringLiteral("passwd"), QStringLiteral("li")},
            {{QStringLiteral("TRIALCRF_AS_PASSWORD"), kStrongPassword},
             {QStringLiteral("TRIALCRF_PASSWORD"), third}});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    {
        Database d;
        QVERIFY(d.open(fixtures::studyAt(db), Database::OpenMode::ReadOnly));
        UserStore users(d);
        QVERIFY(users.verifyPassword(QStringLiteral("li"), third));
        QVERIFY(!users.verifyPassword(QStringLiteral("li"), kOtherStrongPassword));
    }

    r = cli(base + QStringList{QStringLiteral("disable"), QStringLiteral("li")},
            {{QStringLiteral("TRIALCRF_AS_PASSWORD"), kStrongPassword}});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    Database d;
    QVERIFY(d.open(fixtures::studyAt(db), Database::OpenMode::ReadOnly));
    QVERIFY(UserStore(d).user(QStringLiteral("li"))->disabled);
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), db}).code, 0);
}

void TestCli::userRefusesWrongActingPassword_data()
{
    QTest::addColumn<QStringList>("action");
    QTest::newRow("add") << QStringList{QStringLiteral("add"), QStringLiteral("li"),
                                        QStringLiteral("--role"), QStringLiteral("physician")};
    QTest::newRow("passwd") << QStringList{QStringLiteral("passwd"), QStringLiteral("dm")};
    QTest::newRow("disable") << QStringList{QStringLiteral("disable"), QStringLiteral("dm")};
}

void TestCli::userRefusesWrongActingPassword()
{
    QFETCH(QStringList, action);
    const QString db = databaseWithAdmin(QStringLiteral("wrong.db"));
    const Run r = cli(QStringList{QStringLiteral("user"), QStringLiteral("--db"), db,
                                  QStringLiteral("--as"), QStringLiteral("dm")} + action,
                      {{QStringLiteral("TRIALCRF_AS_PASSWORD"), kOtherStrongPassword},
                       {QStringLiteral("TRIALCRF_PASSWORD"), QStringLiteral("Yet-another-pass-31")}});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("wrong user name or password")), qPrintable(r.err));
    Database d;
    QVERIFY(d.open(fixtures::studyAt(db), Database::OpenMode::ReadOnly));
    UserStore users(d);
    QCOMPARE(users.userCount(), 1);
    QVERIFY(!users.user(QStringLiteral("dm"))->disabled);
    QVERIFY(users.verifyPassword(QStringLiteral("dm"), kStrongPassword));
}

void TestCli::userRefusesWeakPassword()
{
    const QString db = databaseWithAdmin(QStringLiteral("weakuser.db"));
    const QByteArray before = fileHash(db);
    const Run r = cli({QStringLiteral("user"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                       QStringLiteral("dm"), QStringLiteral("add"), QStringLiteral("li"),
                       QStringLiteral("--role"), QStringLiteral("nurse")},
                      {{QStringLiteral("TRIALCRF_AS_PASSWORD"), kStrongPassword},
                       {QStringLiteral("TRIALCRF_PASSWORD"), QStringLiteral("li")}});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("password refused")), qPrintable(r.err));
    QCOMPARE(userCount(db), 1);
    QCOMPARE(fileHash(db), before);
}

void TestCli::userRefusesNonManager()
{
    const QString db = path(QStringLiteral("nurse.db"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--subjects"),
                  QStringLiteral("1")})
                 .code,
             0);
    const Run r = cli({QStringLiteral("user"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                       QStringLiteral("nurse"), QStringLiteral("add"), QStringLiteral("li"),
                       QStringLiteral("--role"), QStringLiteral("data_manager")},
                      {{QStringLiteral("TRIALCRF_AS_PASSWORD"), QStringLiteral("demo-password-1")},
                       {QStringLiteral("TRIALCRF_PASSWORD"), kStrongPassword}});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLine(r.err), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("may not manage users")), qPrintable(r.err));
    QCOMPARE(userCount(db), 4);
}

void TestCli::summaryCountsDemo()
{
    const QString db = path(QStringLiteral("summary.db"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--subjects"),
                  QStringLiteral("12")})
                 .code,
             0);
    const Run r = cli({QStringLiteral("summary"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("Subjects: 12 (")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("(DEMO)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Infusions: ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("nurse (nurse)")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
