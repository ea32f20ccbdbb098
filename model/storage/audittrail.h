// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/session.h"

#include <QList>
#include <functional>
#include <optional>

namespace trialcrf {

/// The audit trail as a logged-in user reads it (the audit viewer, its CSV export): the
/// role must be allowed ReadAudit (the permission table), checked here in model/ and not only
/// by the menu that opens the viewer.
class AuditTrail {
public:
    explicit AuditTrail(const Database &db);

    /// The matching rows; nullopt when the role may not read the audit trail or on an SQL
    /// error (*error says which).
    std::optional<QList<AuditEntry>> entries(const Session &s, const AuditFilter &filter,
                                             QString *error = nullptr) const;
    /// Streams the matching rows in seq order (`fn` returns false to stop). False when the
    /// role may not read the audit trail or on an SQL error.
    bool forEachEntry(const Session &s, const AuditFilter &filter,
                      const std::function<bool(const AuditEntry &)> &fn,
                      QString *error = nullptr) const;
    /// The distinct user and table names found in the trail (for the viewer's filters).
    std::optional<QStringList> userNames(const Session &s, QString *error = nullptr) const;
    std::optional<QStringList> tableNames(const Session &s, QString *error = nullptr) const;

private:
    bool allowed(const Session &s, QString *error) const;
    std::optional<QStringList> distinct(const Session &s, const QString &column,
                                        QString *error) const;

    const Database &m_db;
};

}  // namespace trialcrf
