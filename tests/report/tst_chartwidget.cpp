// SPDX-License-Identifier: Apache-2.0
// ChartWidget: the same paint routine on screen, tooltips at the points, Save as PNG at the
// device pixel ratio asked for, and a repaint in the new language on LanguageChange.
#include "chartwidget.h"
#include "itemmodels/itemlabels.h"
#include "protocol/protocol.h"
#include "reporttranslations.h"
#include "storage/casebook.h"
#include "trajectorychart.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImageReader>
#include <QTemporaryDir>
#include <QtTest>

using namespace trialcrf;

namespace {

TrajectoryData sample()
{
    TrajectoryData d = TrajectoryData::schedule(Protocol::builtIn());
    d.subjectCode = QStringLiteral("S010");
    d.baselineTenths = 200;
    for (const auto &[visit, week, tenths] :
         {std::tuple{"week0", 0, 200}, std::tuple{"week4", 4, 120}}) {
        TrajectoryPoint p;
        p.visit = QLatin1String(visit);
        p.week = week;
        p.pasiTenths = tenths;
        p.date = QDate(2022, 3, 1).addDays(7 * week);
        p.baseline = week == 0;
        p.improvementTenthsPct = (200 - tenths) * 1000 / 200;
        d.points << p;
    }
    return d;
}

}  // namespace

class TestChartWidget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tooltipAtAPointNamesDateAndImprovement();
    void savePngAtTwiceTheResolution_data();
    void savePngAtTwiceTheResolution();
    void savePngToAMissingFolderFailsWithAMessage();
    void setCasebookComputesTheTrajectory();
    void imageMatchesTheSharedPaintRoutine();
};

void TestChartWidget::tooltipAtAPointNamesDateAndImprovement()
{
    ChartWidget w;
    w.resize(640, 400);
    w.setTrajectory(sample());
    const ChartLayout l = TrajectoryChart::layout(QRectF(w.rect()), sample(), ChartStyle::screen(w.font()));
    const QString tip = w.toolTipAt(l.map(4, 12.0));
    QVERIFY2(tip.contains(ItemLabels::date(QDate(2022, 3, 29))), qPrintable(tip));  // UI locale
    QVERIFY2(tip.contains(QStringLiteral("40.0 %")), qPrintable(tip));
    QVERIFY(w.toolTipAt(QPointF(5, 5)).isEmpty());
}

void TestChartWidget::savePngAtTwiceTheResolution_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QSize>("logical");
    QTest::newRow("trajectory") << int(ChartWidget::Kind::Trajectory) << QSize(500, 300);
    QTest::newRow("improvement") << int(ChartWidget::Kind::Improvement) << QSize(500, 300);
    QTest::newRow("cohort") << int(ChartWidget::Kind::Cohort) << QSize(600, 500);
}

void TestChartWidget::savePngAtTwiceTheResolution()
{
    QFETCH(int, kind);
    QFETCH(QSize, logical);
    QTemporaryDir dir;
    ChartWidget w(static_cast<ChartWidget::Kind>(kind));
    w.setTrajectory(sample());
    const QString path = dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(w.savePng(path, logical, 2, &error), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), logical * 2);
    const QImage image = reader.read();
    // Not blank: the marker colour of the points is there (trajectory and improvement).
    if (kind != int(ChartWidget::Kind::Cohort)) {
        int marker = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                marker += image.pixelColor(x, y).rgb() == ChartStyle::screen().marker.rgb();
        QVERIFY(marker > 50);
    }
}

void TestChartWidget::savePngToAMissingFolderFailsWithAMessage()
{
    ChartWidget w;
    QString error;
    QVERIFY(!w.savePng(QStringLiteral("/nonexistent-folder/x.png"), QSize(100, 100), 1, &error));
    QVERIFY2(error.contains(QStringLiteral("nonexistent-folder")), qPrintable(error));
}

void TestChartWidget::setCasebookComputesTheTrajectory()
{
    const Protocol &p = Protocol::builtIn();
    Casebook cb;
    cb.subject.code = QStringLiteral("S011");
    PasiAssessment a = PasiAssessment::blank(p);
    a.visit = QStringLiteral("week0");
    for (rules::RegionScores &r : a.regions)
        r = {2, 2, 2, 3};  // (2+2+2) × 3 × Σweights = 18.0
    cb.pasi << a;
    ChartWidget w;
    w.setCasebook(cb, p);
    QCOMPARE(w.trajectory().subjectCode, QStringLiteral("S011"));
    QCOMPARE(w.trajectory().points.size(), 1);
    QCOMPARE(w.trajectory().baselineTenths, std::optional<int>(180));
}

void TestChartWidget::imageMatchesTheSharedPaintRoutine()
{
    ChartWidget w;
    w.setTrajectory(sample());
    const QImage fromWidget = w.renderImage(QSize(400, 260), 1).convertToFormat(QImage::Format_ARGB32);
    QImage direct(400, 260, QImage::Format_ARGB32_Premultiplied);
    direct.fill(Qt::white);
    QPainter painter(&direct);
    paintTrajectory(painter, QRectF(0, 0, 400, 260), sample(), ChartStyle::screen(w.font()));
    painter.end();
    QCOMPARE(fromWidget, direct.convertToFormat(QImage::Format_ARGB32));
}

QTEST_MAIN(TestChartWidget)
#include "tst_chartwidget.moc"
