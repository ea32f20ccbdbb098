// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/serialworker.h"
#include "storage/sqlitestatement.h"

#include <QList>
#include <functional>
#include <memory>

namespace trialcrf {

class CopyRows;

/// Audit rows appended in bulk inside the caller's open transaction (the import, the demo
/// generator): each row still gets the next seq, its predecessor's hash and its own SHA-256
/// hash, exactly as AuditLog::append chains it, but rows are written kRows per INSERT
/// statement, prepared once. The hashes of a full batch are computed on a second thread
/// while the caller prepares the next batch (the chain is sequential, the caller's work is
/// not), and the batch is written when the next one is full or at flush(). flush() writes
/// everything queued; a batch dropped without flush() leaves its rows unwritten, so the
/// caller must flush before it commits (or roll back), and nothing else may append to the
/// audit trail on the connection until then.
class AuditBatch {
public:
    static constexpr int kRows = 64;

    explicit AuditBatch(const Database &db);
    ~AuditBatch();
    AuditBatch(const AuditBatch &) = delete;
    AuditBatch &operator=(const AuditBatch &) = delete;

    /// Chains and queues one row (atUtc must be set); writes a full batch. False with *error
    /// on an SQL error. With `newValue`, the row's new_value is what it returns, called on the
    /// hashing thread (a record's JSON is most of a bulk insert's formatting): it must only
    /// read what it holds by value.
    bool add(AuditEntry entry, QString *error, std::function<QString()> newValue = {});
    /// Writes the queued rows. After it, AuditLog::append may add rows on the connection
    /// again; the next add() chains on from the trail's tail then.
    bool flush(QString *error);
    /// On a server (CopySink): rows are appended to `rows` in COPY's format instead of being
    /// inserted; the sink sends them. Null: INSERT statements.
    void setCopyTarget(CopyRows *rows) { m_copy = rows; }
    /// The rows written since the transaction began were not stored (a refused COPY): the
    /// connection's audit tail is read again after the rollback.
    void dropTail();

private:
    struct Queued {
        AuditEntry entry;
        QString atText;
        std::function<QString()> newValue;  ///< renders entry.newValue before it is hashed
    };
    using Rows = QList<Queued>;
    bool write(SqliteStatement &st, const Rows &rows, qsizetype from, int count, QString *error);
    bool writeRows(const Rows &rows, QString *error);
    void copyRows(const Rows &rows);
    /// Chains rows on from m_chainHash (prevHash, hash), in order.
    void chain(Rows &rows);
    /// Waits for the hashing thread, then writes the batch it hashed.
    bool writeHashed(QString *error);

    const Database &m_db;
    Rows m_queue;         ///< being filled by add()
    bool m_started = false;
    QString m_chainHash;  ///< the hash of the last row chained

    // m_inFlight and m_chainHash are the hashing thread's own until m_hasher.wait() returns.
    Rows m_inFlight;
    SerialWorker m_hasher;  ///< after the rows it hashes: joined before they go
    QDateTime m_lastAt, m_lastAtStored;
    QString m_lastAtText;
    std::unique_ptr<SqliteStatement> m_full, m_one;
    CopyRows *m_copy = nullptr;
};

}  // namespace trialcrf
