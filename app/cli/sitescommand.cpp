// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli sites --db FILE --as NAME list
// trialcrf-cli sites --db FILE --as NAME add CODE --name "Site name"
#include "cli.h"
#include "command.h"
#include "clilogin.h"
#include "passwordprompt.h"

#include "storage/database.h"
#include "storage/sitestore.h"
#include "storage/userstore.h"

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("sites");

int runSites(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the study's sites (code, name and the number of subjects each has), or "
                "adds a site, acting as the data manager named by --as, who then works at the "
                "new site too. The --as password is read from the terminal or from "
                "TRIALCRF_AS_PASSWORD."));
    const QCommandLineOption as(QStringLiteral("as"), Cli::tr("The data manager doing this."),
                                Cli::tr("NAME"));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("The name of a new site."),
                                  Cli::tr("SITE NAME"));
    Cli::addLocationOptions(parser);
    parser.addOptions({as, name});
    parser.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("list, or add CODE."));
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    const std::optional<StudyLocation> where = Cli::location(parser, kCommand, err);
    if (!where)
        return Cli::Usage;
    const std::optional<QString> acting = Cli::required(parser, as, kCommand, err);
    if (!acting)
        return Cli::Usage;
    const QStringList positional = parser.positionalArguments();
    const bool listing = positional == QStringList{QStringLiteral("list")};
    const bool adding = positional.size() == 2 && positional.first() == QLatin1String("add");
    if ((!listing && !adding) || (adding != parser.isSet(name)))
        return Cli::usage(err, kCommand, Cli::tr("give list, or add CODE with --name."));

    Database database;
    if (!Cli::open(database, *where, Database::OpenMode::ExistingOnly, err))
        return Cli::Failure;
    QString error;
    const std::optional<QString> password = PasswordPrompt::read(
        PasswordPrompt::actingPasswordVariable(), Cli::tr("Password for %1: ").arg(*acting),
        false, &error);
    if (!password)
        return Cli::fail(err, error);
    UserStore users(database);
    CliLogin login(users);
    if (!login.logIn(*acting, *password, &error))
        return Cli::fail(err, error);
    SiteStore sites(database);
    if (adding) {
        const QString code = positional.at(1);
        if (!sites.addSite(login.session(), code, parser.value(name), &error))
            return Cli::fail(err, Cli::tr("cannot add site %1: %2").arg(code, error));
        out << Cli::tr("Site %1 added: %2.").arg(code.trimmed(), parser.value(name).trimmed())
            << '\n';
        return Cli::Ok;
    }
    // The sites the user works at, with their subjects.
    const QList<Site> all = sites.sites(&error);
    const std::optional<QMap<QString, int>> counts = sites.subjectCounts(login.session(), &error);
    if (!error.isEmpty() || !counts)
        return Cli::fail(err, error);
    for (const Site &site : all) {
        if (login.session().maySite(site.code))
            out << QStringLiteral("%1\t%2\t%3").arg(site.code, site.name).arg(counts->value(site.code))
                << '\n';
    }
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("sites",
                     QT_TRANSLATE_NOOP("Cli", "List the study's sites or add one (as a data "
                                              "manager)."),
                     runSites);

}  // namespace trialcrf::cli
