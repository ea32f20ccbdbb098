// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli verify --db FILE: integrity, foreign keys and the audit hash chain.
#include "cli.h"
#include "command.h"

#include "protocol/protocol.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"
#include "storage/signaturestore.h"
#include "storage/studystore.h"

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("verify");

int runVerify(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Checks the database without changing it: SQLite integrity, foreign keys, "
                "the audit trail's hash chain and its end against the audit anchor (the row "
                "count and last hash written with every audit row). Exit code 1 names the "
                "first problem."));
    const QCommandLineOption db = Cli::databaseOption();
    parser.addOption(db);
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usage(err, kCommand,
                          Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const std::optional<QString> path = Cli::required(parser, db, kCommand, err);
    if (!path)
        return Cli::Usage;

    Database database;
    if (!Cli::open(database, *path, Database::OpenMode::ReadOnly, err))
        return Cli::Failure;

    const QStringList problems = database.integrityProblems();
    for (const QString &p : problems)
        out << Cli::tr("integrity: %1").arg(p) << '\n';
    if (!problems.isEmpty())
        return Cli::fail(err, Cli::tr("%1: integrity check failed: %2 (%3 problems)")
                                  .arg(*path, problems.first())
                                  .arg(problems.size()));

    QString problem;
    const std::optional<qint64> broken = AuditLog(database).firstBrokenRow(&problem);
    if (broken) {
        out << Cli::tr("audit chain: broken at row %1: %2").arg(*broken).arg(problem) << '\n';
        return Cli::fail(err, Cli::tr("%1: audit chain broken at row %2: %3")
                                  .arg(*path)
                                  .arg(*broken)
                                  .arg(problem));
    }
    // E-signatures must match the chained audit rows that recorded their signing.
    const std::optional<qint64> forged = SignatureStore::firstForgedSignature(database, &problem);
    if (forged) {
        out << Cli::tr("signatures: %1").arg(problem) << '\n';
        return Cli::fail(err, Cli::tr("%1: signature does not match the audit trail: %2")
                                  .arg(*path, problem));
    }
    // Queries and SDV marks too.
    for (const auto check : {&QueryStore::firstForgedQuery, &SdvStore::firstForgedMark}) {
        if (check(database, &problem)) {
            out << Cli::tr("monitoring: %1").arg(problem) << '\n';
            return Cli::fail(err, Cli::tr("%1: a query or SDV mark does not match the audit "
                                          "trail: %2")
                                      .arg(*path, problem));
        }
    }
    const StudyStore store(database, Protocol::builtIn());
    out << Cli::tr("OK: %1 (schema %2%3, %4 subjects): integrity, foreign keys and audit chain "
                   "sound.")
               .arg(*path)
               .arg(database.schemaVersion())
               .arg(database.isDemo() ? Cli::tr(", DEMO") : QString())
               .arg(store.subjectCount())
        << '\n';
    // Kept outside the file (a log, a printout), this shows later whether the trail's end
    // and its anchor were both rewritten.
    if (const std::optional<AuditAnchor> anchor = AuditLog(database).anchor())
        out << Cli::tr("audit trail: %1 rows, last hash %2").arg(anchor->rowCount).arg(anchor->tailHash)
            << '\n';
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("verify",
                     QT_TRANSLATE_NOOP("Cli", "Check integrity, foreign keys and the audit "
                                              "chain; exit 1 if broken."),
                     runVerify);

}  // namespace trialcrf::cli
