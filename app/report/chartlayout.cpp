// SPDX-License-Identifier: Apache-2.0
#include "chartlayout.h"

#include <QtMath>
#include <cmath>

namespace trialcrf {

ChartLayout::ChartLayout(const QRectF &chart, const QMarginsF &margins, double xMin, double xMax,
                         double yMin, double yMax)
    : m_chart(chart),
      m_plot(chart.marginsRemoved(margins)),
      m_xMin(xMin),
      m_xMax(xMax > xMin ? xMax : xMin + 1),
      m_yMin(yMin),
      m_yMax(yMax > yMin ? yMax : yMin + 1)
{
}

ChartLayout ChartLayout::forWeeks(const QRectF &chart, const QMarginsF &margins, int lastWeek,
                                  bool screeningSlot, double yMin, double yMax)
{
    const double first = screeningSlot ? kScreeningWeek : 0;
    return ChartLayout(chart, margins, first - kPadWeeks, lastWeek + kPadWeeks, yMin, yMax);
}

double ChartLayout::x(double week) const
{
    return m_plot.left() + (week - m_xMin) / (m_xMax - m_xMin) * m_plot.width();
}

double ChartLayout::y(double value) const
{
    return m_plot.bottom() - (value - m_yMin) / (m_yMax - m_yMin) * m_plot.height();
}

double ChartLayout::xOfVisit(const std::optional<int> &week) const
{
    return x(week ? double(*week) : kScreeningWeek);
}

double ChartLayout::niceStep(double range, int maxIntervals)
{
    if (range <= 0 || maxIntervals <= 0)
        return 1;
    const double raw = range / maxIntervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}

double ChartLayout::pasiAxisMax(double maxValue)
{
    if (maxValue <= 0)
        return 10;
    const double withHeadroom = maxValue * 1.15;
    const double step = niceStep(withHeadroom, 5);
    return std::ceil(withHeadroom / step - 1e-9) * step;
}

QList<double> ChartLayout::ticks(double from, double to, double step)
{
    QList<double> t;
    if (step <= 0)
        return t;
    for (double v = std::ceil(from / step - 1e-9) * step; v <= to + step * 1e-9; v += step)
        t << (qFuzzyIsNull(v) ? 0.0 : v);
    return t;
}

}  // namespace trialcrf
