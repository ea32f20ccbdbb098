// SPDX-License-Identifier: Apache-2.0
#include "storage/importedmonitoring.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/monitoringsql.h"
#include "storage/querystore.h"
#include "storage/sqldialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf::importedmonitoring {

namespace {

bool exec(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    *error = Database::describe(q.lastError());
    return false;
}

}  // namespace

bool noQueries(const Database &db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM queries)"
                                 " AND NOT EXISTS (SELECT 1 FROM query_messages)"))
           && q.next() && q.value(0).toBool();
}

bool writeThread(const Database &db, const Clock &clock, const Session &importer,
                 const QString &reason, const Thread &thread, bool keepIds, QString *error)
{
    if (thread.messages.isEmpty()) {
        *error = QStringLiteral("a query without messages");
        return false;
    }
    QString state = QueryStore::stateOpen();
    for (const Message &m : thread.messages)
        state = QueryStore::stateAfter(m.kind);
    const Message &first = thread.messages.first();
    const Message &last = thread.messages.last();
    QSqlQuery q(db.connection());
    // Without kept ids the table's id generator numbers the query (an explicit NULL would be
    // refused on a server).
    q.prepare(SqlDialect::returningId(
        db.connection(),
        QStringLiteral("INSERT INTO queries (%1subject_id, record_table, record_key, field, state,"
                       " raised_by, raised_at, version, updated_at, updated_by)"
                       " VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(keepIds ? QStringLiteral("id, ") : QString(),
                 keepIds ? QStringLiteral("?, ") : QString())));
    QVariantList values{thread.ref.subjectId, thread.ref.table,
                        monitoringsql::notNull(thread.ref.recordKey),
                        monitoringsql::notNull(thread.ref.field), state, first.author,
                        AuditLog::formatTime(first.atUtc), int(thread.messages.size()),
                        AuditLog::formatTime(last.atUtc), last.author};
    if (keepIds)
        values.prepend(thread.id);
    if (!exec(q, values, error))
        return false;
    const qint64 queryId = SqlDialect::insertedId(q);
    if (keepIds && !SqlDialect::syncGeneratedIds(db.connection(), QStringLiteral("queries"), error))
        return false;
    QString before;
    for (const Message &m : thread.messages) {
        Session author;
        author.userName = m.author;
        monitoringsql::Message message{queryId, m.kind, author, m.text, 0,
                                       monitoringsql::ImportedFrom{importer.userName, reason,
                                                                   m.authorRole, m.atUtc,
                                                                   keepIds ? m.id : 0}};
        const QString after = QueryStore::stateAfter(m.kind);
        if (!monitoringsql::writeMessage(db, clock, thread.subjectCode, thread.ref, before, after,
                                         message, error))
            return false;
        before = after;
    }
    return true;
}

bool writeMark(const Database &db, const Clock &clock, const Session &importer,
               const QString &reason, const Mark &mark, QString *error)
{
    const QString at = AuditLog::formatTime(mark.atUtc);
    QSqlQuery q(db.connection());
    q.prepare(SqlDialect::returningId(db.connection(), QStringLiteral(
        "INSERT INTO sdv_marks (subject_id, record_table, record_key, field, verified,"
        " content_hash, by_user, by_role, at_utc) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)")));
    if (!exec(q,
              {mark.ref.subjectId, mark.ref.table, monitoringsql::notNull(mark.ref.recordKey),
               mark.ref.field, mark.contentHash, mark.byUser, mark.byRole, at},
              error))
        return false;
    const QJsonObject what{{QStringLiteral("record_table"), mark.ref.table},
                           {QStringLiteral("record_key"), mark.ref.recordKey},
                           {QStringLiteral("field"), mark.ref.field},
                           {QStringLiteral("verified"), true},
                           {QStringLiteral("role"), mark.byRole},
                           {QStringLiteral("content_hash"), mark.contentHash},
                           {QStringLiteral("by_user"), mark.byUser},
                           {QStringLiteral("at_utc"), at}};
    AuditEntry e;
    e.atUtc = clock().toUTC();
    e.userName = importer.userName;
    e.action = QStringLiteral("sdv_mark");
    e.tableName = QStringLiteral("sdv_marks");
    e.recordId = SqlDialect::insertedId(q);
    e.subjectCode = mark.subjectCode;
    e.field = mark.ref.field;
    e.newValue = QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact));
    e.reason = reason;
    return AuditLog(db, clock).append(e, error);
}

}  // namespace trialcrf::importedmonitoring
