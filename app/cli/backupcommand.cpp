// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli backup --db FILE OUT: a consistent copy while the app runs.
#include "cli.h"
#include "command.h"

#include "storage/auditlog.h"
#include "storage/database.h"

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
                "write to it, and checks the copy. OUT must not exist yet."));
    const QCommandLineOption db = Cli::databaseOption();
    parser.addOption(db);
    parser.addPositionalArgument(QStringLiteral("OUT"), Cli::tr("The backup file to write."));
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    const std::optional<QString> path = Cli::required(parser, db, kCommand, err);
    if (!path)
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

    // Read-only: a backup never migrates or otherwise changes the original.
    Database database;
    if (!Cli::open(database, *path, Database::OpenMode::ReadOnly, err))
        return Cli::Failure;
    QString error;
    if (!database.backupTo(target, &error))
        return Cli::fail(err, Cli::tr("cannot back up %1 to %2: %3").arg(*path, target, error));
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
