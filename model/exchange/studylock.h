// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/lockmanifeststore.h"
#include "storage/lockreadiness.h"
#include "storage/session.h"

#include <QList>
#include <QString>
#include <optional>

namespace trialcrf {

class Database;
struct Protocol;
class StudyStore;
class UserStore;

/// The outcome of StudyLock::lock. Nothing is locked unless status is Locked.
struct StudyLockResult {
    enum class Status {
        Locked,
        Denied,          ///< the role (or the account's current role) may not lock
        ReasonRequired,  ///< no reason given
        Blocked,         ///< `blockers` stand in the way
        WrongPassword,   ///< the re-entered password is wrong (counted toward the lockout)
        LockedOut,
        Failed,          ///< `message` says why
    };
    Status status = Status::Locked;
    QString message;  ///< one line, untranslated detail
    QList<rules::LockBlocker> blockers;
    LockManifest manifest;
    int casebooksLocked = 0;  ///< casebooks this lock locked (others were locked already)

    bool ok() const { return status == Status::Locked; }
};

/// What the export of the study looks like now: the records per table and the SHA-256 of every
/// export file (audit.csv aside).
struct StudyFingerprint {
    QMap<QString, qint64> recordCounts;
    QMap<QString, QString> fileHashes;
    QString exportSha256;
};

/// The database lock: what stands in its way (rules::lockBlockers() over the whole study),
/// and the lock itself — every casebook locked in one transaction (StudyStore::setLocked
/// with the reason, audited per casebook), then the lock manifest written and signed by the
/// data manager, who enters the password again as for an e-signature.
class StudyLock {
public:
    StudyLock(StudyStore &store, UserStore &users);

    /// What the readiness check reads, subject by subject in code order.
    std::optional<QList<rules::SubjectLockFacts>> facts(const Session &s,
                                                        QString *error = nullptr) const;
    /// Every blocker of the study today (the store's clock); nullopt on an error.
    std::optional<QList<rules::LockBlocker>> blockers(const Session &s,
                                                      QString *error = nullptr) const;
    /// Refused (Blocked, with the list) while any blocker stands: checked before the
    /// password and again under the write lock.
    StudyLockResult lock(const Session &s, const QString &reason, const QString &password);

    /// The study's fingerprint as the export gives it now (written into a temporary folder
    /// and removed). Any role that may export; a read-only database will do.
    static std::optional<StudyFingerprint> fingerprint(const StudyStore &store, QString *error);
    /// The check of `verify`: the manifests match their signatures and audit rows, and the
    /// study still gives the latest manifest's record counts and export hashes. Each problem
    /// is one line naming the table or export file that changed; empty when sound or when
    /// the study was never locked.
    static QStringList verify(const StudyStore &store, QString *error);

private:
    StudyLockResult refuse(StudyLockResult::Status status, const QString &message) const;

    StudyStore &m_store;
    UserStore &m_users;
};

}  // namespace trialcrf
