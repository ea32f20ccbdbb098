// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace trialcrf::cli {

/// What every command shares: exit codes, the one-line error format, argument parsing with
/// --help and --version, and opening the database with a message a user can act on.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static constexpr int Ok = 0;
    static constexpr int Failure = 1;
    static constexpr int Usage = 2;

    static QString programName() { return QStringLiteral("trialcrf-cli"); }

    /// Prints "trialcrf-cli: <message>" on err; returns Failure.
    static int fail(QTextStream &err, const QString &message);
    /// Prints "trialcrf-cli <command>: <message> (see …--help)" on err; returns Usage.
    static int usage(QTextStream &err, const QString &command, const QString &message);

    /// Adds --help and --version, parses `args` (as given to a command) and handles both.
    /// Returns nullopt when the command should go on; otherwise the exit code to return
    /// (Ok after printing help or version, Usage after a parse error).
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &args,
                                    const QString &command, QTextStream &out, QTextStream &err);

    /// The --db FILE option every command takes.
    static QCommandLineOption databaseOption();
    /// The --server URL option every command takes instead of --db.
    static QCommandLineOption serverOption();
    /// Adds --db FILE and --server URL: where the study is.
    static void addLocationOptions(QCommandLineParser &parser);
    /// The study named by exactly one of --db and --server (a server's URL parsed, without
    /// its password); a usage error printed otherwise (nullopt).
    static std::optional<StudyLocation> location(const QCommandLineParser &parser,
                                                 const QString &command, QTextStream &err);
    /// As location(), for a command that works on a study file only: --server is refused with
    /// a usage error saying `why`.
    static std::optional<QString> fileLocation(const QCommandLineParser &parser,
                                               const QString &command, const QString &why,
                                               QTextStream &err);
    /// The value of a required option, or a usage error printed (returns nullopt).
    static std::optional<QString> required(const QCommandLineParser &parser,
                                           const QCommandLineOption &option,
                                           const QString &command, QTextStream &err);

    /// The command line of a command a user runs on one thing (import's folder, restore's
    /// backup): --db FILE or --server URL, --user NAME and one positional argument.
    struct UserTarget {
        StudyLocation location;
        QString user, target;
    };
    /// Adds those options to `parser` (with the command's help for --user and the argument),
    /// parses `args` as parse() does and checks each part is there. nullopt when the command
    /// goes on with *parsed filled in; otherwise the exit code to return (a usage error
    /// printed when a part is missing).
    static std::optional<int> parseUserTarget(QCommandLineParser &parser, const QStringList &args,
                                              const QString &command, const QString &userHelp,
                                              const QString &targetName,
                                              const QString &targetHelp, QTextStream &out,
                                              QTextStream &err, UserTarget *parsed);

    /// Opens the database; on failure prints "cannot open FILE: reason" and returns false.
    static bool open(Database &db, const QString &path, Database::OpenMode mode,
                     QTextStream &err);
    /// Opens a file or a server database. A server's password, when the location has none:
    /// TRIALCRF_DB_PASSWORD; else, when the server asks for one and standard input is a
    /// terminal, a prompt; else none (libpq's password or service file).
    static bool open(Database &db, StudyLocation location, Database::OpenMode mode,
                     QTextStream &err);
    /// Opens the database and checks that its pages are sound (PRAGMA quick_check) before a
    /// command trusts what it reads; a damaged file is refused with what to do. (A server
    /// keeps its own pages sound: it is only opened.)
    static bool openIntact(Database &db, const QString &path, Database::OpenMode mode,
                           QTextStream &err);
    static bool openIntact(Database &db, const StudyLocation &location, Database::OpenMode mode,
                           QTextStream &err);
    /// "FILE: the database is damaged — run verify; restore from a backup (detail)".
    static QString damaged(const QString &path, const QString &detail);
    /// "cannot open FILE: reason" for a database that failed to open.
    static QString openError(const Database &db, const QString &path);
    static QString openError(const Database &db, const StudyLocation &location);
    /// Why a file or a server could not be opened, for the statuses both say alike (busy,
    /// newer schema, no server, login refused); `detail` for any other.
    static QString sharedReason(Database::Status status, const QString &detail);
    /// The folder of `path` when it does not exist, else an empty string.
    static QString missingFolder(const QString &path);
    /// "the study is busy: another program (import, backup) is writing; try again".
    static QString busy();
    /// Removes a SQLite file with its -wal and -shm companions.
    static void removeDatabaseFiles(const QString &path);
};

}  // namespace trialcrf::cli
