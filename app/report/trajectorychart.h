// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartlayout.h"
#include "chartstyle.h"
#include "trajectorydata.h"

#include <QCoreApplication>
#include <QPainter>

namespace trialcrf {

/// The patient PASI trajectory: PASI by week (screening left of week 0), the baseline as a
/// dashed line, the PASI 50/75/90 thresholds, infusion weeks marked on the axis (a dose
/// deviation in red, a week without an infusion hollow), visits out of their window ringed,
/// the value at each point, and a sentence when there is nothing to draw. A value being typed
/// on an open page (not saved) is a hollow point on a dashed segment, named in the legend.
class TrajectoryChart {
    Q_DECLARE_TR_FUNCTIONS(TrajectoryChart)
public:
    /// The value-to-pixel mapping used for this data in this rectangle: y from 0 to
    /// ChartLayout::pasiAxisMax(largest PASI), x with the screening slot.
    static ChartLayout layout(const QRectF &rect, const TrajectoryData &data,
                              const ChartStyle &style);
    static void paint(QPainter &painter, const QRectF &rect, const TrajectoryData &data,
                      const ChartStyle &style);

    static QString title(const TrajectoryData &data);
    static QString emptyText();
    /// The legend and tooltip words for a value typed on an open page and not saved yet.
    static QString provisionalText();
    /// Tooltip of point `index`: visit, date, PASI, improvement %, window flag.
    static QString pointToolTip(const TrajectoryData &data, int index);
    /// Tooltip of infusion mark `index`: date, target and actual dose, deviation.
    static QString infusionToolTip(const TrajectoryData &data, int index);
    /// Index of the point under `pos` (within a few pixels), or -1.
    static int pointAt(const ChartLayout &layout, const TrajectoryData &data,
                       const ChartStyle &style, const QPointF &pos);
    /// The tooltip for whatever is under `pos` (a point or an infusion mark); empty if none.
    static QString toolTipAt(const QRectF &rect, const TrajectoryData &data,
                             const ChartStyle &style, const QPointF &pos);
};

/// The one routine that draws the trajectory on screen, into a PNG and into the PDF.
inline void paintTrajectory(QPainter &painter, const QRectF &rect, const TrajectoryData &data,
                            const ChartStyle &style)
{
    TrajectoryChart::paint(painter, rect, data, style);
}

}  // namespace trialcrf
