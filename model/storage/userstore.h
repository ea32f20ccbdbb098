// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/session.h"

#include <QDateTime>
#include <QList>
#include <QVariant>
#include <QString>
#include <optional>

namespace trialcrf {

struct UserAccount {
    qint64 id = 0;
    QString userName;
    QString fullName;  ///< printed name for signatures
    Role role = Role::Nurse;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntilUtc;
};

/// User accounts: argon2id password hashes (libsodium crypto_pwhash_str), lockout after
/// repeated failures, every change audited. Passwords never leave this class in clear.
class UserStore {
public:
    enum class LoginResult { Ok, UnknownUser, WrongPassword, Disabled, LockedOut, Busy, Error };

    explicit UserStore(const Database &db, Clock clock = systemClock());

    int userCount() const;
    const Database &database() const { return m_db; }
    /// First data manager of a new database; refused when any user exists.
    bool createFirstAdmin(const QString &userName, const QString &password, QString *error);
    /// A new account and its sites, one transaction: `sites` may be empty while the study
    /// has one site (the account works there); see SiteStore for the rules of each role.
    bool addUser(const Session &by, const QString &userName, const QString &fullName, Role role,
                 const QString &password, QString *error, const QStringList &sites = {});
    bool changePassword(const Session &by, const QString &userName, const QString &newPassword,
                        QString *error);
    bool setDisabled(const Session &by, const QString &userName, bool disabled, QString *error);
    bool setRole(const Session &by, const QString &userName, Role role, QString *error);
    /// The printed name e-signatures show (data manager, or the user for themselves).
    bool setFullName(const Session &by, const QString &userName, const QString &fullName,
                     QString *error);

    /// Checks the password, counts failures, locks out, audits; on Ok fills *session.
    LoginResult login(const QString &userName, const QString &password, Session *session);
    /// Why the last login, re-authentication or unlock returned Error: the database's own
    /// words ("database or disk is full"), untranslated; empty after any other result.
    QString lastError() const { return m_lastError; }
    void logout(const Session &s);
    /// Re-checks a logged-in user's password (e-signatures, idle unlock) without a new session.
    bool verifyPassword(const QString &userName, const QString &password);
    /// Re-authenticates the logged-in user (e-signature, password change) like login(): a wrong
    /// password counts toward the lockout and is audited as "reauth_failed" (field `purpose`,
    /// reason the cause); success starts no session and writes no audit row.
    LoginResult reauthenticate(const Session &s, const QString &password, const QString &purpose);
    /// The idle lock covered this session's window: audited as "screen_lock".
    void recordScreenLock(const Session &s);
    /// The same user unlocks the covered window: reauthenticate() with purpose "unlock", and
    /// on success an audit row "screen_unlock".
    LoginResult unlockScreen(const Session &s, const QString &password);
    /// A user changes their own password, proving it with the current one.
    bool changeOwnPassword(const Session &s, const QString &oldPassword,
                           const QString &newPassword, QString *error);

    std::optional<UserAccount> user(const QString &userName) const;
    QList<UserAccount> users() const;

    /// Password policy: an empty list when acceptable, else untranslated reasons: source
    /// texts of the "Validation" context, shown with QCoreApplication::translate.
    static QStringList passwordProblems(const QString &userName, const QString &password);

    /// The lockout policy (security policy, fixed in code, not in the protocol file).
    static int maxFailedAttempts();
    static int lockoutMinutes();
    /// A name typed at a login as the audit trail keeps it: at most 64 characters, then
    /// "…[+N characters]".
    static QString auditedName(const QString &typed);

private:
    std::optional<UserAccount> find(const QString &userName, QString *passwordHash) const;
    /// The password check shared by login and re-authentication: audits okAction (unless
    /// empty) or failedAction with `purpose` as the field.
    LoginResult authenticate(const QString &userName, const QString &password,
                             const QString &okAction, const QString &failedAction,
                             const QString &purpose, Session *session);
    bool audit(const QString &by, const QString &action, qint64 userId, const QString &field,
               const QString &oldValue, const QString &newValue, const QString &reason,
               QString *error);
    bool checkManager(const Session &by, QString *error) const;
    /// The account `userName` when `by` may change it: a data manager any account, anyone
    /// their own when `ownAllowed`. nullopt with *error otherwise.
    std::optional<UserAccount> accountToChange(const Session &by, const QString &userName,
                                               bool ownAllowed, QString *error) const;
    /// What one account change writes to the audit trail.
    struct AccountChange {
        QString action, field, oldValue, newValue;
    };
    /// UPDATE users SET `assignments` (one value bound), the row version raised, with its
    /// audit row, in one transaction.
    bool changeAccount(const QString &by, qint64 userId, const QString &assignments,
                       const QVariant &value, const AccountChange &change, QString *error);
    /// False when this change would leave no enabled data manager.
    bool keepsAManager(const UserAccount &target, bool disabling, Role newRole,
                       QString *error) const;
    bool insertUser(const QString &by, const QString &userName, const QString &fullName,
                    Role role, const QString &password, const QStringList &sites,
                    QString *error);

    static constexpr int kMaxUserNameLength = 64;

    const Database &m_db;
    Clock m_clock;
    QString m_lastError;
    AuditLog m_audit;
};

}  // namespace trialcrf
