// SPDX-License-Identifier: Apache-2.0
#include "storage/pgcopy.h"

#include "storage/utf8.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <charconv>
#include <cmath>
#include <libpq-fe.h>

namespace trialcrf {

pg_conn *PgCopy::handle(const Database &db)
{
    if (!db.isServer() || !db.connection().isOpen())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    // Qt registers the pointer type under the typedef's or the struct's name.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

CopyRows::CopyRows(QString table, QStringList columns)
    : m_table(std::move(table)), m_columns(std::move(columns))
{
}

QString CopyRows::copySql() const
{
    // Table and column names are the schema's, never input.
    return QStringLiteral("COPY %1 (%2) FROM STDIN").arg(m_table, m_columns.join(QStringLiteral(", ")));
}

void CopyRows::separate()
{
    if (m_rowStarted)
        m_data.append('\t');
    m_rowStarted = true;
}

void CopyRows::addNull()
{
    separate();
    m_data.append("\\N", 2);
}

void CopyRows::addInteger(qint64 v)
{
    separate();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    m_data.append(buf, r.ptr - buf);
}

void CopyRows::addReal(double v)
{
    separate();
    if (std::isnan(v)) {
        m_data.append("NaN");
        return;
    }
    if (std::isinf(v)) {
        m_data.append(v > 0 ? "Infinity" : "-Infinity");
        return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);  // shortest: reads back exactly
    m_data.append(buf, r.ptr - buf);
}

void CopyRows::addUtf8(const char *bytes, qsizetype size)
{
    separate();
    const qsizetype at = m_data.size();
    m_data.resize(at + 2 * size);  // at most every byte escaped
    char *out = m_data.data() + at;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = bytes[i];
        switch (c) {
        case '\\': *out++ = '\\'; *out++ = '\\'; break;
        case '\t': *out++ = '\\'; *out++ = 't'; break;
        case '\n': *out++ = '\\'; *out++ = 'n'; break;
        case '\r': *out++ = '\\'; *out++ = 'r'; break;
        case '\0': m_hasNul = true; *out++ = c; break;
        default: *out++ = c; break;
        }
    }
    m_data.resize(out - m_data.constData());
}

void CopyRows::addText(QStringView text)
{
    // UTF-8 into a scratch buffer on the stack when it is short, else on the heap.
    char small[512];
    if (3 * text.size() <= qsizetype(sizeof small)) {
        char *end = writeUtf8(small, text);
        addUtf8(small, end - small);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    addUtf8(utf8.constData(), utf8.size());
}

void CopyRows::addValue(const QVariant &value)
{
    if (value.isNull()) {
        addNull();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        addInteger(value.toBool() ? 1 : 0);
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        addInteger(value.toLongLong());
        return;
    case QMetaType::Double:
        addReal(value.toDouble());
        return;
    case QMetaType::QString:
        addText(*static_cast<const QString *>(value.constData()));
        return;
    default:
        addText(value.toString());
        return;
    }
}

void CopyRows::endRow()
{
    m_data.append('\n');
    m_rowStarted = false;
    ++m_rows;
}

void CopyRows::clear()
{
    m_data.resize(0);
    m_rows = 0;
    m_rowStarted = false;
    m_hasNul = false;
}

QByteArray CopyRows::encode(const QVariant &value)
{
    CopyRows one;
    one.addValue(value);
    return one.m_data;
}

namespace {

QString oneLine(const char *message)
{
    return QString::fromUtf8(message).trimmed().replace(QLatin1Char('\n'), QLatin1String("; "));
}

/// The result's error: its message (with detail and context, e.g. "COPY subjects, line 3").
void resultError(const PGresult *r, PGconn *c, QString *error, QString *sqlState)
{
    const char *message = r ? PQresultErrorMessage(r) : PQerrorMessage(c);
    *error = oneLine(message && *message ? message : PQerrorMessage(c));
    if (sqlState && r) {
        const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        *sqlState = state ? QString::fromLatin1(state) : QString();
    }
}

}  // namespace

namespace {

/// The connection's state, once a forward-only query of the driver that stopped before its
/// last row no longer holds it: the driver settles that before any statement it runs, so one
/// is run through it, exactly as the next QSqlQuery would.
PGTransactionStatusType settled(const Database &db, PGconn *c)
{
    if (PQtransactionStatus(c) == PQTRANS_ACTIVE) {
        QSqlQuery settle(db.connection());
        settle.exec(QStringLiteral("SELECT 1"));
    }
    return PQtransactionStatus(c);
}

}  // namespace

bool PgCopy::inTransaction(const Database &db)
{
    PGconn *c = handle(db);
    return c && settled(db, c) == PQTRANS_INTRANS;
}

bool PgCopy::send(const Database &db, const CopyRows &rows, QString *error, QString *sqlState)
{
    if (sqlState)
        sqlState->clear();
    if (rows.isEmpty())
        return true;
    PGconn *c = handle(db);
    if (!c) {
        *error = QStringLiteral("COPY %1: no PostgreSQL connection").arg(rows.table());
        return false;
    }
    if (rows.hasNul()) {
        *error = QStringLiteral("COPY %1: a text holds a NUL character, which PostgreSQL cannot "
                                "store").arg(rows.table());
        return false;
    }
    if (settled(db, c) == PQTRANS_ACTIVE) {
        // Still busy: COPY would cut into another query's rows.
        *error = QStringLiteral("COPY %1: another query is still running on the connection")
                     .arg(rows.table());
        return false;
    }
    PGresult *r = PQexec(c, rows.copySql().toUtf8().constData());
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        resultError(r, c, error, sqlState);
        PQclear(r);
        return false;
    }
    PQclear(r);
    bool sent = true;
    constexpr qsizetype kChunk = 1 << 20;
    const QByteArray &data = rows.data();
    for (qsizetype at = 0; sent && at < data.size(); at += kChunk) {
        const int n = int(qMin(kChunk, data.size() - at));
        sent = PQputCopyData(c, data.constData() + at, n) == 1;
    }
    if (!sent)
        *error = oneLine(PQerrorMessage(c));
    // Ends the COPY (an abandoned one with a reason, so the server refuses it as a whole).
    if (PQputCopyEnd(c, sent ? nullptr : "client could not send the rows") != 1 && sent) {
        *error = oneLine(PQerrorMessage(c));
        sent = false;
    }
    bool ok = sent;
    while ((r = PQgetResult(c)) != nullptr) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            if (ok)
                resultError(r, c, error, sqlState);
            ok = false;
        }
        PQclear(r);
    }
    if (!ok)
        error->prepend(QStringLiteral("COPY %1: ").arg(rows.table()));
    return ok;
}

}  // namespace trialcrf
