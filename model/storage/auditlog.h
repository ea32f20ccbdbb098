// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"
#include "storage/session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace trialcrf {

/// One row of the append-only audit trail. Each row's hash is SHA-256 over its content and
/// the previous row's hash, so any edit made behind the app's back breaks the chain.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime atUtc;
    QString userName;
    QString action;     ///< insert, update, delete, login, login_failed, logout, lock, …
    QString tableName;  ///< e.g. "infusions"; empty for session events
    qint64 recordId = 0;
    QString subjectCode;  ///< for filtering; empty when not about a subject
    QString field;
    QString oldValue, newValue;  ///< as stored text; empty = not recorded
    QString reason;
    QString prevHash, hash;  ///< hex
};

struct AuditFilter {
    QString subjectCode, userName, tableName;
    std::optional<QDate> from, to;
    int limit = -1;
};

class AuditLog {
public:
    explicit AuditLog(const Database &db, Clock clock = systemClock());
    /// Appends one row inside the caller's open transaction; computes the chain hash.
    bool append(AuditEntry entry, QString *error);
    QList<AuditEntry> entries(const AuditFilter &filter = {}) const;
    /// Walks the chain from the first row. nullopt when sound; else the seq of the first
    /// broken row with a one-line description in *problem.
    std::optional<qint64> firstBrokenRow(QString *problem) const;
    /// The canonical text that a row's hash covers (stable across versions).
    static QByteArray canonical(const AuditEntry &e);

private:
    const Database &m_db;
    Clock m_clock;
};

}  // namespace trialcrf
