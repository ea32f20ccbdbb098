// SPDX-License-Identifier: Apache-2.0
#include "displayformat.h"

#include <QLocale>
#include <cmath>
#include <cstdlib>

namespace trialcrf {

QString DisplayFormat::grouped(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

QString DisplayFormat::scientific(qint64 value)
{
    if (value == 0)
        return QStringLiteral("0");
    int exponent = 0;
    double mantissa = double(value);
    while (std::abs(mantissa) >= 10.0) {
        mantissa /= 10.0;
        ++exponent;
    }
    // Rounding can carry into the next power: 9.996 × 10^7 shows as 1.00 × 10^8.
    if (std::abs(std::round(mantissa * 100.0) / 100.0) >= 10.0) {
        mantissa /= 10.0;
        ++exponent;
    }
    return tr("%1 × 10^%2").arg(QLocale().toString(mantissa, 'f', 2)).arg(exponent);
}

QString DisplayFormat::cells(qint64 value)
{
    return tr("%1 cells (%2)").arg(grouped(value), scientific(value));
}

QString DisplayFormat::dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString DisplayFormat::date(const std::optional<QDate> &d)
{
    if (!d || !d->isValid())
        return dash();
    return QLocale().toString(*d, dateFormat());
}

QString DisplayFormat::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return dash();
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local.date(), dateFormat()) + QLatin1Char(' ')
           + local.time().toString(QStringLiteral("HH:mm"));
}

QString DisplayFormat::number(double value, int decimals)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', decimals);
}

QString DisplayFormat::tenths(int tenths)
{
    return number(tenths / 10.0, 1);
}

QString DisplayFormat::dash()
{
    return QStringLiteral("—");
}

QString DisplayFormat::errorStyle()
{
    return QStringLiteral("color: #b3261e;");
}

QString DisplayFormat::noticeStyle()
{
    return QStringLiteral("color: #7a4f00;");
}

}  // namespace trialcrf
