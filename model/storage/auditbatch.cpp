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

bool AuditBatch::add(AuditEntry entry, QString *error, std::function<QString()> newValue)
{
    if (!AuditLog::loadTail(m_db, error))
        return false;
    if (!m_started) {
        m_chainHash = m_db.m_auditTailHash;
        m_started = true;
    }
    // Stored with millisecond precision: hash what is stored (as AuditLog::append does).
    if (entry.atUtc != m_lastAt) {
        m_lastAt = entry.atUtc;
        m_lastAtText = AuditLog::formatTime(entry.atUtc);
        m_lastAtStored = QDateTime::fromString(m_lastAtText, Qt::ISODateWithMs);
    }
    entry.atUtc = m_lastAtStored;
    entry.seq = ++m_db.m_auditTailSeq;
    m_db.m_auditAnchorDirty = true;  // the outermost commit writes the anchor
    if (m_db.m_auditFirstSeq == 0 || entry.seq < m_db.m_auditFirstSeq)
        m_db.m_auditFirstSeq = entry.seq;
    m_queue.append({std::move(entry), m_lastAtText, std::move(newValue)});
    if (m_queue.size() < kRows)
        return true;
    // Full: the previous batch (hashed meanwhile) is written, this one goes to be hashed.
    if (!writeHashed(error))
        return false;
    m_inFlight.swap(m_queue);
    m_queue.clear();
    m_queue.reserve(kRows);
    m_hasher.run([this] { chain(m_inFlight); });
    return true;
}

void AuditBatch::chain(Rows &rows)
{
    for (Queued &q : rows) {
        // What the function holds (the record's rows) stays until the caller's thread, which
        // allocated it, drops the batch: a free into another thread's heap arena waits for
        // that arena's lock.
        if (q.newValue)
            q.entry.newValue = q.newValue();
        q.entry.prevHash = m_chainHash;
        q.entry.hash = AuditLog::computeHash(q.entry, q.atText);
        m_chainHash = q.entry.hash;
    }
}

bool AuditBatch::writeHashed(QString *error)
{
    m_hasher.wait();
    if (m_inFlight.isEmpty())
        return true;
    const bool ok = writeRows(m_inFlight, error);
    if (ok)
        m_db.m_auditTailHash = m_inFlight.constLast().entry.hash;
    m_inFlight.clear();
    return ok;
}

bool AuditBatch::write(SqliteStatement &st, const Rows &rows, qsizetype from, int count,
                       QString *error)
{
    if (!st.isPrepared()) {
        *error = QStringLiteral("audit: ") + st.errorString();
        return false;
    }
    int p = 0;
    for (int r = 0; r < count; ++r) {
        const Queued &q = rows.at(from + r);
        const AuditEntry &e = q.entry;
        st.bindInteger(++p, e.seq);
        // The chain's own columns are NOT NULL: an empty user name (a failed login's unknown
        // user) is stored as the empty text it was hashed as.
        st.bindUtf16(++p, q.atText);
        st.bindUtf16(++p, e.userName);
        st.bindUtf16(++p, e.action);
        // Empty text of the other columns is NULL: "not recorded" has one representation.
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
        st.bindUtf16(++p, e.prevHash);
        st.bindUtf16(++p, e.hash);
    }
    if (!st.run()) {
        *error = QStringLiteral("audit: ") + st.errorString();
        return false;
    }
    return true;
}

bool AuditBatch::writeRows(const Rows &rows, QString *error)
{
    bool ok = true;
    if (rows.size() == kRows) {
        if (!m_full)
            m_full = std::make_unique<SqliteStatement>(
                m_db, insertSql(AuditLog::selectColumns(), kRows));
        ok = write(*m_full, rows, 0, kRows, error);
    } else {
        if (!m_one)
            m_one = std::make_unique<SqliteStatement>(
                m_db, insertSql(AuditLog::selectColumns(), 1));
        for (qsizetype i = 0; ok && i < rows.size(); ++i)
            ok = write(*m_one, rows, i, 1, error);
    }
    if (!ok)
        m_db.m_auditTailValid = false;  // re-read under the lock after the rollback
    return ok;
}

bool AuditBatch::flush(QString *error)
{
    if (!writeHashed(error))
        return false;
    m_started = false;  // the next add() chains on from the tail again, whoever appended since
    if (m_queue.isEmpty())
        return true;
    chain(m_queue);  // the hashing thread is idle: the rest is chained here
    const bool ok = writeRows(m_queue, error);
    if (ok)
        m_db.m_auditTailHash = m_chainHash;
    m_queue.clear();
    return ok;
}

}  // namespace trialcrf
