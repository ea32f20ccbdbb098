// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

struct pg_conn;

namespace trialcrf {

/// One table's rows in the text format of PostgreSQL's COPY … FROM STDIN, built in memory:
/// columns separated by a tab, rows ended by a newline, NULL as `\N`; in text a backslash,
/// tab, newline and carriage return are escaped with a backslash (COPY reads every other
/// byte as it is, so UTF-8 text, Chinese included, goes as its bytes). Integers in decimal;
/// doubles as the shortest text that reads back to the same double (std::to_chars), with
/// PostgreSQL's spellings of the infinities and NaN. Text may not hold NUL (PostgreSQL's
/// text cannot): it is refused when the rows are sent.
class CopyRows {
public:
    CopyRows() = default;
    CopyRows(QString table, QStringList columns);

    const QString &table() const { return m_table; }
    const QStringList &columns() const { return m_columns; }
    /// `COPY table (columns) FROM STDIN`.
    QString copySql() const;

    void addNull();
    void addInteger(qint64 v);
    void addReal(double v);
    /// Empty text is the empty string (not NULL): callers that store "" as NULL say so.
    void addText(QStringView text);
    void addUtf8(const char *bytes, qsizetype size);
    /// A Row value: a null QVariant → NULL, else by its type (bool as 0/1, as SQLite keeps it).
    void addValue(const QVariant &value);
    /// Ends the current row.
    void endRow();

    bool isEmpty() const { return m_rows == 0; }
    qint64 rows() const { return m_rows; }
    qsizetype bytes() const { return m_data.size(); }
    const QByteArray &data() const { return m_data; }
    bool hasNul() const { return m_hasNul; }
    /// Drops the rows (keeps the buffer's capacity).
    void clear();

    /// COPY's text form of one value (for tests): `\N` for NULL.
    static QByteArray encode(const QVariant &value);

private:
    void separate();

    QString m_table;
    QStringList m_columns;
    QByteArray m_data;
    qint64 m_rows = 0;
    bool m_rowStarted = false;
    bool m_hasNul = false;
};

/// COPY … FROM STDIN through the QPSQL driver's own libpq connection (QSqlDriver::handle()),
/// so inside the same transaction as every QSqlQuery of the Database: what the bulk import
/// sends instead of one INSERT per row on a server. Storage-internal.
class PgCopy {
public:
    /// Sends the rows (nothing when empty). False with *error (one line: the server's message,
    /// its detail and the COPY line it refused) and *sqlState; the transaction is then
    /// aborted, as after any failed statement on PostgreSQL, and must be rolled back.
    static bool send(const Database &db, const CopyRows &rows, QString *error,
                     QString *sqlState = nullptr);
    /// The QPSQL driver's libpq connection (QSqlDriver::handle()); null on SQLite or when
    /// closed.
    static pg_conn *handle(const Database &db);
    /// Whether the server connection is inside a transaction block, idle (so a cursor can
    /// be declared and a COPY sent). False on SQLite.
    static bool inTransaction(const Database &db);
};

}  // namespace trialcrf
