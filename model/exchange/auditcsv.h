// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace trialcrf {

class Database;
struct Session;
struct AuditFilter;

/// audit.csv of an export: the audit trail's rows up to a seq, straight from the table (at_utc
/// as stored, the text its hash covers). It is most of an export's bytes (the records' JSON),
/// so the export writes it on a thread of its own, over a connection of its own, while the
/// clinical files are written: see Job.
class AuditCsv {
public:
    struct Target {
        QString filePath;
        QStringList header;
        bool byteOrderMark = false;
        qint64 upToSeq = 0;  ///< the last seq of the export's snapshot
        /// An export of a reader limited to some sites: the rows about these subjects' codes
        /// and those about no subject; nullopt = every row.
        std::optional<QSet<QString>> subjects = std::nullopt;
    };

    /// Writes the file from `db` on the calling thread; `row` is called after each row and
    /// returning false stops (cancelled: false with an empty *error). *rows counts data rows,
    /// *lastSeq is the seq of the last one (0 when none).
    static bool write(const Database &db, const Target &target, const std::function<bool()> &row,
                      qint64 *rows, qint64 *lastSeq, QString *error);

    /// The rows of `filter` that `session` may read (AuditTrail checks the role), oldest first,
    /// in audit.csv's columns and with a byte-order mark: the audit viewer's "Export to CSV".
    /// Written through a QSaveFile, so a failed write leaves no file.
    static bool writeSelection(const Database &db, const Session &session,
                               const AuditFilter &filter, const QString &filePath,
                               QString *error);

    /// write() on its own thread, over its own read-only connection to the file `dbPath`.
    /// The rows it reads are the export's: the audit trail is append-only (its triggers refuse
    /// UPDATE and DELETE), so the rows up to `upToSeq` are the same in any snapshot taken after
    /// the export's. The destructor cancels and joins.
    class Job {
    public:
        Job(const QString &dbPath, Target target);
        ~Job();
        Job(const Job &) = delete;
        Job &operator=(const Job &) = delete;

        /// Data rows written so far (read from any thread).
        qint64 rows() const { return m_rows.load(std::memory_order_relaxed); }
        void cancel() { m_cancel.store(true, std::memory_order_relaxed); }
        /// Waits at most `ms` milliseconds; true once the thread is done.
        bool waitFor(int ms);
        /// After waitFor() returned true: whether the file is complete, and why not. When the
        /// second connection could not be opened (`couldNotOpen`), nothing was written. A
        /// complete file ends at upToSeq (`lastSeq`); a connection that does not see that row
        /// (the export's own connection inside a write not yet committed) ends before it.
        bool ok() const { return m_ok; }
        qint64 lastSeq() const { return m_lastSeq; }
        bool couldNotOpen() const { return m_couldNotOpen; }
        QString error() const { return m_error; }

    private:
        void run(const QString &dbPath);

        Target m_target;
        std::atomic<qint64> m_rows{0};
        std::atomic<bool> m_cancel{false};
        std::mutex m_mutex;
        std::condition_variable m_finished;
        bool m_done = false;
        // The thread's results, read after m_done.
        bool m_ok = false;
        bool m_couldNotOpen = false;
        qint64 m_lastSeq = 0;
        QString m_error;
        std::thread m_thread;
    };
};

}  // namespace trialcrf
