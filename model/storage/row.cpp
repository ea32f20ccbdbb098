// SPDX-License-Identifier: Apache-2.0
#include "storage/row.h"

#include <algorithm>

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
    const QString t = QString::number(*value);
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
    const QString t = value.toUTC().toString(Qt::ISODateWithMs);
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
        out += QLatin1String("\\u");
        for (int shift = 12; shift >= 0; shift -= 4)
            out += QLatin1Char(hex[(u >> shift) & 0xf]);
    };
    out += QLatin1Char('"');
    const char16_t *src = text.utf16();
    const char16_t *end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out += QChar(u);
                continue;
            }
            out += QLatin1Char('\\');
            switch (u) {
            case u'"': out += QLatin1Char('"'); break;
            case u'\\': out += QLatin1Char('\\'); break;
            case 0x8: out += QLatin1Char('b'); break;
            case 0xc: out += QLatin1Char('f'); break;
            case 0xa: out += QLatin1Char('n'); break;
            case 0xd: out += QLatin1Char('r'); break;
            case 0x9: out += QLatin1Char('t'); break;
            default:
                out.chop(1);
                escape4(u);
            }
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            out += QChar(u);
            out += QChar(*src++);
        } else if (QChar::isSurrogate(u)) {
            escape4(u);  // a lone surrogate has no UTF-8: QJsonDocument escapes it
        } else {
            out += QChar(u);
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
    // QJsonObject keeps its keys sorted (QString order).
    std::sort(recorded.begin(), recorded.end(),
              [](const RowField *a, const RowField *b) { return a->column < b->column; });
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
