// SPDX-License-Identifier: Apache-2.0
#include "displayformat.h"

#include "labels/codelabels.h"
#include "labels/fieldlabels.h"
#include "records/fielderror.h"

#include <QLocale>
#include <QRegularExpression>
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
    // Rounding can carry into the next power: 9.996 × 10⁷ shows as 1.00 × 10⁸.
    if (std::abs(std::round(mantissa * 100.0) / 100.0) >= 10.0) {
        mantissa /= 10.0;
        ++exponent;
    }
    return tr("%1 × 10%2", "mantissa, superscript exponent")
        .arg(QLocale().toString(mantissa, 'f', 2), superscript(exponent));
}

QString DisplayFormat::superscript(int value)
{
    // U+2070, U+00B9, U+00B2, U+00B3, U+2074 … U+2079; U+207B for the minus.
    static const char16_t digits[] = u"\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
    const QString plain = QString::number(value);
    QString out;
    out.reserve(plain.size());
    for (const QChar c : plain)
        out += c == QLatin1Char('-') ? QChar(0x207B) : QChar(digits[c.unicode() - '0']);
    return out;
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

QString DisplayFormat::storedValue(const QString &column, const QString &stored, bool json)
{
    if (stored.isEmpty())
        return CodeLabels::notRecorded();
    if (json)
        return FieldLabels::json(stored);
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (isoDate.match(stored).hasMatch()) {
        const QDate d = QDate::fromString(stored, Qt::ISODate);
        if (d.isValid())
            return date(d);
    }
    const QString labelled = FieldLabels::value(column, stored);
    if (labelled != stored)
        return labelled;
    static const QRegularExpression decimal(QStringLiteral("^-?\\d+\\.(\\d+)$"));
    const QRegularExpressionMatch m = decimal.match(stored);
    if (m.hasMatch())
        return number(stored.toDouble(), int(m.capturedLength(1)));
    return stored;
}

QString DisplayFormat::dash()
{
    return QStringLiteral("—");
}

QString DisplayFormat::dateOrder()
{
    const QString format = dateFormat();
    const qsizetype d = format.indexOf(QLatin1Char('d'));
    const qsizetype m = format.indexOf(QLatin1Char('M'));
    const qsizetype y = format.indexOf(QLatin1Char('y'));
    if (y >= 0 && y < m && y < d)
        return QStringLiteral("YMD");
    if (d >= 0 && d < m)
        return QStringLiteral("DMY");
    return QStringLiteral("MDY");
}

QString DisplayFormat::dateOrderWords()
{
    const QString order = dateOrder();
    if (order == QLatin1String("YMD"))
        return tr("year/month/day");
    if (order == QLatin1String("DMY"))
        return tr("day/month/year");
    return tr("month/day/year");
}

QString DisplayFormat::time(const QTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm")) : dash();
}

QString DisplayFormat::halfWidth(const QString &typed)
{
    QString t = typed.normalized(QString::NormalizationForm_KC);
    t.replace(QChar(0x3002), QLatin1Char('.'));  // 。 ideographic full stop
    t.replace(QChar(0x2212), QLatin1Char('-'));  // − minus sign
    t.replace(QChar(0xFE63), QLatin1Char('-'));  // ﹣ small hyphen-minus
    t.replace(QChar(0x3001), QLatin1Char(','));  // 、 ideographic comma
    return t.trimmed();
}

QString DisplayFormat::errorText(const FieldError &error)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    FieldError shown = error;
    for (QString &arg : shown.args) {
        if (!iso.match(arg).hasMatch())
            continue;
        const QDate d = QDate::fromString(arg, Qt::ISODate);
        if (d.isValid())
            arg = date(d);
    }
    return shown.text();
}

}  // namespace trialcrf
