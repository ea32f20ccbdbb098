// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartstyle.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QSize>
#include <functional>

namespace trialcrf {

/// Renders a chart paint routine into an image: `logicalSize` in logical pixels, the image
/// `devicePixelRatio` times larger and tagged with it, so it stays crisp on high-DPI screens
/// and in documents.
class ChartImage {
    Q_DECLARE_TR_FUNCTIONS(ChartImage)
public:
    using PaintFunction = std::function<void(QPainter &, const QRectF &, const ChartStyle &)>;

    static QImage render(const PaintFunction &paint, const QSize &logicalSize,
                         qreal devicePixelRatio, const ChartStyle &style = ChartStyle::screen());
    /// Renders and writes a PNG; false with *error set (translated) when it cannot be written.
    static bool savePng(const PaintFunction &paint, const QString &path, const QSize &logicalSize,
                        qreal devicePixelRatio, QString *error,
                        const ChartStyle &style = ChartStyle::screen());
};

}  // namespace trialcrf
