// SPDX-License-Identifier: Apache-2.0
// trialcrf-bench-report: the speed of the charts and the PDF casebook (docs/benchmarks-report.md),
// each beside a reference measured in the same run:
//   (r1) the patient trajectory painted into an image  vs  the same image filled + one text line
//   (r2) the cohort chart with 1,000 subjects           vs  the same reference at its size
//   (r3) one subject's PDF casebook (load + write)      vs  a one-page PDF with one text line
// Exit code 0 when every goal was met, 1 otherwise.
#include "casebookreport.h"
#include "chartstyle.h"
#include "cohortchart.h"
#include "protocol/protocol.h"
#include "reportfonts.h"
#include "reporttranslations.h"
#include "sampledata.h"
#include "samples.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "trajectorychart.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

using namespace trialcrf;
using trialcrf::bench::Samples;

namespace {

constexpr double kTrajectoryGoalMs = 2, kCohortGoalMs = 50, kPdfGoalMs = 300;

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

/// The floor any chart pays: an image of that size filled and one line of text drawn.
double referenceImage(const QSize &size, qreal dpr)
{
    QElapsedTimer t;
    t.start();
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setFont(ChartStyle::screen().titleFont);
    p.drawText(QPointF(8, 20), QStringLiteral("PASI trajectory — S003"));
    p.end();
    return msSince(t);
}

template <typename Paint>
double renderImage(const QSize &size, qreal dpr, Paint paint)
{
    QElapsedTimer t;
    t.start();
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    QPainter p(&image);
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    p.end();
    return msSince(t);
}

void report(QTextStream &out, const char *what, const Samples &s, const Samples &ref, double goal, bool *met)
{
    const bool ok = s.median() <= goal;
    *met &= ok;
    // The fastest run too: on a shared machine the median carries other processes' load.
    out << "    " << what << "  " << s.describe() << ", best " << QString::number(s.quantile(0), 'f', 3) << " ms\n"
        << "    reference           " << ref.describe() << ", best " << QString::number(ref.quantile(0), 'f', 3) << " ms\n"
        << "    ratio of medians " << QString::number(s.median() / ref.median(), 'f', 1)
        << "; median goal <= " << goal << " ms: " << (ok ? "met" : "NOT met") << Qt::endl;
}

bool trajectoryBench(int n, QTextStream &out)
{
    out << "(r1) patient PASI trajectory, 640 x 360 logical px, " << n << " renders per ratio" << Qt::endl;
    const TrajectoryData data = sample::trajectory();
    bool met = true;
    for (const qreal dpr : {1.0, 2.0}) {
        Samples chart, ref;
        const ChartStyle style = ChartStyle::screen();
        for (int i = 0; i < n; ++i) {
            ref.add(referenceImage({640, 360}, dpr));
            chart.add(renderImage({640, 360}, dpr, [&](QPainter &p, const QRectF &r) {
                paintTrajectory(p, r, data, style);
            }));
        }
        out << "  device pixel ratio " << dpr << '\n';
        report(out, "paintTrajectory   ", chart, ref, kTrajectoryGoalMs, &met);
    }
    return met;
}

bool cohortBench(int subjects, int n, QTextStream &out)
{
    out << "(r2) cohort chart, " << subjects << " subjects, 720 x 560 logical px, " << n
        << " renders per ratio" << Qt::endl;
    QElapsedTimer build;
    build.start();
    const CohortData data = sample::cohort(subjects);
    out << "  CohortData::build (statistics and responders) " << QString::number(msSince(build), 'f', 2)
        << " ms" << Qt::endl;
    bool met = true;
    for (const qreal dpr : {1.0, 2.0}) {
        Samples chart, ref;
        const ChartStyle style = ChartStyle::screen();
        for (int i = 0; i < n; ++i) {
            ref.add(referenceImage({720, 560}, dpr));
            chart.add(renderImage({720, 560}, dpr, [&](QPainter &p, const QRectF &r) {
                paintCohort(p, r, data, style);
            }));
        }
        out << "  device pixel ratio " << dpr << '\n';
        report(out, "paintCohort       ", chart, ref, kCohortGoalMs, &met);
    }
    return met;
}

double referencePdf(const QString &path)
{
    QElapsedTimer t;
    t.start();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter p(&writer);
    p.setFont(ReportFonts::font(9));
    p.drawText(QPointF(100, 100), QStringLiteral("Case report form — subject S0001"));
    p.end();
    return msSince(t);
}

bool pdfBench(const QString &folder, int n, QTextStream &out)
{
    out << "(r3) one subject's PDF casebook (load from the database + lay out + write), " << n
        << " runs in each language" << Qt::endl;
    const QString dbPath = QDir(folder).filePath(QStringLiteral("report-bench.db"));
    QProcess demo;
    demo.start(QStringLiteral(TRIALCRF_CLI), {QStringLiteral("demo"), QStringLiteral("--db"), dbPath,
                                              QStringLiteral("--subjects"), QStringLiteral("20")});
    demo.waitForFinished(-1);
    Database db;
    if (demo.exitCode() != 0 || !db.open(dbPath, Database::OpenMode::ReadOnly)) {
        out << "  cannot create the demo study: " << QString::fromUtf8(demo.readAllStandardError()) << Qt::endl;
        return false;
    }
    const StudyStore store(db, Protocol::builtIn());
    const Session reader{0, QStringLiteral("bench"), Role::Monitor};
    // The subject with the most data: every visit done, so every section is full.
    QString code;
    int most = -1;
    for (const SubjectSummary &s : store.subjects(0, -1)) {
        if (int(s.visitDates.size()) > most) {
            most = int(s.visitDates.size());
            code = s.code;
        }
    }
    bool met = true;
    for (const QLocale &language : {QLocale(QLocale::English), QLocale(QLocale::Chinese, QLocale::China)}) {
        ReportTranslations::install(language);
        int pages = 0;
        Samples pdf, ref;
        for (int i = 0; i < n; ++i) {
            ref.add(referencePdf(QDir(folder).filePath(QStringLiteral("reference.pdf"))));
            QElapsedTimer t;
            t.start();
            QString error;
            const std::optional<ReportInput> in = CasebookReport::load(store, reader, code, &error);
            if (!in || !CasebookReport(store.protocol(), *in)
                            .writePdf(QDir(folder).filePath(QStringLiteral("casebook.pdf")), &error, &pages)) {
                out << "  " << error << Qt::endl;
                return false;
            }
            pdf.add(msSince(t));
        }
        out << "  subject " << code << ", " << pages << " pages, " << QLocale::languageToString(language.language())
            << '\n';
        report(out, "CasebookReport    ", pdf, ref, kPdfGoalMs, &met);
    }
    ReportTranslations::remove();
    return met;
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the charts and the PDF casebook against references in the same run."));
    parser.addHelpOption();
    const QCommandLineOption renders(QStringLiteral("renders"), QStringLiteral("Trajectory renders per ratio."),
                                     QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption subjects(QStringLiteral("subjects"), QStringLiteral("Cohort subjects."),
                                      QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption cohortRenders(QStringLiteral("cohort-renders"), QStringLiteral("Cohort renders."),
                                           QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption pdfs(QStringLiteral("pdfs"), QStringLiteral("PDFs written."), QStringLiteral("N"),
                                  QStringLiteral("20"));
    parser.addOptions({renders, subjects, cohortRenders, pdfs});
    parser.process(app);

    QTemporaryDir work;
    QTextStream out(stdout);
    out << "trialcrf-bench-report: Qt " << qVersion() << ", " << QSysInfo::prettyProductName()
        << ", platform " << QGuiApplication::platformName() << "\n\n";
    bool met = trajectoryBench(parser.value(renders).toInt(), out);
    out << '\n';
    met &= cohortBench(parser.value(subjects).toInt(), parser.value(cohortRenders).toInt(), out);
    out << '\n';
    met &= pdfBench(work.path(), parser.value(pdfs).toInt(), out);
    out << '\n' << (met ? "every goal met" : "some goals NOT met") << Qt::endl;
    return met ? 0 : 1;
}
