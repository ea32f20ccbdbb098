// SPDX-License-Identifier: Apache-2.0
#include "storage/serverstatement.h"

#include "storage/database.h"
#include "storage/servercursor.h"

#include <QSqlError>
#include <QStringList>

namespace trialcrf {

ServerStatement::ServerStatement(const QSqlDatabase &db, const QString &sql, bool cursor)
    : m_db(db), m_query(db), m_sql(sql), m_useCursor(cursor)
{
    m_query.setForwardOnly(true);
    if (m_useCursor) {  // declared when it runs, with its values as literals
        m_prepared = true;
        return;
    }
    // PostgreSQL prepares only queries and data changes: anything else (a CREATE) runs as
    // it is, without parameters.
    static const QStringList preparable{QStringLiteral("SELECT"), QStringLiteral("INSERT"),
                                        QStringLiteral("UPDATE"), QStringLiteral("DELETE"),
                                        QStringLiteral("WITH"), QStringLiteral("VALUES")};
    const QString verb = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    m_direct = !preparable.contains(verb);
    m_prepared = m_direct || m_query.prepare(sql);
    if (!m_prepared)
        failed();
}

void ServerStatement::bind(int i, const QVariant &value)
{
    if (i < 1)
        return;
    if (std::size_t(i) > m_values.size())
        m_values.resize(std::size_t(i));
    QVariant &slot = m_values[std::size_t(i) - 1];
    if (value.isNull())
        slot = QVariant(QMetaType(QMetaType::QString));  // NULL
    else if (value.typeId() == QMetaType::Bool)
        slot = qint64(value.toBool() ? 1 : 0);
    else
        slot = value;
}

bool ServerStatement::failed()
{
    const QSqlError error = m_query.lastError();
    m_uniqueViolation = Database::isUniqueViolation(error);
    m_error = Database::describe(error) + QStringLiteral(" in: ") + m_sql;
    return false;
}

bool ServerStatement::execute()
{
    m_uniqueViolation = false;
    for (std::size_t i = 0; i < m_values.size() && !m_direct; ++i)
        m_query.bindValue(int(i), m_values[i]);
    m_executed = true;
    if (m_direct)
        return m_query.exec(m_sql) || failed();
    return m_query.exec() || failed();
}

ServerStatement::~ServerStatement() = default;

bool ServerStatement::next()
{
    if (!m_prepared)
        return false;
    m_utf8.clear();
    if (m_useCursor) {
        if (!m_executed) {
            m_executed = true;
            m_cursor = std::make_unique<ServerCursor>(m_db, m_query, true);
            if (!m_cursor->exec(m_sql, m_values)) {
                m_error = m_cursor->error() + QStringLiteral(" in: ") + m_sql;
                return false;
            }
        }
        const bool row = m_cursor->next();
        if (!row && !m_cursor->error().isEmpty())
            m_error = m_cursor->error() + QStringLiteral(" in: ") + m_sql;
        return row;
    }
    if (!m_executed && !execute())
        return false;
    return m_query.next();
}

bool ServerStatement::run()
{
    if (!m_prepared)
        return false;
    const bool ok = execute();
    reset();
    return ok;
}

void ServerStatement::reset()
{
    m_cursor.reset();
    m_query.finish();
    m_values.clear();
    m_utf8.clear();
    m_executed = false;
}

qint64 ServerStatement::lastInsertId()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT lastval()")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool ServerStatement::isNull(int column) const
{
    return m_query.isNull(column);
}

qint64 ServerStatement::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

double ServerStatement::real(int column) const
{
    return m_query.value(column).toDouble();
}

const char *ServerStatement::utf8(int column, int *size) const
{
    if (column < 0) {
        *size = 0;
        return nullptr;
    }
    if (std::size_t(column) >= m_utf8.size())
        m_utf8.resize(std::size_t(column) + 1);
    QByteArray &bytes = m_utf8[std::size_t(column)];
    const QVariant v = m_query.value(column);
    if (v.isNull()) {
        *size = 0;
        return nullptr;
    }
    bytes = v.toString().toUtf8();
    *size = int(bytes.size());
    return bytes.constData();
}

QString ServerStatement::text(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? QString() : v.toString();
}

}  // namespace trialcrf
