// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSize>
#include <QStringList>
#include <functional>

class QPainter;

namespace trialcrf {

/// The texts a paint routine draws, in drawing order: it paints on a device that records
/// each text item instead of pixels. A chart is painted, not built from widgets, so this is
/// how the language checks (and accessibility) read what it shows.
class PaintedTexts {
public:
    /// Runs `paint` on a recording device of `size` (logical pixels, 96 dpi) and returns every
    /// text it drew; adjacent pieces of one line (a script or font change) are joined.
    static QStringList of(const std::function<void(QPainter &)> &paint, QSize size);
};

}  // namespace trialcrf
