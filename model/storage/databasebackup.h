// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backup/backupwriter.h"
#include "storage/database.h"
#include "storage/saveresult.h"
#include "storage/session.h"

#include <QString>

namespace trialcrf {

/// A backup of the whole study database as a logged-in user: only a role that may Backup
/// (the data manager) may take one. The backup is audited (action "backup", the target file
/// as the new value) before the copy is written, so the copy holds the row that records it.
class DatabaseBackup {
public:
    explicit DatabaseBackup(const Database &db, Clock clock = systemClock());

    /// Writes a consistent copy to `target` (BackupWriter: never overwrites, safe while others
    /// write, verified before it gets its name, encrypted when `options` has a passphrase).
    /// Denied, with nothing written and nothing audited, for any other role; DatabaseError
    /// with the detail in `message` when the audit row or the copy fails, and, with nothing
    /// audited or written, for a damaged study (BackupWriter::sourceDamage).
    SaveResult write(const Session &s, const QString &target,
                     const BackupOptions &options = {}) const;

private:
    const Database &m_db;
    Clock m_clock;
};

}  // namespace trialcrf
