// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"
#include "storage/session.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace trialcrf {

/// The record of a database lock, signed by the data manager as an e-signature is (password
/// entered again, printed name, role, time, bound to a SHA-256): who locked the study, when and
/// why, how many records each table held, and the SHA-256 of every file of the export made at
/// lock (audit.csv aside: the trail goes on after the lock) and of them all together.
struct LockManifest {
    qint64 id = 0;
    QDateTime lockedAtUtc;
    qint64 signerUserId = 0;
    QString signerUserName;
    QString printedName;
    QString signerRole;
    QString reason;
    QMap<QString, qint64> recordCounts;  ///< table → rows
    QMap<QString, QString> fileHashes;   ///< export file → SHA-256 hex
    QString exportSha256;                ///< exportHash(fileHashes)
    QString manifestHash;                ///< SHA-256 hex of canonical(), as signed

    /// Every field above but id and manifestHash, each "<utf-8 length>:<utf-8 bytes>".
    QByteArray canonical() const;
    QString computedHash() const;
    /// SHA-256 hex over the files' names and hashes in name order.
    static QString exportHash(const QMap<QString, QString> &fileHashes);
};

/// The lock manifests' SQL: the rows (append-only), their audit rows (action "lock_study" on
/// table lock_manifests) and the record counts they state.
class LockManifestStore {
public:
    static QString table() { return QStringLiteral("lock_manifests"); }
    static QString auditAction() { return QStringLiteral("lock_study"); }
    /// The tables whose records a manifest counts: the clinical data and its monitoring.
    static QStringList countedTables();

    /// Rows per counted table now; nullopt on an SQL error (*error).
    static std::optional<QMap<QString, qint64>> recordCounts(const Database &db, QString *error);
    /// Writes the manifest and its audit row; call inside the caller's transaction. Fills id
    /// and manifestHash.
    static bool insert(const Database &db, const Clock &clock, LockManifest *m, QString *error);
    /// Every manifest, oldest first; an empty list on a schema without them; nullopt on an
    /// SQL error.
    static std::optional<QList<LockManifest>> manifests(const Database &db, QString *error);
    /// Tamper check: every manifest matches its own hash and the audit row that wrote it, and
    /// every such audit row still has its manifest. Empty when sound, else the problem.
    static QString forgedManifest(const Database &db);
};

}  // namespace trialcrf
