// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QMarginsF>

namespace trialcrf {

/// Colours, fonts and sizes of the chart family. Every length is in the painter's device
/// units, so one paint routine serves the screen (logical pixels), a QImage and a PDF page:
/// build the style with the scale of the device (1 on screen, dpi / 96 on paper).
struct ChartStyle {
    qreal scale = 1;     ///< device units per logical (96 dpi) pixel
    bool pixelSnap = true;  ///< align thin lines to pixel centres (raster devices)
    QFont font;          ///< axis labels, legend; pixel size set by the factory
    QFont smallFont;     ///< values at points, table cells
    QFont titleFont;     ///< the chart title
    /// The plot area is the chart rectangle minus these margins (title and y labels on the
    /// left and top, threshold labels on the right, week labels, infusion marks and legend
    /// below). Tests compute expected pixels from them.
    QMarginsF margins;

    QColor background{0xff, 0xff, 0xff};
    QColor text{0x20, 0x24, 0x2a};
    QColor mutedText{0x5f, 0x66, 0x70};
    QColor axis{0x44, 0x4a, 0x52};
    QColor grid{0xe3, 0xe6, 0xea};
    QColor line{0x6f, 0x9c, 0xd8};         ///< the series line between points
    QColor marker{0x1f, 0x5f, 0xbf};       ///< the series points (kept unique: tests scan it)
    QColor provisional{0x9c, 0x27, 0xb0};  ///< a value typed on an open page, not saved yet
    QColor baseline{0x55, 0x55, 0x55};     ///< the dashed baseline
    QList<QColor> thresholds{QColor(0xd9, 0x8c, 0x1f), QColor(0x2e, 0x9e, 0x5b),
                             QColor(0x1b, 0x6e, 0x45)};  ///< PASI 50, 75, 90
    QColor infusion{0x1d, 0x8a, 0x99};     ///< an infusion given within the dose tolerance
    QColor deviation{0xc6, 0x28, 0x28};    ///< a dose outside the tolerance
    QColor planned{0xa0, 0xa6, 0xad};      ///< an infusion week without a recorded infusion
    QColor outOfWindow{0xe0, 0x6c, 0x00};  ///< ring around a visit done outside its window
    QColor subjectLine{0x6f, 0x9c, 0xd8, 0x70};  ///< one subject in the cohort chart
    QColor band{0x1f, 0x5f, 0xbf, 0x30};   ///< mean ± SD band
    QColor mean{0x0d, 0x3b, 0x80};         ///< cohort mean line and points

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
