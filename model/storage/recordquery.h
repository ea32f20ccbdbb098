// SPDX-License-Identifier: Apache-2.0
// The SELECT shapes every repository shares: read each row, or the first one, of a statement
// with bound values through the repository's read().
#pragma once

#include "records/field.h"
#include "storage/database.h"
#include "storage/fieldrows.h"
#include "storage/rowreader.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <optional>
#include <type_traits>

namespace trialcrf::recordquery {

/// Calls `row(reader)` for each row of `sql` with `values` bound in order, until it returns
/// false (when it returns a bool). False with *error on an SQL error.
template <typename Fn>
bool each(const Database &db, const QString &sql, const QVariantList &values, Fn row,
          QString *error)
{
    Statement st(db, sql);
    if (!st.exec(values)) {
        *error = Database::describe(st.query().lastError());
        return false;
    }
    const RowReader r(st.query());
    while (st.query().next()) {
        if constexpr (std::is_same_v<std::invoke_result_t<Fn, const RowReader &>, bool>) {
            if (!row(r))
                break;
        } else {
            row(r);
        }
    }
    return true;
}

/// The first row of `sql` read by `read`: nullopt when there is none, or on an SQL error
/// (*error set).
template <typename Read>
auto one(const Database &db, const QString &sql, const QVariantList &values, Read read,
         QString *error) -> std::optional<decltype(read(std::declval<const RowReader &>()))>
{
    std::optional<decltype(read(std::declval<const RowReader &>()))> out;
    if (!each(db, sql, values, [&](const RowReader &r) { if (!out) out = read(r); }, error))
        return std::nullopt;
    return out;
}

/// Appends every row of `sql` read by `read` to *out.
template <typename T, typename Read>
bool all(const Database &db, const QString &sql, const QVariantList &values, Read read,
         QList<T> *out, QString *error)
{
    return each(db, sql, values, [&](const RowReader &r) { out->append(read(r)); }, error);
}

/// Each row of `sql` (nothing bound, read forward only, not through the statement cache: a
/// long export stream) to `row(reader)`, until it returns false.
template <typename Fn>
bool stream(const Database &db, const QString &sql, Fn row, QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = Database::describe(q.lastError());
        return false;
    }
    const RowReader r(q);
    while (q.next()) {
        if (!row(r))
            break;
    }
    return true;
}

/// A record's row keys: its id, row version and subject.
template <typename R>
void readKeys(const RowReader &r, R *rec)
{
    rec->id = r.id(QStringLiteral("id"));
    rec->version = r.integer(QStringLiteral("version")).value_or(0);
    rec->subjectId = r.id(QStringLiteral("subject_id"));
}

/// "SELECT columns FROM table WHERE key = ?" (then ORDER BY `orderBy` when given): a
/// repository's lookup of its rows by id or by subject.
inline QString selectBy(const QString &table, const QStringList &columns, const QString &key,
                        const QString &orderBy = {})
{
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                      .arg(RowReader::columnList(columns), table, key);
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy;
    return sql;
}

/// The row `id` of `table` read by `read` (nullopt when there is none).
template <typename Read>
auto byId(const Database &db, const QString &table, const QStringList &columns, qint64 id,
          Read read, QString *error)
{
    return one(db, selectBy(table, columns, QStringLiteral("id")), {id}, read, error);
}

/// A subject record's columns: its keys, its table's stored fields, then `extra` (columns
/// that are not the record's fields) and the row version.
template <typename R>
QStringList columns(const FieldTable<R> &table, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("id"), QStringLiteral("subject_id")} + storedColumns(table)
           + extra + QStringList{QStringLiteral("version")};
}

/// A subject record from the current row: its keys and stored fields, over `rec` (a record
/// with its defaults, e.g. a blank PASI assessment).
template <typename R>
R read(const RowReader &r, const FieldTable<R> &table, R rec = R{})
{
    readKeys(r, &rec);
    fieldrows::read(r, table, &rec);
    return rec;
}

/// The row a subject record writes: its subject, then its stored fields.
template <typename R>
Row toRow(const FieldTable<R> &table, const R &rec)
{
    Row row;
    row.integer(QStringLiteral("subject_id"), rec.subjectId);
    return fieldrows::write(row, table, rec);
}

}  // namespace trialcrf::recordquery
