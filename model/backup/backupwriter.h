// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/sqlitecopy.h"

#include <QString>

namespace trialcrf {

class Database;

struct BackupOptions {
    /// Not empty: the backup is encrypted with this passphrase (BackupCrypto).
    QString passphrase;
    /// Pages copied and in all, between steps of the copy (e.g. a progress dialog).
    SqliteCopy::Progress progress;
};

/// Writes backups atomically: the copy goes to a hidden temporary name in the target's folder,
/// is verified (the checks of verify), encrypted when asked, and only then renamed to the
/// target. Whatever fails (a full disk, a damaged source, an unwritable folder), no file and
/// no journal is left behind, so a retry to the same name is not refused by a leftover.
class BackupWriter {
public:
    /// Copies the study `source` is open on into the new file `target` (never overwrites): a
    /// file page by page, a server's study row by row into a new study file.
    /// The source is checked first (sourceDamage): a damaged study is refused before anything
    /// is written. False with a one-line *error; nothing is left at `target` or beside it then.
    static bool write(const Database &source, const QString &target, const BackupOptions &options,
                      QString *error);

    /// Empty when the pages of the study `source` is open on read back sound (PRAGMA
    /// quick_check); else "FILE: the database is damaged — run verify; restore from a backup
    /// (first problem)". A copy of damaged pages would only spread the damage.
    static QString sourceDamage(const Database &source);

    /// A name in `target`'s folder that does not exist yet, hidden, for a file on its way to
    /// becoming `target`.
    static QString temporaryNameFor(const QString &target);
    /// Removes `path` and the journal, WAL and shared-memory files SQLite may keep beside it.
    static void removeWithJournals(const QString &path);

private:
    static bool copyFromServer(const Database &source, const QString &file, QString *error);
};

}  // namespace trialcrf
