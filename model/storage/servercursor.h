// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <vector>

namespace trialcrf {

/// A long read in bounded memory on both backends, on the caller's QSqlQuery. On a server
/// inside a transaction (an export's or verify's REPEATABLE READ snapshot, ReadSnapshot) it
/// is a server-side cursor, `DECLARE … NO SCROLL CURSOR FOR …`, read kFetchRows at a time
/// with FETCH: each FETCH is a complete, short result, so several cursors interleave on one
/// connection (QPSQL streams only one forward-only query per connection at a time) and the
/// client never holds more than one batch. On SQLite, and on a server outside a transaction
/// (a cursor lives in its transaction), a forward-only query.
///
/// The caller's QSqlQuery holds the current batch: a RowReader built on it after exec()
/// reads every batch (the columns stay the same).
class ServerCursor {
public:
    static constexpr int kFetchRows = 1000;

    ServerCursor(const Database &db, QSqlQuery &query);
    /// With the choice made by the caller (`cursor`: see usesCursor()).
    ServerCursor(const QSqlDatabase &db, QSqlQuery &query, bool cursor);
    ServerCursor(const ServerCursor &) = delete;
    ServerCursor &operator=(const ServerCursor &) = delete;

    /// Runs the SELECT (`?` placeholders take `values` in order: on a cursor they are put in
    /// as the driver's literals, since a DECLARE cannot be prepared). False on an SQL error
    /// (the query's lastError()).
    bool exec(const QString &sql, const std::vector<QVariant> &values = {});
    /// The next row: false at the end or on an error (then error() is set).
    bool next();
    bool isCursor() const { return m_cursor; }
    /// The last error, empty when none.
    QString error() const { return m_error; }

    /// Whether a read on `db` now would use a cursor (a server, inside a transaction).
    static bool usesCursor(const Database &db);
    /// `sql` with each `?` outside quotes replaced by the driver's literal of the next value.
    static QString withLiterals(const QSqlDriver *driver, const QString &sql,
                                const std::vector<QVariant> &values);

private:
    bool fetch();

    QSqlDatabase m_db;
    QSqlQuery &m_query;
    QString m_name;
    QString m_error;
    bool m_cursor = false;
    bool m_more = false;  ///< the last FETCH was full: there may be more rows
};

}  // namespace trialcrf
