// SPDX-License-Identifier: Apache-2.0
#include "chartstyle.h"

#include <QtMath>

namespace trialcrf {

namespace {

QFont sized(const QFont &base, qreal pixels, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(qMax(1, qRound(pixels)));
    f.setBold(bold);
    return f;
}

ChartStyle scaled(qreal scale, const QFont &base)
{
    ChartStyle s;
    s.scale = scale;
    s.font = sized(base, 12 * scale);
    s.smallFont = sized(base, 11 * scale);
    s.titleFont = sized(base, 13 * scale, true);
    s.margins = QMarginsF(56 * scale, 36 * scale, 64 * scale, 64 * scale);
    s.lineWidth = 1.5 * scale;
    s.thinLine = 1 * scale;
    s.pointRadius = 4 * scale;
    return s;
}

}  // namespace

qreal ChartStyle::snap(qreal v) const
{
    return pixelSnap ? qFloor(v) + 0.5 : v;
}

ChartStyle ChartStyle::screen(const QFont &base)
{
    return scaled(1, base);
}

ChartStyle ChartStyle::forDpi(qreal dpi, const QFont &base)
{
    ChartStyle s = scaled(dpi / 96.0, base);
    s.pixelSnap = false;
    return s;
}

}  // namespace trialcrf
