// SPDX-License-Identifier: Apache-2.0
#include "storage/auditbatch.h"

#include <QStringList>

namespace trialcrf {

namespace {

QString insertSql(const QString &columns, int rows)
{
    const QString one = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << one;
    return QStringLiteral("INSERT INTO audit_log (") + columns
        + QStringLiteral(") VALUES ") + values.join(QStringLiteral(", "));
}

}  // namespace

AuditBatch::AuditBatch(const Database &db) : m_db(db)
{
    m_queue.reserve(kRows);
}

AuditBatch::~AuditBatch() = default;

bool AuditBatch::add(AuditEntry entry, QString *error)
{
    if (!AuditLog::loadTail(m_db, error))
        return false;
    // Stored with millisecond precision: hash what is stored (as AuditLog::append does).
    if (entry.atUtc != m_lastAt) {
        m_lastAt = entry.atUtc;
        m_lastAtText = AuditLog::formatTime(entry.atUtc);
        m_lastAtStored = QDateTime::fromString(m_lastAtText, Qt::ISODateWithMs);
    }
    entry.atUtc = m_lastAtStored;
    entry.seq = m_db.m_auditTailSeq + 1;
    entry.prevHash = m_db.m_auditTailHash;
    entry.hash = AuditLog::computeHash(entry, m_lastAtText);
    m_db.m_auditTailSeq = entry.seq;
    m_db.m_auditTailHash = entry.hash;
    m_db.m_auditAnchorDirty = true;  // the outermost commit writes the anchor
    m_queue.append({std::move(entry), m_lastAtText});
    return m_queue.size() < kRows || flush(error);
}

bool AuditBatch::write(SqliteStatement &st, qsizetype from, int rows, QString *error)
{
    if (!st.isPrepared()) {
        *error = QStringLiteral("audit: ") + st.errorString();
        return false;
    }
    int p = 0;
    for (int r = 0; r < rows; ++r) {
        const Queued &q = m_queue.at(from + r);
        const AuditEntry &e = q.entry;
        st.bindInteger(++p, e.seq);
        st.bindText(++p, q.atText);
        st.bindText(++p, e.userName);
        st.bindText(++p, e.action);
        // Empty text is NULL: "not recorded" has one representation.
        st.bindText(++p, e.tableName);
        if (e.recordId)
            st.bindInteger(++p, e.recordId);
        else
            st.bindNull(++p);
        st.bindText(++p, e.subjectCode);
        st.bindText(++p, e.field);
        st.bindText(++p, e.oldValue);
        st.bindText(++p, e.newValue);
        st.bindText(++p, e.reason);
        st.bindText(++p, e.prevHash);
        st.bindText(++p, e.hash);
    }
    if (!st.run()) {
        *error = QStringLiteral("audit: ") + st.errorString();
        return false;
    }
    return true;
}

bool AuditBatch::flush(QString *error)
{
    if (m_queue.isEmpty())
        return true;
    bool ok = true;
    if (m_queue.size() == kRows) {
        if (!m_full)
            m_full = std::make_unique<SqliteStatement>(m_db, insertSql(AuditLog::columnList(), kRows));
        ok = write(*m_full, 0, kRows, error);
        m_queue.clear();
    } else {
        if (!m_one)
            m_one = std::make_unique<SqliteStatement>(m_db, insertSql(AuditLog::columnList(), 1));
        for (qsizetype i = 0; ok && i < m_queue.size(); ++i)
            ok = write(*m_one, i, 1, error);
        m_queue.clear();
    }
    if (!ok)
        m_db.m_auditTailValid = false;  // re-read under the lock after the rollback
    return ok;
}

}  // namespace trialcrf
