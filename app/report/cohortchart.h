// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartlayout.h"
#include "chartstyle.h"
#include "cohortdata.h"

#include <QCoreApplication>
#include <QPainter>

namespace trialcrf {

/// The cohort view: every subject's improvement % by week as a thin line, the mean with a
/// ± 1 SD band, the PASI 50/75/90 levels; and the table of responders per visit (n and %).
class CohortChart {
    Q_DECLARE_TR_FUNCTIONS(CohortChart)
public:
    static ChartLayout layout(const QRectF &rect, const CohortData &data, const ChartStyle &style);
    /// The chart alone.
    static void paintChart(QPainter &painter, const QRectF &rect, const CohortData &data,
                           const ChartStyle &style);
    /// The responders table alone: one row per post-baseline visit.
    static void paintResponders(QPainter &painter, const QRectF &rect, const CohortData &data,
                                const ChartStyle &style);
    /// Height the responders table needs.
    static qreal respondersHeight(const CohortData &data, const ChartStyle &style,
                                  const QPaintDevice *device);
    /// Chart above, table below, in one rectangle (the screen view and the PNG).
    static void paint(QPainter &painter, const QRectF &rect, const CohortData &data,
                      const ChartStyle &style);

    static QString title(const CohortData &data);
    static QString emptyText();
    static QString toolTipAt(const QRectF &rect, const CohortData &data, const ChartStyle &style,
                             const QPointF &pos);
    /// "3 (60.0 %)"
    static QString responderCell(const CohortVisit &visit, int levelIndex);
};

inline void paintCohort(QPainter &painter, const QRectF &rect, const CohortData &data,
                        const ChartStyle &style)
{
    CohortChart::paint(painter, rect, data, style);
}

}  // namespace trialcrf
