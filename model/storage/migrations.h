// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace trialcrf {

namespace ServerRoles {
struct Report;
}

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
    /// On a PostgreSQL server the workstations' grants are (re)applied after the last one
    /// (applyGrants), so an upgraded schema never leaves them wrong.
    static bool run(QSqlDatabase db, int from, QString *error, QSqlError *cause = nullptr);
    /// On a server: ServerRoles::apply in a transaction of its own, under the writer lock (two
    /// logins granting on the same table at once would collide). True on SQLite, which has no
    /// roles. *report may be null.
    static bool applyGrants(QSqlDatabase db, ServerRoles::Report *report, QString *error);
    /// Migration `version`'s statements, in SQLite's dialect (SqlDialect carries them to
    /// PostgreSQL); empty outside 1..latest().
    static QStringList statements(int version);
};

}  // namespace trialcrf
