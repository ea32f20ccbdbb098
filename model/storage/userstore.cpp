// SPDX-License-Identifier: Apache-2.0
#include "storage/userstore.h"

#include "storage/passwordhash.h"
#include "storage/rowreader.h"
#include "storage/sitestore.h"
#include "storage/sodiumready.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {

// Security policy, kept here in one place (not in the protocol file: it is not a study rule).
// After kMaxFailedAttempts wrong passwords in a row the account is locked for kLockoutMinutes;
// a successful login resets the count. Passwords need kMinPasswordLength characters.
constexpr int kMaxFailedAttempts = 5;
constexpr int kLockoutMinutes = 15;
constexpr int kMinPasswordLength = 10;  // keep in step with the policy message below

const QString kUsers = QStringLiteral("users");

bool setError(QString *error, const char *source)
{
    if (error)
        *error = QCoreApplication::translate("Validation", source);
    return false;
}

bool setSqlError(QString *error, const QSqlError &e)
{
    if (error)
        *error = Database::describe(e);
    return false;
}

const QString kSelect = QStringLiteral(
    "SELECT id, user_name, full_name, role, password_hash, disabled, failed_attempts, "
    "locked_until FROM users");

UserAccount readAccount(const RowReader &r)
{
    UserAccount a;
    a.id = r.id(QStringLiteral("id"));
    a.userName = r.text(QStringLiteral("user_name"));
    a.fullName = r.text(QStringLiteral("full_name"));
    a.role = roleFromCode(r.text(QStringLiteral("role"))).value_or(Role::Monitor);
    a.disabled = r.flag(QStringLiteral("disabled"));
    a.failedAttempts = r.integer(QStringLiteral("failed_attempts")).value_or(0);
    a.lockedUntilUtc = r.timestamp(QStringLiteral("locked_until"));
    return a;
}

}  // namespace

UserStore::UserStore(const Database &db, Clock clock)
    : m_db(db), m_clock(std::move(clock)), m_audit(db, m_clock)
{
    sodiumReady();
}

int UserStore::maxFailedAttempts()
{
    return kMaxFailedAttempts;
}

int UserStore::lockoutMinutes()
{
    return kLockoutMinutes;
}

QStringList UserStore::passwordProblems(const QString &userName, const QString &password)
{
    QStringList problems;
    if (password.size() < kMinPasswordLength)
        problems << QString::fromLatin1(QT_TRANSLATE_NOOP(
            "Validation", "The password must be at least 10 characters long."));
    const QString name = userName.trimmed();
    if (!name.isEmpty() && password.contains(name, Qt::CaseInsensitive))
        problems << QString::fromLatin1(
            QT_TRANSLATE_NOOP("Validation", "The password must not contain the user name."));
    return problems;
}

std::optional<UserAccount> UserStore::find(const QString &userName, QString *passwordHash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE lower(user_name) = lower(?)"));
    q.addBindValue(userName.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    const RowReader r(q);
    if (passwordHash)
        *passwordHash = r.text(QStringLiteral("password_hash"));
    return readAccount(r);
}

std::optional<UserAccount> UserStore::user(const QString &userName) const
{
    return find(userName, nullptr);
}

QList<UserAccount> UserStore::users() const
{
    QList<UserAccount> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY user_name")))
        return out;
    const RowReader r(q);
    while (q.next())
        out << readAccount(r);
    return out;
}

int UserStore::userCount() const
{
    return int(m_db.number(QStringLiteral("SELECT count(*) FROM users")));
}

QString UserStore::auditedName(const QString &typed)
{
    // Whatever was typed at the login is kept for the record, but not without bound: the
    // first kMaxUserNameLength characters and how many more there were.
    const QString name = typed.trimmed();
    if (name.size() <= kMaxUserNameLength)
        return name;
    return name.left(kMaxUserNameLength)
           + QStringLiteral("…[+%1 characters]").arg(name.size() - kMaxUserNameLength);
}

bool UserStore::audit(const QString &by, const QString &action, qint64 userId,
                      const QString &field, const QString &oldValue, const QString &newValue,
                      const QString &reason, QString *error)
{
    AuditEntry e;
    e.atUtc = m_clock();
    e.userName = by;
    e.action = action;
    e.tableName = kUsers;
    e.recordId = userId;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.reason = reason;
    return m_audit.append(e, error);
}

bool UserStore::checkManager(const Session &by, QString *error) const
{
    if (by.may(Action::ManageUsers))
        return true;
    return setError(error, QT_TRANSLATE_NOOP("Validation", "Only a data manager may manage users."));
}

std::optional<UserAccount> UserStore::accountToChange(const Session &by, const QString &userName,
                                                      bool ownAllowed, QString *error) const
{
    std::optional<UserAccount> target = find(userName, nullptr);
    const bool own = ownAllowed && target
        && target->userName.compare(by.userName, Qt::CaseInsensitive) == 0;
    if (!own && !checkManager(by, error))
        return std::nullopt;
    if (!target)
        setError(error, QT_TRANSLATE_NOOP("Validation", "There is no such user."));
    return target;
}

bool UserStore::changeAccount(const QString &by, qint64 userId, const QString &assignments,
                              const QVariant &value, const AccountChange &change, QString *error)
{
    Transaction t(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE users SET %1, version = version + 1 WHERE id = ?")
                  .arg(assignments));
    q.addBindValue(value);
    q.addBindValue(userId);
    if (!t.isActive() || !q.exec())
        return setSqlError(error, q.lastError());
    if (!audit(by, change.action, userId, change.field, change.oldValue, change.newValue, {},
               error))
        return false;
    return t.commit() || setSqlError(error, m_db.connection().lastError());
}

bool UserStore::keepsAManager(const UserAccount &target, bool disabling, Role newRole,
                              QString *error) const
{
    const bool wasActiveManager = target.role == Role::DataManager && !target.disabled;
    const bool staysActiveManager = newRole == Role::DataManager && !disabling;
    if (!wasActiveManager || staysActiveManager)
        return true;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND disabled = 0"
                             " AND id <> ?"));
    q.addBindValue(roleCode(Role::DataManager));
    q.addBindValue(target.id);
    if (!q.exec() || !q.next())
        return setSqlError(error, q.lastError());
    if (q.value(0).toInt() > 0)
        return true;
    return setError(error, QT_TRANSLATE_NOOP("Validation",
                                             "The study needs at least one active data manager."));
}

bool UserStore::changePassword(const Session &by, const QString &userName,
                               const QString &newPassword, QString *error)
{
    const std::optional<UserAccount> target = accountToChange(by, userName, true, error);
    if (!target)
        return false;
    const QStringList problems = passwordProblems(target->userName, newPassword);
    if (!problems.isEmpty())
        return setError(error, problems.first().toLatin1().constData());
    const QString hash = hashPassword(newPassword);
    if (hash.isEmpty())
        return setError(error, QT_TRANSLATE_NOOP("Validation", "The password could not be hashed."));

    // A new password also ends a lockout.
    return changeAccount(by.userName, target->id,
                         QStringLiteral("password_hash = ?, failed_attempts = 0,"
                                        " locked_until = NULL"),
                         hash, {QStringLiteral("password_change"), {}, {}, {}}, error);
}

bool UserStore::setDisabled(const Session &by, const QString &userName, bool disabled,
                            QString *error)
{
    const std::optional<UserAccount> target = accountToChange(by, userName, false, error);
    if (!target)
        return false;
    if (target->disabled == disabled)
        return true;
    if (disabled && target->userName.compare(by.userName, Qt::CaseInsensitive) == 0)
        return setError(error,
                        QT_TRANSLATE_NOOP("Validation", "You cannot disable your own account."));
    if (!keepsAManager(*target, disabled, target->role, error))
        return false;

    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    return changeAccount(by.userName, target->id, QStringLiteral("disabled = ?"), disabled ? 1 : 0,
                         {disabled ? QStringLiteral("user_disable") : QStringLiteral("user_enable"),
                          QStringLiteral("disabled"), yesNo(!disabled), yesNo(disabled)},
                         error);
}

bool UserStore::setRole(const Session &by, const QString &userName, Role role, QString *error)
{
    const std::optional<UserAccount> target = accountToChange(by, userName, false, error);
    if (!target)
        return false;
    if (target->role == role)
        return true;
    if (!keepsAManager(*target, target->disabled, role, error))
        return false;
    if (!SiteStore::roleFits(m_db, target->id, role, error))
        return false;
    return changeAccount(by.userName, target->id, QStringLiteral("role = ?"), roleCode(role),
                         {QStringLiteral("role_change"), QStringLiteral("role"),
                          roleCode(target->role), roleCode(role)},
                         error);
}

bool UserStore::setFullName(const Session &by, const QString &userName, const QString &fullName,
                            QString *error)
{
    const std::optional<UserAccount> target = accountToChange(by, userName, true, error);
    if (!target)
        return false;
    const QString name = fullName.trimmed();
    if (name == target->fullName)
        return true;

    return changeAccount(by.userName, target->id, QStringLiteral("full_name = ?"), name,
                         {QStringLiteral("user_change"), QStringLiteral("full_name"),
                          target->fullName, name},
                         error);
}

UserStore::LoginResult UserStore::login(const QString &userName, const QString &password,
                                        Session *session)
{
    return authenticate(userName, password, QStringLiteral("login"), QStringLiteral("login_failed"),
                        {}, session);
}

UserStore::LoginResult UserStore::reauthenticate(const Session &s, const QString &password,
                                                 const QString &purpose)
{
    return authenticate(s.userName, password, {}, QStringLiteral("reauth_failed"), purpose,
                        nullptr);
}

UserStore::LoginResult UserStore::authenticate(const QString &userName, const QString &password,
                                               const QString &okAction,
                                               const QString &failedAction,
                                               const QString &purpose, Session *session)
{
    QString hash;
    const std::optional<UserAccount> account = find(userName, &hash);
    const QDateTime now = m_clock().toUTC();
    // The password check runs outside the write lock: argon2id takes a while on purpose.
    const bool matches = passwordMatches(account ? hash : dummyHash(), password);

    m_lastError.clear();
    // Why a login could not be recorded (a full disk, a damaged file): the caller says it.
    const auto error = [this](const QString &detail) {
        m_lastError = detail;
        return LoginResult::Error;
    };
    Transaction t(m_db);
    if (!t.isActive())
        return t.isBusy() ? LoginResult::Busy : error(t.errorString());
    const auto failed = [&](LoginResult result, const QString &cause) {
        QString why;
        if (!audit(account ? account->userName : auditedName(userName), failedAction,
                   account ? account->id : 0, purpose, {}, {}, cause, &why))
            return error(why);
        if (!t.commit())
            return error(t.errorString());
        return result;
    };
    if (!account)
        return failed(LoginResult::UnknownUser, QStringLiteral("unknown_user"));
    if (account->disabled)
        return failed(LoginResult::Disabled, QStringLiteral("disabled"));
    if (account->lockedUntilUtc.isValid() && now < account->lockedUntilUtc)
        return failed(LoginResult::LockedOut, QStringLiteral("locked_out"));

    QSqlQuery q(m_db.connection());
    const auto sqlError = [&] { return error(Database::describe(q.lastError())); };
    if (!matches) {
        // Counted in SQL, so two workstations guessing at once both count.
        q.prepare(QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1"
                                 " WHERE id = ?"));
        q.addBindValue(account->id);
        if (!q.exec())
            return sqlError();
        q.prepare(QStringLiteral("SELECT failed_attempts FROM users WHERE id = ?"));
        q.addBindValue(account->id);
        if (!q.exec() || !q.next())
            return sqlError();
        const int attempts = q.value(0).toInt();
        q.finish();
        if (attempts < kMaxFailedAttempts)
            return failed(LoginResult::WrongPassword, QStringLiteral("wrong_password"));
        q.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = ?"
                                 " WHERE id = ?"));
        q.addBindValue(AuditLog::formatTime(now.addSecs(qint64(kLockoutMinutes) * 60)));
        q.addBindValue(account->id);
        if (!q.exec())
            return sqlError();
        return failed(LoginResult::WrongPassword, QStringLiteral("wrong_password_locked_out"));
    }

    q.prepare(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL"
                             " WHERE id = ?"));
    q.addBindValue(account->id);
    if (!q.exec())
        return sqlError();
    QString why;
    if (!okAction.isEmpty()
        && !audit(account->userName, okAction, account->id, purpose, {}, {}, {}, &why))
        return error(why);
    if (!t.commit())
        return error(t.errorString());
    if (session) {
        session->userId = account->id;
        session->userName = account->userName;
        session->role = account->role;
        session->siteCodes = SiteStore::userSites(m_db, account->id).value_or(QStringList());
    }
    return LoginResult::Ok;
}

void UserStore::logout(const Session &s)
{
    audit(s.userName, QStringLiteral("logout"), s.userId, {}, {}, {}, {}, nullptr);
}

void UserStore::recordScreenLock(const Session &s)
{
    audit(s.userName, QStringLiteral("screen_lock"), s.userId, {}, {}, {}, {}, nullptr);
}

UserStore::LoginResult UserStore::unlockScreen(const Session &s, const QString &password)
{
    return authenticate(s.userName, password, QStringLiteral("screen_unlock"),
                        QStringLiteral("reauth_failed"), QStringLiteral("unlock"), nullptr);
}

bool UserStore::changeOwnPassword(const Session &s, const QString &oldPassword,
                                  const QString &newPassword, QString *error)
{
    const LoginResult checked = reauthenticate(s, oldPassword, QStringLiteral("password_change"));
    if (checked != LoginResult::Ok) {
        if (checked == LoginResult::LockedOut)
            return setError(error, QT_TRANSLATE_NOOP("Validation",
                                                     "Too many wrong passwords: the account is "
                                                     "locked for a while."));
        return setError(error,
                        QT_TRANSLATE_NOOP("Validation", "The current password is not correct."));
    }
    return changePassword(s, s.userName, newPassword, error);
}

bool UserStore::verifyPassword(const QString &userName, const QString &password)
{
    QString hash;
    const std::optional<UserAccount> account = find(userName, &hash);
    const bool matches = passwordMatches(account ? hash : dummyHash(), password);
    if (!account || account->disabled)
        return false;
    if (account->lockedUntilUtc.isValid() && m_clock().toUTC() < account->lockedUntilUtc)
        return false;
    return matches;
}

}  // namespace trialcrf
