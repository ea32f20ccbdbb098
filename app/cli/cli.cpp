// SPDX-License-Identifier: Apache-2.0
#include "cli.h"

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
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption user(QStringLiteral("user"), userHelp, tr("NAME"));
    parser.addOptions({db, user});
    parser.addPositionalArgument(targetName, targetHelp);
    if (const std::optional<int> code = parse(parser, args, command, out, err))
        return code;
    const std::optional<QString> path = required(parser, db, command, err);
    if (!path)
        return Usage;
    const std::optional<QString> userName = required(parser, user, command, err);
    if (!userName)
        return Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(err, command,
                     positional.isEmpty() ? tr("%1 is required.").arg(targetName)
                                          : tr("unexpected argument '%1'").arg(positional.at(1)));
    *parsed = {*path, *userName, positional.first()};
    return std::nullopt;
}

QString Cli::missingFolder(const QString &path)
{
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    return folder.exists() ? QString() : QDir::toNativeSeparators(folder.path());
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
    case Database::Status::Locked:
        reason = busy();
        break;
    case Database::Status::Corrupt:
        reason = tr("not a trialcrf database, or damaged — if it is a study, run '%1 verify "
                    "--db %2'; restore from a backup (%3)")
                     .arg(programName(), path, detail);
        break;
    case Database::Status::NewerSchema:
        reason = tr("made by a newer version of trialcrf (%1)").arg(detail);
        break;
    case Database::Status::OlderSchema:
        reason = tr("it was made by an older version of trialcrf and needs an upgrade, which "
                    "opening it read-only cannot do (upgrade it with '%1 init --db %2')")
                     .arg(programName(), path);
        break;
    case Database::Status::Unreachable:
        reason = tr("no database server answers there (%1)").arg(detail);
        break;
    case Database::Status::LoginRefused:
        reason = tr("the database server refused the login (%1)").arg(detail);
        break;
    case Database::Status::Ok:
    case Database::Status::Error:
        reason = detail;
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
