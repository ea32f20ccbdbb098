// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli restore --db FILE --user NAME BACKUP: puts a backup back as the study. The
// backup is verified first and what it holds is printed beside what it replaces; the replaced
// file is kept beside the study with a timestamped name; the restore is audited in the
// restored study's trail. A data manager of the study (or, when the study file is missing or
// damaged, of the restored one) logs in.
#include "cli.h"
#include "clilogin.h"
#include "command.h"
#include "passwordprompt.h"

#include "backup/studyrestore.h"
#include "labels/codelabels.h"
#include "storage/userstore.h"

#include <QFileInfo>

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("restore");

void describe(QTextStream &out, const QString &title, const BackupContents &c)
{
    out << title << '\n'
        << "  " << Cli::tr("schema version: %1%2").arg(c.schemaVersion).arg(c.demo ? Cli::tr(", DEMO") : QString())
        << '\n'
        << "  " << Cli::tr("subjects: %1, records: %2, audit rows: %3")
                       .arg(c.subjects).arg(c.records).arg(c.auditRows)
        << '\n';
    if (c.lastAudit)
        out << "  " << Cli::tr("last audit entry: %1 %2 %3")
                           .arg(AuditLog::formatTime(c.lastAudit->atUtc), c.lastAudit->userName,
                                CodeLabels::auditAction(c.lastAudit->action))
            << '\n';
}

std::optional<QString> readPassphrase(const StudyRestore &restore, QString *error)
{
    if (!restore.isEncrypted())
        return QString();
    return PasswordPrompt::read(PasswordPrompt::backupPassphraseVariable(),
                                Cli::tr("Passphrase of the backup: "), false, error);
}

/// Opens and verifies the backup (asking for an encrypted one's passphrase), prints what it
/// holds, and reads the restoring user's password: the exit code when any of it fails.
std::optional<int> openBackup(StudyRestore &restore, const Cli::UserTarget &a, QTextStream &out,
                              QTextStream &err, QString *password)
{
    QString error;
    const std::optional<QString> passphrase = readPassphrase(restore, &error);
    if (!passphrase)
        return Cli::fail(err, error);
    if (!restore.open(*passphrase, &error))
        return Cli::fail(err, Cli::tr("cannot read the backup: %1").arg(error));
    describe(out, Cli::tr("The backup %1 holds:").arg(a.target), restore.contents());
    if (!restore.contents().sound())
        return Cli::fail(err, Cli::tr("the backup %1 does not verify: %2")
                                  .arg(a.target, restore.contents().problems.value(0)));
    const std::optional<QString> typed = PasswordPrompt::read(
        PasswordPrompt::newPasswordVariable(), Cli::tr("Password for %1: ").arg(a.user), false,
        &error);
    if (!typed)
        return Cli::fail(err, error);
    *password = *typed;
    return std::nullopt;
}

/// restore --server URL: into an empty server database (one that holds no study yet).
int restoreOntoServer(const Cli::UserTarget &a, QTextStream &out, QTextStream &err)
{
    // An encrypted backup is decrypted beside itself (there is no study file).
    StudyRestore restore(a.target, a.target);
    QString password;
    if (const std::optional<int> failed = openBackup(restore, a, out, err, &password))
        return *failed;
    // Like migrate, the owner's work: the study's rows go in with their ids, the anchor too.
    Database server;
    server.allowSuperuser(true);
    if (!Cli::open(server, a.location, Database::OpenMode::CreateOrMigrate, err))
        return Cli::Failure;
    const SaveResult result = restore.restoreOnto(server, [&](Database &backup, QString *why) {
        UserStore users(backup);
        CliLogin login(users);
        if (!login.logIn(a.user, password, why))
            return std::optional<Session>();
        return std::optional<Session>(login.session());
    });
    const QString name = a.location.displayName();
    if (result.status == SaveResult::Status::Denied)
        return Cli::fail(err, Cli::tr("%1 may not restore: only a data manager may (%2)")
                                  .arg(a.user, result.message));
    if (!result.ok())
        return Cli::fail(err, Cli::tr("cannot restore %1: %2").arg(name, result.message));
    out << Cli::tr("Restored %1 from %2; run verify to check it.").arg(name, a.target) << '\n';
    return Cli::Ok;
}

int runRestore(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Replaces the study FILE with BACKUP, or copies BACKUP into an empty database on a "
        "PostgreSQL server (--server URL). The backup is verified first (the checks of "
        "verify) and what it holds is printed with what it replaces; the replaced file is kept "
        "beside the study as NAME.replaced-TIME.db, and the restore is audited in the restored "
        "study's trail. Only a data manager may restore; the password is read from the "
        "terminal or from TRIALCRF_PASSWORD, an encrypted backup's passphrase from the "
        "terminal or from TRIALCRF_BACKUP_PASSPHRASE."));
    Cli::UserTarget a;
    if (const std::optional<int> code = Cli::parseUserTarget(
            parser, args, kCommand, Cli::tr("The data manager restoring the study."),
            QStringLiteral("BACKUP"), Cli::tr("The backup file to restore."), out, err, &a))
        return *code;
    if (a.location.isServer())
        return restoreOntoServer(a, out, err);
    const QString study = a.location.path();
    const QString folder = Cli::missingFolder(study);
    if (!folder.isEmpty())
        return Cli::fail(err, Cli::tr("cannot restore to %1: folder %2 does not exist")
                                  .arg(study, folder));

    StudyRestore restore(a.target, study);
    QString password;
    if (const std::optional<int> failed = openBackup(restore, a, out, err, &password))
        return *failed;
    QString error;

    SaveResult result;
    Database database;
    if (database.open(study, Database::OpenMode::ExistingOnly)) {
        describe(out, Cli::tr("It replaces %1, which holds:").arg(study),
                 BackupContents::read(database));
        UserStore users(database);
        CliLogin login(users);
        if (!login.logIn(a.user, password, &error))
            return Cli::fail(err, error);
        result = restore.restoreInto(database, login.session());
    } else if (database.status() == Database::Status::NotFound
               || database.status() == Database::Status::Corrupt) {
        out << Cli::tr("It replaces %1, which cannot be opened: %2")
                   .arg(study, database.errorString())
            << '\n';
        result = restore.restoreFile([&](Database &restored, QString *loginError) {
            UserStore users(restored);
            CliLogin login(users);
            if (!login.logIn(a.user, password, loginError))
                return std::optional<Session>();
            return std::optional<Session>(login.session());
        });
    } else {
        return Cli::fail(err, Cli::openError(database, study));
    }
    if (result.status == SaveResult::Status::Denied)
        return Cli::fail(err, Cli::tr("%1 may not restore: only a data manager may (%2)")
                                  .arg(a.user, result.message));
    if (!result.ok())
        return Cli::fail(err, Cli::tr("cannot restore %1: %2").arg(study, result.message));
    if (!restore.keptFile().isEmpty())
        out << Cli::tr("The replaced study is kept as %1.").arg(restore.keptFile()) << '\n';
    out << Cli::tr("Restored %1 from %2; run verify to check it.").arg(study, a.target)
        << '\n';
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("restore",
                     QT_TRANSLATE_NOOP("Cli", "Replace the study with a verified backup, keeping "
                                              "the replaced file."),
                     runRestore);

}  // namespace trialcrf::cli
