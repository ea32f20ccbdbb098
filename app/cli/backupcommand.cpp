// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli backup --db FILE | --server URL [--user NAME] OUT: a consistent copy while the
// app runs, always a study file (a server's study copied row for row into one).
// `backup --db FILE OUT` is the DESIGN.md contract that scripts call: the account running it
// can read the file anyway, so it copies without logging in and writes nothing to the original
// (like export). With --user, a data manager logs in with their password, model/ checks the
// role, and the backup is audited as that user (the copy holds the row that records it).
#include "cli.h"
#include "clilogin.h"
#include "command.h"
#include "passwordprompt.h"

#include "backup/backupcrypto.h"
#include "backup/backupwriter.h"
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

/// Checks the copy and reports; the last step of both ways of backing up.
int finish(const QString &path, const QString &target, QTextStream &out, QTextStream &err)
{
    // An encrypted backup was verified before it was encrypted (BackupWriter).
    const QString problem = BackupCrypto::isEncrypted(target) ? QString() : checkCopy(target);
    if (!problem.isEmpty())
        return Cli::fail(err, Cli::tr("the backup %1 does not verify: %2").arg(target, problem));
    out << Cli::tr("Backup of %1 written to %2 and verified.").arg(path, target) << '\n';
    return Cli::Ok;
}

int runBackup(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes a consistent copy of the database to OUT, safe while other programs "
                "write to it, and checks the copy; a study on a server is written as a study "
                "file. OUT must not exist yet. With --user, only a "
                "data manager may back up; the password is read from the terminal or from "
                "TRIALCRF_PASSWORD, and the backup is audited as that user. Without --user the "
                "file is copied as the operating-system account running this command can read "
                "it, and nothing is written to the original."));
    const QCommandLineOption user(QStringLiteral("user"), Cli::tr("The data manager taking the backup."),
                                  Cli::tr("NAME"));
    const QCommandLineOption encrypt(
        QStringLiteral("encrypt"),
        Cli::tr("Encrypt the backup with a passphrase, read from the terminal (asked twice) or "
                "from TRIALCRF_BACKUP_PASSPHRASE; restore asks for it again."));
    Cli::addLocationOptions(parser);
    parser.addOptions({user, encrypt});
    parser.addPositionalArgument(QStringLiteral("OUT"), Cli::tr("The backup file to write."));
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    const std::optional<StudyLocation> where = Cli::location(parser, kCommand, err);
    if (!where)
        return Cli::Usage;
    // A server's study is written into a study file of its own (one snapshot, row for row).
    const QString path = where->displayName();
    const std::optional<QString> userName =
        parser.isSet(user) ? std::optional<QString>(parser.value(user)) : std::nullopt;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return Cli::usage(err, kCommand, Cli::tr("name one backup file OUT."));
    const QString target = positional.first();

    if (QFileInfo::exists(target))
        return Cli::fail(err, Cli::tr("%1 already exists; backup never overwrites a file").arg(target));
    const QString folder = Cli::missingFolder(target);
    if (!folder.isEmpty())
        return Cli::fail(err, Cli::tr("cannot write %1: folder %2 does not exist").arg(target, folder));

    QString error;
    BackupOptions options;
    if (parser.isSet(encrypt)) {
        const std::optional<QString> passphrase =
            PasswordPrompt::read(PasswordPrompt::backupPassphraseVariable(),
                                 Cli::tr("Passphrase for the backup: "), true, &error);
        if (!passphrase)
            return Cli::fail(err, error);
        if (passphrase->isEmpty())
            return Cli::fail(err, Cli::tr("the passphrase is empty"));
        options.passphrase = *passphrase;
    }
    if (!userName) {
        // No login: read-only, nothing recorded in the original (what `cp` of a quiet file
        // would give, but consistent while others write).
        // A read-only session: IT may run it as the owner or a superuser (cron, pg_dump's
        // peers), as the app's rule against superusers is about saving.
        Database database;
        database.allowSuperuser(true);
        if (!Cli::openIntact(database, *where, Database::OpenMode::ReadOnly, err))
            return Cli::Failure;
        if (!BackupWriter::write(database, target, options, &error))
            return Cli::fail(err, Cli::tr("cannot back up %1 to %2: %3").arg(path, target, error));
        return finish(path, target, out, err);
    }
    // The original is written to only by the login, the backup's audit row and the logout.
    Database database;
    if (!Cli::openIntact(database, *where, Database::OpenMode::ExistingOnly, err))
        return Cli::Failure;
    UserStore users(database);
    CliLogin login(users);
    if (!login.logInAsked(*userName, &error))
        return Cli::fail(err, error);
    const SaveResult written = DatabaseBackup(database).write(login.session(), target, options);
    if (written.status == SaveResult::Status::Denied)
        return Cli::fail(err, Cli::tr("%1 (%2) may not back up: only a data manager may")
                                  .arg(*userName, roleCode(login.session().role)));
    if (!written.ok())
        return Cli::fail(err, Cli::tr("cannot back up %1 to %2: %3").arg(path, target, written.message));
    return finish(path, target, out, err);
}

}  // namespace

TRIALCRF_CLI_COMMAND("backup",
                     QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of the database, even "
                                              "while the app writes to it."),
                     runBackup);

}  // namespace trialcrf::cli
