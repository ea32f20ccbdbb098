// SPDX-License-Identifier: Apache-2.0
#include "storage/sqlitecopy.h"

#include "storage/database.h"

#include <QFile>
#include <sqlite3.h>

namespace trialcrf {

namespace {

constexpr int kPagesPerStep = 256;
constexpr int kBusyTimeoutMs = 5000;
constexpr int kBusyRetries = 100;
constexpr int kBusyPauseMs = 50;

/// A raw connection closed however the scope ends.
class RawConnection {
public:
    RawConnection(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_db; }
    QString message() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Steps a backup from `from` to `to` until done; the error is the destination's or source's.
bool run(sqlite3 *to, sqlite3 *from, const SqliteCopy::Progress &progress, int pagesPerStep,
         QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return failWith(error, QString::fromUtf8(sqlite3_errmsg(to)));
    int rc = SQLITE_OK;
    int busyTries = 0;
    do {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Another connection holds the lock: wait a little, then give up with its error.
            if (++busyTries > kBusyRetries)
                break;
            sqlite3_sleep(kBusyPauseMs);
            continue;
        }
        if (progress) {
            const qint64 total = sqlite3_backup_pagecount(backup);
            progress(total - sqlite3_backup_remaining(backup), total);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const QString fromMessage = QString::fromUtf8(sqlite3_errmsg(from));
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const QString toMessage = QString::fromUtf8(sqlite3_errmsg(to));
        return failWith(error, toMessage.isEmpty() || toMessage == QLatin1String("not an error")
                                   ? fromMessage
                                   : toMessage);
    }
    return true;
}

}  // namespace

bool SqliteCopy::toNewFile(const QString &source, const QString &target, const Progress &progress,
                           QString *error)
{
    RawConnection from(source, SQLITE_OPEN_READONLY);
    if (!from.ok())
        return failWith(error, QStringLiteral("%1: %2").arg(source, from.message()));
    // The read transaction pins one snapshot (WAL) for every step of the copy.
    if (sqlite3_exec(from.handle(), "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr,
                     nullptr, nullptr)
        != SQLITE_OK)
        return failWith(error, QStringLiteral("%1: %2").arg(source, from.message()));
    RawConnection to(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE);
    if (!to.ok())
        return failWith(error, QStringLiteral("%1: %2").arg(target, to.message()));
    QString detail;
    const bool copied = run(to.handle(), from.handle(), progress, kPagesPerStep, &detail);
    sqlite3_exec(from.handle(), "COMMIT", nullptr, nullptr, nullptr);
    if (!copied)
        return failWith(error, QStringLiteral("%1: %2").arg(target, detail));
    // A backup is one self-contained file: no -wal beside it, and it opens read-only.
    if (sqlite3_exec(to.handle(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return failWith(error, QStringLiteral("%1: %2").arg(target, to.message()));
    return true;
}

bool SqliteCopy::intoLive(const Database &live, const QString &source, QString *error)
{
    if (live.isServer())
        return failWith(error, QStringLiteral("%1: restoring into a study on a server is not "
                                              "possible yet").arg(live.path()));
    sqlite3 *handle = live.sqliteHandle();
    if (!handle)
        return failWith(error, QStringLiteral("the database is not open"));
    RawConnection from(source, SQLITE_OPEN_READONLY);
    if (!from.ok())
        return failWith(error, QStringLiteral("%1: %2").arg(source, from.message()));
    QString detail;
    // One step of every page: the destination is written in a single transaction.
    if (!run(handle, from.handle(), {}, -1, &detail))
        return failWith(error, QStringLiteral("%1: %2").arg(live.path(), detail));
    return true;
}

}  // namespace trialcrf
