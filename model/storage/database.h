// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace trialcrf {

/// One open study database: a SQLite file in WAL mode with synchronous=FULL, foreign keys on
/// and a busy timeout, migrated to the current schema by PRAGMA user_version.
/// Non-copyable; closes its connection on destruction. One instance per thread.
class Database {
public:
    enum class OpenMode { CreateOrMigrate, ExistingOnly, ReadOnly };
    enum class Status { Ok, NotFound, FolderMissing, ReadOnly, Locked, Corrupt, NewerSchema, Error };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (and with CreateOrMigrate creates and migrates) the file. Returns false with
    /// status() and errorString() set; a file of a newer schema is refused, never touched.
    bool open(const QString &path, OpenMode mode = OpenMode::CreateOrMigrate);
    void close();
    bool isOpen() const;

    Status status() const { return m_status; }
    /// One line, untranslated detail for logs and the CLI (the GUI maps status() to tr()).
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    QSqlDatabase connection() const;
    int schemaVersion() const;
    static int currentSchemaVersion();

    /// Study metadata stored in the file (key/value table "meta"): "demo" = "1" for demo studies.
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);
    bool isDemo() const { return meta(QStringLiteral("demo")) == QLatin1String("1"); }

    /// A consistent copy of the whole database into `target` (VACUUM INTO), safe while other
    /// processes write. Refuses to overwrite an existing file.
    bool backupTo(const QString &target, QString *error) const;
    /// PRAGMA integrity_check + foreign_key_check; returns problems, empty when sound.
    QStringList integrityProblems() const;

private:
    bool fail(Status s, const QString &message);
    bool applyPragmas(bool readOnly);
    bool migrate();

    QString m_connectionName;
    QString m_path;
    QString m_error;
    Status m_status = Status::Ok;
};

/// Scoped transaction: rolls back unless commit() succeeded (the KMyMoney habit).
class Transaction {
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    bool commit();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_committed = false;
    QString m_error;
};

}  // namespace trialcrf
