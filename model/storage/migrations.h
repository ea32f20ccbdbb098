// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace trialcrf {

/// The schema history: migration N takes a database from user_version N-1 to N. Each runs in
/// its own transaction together with the user_version update, so a failed migration leaves
/// the database at the previous version. Migrations are written once, in SQLite's dialect;
/// on a PostgreSQL server SqlDialect carries each statement over. The repositories' SQL stays
/// portable.
class Migrations {
public:
    /// The schema version this build writes (the length of the list).
    static int latest();
    /// Applies every migration after `from`. False with *error on the first failure.
    /// *cause: the failed statement's error, when one failed.
    static bool run(QSqlDatabase db, int from, QString *error, QSqlError *cause = nullptr);
    /// Migration `version`'s statements, in SQLite's dialect (SqlDialect carries them to
    /// PostgreSQL); empty outside 1..latest().
    static QStringList statements(int version);
};

}  // namespace trialcrf
