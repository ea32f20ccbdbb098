// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace trialcrf {

/// Where a study lives: a SQLite file (the default; nothing to install) or a database on a
/// PostgreSQL server, named by a libpq-style URL:
///
///     postgresql://[user@][host][:port]/database[?name=value&…]
///
/// The query takes libpq's connection parameters (sslmode, sslrootcert, service,
/// connect_timeout, host for a Unix-socket folder, …). A password is never part of a
/// location: it comes from the prompt, TRIALCRF_DB_PASSWORD, or libpq's own password or
/// service file, so a location can be shown, logged and remembered as it is.
class StudyLocation {
public:
    enum class Kind { File, Server };

    StudyLocation() = default;
    static StudyLocation file(const QString &path);
    /// The server a URL names; nullopt with *error (one untranslated line) when the text is
    /// not a postgresql:// URL, names no database, holds a password, has a bad port or an
    /// unknown parameter.
    static std::optional<StudyLocation> server(const QString &url, QString *error);
    /// True for text that is meant as a server URL (postgresql:// or postgres://).
    static bool looksLikeServer(const QString &text);

    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }
    bool isEmpty() const { return m_kind == Kind::File && m_path.isEmpty(); }

    /// The file (File only).
    QString path() const { return m_path; }

    // Server only; empty / 0 when the URL leaves them to libpq's defaults.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    /// The same server and database as another login (a workstation login, the owner).
    void setUserName(const QString &user) { m_user = user; }
    /// The query's parameters in the order given (sslmode, host, service, …).
    QList<QPair<QString, QString>> parameters() const { return m_parameters; }
    QString parameter(const QString &name) const;

    /// The password for this connection (never part of toString()).
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }

    /// The URL (server) or the path (file), without the password: what the app remembers.
    QString toString() const;
    /// Short, for a status bar or a message: the file path, or "user@host:port/database".
    QString displayName() const;

    /// libpq's connection parameters other than host, port, database, user and password, as
    /// QPSQL's connect options take them ("sslmode=require;connect_timeout=5").
    QString connectOptions() const;

    friend bool operator==(const StudyLocation &a, const StudyLocation &b)
    {
        return a.toString() == b.toString();
    }

private:
    Kind m_kind = Kind::File;
    QString m_path;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QString m_user;
    QList<QPair<QString, QString>> m_parameters;
    QString m_password;
};

}  // namespace trialcrf
