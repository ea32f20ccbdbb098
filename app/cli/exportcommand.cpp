// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli export --db FILE [--format csv|odm] [--bom] OUT: the study as CSV files in a new
// folder, or as one CDISC ODM 1.3.2 XML file.
#include "cli.h"
#include "command.h"
#include "passwordprompt.h"

#include "exchange/exporter.h"
#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/studystore.h"

#include <QElapsedTimer>

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("export");

/// "42 %" on the terminal while a large export runs; nothing when stderr is not a terminal.
ExchangeProgress terminalProgress(QTextStream &err)
{
    if (!PasswordPrompt::stderrIsTerminal())
        return {};
    return [&err, last = -1](qint64 done, qint64 total) mutable {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent != last) {
            last = percent;
            err << '\r' << Cli::tr("exporting… %1 %").arg(percent) << Qt::flush;
            if (percent >= 100)
                err << '\r' << QString(24, QLatin1Char(' ')) << '\r' << Qt::flush;
        }
        return true;
    };
}

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Exports the study. csv (default): a new folder OUT with one UTF-8 CSV file per "
                "record type, audit.csv and dictionary.csv (codes, ISO dates, dot decimals, "
                "computed columns beside the raw ones). odm: one CDISC ODM 1.3.2 snapshot file "
                "OUT with the audit records. OUT must not exist yet; nothing is left behind when "
                "an export fails."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Cli::tr("csv (default) or odm."), Cli::tr("FORMAT"),
                                    QStringLiteral("csv"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 Cli::tr("Start each CSV file with a byte-order mark (for Excel)."));
    Cli::addLocationOptions(parser);
    parser.addOptions({format, bom});
    parser.addPositionalArgument(QStringLiteral("OUT"), Cli::tr("The folder (csv) or file (odm) to write."));
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    const std::optional<StudyLocation> where = Cli::location(parser, kCommand, err);
    if (!where)
        return Cli::Usage;
    // What messages name: the file, or user@host/database (never a password).
    const std::optional<QString> path = where->displayName();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return Cli::usage(err, kCommand,
                          positional.isEmpty()
                              ? Cli::tr("OUT is required.")
                              : Cli::tr("unexpected argument '%1'").arg(positional.at(1)));
    const QString kind = parser.value(format);
    if (kind != QLatin1String("csv") && kind != QLatin1String("odm"))
        return Cli::usage(err, kCommand, Cli::tr("--format must be csv or odm."));
    if (kind == QLatin1String("odm") && parser.isSet(bom))
        return Cli::usage(err, kCommand, Cli::tr("--bom applies to csv only."));
    const QString target = positional.first();

    Database database;
    if (!Cli::openIntact(database, *where, Database::OpenMode::ReadOnly, err))
        return Cli::Failure;
    const StudyStore store(database, Protocol::builtIn());
    // Whoever runs the CLI can read the file anyway; it reads as a monitor (read-only role).
    const Session reader{0, Cli::programName(), Role::Monitor};
    Exporter exporter(store, reader);
    exporter.setProgress(terminalProgress(err));
    QElapsedTimer clock;
    clock.start();
    ExportOptions options;
    options.byteOrderMark = parser.isSet(bom);
    const ExportResult r = kind == QLatin1String("odm") ? exporter.exportOdm(target)
                                                        : exporter.exportCsv(target, options);
    if (!r.ok())
        return Cli::fail(err, Cli::tr("cannot export %1 to %2: %3").arg(*path, target, r.message));

    if (kind == QLatin1String("odm")) {
        out << Cli::tr("Exported %1 subjects with %2 items and their audit records to %3 "
                       "(CDISC ODM 1.3.2) in %4 s.")
                   .arg(r.rows.value(QStringLiteral("subjects")))
                   .arg(r.rows.value(QStringLiteral("items")))
                   .arg(target)
                   .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
            << '\n';
        return Cli::Ok;
    }
    QStringList counts;
    qint64 rows = 0;
    for (const QString &name : Exporter::fileNames()) {
        counts << QStringLiteral("%1 %2").arg(name).arg(r.rows.value(name));
        rows += r.rows.value(name);
    }
    out << Cli::tr("Exported %1 rows to %2 in %3 s: %4.")
               .arg(rows)
               .arg(target)
               .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
               .arg(counts.join(QLatin1String(", ")))
        << '\n';
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("export",
                     QT_TRANSLATE_NOOP("Cli", "Export the study as CSV files (for R, pandas, SAS, "
                                              "Excel) or as CDISC ODM 1.3.2 XML."),
                     runExport);

}  // namespace trialcrf::cli
