// SPDX-License-Identifier: Apache-2.0
#include "storage/rowwriter.h"

#include "storage/fieldchanges.h"
#include "storage/sqldialect.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

SaveResult RowWriter::sqlError(const QString &what, const QSqlError &error)
{
    return SaveResult::failure(SaveResult::Status::DatabaseError,
                               what + QLatin1String(": ") + Database::describe(error));
}

SaveResult RowWriter::conflict(const UniqueKey &key)
{
    SaveResult r;
    r.status = SaveResult::Status::Conflict;
    if (key.source) {
        r.errors.append(FieldError{key.field, key.source, key.args});
        QString english = QString::fromUtf8(key.source);
        for (const QString &a : key.args)
            english = english.arg(a);
        r.message = english;
    } else {
        r.message = QStringLiteral("a record with the same key exists");
    }
    return r;
}

SaveResult RowWriter::audit(const WriteContext &ctx, const QString &action, const QString &table,
                            qint64 id, const QString &field, const QString &oldValue,
                            const QString &newValue)
{
    AuditEntry e;
    e.atUtc = ctx.now;
    e.userName = ctx.userName;
    e.action = action;
    e.tableName = table;
    e.recordId = id;
    e.subjectCode = ctx.subjectCode;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.reason = ctx.reason;
    QString error;
    if (!ctx.audit->append(e, &error))
        return SaveResult::failure(SaveResult::Status::DatabaseError, error);
    return SaveResult::saved();
}

SaveResult RowWriter::insert(const WriteContext &ctx, const QString &table, const Row &row,
                             const UniqueKey &key, qint64 *id,
                             const std::function<QString()> &auditJson)
{
    QStringList columns;
    QVariantList values;
    for (const RowField &f : row.fields()) {
        if (!f.stored)
            continue;
        columns << f.column;
        values << f.value;
    }
    columns << QStringLiteral("version") << QStringLiteral("updated_at")
            << QStringLiteral("updated_by");
    values << 1 << AuditLog::formatTime(ctx.now) << ctx.userName;

    QStringList marks;
    marks.reserve(columns.size());
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    Statement st(*ctx.db, SqlDialect::returningId(
                              ctx.db->connection(),
                              QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(table, columns.join(QStringLiteral(", ")),
                                       marks.join(QStringLiteral(", ")))));
    QSqlQuery &q = st.query();
    if (!st.exec(values)) {
        if (Database::isUniqueViolation(q.lastError()))
            return conflict(key);
        return sqlError(QStringLiteral("cannot insert into ") + table, q.lastError());
    }
    *id = SqlDialect::insertedId(q);
    return audit(ctx, QStringLiteral("insert"), table, *id, {}, {},
                 auditJson ? auditJson() : row.insertJson());
}

SaveResult RowWriter::stale(const WriteContext &ctx, const QString &table, qint64 id)
{
    SaveResult r;
    r.status = SaveResult::Status::Stale;
    QSqlQuery q(ctx.db->connection());
    q.prepare(QStringLiteral("SELECT updated_by, updated_at FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        r.changedBy = q.value(0).toString();
        r.changedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.message = QStringLiteral("%1 changed this record at %2; reload it and enter the "
                                   "change again")
                        .arg(r.changedBy, q.value(1).toString());
    } else {
        r.message = QStringLiteral("this record no longer exists");
    }
    return r;
}

SaveResult RowWriter::update(const WriteContext &ctx, const QString &table, qint64 id,
                             int version, const Row &before, const Row &after,
                             const UniqueKey &key, bool *changed)
{
    *changed = false;
    QList<const RowField *> diffs;
    for (const RowField &f : after.fields()) {
        if (FieldChanges::differs(before.field(f.column), f))
            diffs << &f;
    }
    if (diffs.isEmpty())
        return SaveResult::saved();
    // Completing a record (a value where none was recorded) needs no reason; changing a
    // recorded value does.
    if (ctx.correctionNeedsReason && ctx.reason.trimmed().isEmpty()) {
        for (const RowField *f : std::as_const(diffs)) {
            const RowField *old = before.field(f->column);
            if (FieldChanges::isCorrection(
                    FieldChange{f->column, old ? old->text : QString(), f->text, f->jsonText}))
                return SaveResult::failure(SaveResult::Status::ReasonRequired,
                                           QStringLiteral("a change to saved data needs a reason"));
        }
    }

    QStringList sets;
    QVariantList values;
    for (const RowField *f : std::as_const(diffs)) {
        if (!f->stored)
            continue;
        sets << f->column + QLatin1String(" = ?");
        values << f->value;
    }
    sets << QStringLiteral("version = version + 1") << QStringLiteral("updated_at = ?")
         << QStringLiteral("updated_by = ?");
    values << AuditLog::formatTime(ctx.now) << ctx.userName << id << version;

    Statement st(*ctx.db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
                              .arg(table, sets.join(QStringLiteral(", "))));
    QSqlQuery &q = st.query();
    if (!st.exec(values)) {
        if (Database::isUniqueViolation(q.lastError()))
            return conflict(key);
        return sqlError(QStringLiteral("cannot update ") + table, q.lastError());
    }
    if (q.numRowsAffected() != 1)
        return stale(ctx, table, id);

    for (const RowField *f : std::as_const(diffs)) {
        const RowField *old = before.field(f->column);
        const SaveResult r = audit(ctx, QStringLiteral("update"), table, id, f->column,
                                   old ? old->text : QString(), f->text);
        if (!r.ok())
            return r;
    }
    *changed = true;
    return SaveResult::saved();
}

}  // namespace trialcrf
