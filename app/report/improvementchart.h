// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartlayout.h"
#include "chartstyle.h"
#include "trajectorydata.h"

#include <QCoreApplication>
#include <QPainter>

namespace trialcrf {

/// PASI improvement % by week for one subject, with the PASI 50/75/90 levels as lines.
class ImprovementChart {
    Q_DECLARE_TR_FUNCTIONS(ImprovementChart)
public:
    /// y from min(0, the lowest improvement rounded down to 25 %) to kTopPct.
    static constexpr double kTopPct = 110;
    static constexpr double kStepPct = 25;
    static ChartLayout layout(const QRectF &rect, const TrajectoryData &data,
                              const ChartStyle &style);
    static void paint(QPainter &painter, const QRectF &rect, const TrajectoryData &data,
                      const ChartStyle &style);
    static QString title(const TrajectoryData &data);
    static QString emptyText();
    static QString toolTipAt(const QRectF &rect, const TrajectoryData &data,
                             const ChartStyle &style, const QPointF &pos);
    /// Lower end of an improvement axis whose lowest value is minPct.
    static double axisMin(double minPct);
};

inline void paintImprovement(QPainter &painter, const QRectF &rect, const TrajectoryData &data,
                             const ChartStyle &style)
{
    ImprovementChart::paint(painter, rect, data, style);
}

}  // namespace trialcrf
