// SPDX-License-Identifier: Apache-2.0
#include "cli.h"

#include "passwordprompt.h"

#include "storage/serverroles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace trialcrf::cli {

int Cli::fail(QTextStream &err, const QString &message)
{
    err << programName() << ": " << message << Qt::endl;
    return Failure;
}

int Cli::usage(QTextStream &err, const QString &command, const QString &message)
{
    err << programName() << ' ' << command << ": " << message << ' '
        << tr("(see '%1 %2 --help')").arg(programName(), command) << Qt::endl;
    return Usage;
}

std::optional<int> Cli::parse(QCommandLineParser &parser, const QStringList &args,
                              const QString &command, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    if (!parser.parse(args))
        return usage(err, command, parser.errorText());
    if (parser.isSet(help)) {
        // The usage line names the program as typed; show the command as users type it.
        QString text = parser.helpText();
        const QString typed = args.isEmpty() ? QString() : args.constFirst();
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        const qsizetype at = text.indexOf(typed);
        if (!typed.isEmpty() && at >= 0 && at < lineEnd)
            text.replace(at, typed.size(), programName() + QLatin1Char(' ') + command);
        out << text;
        return Ok;
    }
    if (parser.isSet(version)) {
        out << programName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    return std::nullopt;
}

QCommandLineOption Cli::databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"), tr("The study database (a SQLite file)."),
                              tr("FILE"));
}

QCommandLineOption Cli::serverOption()
{
    return QCommandLineOption(
        QStringLiteral("server"),
        tr("The study database on a PostgreSQL server, instead of --db: "
           "postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE. The database password is never "
           "part of the URL: it is read from TRIALCRF_DB_PASSWORD, asked on the terminal when "
           "the server wants one, or taken from a PostgreSQL password or service file."),
        tr("URL"));
}

void Cli::addLocationOptions(QCommandLineParser &parser)
{
    parser.addOption(databaseOption());
    parser.addOption(serverOption());
}

std::optional<StudyLocation> Cli::location(const QCommandLineParser &parser,
                                           const QString &command, QTextStream &err)
{
    const bool file = parser.isSet(QStringLiteral("db"));
    const bool server = parser.isSet(QStringLiteral("server"));
    if (file == server) {
        usage(err, command,
              file ? tr("give --db FILE or --server URL, not both.")
                   : tr("--db FILE or --server URL is required."));
        return std::nullopt;
    }
    if (file) {
        const QString path = parser.value(QStringLiteral("db"));
        if (path.isEmpty()) {
            usage(err, command, tr("--db FILE is required."));
            return std::nullopt;
        }
        return StudyLocation::file(path);
    }
    QString error;
    const std::optional<StudyLocation> location =
        StudyLocation::server(parser.value(QStringLiteral("server")), &error);
    if (!location)
        usage(err, command, tr("--server: %1.").arg(error));
    return location;
}

std::optional<QString> Cli::fileLocation(const QCommandLineParser &parser,
                                         const QString &command, const QString &why,
                                         QTextStream &err)
{
    const std::optional<StudyLocation> where = location(parser, command, err);
    if (!where)
        return std::nullopt;
    if (where->isServer()) {
        usage(err, command, tr("--server: %1").arg(why));
        return std::nullopt;
    }
    return where->path();
}

std::optional<QString> Cli::required(const QCommandLineParser &parser,
                                     const QCommandLineOption &option, const QString &command,
                                     QTextStream &err)
{
    const QString value = parser.value(option);
    if (!parser.isSet(option) || value.isEmpty()) {
        usage(err, command,
              tr("--%1 %2 is required.").arg(option.names().constLast(), option.valueName()));
        return std::nullopt;
    }
    return value;
}

std::optional<int> Cli::parseUserTarget(QCommandLineParser &parser, const QStringList &args,
                                        const QString &command, const QString &userHelp,
                                        const QString &targetName, const QString &targetHelp,
                                        QTextStream &out, QTextStream &err, UserTarget *parsed)
{
    addLocationOptions(parser);
    const QCommandLineOption user(QStringLiteral("user"), userHelp, tr("NAME"));
    parser.addOption(user);
    parser.addPositionalArgument(targetName, targetHelp);
    if (const std::optional<int> code = parse(parser, args, command, out, err))
        return code;
    const std::optional<StudyLocation> where = location(parser, command, err);
    if (!where)
        return Usage;
    const std::optional<QString> userName = required(parser, user, command, err);
    if (!userName)
        return Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(err, command,
                     positional.isEmpty() ? tr("%1 is required.").arg(targetName)
                                          : tr("unexpected argument '%1'").arg(positional.at(1)));
    *parsed = {*where, *userName, positional.first()};
    return std::nullopt;
}

QString Cli::missingFolder(const QString &path)
{
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    return folder.exists() ? QString() : QDir::toNativeSeparators(folder.path());
}

QString Cli::sharedReason(Database::Status status, const QString &detail)
{
    switch (status) {
    case Database::Status::Locked:
        return busy();
    case Database::Status::NewerSchema:
        return tr("made by a newer version of trialcrf (%1)").arg(detail);
    case Database::Status::Unreachable:
        return tr("no database server answers there (%1)").arg(detail);
    case Database::Status::LoginRefused:
        return tr("the database server refused the login (%1)").arg(detail);
    default:
        return detail;
    }
}

QString Cli::openError(const Database &db, const QString &path)
{
    // The store's detail often starts with the path; the message names it once.
    QString detail = db.errorString();
    for (const QString &named : {path, db.path()}) {
        const QString prefix = named + QLatin1String(": ");
        if (!named.isEmpty() && detail.startsWith(prefix))
            detail.remove(0, prefix.size());
    }
    QString reason;
    switch (db.status()) {
    case Database::Status::FolderMissing: {
        const QString folder = missingFolder(path);
        reason = folder.isEmpty() ? tr("its folder does not exist")
                                  : tr("folder %1 does not exist").arg(folder);
        break;
    }
    case Database::Status::NotFound:
        reason = QFileInfo::exists(path)
                     ? tr("the file is empty (0 bytes), not a study database (make it one with "
                          "'%1 init --db %2')")
                           .arg(programName(), path)
                     : tr("no such file (create it with '%1 init --db %2')").arg(programName(), path);
        break;
    case Database::Status::ReadOnly:
        reason = tr("the file or its folder is read-only");
        break;
    case Database::Status::Corrupt:
        reason = tr("not a trialcrf database, or damaged — if it is a study, run '%1 verify "
                    "--db %2'; restore from a backup (%3)")
                     .arg(programName(), path, detail);
        break;
    case Database::Status::OlderSchema:
        reason = tr("it was made by an older version of trialcrf and needs an upgrade, which "
                    "opening it read-only cannot do (upgrade it with '%1 init --db %2')")
                     .arg(programName(), path);
        break;
    case Database::Status::Locked:
    case Database::Status::NewerSchema:
    case Database::Status::Unreachable:
    case Database::Status::LoginRefused:
    case Database::Status::Superuser:
    case Database::Status::Ok:
    case Database::Status::Error:
        reason = sharedReason(db.status(), detail);
        break;
    }
    return tr("cannot open %1: %2").arg(path, reason);
}

bool Cli::open(Database &db, const QString &path, Database::OpenMode mode, QTextStream &err)
{
    // Say which folder is missing before SQLite reports a bare "unable to open".
    const QString folder = missingFolder(path);
    if (!folder.isEmpty()) {
        fail(err, tr("cannot open %1: folder %2 does not exist").arg(path, folder));
        return false;
    }
    if (db.open(path, mode))
        return true;
    fail(err, openError(db, path));
    return false;
}

bool Cli::open(Database &db, StudyLocation location, Database::OpenMode mode, QTextStream &err)
{
    if (!location.isServer())
        return open(db, location.path(), mode, err);
    const char *variable = PasswordPrompt::databasePasswordVariable();
    const bool fromEnvironment = location.password().isEmpty() && qEnvironmentVariableIsSet(variable);
    if (fromEnvironment)
        location.setPassword(qEnvironmentVariable(variable));
    bool opened = db.open(location, mode);
    // As psql does: no password was given and the server wants one, so ask (a person is there).
    if (!opened && db.status() == Database::Status::LoginRefused && location.password().isEmpty()
        && !fromEnvironment && PasswordPrompt::stdinIsTerminal()) {
        QString error;
        const std::optional<QString> typed = PasswordPrompt::read(
            variable, tr("Database password for %1: ").arg(location.displayName()), false, &error);
        if (!typed) {
            fail(err, tr("cannot open %1: %2").arg(location.displayName(), error));
            return false;
        }
        location.setPassword(*typed);
        opened = db.open(location, mode);
    }
    if (opened)
        return true;
    fail(err, openError(db, location));
    return false;
}

bool Cli::openIntact(Database &db, const StudyLocation &location, Database::OpenMode mode,
                     QTextStream &err)
{
    if (!location.isServer())
        return openIntact(db, location.path(), mode, err);
    return open(db, location, mode, err);
}

QString Cli::openError(const Database &db, const StudyLocation &location)
{
    if (!location.isServer())
        return openError(db, location.path());
    const QString where = location.displayName();
    // One line: libpq's messages end in a newline and may hold several.
    QString detail = db.errorString().simplified();
    if (detail.startsWith(where + QLatin1String(": ")))
        detail.remove(0, where.size() + 2);
    QString reason;
    switch (db.status()) {
    case Database::Status::NotFound:
        reason = tr("no study database of this version of trialcrf there; the database's "
                    "owner creates it on the server and sets it up with '%1 init --server URL' "
                    "(%2)")
                     .arg(programName(), detail);
        break;
    case Database::Status::OlderSchema:
        reason = tr("the study needs an upgrade to this version of trialcrf, which only the "
                    "database's owner can run, with '%1 init --server URL' as the owner; "
                    "nothing was changed (%2)")
                     .arg(programName(), detail);
        break;
    case Database::Status::Superuser:
        reason = tr("the database login %1 is a PostgreSQL superuser, which passes every grant "
                    "and may change the schema; connect as a workstation login (a member of "
                    "%2), which '%3 init --server URL' explains how to create; nothing was "
                    "changed")
                     .arg(location.userName(), ServerRoles::groupRole(location.databaseName()),
                          programName());
        break;
    case Database::Status::Unreachable:
    case Database::Status::LoginRefused:
    case Database::Status::Locked:
    case Database::Status::NewerSchema:
    case Database::Status::ReadOnly:
    case Database::Status::FolderMissing:
    case Database::Status::Corrupt:
    case Database::Status::Ok:
    case Database::Status::Error:
        reason = sharedReason(db.status(), detail);
        break;
    }
    return tr("cannot open %1: %2").arg(where, reason);
}

QString Cli::busy()
{
    return tr("the study is busy: another program (import, backup) is writing; try again");
}

QString Cli::damaged(const QString &path, const QString &detail)
{
    return tr("%1: the database is damaged — run '%2 verify --db %1'; restore from a backup "
              "(%3)")
        .arg(path, programName(), detail);
}

bool Cli::openIntact(Database &db, const QString &path, Database::OpenMode mode, QTextStream &err)
{
    if (!open(db, path, mode, err))
        return false;
    const QStringList problems = db.quickCheckProblems();
    if (problems.isEmpty())
        return true;
    fail(err, damaged(path, problems.first()));
    db.close();
    return false;
}

void Cli::removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

}  // namespace trialcrf::cli
