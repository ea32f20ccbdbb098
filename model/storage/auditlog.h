// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"
#include "storage/session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>

class QSqlQuery;

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
    QString prevHash, hash;  ///< hex; the first row's prevHash is 64 zeros
};

struct AuditFilter {
    QString subjectCode, userName, tableName, action;  ///< empty = any
    std::optional<QDate> from, to;  ///< UTC dates, both inclusive
    int limit = -1;                 ///< -1 = all
    bool newestFirst = false;       ///< order by seq descending (with limit: the latest rows)
};

/// What the app last wrote to the audit trail, kept beside it (table audit_anchor) and
/// rewritten in the same transaction as every audit insert: the hash chain cannot show its
/// own last rows deleted, a trail that ends before its anchor does. Anyone who also rewrites
/// the anchor defeats it; `trialcrf-cli verify` prints it so a copy kept elsewhere can tell.
struct AuditAnchor {
    qint64 rowCount = 0;
    QString tailHash;  ///< the last row's hash; 64 zeros for an empty trail
};

class AuditLog {
public:
    explicit AuditLog(const Database &db, Clock clock = systemClock());
    /// Appends one row inside the caller's open transaction; computes the chain hash.
    bool append(AuditEntry entry, QString *error);
    QList<AuditEntry> entries(const AuditFilter &filter = {}) const;
    /// Streams the matching rows in seq order (one forward-only query, flat memory), e.g. for
    /// audit.csv and the ODM export. `fn` returns false to stop. False on an SQL error.
    bool forEachEntry(const AuditFilter &filter, const std::function<bool(const AuditEntry &)> &fn,
                      QString *error = nullptr) const;
    /// The number of audit rows.
    qint64 count() const;
    /// Walks the chain from the first row, then checks its end against the anchor. nullopt
    /// when sound; else the seq of the first broken row (for deleted last rows: the first
    /// missing one) with a one-line description in *problem.
    std::optional<qint64> firstBrokenRow(QString *problem) const;
    /// The stored anchor; nullopt when it cannot be read.
    std::optional<AuditAnchor> anchor() const;
    /// The canonical text that a row's hash covers (stable across versions).
    /// Each field as "<utf-8 length>:<utf-8 bytes>", in a fixed order: seq, at_utc, user_name,
    /// action, table_name, record_id, subject_code, field, old_value, new_value, reason.
    static QByteArray canonical(const AuditEntry &e);
    /// The same, with at_utc given as its stored text (formatTime(e.atUtc)).
    static QByteArray canonical(const AuditEntry &e, const QString &atText);
    /// SHA-256 hex of canonical(e) followed by e.prevHash.
    static QString computeHash(const AuditEntry &e);
    static QString computeHash(const AuditEntry &e, const QString &atText);
    /// The stored form of a timestamp: ISO 8601 UTC with milliseconds and Z.
    static QString formatTime(const QDateTime &utc);
    /// The audit_log columns in canonical order, as SQL (for a SELECT, and AuditBatch's
    /// INSERT), each prefixed with "<alias>." when an alias is given (a join may select more
    /// columns after them).
    static QString selectColumns(const QString &alias = {});
    /// The entry in the current row of `q`, whose first columns are selectColumns().
    static AuditEntry entryFrom(const QSqlQuery &q);
    /// How many columns selectColumns() names.
    static int columnCount();

private:
    friend class AuditBatch;
    friend class Database;  // writes the anchor from the tail at commit
    /// Reads the chain's last seq and hash into the Database's tail cache when it is not
    /// valid (inside the caller's transaction). False with *error on an SQL error.
    static bool loadTail(const Database &db, QString *error);
    /// The chain, sound up to row lastSeq with hash lastHash, against the anchor.
    std::optional<qint64> anchorMismatch(qint64 lastSeq, const QString &lastHash,
                                         QString *why) const;

    const Database &m_db;
    Clock m_clock;
};

}  // namespace trialcrf
