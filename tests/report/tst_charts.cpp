// SPDX-License-Identifier: Apache-2.0
// Chart geometry: a known data set rendered offscreen lands on the pixels the layout's
// documented margins predict, and empty or one-point data draw their states without crashing.
#include "chartlayout.h"
#include "chartstyle.h"
#include "cohortchart.h"
#include "cohortdata.h"
#include "improvementchart.h"
#include "itemmodels/itemlabels.h"
#include "protocol/protocol.h"
#include "reporttranslations.h"
#include "storage/casebook.h"
#include "textcapture.h"
#include "trajectorychart.h"
#include "trajectorydata.h"

#include <QImage>
#include <QPainter>
#include "itemmodels/itemlabels.h"

#include <QtTest>

using namespace trialcrf;
using trialcrf::test::TextCapture;

namespace {

// The test's chart: 640 × 400 logical pixels, margins left 56, top 36, right 64, bottom 64
// (ChartStyle::screen()'s documented margins), so the plot area is x 56…576 (520 wide) and
// y 36…336 (300 high). x covers weeks −3…13 (screening slot −2, one week of padding).
constexpr int kWidth = 640, kHeight = 400;
constexpr double kPlotLeft = 56, kPlotWidth = 520, kPlotBottom = 336, kPlotHeight = 300;
constexpr double kXMin = -3, kXMax = 13;

double expectedX(double week)
{
    return kPlotLeft + (week - kXMin) / (kXMax - kXMin) * kPlotWidth;
}

double expectedY(double value, double yMax)
{
    return kPlotBottom - value / yMax * kPlotHeight;
}

TrajectoryPoint point(const char *visit, std::optional<int> week, int tenths, int improvement,
                      bool outOfWindow = false)
{
    TrajectoryPoint p;
    p.visit = QLatin1String(visit);
    p.week = week;
    p.pasiTenths = tenths;
    p.date = QDate(2021, 9, 1).addDays(7 * week.value_or(-3));
    p.improvementTenthsPct = improvement;
    p.baseline = week == 0;
    p.outOfWindow = outOfWindow;
    return p;
}

/// Baseline 20.0 at week 0; week 4 at 12.0 (40 % improvement). Largest value 22.0, so the
/// axis top is pasiAxisMax(22) = 22 × 1.15 = 25.3 → step 10 → 30.
TrajectoryData knownData()
{
    TrajectoryData d = TrajectoryData::schedule(Protocol::builtIn());
    d.subjectCode = QStringLiteral("S001");
    d.baselineTenths = 200;
    d.points = {point("screening", std::nullopt, 220, 0), point("week0", 0, 200, 0),
                point("week2", 2, 160, 200), point("week4", 4, 120, 400),
                point("week6", 6, 80, 600, true)};
    d.points[0].improvementTenthsPct.reset();
    d.infusions[0].given = true;
    d.infusions[1].given = true;
    d.infusions[1].withinTolerance = false;
    d.infusions[1].deviationPct = -13.4;
    return d;
}

ChartStyle testStyle()
{
    return ChartStyle::screen();
}

QImage render(const TrajectoryData &d, qreal dpr = 1)
{
    QImage image(QSize(kWidth, kHeight) * dpr, QImage::Format_ARGB32);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter p(&image);
    paintTrajectory(p, QRectF(0, 0, kWidth, kHeight), d, ChartStyle::screen());
    return image;
}

/// Centroid (device pixels) of the pixels of exactly `color` inside `box`, and their count.
std::pair<QPointF, int> centroid(const QImage &image, const QColor &color, const QRect &box)
{
    double sx = 0, sy = 0;
    int n = 0;
    const QRect r = box.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (image.pixelColor(x, y).rgb() == color.rgb()) {
                sx += x + 0.5;
                sy += y + 0.5;
                ++n;
            }
        }
    }
    return {n ? QPointF(sx / n, sy / n) : QPointF(-1, -1), n};
}

/// The image row (device pixels) with the most pixels of `color` between x0 and x1.
int densestRow(const QImage &image, const QColor &color, int x0, int x1)
{
    int best = -1, bestCount = 0;
    for (int y = 0; y < image.height(); ++y) {
        int count = 0;
        for (int x = x0; x < x1; ++x)
            count += image.pixelColor(x, y).rgb() == color.rgb();
        if (count > bestCount) {
            best = y;
            bestCount = count;
        }
    }
    return best;
}

}  // namespace

class TestCharts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void screenStyleHasTheDocumentedMargins();
    void layoutMapsWeeksAndValues_data();
    void layoutMapsWeeksAndValues();
    void pasiAxisMaxRoundsUpWithHeadroom_data();
    void pasiAxisMaxRoundsUpWithHeadroom();
    void weekFourPointAtExpectedPixel_data();
    void weekFourPointAtExpectedPixel();
    void everyPointAtItsPixel();
    void thresholdLinesAtExpectedY_data();
    void thresholdLinesAtExpectedY();
    void baselineDashedAtBaselineY();
    void labelsNameTheThresholdsAndValues();
    void emptyDataShowsEmptyText();
    void onePointDataDrawsThePoint();
    void improvementEmptyWithBaselineOnly();
    void tooltipGivesDateAndImprovement();
    void infusionTooltipShowsDeviation();
    void toolTipAtFindsThePoint();
    void fromCasebookComputesBaselineImprovementAndFlags();
    void cohortStatisticsAndResponders();
    void cohortMeanPointAtExpectedPixel();
    void cohortEmptyShowsEmptyText();
    void chartsFollowTheLanguage();
};

void TestCharts::screenStyleHasTheDocumentedMargins()
{
    QCOMPARE(testStyle().margins, QMarginsF(56, 36, 64, 64));
}

void TestCharts::layoutMapsWeeksAndValues_data()
{
    QTest::addColumn<double>("week");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    // plot 56…576 × 36…336, x −3…13, y 0…30
    QTest::newRow("left edge is week -3, bottom is 0") << -3.0 << 0.0 << 56.0 << 336.0;
    QTest::newRow("screening slot") << -2.0 << 30.0 << 88.5 << 36.0;
    QTest::newRow("week 0") << 0.0 << 15.0 << 153.5 << 186.0;
    QTest::newRow("week 4, PASI 12") << 4.0 << 12.0 << 283.5 << 216.0;
    QTest::newRow("week 12") << 12.0 << 3.0 << 543.5 << 306.0;
    QTest::newRow("right edge is week 13") << 13.0 << 0.0 << 576.0 << 336.0;
}

void TestCharts::layoutMapsWeeksAndValues()
{
    QFETCH(double, week);
    QFETCH(double, value);
    QFETCH(double, x);
    QFETCH(double, y);
    const ChartLayout l = ChartLayout::forWeeks(QRectF(0, 0, kWidth, kHeight), testStyle().margins,
                                                12, true, 0, 30);
    QCOMPARE(l.plot(), QRectF(56, 36, 520, 300));
    QCOMPARE(l.x(week), x);
    QCOMPARE(l.y(value), y);
}

void TestCharts::pasiAxisMaxRoundsUpWithHeadroom_data()
{
    QTest::addColumn<double>("maxValue");
    QTest::addColumn<double>("axisMax");
    QTest::newRow("empty chart shows 0-10") << 0.0 << 10.0;
    QTest::newRow("20 -> 23 -> step 5 -> 25") << 20.0 << 25.0;
    QTest::newRow("22 -> 25.3 -> step 10 -> 30") << 22.0 << 30.0;
    QTest::newRow("7.5 -> 8.6 -> step 2 -> 10") << 7.5 << 10.0;
    QTest::newRow("72 (highest PASI) -> 82.8 -> step 20 -> 100") << 72.0 << 100.0;
}

void TestCharts::pasiAxisMaxRoundsUpWithHeadroom()
{
    QFETCH(double, maxValue);
    QFETCH(double, axisMax);
    QCOMPARE(ChartLayout::pasiAxisMax(maxValue), axisMax);
}

void TestCharts::weekFourPointAtExpectedPixel_data()
{
    QTest::addColumn<qreal>("dpr");
    QTest::newRow("standard screen") << qreal(1);
    QTest::newRow("high-DPI screen (x2)") << qreal(2);
}

void TestCharts::weekFourPointAtExpectedPixel()
{
    QFETCH(qreal, dpr);
    const TrajectoryData d = knownData();
    // Week 4 at x = 56 + 7/16 × 520 = 283.5; PASI 12.0 on a 0…30 axis at y = 336 − 0.4 × 300 = 216.
    const QPointF expected(283.5, 216);
    QCOMPARE(QPointF(expectedX(4), expectedY(12, 30)), expected);
    const ChartLayout l = TrajectoryChart::layout(QRectF(0, 0, kWidth, kHeight), d, testStyle());
    QCOMPARE(l.yMax(), 30.0);
    QVERIFY(qAbs(l.x(4) - expected.x()) < 1e-9);
    QVERIFY(qAbs(l.y(12) - expected.y()) < 1e-9);

    // And the pixels: the marker colour is found centred there.
    const QImage image = render(d, dpr);
    const QPoint c = (expected * dpr).toPoint();
    const int half = int(8 * dpr);
    const auto [found, count] = centroid(image, testStyle().marker, QRect(c.x() - half, c.y() - half, 2 * half, 2 * half));
    QVERIFY2(count >= 9 * dpr * dpr, qPrintable(QStringLiteral("only %1 marker pixels").arg(count)));
    QVERIFY2(qAbs(found.x() / dpr - expected.x()) <= 1 && qAbs(found.y() / dpr - expected.y()) <= 1,
             qPrintable(QStringLiteral("marker centred at (%1, %2)").arg(found.x() / dpr).arg(found.y() / dpr)));
}

void TestCharts::everyPointAtItsPixel()
{
    const TrajectoryData d = knownData();
    const QImage image = render(d);
    int inBoxes = 0;
    for (const TrajectoryPoint &p : d.points) {
        const QPointF e(expectedX(p.week ? *p.week : -2), expectedY(p.pasiTenths / 10.0, 30));
        const auto [found, count] = centroid(image, testStyle().marker, QRect(e.toPoint() - QPoint(8, 8), QSize(16, 16)));
        QVERIFY2(count > 0, qPrintable(p.visit));
        QVERIFY2(QLineF(found, e).length() <= 1.0, qPrintable(p.visit));
        inBoxes += count;
    }
    // Nothing else in the plot area uses the marker colour.
    const auto [all, total] = centroid(image, testStyle().marker, QRect(0, 0, kWidth, int(kPlotBottom) + 1));
    Q_UNUSED(all);
    QCOMPARE(total, inBoxes);
}

void TestCharts::thresholdLinesAtExpectedY_data()
{
    QTest::addColumn<int>("levelIndex");
    QTest::addColumn<double>("pasi");
    QTest::newRow("PASI 50 at half the baseline (10.0)") << 0 << 10.0;
    QTest::newRow("PASI 75 at a quarter (5.0)") << 1 << 5.0;
    QTest::newRow("PASI 90 at a tenth (2.0)") << 2 << 2.0;
}

void TestCharts::thresholdLinesAtExpectedY()
{
    QFETCH(int, levelIndex);
    QFETCH(double, pasi);
    const TrajectoryData d = knownData();
    QCOMPARE(*d.thresholdTenths(d.responseLevelsPct.at(levelIndex)) / 10.0, pasi);
    const QImage image = render(d);
    // Scan the right part of the plot (weeks 8…12), where no point or label sits.
    const int row = densestRow(image, testStyle().thresholds.at(levelIndex), int(expectedX(8.5)), int(expectedX(12.8)));
    const double y = expectedY(pasi, 30);
    QVERIFY2(qAbs(row + 0.5 - y) <= 1, qPrintable(QStringLiteral("line at row %1, expected y %2").arg(row).arg(y)));
}

void TestCharts::baselineDashedAtBaselineY()
{
    const QImage image = render(knownData());
    const int row = densestRow(image, testStyle().baseline, int(expectedX(8.5)), int(expectedX(12.8)));
    QVERIFY(qAbs(row + 0.5 - expectedY(20, 30)) <= 1);
    // Dashed: along that row the baseline colour has gaps.
    int on = 0, off = 0;
    for (int x = int(expectedX(8.5)); x < int(expectedX(12.8)); ++x)
        (image.pixelColor(x, row).rgb() == testStyle().baseline.rgb() ? on : off)++;
    QVERIFY(on > 10);
    QVERIFY(off > 10);
}

void TestCharts::labelsNameTheThresholdsAndValues()
{
    TextCapture device(QSize(kWidth, kHeight));
    QPainter p(&device);
    paintTrajectory(p, QRectF(0, 0, kWidth, kHeight), knownData(), testStyle());
    p.end();
    const QStringList t = device.texts();
    for (const char *label : {"PASI 50", "PASI 75", "PASI 90", "Baseline", "12.0", "20.0", "22.0",
                              "Dose deviation", "Out of window", "Screening", "Week"})
        QVERIFY2(t.contains(QLatin1String(label)), label);
    QVERIFY(t.contains(QStringLiteral("PASI trajectory — S001")));
    QVERIFY(!device.joined().contains(TrajectoryChart::emptyText()));
}

void TestCharts::emptyDataShowsEmptyText()
{
    TrajectoryData d = TrajectoryData::schedule(Protocol::builtIn());
    QVERIFY(d.isEmpty());
    TextCapture device(QSize(kWidth, kHeight));
    QPainter p(&device);
    paintTrajectory(p, QRectF(0, 0, kWidth, kHeight), d, testStyle());
    p.end();
    QVERIFY(device.joined().contains(TrajectoryChart::emptyText()));
    QVERIFY(!device.texts().contains(QStringLiteral("PASI 50")));
    // And it renders to pixels without crashing, with no data marker in the plot.
    const QImage image = render(d);
    QCOMPARE(centroid(image, testStyle().marker, QRect(0, 0, kWidth, int(kPlotBottom))).second, 0);
    // A zero-sized rectangle is no crash either.
    QImage tiny(1, 1, QImage::Format_ARGB32);
    QPainter tp(&tiny);
    paintTrajectory(tp, QRectF(), d, testStyle());
}

void TestCharts::onePointDataDrawsThePoint()
{
    TrajectoryData d = TrajectoryData::schedule(Protocol::builtIn());
    d.baselineTenths = 150;
    d.points = {point("week0", 0, 150, 0)};
    TextCapture device(QSize(kWidth, kHeight));
    QPainter p(&device);
    paintTrajectory(p, QRectF(0, 0, kWidth, kHeight), d, testStyle());
    p.end();
    QVERIFY(!device.joined().contains(TrajectoryChart::emptyText()));
    QVERIFY(device.texts().contains(QStringLiteral("15.0")));
    // 15.0 → axis top 20 (17.25 → step 5); week 0 at x 153.5, y = 336 − 0.75 × 300 = 111.
    const QImage image = render(d);
    const auto [found, count] = centroid(image, testStyle().marker, QRect(145, 103, 17, 17));
    QVERIFY(count > 0);
    QVERIFY(QLineF(found, QPointF(153.5, 111)).length() <= 1);
}

void TestCharts::improvementEmptyWithBaselineOnly()
{
    TrajectoryData d = TrajectoryData::schedule(Protocol::builtIn());
    d.baselineTenths = 150;
    d.points = {point("week0", 0, 150, 0)};
    TextCapture device(QSize(kWidth, kHeight));
    QPainter p(&device);
    paintImprovement(p, QRectF(0, 0, kWidth, kHeight), d, testStyle());
    p.end();
    QVERIFY(device.joined().contains(ImprovementChart::emptyText()));

    TextCapture full(QSize(kWidth, kHeight));
    QPainter fp(&full);
    paintImprovement(fp, QRectF(0, 0, kWidth, kHeight), knownData(), testStyle());
    fp.end();
    QVERIFY(full.texts().contains(QStringLiteral("40.0 %")));
    QVERIFY(!full.joined().contains(ImprovementChart::emptyText()));
}

void TestCharts::tooltipGivesDateAndImprovement()
{
    const TrajectoryData d = knownData();
    const QString week4 = TrajectoryChart::pointToolTip(d, 3);
    QVERIFY2(week4.contains(QStringLiteral("Week 4")), qPrintable(week4));
    // On screen the date follows the UI locale (four-digit year), not the PDF's ISO form.
    const QString shown = ItemLabels::date(QDate(2021, 9, 29));
    QVERIFY2(shown.contains(QLatin1String("2021")) && shown != QLatin1String("2021-09-29"),
             qPrintable(shown));
    QVERIFY2(week4.contains(shown), qPrintable(week4));
    QVERIFY2(week4.contains(QStringLiteral("PASI 12.0")), qPrintable(week4));
    QVERIFY2(week4.contains(QStringLiteral("40.0 %")), qPrintable(week4));
    const QString week6 = TrajectoryChart::pointToolTip(d, 4);
    QVERIFY2(week6.contains(QStringLiteral("PASI 50 reached")), qPrintable(week6));
    QVERIFY2(week6.contains(QStringLiteral("outside the visit window")), qPrintable(week6));
    QVERIFY(TrajectoryChart::pointToolTip(d, 1).contains(QStringLiteral("Baseline")));
    QVERIFY(TrajectoryChart::pointToolTip(d, 99).isEmpty());
}

void TestCharts::infusionTooltipShowsDeviation()
{
    const QString t = TrajectoryChart::infusionToolTip(knownData(), 1);
    QVERIFY2(t.contains(QStringLiteral("Week 2")), qPrintable(t));
    QVERIFY2(t.contains(QStringLiteral("-13.4 %")), qPrintable(t));
    QVERIFY2(t.contains(QStringLiteral("outside ±10 %")), qPrintable(t));
    QVERIFY(TrajectoryChart::infusionToolTip(knownData(), 4).contains(QStringLiteral("No infusion recorded")));
}

void TestCharts::toolTipAtFindsThePoint()
{
    const QRectF r(0, 0, kWidth, kHeight);
    const TrajectoryData d = knownData();
    QCOMPARE(TrajectoryChart::toolTipAt(r, d, testStyle(), QPointF(285, 214)),
             TrajectoryChart::pointToolTip(d, 3));
    QVERIFY(TrajectoryChart::toolTipAt(r, d, testStyle(), QPointF(400, 60)).isEmpty());
    // The week-2 infusion mark, just below the axis.
    QCOMPARE(TrajectoryChart::toolTipAt(r, d, testStyle(), QPointF(expectedX(2), kPlotBottom + 7)),
             TrajectoryChart::infusionToolTip(d, 1));
}

void TestCharts::fromCasebookComputesBaselineImprovementAndFlags()
{
    const Protocol &p = Protocol::builtIn();
    Casebook cb;
    cb.subject.code = QStringLiteral("S007");
    cb.subject.week0Date = QDate(2021, 9, 1);
    // All four regions alike: PASI = Σ w × (E+I+D) × A = (E+I+D) × A, weights summing to 1.
    const auto assessment = [&](const char *visit, QDate date, int sum, int area) {
        PasiAssessment a = PasiAssessment::blank(p);
        a.visit = QLatin1String(visit);
        a.assessmentDate = date;
        for (rules::RegionScores &r : a.regions)
            r = {sum / 3, sum / 3, sum - 2 * (sum / 3), area};
        return a;
    };
    cb.pasi = {assessment("screening", QDate(2021, 8, 20), 6, 3),   // 18.0
               assessment("week0", QDate(2021, 9, 1), 5, 4),        // 20.0
               assessment("week4", QDate(2021, 10, 4), 3, 4)};      // 12.0, 5 days late
    Infusion inf;
    inf.visit = QStringLiteral("week2");
    inf.infusionDate = QDate(2021, 9, 15);
    inf.weightKg = 63.5;                 // target 1.27 × 10⁸
    inf.actualCells = 110'000'000;       // −13.4 %
    cb.infusions = {inf};

    const TrajectoryData d = TrajectoryData::fromCasebook(cb, p);
    QCOMPARE(d.subjectCode, QStringLiteral("S007"));
    QCOMPARE(d.points.size(), 3);
    QCOMPARE(d.baselineTenths, std::optional<int>(200));
    QVERIFY(d.points[1].baseline);
    QVERIFY(!d.points[0].improvementTenthsPct);  // screening before the baseline
    QCOMPARE(d.points[2].pasiTenths, 120);
    QCOMPARE(d.points[2].improvementTenthsPct, std::optional<int>(400));
    QVERIFY(d.points[2].outOfWindow);
    QVERIFY(!d.points[1].outOfWindow);
    QCOMPARE(d.infusions.size(), 5);
    QVERIFY(!d.infusions[0].given);
    QVERIFY(d.infusions[1].given);
    QCOMPARE(d.infusions[1].targetCells, std::optional<qint64>(127'000'000));
    QVERIFY(!d.infusions[1].withinTolerance);
    QVERIFY(qAbs(*d.infusions[1].deviationPct - (-13.3858)) < 0.001);
}

void TestCharts::cohortStatisticsAndResponders()
{
    QList<CohortSubject> subjects{
        {QStringLiteral("S001"), {{0, 0}, {4, 400}}},
        {QStringLiteral("S002"), {{0, 0}, {4, 600}}},
        {QStringLiteral("S003"), {{0, 0}, {4, 800}, {12, 950}}},
        {QStringLiteral("S004"), {}},  // no baseline: counted, not drawn
    };
    const CohortData d = CohortData::build(Protocol::builtIn(), subjects);
    QCOMPARE(d.totalSubjects, 4);
    QCOMPARE(d.subjects.size(), 3);
    const CohortVisit *w4 = nullptr, *w12 = nullptr;
    for (const CohortVisit &v : d.visits) {
        if (v.visit == QLatin1String("week4"))
            w4 = &v;
        if (v.visit == QLatin1String("week12"))
            w12 = &v;
    }
    QVERIFY(w4 && w12);
    QCOMPARE(w4->n, 3);
    QCOMPARE(w4->meanPct, 60.0);
    QVERIFY(qAbs(w4->sdPct - 20.0) < 1e-9);
    QCOMPARE(w4->responders, QList<int>({2, 1, 0}));
    QCOMPARE(CohortChart::responderCell(*w4, 0), QStringLiteral("2 (66.7 %)"));
    QCOMPARE(w12->n, 1);
    QCOMPARE(w12->sdPct, 0.0);
    QCOMPARE(w12->responders, QList<int>({1, 1, 1}));

    TextCapture device(QSize(720, 560));
    QPainter p(&device);
    paintCohort(p, QRectF(0, 0, 720, 560), d, testStyle());
    p.end();
    QVERIFY(device.texts().contains(QStringLiteral("2 (66.7 %)")));
    QVERIFY(device.texts().contains(QStringLiteral("60.0 %")));
    QVERIFY(device.texts().contains(QStringLiteral("PASI improvement, all subjects (n = 3)")));
}

void TestCharts::cohortMeanPointAtExpectedPixel()
{
    QList<CohortSubject> subjects{{QStringLiteral("A"), {{0, 0}, {4, 400}}},
                                  {QStringLiteral("B"), {{0, 0}, {4, 800}}}};
    const CohortData d = CohortData::build(Protocol::builtIn(), subjects);
    QImage image(kWidth, kHeight, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    CohortChart::paintChart(p, QRectF(0, 0, kWidth, kHeight), d, testStyle());
    p.end();
    // No screening slot: x −1…13 over 520 px; y 0…110 over 300 px. Mean 60 % at week 4:
    // x = 56 + 5/14 × 520 = 241.71, y = 336 − 60/110 × 300 = 172.36.
    const QPointF e(56 + 5.0 / 14 * 520, 336 - 60.0 / 110 * 300);
    const auto [found, count] = centroid(image, testStyle().mean, QRect(e.toPoint() - QPoint(4, 4), QSize(9, 9)));
    QVERIFY(count > 0);
    QVERIFY2(QLineF(found, e).length() <= 1, qPrintable(QStringLiteral("%1,%2").arg(found.x()).arg(found.y())));
}

void TestCharts::cohortEmptyShowsEmptyText()
{
    const CohortData d = CohortData::build(Protocol::builtIn(), {});
    TextCapture device(QSize(720, 560));
    QPainter p(&device);
    paintCohort(p, QRectF(0, 0, 720, 560), d, testStyle());
    p.end();
    QVERIFY(device.joined().contains(CohortChart::emptyText()));
}

void TestCharts::chartsFollowTheLanguage()
{
    QVERIFY(ReportTranslations::install(QLocale(QLocale::Chinese, QLocale::China)));
    TextCapture zh(QSize(kWidth, kHeight));
    QPainter p(&zh);
    paintTrajectory(p, QRectF(0, 0, kWidth, kHeight), knownData(), testStyle());
    p.end();
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));  // as the app's switch does
    const QString tip = TrajectoryChart::pointToolTip(knownData(), 3);
    QLocale::setDefault(before);
    ReportTranslations::remove();  // back to English before any check can return early
    // Mixed Latin and Chinese text is drawn in runs, one per font: join them without spaces.
    QVERIFY2(zh.texts().join(QString()).contains(QStringLiteral("PASI 变化趋势图 — S001")), qPrintable(zh.joined()));
    for (const char *label : {"基线", "筛选", "周", "剂量偏离", "超出访视窗"})
        QVERIFY2(zh.texts().contains(QString::fromUtf8(label)), label);
    QVERIFY2(tip.contains(QStringLiteral("第4周")) && tip.contains(QStringLiteral("改善率 40.0 %")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("2021/9/29")), qPrintable(tip));

    TextCapture en(QSize(kWidth, kHeight));
    QPainter pe(&en);
    paintTrajectory(pe, QRectF(0, 0, kWidth, kHeight), knownData(), testStyle());
    pe.end();
    QVERIFY(en.texts().contains(QStringLiteral("PASI trajectory — S001")));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
