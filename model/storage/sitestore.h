// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/session.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace trialcrf {

/// A site (hospital) of the study. Its code is what subjects and users refer to.
struct Site {
    qint64 id = 0;
    QString code, name;
};

/// The sites of the study and who works at which (the link table user_sites). Adding a site
/// and giving users their sites are the data manager's (ManageUsers), each one transaction
/// with its audit rows:
///
///   action       table       record_id  field      old_value  new_value
///   site_add     sites       site       —          —          {"code": …, "name": …}
///   site_grant   user_sites  user       site_code  —          the code
///   site_revoke  user_sites  user       site_code  the code   —
///
/// A nurse or physician works at exactly one site; a monitor or data manager at one or more.
/// A data manager who adds a site is given it in the same transaction.
class SiteStore {
public:
    explicit SiteStore(const Database &db, Clock clock = systemClock());

    /// Every site, in the order they were added (the first is the study's own, from the
    /// protocol file). Empty with *error on an SQL error.
    QList<Site> sites(QString *error = nullptr) const;
    static QStringList codes(const Database &db, QString *error = nullptr);

    /// A new site. The code: 1–20 letters, digits or '-'; the name: not empty; both unique.
    bool addSite(const Session &by, const QString &code, const QString &name, QString *error);
    /// Makes `codes` the sites of `userName`: a grant row for each new one, a revoke row for
    /// each dropped one, in one transaction; refused when the role may not have them.
    bool setUserSites(const Session &by, const QString &userName, const QStringList &codes,
                      QString *error);
    /// One more site, or one less, for `userName` (the same rules as setUserSites).
    bool grant(const Session &by, const QString &userName, const QString &code, QString *error);
    bool revoke(const Session &by, const QString &userName, const QString &code, QString *error);
    /// The sites of a new account of `role`: the given codes, or the study's one site when
    /// none is given and it has one; false with *error when the role may not have them.
    bool chooseNewUserSites(Role role, const QStringList &wanted, QStringList *chosen,
                            QString *error) const;
    /// Grants a new account its chosen sites, inside the transaction that inserts it.
    bool grantNewUser(const QString &by, qint64 userId, const QStringList &chosen,
                      QString *error)
    {
        return writeChanges(by, userId, {}, chosen, error);
    }

    /// The codes of a user's sites, sorted; nullopt on an SQL error.
    static std::optional<QStringList> userSites(const Database &db, qint64 userId,
                                                QString *error = nullptr);
    QStringList userSites(const QString &userName) const;

    /// Why `codes` cannot be the sites of a user of `role`; empty when they can. Untranslated
    /// source texts of the "Validation" context.
    static QString assignmentProblem(Role role, const QStringList &codes,
                                     const QStringList &existing);
    /// Whether the account `userId` may take `role` with the sites it has: a nurse or
    /// physician works at exactly one, so a role that narrows waits until the account has
    /// one (its sites are never dropped silently).
    static bool roleFits(const Database &db, qint64 userId, Role role, QString *error);
    /// The SQL condition that keeps the rows of the session's sites (`column` names the site
    /// code), its values appended to *values; empty for a session without a limit.
    static QString siteCondition(const Session &s, const QString &column, QVariantList *values);
    /// The codes of the subjects of the session's sites in *out; nullopt there for a session
    /// without a limit (nothing read). False with *error on an SQL error.
    static bool subjectCodes(const Database &db, const Session &s,
                             std::optional<QSet<QString>> *out, QString *error);
    /// Whether the subject `subjectId` is at one of the session's sites; nullopt with *error
    /// on an SQL error (an unknown subject: false).
    static std::optional<bool> maySubject(const Database &db, const Session &s, qint64 subjectId,
                                          QString *error);
    /// The number of subjects per site code the session may see.
    std::optional<QMap<QString, int>> subjectCounts(const Session &s, QString *error) const;

private:
    /// Writes the grants and revokes that turn `from` into `to` for user `userId`.
    bool writeChanges(const QString &by, qint64 userId, const QStringList &from,
                      const QStringList &to, QString *error);

    const Database &m_db;
    Clock m_clock;
    AuditLog m_audit;
};

}  // namespace trialcrf
