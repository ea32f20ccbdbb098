// SPDX-License-Identifier: Apache-2.0
#include "chartpainter.h"

#include "labels/codelabels.h"
#include "protocol/protocol.h"
#include "records/lifecycle.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>

namespace trialcrf {

namespace {

// Bands of the bottom margin, in logical pixels below the plot (scaled by the style):
// infusion triangles, week labels, then the legend.
constexpr qreal kTriangleTop = 3, kTriangleBottom = 11, kTriangleHalfWidth = 4.5;
constexpr qreal kLabelTop = 12, kLabelHeight = 16;
constexpr qreal kLegendCentre = 46;

}  // namespace

ChartPainter::ChartPainter(QPainter &painter, const ChartStyle &style, const ChartLayout &layout)
    : m_p(painter), m_s(style), m_l(layout)
{
    m_p.setRenderHint(QPainter::Antialiasing, true);
    m_p.setRenderHint(QPainter::TextAntialiasing, true);
}

void ChartPainter::background()
{
    m_p.fillRect(m_l.chart(), m_s.background);
}

void ChartPainter::title(const QString &text)
{
    const QRectF c = m_l.chart();
    m_p.setFont(m_s.titleFont);
    m_p.setPen(m_s.text);
    const QRectF r(c.left() + m_s.px(4), c.top() + m_s.px(2), c.width() - m_s.px(8), m_s.px(18));
    const QString t = QFontMetricsF(m_s.titleFont, m_p.device()).elidedText(text, Qt::ElideRight, r.width());
    m_p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, t);
}

void ChartPainter::yAxis(const QList<double> &ticks, const QString &axisTitle,
                         const std::function<QString(double)> &format)
{
    const QRectF plot = m_l.plot();
    const QRectF c = m_l.chart();
    m_p.setFont(m_s.font);
    const qreal h = QFontMetricsF(m_s.font, m_p.device()).height();
    for (const double v : ticks) {
        const qreal y = m_s.snap(m_l.y(v));
        m_p.setPen(QPen(m_s.grid, m_s.thinLine));
        m_p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        m_p.setPen(m_s.mutedText);
        m_p.drawText(QRectF(c.left(), m_l.y(v) - h / 2, plot.left() - c.left() - m_s.px(6), h),
                     Qt::AlignRight | Qt::AlignVCenter, format(v));
    }
    m_p.setPen(m_s.text);
    m_p.drawText(QRectF(c.left() + m_s.px(4), plot.top() - m_s.px(18), plot.width(), m_s.px(16)),
                 Qt::AlignLeft | Qt::AlignVCenter, axisTitle);
}

void ChartPainter::weekAxis(const QList<int> &weeks, bool screening)
{
    const QRectF plot = m_l.plot();
    const QRectF c = m_l.chart();
    m_p.setFont(m_s.font);
    const QFontMetricsF fm(m_s.font, m_p.device());
    const qreal top = plot.bottom() + m_s.px(kLabelTop);
    const qreal h = m_s.px(kLabelHeight);
    const qreal slot = m_l.x(2) - m_l.x(0);
    for (const int w : weeks) {
        const qreal x = m_l.x(w);
        m_p.setPen(QPen(m_s.axis, m_s.thinLine));
        m_p.drawLine(QPointF(m_s.snap(x), plot.bottom()), QPointF(m_s.snap(x), plot.bottom() + m_s.px(3)));
        m_p.setPen(m_s.text);
        m_p.drawText(QRectF(x - slot / 2, top, slot, h), Qt::AlignCenter, QString::number(w));
    }
    if (screening) {
        // From the plot's left edge to where the week-0 label begins.
        const QRectF r(plot.left() + m_s.px(2), top, m_l.x(0) - slot / 2 - plot.left() - m_s.px(2), h);
        // The word when it fits, else its abbreviation (a narrow chart dock): never cut.
        QString label = CodeLabels::visit(lifecycle::screeningVisit(Protocol::builtIn()));
        if (fm.horizontalAdvance(label) > r.width())
            label = tr("Scr.", "Screening, abbreviated under a narrow chart's week axis");
        label = fm.elidedText(label, Qt::ElideRight, r.width());
        m_p.setPen(m_s.text);
        m_p.drawText(r, Qt::AlignCenter, label);
        // Treatment starts at week 0: a faint divider between screening and week 0.
        const qreal d = m_s.snap(m_l.x(ChartLayout::kScreeningWeek + 1));
        m_p.setPen(QPen(m_s.grid, m_s.thinLine, Qt::DashLine));
        m_p.drawLine(QPointF(d, plot.top()), QPointF(d, plot.bottom()));
    }
    m_p.setPen(m_s.mutedText);
    m_p.drawText(QRectF(c.left(), top, plot.left() - c.left() - m_s.px(6), h),
                 Qt::AlignRight | Qt::AlignVCenter, tr("Week"));
}

void ChartPainter::frame()
{
    const QRectF plot = m_l.plot();
    m_p.setPen(QPen(m_s.axis, m_s.thinLine));
    const qreal left = m_s.snap(plot.left()), bottom = m_s.snap(plot.bottom());
    m_p.drawLine(QPointF(left, plot.top()), QPointF(left, bottom));
    m_p.drawLine(QPointF(left, bottom), QPointF(plot.right(), bottom));
}

void ChartPainter::centredText(const QString &text)
{
    m_p.setFont(m_s.font);
    const QRectF area = m_l.plot().adjusted(m_s.px(16), m_s.px(8), -m_s.px(16), -m_s.px(8));
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    // On a background-coloured box, so grid lines do not run through the words.
    const QRectF box = m_p.boundingRect(area, flags, text);
    m_p.fillRect(box.adjusted(-m_s.px(8), -m_s.px(4), m_s.px(8), m_s.px(4)), m_s.background);
    m_p.setPen(m_s.mutedText);
    m_p.drawText(area, flags, text);
}

void ChartPainter::hLine(double v, const QColor &color, Qt::PenStyle style, qreal width)
{
    const QRectF plot = m_l.plot();
    const qreal y = m_s.snap(m_l.y(v));
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::FlatCap);
    m_p.setPen(pen);
    m_p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
}

void ChartPainter::edgeLabels(QList<EdgeLabel> labels)
{
    if (labels.isEmpty())
        return;
    const QRectF plot = m_l.plot();
    const QRectF c = m_l.chart();
    m_p.setFont(m_s.smallFont);
    const QFontMetricsF fm(m_s.smallFont, m_p.device());
    const qreal h = fm.height();
    std::sort(labels.begin(), labels.end(),
              [](const EdgeLabel &a, const EdgeLabel &b) { return a.y < b.y; });
    QList<qreal> tops;
    for (const EdgeLabel &l : std::as_const(labels)) {
        qreal top = l.y - h / 2;
        if (!tops.isEmpty())
            top = std::max(top, tops.last() + h);
        tops << top;
    }
    // Pushed below the chart: shift the whole stack up.
    const qreal overflow = tops.last() + h - (plot.bottom() + h / 2);
    for (qreal &t : tops)
        t -= std::max<qreal>(0, overflow);
    const qreal x = plot.right() + m_s.px(4);
    const qreal w = c.right() - x - m_s.px(2);
    for (int i = 0; i < labels.size(); ++i) {
        m_p.setPen(labels[i].color);
        m_p.drawText(QRectF(x, tops[i], w, h), Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(labels[i].text, Qt::ElideRight, w));
    }
}

void ChartPainter::drawGlyph(const QRectF &box, Glyph glyph, const QColor &color)
{
    const QPointF c = box.center();
    switch (glyph) {
    case Glyph::Line:
    case Glyph::DashedLine: {
        QPen pen(color, m_s.lineWidth, glyph == Glyph::Line ? Qt::SolidLine : Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        m_p.setPen(pen);
        m_p.drawLine(QPointF(box.left(), c.y()), QPointF(box.right(), c.y()));
        break;
    }
    case Glyph::Point:
        marker(c, color, m_s.pointRadius);
        break;
    case Glyph::HollowPoint:
        hollowMarker(c, color, m_s.pointRadius);
        break;
    case Glyph::Ring:
        ring(c, color, m_s.pointRadius);
        break;
    case Glyph::Triangle:
    case Glyph::HollowTriangle: {
        const qreal hw = m_s.px(kTriangleHalfWidth);
        const qreal hh = m_s.px(kTriangleBottom - kTriangleTop) / 2;
        QPainterPath path;
        path.moveTo(c.x(), c.y() - hh);
        path.lineTo(c.x() + hw, c.y() + hh);
        path.lineTo(c.x() - hw, c.y() + hh);
        path.closeSubpath();
        m_p.setPen(QPen(color, m_s.thinLine));
        m_p.setBrush(glyph == Glyph::Triangle ? QBrush(color) : QBrush(Qt::NoBrush));
        m_p.drawPath(path);
        m_p.setBrush(Qt::NoBrush);
        break;
    }
    case Glyph::Band:
        m_p.fillRect(box.adjusted(0, box.height() * 0.2, 0, -box.height() * 0.2), color);
        break;
    }
}

void ChartPainter::legend(const QList<LegendItem> &items)
{
    if (items.isEmpty())
        return;
    const QRectF c = m_l.chart();
    const qreal glyphW = m_s.px(18), gap = m_s.px(4), spacing = m_s.px(14);
    const auto widthOf = [&](const QFont &f) {
        const QFontMetricsF fm(f, m_p.device());
        QList<qreal> w;
        for (const LegendItem &i : items)
            w << glyphW + gap + fm.horizontalAdvance(i.text);
        return w;
    };
    const qreal available = c.width() - m_s.px(16);
    QFont font = m_s.font;
    QList<qreal> widths = widthOf(font);
    qreal total = spacing * (items.size() - 1);
    for (const qreal w : widths)
        total += w;

    // Rows of item indexes: one row when it fits, else fill rows greedily in the small font.
    QList<QList<int>> rows{{}};
    if (total > available) {
        font = m_s.smallFont;
        widths = widthOf(font);
        qreal x = 0;
        for (int i = 0; i < items.size(); ++i) {
            if (!rows.last().isEmpty() && x + widths[i] > available) {
                rows.append(QList<int>());
                x = 0;
            }
            rows.last() << i;
            x += widths[i] + spacing;
        }
    } else {
        for (int i = 0; i < items.size(); ++i)
            rows.last() << i;
    }
    m_p.setFont(font);
    const QFontMetricsF fm(font, m_p.device());
    const qreal h = fm.height();
    const qreal centre = m_l.plot().bottom() + m_s.px(kLegendCentre);
    qreal top = centre - h * rows.size() / 2;
    for (const QList<int> &row : std::as_const(rows)) {
        qreal rowWidth = spacing * (row.size() - 1);
        for (const int i : row)
            rowWidth += widths[i];
        qreal x = c.left() + (c.width() - rowWidth) / 2;
        for (const int i : row) {
            drawGlyph(QRectF(x, top, glyphW, h), items[i].glyph, items[i].color);
            m_p.setPen(m_s.text);
            m_p.setFont(font);
            m_p.drawText(QRectF(x + glyphW + gap, top, widths[i] - glyphW - gap + 1, h),
                         Qt::AlignLeft | Qt::AlignVCenter, items[i].text);
            x += widths[i] + spacing;
        }
        top += h;
    }
}

void ChartPainter::marker(const QPointF &centre, const QColor &fill, qreal radius)
{
    m_p.setPen(QPen(m_s.background, m_s.px(1)));
    m_p.setBrush(fill);
    m_p.drawEllipse(centre, radius, radius);
    m_p.setBrush(Qt::NoBrush);
}

void ChartPainter::hollowMarker(const QPointF &centre, const QColor &color, qreal radius)
{
    m_p.setPen(QPen(color, m_s.px(2)));
    m_p.setBrush(m_s.background);
    m_p.drawEllipse(centre, radius, radius);
    m_p.setBrush(Qt::NoBrush);
}

void ChartPainter::ring(const QPointF &centre, const QColor &color, qreal radius)
{
    m_p.setPen(QPen(color, m_s.px(2)));
    m_p.setBrush(Qt::NoBrush);
    const qreal r = radius + m_s.px(3);
    m_p.drawEllipse(centre, r, r);
}

QRectF ChartPainter::axisTriangleRect(const ChartStyle &style, const ChartLayout &layout, qreal x)
{
    const qreal hw = style.px(kTriangleHalfWidth);
    return QRectF(x - hw, layout.plot().bottom() + style.px(kTriangleTop), 2 * hw,
                  style.px(kTriangleBottom - kTriangleTop));
}

void ChartPainter::axisTriangle(qreal x, const QColor &color, bool hollow)
{
    const QRectF r = axisTriangleRect(m_s, m_l, x);
    QPainterPath path;
    path.moveTo(r.center().x(), r.top());
    path.lineTo(r.right(), r.bottom());
    path.lineTo(r.left(), r.bottom());
    path.closeSubpath();
    m_p.setPen(QPen(color, m_s.thinLine));
    m_p.setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(color));
    m_p.drawPath(path);
    m_p.setBrush(Qt::NoBrush);
}

void ChartPainter::valueLabel(const QPointF &point, const QString &text, const QColor &color,
                              bool ringed)
{
    m_p.setFont(m_s.smallFont);
    const QFontMetricsF fm(m_s.smallFont, m_p.device());
    const qreal w = fm.horizontalAdvance(text) + m_s.px(4), h = fm.height();
    const qreal offset = m_s.pointRadius + m_s.px(ringed ? 6 : 2);
    QRectF r(point.x() - w / 2, point.y() - offset - h, w, h);
    if (r.top() < m_l.chart().top() + m_s.px(20))
        r.moveTop(point.y() + offset);
    m_p.setPen(color);
    m_p.drawText(r, Qt::AlignCenter, text);
}

void ChartPainter::polyline(const QList<QPointF> &points, const QColor &color, qreal width,
                            Qt::PenStyle style)
{
    if (points.size() < 2)
        return;
    QPen pen(color, width, style);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    m_p.setPen(pen);
    m_p.drawPolyline(points.constData(), int(points.size()));
}

void ChartPainter::seriesLine(const QList<QPointF> &points, const QList<bool> &provisional,
                              const QColor &color, const QColor &provisionalColor, qreal width)
{
    QList<QPointF> run;
    const auto flush = [&] {
        polyline(run, color, width);
        run.clear();
    };
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        if (provisional.value(i) || provisional.value(i + 1)) {
            flush();
            polyline({points.at(i), points.at(i + 1)}, provisionalColor, width, Qt::DashLine);
            continue;
        }
        if (run.isEmpty())
            run << points.at(i);
        run << points.at(i + 1);
    }
    flush();
}

}  // namespace trialcrf
