// SPDX-License-Identifier: Apache-2.0
#include "storage/sqlitestatement.h"

#include <QStringEncoder>

#include <QSqlDriver>
#include <sqlite3.h>

namespace trialcrf {

SqliteStatement::SqliteStatement(const Database &db, const QString &sql) : m_sql(sql)
{
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
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

void SqliteStatement::bindInteger(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
}

void SqliteStatement::bindReal(int i, double v)
{
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
    // Encoded into a buffer the statement keeps, not a new QByteArray per value: SQLite
    // copies the bytes anyway (SQLITE_TRANSIENT).
    const qsizetype most = 3 * text.size();
    if (m_buffer.size() < most)
        m_buffer.resize(qMax<qsizetype>(most, 256));
    char *out = m_buffer.data();
    const char16_t *src = text.utf16();
    const qsizetype n = text.size();
    qsizetype k = 0;
    for (; k < n && src[k] < 0x80; ++k)  // ASCII (codes, dates, numbers) is copied as it is
        out[k] = char(src[k]);
    char *end = out + k;
    if (k < n) {
        QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        end = utf8.appendToBuffer(end, text.sliced(k));
    }
    sqlite3_bind_text(m_stmt, i, m_buffer.constData(), int(end - m_buffer.constData()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int i, const QByteArray &utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(m_stmt, i);
    else
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int i, const QVariant &value)
{
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
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        failed(rc);
    return false;
}

bool SqliteStatement::run()
{
    if (!m_stmt)
        return false;
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
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

const char *SqliteStatement::utf8(int column, int *size) const
{
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

}  // namespace trialcrf
