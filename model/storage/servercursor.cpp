// SPDX-License-Identifier: Apache-2.0
#include "storage/servercursor.h"

#include "storage/pgcopy.h"

#include <QSqlDriver>
#include <QSqlField>
#include <atomic>

namespace trialcrf {

ServerCursor::ServerCursor(const Database &db, QSqlQuery &query)
    : ServerCursor(db.connection(), query, usesCursor(db))
{
}

ServerCursor::ServerCursor(const QSqlDatabase &db, QSqlQuery &query, bool cursor)
    : m_db(db), m_query(query), m_cursor(cursor)
{
    // A cursor's batches are read whole (a short, complete result each); a plain read
    // streams forward only.
    m_query.setForwardOnly(!m_cursor);
}

bool ServerCursor::usesCursor(const Database &db)
{
    return PgCopy::inTransaction(db);
}

QString ServerCursor::withLiterals(const QSqlDriver *driver, const QString &sql,
                                   const std::vector<QVariant> &values)
{
    QString out;
    out.reserve(sql.size());
    std::size_t next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c != QLatin1Char('?') || quoted) {
            out += c;
            continue;
        }
        const QVariant v = next < values.size() ? values[next] : QVariant();
        ++next;
        QSqlField field(QString(), v.metaType());
        field.setValue(v);
        out += driver->formatValue(field);
    }
    return out;
}

bool ServerCursor::exec(const QString &sql, const std::vector<QVariant> &values)
{
    m_error.clear();
    m_more = false;
    if (!m_cursor) {
        bool ok = m_query.prepare(sql);
        if (ok) {
            for (std::size_t i = 0; i < values.size(); ++i)
                m_query.bindValue(int(i), values[i]);
            ok = m_query.exec();
        }
        if (!ok)
            m_error = Database::describe(m_query.lastError());
        return ok;
    }
    static std::atomic<quint64> counter{0};
    m_name = QStringLiteral("trialcrf_cursor_%1").arg(++counter);
    QSqlQuery declare(m_db);
    if (!declare.exec(QStringLiteral("DECLARE %1 NO SCROLL CURSOR FOR %2")
                          .arg(m_name, withLiterals(m_db.driver(), sql, values)))) {
        m_error = Database::describe(declare.lastError());
        return false;
    }
    return fetch();
}

bool ServerCursor::fetch()
{
    if (!m_query.exec(QStringLiteral("FETCH %1 FROM %2").arg(kFetchRows).arg(m_name))) {
        m_error = Database::describe(m_query.lastError());
        m_more = false;
        return false;
    }
    m_more = m_query.size() == kFetchRows;
    if (!m_more) {
        // Read to its end: closed now (a cursor left open closes with its transaction).
        QSqlQuery close(m_db);
        close.exec(QStringLiteral("CLOSE ") + m_name);
    }
    return true;
}

bool ServerCursor::next()
{
    if (m_query.next())
        return true;
    if (m_cursor && m_more && fetch())
        return m_query.next();
    if (!m_cursor && m_query.lastError().isValid())
        m_error = Database::describe(m_query.lastError());
    return false;
}

}  // namespace trialcrf
