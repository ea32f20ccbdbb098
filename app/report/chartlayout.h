// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <optional>
#include <QMarginsF>
#include <QPointF>
#include <QRectF>

namespace trialcrf {

/// Maps chart values to device coordinates: pure arithmetic, so tests can predict pixels.
///
/// The plot area is the chart rectangle minus the style's margins. x runs over weeks: the
/// domain is [firstWeek − kPadWeeks, lastWeek + kPadWeeks], and screening, which has no
/// week, sits at kScreeningWeek (left of week 0). y runs from yMin at the bottom of the
/// plot area to yMax at its top. Both mappings are linear:
///   x(w) = plot.left + (w − xMin) / (xMax − xMin) × plot.width
///   y(v) = plot.bottom − (v − yMin) / (yMax − yMin) × plot.height
class ChartLayout {
public:
    static constexpr double kScreeningWeek = -2;
    static constexpr double kPadWeeks = 1;

    ChartLayout(const QRectF &chart, const QMarginsF &margins, double xMin, double xMax,
                double yMin, double yMax);
    /// x over [firstWeek − pad, lastWeek + pad]; firstWeek is kScreeningWeek when the
    /// screening slot is shown, else 0.
    static ChartLayout forWeeks(const QRectF &chart, const QMarginsF &margins, int lastWeek,
                                bool screeningSlot, double yMin, double yMax);

    QRectF chart() const { return m_chart; }
    QRectF plot() const { return m_plot; }
    double xMin() const { return m_xMin; }
    double xMax() const { return m_xMax; }
    double yMin() const { return m_yMin; }
    double yMax() const { return m_yMax; }

    double x(double week) const;
    double y(double value) const;
    QPointF map(double week, double value) const { return {x(week), y(value)}; }
    /// The x of a visit: its week, or kScreeningWeek for screening (no week).
    double xOfVisit(const std::optional<int> &week) const;

    /// A round step (1, 2 or 5 × 10^k) that splits `range` into at most `maxIntervals`.
    static double niceStep(double range, int maxIntervals);
    /// The PASI axis top for a largest value `maxValue`: 15 % headroom for the value labels,
    /// rounded up to a multiple of niceStep(headroom, 5); 10 when maxValue is 0.
    static double pasiAxisMax(double maxValue);
    /// Tick values from yMin to yMax every `step`.
    static QList<double> ticks(double from, double to, double step);

private:
    QRectF m_chart, m_plot;
    double m_xMin, m_xMax, m_yMin, m_yMax;
};

}  // namespace trialcrf
