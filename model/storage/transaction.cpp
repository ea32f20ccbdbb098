// SPDX-License-Identifier: Apache-2.0
// Transaction (declared in database.h): BEGIN IMMEDIATE, or a savepoint when nested.
#include "storage/database.h"

#include "storage/sqldialect.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

Transaction::Transaction(const Database &db)
    : m_owner(&db)
{
    if (!db.isOpen()) {
        m_error = QStringLiteral("the database is not open");
        return;
    }
    m_db = db.connection();
    if (db.m_transactionDepth == 0) {
        // A fresh outermost transaction: what was cached under the last lock is void.
        db.m_auditTailValid = false;
        db.m_auditAnchorDirty = false;
        db.m_auditFirstSeq = 0;
        if (db.isServer()) {
            if (db.m_inReadSnapshot) {
                // Inside a ReadSnapshot's transaction: nest as a savepoint.
                m_savepoint = QStringLiteral("trialcrf_sp%1").arg(db.m_transactionDepth);
                if (!exec(QStringLiteral("SAVEPOINT ") + m_savepoint))
                    return;
            } else if (!beginOnServer(db)) {
                return;
            }
            ++db.m_transactionDepth;
            m_active = true;
            return;
        }
        const QString begin = db.isReadOnly() ? QStringLiteral("BEGIN")
                                              : QStringLiteral("BEGIN IMMEDIATE");
        if (!exec(begin)) {
            // Someone opened a transaction on this connection without us (QSqlDatabase::
            // transaction()): nest inside it as a savepoint instead.
            if (!m_error.contains(QLatin1String("within a transaction")))
                return;
            m_error.clear();
            m_savepoint = QStringLiteral("trialcrf_sp%1").arg(db.m_transactionDepth);
            if (!exec(QStringLiteral("SAVEPOINT ") + m_savepoint))
                return;
        }
    } else {
        // Named by depth: names on the stack stay unique and the statements repeat.
        m_savepoint = QStringLiteral("trialcrf_sp%1").arg(db.m_transactionDepth);
        if (!exec(QStringLiteral("SAVEPOINT ") + m_savepoint))
            return;
    }
    ++db.m_transactionDepth;
    m_active = true;
}

bool Transaction::beginOnServer(const Database &db)
{
    if (!exec(QStringLiteral("BEGIN")))
        return false;
    if (db.isReadOnly())
        return true;
    // PostgreSQL's stand-in for BEGIN IMMEDIATE: every writing transaction first takes one
    // transaction-scoped advisory lock, so writers run one after another and each reads the
    // audit tail its predecessor committed (READ COMMITTED: every statement after the lock
    // sees that commit). The audit hash chain stays one chain when several workstations save
    // at once. An advisory lock rather than SELECT … FOR UPDATE on the audit_anchor row: it
    // needs no row (a database being migrated has none yet), never blocks readers, and is
    // released by COMMIT or ROLLBACK alone. A wait longer than lock_timeout fails with
    // SQLSTATE 55P03, which isBusy() reports as SQLite's busy timeout does.
    if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SqlDialect::kWriterLock))) {
        const QString why = m_error;
        const bool busy = m_busy;
        exec(QStringLiteral("ROLLBACK"));
        m_error = why;
        m_busy = busy;
        return false;
    }
    return true;
}

Transaction::~Transaction()
{
    if (m_active && !m_committed)
        rollback();
}

bool Transaction::exec(const QString &sql)
{
    if (m_owner->isServer()) {
        // PostgreSQL prepares no transaction control statement: run it as it is.
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            m_error = Database::describe(q.lastError());
            m_busy = Database::statusFor(q.lastError()) == Database::Status::Locked;
            return false;
        }
        return true;
    }
    Statement s(*m_owner, sql);
    if (!s.exec()) {
        m_error = Database::describe(s.query().lastError());
        m_busy = Database::statusFor(s.query().lastError()) == Database::Status::Locked;
        return false;
    }
    return true;
}

bool Transaction::commit()
{
    if (!m_active || m_committed)
        return false;
    // The outermost transaction that appended audit rows commits them with their anchor.
    const bool audited = m_owner->m_transactionDepth == 1 && m_owner->m_auditAnchorDirty;
    if (audited) {
        QString why;
        if (!m_owner->writeAuditAnchor(&why)) {
            rollback();
            m_error = QStringLiteral("audit anchor: ") + why;
            return false;
        }
    }
    const bool ok = m_savepoint.isEmpty() ? exec(QStringLiteral("COMMIT"))
                                          : exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    if (!ok) {
        const QString why = m_error;
        rollback();
        m_error = why;
        return false;
    }
    m_committed = true;
    --m_owner->m_transactionDepth;
    // What this connection appended is its own: a watcher does not report it as another's.
    if (audited)
        m_owner->noteAppended(m_owner->m_auditFirstSeq, m_owner->m_auditTailSeq);
    return true;
}

void Transaction::rollback()
{
    m_owner->m_auditTailValid = false;
    if (m_owner->m_transactionDepth == 1) {
        m_owner->m_auditAnchorDirty = false;
        m_owner->m_auditFirstSeq = 0;
    }
    if (m_savepoint.isEmpty()) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
        exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    }
    m_active = false;
    --m_owner->m_transactionDepth;
}

// ---- what this connection appended (Database) -------------------------------------------

QString Database::changeChannel()
{
    return QStringLiteral("trialcrf_audit");
}

void Database::noteAppended(qint64 first, qint64 last) const
{
    if (first <= 0 || last < first)
        return;  // everything appended was rolled back with its savepoint
    // Writers append one after another, so ranges come in ascending order; adjacent ones merge.
    if (!m_appendedSeqs.empty() && m_appendedSeqs.back().second + 1 >= first) {
        m_appendedSeqs.back().second = qMax(m_appendedSeqs.back().second, last);
        return;
    }
    m_appendedSeqs.emplace_back(first, last);
    // A connection no watcher reads (a script's) keeps a bounded memory of its writes.
    constexpr size_t kMaxRanges = 4096;
    if (m_appendedSeqs.size() > kMaxRanges)
        m_appendedSeqs.erase(m_appendedSeqs.begin());
}

bool Database::appendedHere(qint64 seq) const
{
    for (const auto &range : m_appendedSeqs) {
        if (seq < range.first)
            return false;
        if (seq <= range.second)
            return true;
    }
    return false;
}

void Database::forgetAppendedUpTo(qint64 seq) const
{
    auto it = m_appendedSeqs.begin();
    while (it != m_appendedSeqs.end() && it->second <= seq)
        ++it;
    m_appendedSeqs.erase(m_appendedSeqs.begin(), it);
}

}  // namespace trialcrf
