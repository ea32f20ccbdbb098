// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli init --db FILE | --server URL [--admin NAME] [--workstation-login NAME]: create or
// migrate; the first data manager; on a server the workstations' roles.
#include "cli.h"
#include "command.h"
#include "passwordprompt.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/serverroles.h"
#include "storage/userstore.h"

#include <QFileInfo>

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("init");

/// On a server: grants (re)applied, the optional workstation login created, and in plain words
/// which role does what and how a database administrator adds a workstation.
int explainRoles(Database &database, const StudyLocation &where, const QString &login,
                 const QString &password, QTextStream &out, QTextStream &err)
{
    ServerRoles::Report roles;
    QString error;
    if (!Migrations::applyGrants(database.connection(), &roles, &error))
        return Cli::fail(err, Cli::tr("cannot grant the workstations' rights: %1").arg(error));
    const QString group = ServerRoles::quoteIdentifier(roles.group);
    if (!roles.ownsStudy) {
        const QString notOwner = Cli::tr("%1 does not own the study: its roles and grants are "
                                         "set by its owner, with '%2 init --server'")
                                     .arg(ServerRoles::quoteIdentifier(roles.owner),
                                          Cli::programName());
        if (!login.isEmpty())
            return Cli::fail(err, notOwner);
        out << notOwner << '\n';
        return Cli::Ok;
    }
    if (roles.groupCreated)
        out << Cli::tr("Group role %1 created.").arg(group) << '\n';
    out << '\n' << Cli::tr("Roles of this study on the server:") << '\n'
        << "  " << Cli::tr("%1 (this login) owns the study's tables, functions and triggers; it "
                           "runs init --server, migrate and upgrades. The app never connects as "
                           "it.")
                       .arg(ServerRoles::quoteIdentifier(roles.owner))
        << '\n'
        << "  " << Cli::tr("%1 (a group, no login) holds exactly what the app needs: it reads the "
                           "study, adds and corrects records, and only adds to the audit trail, "
                           "signatures, lock manifests, query messages and SDV marks. It cannot "
                           "change the schema, nor change or delete the audit trail.")
                       .arg(group)
        << '\n'
        << "  " << Cli::tr("Each workstation connects with a login of its own, a member of %1. "
                           "People still log in to trialcrf as themselves.")
                       .arg(group)
        << '\n';
    for (const QString &note : std::as_const(roles.notes))
        out << Cli::tr("Note: %1").arg(note) << '\n';
    if (!roles.groupExists)
        return Cli::fail(err, Cli::tr("the group role %1 does not exist; workstations cannot "
                                      "connect yet").arg(group));
    if (!login.isEmpty()) {
        if (!roles.mayCreateRoles)
            return Cli::fail(err, Cli::tr("%1 may not create logins; a database administrator "
                                          "runs: %2")
                                      .arg(ServerRoles::quoteIdentifier(roles.owner),
                                           ServerRoles::addLoginStatement(login, roles.group)));
        if (!ServerRoles::createLogin(database.connection(), login, password, roles.group, &error))
            return Cli::fail(err, Cli::tr("cannot create the workstation login %1: %2")
                                      .arg(login, error));
        StudyLocation app = where;
        app.setUserName(login);
        out << Cli::tr("Workstation login %1 created, a member of %2. The app connects with: "
                       "trialcrf --server '%3'")
                   .arg(ServerRoles::quoteIdentifier(login), group, app.toString())
            << '\n';
        return Cli::Ok;
    }
    out << Cli::tr("To add a workstation login, a database administrator%1 runs:")
               .arg(roles.mayCreateRoles
                        ? Cli::tr(" (or %1, which may create roles)")
                              .arg(ServerRoles::quoteIdentifier(roles.owner))
                        : QString())
        << '\n'
        << "  "
        << ServerRoles::addLoginStatement(where.databaseName() + QLatin1String("_infusion_pc"),
                                          roles.group)
        << '\n';
    if (roles.mayCreateRoles)
        out << Cli::tr("or: %1 init --server URL --workstation-login NAME (the password from %2, "
                       "or asked twice)")
                   .arg(Cli::programName(),
                        QLatin1String(PasswordPrompt::workstationPasswordVariable()))
            << '\n';
    return Cli::Ok;
}

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
    const QCommandLineOption workstation(
        QStringLiteral("workstation-login"),
        Cli::tr("On a server: also create a workstation login NAME for the app (the password "
                "is asked twice, or read from %1).")
            .arg(QLatin1String(PasswordPrompt::workstationPasswordVariable())),
        Cli::tr("NAME"));
    Cli::addLocationOptions(parser);
    parser.addOptions({admin, workstation});
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
    const QString loginName = parser.value(workstation).trimmed();
    if (parser.isSet(workstation) && !where->isServer())
        return Cli::usage(err, kCommand,
                          Cli::tr("--workstation-login needs --server: a study file has no logins."));
    if (parser.isSet(workstation) && loginName.isEmpty())
        return Cli::usage(err, kCommand, Cli::tr("--workstation-login needs a login name."));

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
    QString loginPassword;
    if (!loginName.isEmpty()) {
        QString error;
        const std::optional<QString> typed = PasswordPrompt::read(
            PasswordPrompt::workstationPasswordVariable(),
            Cli::tr("Database password for the workstation login %1: ").arg(loginName), true,
            &error);
        if (!typed)
            return Cli::fail(err, error);
        if (typed->size() < 12)
            return Cli::fail(err, Cli::tr("password refused: a workstation login's password has "
                                          "at least 12 characters"));
        loginPassword = *typed;
    }

    // A server's database exists before init (its owner creates it); init migrates it.
    const bool server = where->isServer();
    const bool existed = server || QFileInfo::exists(*path);
    bool upToDate = false;
    if (existed && !server) {  // a read-only open succeeds only on the current schema
        Database probe;
        upToDate = probe.open(*path, Database::OpenMode::ReadOnly);
    }
    // The owner's command: it may run as a superuser (the one who creates the roles).
    Database database;
    database.allowSuperuser(true);
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
    if (server)
        return explainRoles(database, *where, loginName, loginPassword, out, err);
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("init",
                     QT_TRANSLATE_NOOP("Cli", "Create or migrate a study database; with --admin "
                                              "its first data manager; on a server the "
                                              "workstations' roles."),
                     runInit);

}  // namespace trialcrf::cli
