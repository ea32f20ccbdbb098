// SPDX-License-Identifier: Apache-2.0
// UserStore: argon2id hashes, login and lockout on an injected clock, the password policy,
// who may manage users, and the audit rows every account event leaves.
#include "fixtures.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/userstore.h"

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::fixtures;

Q_DECLARE_METATYPE(trialcrf::UserStore::LoginResult)

namespace {

const QString kAdminPassword = QStringLiteral("Quartz-Lantern-73");
const QString kNursePassword = QStringLiteral("Maple-Harbor-2024");

}  // namespace

class TestUserStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstAdminLogsIn();
    void firstAdminOnlyOnce();
    void wrongPasswordAndUnknownUserAreRefused();
    void fiveFailuresLockTheAccountForFifteenMinutes();
    void successResetsTheFailureCount();
    void passwordPolicy_data();
    void passwordPolicy();
    void policyAppliesToEveryNewPassword();
    void databaseHoldsNoClearPassword();
    void onlyDataManagersManageUsers();
    void usersChangeTheirOwnPassword();
    void userNamesAreUniqueWhateverTheCase();
    void disabledUserCannotLogIn();
    void roleChangeTakesEffectAndIsAudited();
    void lastActiveDataManagerIsKept();
    void everyAccountEventIsAuditedWithoutThePassword();
    void unknownLoginNamesAreCappedInTheTrail_data();
    void unknownLoginNamesAreCappedInTheTrail();
    void loginOnABusyStudySaysSo();
    void loginOnAFullDiskSaysSo();

private:
    Session admin() const;
    UserStore::LoginResult login(const QString &user, const QString &password,
                                 Session *s = nullptr);

    QTemporaryDir m_dir;
    Database m_db;
    ManualClock m_clock;
    std::unique_ptr<UserStore> m_users;
};

void TestUserStore::init()
{
    QVERIFY(m_dir.isValid());
    m_clock = {};
    QVERIFY2(m_db.open(trialcrf::fixtures::studyAt(m_dir.filePath(QStringLiteral("users.db")))), qPrintable(m_db.errorString()));
    m_users = std::make_unique<UserStore>(m_db, m_clock.clock());
    QString error;
    QCOMPARE(m_users->userCount(), 0);
    QVERIFY2(m_users->createFirstAdmin(QStringLiteral("dm.zhao"), kAdminPassword, &error),
             qPrintable(error));
}

void TestUserStore::cleanup()
{
    m_users.reset();
    m_db.close();
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
}

Session TestUserStore::admin() const
{
    const std::optional<UserAccount> a = m_users->user(QStringLiteral("dm.zhao"));
    Session s;
    s.userId = a ? a->id : 0;
    s.userName = QStringLiteral("dm.zhao");
    s.role = Role::DataManager;
    return s;
}

UserStore::LoginResult TestUserStore::login(const QString &user, const QString &password,
                                            Session *s)
{
    return m_users->login(user, password, s);
}

void TestUserStore::firstAdminLogsIn()
{
    Session s;
    QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword, &s), UserStore::LoginResult::Ok);
    QCOMPARE(s.userName, QStringLiteral("dm.zhao"));
    QCOMPARE(s.role, Role::DataManager);
    QVERIFY(s.userId > 0);
    const std::optional<UserAccount> a = m_users->user(QStringLiteral("DM.ZHAO"));
    QVERIFY(a.has_value());
    QCOMPARE(a->id, s.userId);
    QVERIFY(!a->disabled);
    QVERIFY(m_users->verifyPassword(QStringLiteral("dm.zhao"), kAdminPassword));
    QVERIFY(!m_users->verifyPassword(QStringLiteral("dm.zhao"), kAdminPassword + QLatin1Char('x')));
}

void TestUserStore::firstAdminOnlyOnce()
{
    QString error;
    QVERIFY(!m_users->createFirstAdmin(QStringLiteral("intruder"), kAdminPassword, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_users->userCount(), 1);
}

void TestUserStore::wrongPasswordAndUnknownUserAreRefused()
{
    Session s;
    QCOMPARE(login(QStringLiteral("dm.zhao"), QStringLiteral("Quartz-Lantern-74"), &s),
             UserStore::LoginResult::WrongPassword);
    QCOMPARE(s.userId, qint64(0));  // untouched
    QCOMPARE(login(QStringLiteral("nobody"), kAdminPassword), UserStore::LoginResult::UnknownUser);
    QCOMPARE(login(QStringLiteral("dm.zhao"), QString()), UserStore::LoginResult::WrongPassword);
    QCOMPARE(m_users->user(QStringLiteral("dm.zhao"))->failedAttempts, 2);
}

void TestUserStore::fiveFailuresLockTheAccountForFifteenMinutes()
{
    QCOMPARE(UserStore::maxFailedAttempts(), 5);
    QCOMPARE(UserStore::lockoutMinutes(), 15);
    const QDateTime start = m_clock.now;
    for (int i = 1; i <= 5; ++i) {
        QCOMPARE(login(QStringLiteral("dm.zhao"), QStringLiteral("wrong-password-%1").arg(i)),
                 UserStore::LoginResult::WrongPassword);
    }
    const std::optional<UserAccount> locked = m_users->user(QStringLiteral("dm.zhao"));
    QCOMPARE(locked->lockedUntilUtc, start.addSecs(15 * 60));
    // Locked: even the right password is refused, and so is re-checking it.
    QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword), UserStore::LoginResult::LockedOut);
    QVERIFY(!m_users->verifyPassword(QStringLiteral("dm.zhao"), kAdminPassword));
    m_clock.now = start.addSecs(15 * 60 - 1);
    QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword), UserStore::LoginResult::LockedOut);
    m_clock.now = start.addSecs(15 * 60);
    QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword), UserStore::LoginResult::Ok);
    const std::optional<UserAccount> after = m_users->user(QStringLiteral("dm.zhao"));
    QCOMPARE(after->failedAttempts, 0);
    QVERIFY(!after->lockedUntilUtc.isValid());
}

void TestUserStore::successResetsTheFailureCount()
{
    for (int i = 0; i < 4; ++i)
        QCOMPARE(login(QStringLiteral("dm.zhao"), QStringLiteral("nope-nope-nope")),
                 UserStore::LoginResult::WrongPassword);
    QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword), UserStore::LoginResult::Ok);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(login(QStringLiteral("dm.zhao"), QStringLiteral("nope-nope-nope")),
                 UserStore::LoginResult::WrongPassword);
    QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword), UserStore::LoginResult::Ok);
}

void TestUserStore::passwordPolicy_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("problems");

    QTest::newRow("9 characters is too short") << "li.na" << "abcdefghi" << 1;
    QTest::newRow("10 characters pass") << "li.na" << "abcdefghij" << 0;
    QTest::newRow("10 Chinese characters pass") << "li.na" << "春眠不觉晓处处闻啼鸟" << 0;
    QTest::newRow("empty") << "li.na" << "" << 1;
    QTest::newRow("contains the user name") << "li.na" << "xx-li.na-2024" << 1;
    QTest::newRow("contains it in another case") << "li.na" << "XX-LI.NA-2024" << 1;
    QTest::newRow("is the user name, short") << "li.na" << "li.na" << 2;
    QTest::newRow("user name's parts alone are fine") << "li.na" << "li-and-na-2024" << 0;
}

void TestUserStore::passwordPolicy()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, problems);
    const QStringList found = UserStore::passwordProblems(user, password);
    QCOMPARE(found.size(), problems);
    for (const QString &p : found) {
        // Untranslated source texts: they translate at display time in "Validation".
        QCOMPARE(QCoreApplication::translate("Validation", p.toUtf8().constData()), p);
        QVERIFY(p.startsWith(QLatin1String("The password")));
    }
}

void TestUserStore::policyAppliesToEveryNewPassword()
{
    QString error;
    QVERIFY(!m_users->addUser(admin(), QStringLiteral("li.na"), QStringLiteral("Li Na"),
                              Role::Nurse, QStringLiteral("short"), &error));
    QVERIFY(error.contains(QLatin1String("10")));
    QVERIFY(!m_users->user(QStringLiteral("li.na")).has_value());
    QVERIFY(m_users->addUser(admin(), QStringLiteral("li.na"), QStringLiteral("Li Na"),
                             Role::Nurse, kNursePassword, &error));
    QVERIFY(!m_users->changePassword(admin(), QStringLiteral("li.na"),
                                     QStringLiteral("1234-LI.NA-5678"), &error));
    QCOMPARE(login(QStringLiteral("li.na"), kNursePassword), UserStore::LoginResult::Ok);
}

void TestUserStore::databaseHoldsNoClearPassword()
{
    QString error;
    QVERIFY(m_users->addUser(admin(), QStringLiteral("li.na"), QStringLiteral("Li Na"),
                             Role::Nurse, kNursePassword, &error));
    QVERIFY(m_users->changePassword(admin(), QStringLiteral("li.na"),
                                    QStringLiteral("Second-Secret-99"), &error));
    QCOMPARE(login(QStringLiteral("li.na"), QStringLiteral("Second-Secret-99")),
             UserStore::LoginResult::Ok);
    QCOMPARE(login(QStringLiteral("li.na"), QStringLiteral("Wrong-Guess-123")),
             UserStore::LoginResult::WrongPassword);
    const QString hash =
        scalar(m_db, QStringLiteral("SELECT password_hash FROM users WHERE user_name = 'li.na'"))
            .toString();
    QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));

    // Every byte the database wrote: the file, its WAL and shared memory.
    TRIALCRF_FILES_ONLY("the bytes of the study file and its WAL (a server keeps its own files)");
    QByteArray bytes;
    QDirIterator it(m_dir.path(), QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes += f.readAll();
    }
    QVERIFY(bytes.size() > 4096);
    for (const QString &secret : {kAdminPassword, kNursePassword,
                                  QStringLiteral("Second-Secret-99"),
                                  QStringLiteral("Wrong-Guess-123")}) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY2(!bytes.contains(secret.toUtf8().toBase64()), qPrintable(secret));
    }
    QVERIFY(bytes.contains(QByteArrayLiteral("$argon2id$")));  // the probe can find text
}

void TestUserStore::onlyDataManagersManageUsers()
{
    QString error;
    QVERIFY(m_users->addUser(admin(), QStringLiteral("li.na"), {}, Role::Nurse, kNursePassword,
                             &error));
    for (Role r : {Role::Nurse, Role::Physician, Role::Monitor}) {
        const Session s = session(r, QStringLiteral("li.na"));
        QVERIFY(!m_users->addUser(s, QStringLiteral("x.y"), {}, Role::Nurse, kNursePassword,
                                  &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_users->setRole(s, QStringLiteral("li.na"), Role::Physician, &error));
        QVERIFY(!m_users->setDisabled(s, QStringLiteral("dm.zhao"), true, &error));
        QVERIFY(!m_users->changePassword(s, QStringLiteral("dm.zhao"),
                                         QStringLiteral("Taken-Over-123"), &error));
    }
    QVERIFY(!m_users->user(QStringLiteral("x.y")).has_value());
    QCOMPARE(m_users->user(QStringLiteral("li.na"))->role, Role::Nurse);
    QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword), UserStore::LoginResult::Ok);
}

void TestUserStore::usersChangeTheirOwnPassword()
{
    QString error;
    QVERIFY(m_users->addUser(admin(), QStringLiteral("li.na"), {}, Role::Nurse, kNursePassword,
                             &error));
    Session me;
    QCOMPARE(login(QStringLiteral("li.na"), kNursePassword, &me), UserStore::LoginResult::Ok);
    QVERIFY2(m_users->changePassword(me, QStringLiteral("LI.NA"),
                                     QStringLiteral("Brand-New-Phrase-1"), &error),
             qPrintable(error));
    QCOMPARE(login(QStringLiteral("li.na"), kNursePassword), UserStore::LoginResult::WrongPassword);
    QCOMPARE(login(QStringLiteral("li.na"), QStringLiteral("Brand-New-Phrase-1")),
             UserStore::LoginResult::Ok);
}

void TestUserStore::userNamesAreUniqueWhateverTheCase()
{
    QString error;
    QVERIFY(m_users->addUser(admin(), QStringLiteral("Li.Na"), {}, Role::Nurse, kNursePassword,
                             &error));
    QVERIFY(!m_users->addUser(admin(), QStringLiteral("li.na"), {}, Role::Physician,
                              kNursePassword, &error));
    QVERIFY(!m_users->addUser(admin(), QStringLiteral(" LI.NA "), {}, Role::Physician,
                              kNursePassword, &error));
    QVERIFY(!m_users->addUser(admin(), QStringLiteral("li na"), {}, Role::Physician,
                              kNursePassword, &error));  // no spaces
    QCOMPARE(m_users->userCount(), 2);
    Session s;
    QCOMPARE(login(QStringLiteral("LI.NA"), kNursePassword, &s), UserStore::LoginResult::Ok);
    QCOMPARE(s.userName, QStringLiteral("Li.Na"));  // as it was added
    // The schema enforces it too, behind the app's back.
    QSqlQuery q(m_db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO users (user_name, role, password_hash, created_at)"
                                   " VALUES ('LI.na', 'nurse', 'x', 'now')")));
    QVERIFY(Database::isUniqueViolation(q.lastError()));
}

void TestUserStore::disabledUserCannotLogIn()
{
    QString error;
    QVERIFY(m_users->addUser(admin(), QStringLiteral("li.na"), {}, Role::Nurse, kNursePassword,
                             &error));
    QVERIFY(m_users->setDisabled(admin(), QStringLiteral("li.na"), true, &error));
    QVERIFY(m_users->user(QStringLiteral("li.na"))->disabled);
    QCOMPARE(login(QStringLiteral("li.na"), kNursePassword), UserStore::LoginResult::Disabled);
    QVERIFY(!m_users->verifyPassword(QStringLiteral("li.na"), kNursePassword));
    QVERIFY(m_users->setDisabled(admin(), QStringLiteral("li.na"), false, &error));
    QCOMPARE(login(QStringLiteral("li.na"), kNursePassword), UserStore::LoginResult::Ok);
    QVERIFY(!m_users->setDisabled(admin(), QStringLiteral("dm.zhao"), true, &error));  // self
}

void TestUserStore::roleChangeTakesEffectAndIsAudited()
{
    QString error;
    QVERIFY(m_users->addUser(admin(), QStringLiteral("chen"), QStringLiteral("Chen Wei"),
                             Role::Nurse, kNursePassword, &error));
    QVERIFY(m_users->setRole(admin(), QStringLiteral("chen"), Role::Physician, &error));
    Session s;
    QCOMPARE(login(QStringLiteral("chen"), kNursePassword, &s), UserStore::LoginResult::Ok);
    QCOMPARE(s.role, Role::Physician);
    AuditFilter f;
    f.action = QStringLiteral("role_change");
    const QList<AuditEntry> rows = AuditLog(m_db).entries(f);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().field, QStringLiteral("role"));
    QCOMPARE(rows.first().oldValue, QStringLiteral("nurse"));
    QCOMPARE(rows.first().newValue, QStringLiteral("physician"));
    QCOMPARE(rows.first().userName, QStringLiteral("dm.zhao"));
    const QList<UserAccount> all = m_users->users();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().userName, QStringLiteral("chen"));
    QCOMPARE(all.first().fullName, QStringLiteral("Chen Wei"));
}

void TestUserStore::lastActiveDataManagerIsKept()
{
    QString error;
    QVERIFY(m_users->addUser(admin(), QStringLiteral("helper"), {}, Role::Nurse, kNursePassword,
                             &error));
    const Session other = session(Role::DataManager, QStringLiteral("helper"));
    QVERIFY(!m_users->setRole(other, QStringLiteral("dm.zhao"), Role::Nurse, &error));
    QVERIFY(!m_users->setDisabled(other, QStringLiteral("dm.zhao"), true, &error));
    QVERIFY(m_users->setRole(admin(), QStringLiteral("helper"), Role::DataManager, &error));
    QVERIFY2(m_users->setRole(other, QStringLiteral("dm.zhao"), Role::Monitor, &error),
             qPrintable(error));
}

void TestUserStore::everyAccountEventIsAuditedWithoutThePassword()
{
    QString error;
    QVERIFY(m_users->addUser(admin(), QStringLiteral("li.na"), QStringLiteral("Li Na"),
                             Role::Nurse, kNursePassword, &error));
    Session s;
    QCOMPARE(login(QStringLiteral("li.na"), kNursePassword, &s), UserStore::LoginResult::Ok);
    QCOMPARE(login(QStringLiteral("li.na"), QStringLiteral("Not-My-Password")),
             UserStore::LoginResult::WrongPassword);
    m_users->logout(s);
    QVERIFY(m_users->changePassword(s, QStringLiteral("li.na"), QStringLiteral("Fresh-Words-42"),
                                    &error));
    QVERIFY(m_users->setRole(admin(), QStringLiteral("li.na"), Role::Physician, &error));
    QVERIFY(m_users->setDisabled(admin(), QStringLiteral("li.na"), true, &error));
    QVERIFY(m_users->setDisabled(admin(), QStringLiteral("li.na"), false, &error));

    const QList<AuditEntry> rows = AuditLog(m_db).entries();
    QStringList actions;
    for (const AuditEntry &e : rows) {
        actions << e.action;
        for (const QString &text : {e.oldValue, e.newValue, e.reason, e.field}) {
            QVERIFY(!text.contains(kNursePassword));
            QVERIFY(!text.contains(QLatin1String("Not-My-Password")));
            QVERIFY(!text.contains(QLatin1String("Fresh-Words-42")));
        }
    }
    // Each account with its site (the study's one), in the same transaction.
    QCOMPARE(actions, (QStringList{"user_add", "site_grant", "user_add", "site_grant", "login",
                                   "login_failed", "logout", "password_change", "role_change",
                                   "user_disable", "user_enable"}));
    QCOMPARE(rows.at(2).userName, QStringLiteral("dm.zhao"));
    QCOMPARE(rows.at(2).tableName, QStringLiteral("users"));
    QVERIFY(rows.at(2).newValue.contains(QLatin1String("\"role\":\"nurse\"")));
    QCOMPARE(rows.at(3).tableName, QStringLiteral("user_sites"));
    QCOMPARE(rows.at(5).userName, QStringLiteral("li.na"));
    QCOMPARE(rows.at(5).reason, QStringLiteral("wrong_password"));
    QCOMPARE(rows.at(6).userName, QStringLiteral("li.na"));
    QString problem;
    QCOMPARE(AuditLog(m_db).firstBrokenRow(&problem), std::optional<qint64>());
}

void TestUserStore::unknownLoginNamesAreCappedInTheTrail_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("stored");
    const QString a64(64, QLatin1Char('a'));
    QTest::newRow("64 characters, kept whole") << 64 << a64;
    QTest::newRow("65 characters, capped") << 65 << a64 + QStringLiteral("…[+1 characters]");
    QTest::newRow("100,000 characters, capped")
        << 100000 << a64 + QStringLiteral("…[+99936 characters]");
}

void TestUserStore::unknownLoginNamesAreCappedInTheTrail()
{
    QFETCH(int, length);
    QFETCH(QString, stored);
    QCOMPARE(login(QString(length, QLatin1Char('a')), kAdminPassword),
             UserStore::LoginResult::UnknownUser);
    AuditFilter f;
    f.action = QStringLiteral("login_failed");
    const QList<AuditEntry> rows = AuditLog(m_db).entries(f);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().userName, stored);
    QVERIFY(rows.first().userName.size() <= 64 + 32);
}

// Another program holds the write lock (an import, a backup): the login waits out the busy
// timeout and then says the study is busy, not that the database failed.
void TestUserStore::loginOnABusyStudySaysSo()
{
    if (onTestServer()) {
        // Another workstation in the middle of a save holds the writer lock.
        Database other;
        QVERIFY2(other.open(m_db.location()), qPrintable(other.errorString()));
        {
            Transaction saving(other);
            QVERIFY(saving.isActive());
            QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword),
                     UserStore::LoginResult::Busy);
        }
        QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword), UserStore::LoginResult::Ok);
        return;
    }
    const QString name = QStringLiteral("other-program");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(m_db.path());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
        QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword), UserStore::LoginResult::Busy);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword), UserStore::LoginResult::Ok);
}

void TestUserStore::loginOnAFullDiskSaysSo()
{
    TRIALCRF_FILES_ONLY("SQLite's max_page_count stands for the full disk");
    QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword), UserStore::LoginResult::Ok);
    QVERIFY(m_users->lastError().isEmpty());
    // The file may not grow past the pages it has: SQLite then answers as on a full disk.
    const qint64 pages = m_db.number(QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages > 0);
    QVERIFY(m_db.number(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) >= pages);
    UserStore::LoginResult result = UserStore::LoginResult::Ok;
    // Each login appends an audit row: the free room in the last pages runs out soon.
    for (int i = 0; i < 500 && result == UserStore::LoginResult::Ok; ++i)
        result = login(QStringLiteral("dm.zhao"), kAdminPassword);
    QCOMPARE(result, UserStore::LoginResult::Error);
    QVERIFY2(m_users->lastError().contains(QLatin1String("disk is full")),
             qPrintable(m_users->lastError()));
    // Nothing half-written: the chain and its anchor end at the last committed row.
    QString problem;
    QVERIFY2(!AuditLog(m_db).firstBrokenRow(&problem), qPrintable(problem));
    QVERIFY(m_db.number(QStringLiteral("PRAGMA max_page_count = %1").arg(pages * 4)) > pages);
    QCOMPARE(login(QStringLiteral("dm.zhao"), kAdminPassword), UserStore::LoginResult::Ok);
    QVERIFY(m_users->lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
