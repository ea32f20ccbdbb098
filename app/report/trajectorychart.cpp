// SPDX-License-Identifier: Apache-2.0
#include "trajectorychart.h"

#include "chartpainter.h"
#include "itemmodels/itemlabels.h"
#include "labels/codelabels.h"
#include "reportlabels.h"
#include "rules/rules.h"

#include <QLineF>
#include <QLocale>

namespace trialcrf {

namespace {

QString pasiNumber(double v)
{
    return QLocale::c().toString(v, 'g', 6);
}

QColor thresholdColor(const ChartStyle &s, int i)
{
    return s.thresholds.isEmpty() ? s.axis : s.thresholds.at(std::min<int>(i, s.thresholds.size() - 1));
}

}  // namespace

ChartLayout TrajectoryChart::layout(const QRectF &rect, const TrajectoryData &data,
                                    const ChartStyle &style)
{
    return ChartLayout::forWeeks(rect, style.margins, data.lastWeek, true, 0,
                                 ChartLayout::pasiAxisMax(data.maxTenths() / 10.0));
}

QString TrajectoryChart::title(const TrajectoryData &data)
{
    return data.subjectCode.isEmpty() ? tr("PASI trajectory")
                                      : tr("PASI trajectory — %1").arg(data.subjectCode);
}

QString TrajectoryChart::emptyText()
{
    return tr("No PASI assessment recorded yet. The trajectory appears as soon as one is entered.");
}

QString TrajectoryChart::provisionalText()
{
    return tr("Being entered, not saved");
}

void TrajectoryChart::paint(QPainter &painter, const QRectF &rect, const TrajectoryData &data,
                            const ChartStyle &style)
{
    painter.save();
    const ChartLayout l = layout(rect, data, style);
    ChartPainter cp(painter, style, l);
    cp.background();
    cp.title(title(data));
    cp.yAxis(ChartLayout::ticks(0, l.yMax(), ChartLayout::niceStep(l.yMax(), 5)), tr("PASI"),
             pasiNumber);
    cp.weekAxis(data.weeks, true);

    QList<ChartPainter::EdgeLabel> edge;
    if (!data.isEmpty()) {
        for (int i = 0; i < data.responseLevelsPct.size(); ++i) {
            const int level = data.responseLevelsPct.at(i);
            const std::optional<double> tenths = data.thresholdTenths(level);
            if (!tenths)
                continue;
            const double t = *tenths / 10.0;
            cp.hLine(t, thresholdColor(style, i), Qt::DotLine, style.thinLine * 1.5);
            edge << ChartPainter::EdgeLabel{l.y(t), tr("PASI %1").arg(level), thresholdColor(style, i)};
        }
        if (data.baselineTenths) {
            const double b = *data.baselineTenths / 10.0;
            cp.hLine(b, style.baseline, Qt::DashLine, style.thinLine * 1.5);
            edge << ChartPainter::EdgeLabel{l.y(b), tr("Baseline"), style.baseline};
        }
    }
    cp.frame();
    cp.edgeLabels(edge);

    bool deviation = false, outOfWindow = false, missing = false;
    for (const InfusionMark &m : data.infusions) {
        const bool dev = m.given && !m.withinTolerance;
        deviation |= dev;
        missing |= !m.given;
        cp.axisTriangle(l.x(m.week), !m.given ? style.planned : dev ? style.deviation : style.infusion,
                        !m.given);
    }

    if (data.isEmpty()) {
        cp.centredText(emptyText());
    } else {
        QList<QPointF> line;
        QList<bool> provisional;
        for (const TrajectoryPoint &p : data.points) {
            line << l.map(p.week ? *p.week : ChartLayout::kScreeningWeek, p.pasiTenths / 10.0);
            provisional << p.provisional;
        }
        cp.seriesLine(line, provisional, style.line, style.provisional, style.lineWidth);
        for (int i = 0; i < data.points.size(); ++i) {
            const TrajectoryPoint &p = data.points.at(i);
            if (p.outOfWindow) {
                cp.ring(line[i], style.outOfWindow, style.pointRadius);
                outOfWindow = true;
            }
            if (p.provisional)
                cp.hollowMarker(line[i], style.provisional, style.pointRadius);
            else
                cp.marker(line[i], style.marker, style.pointRadius);
            cp.valueLabel(line[i], rules::formatTenths(p.pasiTenths),
                          p.provisional ? style.provisional : style.text, p.outOfWindow);
        }
    }

    QList<ChartPainter::LegendItem> legend{
        {ChartPainter::Glyph::Point, style.marker, tr("PASI")},
        {ChartPainter::Glyph::DashedLine, style.baseline, tr("Baseline")},
        {ChartPainter::Glyph::Triangle, style.infusion, tr("Infusion")},
    };
    if (deviation)
        legend << ChartPainter::LegendItem{ChartPainter::Glyph::Triangle, style.deviation,
                                           tr("Dose deviation")};
    if (missing)
        legend << ChartPainter::LegendItem{ChartPainter::Glyph::HollowTriangle, style.planned,
                                           tr("No infusion recorded")};
    if (outOfWindow)
        legend << ChartPainter::LegendItem{ChartPainter::Glyph::Ring, style.outOfWindow,
                                           tr("Out of window")};
    if (data.hasProvisional())
        legend << ChartPainter::LegendItem{ChartPainter::Glyph::HollowPoint, style.provisional,
                                           provisionalText()};
    if (!data.isEmpty())
        cp.legend(legend);
    painter.restore();
}

QString TrajectoryChart::pointToolTip(const TrajectoryData &data, int index)
{
    if (index < 0 || index >= data.points.size())
        return {};
    const TrajectoryPoint &p = data.points.at(index);
    QStringList lines;
    // A tooltip is read on screen: the date in the UI locale's format (the PDF prints ISO).
    lines << tr("%1, %2").arg(CodeLabels::visit(p.visit), ItemLabels::date(p.date));
    lines << tr("PASI %1").arg(rules::formatTenths(p.pasiTenths));
    if (p.baseline) {
        lines << tr("Baseline");
    } else if (p.improvementTenthsPct) {
        QString line = tr("Improvement %1").arg(ReportLabels::percentTenths(p.improvementTenthsPct));
        int reached = 0;
        for (const int level : data.responseLevelsPct) {
            if (*p.improvementTenthsPct >= level * 10)
                reached = level;
        }
        if (reached > 0)
            line += QLatin1Char(' ') + tr("(PASI %1 reached)").arg(reached);
        lines << line;
    } else if (p.week) {
        lines << tr("Improvement: not defined (no baseline PASI above 0)");
    }
    if (p.outOfWindow)
        lines << tr("Done outside the visit window");
    if (p.provisional)
        lines << provisionalText();
    return lines.join(QLatin1Char('\n'));
}

QString TrajectoryChart::infusionToolTip(const TrajectoryData &data, int index)
{
    if (index < 0 || index >= data.infusions.size())
        return {};
    const InfusionMark &m = data.infusions.at(index);
    QStringList lines;
    lines << tr("Infusion, %1").arg(CodeLabels::visit(m.visit));
    if (!m.given) {
        lines << tr("No infusion recorded");
        return lines.join(QLatin1Char('\n'));
    }
    lines << ItemLabels::date(m.date);
    lines << tr("Target %1 cells, actual %2 cells")
                 .arg(ReportLabels::cells(m.targetCells), ReportLabels::cells(m.actualCells));
    if (m.deviationPct) {
        const QString dev = QLocale::c().toString(*m.deviationPct, 'f', 1);
        const QString tol = QLocale::c().toString(data.doseTolerancePct, 'g', 6);
        lines << (m.withinTolerance ? tr("Deviation %1 % (within ±%2 %)").arg(dev, tol)
                                    : tr("Dose deviation %1 % (outside ±%2 %)").arg(dev, tol));
    }
    if (m.outOfWindow)
        lines << tr("Done outside the visit window");
    return lines.join(QLatin1Char('\n'));
}

int TrajectoryChart::pointAt(const ChartLayout &l, const TrajectoryData &data,
                             const ChartStyle &style, const QPointF &pos)
{
    int best = -1;
    qreal bestDistance = style.pointRadius + style.px(6);
    for (int i = 0; i < data.points.size(); ++i) {
        const TrajectoryPoint &p = data.points.at(i);
        const QPointF c = l.map(p.week ? *p.week : ChartLayout::kScreeningWeek, p.pasiTenths / 10.0);
        const qreal d = QLineF(c, pos).length();
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

QString TrajectoryChart::toolTipAt(const QRectF &rect, const TrajectoryData &data,
                                   const ChartStyle &style, const QPointF &pos)
{
    const ChartLayout l = layout(rect, data, style);
    if (const int i = pointAt(l, data, style, pos); i >= 0)
        return pointToolTip(data, i);
    for (int i = 0; i < data.infusions.size(); ++i) {
        const QRectF r = ChartPainter::axisTriangleRect(style, l, l.x(data.infusions.at(i).week));
        if (r.adjusted(-style.px(3), -style.px(3), style.px(3), style.px(3)).contains(pos))
            return infusionToolTip(data, i);
    }
    return {};
}

}  // namespace trialcrf
