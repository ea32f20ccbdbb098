// SPDX-License-Identifier: Apache-2.0
#include "storage/audittrail.h"

#include "storage/database.h"
#include "storage/sitestore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

AuditTrail::AuditTrail(const Database &db) : m_db(db) {}

bool AuditTrail::allowed(const Session &s, QString *error) const
{
    if (s.may(Action::ReadAudit))
        return true;
    if (error)
        *error = QStringLiteral("%1 (%2) may not read the audit trail")
                     .arg(s.userName, roleCode(s.role));
    return false;
}

std::optional<QList<AuditEntry>> AuditTrail::entries(const Session &s, const AuditFilter &filter,
                                                     QString *error) const
{
    if (!allowed(s, error))
        return std::nullopt;
    QList<AuditEntry> out;
    const bool ok = forEachEntry(
        s, filter,
        [&out](const AuditEntry &e) {
            out << e;
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return out;
}

bool AuditTrail::forEachEntry(const Session &s, const AuditFilter &filter,
                              const std::function<bool(const AuditEntry &)> &fn,
                              QString *error) const
{
    // A reader limited to some sites: the rows about their subjects, and those about no
    // subject (logins, accounts, sites).
    std::optional<QSet<QString>> mine;
    if (!allowed(s, error) || !SiteStore::subjectCodes(m_db, s, &mine, error))
        return false;
    return AuditLog(m_db).forEachEntry(
        filter,
        [&](const AuditEntry &e) {
            return (mine && !e.subjectCode.isEmpty() && !mine->contains(e.subjectCode)) || fn(e);
        },
        error);
}

std::optional<QStringList> AuditTrail::distinct(const Session &s, const QString &column,
                                                QString *error) const
{
    if (!allowed(s, error))
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The column name is one of ours (userNames / tableNames), never user input.
    if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log WHERE %1 IS NOT NULL"
                               " AND %1 <> '' ORDER BY %1")
                    .arg(column))) {
        if (error)
            *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::optional<QStringList> AuditTrail::userNames(const Session &s, QString *error) const
{
    return distinct(s, QStringLiteral("user_name"), error);
}

std::optional<QStringList> AuditTrail::tableNames(const Session &s, QString *error) const
{
    return distinct(s, QStringLiteral("table_name"), error);
}

}  // namespace trialcrf
