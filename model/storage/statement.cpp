// SPDX-License-Identifier: Apache-2.0
#include "storage/statement.h"

#include <QVariant>

namespace trialcrf {

namespace {
// Bounded: UPDATE statements vary with the set of changed columns. Past the bound new texts
// run uncached rather than evicting queries that may be in use.
constexpr std::size_t kMaxCachedStatements = 512;
}  // namespace

Statement::Statement(const Database &db, const QString &sql)
{
    auto it = db.m_statements.find(sql);
    if (it != db.m_statements.end() && !it->second.inUse) {
        m_cached = &it->second;
        m_cached->inUse = true;
        m_query = m_cached->query.get();
        m_prepared = true;
        return;
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);  // no row cache: callers only step forward
    m_prepared = q.prepare(sql);
    if (m_prepared && it == db.m_statements.end()
        && db.m_statements.size() < kMaxCachedStatements) {
        Database::CachedStatement &entry = db.m_statements[sql];
        entry.query = std::make_unique<QSqlQuery>(std::move(q));
        entry.inUse = true;
        m_cached = &entry;
        m_query = entry.query.get();
        return;
    }
    m_own.emplace(std::move(q));
    m_query = &*m_own;
}

Statement::~Statement()
{
    m_query->finish();
    if (m_cached)
        m_cached->inUse = false;
}

bool Statement::exec(const QVariantList &values)
{
    if (!m_prepared)
        return false;
    for (const QVariant &v : values) {
        // Yes/no is stored 0/1 on both backends (QPSQL would send TRUE/FALSE).
        if (v.typeId() == QMetaType::Bool && !v.isNull())
            m_query->addBindValue(int(v.toBool()));
        else
            m_query->addBindValue(v);
    }
    return m_query->exec();
}

}  // namespace trialcrf
