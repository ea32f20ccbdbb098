// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli import --db FILE --user NAME DIR: an export folder read back in, all or nothing,
// by a data manager who logs in with their password.
#include "cli.h"
#include "command.h"
#include "clilogin.h"
#include "passwordprompt.h"

#include "exchange/importer.h"
#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QElapsedTimer>

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("import");

/// The variable a script sets to the importing user's password.
const char *const kPasswordVariable = "TRIALCRF_PASSWORD";

int runImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Imports an export folder (the files of 'export --format csv'; computed "
                "columns, audit.csv and dictionary.csv are ignored). Every row is checked as the "
                "forms check it, plus unknown subject codes and duplicate keys; any problem "
                "means nothing is written, and every problem is listed as FILE:LINE:COLUMN. "
                "Only a data manager may import; the password is read from the terminal or "
                "from TRIALCRF_PASSWORD. Each row is audited as that user with the reason "
                "\"import\"."));
    Cli::UserTarget a;
    if (const std::optional<int> code = Cli::parseUserTarget(
            parser, args, kCommand, Cli::tr("The importing data manager."), QStringLiteral("DIR"),
            Cli::tr("The folder to import."), out, err, &a))
        return *code;
    const QString &folder = a.target;

    Database database;
    if (!Cli::openIntact(database, a.location, Database::OpenMode::ExistingOnly, err))
        return Cli::Failure;
    QString error;
    const std::optional<QString> password = PasswordPrompt::read(
        kPasswordVariable, Cli::tr("Password for %1: ").arg(a.user), false, &error);
    if (!password)
        return Cli::fail(err, error);
    UserStore users(database);
    CliLogin login(users);
    if (!login.logIn(a.user, *password, &error))
        return Cli::fail(err, error);
    const Session &session = login.session();
    if (!session.may(Action::ImportData))
        return Cli::fail(err, Cli::tr("%1 (%2) may not import: only a data manager may")
                                  .arg(a.user, roleCode(session.role)));

    StudyStore store(database, Protocol::builtIn());
    Importer importer(store, session);
    importer.setProblemSink([&err](const ExchangeProblem &p) { err << p.toString() << '\n'; });
    if (PasswordPrompt::stderrIsTerminal()) {
        importer.setProgress([&err, last = -1](qint64 done, qint64 total) mutable {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (percent != last) {
                last = percent;
                err << '\r' << Cli::tr("importing… %1 %").arg(percent) << '\r' << Qt::flush;
            }
            return true;
        });
    }
    QElapsedTimer clock;
    clock.start();
    const ImportReport r = importer.importCsv(folder);
    for (const ExchangeProblem &w : r.warnings)
        err << Cli::tr("warning: %1").arg(w.toString()) << '\n';
    switch (r.status) {
    case ImportReport::Status::Imported:
        break;
    case ImportReport::Status::Rejected:
        return Cli::fail(err, Cli::tr("%1 problem(s) in %2; nothing was imported.")
                                  .arg(r.problemCount)
                                  .arg(folder));
    case ImportReport::Status::Cancelled:
        return Cli::fail(err, Cli::tr("import cancelled; nothing was imported."));
    case ImportReport::Status::Denied:
    case ImportReport::Status::Failed:
        return Cli::fail(err, Cli::tr("cannot import %1: %2; nothing was imported.")
                                  .arg(folder, r.message));
    }
    QStringList counts;
    qint64 rows = 0;
    for (auto it = r.rows.cbegin(); it != r.rows.cend(); ++it) {
        counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        rows += it.value();
    }
    out << Cli::tr("Imported %1 rows from %2 into %3 in %4 s as %5 (reason \"%6\"): %7.")
               .arg(rows)
               .arg(folder, a.location.displayName())
               .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
               .arg(a.user, Importer::auditReason(), counts.join(QLatin1String(", ")))
        << '\n';
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("import",
                     QT_TRANSLATE_NOOP("Cli", "Import an export folder, all or nothing (as a data "
                                              "manager)."),
                     runImport);

}  // namespace trialcrf::cli
