// SPDX-License-Identifier: Apache-2.0
// The account features of UserStore: re-authentication of a logged-in user
// (e-signature, idle unlock, password change) that counts toward the lockout, the audited
// screen lock and unlock, a password change proven with the current password, and users
// who are disabled but never deleted.
#include "fixtures.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/userstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::fixtures;

namespace {
const QString kAdminPassword = QStringLiteral("Quartz-Lantern-73");
const QString kNursePassword = QStringLiteral("Maple-Harbor-2024");
}  // namespace

class TestAccounts : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void reauthenticationChecksThePasswordWithoutALogin();
    void reauthenticationFailuresLockTheAccountForFifteenMinutes();
    void screenLockAndUnlockAreAudited();
    void unlockRefusesAnotherPasswordAndADisabledAccount();
    void ownPasswordChangeNeedsTheCurrentPassword();
    void usersAreDisabledNeverDeleted();
    void printedNameChangeIsAudited();
    void newUserNameMustBeFree_data();
    void newUserNameMustBeFree();

private:
    QStringList actions() const;

    QTemporaryDir m_dir;
    Database m_db;
    ManualClock m_clock;
    std::unique_ptr<UserStore> m_users;
    Session m_admin, m_nurse;
};

void TestAccounts::init()
{
    QVERIFY(m_dir.isValid());
    m_clock = {};
    QVERIFY2(m_db.open(studyAt(m_dir.filePath(QStringLiteral("accounts.db")))),
             qPrintable(m_db.errorString()));
    m_users = std::make_unique<UserStore>(m_db, m_clock.clock());
    QString error;
    QVERIFY(m_users->createFirstAdmin(QStringLiteral("dm.zhao"), kAdminPassword, &error));
    QCOMPARE(m_users->login(QStringLiteral("dm.zhao"), kAdminPassword, &m_admin),
             UserStore::LoginResult::Ok);
    QVERIFY(m_users->addUser(m_admin, QStringLiteral("li.na"), QStringLiteral("Li Na"),
                             Role::Nurse, kNursePassword, &error));
    QCOMPARE(m_users->login(QStringLiteral("li.na"), kNursePassword, &m_nurse),
             UserStore::LoginResult::Ok);
}

void TestAccounts::cleanup()
{
    m_users.reset();
    m_db.close();
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
}

QStringList TestAccounts::actions() const
{
    QStringList out;
    for (const AuditEntry &e : AuditLog(m_db).entries())
        out << e.action;
    return out;
}

void TestAccounts::reauthenticationChecksThePasswordWithoutALogin()
{
    const int before = actions().size();
    QCOMPARE(m_users->reauthenticate(m_nurse, kNursePassword, QStringLiteral("sign")),
             UserStore::LoginResult::Ok);
    QCOMPARE(actions().size(), before);  // success writes nothing
    QCOMPARE(m_users->reauthenticate(m_nurse, QStringLiteral("Maple-Harbor-2025"),
                                     QStringLiteral("sign")),
             UserStore::LoginResult::WrongPassword);
    const AuditEntry last = AuditLog(m_db).entries().last();
    QCOMPARE(last.action, QStringLiteral("reauth_failed"));
    QCOMPARE(last.userName, QStringLiteral("li.na"));
    QCOMPARE(last.field, QStringLiteral("sign"));
    QCOMPARE(last.reason, QStringLiteral("wrong_password"));
    QCOMPARE(m_users->user(QStringLiteral("li.na"))->failedAttempts, 1);
    // A success resets the count, as a login does.
    QCOMPARE(m_users->reauthenticate(m_nurse, kNursePassword, QStringLiteral("sign")),
             UserStore::LoginResult::Ok);
    QCOMPARE(m_users->user(QStringLiteral("li.na"))->failedAttempts, 0);
}

void TestAccounts::reauthenticationFailuresLockTheAccountForFifteenMinutes()
{
    const QDateTime start = m_clock.now;
    // Failures at login and at re-authentication add up.
    QCOMPARE(m_users->login(QStringLiteral("li.na"), QStringLiteral("wrong-one-1"), nullptr),
             UserStore::LoginResult::WrongPassword);
    for (int i = 2; i <= UserStore::maxFailedAttempts(); ++i)
        QCOMPARE(m_users->reauthenticate(m_nurse, QStringLiteral("wrong-one-%1").arg(i),
                                         QStringLiteral("unlock")),
                 UserStore::LoginResult::WrongPassword);
    QCOMPARE(m_users->user(QStringLiteral("li.na"))->lockedUntilUtc, start.addSecs(15 * 60));
    QCOMPARE(m_users->unlockScreen(m_nurse, kNursePassword), UserStore::LoginResult::LockedOut);
    QCOMPARE(m_users->login(QStringLiteral("li.na"), kNursePassword, nullptr),
             UserStore::LoginResult::LockedOut);
    m_clock.now = start.addSecs(15 * 60 - 1);
    QCOMPARE(m_users->reauthenticate(m_nurse, kNursePassword, QStringLiteral("sign")),
             UserStore::LoginResult::LockedOut);
    m_clock.now = start.addSecs(15 * 60);
    QCOMPARE(m_users->unlockScreen(m_nurse, kNursePassword), UserStore::LoginResult::Ok);
    QString problem;
    QCOMPARE(AuditLog(m_db).firstBrokenRow(&problem), std::optional<qint64>());
}

void TestAccounts::screenLockAndUnlockAreAudited()
{
    m_users->recordScreenLock(m_nurse);
    QCOMPARE(m_users->unlockScreen(m_nurse, QStringLiteral("not-the-password")),
             UserStore::LoginResult::WrongPassword);
    QCOMPARE(m_users->unlockScreen(m_nurse, kNursePassword), UserStore::LoginResult::Ok);
    const QList<AuditEntry> rows = AuditLog(m_db).entries();
    // user_add and site_grant, login, user_add and site_grant, login, then these
    QCOMPARE(rows.size(), 9);
    QCOMPARE(rows.at(6).action, QStringLiteral("screen_lock"));
    QCOMPARE(rows.at(6).userName, QStringLiteral("li.na"));
    QCOMPARE(rows.at(6).recordId, m_nurse.userId);
    QCOMPARE(rows.at(7).action, QStringLiteral("reauth_failed"));
    QCOMPARE(rows.at(7).field, QStringLiteral("unlock"));
    QCOMPARE(rows.at(8).action, QStringLiteral("screen_unlock"));
    QCOMPARE(rows.at(8).userName, QStringLiteral("li.na"));
    for (const AuditEntry &e : rows)
        QVERIFY(!QString(e.oldValue + e.newValue + e.reason + e.field).contains(kNursePassword));
}

void TestAccounts::unlockRefusesAnotherPasswordAndADisabledAccount()
{
    // The lock screen asks the locked session's own password, not any valid one.
    QCOMPARE(m_users->unlockScreen(m_nurse, kAdminPassword), UserStore::LoginResult::WrongPassword);
    QString error;
    QVERIFY(m_users->setDisabled(m_admin, QStringLiteral("li.na"), true, &error));
    QCOMPARE(m_users->unlockScreen(m_nurse, kNursePassword), UserStore::LoginResult::Disabled);
    Session ghost = m_nurse;
    ghost.userName = QStringLiteral("nobody");
    QCOMPARE(m_users->unlockScreen(ghost, kNursePassword), UserStore::LoginResult::UnknownUser);
}

void TestAccounts::ownPasswordChangeNeedsTheCurrentPassword()
{
    QString error;
    QVERIFY(!m_users->changeOwnPassword(m_nurse, QStringLiteral("Guessed-Wrong-1"),
                                        QStringLiteral("Brand-New-Phrase-1"), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_users->login(QStringLiteral("li.na"), kNursePassword, nullptr),
             UserStore::LoginResult::Ok);
    // The policy still applies to the new one.
    QVERIFY(!m_users->changeOwnPassword(m_nurse, kNursePassword, QStringLiteral("short"),
                                        &error));
    QVERIFY(error.contains(QLatin1String("10")));
    QVERIFY2(m_users->changeOwnPassword(m_nurse, kNursePassword,
                                        QStringLiteral("Brand-New-Phrase-1"), &error),
             qPrintable(error));
    QCOMPARE(m_users->login(QStringLiteral("li.na"), kNursePassword, nullptr),
             UserStore::LoginResult::WrongPassword);
    QCOMPARE(m_users->login(QStringLiteral("li.na"), QStringLiteral("Brand-New-Phrase-1"), nullptr),
             UserStore::LoginResult::Ok);
    QVERIFY(actions().contains(QStringLiteral("password_change")));
}

void TestAccounts::usersAreDisabledNeverDeleted()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM users WHERE user_name = 'li.na'")));
    if (m_db.isServer()) {
        // The workstation login holds no DELETE on users: refused before the trigger is asked
        // (the trigger's own refusal of the owner is tst_serverroles').
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    } else {
        QVERIFY2(q.lastError().text().contains(QLatin1String("never deleted")),
                 qPrintable(q.lastError().text()));
    }
    QCOMPARE(m_users->userCount(), 2);
    // Disabling keeps the account and its history; its name stays taken.
    QString error;
    QVERIFY(m_users->setDisabled(m_admin, QStringLiteral("li.na"), true, &error));
    QCOMPARE(m_users->userCount(), 2);
    QVERIFY(!m_users->addUser(m_admin, QStringLiteral("li.na"), {}, Role::Nurse,
                              QStringLiteral("Another-Nurse-77"), &error));
}

void TestAccounts::printedNameChangeIsAudited()
{
    QString error;
    QVERIFY2(m_users->setFullName(m_admin, QStringLiteral("li.na"), QStringLiteral(" 李娜 "), &error),
             qPrintable(error));
    QCOMPARE(m_users->user(QStringLiteral("li.na"))->fullName, QStringLiteral("李娜"));
    QVERIFY(m_users->setFullName(m_nurse, QStringLiteral("LI.NA"), QStringLiteral("Li Na (RN)"),
                                 &error));  // one's own
    QVERIFY(!m_users->setFullName(m_nurse, QStringLiteral("dm.zhao"), QStringLiteral("Boss"),
                                  &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_users->user(QStringLiteral("dm.zhao"))->fullName, QString());
    AuditFilter f;
    f.action = QStringLiteral("user_change");
    const QList<AuditEntry> rows = AuditLog(m_db).entries(f);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).userName, QStringLiteral("dm.zhao"));
    QCOMPARE(rows.at(0).field, QStringLiteral("full_name"));
    QCOMPARE(rows.at(0).oldValue, QStringLiteral("Li Na"));
    QCOMPARE(rows.at(0).newValue, QStringLiteral("李娜"));
    QCOMPARE(rows.at(1).userName, QStringLiteral("li.na"));
    QCOMPARE(rows.at(1).newValue, QStringLiteral("Li Na (RN)"));
}

void TestAccounts::newUserNameMustBeFree_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("taken, same case") << "li.na" << false;
    QTest::newRow("taken, other case") << "LI.NA" << false;
    QTest::newRow("taken, with spaces around") << "  li.na " << false;
    QTest::newRow("a free name") << "li.na2" << true;
    QTest::newRow("Chinese letters") << "李娜" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("SQL text") << "x'); DROP TABLE users;--" << false;
}

void TestAccounts::newUserNameMustBeFree()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QString error;
    QCOMPARE(m_users->addUser(m_admin, name, {}, Role::Monitor,
                              QStringLiteral("Long-Enough-Phrase-9"), &error),
             accepted);
    QCOMPARE(error.isEmpty(), accepted);
    QCOMPARE(m_users->userCount(), accepted ? 3 : 2);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
