// SPDX-License-Identifier: Apache-2.0
#include "storage/row.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string_view>

namespace trialcrf {

namespace {
QVariant null(QMetaType::Type t)
{
    return QVariant(QMetaType(t));
}
}  // namespace

Row &Row::add(const QString &column, const QVariant &value, const QString &text, bool stored,
              bool jsonText)
{
    if (m_fields.isEmpty())
        m_fields.reserve(kTypicalFields);  // one allocation, not a regrowth every few fields
    m_fields.append({column, value, text, stored, jsonText});
    return *this;
}

Row &Row::text(const QString &column, const QString &value)
{
    if (value.isEmpty())
        return add(column, null(QMetaType::QString), {});
    return add(column, value, value);
}

Row &Row::integer(const QString &column, std::optional<qint64> value)
{
    if (!value)
        return add(column, null(QMetaType::LongLong), {});
    const QString t = integerText(*value);
    return add(column, *value, t);
}

Row &Row::real(const QString &column, std::optional<double> value)
{
    if (!value)
        return add(column, null(QMetaType::Double), {});
    const QString t = realText(*value);
    return add(column, *value, t);
}

Row &Row::yesNo(const QString &column, std::optional<bool> value)
{
    if (!value)
        return add(column, null(QMetaType::Int), {});
    const QString t = *value ? QStringLiteral("yes") : QStringLiteral("no");
    return add(column, *value ? 1 : 0, t);
}

Row &Row::flag(const QString &column, bool value)
{
    const QString t = value ? QStringLiteral("yes") : QStringLiteral("no");
    return add(column, value ? 1 : 0, t);
}

Row &Row::date(const QString &column, const std::optional<QDate> &value)
{
    if (!value || !value->isValid())
        return add(column, null(QMetaType::QString), {});
    const QString t = dateText(*value);
    return add(column, t, t);
}

Row &Row::time(const QString &column, const std::optional<QTime> &value)
{
    if (!value || !value->isValid())
        return add(column, null(QMetaType::QString), {});
    const QString t = timeText(*value);
    return add(column, t, t);
}

Row &Row::timestamp(const QString &column, const QDateTime &value)
{
    if (!value.isValid())
        return add(column, null(QMetaType::QString), {});
    const QString t = timestampText(value);
    return add(column, t, t);
}

Row &Row::lastDose(const QString &column, const rules::LastDose &value)
{
    if (value.never)
        return add(column, neverCode(), neverCode());
    return date(column, value.date);
}

Row &Row::auditOnly(const QString &column, const QString &json)
{
    return add(column, {}, json, false, true);
}

namespace {

char16_t *putDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    return out + width;
}

/// The text of `magnitude` / 10^`decimals`: every digit of the whole part (at least one), a
/// point and exactly `decimals` digits when there are any, a minus first when `negative`.
QString decimalText(quint64 magnitude, int decimals, bool negative)
{
    char16_t digits[24];  // 20 digits of a quint64, the point and the sign
    char16_t *const end = digits + std::size(digits);
    char16_t *p = end;
    for (int i = 0; i < decimals; ++i) {
        *--p = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    }
    if (decimals > 0)
        *--p = u'.';
    do {
        *--p = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (negative)
        *--p = u'-';
    return QString(reinterpret_cast<const QChar *>(p), qsizetype(end - p));
}

}  // namespace

QString Row::integerText(qint64 v)
{
    // The magnitude as unsigned, so the smallest qint64 has one too.
    return decimalText(v < 0 ? 0 - quint64(v) : quint64(v), 0, v < 0);
}

QString Row::realText(double v)
{
    // %.15g (which QString::number(v, 'g', 15) follows, except that it writes -0 as 0)
    // writes a value of 1e-4 <= |v| < 1e15 in fixed notation, rounded to 15 significant
    // digits, trailing zeros dropped. When v is the double nearest to a decimal m / 10^k with
    // |m| < 10^15 (at most 15 significant digits), that rounding gives back exactly that
    // decimal: v is within half an ulp of it (2^-53 relative), half a step of the 15-digit
    // grid is at least 5 * 10^-16 relative. m / 10^k is exact in both operands and correctly
    // rounded, so `m / 10^k == v` is the test; the smallest k that passes has no trailing
    // zero. Everything else (more decimals, other magnitudes, inf, nan) is Qt's to write.
    static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    if (v == 0.0)
        return QStringLiteral("0");
    const double magnitude = std::fabs(v);
    if (magnitude >= 1e-4 && magnitude < 1e15) {
        for (int k = 0; k < int(std::size(kPow10)); ++k) {
            const double m = std::nearbyint(magnitude * kPow10[k]);
            if (m >= 1e15)
                break;
            if (m / kPow10[k] == magnitude)
                return decimalText(quint64(m), k, v < 0);
        }
    }
    return QString::number(v, 'g', 15);
}

QString Row::dateText(const QDate &d)
{
    if (!d.isValid() || d.year() < 0 || d.year() > 9999)
        return d.toString(Qt::ISODate);  // outside yyyy: whatever Qt writes (none in a study)
    QString out(10, Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    p = putDigits(p, d.year(), 4);
    *p++ = u'-';
    p = putDigits(p, d.month(), 2);
    *p++ = u'-';
    putDigits(p, d.day(), 2);
    return out;
}

QString Row::timeText(const QTime &t)
{
    if (!t.isValid())
        return {};
    QString out(5, Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    p = putDigits(p, t.hour(), 2);
    *p++ = u':';
    putDigits(p, t.minute(), 2);
    return out;
}

QString Row::timestampText(const QDateTime &utc)
{
    const QDateTime u = utc.toUTC();
    const QDate d = u.date();
    if (!u.isValid() || d.year() < 0 || d.year() > 9999)
        return u.toString(Qt::ISODateWithMs);
    const QTime t = u.time();
    QString out(24, Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    p = putDigits(p, d.year(), 4);
    *p++ = u'-';
    p = putDigits(p, d.month(), 2);
    *p++ = u'-';
    p = putDigits(p, d.day(), 2);
    *p++ = u'T';
    p = putDigits(p, t.hour(), 2);
    *p++ = u':';
    p = putDigits(p, t.minute(), 2);
    *p++ = u':';
    p = putDigits(p, t.second(), 2);
    *p++ = u'.';
    p = putDigits(p, t.msec(), 3);
    *p = u'Z';
    return out;
}

const RowField *Row::field(const QString &column) const
{
    for (const RowField &f : m_fields) {
        if (f.column == column)
            return &f;
    }
    return nullptr;
}

void Row::appendJsonString(QString &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const auto escape4 = [&out](char16_t u) {
        const char16_t e[6] = {u'\\', u'u', char16_t(hex[(u >> 12) & 0xf]),
                               char16_t(hex[(u >> 8) & 0xf]), char16_t(hex[(u >> 4) & 0xf]),
                               char16_t(hex[u & 0xf])};
        out.append(reinterpret_cast<const QChar *>(e), 6);
    };
    out += QLatin1Char('"');
    const char16_t *src = text.utf16();
    const char16_t *end = src + text.size();
    while (src != end) {
        // The longest run that needs no escape is copied at once (nearly every value is one).
        const char16_t *run = src;
        while (src != end) {
            const char16_t u = *src;
            if (u < 0x20 || u == u'"' || u == u'\\')
                break;
            if (QChar::isSurrogate(u)) {
                if (QChar::isHighSurrogate(u) && src + 1 != end && QChar::isLowSurrogate(src[1])) {
                    src += 2;  // a valid pair is written as it is
                    continue;
                }
                break;
            }
            ++src;
        }
        if (src != run)
            out.append(reinterpret_cast<const QChar *>(run), src - run);
        if (src == end)
            break;
        const char16_t u = *src++;
        switch (u) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case 0x8: out += QLatin1String("\\b"); break;
        case 0xc: out += QLatin1String("\\f"); break;
        case 0xa: out += QLatin1String("\\n"); break;
        case 0xd: out += QLatin1String("\\r"); break;
        case 0x9: out += QLatin1String("\\t"); break;
        default:
            escape4(u);  // other control characters; a lone surrogate has no UTF-8 either
        }
    }
    out += QLatin1Char('"');
}

QString Row::insertJson() const
{
    QList<const RowField *> recorded;
    recorded.reserve(m_fields.size());
    for (const RowField &f : m_fields) {
        if (!f.text.isEmpty())
            recorded << &f;
    }
    // QJsonObject keeps its keys sorted (QString order: UTF-16 code units).
    std::sort(recorded.begin(), recorded.end(), [](const RowField *a, const RowField *b) {
        const auto units = [](const QString &s) {
            return std::u16string_view(reinterpret_cast<const char16_t *>(s.constData()),
                                       size_t(s.size()));
        };
        return units(a->column) < units(b->column);
    });
    QString out;
    out.reserve(32 * recorded.size() + 2);
    out += QLatin1Char('{');
    for (const RowField *f : std::as_const(recorded)) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        appendJsonString(out, f->column);
        out += QLatin1Char(':');
        if (f->jsonText)
            out += f->text;
        else
            appendJsonString(out, f->text);
    }
    out += QLatin1Char('}');
    return out;
}

QString Row::jsonArray(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
}

}  // namespace trialcrf
