// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace trialcrf {

class ServerStatement;

/// A statement on the connection's own sqlite3 handle (the one Qt's SQLite driver opened, so
/// it runs inside the same transactions as every QSqlQuery of the Database), for the two
/// paths where Qt Sql's per-value cost dominates: the bulk import (BulkWriter) and the CSV
/// export's large reads (ExchangeQueries). Values are bound and read in place: no QVariant
/// per value, text as its stored UTF-8 bytes. Storage-internal; everything else uses
/// Statement / QSqlQuery (why two wrappers: see Statement). The audit trail's rows are
/// written here, one row (AuditLog::append) or many (AuditBatch) alike.
///
/// Why the C API: see README "Dependencies". Qt's SQLite driver links the system libsqlite3
/// (Debian's libqt6sql6-sqlite), so the handle and these calls share one library.
///
/// On a PostgreSQL server the same interface runs through a ServerStatement (a prepared
/// QSqlQuery of the connection), so every caller works on both backends unchanged.
class SqliteStatement {
public:
    /// Streamed: a long read (the export's tables, verify's trail). On a server inside a
    /// transaction it reads through a server-side cursor (ServerCursor): flat memory, and
    /// other statements may run between its rows. The same as Plain on SQLite.
    enum class Read { Plain, Streamed };

    SqliteStatement(const Database &db, const QString &sql, Read read = Read::Plain);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isPrepared() const;
    /// The last error: SQLite's message and the statement.
    QString errorString() const { return m_error; }
    /// True when the last failed step violated a UNIQUE or PRIMARY KEY constraint.
    bool uniqueViolation() const { return m_uniqueViolation; }

    // Binding, 1-based like SQLite. Text is copied (SQLITE_TRANSIENT).
    void bindNull(int i);
    void bindInteger(int i, qint64 v);
    void bindReal(int i, double v);
    void bindText(int i, const QString &text);       ///< empty text binds NULL
    void bindUtf8(int i, const QByteArray &utf8);    ///< empty binds NULL
    /// Empty binds empty text. The bytes are bound when the statement runs (next(), run()).
    void bindUtf16(int i, QStringView text);
    /// A Row value: a null QVariant → NULL, else by its type (text, integer, real, bool).
    void bind(int i, const QVariant &value);

    /// Steps once: true on a row; false when done or on an error (then errorString()).
    bool next();
    /// Steps an INSERT / UPDATE / DELETE to its end and resets it (bindings cleared) for the
    /// next use. False on an error.
    bool run();
    /// Resets for the next execution, clearing the bindings.
    void reset();
    /// The rowid of the last INSERT on the connection (on a server: lastval(), the value the
    /// last INSERT drew from an id generator).
    qint64 lastInsertId() const;

    // Reading the current row, 0-based.
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    /// The column's bytes as stored text (valid until the next step); size in *size.
    const char *utf8(int column, int *size) const;
    QByteArray bytes(int column) const;
    /// The column as text the way Qt's SQLite driver reads it (SQLite's UTF-16 of the value;
    /// NULL gives a null string). Invalidates a pointer utf8() gave for the same column.
    QString text(int column) const;

private:
    bool failed(int rc);
    bool syncServer(bool ok);
    void dropPending(int i);
    void bindPending();

    struct PendingText {
        int index;
        qsizetype offset;
        int size;
    };

    std::unique_ptr<ServerStatement> m_server;  ///< on a server, instead of the handle
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    QString m_error;
    QByteArray m_arena;  ///< bindUtf16's encoded texts until the next reset
    std::vector<PendingText> m_pending;  ///< texts in m_arena, bound when the statement runs
    std::vector<std::size_t> m_pendingAt;  ///< by parameter: 1 + its entry in m_pending, or 0
    bool m_uniqueViolation = false;
};

}  // namespace trialcrf
