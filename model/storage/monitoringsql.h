// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/monitoredfields.h"
#include "storage/session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace trialcrf {

class Database;
struct QueryMessage;

/// The SQL QueryStore and SdvStore share: who last wrote a field, the audit rows of a
/// field's changes, and a query message written with its audit row.
namespace monitoringsql {

/// `text` as a bound value: empty, never NULL (the NOT NULL text columns).
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// The user who last wrote `column` of the record (its insert or its latest update; any
/// column when `column` is empty); empty when the audit trail has none.
QString lastWriter(const Database &db, const QString &table, qint64 recordId,
                   const QString &column);
/// The role code of a user; empty when unknown.
QString roleOf(const Database &db, const QString &userName);
/// The latest audit row that changed `column` of the record (any column when empty) after
/// audit row `afterSeq`; 0 when none.
qint64 latestChange(const Database &db, const QString &table, qint64 recordId,
                    const QString &column, qint64 afterSeq);
/// The audit row that wrote query message `messageId`; 0 when none.
qint64 messageAuditSeq(const Database &db, qint64 messageId);

/// A message read from another database's export: written with its own author, role and
/// time; its audit row is the importing user's, with `reason`, and holds the original author
/// and time (which verify compares the row with). `id` keeps the exported id (0: a new one).
struct ImportedFrom {
    QString importedBy;
    QString reason;
    QString role;
    QDateTime atUtc;
    qint64 id = 0;
};

struct Message {
    qint64 queryId = 0;
    QString kind;
    Session author;  ///< for an imported message only userName counts (see ImportedFrom)
    QString text;
    qint64 auditSeq = 0;
    std::optional<ImportedFrom> imported;
};
/// Inserts the message and its audit row (action query_<kind>, table query_messages, the
/// state before as old value, the message as JSON new value, its text as reason) in the
/// caller's transaction.
bool writeMessage(const Database &db, const Clock &clock, const QString &subjectCode,
                  const FieldRef &ref, const QString &stateBefore, const QString &stateAfter,
                  const Message &m, QString *error);
/// The thread of one query, oldest first, with each linked change's old and new value.
bool readMessages(const Database &db, qint64 queryId, QList<QueryMessage> *out, QString *error);

}  // namespace monitoringsql

}  // namespace trialcrf
