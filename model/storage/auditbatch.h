// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/sqlitestatement.h"

#include <QList>
#include <memory>

namespace trialcrf {

/// Audit rows appended in bulk inside the caller's open transaction (the import, the demo
/// generator): each row still gets the next seq, its predecessor's hash and its own SHA-256
/// hash, exactly as AuditLog::append chains it, but rows are written kRows per INSERT
/// statement, prepared once. flush() writes what is queued; a batch dropped without flush()
/// leaves its rows unwritten, so the caller must flush before it commits (or roll back).
class AuditBatch {
public:
    static constexpr int kRows = 64;

    explicit AuditBatch(const Database &db);
    ~AuditBatch();
    AuditBatch(const AuditBatch &) = delete;
    AuditBatch &operator=(const AuditBatch &) = delete;

    /// Chains and queues one row (atUtc must be set); writes a full batch. False with *error
    /// on an SQL error.
    bool add(AuditEntry entry, QString *error);
    /// Writes the queued rows.
    bool flush(QString *error);

private:
    struct Queued {
        AuditEntry entry;
        QString atText;
    };
    bool write(SqliteStatement &st, qsizetype from, int rows, QString *error);

    const Database &m_db;
    QList<Queued> m_queue;
    QDateTime m_lastAt, m_lastAtStored;
    QString m_lastAtText;
    std::unique_ptr<SqliteStatement> m_full, m_one;
};

}  // namespace trialcrf
