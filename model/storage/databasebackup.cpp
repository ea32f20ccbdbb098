// SPDX-License-Identifier: Apache-2.0
#include "storage/databasebackup.h"

#include "backup/backupwriter.h"
#include "storage/auditlog.h"

#include <QFileInfo>

namespace trialcrf {

DatabaseBackup::DatabaseBackup(const Database &db, Clock clock)
    : m_db(db), m_clock(std::move(clock))
{
}

SaveResult DatabaseBackup::write(const Session &s, const QString &target,
                                 const BackupOptions &options) const
{
    using Status = SaveResult::Status;
    if (!s.may(Action::Backup))
        return SaveResult::failure(Status::Denied,
                                   QStringLiteral("%1 (%2) may not back up the database")
                                       .arg(s.userName, roleCode(s.role)));
    if (QFileInfo::exists(target))
        return SaveResult::failure(
            Status::DatabaseError,
            QStringLiteral("%1: already exists; a backup never overwrites").arg(target));
    // Checked before the audit row: nothing is written into a damaged file.
    if (const QString damage = BackupWriter::sourceDamage(m_db); !damage.isEmpty())
        return SaveResult::failure(Status::DatabaseError, damage);
    AuditEntry entry;
    entry.userName = s.userName;
    entry.action = QStringLiteral("backup");
    entry.field = QStringLiteral("file");
    entry.newValue = QFileInfo(target).absoluteFilePath();
    QString error;
    if (!AuditLog(m_db, m_clock).append(entry, &error))
        return SaveResult::failure(Status::DatabaseError, error);
    if (!BackupWriter::write(m_db, target, options, &error))
        return SaveResult::failure(Status::DatabaseError, error);
    return SaveResult::saved();
}

}  // namespace trialcrf
