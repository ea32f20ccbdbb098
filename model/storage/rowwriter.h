// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/row.h"
#include "storage/saveresult.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>

namespace trialcrf {

/// Who writes, when, about which subject and why: the audit context of one save.
struct WriteContext {
    const Database *db = nullptr;
    AuditLog *audit = nullptr;
    QString userName;
    QDateTime now;        ///< UTC; one instant for every row of the save
    QString subjectCode;  ///< for the audit rows
    QString reason;       ///< reason for change (may be empty for an insert)
    /// Whether changing a recorded value without a reason is refused. Not for rows that
    /// follow from a save (the deviation log) or that are themselves an explanation.
    bool correctionNeedsReason = true;
};

/// How to report a taken unique key: the field it belongs to and a Validation message.
struct UniqueKey {
    QString field;
    const char *source = nullptr;  ///< QT_TRANSLATE_NOOP("Validation", …) with %1
    QStringList args;
};

/// The generic write path every repository shares, run inside the caller's transaction:
/// INSERT with version 1 and one "insert" audit row carrying the record as JSON, or UPDATE of
/// the changed columns guarded by the version, with one "update" audit row per changed field.
/// Table and column names come from the repositories' constants; values are always bound.
class RowWriter {
public:
    /// The audit row's new_value is `auditJson()` when given, else `row.insertJson()`.
    static SaveResult insert(const WriteContext &ctx, const QString &table, const Row &row,
                             const UniqueKey &key, qint64 *id,
                             const std::function<QString()> &auditJson = {});
    /// Writes what differs between `before` and `after` (same columns, same order). When
    /// nothing differs nothing is written and *changed is false. A row whose version is no
    /// longer `version` gives Stale.
    static SaveResult update(const WriteContext &ctx, const QString &table, qint64 id,
                             int version, const Row &before, const Row &after,
                             const UniqueKey &key, bool *changed);
    /// Stale, naming who last wrote the row and when (Stale without them if it is gone).
    static SaveResult stale(const WriteContext &ctx, const QString &table, qint64 id);
    /// One audit row about this record (lock, unlock, …).
    static SaveResult audit(const WriteContext &ctx, const QString &action, const QString &table,
                            qint64 id, const QString &field, const QString &oldValue,
                            const QString &newValue);
    static SaveResult sqlError(const QString &what, const QSqlError &error);
    static SaveResult conflict(const UniqueKey &key);
};

}  // namespace trialcrf
