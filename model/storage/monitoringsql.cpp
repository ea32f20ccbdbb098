// SPDX-License-Identifier: Apache-2.0
#include "storage/monitoringsql.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/querystore.h"
#include "storage/sqldialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf::monitoringsql {

namespace {

QVariant scalar(const Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

}  // namespace

QString lastWriter(const Database &db, const QString &table, qint64 recordId,
                   const QString &column)
{
    return scalar(db,
                  QStringLiteral("SELECT user_name FROM audit_log WHERE table_name = ?"
                                 " AND record_id = ? AND (action = 'insert'"
                                 "  OR (action = 'update' AND (? = '' OR field = ?)))"
                                 " ORDER BY seq DESC LIMIT 1"),
                  {table, recordId, column, column})
        .toString();
}

QString roleOf(const Database &db, const QString &userName)
{
    return scalar(db, QStringLiteral("SELECT role FROM users WHERE user_name = ?"), {userName})
        .toString();
}

qint64 latestChange(const Database &db, const QString &table, qint64 recordId,
                    const QString &column, qint64 afterSeq)
{
    return scalar(db,
                  QStringLiteral("SELECT seq FROM audit_log WHERE table_name = ?"
                                 " AND record_id = ? AND action = 'update' AND seq > ?"
                                 " AND (? = '' OR field = ?) ORDER BY seq DESC LIMIT 1"),
                  {table, recordId, afterSeq, column, column})
        .toLongLong();
}

qint64 messageAuditSeq(const Database &db, qint64 messageId)
{
    return scalar(db,
                  QStringLiteral("SELECT seq FROM audit_log WHERE table_name = 'query_messages'"
                                 " AND record_id = ? ORDER BY seq LIMIT 1"),
                  {messageId})
        .toLongLong();
}

bool writeMessage(const Database &db, const Clock &clock, const QString &subjectCode,
                  const FieldRef &ref, const QString &stateBefore, const QString &stateAfter,
                  const Message &m, QString *error)
{
    const QDateTime now = clock().toUTC();
    const ImportedFrom *from = m.imported ? &*m.imported : nullptr;
    const QString role = from ? from->role : roleCode(m.author.role);
    const QString at = AuditLog::formatTime(from ? from->atUtc : now);
    QSqlQuery q(db.connection());
    // A new message's id comes from the table's id generator (an explicit NULL would be
    // refused on a server); an imported one keeps its own.
    const bool keepId = from && from->id;
    q.prepare(SqlDialect::returningId(
        db.connection(),
        QStringLiteral("INSERT INTO query_messages (%1query_id, kind, author, author_role,"
                       " at_utc, text, audit_seq) VALUES (%2?, ?, ?, ?, ?, ?, ?)")
            .arg(keepId ? QStringLiteral("id, ") : QString(),
                 keepId ? QStringLiteral("?, ") : QString())));
    const QVariant noId{QMetaType(QMetaType::LongLong)};
    if (keepId)
        q.addBindValue(from->id);
    for (const QVariant &v :
         QVariantList{m.queryId, m.kind, m.author.userName, role, at, notNull(m.text),
                      m.auditSeq ? QVariant(m.auditSeq) : noId})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    const qint64 messageId = SqlDialect::insertedId(q);
    if (keepId
        && !SqlDialect::syncGeneratedIds(db.connection(), QStringLiteral("query_messages"), error))
        return false;
    QJsonObject what{{QStringLiteral("query_id"), m.queryId},
                     {QStringLiteral("record_table"), ref.table},
                     {QStringLiteral("record_key"), ref.recordKey},
                     {QStringLiteral("field"), ref.field},
                     {QStringLiteral("kind"), m.kind},
                     {QStringLiteral("role"), role},
                     {QStringLiteral("state"), stateAfter},
                     {QStringLiteral("text"), m.text}};
    if (m.auditSeq)
        what.insert(QStringLiteral("audit_seq"), m.auditSeq);
    if (from) {
        what.insert(QStringLiteral("author"), m.author.userName);
        what.insert(QStringLiteral("at_utc"), at);
    }
    AuditEntry e;
    e.atUtc = now;
    e.userName = from ? from->importedBy : m.author.userName;
    e.action = QStringLiteral("query_") + m.kind;
    e.tableName = QStringLiteral("query_messages");
    e.recordId = messageId;
    e.subjectCode = subjectCode;
    e.field = ref.field;
    e.oldValue = stateBefore;
    e.newValue = QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact));
    e.reason = from ? from->reason : m.text;
    return AuditLog(db, clock).append(e, error);
}

bool readMessages(const Database &db, qint64 queryId, QList<QueryMessage> *out, QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.id, m.kind, m.author, m.author_role, m.at_utc, m.text, m.audit_seq,"
        " a.old_value, a.new_value FROM query_messages m"
        " LEFT JOIN audit_log a ON a.seq = m.audit_seq WHERE m.query_id = ? ORDER BY m.id"));
    q.addBindValue(queryId);
    if (!q.exec()) {
        if (error)
            *error = Database::describe(q.lastError());
        return false;
    }
    while (q.next()) {
        QueryMessage m;
        m.id = q.value(0).toLongLong();
        m.queryId = queryId;
        m.kind = q.value(1).toString();
        m.author = q.value(2).toString();
        m.authorRole = q.value(3).toString();
        m.atUtc = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        m.text = q.value(5).toString();
        m.auditSeq = q.value(6).toLongLong();
        m.oldValue = q.value(7).toString();
        m.newValue = q.value(8).toString();
        out->append(m);
    }
    return true;
}

}  // namespace trialcrf::monitoringsql
