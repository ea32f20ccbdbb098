// SPDX-License-Identifier: Apache-2.0
#include "palette.h"

namespace trialcrf {

QColor Palette::error()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor Palette::notice()
{
    return QColor(0x7a, 0x4f, 0x00);
}

QColor Palette::warning()
{
    return QColor(0x8a, 0x53, 0x00);
}

QColor Palette::ok()
{
    return QColor(0x1b, 0x5e, 0x20);
}

QColor Palette::note()
{
    return QColor(0x5f, 0x63, 0x68);
}

QColor Palette::bannerBackground()
{
    return QColor(0xff, 0xf4, 0xce);
}

QColor Palette::bannerText()
{
    return QColor(0x3d, 0x30, 0x00);
}

QColor Palette::bannerBorder()
{
    return QColor(0xe0, 0xc0, 0x60);
}

QColor Palette::demo()
{
    return QColor(0xff, 0xd8, 0x4d);
}

QColor Palette::highlight()
{
    return QColor(0xff, 0xf2, 0xa8);
}

QColor Palette::lockScreen()
{
    return QColor(0x2b, 0x3a, 0x4a);
}

QColor Palette::onLight()
{
    return QColor(0x00, 0x00, 0x00);
}

QColor Palette::stateBackground(const QString &stateCode)
{
    if (stateCode == QLatin1String("overdue") || stateCode == QLatin1String("changed_since_signed"))
        return QColor(0xf4, 0xc7, 0xc3);
    if (stateCode == QLatin1String("out_of_window"))
        return QColor(0xfc, 0xdc, 0xb0);
    if (stateCode == QLatin1String("due"))
        return highlight();
    if (stateCode == QLatin1String("done") || stateCode == QLatin1String("approved"))
        return QColor(0xcd, 0xec, 0xcf);
    if (stateCode == QLatin1String("reviewed"))
        return QColor(0xd6, 0xe4, 0xf7);
    if (stateCode == QLatin1String("incomplete"))
        return QColor(0xfc, 0xe8, 0xb2);
    return QColor();
}

QString Palette::textStyle(const QColor &color, bool bold)
{
    return bold ? QStringLiteral("color: %1; font-weight: bold;").arg(color.name())
                : QStringLiteral("color: %1;").arg(color.name());
}

QString Palette::bannerStyle(int paddingPx, const QColor &background)
{
    return QStringLiteral(
               "QLabel { background: %1; color: %2; border: 1px solid %3; padding: %4px; }")
        .arg(background.name(), bannerText().name(), bannerBorder().name())
        .arg(paddingPx);
}

QString Palette::onLightStyle(const QColor &background, const QString &padding, bool bold)
{
    return QStringLiteral("background: %1; color: %2;%3 padding: %4;")
        .arg(background.name(), onLight().name(),
             bold ? QStringLiteral(" font-weight: bold;") : QString(), padding);
}

}  // namespace trialcrf
