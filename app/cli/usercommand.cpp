// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli user --db FILE --as NAME add USER --role ROLE [--name "Full Name"]
// trialcrf-cli user --db FILE --as NAME passwd|disable USER
// trialcrf-cli user --db FILE --as NAME grant|revoke USER --site CODE
// trialcrf-cli user --db FILE --as NAME sites USER --sites CODE[,CODE…]
#include "cli.h"
#include "command.h"
#include "clilogin.h"
#include "passwordprompt.h"

#include "storage/database.h"
#include "storage/sitestore.h"
#include "storage/userstore.h"

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("user");

/// The new password of `user`, checked against the policy before anything is written.
std::optional<QString> newPassword(const QString &user, QString *error)
{
    const std::optional<QString> typed = PasswordPrompt::read(
        PasswordPrompt::newPasswordVariable(), Cli::tr("New password for %1: ").arg(user), true,
        error);
    if (!typed)
        return std::nullopt;
    const QStringList problems = UserStore::passwordProblems(user, *typed);
    if (!problems.isEmpty()) {
        *error = Cli::tr("password refused: %1").arg(problems.join(QLatin1String("; ")));
        return std::nullopt;
    }
    return typed;
}

struct Request {
    StudyLocation location;
    QString actingUser, action, user, fullName;
    std::optional<Role> role;
    QStringList sites;  ///< --sites (add, sites) or --site (grant, revoke)
};

bool isSiteAction(const QString &action)
{
    return action == QLatin1String("grant") || action == QLatin1String("revoke")
        || action == QLatin1String("sites");
}

/// Parses and checks the arguments; nullopt with the exit code in *code otherwise.
std::optional<Request> parseRequest(const QStringList &args, QTextStream &out, QTextStream &err,
                                    int *code)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Adds a user, sets a user's password, disables a user, or grants, revokes or "
                "sets a user's sites, acting as the data manager named by --as. A nurse or "
                "physician works at exactly one site, a monitor or data manager at one or more; "
                "while the study has one site, a new user works there. The --as password is read from the terminal or from "
                "TRIALCRF_AS_PASSWORD; a new password from the terminal (asked twice) or from "
                "TRIALCRF_PASSWORD."));
    const QCommandLineOption as(QStringLiteral("as"), Cli::tr("The data manager doing this."),
                                Cli::tr("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  Cli::tr("Role of a new user: %1.")
                                      .arg(roleCodes().join(QLatin1String(", "))),
                                  Cli::tr("ROLE"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Cli::tr("Full name of a new user, printed with signatures."),
                                  Cli::tr("FULL NAME"));
    const QCommandLineOption sites(
        QStringLiteral("sites"),
        Cli::tr("The user's sites (add, sites): site codes separated by commas."),
        Cli::tr("CODES"));
    const QCommandLineOption site(QStringLiteral("site"),
                                  Cli::tr("The site granted or revoked (grant, revoke)."),
                                  Cli::tr("CODE"));
    Cli::addLocationOptions(parser);
    parser.addOptions({as, role, name, sites, site});
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 Cli::tr("add, passwd or disable; grant, revoke or sites."));
    parser.addPositionalArgument(QStringLiteral("USER"), Cli::tr("The user name acted on."));
    if (const std::optional<int> handled = Cli::parse(parser, args, kCommand, out, err)) {
        *code = *handled;
        return std::nullopt;
    }
    *code = Cli::Usage;
    Request r;
    const std::optional<StudyLocation> where = Cli::location(parser, kCommand, err);
    if (!where)
        return std::nullopt;
    const std::optional<QString> acting = Cli::required(parser, as, kCommand, err);
    if (!acting)
        return std::nullopt;
    r.location = *where;
    r.actingUser = *acting;
    const QStringList positional = parser.positionalArguments();
    const QStringList actions{QStringLiteral("add"),   QStringLiteral("passwd"),
                              QStringLiteral("disable"), QStringLiteral("grant"),
                              QStringLiteral("revoke"), QStringLiteral("sites")};
    if (positional.size() != 2 || !actions.contains(positional.first())) {
        Cli::usage(err, kCommand, Cli::tr("give an action (add, passwd or disable; grant, revoke "
                                          "or sites) and a user."));
        return std::nullopt;
    }
    r.action = positional.at(0);
    r.user = positional.at(1);
    const bool adding = r.action == QLatin1String("add");
    if (!adding && (parser.isSet(role) || parser.isSet(name))) {
        Cli::usage(err, kCommand, Cli::tr("--role and --name go with add only."));
        return std::nullopt;
    }
    const bool granting = r.action == QLatin1String("grant") || r.action == QLatin1String("revoke");
    const bool setting = r.action == QLatin1String("sites");
    if (parser.isSet(site) != granting || (parser.isSet(sites) && !adding && !setting)
        || (setting && !parser.isSet(sites))) {
        Cli::usage(err, kCommand, Cli::tr("grant and revoke need --site; sites needs --sites; "
                                          "--sites goes with add and sites only."));
        return std::nullopt;
    }
    r.sites = granting ? QStringList{parser.value(site)}
                       : parser.value(sites).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (adding) {
        r.role = roleFromCode(parser.value(role));
        if (!r.role) {
            Cli::usage(err, kCommand, Cli::tr("add needs --role, one of %1.")
                                          .arg(roleCodes().join(QLatin1String(", "))));
            return std::nullopt;
        }
        r.fullName = parser.value(name);
    }
    *code = Cli::Ok;
    return r;
}

int runUser(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int code = Cli::Ok;
    const std::optional<Request> r = parseRequest(args, out, err, &code);
    if (!r)
        return code;

    Database database;
    if (!Cli::open(database, r->location, Database::OpenMode::ExistingOnly, err))
        return Cli::Failure;
    QString error;
    const std::optional<QString> actingPassword = PasswordPrompt::read(
        PasswordPrompt::actingPasswordVariable(), Cli::tr("Password for %1: ").arg(r->actingUser),
        false, &error);
    if (!actingPassword)
        return Cli::fail(err, error);
    std::optional<QString> password;
    if (r->action == QLatin1String("add") || r->action == QLatin1String("passwd")) {
        password = newPassword(r->user, &error);
        if (!password)
            return Cli::fail(err, error);
    }

    UserStore users(database);
    CliLogin login(users);
    if (!login.logIn(r->actingUser, *actingPassword, &error))
        return Cli::fail(err, error);
    const Session &session = login.session();
    SiteStore sites(database);
    bool done = false;
    if (!session.may(Action::ManageUsers))
        error = Cli::tr("%1 (%2) may not manage users").arg(r->actingUser, roleCode(session.role));
    else if (r->action == QLatin1String("add"))  // the account and its sites: one transaction
        done = users.addUser(session, r->user, r->fullName, *r->role, *password, &error, r->sites);
    else if (r->action == QLatin1String("grant"))
        done = sites.grant(session, r->user, r->sites.value(0), &error);
    else if (r->action == QLatin1String("revoke"))
        done = sites.revoke(session, r->user, r->sites.value(0), &error);
    else if (r->action == QLatin1String("sites"))
        done = sites.setUserSites(session, r->user, r->sites, &error);
    else if (r->action == QLatin1String("passwd"))
        done = users.changePassword(session, r->user, *password, &error);
    else
        done = users.setDisabled(session, r->user, true, &error);
    if (!done)
        return Cli::fail(err, Cli::tr("cannot %1 %2: %3").arg(r->action, r->user, error));

    if (r->action == QLatin1String("add"))
        out << Cli::tr("User %1 added as %2.").arg(r->user, roleCode(*r->role)) << '\n';
    else if (r->action == QLatin1String("passwd"))
        out << Cli::tr("Password of %1 changed.").arg(r->user) << '\n';
    else if (isSiteAction(r->action))
        out << Cli::tr("%1 works at: %2.").arg(r->user, sites.userSites(r->user).join(QLatin1String(", ")))
            << '\n';
    else
        out << Cli::tr("User %1 disabled.").arg(r->user) << '\n';
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("user",
                     QT_TRANSLATE_NOOP("Cli", "Add a user, set a password, disable a user or "
                                              "give a user their sites (as a data manager)."),
                     runUser);

}  // namespace trialcrf::cli
