// SPDX-License-Identifier: Apache-2.0
#include "storage/row.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trialcrf {

namespace {
QVariant null(QMetaType::Type t)
{
    return QVariant(QMetaType(t));
}
}  // namespace

Row &Row::add(const QString &column, const QVariant &value, const QString &text,
              const QJsonValue &json, bool stored)
{
    m_fields.append({column, value, text, json, stored});
    return *this;
}

Row &Row::text(const QString &column, const QString &value)
{
    if (value.isEmpty())
        return add(column, null(QMetaType::QString), {}, {});
    return add(column, value, value, value);
}

Row &Row::integer(const QString &column, std::optional<qint64> value)
{
    if (!value)
        return add(column, null(QMetaType::LongLong), {}, {});
    const QString t = QString::number(*value);
    return add(column, *value, t, t);
}

Row &Row::real(const QString &column, std::optional<double> value)
{
    if (!value)
        return add(column, null(QMetaType::Double), {}, {});
    const QString t = realText(*value);
    return add(column, *value, t, t);
}

Row &Row::yesNo(const QString &column, std::optional<bool> value)
{
    if (!value)
        return add(column, null(QMetaType::Int), {}, {});
    const QString t = *value ? QStringLiteral("yes") : QStringLiteral("no");
    return add(column, *value ? 1 : 0, t, t);
}

Row &Row::flag(const QString &column, bool value)
{
    const QString t = value ? QStringLiteral("yes") : QStringLiteral("no");
    return add(column, value ? 1 : 0, t, t);
}

Row &Row::date(const QString &column, const std::optional<QDate> &value)
{
    if (!value || !value->isValid())
        return add(column, null(QMetaType::QString), {}, {});
    const QString t = dateText(*value);
    return add(column, t, t, t);
}

Row &Row::time(const QString &column, const std::optional<QTime> &value)
{
    if (!value || !value->isValid())
        return add(column, null(QMetaType::QString), {}, {});
    const QString t = timeText(*value);
    return add(column, t, t, t);
}

Row &Row::timestamp(const QString &column, const QDateTime &value)
{
    if (!value.isValid())
        return add(column, null(QMetaType::QString), {}, {});
    const QString t = value.toUTC().toString(Qt::ISODateWithMs);
    return add(column, t, t, t);
}

Row &Row::lastDose(const QString &column, const rules::LastDose &value)
{
    if (value.never)
        return add(column, neverCode(), neverCode(), neverCode());
    return date(column, value.date);
}

Row &Row::auditOnly(const QString &column, const QJsonValue &json)
{
    QString t;
    if (json.isArray() && !json.toArray().isEmpty())
        t = QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    else if (json.isObject() && !json.toObject().isEmpty())
        t = QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    return add(column, {}, t, t.isEmpty() ? QJsonValue() : json, false);
}

const RowField *Row::field(const QString &column) const
{
    for (const RowField &f : m_fields) {
        if (f.column == column)
            return &f;
    }
    return nullptr;
}

QString Row::insertJson() const
{
    QJsonObject o;
    for (const RowField &f : m_fields) {
        if (!f.text.isEmpty())
            o.insert(f.column, f.json);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}  // namespace trialcrf
