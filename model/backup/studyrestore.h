// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/backupcontents.h"
#include "storage/database.h"
#include "storage/saveresult.h"
#include "storage/session.h"

#include <QString>
#include <functional>
#include <optional>

namespace trialcrf {

/// Puts a backup back as the study. First open() reads the backup (decrypting an encrypted
/// one into a hidden temporary file beside the study) and runs verify's checks on it, so the
/// caller can show what it holds before anything is replaced. Then restoreInto() (the study
/// is open: the app, or the CLI on a sound file) or restoreFile() (the study file is missing
/// or cannot be opened) replaces the study: the replaced study is kept beside it as
/// "<name>.replaced-<UTC time>.db", and the restore is audited in the restored study's trail
/// (action "restore", the kept file as the old value, the backup as the new one). Only a role
/// that may back up (the data manager) may restore.
class StudyRestore {
public:
    StudyRestore(const QString &backupPath, const QString &studyPath, Clock clock = systemClock());
    ~StudyRestore();
    StudyRestore(const StudyRestore &) = delete;
    StudyRestore &operator=(const StudyRestore &) = delete;

    /// True when the backup is encrypted: open() needs its passphrase.
    bool isEncrypted() const;
    /// Reads and checks the backup. False with *error when it cannot be read or decrypted (a
    /// wrong passphrase, a changed byte); true with contents() otherwise, sound or not.
    bool open(const QString &passphrase, QString *error);
    /// What the backup holds and whether it verifies (after open()).
    const BackupContents &contents() const { return m_contents; }
    /// The name the replaced study will be kept under, beside it.
    QString keptName() const;

    /// Replaces the content of the open study `live` (its connection stays valid; others see
    /// the old study or the restored one, never a mix) after copying the replaced study to
    /// keptName(). Denied for a session that may not back up; refused when the backup does
    /// not verify.
    SaveResult restoreInto(const Database &live, const Session &session);
    /// For a study file that is missing or cannot be opened: the verified copy is opened under
    /// a temporary name, `logIn` checks the user against the restored study (nullopt: refused,
    /// with the reason in *loginError), the restore is audited, the damaged file (if any) is
    /// moved to keptName() and the copy takes the study's name.
    SaveResult restoreFile(
        const std::function<std::optional<Session>(Database &, QString *loginError)> &logIn);

    /// Onto an empty database on a PostgreSQL server (`restore --server`; the study path
    /// given to the constructor then only says where an encrypted backup is decrypted):
    /// `logIn` checks the user against the backup (the server holds no accounts yet), the
    /// backup's rows are copied with StudyCopy in one transaction (a server database that
    /// already holds users, subjects or audit rows is refused, nothing written), the restore
    /// is audited in the server's trail and the hash chain is checked there.
    SaveResult restoreOnto(
        const Database &server,
        const std::function<std::optional<Session>(Database &, QString *loginError)> &logIn);

    /// The file restoreInto/restoreFile kept, empty when none was replaced.
    QString keptFile() const { return m_kept; }

private:
    SaveResult refusal() const;
    bool audit(const Database &db, const QString &userName, QString *error) const;

    QString m_backup;
    QString m_study;
    Clock m_clock;
    QString m_plain;      ///< the verified, decrypted file (the backup itself when plain)
    QString m_decrypted;  ///< our temporary decrypted copy, removed at the end
    QString m_kept;
    QString m_keptName;
    BackupContents m_contents;
};

}  // namespace trialcrf
