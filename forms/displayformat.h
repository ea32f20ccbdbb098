// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <optional>

namespace trialcrf {

struct FieldError;

/// Numbers and dates as the UI shows them, in the current locale (QLocale()) and language.
/// Stored values stay ISO dates and dot decimals; this is display only.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)

public:
    /// An integer with the locale's group separators even where the locale omits them by
    /// default (the C locale): "127,000,000".
    static QString grouped(qint64 value);
    /// "1.27 × 10⁸": a cell count in scientific notation, two decimals, the exponent in
    /// superscript digits (as the protocol writes it).
    static QString scientific(qint64 value);
    /// An integer in Unicode superscript digits: 8 → "⁸", 12 → "¹²", -3 → "⁻³".
    static QString superscript(int value);
    /// "127,000,000 cells (1.27 × 10⁸)": the grouped full number and the scientific form.
    static QString cells(qint64 value);
    /// A date in the locale's short format with a four-digit year; "—" when not recorded.
    static QString date(const std::optional<QDate> &d);
    /// A moment (UTC stored) in local time, locale's short format.
    static QString dateTime(const QDateTime &utc);
    /// The locale's short date format with the year widened to four digits ("M/d/yyyy").
    static QString dateFormat();
    /// A number with the given decimals in the locale ("63.5").
    static QString number(double value, int decimals);
    /// Tenths as one decimal: 126 → "12.6" (locale decimal point).
    static QString tenths(int tenths);
    /// A stored value of a column (storage text: ISO date, code, dot decimal, 0/1) as the
    /// forms show it: dates in the UI format, codes and yes/no as labels, tenths and decimals
    /// in the locale, a JSON list (vital signs) in words; an empty value "Not recorded".
    static QString storedValue(const QString &column, const QString &stored, bool json = false);
    /// "—": shown for a value that cannot be computed yet.
    static QString dash();

    /// The order of day, month and year in dateFormat(): "MDY" (English), "YMD" (Chinese)
    /// or "DMY". Typed dates are read in this order.
    static QString dateOrder();
    /// "month/day/year", "year/month/day" or "day/month/year", translated, in dateOrder().
    static QString dateOrderWords();
    /// A time of day as the fields show it: "09:30" (24 hours).
    static QString time(const QTime &t);
    /// Typed text as the fields read it: full-width digits, letters and punctuation of a
    /// Chinese input method made half-width ("１２．５" → "12.5", "：" → ":", "，" → ","),
    /// the ideographic full stop "。" read as ".", the minus sign U+2212 as "-", and
    /// leading/trailing spaces removed.
    static QString halfWidth(const QString &typed);
    /// The message of a validation error in the current language, with its ISO-date
    /// arguments ("2024-06-03", as model/ passes them) shown in dateFormat().
    static QString errorText(const FieldError &error);
};

}  // namespace trialcrf
