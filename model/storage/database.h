// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/studylocation.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;

namespace trialcrf {

/// One open study database, migrated to the current schema: a SQLite file in WAL mode with
/// synchronous=FULL, foreign keys on and a busy timeout, or a database on a PostgreSQL server
/// (QPSQL) — see StudyLocation.
/// Non-copyable; closes its connection on destruction. One instance per thread.
class Database {
public:
    enum class OpenMode { CreateOrMigrate, ExistingOnly, ReadOnly };
    /// OlderSchema: a read-only open of a file that needs a migration (which would write).
    /// Unreachable: no server answers at the location (down, wrong host or port, TLS refused).
    /// LoginRefused: the server refused the database login (name, password, pg_hba.conf).
    enum class Status {
        Ok, NotFound, FolderMissing, ReadOnly, Locked, Corrupt, NewerSchema, OlderSchema,
        Unreachable, LoginRefused, Error
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (and with CreateOrMigrate creates and migrates) the file. Returns false with
    /// status() and errorString() set; a file of a newer schema is refused, never touched.
    bool open(const QString &path, OpenMode mode = OpenMode::CreateOrMigrate);
    /// Opens a file or a server database. A server must already exist (an empty database is
    /// created and migrated by its owner role, see `init --server`).
    bool open(const StudyLocation &location, OpenMode mode = OpenMode::CreateOrMigrate);
    void close();
    bool isOpen() const;

    Status status() const { return m_status; }
    /// One line, untranslated detail for logs and the CLI (the GUI maps status() to tr()).
    QString errorString() const { return m_error; }
    /// The file, or the server location's displayName(): what messages name.
    QString path() const { return m_path; }
    StudyLocation location() const { return m_location; }
    bool isServer() const { return m_location.isServer(); }

    QSqlDatabase connection() const;
    int schemaVersion() const;
    /// The number a constant statement gives (its first row's first column: a count, a
    /// pragma); -1 when it fails or gives no row.
    qint64 number(const QString &sql) const;
    static int currentSchemaVersion();

    /// Study metadata stored in the file (key/value table "meta"): "demo" = "1" for demo studies.
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);
    bool isDemo() const { return meta(QStringLiteral("demo")) == QLatin1String("1"); }

    /// A consistent copy of the whole database into `target` (VACUUM INTO), safe while other
    /// processes write. Refuses to overwrite an existing file. A server database refuses (its
    /// backups are the server's: pg_dump), with a message that says so.
    bool backupTo(const QString &target, QString *error) const;
    /// PRAGMA integrity_check + foreign_key_check; returns problems, empty when sound.
    /// On a server, which keeps its own pages and enforces foreign keys itself: constraints
    /// left unvalidated and refusal (append-only) triggers that were disabled.
    QStringList integrityProblems() const;
    /// PRAGMA quick_check (every page read, indexes not cross-checked): the check a command
    /// runs before it trusts what it reads. Problems, empty when sound. On a server: that it
    /// answers.
    QStringList quickCheckProblems() const;
    bool isReadOnly() const { return m_readOnly; }
    /// A Transaction or a ReadSnapshot is open on this connection now.
    bool isInTransaction() const { return m_transactionDepth > 0 || m_inReadSnapshot; }

    /// The Status an SQL error means (busy → Locked, not a database → Corrupt, …); Error when
    /// it is none of the known kinds.
    static Status statusFor(const QSqlError &error);
    /// The Status a PostgreSQL SQLSTATE means (lock timeout, serialization failure and
    /// deadlock → Locked; read-only transaction → ReadOnly; login → LoginRefused, …).
    static Status statusForSqlState(const QString &state);
    /// True when the error is a violated UNIQUE / primary key constraint.
    static bool isUniqueViolation(const QSqlError &error);
    /// One line for logs: the driver's text and the statement's.
    static QString describe(const QSqlError &error);

    /// The PostgreSQL notification channel on which every commit that appended audit rows
    /// announces its last seq (pg_notify, delivered at commit only; see StudyWatcher).
    static QString changeChannel();
    /// True when this connection appended audit row `seq` and committed it: a change made on
    /// this workstation, not another's.
    bool appendedHere(qint64 seq) const;
    /// Forgets the appended seqs up to `seq` (a watcher has read past them).
    void forgetAppendedUpTo(qint64 seq) const;

private:
    friend class Transaction;
    friend class AuditLog;
    friend class Statement;
    friend class SqliteStatement;
    friend class AuditBatch;
    friend class SqliteCopy;
    friend class ReadSnapshot;

    /// The driver's sqlite3 handle of this connection (see SqliteStatement); null when closed.
    sqlite3 *sqliteHandle() const;

    bool openConnection(const QString &path, OpenMode mode);
    // On a PostgreSQL server (databaseserver.cpp).
    bool openServer(OpenMode mode);
    static Status statusForConnectFailure(const QSqlError &error);
    QStringList serverIntegrityProblems() const;
    QStringList serverQuickCheckProblems() const;
    bool fail(Status s, const QString &message);
    bool failSql(const QString &what, const QSqlError &error);
    bool probeFile(const QString &path, OpenMode mode);
    /// Whether a read-only open must read the file as immutable (a folder it cannot write).
    static bool readsImmutable(const QString &path);
    bool applyPragmas(bool readOnly);
    bool verifyPragma(const QString &name, const QString &expected);
    bool migrate();
    /// Rewrites the audit anchor (row count, last hash) from the audit tail, inside the
    /// outermost transaction that appended audit rows, just before it commits.
    bool writeAuditAnchor(QString *error) const;

    QString m_connectionName;
    StudyLocation m_location;
    QString m_path;
    QString m_error;
    Status m_status = Status::Ok;
    bool m_readOnly = false;

    // Per-connection state shared by the Transactions and AuditLogs on this connection.
    mutable int m_transactionDepth = 0;
    /// On a server: a ReadSnapshot's transaction is open, an outermost Transaction nests in it
    /// as a savepoint (as SQLite's does in a transaction it did not begin).
    mutable bool m_inReadSnapshot = false;
    /// Prepared statements by SQL text (see Statement); node-based, so entries stay put.
    struct CachedStatement {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    mutable std::unordered_map<QString, CachedStatement> m_statements;
    /// The last audit row's seq and hash, valid inside the current outermost transaction;
    /// dropped at each transaction start and at any rollback, so it is re-read under the lock.
    mutable bool m_auditTailValid = false;
    mutable qint64 m_auditTailSeq = 0;
    mutable QString m_auditTailHash;
    /// Audit rows were appended in the current outermost transaction: its commit rewrites
    /// the audit anchor.
    mutable bool m_auditAnchorDirty = false;
    /// The first seq appended in the current outermost transaction (0: none yet).
    mutable qint64 m_auditFirstSeq = 0;
    /// The seqs this connection appended and committed, as ranges [first, last], ascending.
    mutable std::vector<std::pair<qint64, qint64>> m_appendedSeqs;
    /// Records a committed range (called by the outermost Transaction after its commit).
    void noteAppended(qint64 first, qint64 last) const;
};

/// Scoped transaction: rolls back unless commit() succeeded (the KMyMoney habit).
/// The outermost one takes the write lock at once (BEGIN IMMEDIATE, so a read-then-write
/// never fails half way on a busy database; on a server BEGIN and a transaction-scoped
/// advisory lock, see transaction.cpp); one opened while another is active on the same
/// connection becomes a SAVEPOINT, so a bulk caller can wrap thousands of saves in one outer
/// transaction and each save still rolls back alone.
class Transaction {
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    /// The transaction could not begin because another program holds the write lock (after
    /// the busy timeout, or the server's lock_timeout).
    bool isBusy() const { return m_busy; }
    bool commit();
    QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql);
    bool beginOnServer(const Database &db);
    void rollback();

    const Database *m_owner = nullptr;
    QSqlDatabase m_db;
    QString m_savepoint;  ///< empty for the outermost transaction
    bool m_active = false;
    bool m_committed = false;
    bool m_busy = false;
    QString m_error;
};

}  // namespace trialcrf
