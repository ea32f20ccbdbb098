// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "palette.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QMarginsF>

namespace trialcrf {

/// Colours (the palette's ChartColours), fonts and sizes of the chart family. Every length is
/// in the painter's device units, so one paint routine serves the screen (logical pixels), a
/// QImage and a PDF page: build the style with the scale of the device (1 on screen, dpi / 96
/// on paper).
struct ChartStyle : ChartColours {
    qreal scale = 1;     ///< device units per logical (96 dpi) pixel
    bool pixelSnap = true;  ///< align thin lines to pixel centres (raster devices)
    QFont font;          ///< axis labels, legend; pixel size set by the factory
    QFont smallFont;     ///< values at points, table cells
    QFont titleFont;     ///< the chart title
    /// The plot area is the chart rectangle minus these margins (title and y labels on the
    /// left and top, threshold labels on the right, week labels, infusion marks and legend
    /// below). Tests compute expected pixels from them.
    QMarginsF margins;

    qreal lineWidth = 1.5;
    qreal thinLine = 1;
    qreal pointRadius = 4;

    /// Thin-line position: the centre of a device pixel when pixelSnap is on.
    qreal snap(qreal v) const;
    /// A length given in logical pixels, in device units.
    qreal px(qreal logical) const { return logical * scale; }

    /// The style for a screen or a QImage (logical pixels; the device pixel ratio of the
    /// target does the rest). `base` gives the font family; sizes are set here.
    static ChartStyle screen(const QFont &base = QFont());
    /// The style for a device of `dpi` dots per inch (a PDF page, a printer): every length
    /// scaled by dpi / 96, no pixel snapping.
    static ChartStyle forDpi(qreal dpi, const QFont &base = QFont());
};

}  // namespace trialcrf
