// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartlayout.h"
#include "chartstyle.h"

#include <QCoreApplication>
#include <QList>
#include <QPainter>
#include <functional>

namespace trialcrf {

/// The drawing steps the charts share (frame, grid, axes, legend, labels), so every chart
/// looks alike. Internal to the chart family; each chart's paint routine drives it.
class ChartPainter {
    Q_DECLARE_TR_FUNCTIONS(ChartPainter)
public:
    enum class Glyph { Line, DashedLine, Point, HollowPoint, Ring, Triangle, HollowTriangle, Band };
    struct LegendItem {
        Glyph glyph;
        QColor color;
        QString text;
    };
    struct EdgeLabel {
        qreal y;  ///< the line the label names
        QString text;
        QColor color;
    };

    ChartPainter(QPainter &painter, const ChartStyle &style, const ChartLayout &layout);

    void background();
    void title(const QString &text);
    /// Horizontal grid lines and their labels left of the plot, and the axis title above them.
    void yAxis(const QList<double> &ticks, const QString &axisTitle,
               const std::function<QString(double)> &format);
    /// Week ticks and labels below the plot; the screening slot when `screening`.
    void weekAxis(const QList<int> &weeks, bool screening);
    void frame();
    /// A sentence in the middle of the plot area (the empty state).
    void centredText(const QString &text);
    /// A horizontal line across the plot at value v.
    void hLine(double v, const QColor &color, Qt::PenStyle style, qreal width);
    /// Labels in the right margin at their lines' heights, pushed apart so none overlap.
    void edgeLabels(QList<EdgeLabel> labels);
    /// The legend in the bottom margin: one row, or two in the small font when it is narrow.
    void legend(const QList<LegendItem> &items);
    void marker(const QPointF &centre, const QColor &fill, qreal radius);
    /// A point drawn as an outline only: a value typed but not saved yet.
    void hollowMarker(const QPointF &centre, const QColor &color, qreal radius);
    void ring(const QPointF &centre, const QColor &color, qreal radius);
    /// A small triangle pointing up to the x axis at `x`, in the band just below the plot.
    void axisTriangle(qreal x, const QColor &color, bool hollow);
    /// The rectangle the axis triangle at x occupies (for hit testing).
    static QRectF axisTriangleRect(const ChartStyle &style, const ChartLayout &layout, qreal x);
    /// A value written above a point (below it when there is no room above).
    /// `ringed`: the point has an out-of-window ring, so the label keeps clear of it.
    void valueLabel(const QPointF &point, const QString &text, const QColor &color,
                    bool ringed = false);
    /// A polyline in data order; NaN-free points only.
    void polyline(const QList<QPointF> &points, const QColor &color, qreal width,
                  Qt::PenStyle style = Qt::SolidLine);

    /// A series line through `points` in data order: solid between saved points, dashed in
    /// `provisionalColor` on the segments that reach a point with `provisional[i]` set.
    void seriesLine(const QList<QPointF> &points, const QList<bool> &provisional,
                    const QColor &color, const QColor &provisionalColor, qreal width);

    QPainter &painter() { return m_p; }

private:
    void drawGlyph(const QRectF &box, Glyph glyph, const QColor &color);
    QPainter &m_p;
    const ChartStyle &m_s;
    const ChartLayout &m_l;
};

}  // namespace trialcrf
