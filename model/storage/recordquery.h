// SPDX-License-Identifier: Apache-2.0
// The SELECT shapes every repository shares: read each row, or the first one, of a statement
// with bound values through the repository's read().
#pragma once

#include "storage/database.h"
#include "storage/rowreader.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <optional>

namespace trialcrf::recordquery {

/// Calls `row(reader)` for each row of `sql` with `values` bound in order. False with *error
/// on an SQL error.
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
    while (st.query().next())
        row(r);
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

}  // namespace trialcrf::recordquery
