// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli report --db FILE --subject CODE OUT.pdf [--lang zh_CN|en]: the PDF casebook.
#include "cli.h"
#include "command.h"

#include "casebookreport.h"
#include "protocol/protocol.h"
#include "reportfonts.h"
#include "reporttranslations.h"
#include "storage/database.h"
#include "storage/studystore.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTranslator>

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("report");

/// Painting the PDF needs Qt Gui (fonts); a server has no display, so default to offscreen.
std::unique_ptr<QCoreApplication> makeGuiApplication(int &argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

/// English, or Chinese for zh / zh_CN; nullopt for a language the report has no text for.
std::optional<QLocale> reportLocale(const QString &lang)
{
    if (lang.isEmpty())
        return QLocale::system().language() == QLocale::Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                                                : QLocale(QLocale::English);
    if (lang == QLatin1String("en") || lang.startsWith(QLatin1String("en_")))
        return QLocale(QLocale::English);
    if (lang == QLatin1String("zh") || lang == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::China);
    return std::nullopt;
}

/// The app's own translation too, when this binary carries it (the report's is always here).
void installAppTranslator(const QLocale &locale)
{
    static QTranslator app;
    if (app.load(locale, QStringLiteral("trialcrf"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&app);
}

int runReport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes the casebook of one subject as an A4 PDF: identity, consent, "
                "eligibility, infusions, vital signs, PASI with its chart, adverse events, "
                "signatures and an audit summary."));
    const QCommandLineOption subject(QStringLiteral("subject"), Cli::tr("The subject code."),
                                     Cli::tr("CODE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  Cli::tr("Language of the report: zh_CN or en (default: the "
                                          "system's language)."),
                                  Cli::tr("LANG"));
    Cli::addLocationOptions(parser);
    parser.addOptions({subject, lang});
    parser.addPositionalArgument(QStringLiteral("OUT.pdf"), Cli::tr("The PDF file to write."));
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    const std::optional<StudyLocation> where = Cli::location(parser, kCommand, err);
    if (!where)
        return Cli::Usage;
    // What messages name: the file, or user@host/database (never a password).
    const std::optional<QString> path = where->displayName();
    const std::optional<QString> code = Cli::required(parser, subject, kCommand, err);
    if (!code)
        return Cli::Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return Cli::usage(err, kCommand, Cli::tr("name one PDF file OUT.pdf."));
    const QString target = positional.first();
    const std::optional<QLocale> locale = reportLocale(parser.value(lang));
    if (!locale)
        return Cli::usage(err, kCommand,
                          Cli::tr("--lang must be zh_CN or en, not '%1'.").arg(parser.value(lang)));
    const QString folder = Cli::missingFolder(target);
    if (!folder.isEmpty())
        return Cli::fail(err, Cli::tr("cannot write %1: folder %2 does not exist").arg(target, folder));

    QLocale::setDefault(*locale);
    if (locale->language() != QLocale::English) {
        ReportTranslations::install(*locale);
        installAppTranslator(*locale);
        if (!ReportFonts::hasSearchableCjkFont())
            err << Cli::tr("warning: Droid Sans Fallback (fonts-droid-fallback) is not installed; "
                           "Chinese text in the PDF may not copy or search correctly.")
                << Qt::endl;
    }

    Database database;
    if (!Cli::openIntact(database, *where, Database::OpenMode::ReadOnly, err))
        return Cli::Failure;
    const Protocol &protocol = Protocol::builtIn();
    const StudyStore store(database, protocol);
    // The CLI reads as a monitor (read-only role): whoever runs it can read the file anyway.
    const Session reader{0, Cli::programName(), Role::Monitor};
    QString error;
    std::optional<ReportInput> input = CasebookReport::load(store, reader, *code, &error);
    if (!input)
        return Cli::fail(err, error);
    int pages = 0;
    if (!CasebookReport(protocol, std::move(*input)).writePdf(target, &error, &pages))
        return Cli::fail(err, error);
    out << Cli::tr("Casebook of %1 written to %2 (%n page(s)).", nullptr, pages).arg(*code, target)
        << '\n';
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND_WITH_APPLICATION(
    "report",
    QT_TRANSLATE_NOOP("Cli", "Write the casebook of one subject as a PDF (--lang zh_CN|en)."),
    runReport, makeGuiApplication);

}  // namespace trialcrf::cli
