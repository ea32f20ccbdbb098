// SPDX-License-Identifier: Apache-2.0
#include "storage/readsnapshot.h"

#include <QSqlQuery>

namespace trialcrf {

ReadSnapshot::ReadSnapshot(const Database &db) : m_db(db)
{
    if (!db.isServer()) {
        m_active = db.connection().transaction();
        return;
    }
    if (db.m_transactionDepth > 0 || db.m_inReadSnapshot)
        return;  // already inside a transaction: it is the snapshot
    QSqlQuery q(db.connection());
    m_active = q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    db.m_inReadSnapshot = m_active;
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_active)
        return;
    if (!m_db.isServer()) {
        m_db.connection().commit();
        return;
    }
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("COMMIT"));
    m_db.m_inReadSnapshot = false;
}

}  // namespace trialcrf
