// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli backup --db FILE --user NAME OUT: a consistent copy while the app runs, taken
// by a data manager who logs in with their password.
#include "cli.h"
#include "clilogin.h"
#include "command.h"
#include "passwordprompt.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/userstore.h"

#include <QFileInfo>

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("backup");

/// Opens the copy and runs the same checks as verify; empty when sound.
QString checkCopy(const QString &path)
{
    Database copy;
    if (!copy.open(path, Database::OpenMode::ReadOnly))
        return Cli::openError(copy, path);
    const QStringList problems = copy.integrityProblems();
    if (!problems.isEmpty())
        return problems.first();
    QString problem;
    if (const std::optional<qint64> row = AuditLog(copy).firstBrokenRow(&problem))
        return Cli::tr("audit chain broken at row %1: %2").arg(*row).arg(problem);
    return {};
}

int runBackup(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes a consistent copy of the database to OUT, safe while other programs "
                "write to it, and checks the copy. OUT must not exist yet. Only a data manager "
                "may back up; the password is read from the terminal or from "
                "TRIALCRF_PASSWORD. The backup is audited as that user."));
    const QCommandLineOption db = Cli::databaseOption();
    const QCommandLineOption user(QStringLiteral("user"), Cli::tr("The data manager taking the backup."),
                                  Cli::tr("NAME"));
    parser.addOptions({db, user});
    parser.addPositionalArgument(QStringLiteral("OUT"), Cli::tr("The backup file to write."));
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    const std::optional<QString> path = Cli::required(parser, db, kCommand, err);
    if (!path)
        return Cli::Usage;
    const std::optional<QString> userName = Cli::required(parser, user, kCommand, err);
    if (!userName)
        return Cli::Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return Cli::usage(err, kCommand, Cli::tr("name one backup file OUT."));
    const QString target = positional.first();

    if (QFileInfo::exists(target))
        return Cli::fail(err, Cli::tr("%1 already exists; backup never overwrites a file").arg(target));
    const QString folder = Cli::missingFolder(target);
    if (!folder.isEmpty())
        return Cli::fail(err, Cli::tr("cannot write %1: folder %2 does not exist").arg(target, folder));

    // The original is written to only by the login, the backup's audit row and the logout.
    Database database;
    if (!Cli::open(database, *path, Database::OpenMode::ExistingOnly, err))
        return Cli::Failure;
    QString error;
    const std::optional<QString> password = PasswordPrompt::read(
        PasswordPrompt::newPasswordVariable(), Cli::tr("Password for %1: ").arg(*userName), false,
        &error);
    if (!password)
        return Cli::fail(err, error);
    UserStore users(database);
    CliLogin login(users);
    if (!login.logIn(*userName, *password, &error))
        return Cli::fail(err, error);
    const SaveResult written = DatabaseBackup(database).write(login.session(), target);
    if (written.status == SaveResult::Status::Denied)
        return Cli::fail(err, Cli::tr("%1 (%2) may not back up: only a data manager may")
                                  .arg(*userName, roleCode(login.session().role)));
    if (!written.ok())
        return Cli::fail(err, Cli::tr("cannot back up %1 to %2: %3").arg(*path, target, written.message));
    const QString problem = checkCopy(target);
    if (!problem.isEmpty())
        return Cli::fail(err, Cli::tr("the backup %1 does not verify: %2").arg(target, problem));
    out << Cli::tr("Backup of %1 written to %2 and verified.").arg(*path, target) << '\n';
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("backup",
                     QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of the database, even "
                                              "while the app writes to it."),
                     runBackup);

}  // namespace trialcrf::cli
