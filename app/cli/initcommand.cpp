// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli init --db FILE [--admin NAME]: create or migrate; the first data manager.
#include "cli.h"
#include "command.h"
#include "passwordprompt.h"

#include "storage/database.h"
#include "storage/userstore.h"

#include <QFileInfo>

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("init");

int runInit(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Creates a study database, or migrates an existing one to the current schema. "
                "With --admin it also creates the first data manager; the password is asked "
                "twice on the terminal, or read from TRIALCRF_PASSWORD."));
    const QCommandLineOption admin(QStringLiteral("admin"),
                                   Cli::tr("User name of the first data manager."),
                                   Cli::tr("NAME"));
    Cli::addLocationOptions(parser);
    parser.addOptions({admin});
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usage(err, kCommand,
                          Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const std::optional<StudyLocation> where = Cli::location(parser, kCommand, err);
    if (!where)
        return Cli::Usage;
    // What messages name: the file, or user@host/database (never a password).
    const std::optional<QString> path = where->displayName();
    const bool withAdmin = parser.isSet(admin);
    const QString adminName = parser.value(admin);
    if (withAdmin && adminName.trimmed().isEmpty())
        return Cli::usage(err, kCommand, Cli::tr("--admin needs a user name."));

    // The password is checked before the file is touched, so a refusal changes nothing.
    QString password;
    if (withAdmin) {
        QString error;
        const std::optional<QString> typed = PasswordPrompt::read(
            PasswordPrompt::newPasswordVariable(),
            Cli::tr("Password for %1: ").arg(adminName), true, &error);
        if (!typed)
            return Cli::fail(err, error);
        const QStringList problems = UserStore::passwordProblems(adminName, *typed);
        if (!problems.isEmpty())
            return Cli::fail(err, Cli::tr("password refused: %1").arg(problems.join(QLatin1String("; "))));
        password = *typed;
    }

    // A server's database exists before init (its owner creates it); init migrates it.
    const bool server = where->isServer();
    const bool existed = server || QFileInfo::exists(*path);
    bool upToDate = false;
    if (existed && !server) {  // a read-only open succeeds only on the current schema
        Database probe;
        upToDate = probe.open(*path, Database::OpenMode::ReadOnly);
    }
    Database database;
    if (!Cli::open(database, *where, Database::OpenMode::CreateOrMigrate, err))
        return Cli::Failure;
    const auto failAndClean = [&](const QString &message) {
        database.close();
        if (!existed && !server)
            Cli::removeDatabaseFiles(*path);
        return Cli::fail(err, message);
    };
    if (withAdmin) {
        UserStore users(database);
        if (users.userCount() > 0 && server)
            return failAndClean(
                Cli::tr("%1 already has users; add more with '%2 user --server %3 --as NAME add "
                        "USER --role ROLE'")
                    .arg(*path, Cli::programName(), where->toString()));
        if (users.userCount() > 0)
            return failAndClean(
                Cli::tr("%1 already has users; add more with '%2 user --db %1 --as NAME add USER "
                        "--role ROLE'")
                    .arg(*path, Cli::programName()));
        QString error;
        if (!users.createFirstAdmin(adminName, password, &error))
            return failAndClean(Cli::tr("cannot create %1: %2").arg(adminName, error));
    }

    out << (server     ? Cli::tr("%1: schema version %2.")
            : !existed ? Cli::tr("%1: created, schema version %2.")
            : upToDate ? Cli::tr("%1: schema version %2, up to date.")
                       : Cli::tr("%1: migrated to schema version %2."))
                   .arg(*path)
                   .arg(database.schemaVersion())
        << '\n';
    if (withAdmin)
        out << Cli::tr("Data manager %1 created.").arg(adminName) << '\n';
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("init",
                     QT_TRANSLATE_NOOP("Cli", "Create or migrate a study database; with --admin "
                                              "its first data manager."),
                     runInit);

}  // namespace trialcrf::cli
