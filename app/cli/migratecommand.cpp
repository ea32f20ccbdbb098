// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli migrate --db FILE --server URL --user NAME: a study file copied onto a
// PostgreSQL server database that holds no study yet, row for row (StudyCopy), so its audit
// trail, signatures and lock manifests verify on the server as they do in the file.
#include "cli.h"
#include "clilogin.h"
#include "command.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/studycopy.h"
#include "storage/userstore.h"

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("migrate");

int runMigrate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Copies the study in FILE onto an empty database on a PostgreSQL server (made "
                "by the database's owner role, see docs/deployment.md): every table, the audit "
                "trail and the signatures as they are, in one transaction. A data manager of "
                "the study runs it (password from the terminal or TRIALCRF_PASSWORD); the "
                "server's password comes from TRIALCRF_DB_PASSWORD, a prompt or libpq's "
                "password file. The file is not changed beyond that login. Run 'verify' on "
                "both afterwards."));
    const QCommandLineOption user(QStringLiteral("user"),
                                  Cli::tr("The data manager moving the study."), Cli::tr("NAME"));
    Cli::addLocationOptions(parser);
    parser.addOption(user);
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usage(err, kCommand, Cli::tr("unexpected argument '%1'")
                                             .arg(parser.positionalArguments().first()));
    const std::optional<QString> path = Cli::required(parser, Cli::databaseOption(), kCommand, err);
    if (!path)
        return Cli::Usage;
    const std::optional<QString> url = Cli::required(parser, Cli::serverOption(), kCommand, err);
    if (!url)
        return Cli::Usage;
    const std::optional<QString> userName = Cli::required(parser, user, kCommand, err);
    if (!userName)
        return Cli::Usage;
    QString error;
    const std::optional<StudyLocation> server = StudyLocation::server(*url, &error);
    if (!server)
        return Cli::usage(err, kCommand, error);

    Database source;
    if (!Cli::openIntact(source, *path, Database::OpenMode::ExistingOnly, err))
        return Cli::Failure;
    UserStore users(source);
    CliLogin login(users);
    if (!login.logInAsked(*userName, &error))
        return Cli::fail(err, error);
    // Moving the whole study is a data manager's act, as a backup or an import is.
    if (!login.session().may(Action::Backup) || !login.session().may(Action::ImportData))
        return Cli::fail(err, Cli::tr("%1 (%2) may not move the study: only a data manager may")
                                  .arg(*userName, roleCode(login.session().role)));

    // The owner's command: it creates the schema and moves every identity.
    Database target;
    target.allowSuperuser(true);
    if (!Cli::open(target, *server, Database::OpenMode::CreateOrMigrate, err))
        return Cli::Failure;
    QList<StudyCopy::TableCount> counts;
    if (!StudyCopy::copy(source, target, &counts, &error))
        return Cli::fail(err, Cli::tr("cannot copy %1 to %2: %3; nothing was written to the "
                                      "server")
                                  .arg(*path, server->displayName(), error));
    // The chain must stand on the server exactly as in the file.
    QString problem;
    if (const std::optional<qint64> row = AuditLog(target).firstBrokenRow(&problem))
        return Cli::fail(err, Cli::tr("the copy on %1 does not verify: audit chain broken at row "
                                      "%2: %3")
                                  .arg(server->displayName())
                                  .arg(*row)
                                  .arg(problem));
    for (const StudyCopy::TableCount &c : std::as_const(counts))
        out << c.table << '\t' << c.rows << '\n';
    out << Cli::tr("Study %1 copied to %2 (%3 tables). Run '%4 verify' on both.")
               .arg(*path, server->displayName())
               .arg(counts.size())
               .arg(Cli::programName())
        << '\n';
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("migrate",
                     QT_TRANSLATE_NOOP("Cli", "Copy a study file onto an empty PostgreSQL "
                                              "server database (data manager)."),
                     runMigrate);

}  // namespace trialcrf::cli
