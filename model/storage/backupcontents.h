// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace trialcrf {

/// What a study file holds and whether it passes verify's checks, read without changing it:
/// shown before a restore (the backup and the study it would replace) and used to check a
/// backup before it gets its name.
struct BackupContents {
    bool opened = false;        ///< false: `problems` says why it could not be read
    QStringList problems;       ///< verify's findings (integrity, audit chain, signatures)
    int schemaVersion = -1;
    bool demo = false;
    qint64 subjects = 0;
    qint64 records = 0;         ///< pages and vital-sign sets of every subject
    qint64 auditRows = 0;
    std::optional<AuditEntry> lastAudit;

    bool sound() const { return opened && problems.isEmpty(); }

    /// Opens `path` read-only and reads it; never writes to it.
    static BackupContents read(const QString &path);
    /// The same checks and counts on an open database.
    static BackupContents read(const Database &db);
};

}  // namespace trialcrf
