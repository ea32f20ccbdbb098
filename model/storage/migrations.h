// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace trialcrf {

/// The schema history: migration N takes a database from user_version N-1 to N. Each runs in
/// its own transaction together with the user_version update, so a failed migration leaves
/// the file at the previous version. This is the one place (with Database's pragmas) that
/// speaks SQLite's dialect; the repositories' SQL stays portable.
class Migrations {
public:
    /// The schema version this build writes (the length of the list).
    static int latest();
    /// Applies every migration after `from`. False with *error on the first failure.
    static bool run(QSqlDatabase db, int from, QString *error);
};

}  // namespace trialcrf
