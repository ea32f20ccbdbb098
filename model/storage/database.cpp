// SPDX-License-Identifier: Apache-2.0
#include "storage/database.h"

#include "storage/auditlog.h"
#include "storage/migrations.h"
#include "storage/sqldialect.h"
#include "storage/statement.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QVariant>

namespace trialcrf {

namespace {

QAtomicInt connectionCounter;

constexpr int kBusyTimeoutMs = 5000;
// The first 16 bytes of every SQLite 3 database file.
const QByteArray kSqliteMagic("SQLite format 3\0", 16);

// SQLite primary result codes (the QSQLITE driver reports them as nativeErrorCode()).
enum SqliteCode {
    Busy = 5,
    LockedCode = 6,
    ReadOnlyCode = 8,
    CorruptCode = 11,
    CantOpen = 14,
    Constraint = 19,
    NotADb = 26,
};

}  // namespace

Database::Database()
    : m_connectionName(QStringLiteral("trialcrf-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

bool Database::fail(Status s, const QString &message)
{
    m_status = s;
    m_error = message;
    return false;
}

bool Database::failSql(const QString &what, const QSqlError &error)
{
    Status s = statusFor(error);
    if (s == Status::Ok)
        s = Status::Error;
    QString why;
    switch (s) {
    case Status::Locked:
        why = QStringLiteral("the database is locked by another program (busy for %1 s)")
                  .arg(kBusyTimeoutMs / 1000);
        break;
    case Status::ReadOnly:
        why = QStringLiteral("the database file or its folder is read-only");
        break;
    case Status::Corrupt:
        why = QStringLiteral("the file is not a trialcrf database or is damaged");
        break;
    default:
        why = describe(error);
        break;
    }
    return fail(s, QStringLiteral("%1: %2: %3").arg(m_path, what, why));
}

Database::Status Database::statusFor(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return Status::Ok;
    // PostgreSQL's SQLSTATEs are five characters; SQLite's result codes at most four digits.
    if (error.nativeErrorCode().size() == 5)
        return statusForSqlState(error.nativeErrorCode());
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok) {
        switch (code) {
        case Busy:
        case LockedCode:
            return Status::Locked;
        case ReadOnlyCode:
            return Status::ReadOnly;
        case CorruptCode:
        case NotADb:
            return Status::Corrupt;
        default:
            break;
        }
    }
    const QString text = error.driverText() + QLatin1Char(' ') + error.databaseText();
    if (text.contains(QLatin1String("readonly"), Qt::CaseInsensitive))
        return Status::ReadOnly;
    if (text.contains(QLatin1String("not a database"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("malformed"), Qt::CaseInsensitive))
        return Status::Corrupt;
    if (text.contains(QLatin1String("database is locked"), Qt::CaseInsensitive))
        return Status::Locked;
    return Status::Error;
}

bool Database::isUniqueViolation(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return false;
    // SQLite: code 19 "UNIQUE constraint failed: …"; PostgreSQL: SQLSTATE 23505.
    if (error.nativeErrorCode() == QLatin1String("23505"))
        return true;
    return error.databaseText().contains(QLatin1String("UNIQUE constraint failed"))
        || error.databaseText().contains(QLatin1String("PRIMARY KEY constraint failed"));
}

QString Database::describe(const QSqlError &error)
{
    QString s = error.databaseText();
    if (!error.driverText().isEmpty() && error.driverText() != s)
        s = s.isEmpty() ? error.driverText() : error.driverText() + QLatin1String(": ") + s;
    return s;
}

/// Everything that can be told from the file system before SQLite touches the file.
bool Database::probeFile(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    if (!dir.exists())
        return fail(Status::FolderMissing,
                    QStringLiteral("%1: the folder %2 does not exist").arg(path, dir.path()));
    if (!info.exists()) {
        if (mode != OpenMode::CreateOrMigrate)
            return fail(Status::NotFound, QStringLiteral("%1: no such file").arg(path));
        if (!QFileInfo(dir.absolutePath()).isWritable())
            return fail(Status::ReadOnly,
                        QStringLiteral("%1: the folder %2 is read-only").arg(path, dir.path()));
        return true;
    }
    if (info.isDir())
        return fail(Status::Error, QStringLiteral("%1: is a folder, not a file").arg(path));
    // An empty file is no study: only a create may make it one (SQLite would, silently).
    if (info.size() == 0 && mode != OpenMode::CreateOrMigrate)
        return fail(Status::NotFound,
                    QStringLiteral("%1: the file is empty (0 bytes), not a study database")
                        .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Status::Error,
                    QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() > 0 && file.read(kSqliteMagic.size()) != kSqliteMagic)
        return fail(Status::Corrupt,
                    QStringLiteral("%1: the file is not a trialcrf database or is damaged")
                        .arg(path));
    file.close();
    if (mode != OpenMode::ReadOnly) {
        if (!info.isWritable())
            return fail(Status::ReadOnly, QStringLiteral("%1: the file is read-only").arg(path));
        // WAL mode keeps FILE-wal and FILE-shm beside the file.
        if (!QFileInfo(dir.absolutePath()).isWritable())
            return fail(Status::ReadOnly,
                        QStringLiteral("%1: the folder %2 is read-only").arg(path, dir.path()));
    }
    return true;
}

bool Database::readsImmutable(const QString &path)
{
    // A WAL database needs its -shm file beside it, even to read; in a folder nobody may
    // write to (a read-only share, an archive) SQLite cannot make one. With no -wal holding
    // unmerged pages, the file alone is the whole database and nothing can change it there:
    // read it as immutable (no locks, no -shm). A -wal with content must be read with it,
    // so that case is left to SQLite, which refuses as read-only.
    const QFileInfo info(path);
    if (QFileInfo(info.absolutePath()).isWritable())
        return false;
    const QFileInfo wal(path + QLatin1String("-wal"));
    return !wal.exists() || wal.size() == 0;
}

bool Database::open(const QString &path, OpenMode mode)
{
    return open(StudyLocation::file(path), mode);
}

bool Database::open(const StudyLocation &location, OpenMode mode)
{
    close();
    m_location = location;
    m_path = location.displayName();
    m_status = Status::Ok;
    m_error.clear();
    m_readOnly = mode == OpenMode::ReadOnly;
    if (location.isServer()) {
        if (!openServer(mode)) {
            close();
            return false;
        }
        return true;
    }
    // Closed only here, once every query of openConnection() is gone.
    if (!openConnection(m_path, mode)) {
        close();
        return false;
    }
    return true;
}

bool Database::openConnection(const QString &path, OpenMode mode)
{
    if (path.isEmpty())
        return fail(Status::Error, QStringLiteral("no database file given"));
    if (!probeFile(path, mode))
        return false;

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (m_readOnly)
            options += QLatin1String(";QSQLITE_OPEN_READONLY");
        if (m_readOnly && readsImmutable(path)) {
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                                   .toString(QUrl::FullyEncoded)
                               + QLatin1String("?immutable=1"));
            options += QLatin1String(";QSQLITE_OPEN_URI");
        }
        db.setConnectOptions(options);
        if (!db.open())
            return failSql(QStringLiteral("cannot open"), db.lastError());
    }
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)))
        return failSql(QStringLiteral("cannot set busy_timeout"), q.lastError());

    // Read the version before anything may write: a newer file must stay untouched.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failSql(QStringLiteral("cannot read the schema version"), q.lastError());
    const int version = q.value(0).toInt();  // (a server keeps it in a table: SqlDialect)
    // Parses the whole schema: a damaged first page or catalogue shows up here.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return failSql(QStringLiteral("cannot read the schema"), q.lastError());
    const int objects = q.value(0).toInt();
    q.finish();
    if (version > currentSchemaVersion())
        return fail(Status::NewerSchema,
                    QStringLiteral("%1: the database has schema version %2, newer than this "
                                   "trialcrf knows (%3); open it with a newer trialcrf")
                        .arg(path)
                        .arg(version)
                        .arg(currentSchemaVersion()));
    if (version == 0 && objects > 0)
        return fail(Status::Corrupt,
                    QStringLiteral("%1: the file is an SQLite database, but not a trialcrf one")
                        .arg(path));
    if (m_readOnly && version < currentSchemaVersion())
        return fail(Status::OlderSchema,
                    QStringLiteral("%1: the database needs an upgrade (schema %2 → %3), which "
                                   "a read-only open cannot do")
                        .arg(path)
                        .arg(version)
                        .arg(currentSchemaVersion()));

    if (!applyPragmas(m_readOnly))
        return false;
    if (version < currentSchemaVersion() && !migrate())
        return false;
    return true;
}

bool Database::verifyPragma(const QString &name, const QString &expected)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next())
        return failSql(QStringLiteral("cannot read PRAGMA %1").arg(name), q.lastError());
    const QString actual = q.value(0).toString();
    if (actual.compare(expected, Qt::CaseInsensitive) != 0)
        return fail(Status::Error, QStringLiteral("%1: PRAGMA %2 is %3, expected %4")
                                       .arg(m_path, name, actual, expected));
    return true;
}

bool Database::applyPragmas(bool readOnly)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!readOnly) {
        // Changing the journal mode needs the exclusive lock: busy here means another
        // program holds the file.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return failSql(QStringLiteral("cannot switch to WAL"), q.lastError());
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return failSql(QStringLiteral("cannot set synchronous"), q.lastError());
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return failSql(QStringLiteral("cannot enable foreign keys"), q.lastError());
    q.finish();

    // Read every pragma back: a silently ignored pragma would void the durability promise.
    if (!readOnly
        && (!verifyPragma(QStringLiteral("journal_mode"), QStringLiteral("wal"))
            || !verifyPragma(QStringLiteral("synchronous"), QStringLiteral("2"))))
        return false;
    return verifyPragma(QStringLiteral("foreign_keys"), QStringLiteral("1"))
        && verifyPragma(QStringLiteral("busy_timeout"), QString::number(kBusyTimeoutMs));
}

bool Database::migrate()
{
    QString error;
    QSqlError cause;
    if (!Migrations::run(connection(), schemaVersion(), &error, &cause)) {
        Status s = error.contains(QLatin1String("locked")) ? Status::Locked : Status::Error;
        if (isServer() && statusFor(cause) != Status::Ok)
            s = statusFor(cause);
        return fail(s, m_path + QLatin1String(": ") + error);
    }
    return true;
}

void Database::close()
{
    m_statements.clear();
    m_transactionDepth = 0;
    m_inReadSnapshot = false;
    m_auditTailValid = false;
    m_auditAnchorDirty = false;
    m_auditFirstSeq = 0;
    m_appendedSeqs.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::sqliteHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int Database::schemaVersion() const
{
    QString error;
    return SqlDialect::readSchemaVersion(connection(), &error);
}

qint64 Database::number(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int Database::currentSchemaVersion()
{
    return Migrations::latest();
}

QString Database::meta(const QString &key) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool Database::setMeta(const QString &key, const QString &value)
{
    Transaction t(*this);
    if (!t.isActive())
        return false;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
    q.addBindValue(value);
    q.addBindValue(key);
    if (!q.exec())
        return false;
    if (q.numRowsAffected() == 0) {
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec())
            return false;
    }
    return t.commit();
}

bool Database::writeAuditAnchor(QString *error) const
{
    // A savepoint rolled back since the last append: read the tail that stands.
    if (!AuditLog::loadTail(*this, error))
        return false;
    // The chain numbers its rows 1, 2, 3 …: the last seq is the row count.
    Statement update(*this, QStringLiteral("UPDATE audit_anchor SET row_count = ?, tail_hash = ?"
                                           " WHERE id = 1"));
    if (!update.exec({m_auditTailSeq, m_auditTailHash})) {
        *error = describe(update.query().lastError());
        return false;
    }
    if (update.query().numRowsAffected() != 1) {
        *error = QStringLiteral("the audit anchor row is missing");
        return false;
    }
    // Other workstations listen (StudyWatcher). NOTIFY is transactional: the server delivers
    // it at this transaction's commit, never after a rollback. The payload stays tiny: the
    // listeners read what changed from the audit trail itself.
    if (isServer()) {
        Statement notify(*this, QStringLiteral("SELECT pg_notify(?, ?)"));
        if (!notify.exec({changeChannel(), QString::number(m_auditTailSeq)})) {
            *error = describe(notify.query().lastError());
            return false;
        }
    }
    m_auditAnchorDirty = false;
    return true;
}

}  // namespace trialcrf
