// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <vector>

namespace trialcrf {

class ServerCursor;

/// SqliteStatement's interface on a PostgreSQL server: a prepared QSqlQuery of the same
/// connection (so inside the same transactions), values bound as QVariant. Slower than the
/// SQLite handle's in-place binding, correct on both; the bulk import writes with COPY
/// instead (CopySink). A long read (`cursor`: the export's, verify's trail) runs through a
/// ServerCursor, so memory stays flat and other reads can run between its rows.
/// Storage-internal: only SqliteStatement uses it.
class ServerStatement {
public:
    ServerStatement(const QSqlDatabase &db, const QString &sql, bool cursor = false);
    ~ServerStatement();

    bool isPrepared() const { return m_prepared; }
    QString errorString() const { return m_error; }
    bool uniqueViolation() const { return m_uniqueViolation; }

    /// 1-based, like SQLite's. A bool binds as 0/1, as SQLite stores it.
    void bind(int i, const QVariant &value);

    bool next();
    bool run();
    void reset();
    /// The value the last INSERT on the connection drew from its id generator (lastval()).
    qint64 lastInsertId();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    const char *utf8(int column, int *size) const;
    QString text(int column) const;

private:
    bool execute();
    bool failed();

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_sql;
    QString m_error;
    std::vector<QVariant> m_values;
    mutable std::vector<QByteArray> m_utf8;  ///< utf8()'s bytes, by column, until the next step
    bool m_prepared = false;
    bool m_direct = false;  ///< not preparable on PostgreSQL: run as text
    bool m_executed = false;
    bool m_uniqueViolation = false;
    bool m_useCursor = false;
    std::unique_ptr<ServerCursor> m_cursor;  ///< the running read, with m_useCursor
};

}  // namespace trialcrf
