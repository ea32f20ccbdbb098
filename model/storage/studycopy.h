// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"

#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace trialcrf {

/// A whole study copied row for row from one database into another of the same schema: a
/// study file onto a PostgreSQL server (`trialcrf-cli migrate`), or a server's study into a
/// new SQLite file (a server's backup). Every table, the audit trail, its anchor, the
/// signatures and the lock manifests included, with the same ids and the same stored text,
/// so the hash chain, the signatures' hashes and `verify` give the same answer on the copy.
///
/// The target must be migrated to the same schema version and hold no study yet (no user,
/// subject or audit row); the rows its migrations wrote themselves (the anchor, the site, the
/// meta keys) take the source's values. One transaction on the target: a failure leaves it
/// as it was.
class StudyCopy {
public:
    struct TableCount {
        QString table;
        qint64 rows = 0;
    };
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    /// False with *error (one untranslated line) on the first problem.
    static bool copy(const Database &from, const Database &to, QList<TableCount> *counts,
                     QString *error, const Progress &progress = {});

    /// The tables copy() copies, parents before the tables that refer to them.
    static QStringList tables(const Database &db, QString *error);
};

}  // namespace trialcrf
