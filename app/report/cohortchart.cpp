// SPDX-License-Identifier: Apache-2.0
#include "cohortchart.h"

#include "chartpainter.h"
#include "improvementchart.h"
#include "labels/codelabels.h"
#include "reportlabels.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QLocale>
#include <QPaintEngine>
#include <QPolygonF>

namespace trialcrf {

namespace {

QList<const CohortVisit *> postBaseline(const CohortData &d)
{
    QList<const CohortVisit *> v;
    for (const CohortVisit &cv : d.visits) {
        if (cv.week > 0)
            v << &cv;
    }
    return v;
}

QString pct(double v)
{
    return QLocale::c().toString(v, 'f', 1);
}

}  // namespace

ChartLayout CohortChart::layout(const QRectF &rect, const CohortData &data, const ChartStyle &style)
{
    return ChartLayout::forWeeks(rect, style.margins, data.lastWeek, false,
                                 ImprovementChart::axisMin(data.minPct()), ImprovementChart::kTopPct);
}

QString CohortChart::title(const CohortData &data)
{
    return tr("PASI improvement, all subjects (n = %1)").arg(data.subjects.size());
}

QString CohortChart::emptyText()
{
    return tr("No subject has a baseline PASI and a later assessment yet.");
}

QString CohortChart::responderCell(const CohortVisit &visit, int levelIndex)
{
    if (visit.n == 0)
        return ReportLabels::notRecorded();
    return tr("%1 (%2 %)").arg(visit.responders.value(levelIndex)).arg(pct(visit.responderPct(levelIndex)));
}

void CohortChart::paintChart(QPainter &painter, const QRectF &rect, const CohortData &data,
                             const ChartStyle &style)
{
    painter.save();
    const ChartLayout l = layout(rect, data, style);
    ChartPainter cp(painter, style, l);
    cp.background();
    cp.title(title(data));
    cp.yAxis(ChartLayout::ticks(l.yMin(), 100, ImprovementChart::kStepPct), tr("Improvement %"),
             [](double v) { return QLocale::c().toString(v, 'g', 6); });
    QList<int> weeks;
    for (const int w : data.weeks) {
        if (w >= 0)
            weeks << w;
    }
    cp.weekAxis(weeks, false);
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
    if (data.isEmpty()) {
        cp.centredText(emptyText());
        painter.restore();
        return;
    }

    painter.save();
    painter.setClipRect(l.plot());
    // ± 1 SD band where at least two subjects have a value.
    QPolygonF upper, lower;
    for (const CohortVisit &v : data.visits) {
        if (v.n < 2)
            continue;
        upper << l.map(v.week, v.meanPct + v.sdPct);
        lower.prepend(l.map(v.week, v.meanPct - v.sdPct));
    }
    if (upper.size() >= 2) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.band);
        painter.drawPolygon(upper + lower);
        painter.setBrush(Qt::NoBrush);
    }
    // Every subject, translucent, so the colour deepens where many overlap. A cosmetic
    // one-device-pixel pen: Qt's raster engine draws those on its fast hairline path, while a
    // 2-pixel pen at device pixel ratio 2 goes through the general stroker and took seconds
    // for 1,000 subjects (docs/benchmarks-report.md).
    QPen hairline(style.subjectLine, 1);
    hairline.setCosmetic(true);
    painter.setPen(hairline);
    // On a high-DPI raster device a hairline needs no antialiasing to look smooth, and the
    // aliased path is several times faster.
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1;
    if (dpr >= 2 && painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster)
        painter.setRenderHint(QPainter::Antialiasing, false);
    QList<QPointF> line;
    for (const CohortSubject &s : data.subjects) {
        line.clear();
        for (const auto &[week, tenths] : s.improvement)
            line << l.map(week, tenths / 10.0);
        if (line.size() >= 2)
            painter.drawPolyline(line.constData(), int(line.size()));
    }
    painter.restore();

    QList<QPointF> mean;
    for (const CohortVisit &v : data.visits) {
        if (v.n > 0)
            mean << l.map(v.week, v.meanPct);
    }
    cp.polyline(mean, style.mean, style.lineWidth * 1.5);
    int i = 0;
    for (const CohortVisit &v : data.visits) {
        if (v.n == 0)
            continue;
        cp.marker(mean[i], style.mean, style.pointRadius);
        if (v.week > 0)
            cp.valueLabel(mean[i], tr("%1 %").arg(pct(v.meanPct)), style.mean);
        ++i;
    }
    cp.legend({{ChartPainter::Glyph::Line, style.subjectLine.darker(150), tr("One subject")},
               {ChartPainter::Glyph::Line, style.mean, tr("Mean")},
               {ChartPainter::Glyph::Band, style.band, tr("Mean ± 1 SD")}});
    painter.restore();
}

qreal CohortChart::respondersHeight(const CohortData &data, const ChartStyle &style,
                                    const QPaintDevice *device)
{
    const qreal row = QFontMetricsF(style.smallFont, device).height() + style.px(6);
    return row * (postBaseline(data).size() + 1) + style.px(8);
}

void CohortChart::paintResponders(QPainter &painter, const QRectF &rect, const CohortData &data,
                                  const ChartStyle &style)
{
    painter.save();
    painter.fillRect(rect, style.background);
    painter.setFont(style.smallFont);
    const QFontMetricsF fm(style.smallFont, painter.device());
    const qreal rowH = fm.height() + style.px(6);
    const QRectF table = rect.adjusted(style.px(8), style.px(4), -style.px(8), 0);
    QStringList header{tr("Visit"), tr("Assessed (n)")};
    for (const int level : data.responseLevelsPct)
        header << tr("PASI %1, n (%)").arg(level);
    const int columns = int(header.size());
    // The first column is wider (visit names); the rest share the remainder.
    const qreal firstW = table.width() * 0.22;
    const qreal otherW = (table.width() - firstW) / std::max(1, columns - 1);
    const auto cell = [&](int row, int col) {
        const qreal x = table.left() + (col == 0 ? 0 : firstW + (col - 1) * otherW);
        return QRectF(x + style.px(4), table.top() + row * rowH, (col == 0 ? firstW : otherW) - style.px(8), rowH);
    };
    const auto drawRow = [&](int row, const QStringList &texts, bool bold) {
        QFont f = style.smallFont;
        f.setBold(bold);
        painter.setFont(f);
        const QFontMetricsF m(f, painter.device());
        for (int c = 0; c < texts.size(); ++c) {
            const QRectF r = cell(row, c);
            painter.drawText(r, (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                             m.elidedText(texts.at(c), Qt::ElideRight, r.width()));
        }
    };
    painter.setPen(style.text);
    drawRow(0, header, true);
    painter.setPen(QPen(style.axis, style.thinLine));
    const qreal headerLine = style.snap(table.top() + rowH);
    painter.drawLine(QPointF(table.left(), headerLine), QPointF(table.right(), headerLine));
    int row = 1;
    for (const CohortVisit *v : postBaseline(data)) {
        if (row % 2 == 0)
            painter.fillRect(QRectF(table.left(), table.top() + row * rowH, table.width(), rowH), style.grid.lighter(105));
        QStringList texts{CodeLabels::visit(v->visit), QString::number(v->n)};
        for (int i = 0; i < data.responseLevelsPct.size(); ++i)
            texts << responderCell(*v, i);
        painter.setPen(style.text);
        drawRow(row++, texts, false);
    }
    painter.restore();
}

void CohortChart::paint(QPainter &painter, const QRectF &rect, const CohortData &data,
                        const ChartStyle &style)
{
    const qreal tableH = respondersHeight(data, style, painter.device());
    const QRectF chart(rect.left(), rect.top(), rect.width(), std::max<qreal>(0, rect.height() - tableH));
    paintChart(painter, chart, data, style);
    paintResponders(painter, QRectF(rect.left(), chart.bottom(), rect.width(), tableH), data, style);
}

QString CohortChart::toolTipAt(const QRectF &rect, const CohortData &data, const ChartStyle &style,
                               const QPointF &pos)
{
    const qreal tableH = respondersHeight(data, style, nullptr);
    const QRectF chart(rect.left(), rect.top(), rect.width(), std::max<qreal>(0, rect.height() - tableH));
    const ChartLayout l = layout(chart, data, style);
    for (const CohortVisit &v : data.visits) {
        if (v.n == 0)
            continue;
        if (QLineF(l.map(v.week, v.meanPct), pos).length() <= style.pointRadius + style.px(6)) {
            QStringList lines{CodeLabels::visit(v.visit),
                              tr("Mean %1 %, SD %2 (n = %3)").arg(pct(v.meanPct), pct(v.sdPct)).arg(v.n)};
            for (int i = 0; i < data.responseLevelsPct.size(); ++i)
                lines << tr("PASI %1: %2").arg(data.responseLevelsPct.at(i)).arg(responderCell(v, i));
            return lines.join(QLatin1Char('\n'));
        }
    }
    return {};
}

}  // namespace trialcrf
