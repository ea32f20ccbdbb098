// SPDX-License-Identifier: Apache-2.0
#include "exchange/csvvalues.h"

#include <QLocale>
#include <charconv>
#include <cmath>

namespace trialcrf::csvvalues {

namespace {

const QLatin1String kYes("yes"), kNo("no"), kNever("never");

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

/// "-12.50" style: optional minus, digits, optional dot and digits.
bool isPlainDecimal(QStringView s)
{
    if (s.startsWith(QLatin1Char('-')))
        s = s.mid(1);
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return allDigits(s);
    return allDigits(s.left(dot)) && allDigits(s.mid(dot + 1));
}

/// A number's text (already checked to be ASCII digits, '-' and '.') as char, for
/// std::from_chars: correctly rounded like QString::toDouble, without its locale machinery.
template <typename T>
bool fromAscii(QStringView s, T *out)
{
    char buffer[64];
    if (s.size() > qsizetype(sizeof buffer))
        return false;
    for (qsizetype i = 0; i < s.size(); ++i)
        buffer[i] = char(s[i].unicode());
    const char *end = buffer + s.size();
    const std::from_chars_result r = std::from_chars(buffer, end, *out);
    return r.ec == std::errc() && r.ptr == end;
}

const char *const kNotDate = QT_TRANSLATE_NOOP(
    "Validation", "\"%1\" is not a date: write it as YYYY-MM-DD, e.g. 2021-09-30.");

const char *const kNotNumber = QT_TRANSLATE_NOOP(
    "Validation", "\"%1\" is not a number: write digits with a dot as the decimal separator, "
                  "e.g. 63.5.");

}  // namespace

QByteArray date(const std::optional<QDate> &d)
{
    if (!d || !d->isValid())
        return {};
    return d->toString(Qt::ISODate).toLatin1();
}

QByteArray time(const std::optional<QTime> &t)
{
    if (!t || !t->isValid())
        return {};
    return t->toString(t->second() == 0 && t->msec() == 0 ? QStringLiteral("HH:mm")
                                                          : QStringLiteral("HH:mm:ss"))
        .toLatin1();
}

QByteArray dateTimeUtc(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    return dt.toUTC().toString(Qt::ISODateWithMs).toLatin1();
}

QByteArray yesNo(const std::optional<bool> &b)
{
    if (!b)
        return {};
    return *b ? QByteArrayLiteral("yes") : QByteArrayLiteral("no");
}

QByteArray decimal(const std::optional<double> &v)
{
    if (!v || !std::isfinite(*v))
        return {};
    QByteArray s = QByteArray::number(*v, 'f', QLocale::FloatingPointShortest);
    if (s == "-0")
        s = "0";
    return s;
}

QByteArray integer(const std::optional<qint64> &v)
{
    return v ? QByteArray::number(*v) : QByteArray();
}

QByteArray tenths(const std::optional<int> &v)
{
    return v ? rules::formatTenths(*v).toLatin1() : QByteArray();
}

QByteArray lastDose(const rules::LastDose &d)
{
    if (d.date)
        return date(d.date);
    return d.never ? QByteArrayLiteral("never") : QByteArray();
}

bool parseDate(const QString &text, std::optional<QDate> *out, const char **problem)
{
    const QStringView s = QStringView(text).trimmed();
    *out = std::nullopt;
    if (s.isEmpty())
        return true;
    if (s.size() != 10 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-') ||
        !allDigits(s.left(4)) || !allDigits(s.mid(5, 2)) || !allDigits(s.mid(8, 2))) {
        *problem = kNotDate;
        return false;
    }
    const QDate d(s.left(4).toInt(), s.mid(5, 2).toInt(), s.mid(8, 2).toInt());
    if (!d.isValid()) {
        *problem = QT_TRANSLATE_NOOP("Validation", "The date %1 does not exist.");
        return false;
    }
    *out = d;
    return true;
}

bool parseTime(const QString &text, std::optional<QTime> *out, const char **problem)
{
    const QStringView s = QStringView(text).trimmed();
    *out = std::nullopt;
    if (s.isEmpty())
        return true;
    const bool shape = (s.size() == 5 || (s.size() == 8 && s.at(5) == QLatin1Char(':'))) &&
                       s.at(2) == QLatin1Char(':') && allDigits(s.left(2)) &&
                       allDigits(s.mid(3, 2)) && (s.size() == 5 || allDigits(s.mid(6, 2)));
    const QTime t = shape ? QTime(s.left(2).toInt(), s.mid(3, 2).toInt(),
                                  s.size() == 8 ? s.mid(6, 2).toInt() : 0)
                          : QTime();
    if (!t.isValid()) {
        *problem = QT_TRANSLATE_NOOP("Validation",
                                     "\"%1\" is not a time: write it as HH:MM (24 hours), e.g. 09:30.");
        return false;
    }
    *out = t;
    return true;
}

bool parseDateTimeUtc(const QString &text, QDateTime *out, const char **problem)
{
    *out = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!out->isValid()) {
        *problem = QT_TRANSLATE_NOOP("Validation",
                                     "\"%1\" is not a date and time: write it as "
                                     "YYYY-MM-DDTHH:MM:SSZ.");
        return false;
    }
    *out = out->toUTC();
    return true;
}

bool parseYesNo(const QString &text, std::optional<bool> *out, const char **problem)
{
    const QStringView s = QStringView(text).trimmed();
    *out = std::nullopt;
    if (s.isEmpty())
        return true;
    if (s == kYes || s == kNo) {
        *out = s == kYes;
        return true;
    }
    *problem = QT_TRANSLATE_NOOP("Validation", "\"%1\" is neither yes nor no.");
    return false;
}

bool parseDecimal(const QString &text, std::optional<double> *out, const char **problem)
{
    const QStringView s = QStringView(text).trimmed();
    *out = std::nullopt;
    if (s.isEmpty())
        return true;
    bool ok = false;
    double v = 0.0;
    if (isPlainDecimal(s)) {
        ok = fromAscii(s, &v);
        if (!ok && s.size() > 64)  // a long run of digits: Qt's parser takes any length
            v = s.toDouble(&ok);
    }
    if (!ok || !std::isfinite(v)) {
        *problem = kNotNumber;
        return false;
    }
    *out = v;
    return true;
}

bool parseInteger(const QString &text, std::optional<qint64> *out, const char **problem)
{
    const QStringView s = QStringView(text).trimmed();
    *out = std::nullopt;
    if (s.isEmpty())
        return true;
    qint64 v = 0;
    // Out of range (more than 19 digits) is no whole number either.
    const bool ok = allDigits(s.startsWith(QLatin1Char('-')) ? s.mid(1) : s) && fromAscii(s, &v);
    if (!ok) {
        *problem = isPlainDecimal(s)
                       ? QT_TRANSLATE_NOOP("Validation", "\"%1\" is not a whole number.")
                       : kNotNumber;
        return false;
    }
    *out = v;
    return true;
}

bool parseTenths(const QString &text, std::optional<int> *out, const char **problem)
{
    const QStringView s = QStringView(text).trimmed();
    *out = std::nullopt;
    if (s.isEmpty())
        return true;
    std::optional<double> v;
    if (!parseDecimal(text, &v, problem))
        return false;
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    if ((dot >= 0 && s.size() - dot - 1 > 1) || std::fabs(*v) > 1e8) {
        *problem = QT_TRANSLATE_NOOP("Validation", "\"%1\" has more than one decimal.");
        return false;
    }
    *out = int(std::lround(*v * 10.0));
    return true;
}

bool parseLastDose(const QString &text, rules::LastDose *out, const char **problem)
{
    const QStringView s = QStringView(text).trimmed();
    *out = rules::LastDose{};
    if (s == kNever) {
        out->never = true;
        return true;
    }
    std::optional<QDate> d;
    if (!parseDate(text, &d, problem)) {
        if (*problem == kNotDate)
            *problem = QT_TRANSLATE_NOOP("Validation",
                                     "\"%1\" is neither a date (YYYY-MM-DD) nor \"never\".");
        return false;
    }
    out->date = d;
    return true;
}

}  // namespace trialcrf::csvvalues
