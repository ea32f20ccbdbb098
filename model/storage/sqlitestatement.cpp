// SPDX-License-Identifier: Apache-2.0
#include "storage/sqlitestatement.h"

#include "storage/servercursor.h"
#include "storage/serverstatement.h"
#include "storage/utf8.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace trialcrf {

SqliteStatement::SqliteStatement(const Database &db, const QString &sql, Read read) : m_sql(sql)
{
    if (db.isServer()) {
        m_server = std::make_unique<ServerStatement>(
            db.connection(), sql, read == Read::Streamed && ServerCursor::usesCursor(db));
        m_error = m_server->errorString();
        return;
    }
    m_handle = db.sqliteHandle();
    if (!m_handle) {
        m_error = QStringLiteral("no SQLite handle for %1").arg(sql);
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle)) + QStringLiteral(" in: ") + sql;
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    m_pendingAt.assign(std::size_t(sqlite3_bind_parameter_count(m_stmt)) + 1, 0);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

bool SqliteStatement::isPrepared() const
{
    return m_server ? m_server->isPrepared() : m_stmt != nullptr;
}

void SqliteStatement::bindNull(int i)
{
    if (m_server)
        return m_server->bind(i, QVariant());
    dropPending(i);
    sqlite3_bind_null(m_stmt, i);
}

void SqliteStatement::bindInteger(int i, qint64 v)
{
    if (m_server)
        return m_server->bind(i, v);
    dropPending(i);
    sqlite3_bind_int64(m_stmt, i, v);
}

void SqliteStatement::bindReal(int i, double v)
{
    if (m_server)
        return m_server->bind(i, v);
    dropPending(i);
    sqlite3_bind_double(m_stmt, i, v);
}

void SqliteStatement::bindText(int i, const QString &text)
{
    if (text.isEmpty())
        bindNull(i);
    else
        bindUtf16(i, text);
}

void SqliteStatement::bindUtf16(int i, QStringView text)
{
    if (m_server)
        return m_server->bind(i, text.isEmpty() ? QString(QLatin1String("")) : text.toString());
    // Encoded into the statement's arena and bound without a copy when the statement runs
    // (SQLITE_STATIC): no buffer per value, neither here nor inside SQLite. The arena keeps
    // its capacity from one execution to the next.
    const qsizetype at = m_arena.size();
    m_arena.resize(at + 3 * text.size());
    char *out = m_arena.data() + at;
    char *end = writeUtf8(out, text);
    m_arena.resize(end - m_arena.constData());
    dropPending(i);
    m_pending.push_back({i, at, int(end - out)});
    if (i > 0 && i < int(m_pendingAt.size()))
        m_pendingAt[i] = m_pending.size();
}

void SqliteStatement::dropPending(int i)
{
    // A parameter bound again before the statement runs: its earlier text is not bound.
    if (i > 0 && i < int(m_pendingAt.size()) && m_pendingAt[i] != 0) {
        m_pending[m_pendingAt[i] - 1].index = 0;
        m_pendingAt[i] = 0;
    }
}

void SqliteStatement::bindPending()
{
    // The arena no longer grows until the next reset: its bytes stay where they are.
    for (const PendingText &p : m_pending) {
        if (p.index > 0) {
            sqlite3_bind_text(m_stmt, p.index, m_arena.constData() + p.offset, p.size,
                              SQLITE_STATIC);
            m_pendingAt[p.index] = 0;
        }
    }
    m_pending.clear();
}

void SqliteStatement::bindUtf8(int i, const QByteArray &utf8)
{
    if (m_server)
        return m_server->bind(i, utf8.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(utf8)));
    dropPending(i);
    if (utf8.isEmpty())
        sqlite3_bind_null(m_stmt, i);
    else
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int i, const QVariant &value)
{
    if (m_server)
        return m_server->bind(i, value);
    if (value.isNull()) {
        bindNull(i);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        bindInteger(i, value.toLongLong());
        return;
    case QMetaType::Double:
        bindReal(i, value.toDouble());
        return;
    case QMetaType::QString:
        // Stored as Qt's driver stores it: the text, even when empty.
        bindUtf16(i, *static_cast<const QString *>(value.constData()));
        return;
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return;
    }
    }
}

bool SqliteStatement::syncServer(bool ok)
{
    m_error = m_server->errorString();
    m_uniqueViolation = m_server->uniqueViolation();
    return ok;
}

bool SqliteStatement::failed(int rc)
{
    // Qt's driver turns extended result codes on: rc may be SQLITE_CONSTRAINT_UNIQUE itself.
    m_uniqueViolation = (rc & 0xff) == SQLITE_CONSTRAINT
        && (sqlite3_extended_errcode(m_handle) == SQLITE_CONSTRAINT_UNIQUE
            || sqlite3_extended_errcode(m_handle) == SQLITE_CONSTRAINT_PRIMARYKEY);
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle)) + QStringLiteral(" in: ") + m_sql;
    return false;
}

bool SqliteStatement::next()
{
    if (m_server)
        return syncServer(m_server->next());
    if (!m_stmt)
        return false;
    bindPending();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        failed(rc);
    return false;
}

bool SqliteStatement::run()
{
    if (m_server)
        return syncServer(m_server->run());
    if (!m_stmt)
        return false;
    bindPending();
    int rc = sqlite3_step(m_stmt);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    const bool ok = rc == SQLITE_DONE || failed(rc);
    // sqlite3_reset repeats the step's error code: already reported.
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    if (m_server)
        return m_server->reset();
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_arena.resize(0);  // keeps its capacity
    for (const PendingText &p : m_pending) {
        if (p.index > 0)
            m_pendingAt[p.index] = 0;
    }
    m_pending.clear();
}

qint64 SqliteStatement::lastInsertId() const
{
    if (m_server)
        return m_server->lastInsertId();
    return sqlite3_last_insert_rowid(m_handle);
}

bool SqliteStatement::isNull(int column) const
{
    if (m_server)
        return m_server->isNull(column);
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    if (m_server)
        return m_server->integer(column);
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    if (m_server)
        return m_server->real(column);
    return sqlite3_column_double(m_stmt, column);
}

const char *SqliteStatement::utf8(int column, int *size) const
{
    if (m_server)
        return m_server->utf8(column, size);
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    *size = sqlite3_column_bytes(m_stmt, column);
    return text;
}

QByteArray SqliteStatement::bytes(int column) const
{
    int size = 0;
    const char *text = utf8(column, &size);
    return QByteArray(text, size);
}

QString SqliteStatement::text(int column) const
{
    if (m_server)
        return m_server->text(column);
    const void *text = sqlite3_column_text16(m_stmt, column);
    if (!text)
        return {};
    return QString(static_cast<const QChar *>(text),
                   sqlite3_column_bytes16(m_stmt, column) / qsizetype(sizeof(QChar)));
}

}  // namespace trialcrf
