// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <functional>

namespace trialcrf {

class Database;

/// Page-by-page copies of a whole SQLite database through SQLite's online backup API, for
/// backup (with progress) and restore (into the open connection, which stays valid).
class SqliteCopy {
public:
    /// Pages copied so far and in all; called between steps.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// Copies the file `source` into the new file `target` from one read snapshot (a read
    /// transaction is held on a separate read-only connection while the pages are copied), so
    /// the copy is consistent while others write. False with a one-line *error; the caller
    /// removes what was written.
    static bool toNewFile(const QString &source, const QString &target, const Progress &progress,
                          QString *error);
    /// Replaces the whole content of `live` (its main database) with the file `source`, in
    /// one write transaction on `live`'s own connection: other connections see the old
    /// study or the new one, never a mix. False with *error, `live` unchanged.
    static bool intoLive(const Database &live, const QString &source, QString *error);
};

}  // namespace trialcrf
