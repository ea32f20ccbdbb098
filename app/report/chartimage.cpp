// SPDX-License-Identifier: Apache-2.0
#include "chartimage.h"

#include <QDir>
#include <QImageWriter>
#include <QSaveFile>

namespace trialcrf {

QImage ChartImage::render(const PaintFunction &paint, const QSize &logicalSize,
                          qreal devicePixelRatio, const ChartStyle &style)
{
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1;
    QImage image(logicalSize * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(style.background);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)), style);
    painter.end();
    return image;
}

bool ChartImage::savePng(const PaintFunction &paint, const QString &path, const QSize &logicalSize,
                         qreal devicePixelRatio, QString *error, const ChartStyle &style)
{
    const QImage image = render(paint, logicalSize, devicePixelRatio, style);
    // Written through QSaveFile, so a failed save never leaves half a PNG behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path),
                              writer.error() != QImageWriter::UnknownError ? writer.errorString()
                                                                            : file.errorString());
        return false;
    }
    return true;
}

}  // namespace trialcrf
