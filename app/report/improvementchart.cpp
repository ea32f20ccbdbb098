// SPDX-License-Identifier: Apache-2.0
#include "improvementchart.h"

#include "chartpainter.h"
#include "reportlabels.h"
#include "trajectorychart.h"

#include <QLineF>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace trialcrf {

namespace {

bool drawn(const TrajectoryPoint &p)
{
    return p.improvementTenthsPct.has_value();
}

QPointF position(const ChartLayout &l, const TrajectoryPoint &p)
{
    return l.map(p.week ? *p.week : ChartLayout::kScreeningWeek, *p.improvementTenthsPct / 10.0);
}

}  // namespace

double ImprovementChart::axisMin(double minPct)
{
    return std::min(0.0, std::floor(minPct / kStepPct) * kStepPct);
}

ChartLayout ImprovementChart::layout(const QRectF &rect, const TrajectoryData &data,
                                     const ChartStyle &style)
{
    // The screening slot only when screening is the baseline (the only case it has a value).
    const bool screening = std::any_of(data.points.begin(), data.points.end(), [](const TrajectoryPoint &p) {
        return !p.week && drawn(p);
    });
    return ChartLayout::forWeeks(rect, style.margins, data.lastWeek, screening,
                                 axisMin(data.minImprovementTenths() / 10.0), kTopPct);
}

QString ImprovementChart::title(const TrajectoryData &data)
{
    return data.subjectCode.isEmpty() ? tr("PASI improvement")
                                      : tr("PASI improvement — %1").arg(data.subjectCode);
}

QString ImprovementChart::emptyText()
{
    return tr("No improvement to show yet: it needs a baseline PASI and a later assessment.");
}

void ImprovementChart::paint(QPainter &painter, const QRectF &rect, const TrajectoryData &data,
                             const ChartStyle &style)
{
    painter.save();
    const ChartLayout l = layout(rect, data, style);
    ChartPainter cp(painter, style, l);
    cp.background();
    cp.title(title(data));
    cp.yAxis(ChartLayout::ticks(l.yMin(), 100, kStepPct), tr("Improvement %"),
             [](double v) { return QLocale::c().toString(v, 'g', 6); });
    cp.weekAxis(data.weeks, l.xMin() < ChartLayout::kScreeningWeek);
    cp.hLine(0, style.axis, Qt::SolidLine, style.thinLine);

    QList<ChartPainter::EdgeLabel> edge;
    for (int i = 0; i < data.responseLevelsPct.size(); ++i) {
        const int level = data.responseLevelsPct.at(i);
        const QColor c = style.thresholds.value(i, style.axis);
        cp.hLine(level, c, Qt::DotLine, style.thinLine * 1.5);
        edge << ChartPainter::EdgeLabel{l.y(level), tr("PASI %1").arg(level), c};
    }
    cp.frame();
    cp.edgeLabels(edge);

    QList<QPointF> line;
    QList<bool> provisional;
    for (const TrajectoryPoint &p : data.points) {
        if (drawn(p)) {
            line << position(l, p);
            provisional << p.provisional;
        }
    }
    // Only a baseline (0 %) says nothing yet.
    const bool anyResponse = std::any_of(data.points.begin(), data.points.end(),
                                         [](const TrajectoryPoint &p) { return drawn(p) && !p.baseline; });
    if (!anyResponse) {
        cp.centredText(emptyText());
        painter.restore();
        return;
    }
    cp.seriesLine(line, provisional, style.line, style.provisional, style.lineWidth);
    bool outOfWindow = false;
    for (const TrajectoryPoint &p : data.points) {
        if (!drawn(p))
            continue;
        const QPointF c = position(l, p);
        if (p.outOfWindow) {
            cp.ring(c, style.outOfWindow, style.pointRadius);
            outOfWindow = true;
        }
        if (p.provisional)
            cp.hollowMarker(c, style.provisional, style.pointRadius);
        else
            cp.marker(c, style.marker, style.pointRadius);
        cp.valueLabel(c, ReportLabels::percentTenths(p.improvementTenthsPct),
                      p.provisional ? style.provisional : style.text, p.outOfWindow);
    }
    QList<ChartPainter::LegendItem> legend{
        {ChartPainter::Glyph::Point, style.marker, tr("Improvement from baseline")}};
    if (outOfWindow)
        legend << ChartPainter::LegendItem{ChartPainter::Glyph::Ring, style.outOfWindow,
                                           tr("Out of window")};
    if (std::any_of(data.points.begin(), data.points.end(),
                    [](const TrajectoryPoint &p) { return drawn(p) && p.provisional; }))
        legend << ChartPainter::LegendItem{ChartPainter::Glyph::HollowPoint, style.provisional,
                                           TrajectoryChart::provisionalText()};
    cp.legend(legend);
    painter.restore();
}

QString ImprovementChart::toolTipAt(const QRectF &rect, const TrajectoryData &data,
                                    const ChartStyle &style, const QPointF &pos)
{
    const ChartLayout l = layout(rect, data, style);
    int best = -1;
    qreal bestDistance = style.pointRadius + style.px(6);
    for (int i = 0; i < data.points.size(); ++i) {
        if (!drawn(data.points.at(i)))
            continue;
        const qreal d = QLineF(position(l, data.points.at(i)), pos).length();
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best < 0 ? QString() : TrajectoryChart::pointToolTip(data, best);
}

}  // namespace trialcrf
