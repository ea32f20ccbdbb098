// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli lock --db FILE [--check] | --user NAME --reason TEXT: the database lock. With
// --check, lists what stands in its way; otherwise a data manager locks every casebook and
// signs the lock manifest (password entered as for an e-signature).
#include "cli.h"
#include "command.h"
#include "clilogin.h"
#include "passwordprompt.h"

#include "exchange/studylock.h"
#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("lock");

void listBlockers(const QList<rules::LockBlocker> &blockers, QTextStream &out)
{
    for (const rules::LockBlocker &b : blockers)
        out << b.subjectCode << '\t' << b.code() << '\t' << b.text() << '\n';
}

int runLock(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Database lock. With --check, lists every blocker to locking the study (one "
                "line each: subject, code, text) and exits 1 while any stands. Otherwise a data "
                "manager locks every casebook with the reason and signs the lock manifest (the "
                "records per table and the SHA-256 of the export), which 'verify' checks; the "
                "password is read from the terminal or from TRIALCRF_PASSWORD."));
    const QCommandLineOption check(QStringLiteral("check"),
                                   Cli::tr("Only list what stands in the way of the lock."));
    const QCommandLineOption user(QStringLiteral("user"), Cli::tr("The locking data manager."),
                                  Cli::tr("NAME"));
    const QCommandLineOption reason(QStringLiteral("reason"), Cli::tr("Why the study is locked."),
                                    Cli::tr("TEXT"));
    Cli::addLocationOptions(parser);
    parser.addOptions({check, user, reason});
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usage(err, kCommand, Cli::tr("unexpected argument '%1'")
                                             .arg(parser.positionalArguments().first()));
    const std::optional<StudyLocation> where = Cli::location(parser, kCommand, err);
    if (!where)
        return Cli::Usage;
    // What messages name: the file, or user@host/database (never a password).
    const std::optional<QString> path = where->displayName();
    Database database;
    QString error;
    if (parser.isSet(check)) {
        if (!Cli::open(database, *where, Database::OpenMode::ReadOnly, err))
            return Cli::Failure;
        StudyStore store(database, Protocol::builtIn());
        UserStore users(database);
        const Session reader{0, Cli::programName(), Role::Monitor};
        const std::optional<QList<rules::LockBlocker>> blockers =
            StudyLock(store, users).blockers(reader, &error);
        if (!blockers)
            return Cli::fail(err, Cli::tr("cannot read %1: %2").arg(*path, error));
        listBlockers(*blockers, out);
        if (!blockers->isEmpty())
            return Cli::fail(err, Cli::tr("%1 blocker(s) stand in the way of the lock.")
                                      .arg(blockers->size()));
        out << Cli::tr("Nothing stands in the way: the study may be locked.") << '\n';
        return Cli::Ok;
    }
    const std::optional<QString> userName = Cli::required(parser, user, kCommand, err);
    if (!userName)
        return Cli::Usage;
    const std::optional<QString> why = Cli::required(parser, reason, kCommand, err);
    if (!why)
        return Cli::Usage;
    if (!Cli::openIntact(database, *where, Database::OpenMode::ExistingOnly, err))
        return Cli::Failure;
    const std::optional<QString> password =
        PasswordPrompt::read(PasswordPrompt::newPasswordVariable(),
                             Cli::tr("Password for %1: ").arg(*userName), false, &error);
    if (!password)
        return Cli::fail(err, error);
    UserStore users(database);
    CliLogin login(users);
    if (!login.logIn(*userName, *password, &error))
        return Cli::fail(err, error);
    StudyStore store(database, Protocol::builtIn());
    const StudyLockResult r = StudyLock(store, users).lock(login.session(), *why, *password);
    if (r.status == StudyLockResult::Status::Blocked) {
        listBlockers(r.blockers, out);
        return Cli::fail(err, Cli::tr("the study was not locked: %1 blocker(s) stand in the way.")
                                  .arg(r.blockers.size()));
    }
    if (!r.ok())
        return Cli::fail(err, Cli::tr("the study was not locked: %1").arg(r.message));
    out << Cli::tr("Study locked by %1 at %2: %3 casebook(s) locked now; lock manifest %4, export "
                   "SHA-256 %5.")
               .arg(r.manifest.printedName, r.manifest.lockedAtUtc.toString(Qt::ISODate))
               .arg(r.casebooksLocked)
               .arg(r.manifest.id)
               .arg(r.manifest.exportSha256)
        << '\n';
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("lock",
                     QT_TRANSLATE_NOOP("Cli", "List what stands in the way of the database lock, "
                                              "or lock the study and sign its manifest (data "
                                              "manager)."),
                     runLock);

}  // namespace trialcrf::cli
