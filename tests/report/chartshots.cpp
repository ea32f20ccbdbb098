// SPDX-License-Identifier: Apache-2.0
// Writes the chart screenshots of the docs (docs/screenshots/chart-*.png) from fixed data, in
// English or Chinese: chartshots OUTDIR [en|zh_CN]. Not a test: run it and look at the PNGs.
#include "chartimage.h"
#include "cohortchart.h"
#include "improvementchart.h"
#include "protocol/protocol.h"
#include "reporttranslations.h"
#include "sampledata.h"
#include "trajectorychart.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextStream>

using namespace trialcrf;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: chartshots OUTDIR [en|zh_CN]\n";
        return 2;
    }
    const QString lang = args.value(2, QStringLiteral("en"));
    ReportTranslations::install(QLocale(lang));
    const QString suffix = lang.startsWith(QLatin1String("zh")) ? QStringLiteral("zh") : QStringLiteral("en");
    QDir out(args.at(1));
    out.mkpath(QStringLiteral("."));

    const TrajectoryData t = sample::trajectory();
    const CohortData c = sample::cohort(60);
    const TrajectoryData empty = TrajectoryData::schedule(Protocol::builtIn());
    const struct {
        const char *name;
        QSize size;
        ChartImage::PaintFunction paint;
    } shots[] = {
        {"chart-trajectory", {640, 360}, [&](QPainter &p, const QRectF &r, const ChartStyle &s) { paintTrajectory(p, r, t, s); }},
        {"chart-improvement", {640, 360}, [&](QPainter &p, const QRectF &r, const ChartStyle &s) { paintImprovement(p, r, t, s); }},
        {"chart-cohort", {720, 560}, [&](QPainter &p, const QRectF &r, const ChartStyle &s) { paintCohort(p, r, c, s); }},
        {"chart-empty", {640, 360}, [&](QPainter &p, const QRectF &r, const ChartStyle &s) { paintTrajectory(p, r, empty, s); }},
        {"chart-trajectory-narrow", {380, 300}, [&](QPainter &p, const QRectF &r, const ChartStyle &s) { paintTrajectory(p, r, t, s); }},
    };
    for (const auto &shot : shots) {
        const QString path = out.filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(shot.name), suffix));
        QString error;
        if (!ChartImage::savePng(shot.paint, path, shot.size, 2, &error)) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        QTextStream(stdout) << path << '\n';
    }
    return 0;
}
