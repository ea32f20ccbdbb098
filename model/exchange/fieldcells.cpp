// SPDX-License-Identifier: Apache-2.0
#include "exchange/fieldcells.h"

#include "exchange/csvvalues.h"
#include "exchange/storedcells.h"
#include "storage/row.h"

namespace trialcrf::fieldcells {

namespace cv = csvvalues;

namespace {

using fieldvalue::opt;
using fieldvalue::value;

bool isText(FieldType t)
{
    return t == FieldType::Text || t == FieldType::Code || t == FieldType::CodeList;
}

QString text(const FieldValue &v)
{
    if (const QStringList *list = std::get_if<QStringList>(&v))
        return list->join(QLatin1Char(';'));
    return opt<QString>(v).value_or(QString());
}

}  // namespace

QByteArray csv(const FieldInfo &f, const FieldValue &v)
{
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Code:
    case FieldType::CodeList:
        return text(v).toUtf8();
    case FieldType::YesNo:
    case FieldType::Flag:
        return cv::yesNo(opt<bool>(v));
    case FieldType::Integer:
        return cv::integer(opt<qint64>(v));
    case FieldType::Tenths: {
        const std::optional<qint64> t = opt<qint64>(v);
        return cv::tenths(t ? std::optional<int>(int(*t)) : std::nullopt);
    }
    case FieldType::Decimal:
        return cv::decimal(opt<double>(v));
    case FieldType::Date:
        return cv::date(opt<QDate>(v));
    case FieldType::Time:
        return cv::time(opt<QTime>(v));
    case FieldType::DateTime: {
        const std::optional<QDateTime> t = opt<QDateTime>(v);
        return t ? Row::timestampText(*t).toLatin1() : QByteArray();
    }
    case FieldType::LastDose:
        return cv::lastDose(opt<rules::LastDose>(v).value_or(rules::LastDose{}));
    }
    return {};
}

QString odm(const FieldInfo &f, const FieldValue &v)
{
    if (f.type == FieldType::Time) {  // ODM times carry seconds
        const std::optional<QTime> t = opt<QTime>(v);
        return t && t->isValid() ? t->toString(QStringLiteral("HH:mm:ss")) : QString();
    }
    if (isText(f.type))
        return text(v);
    return QString::fromUtf8(csv(f, v));
}

void add(CsvWriter &w, const FieldInfo &f, const FieldValue &v)
{
    if (isText(f.type))
        w.addField(text(v));
    else
        w.addUtf8Field(csv(f, v));
}

FieldValue stored(const FieldInfo &f, const ExchangeQueries::Row &row, int column)
{
    if (row.isNull(column))
        return f.type == FieldType::Flag ? FieldValue(false) : FieldValue();
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Code:
        return QString::fromUtf8(row.bytes(column));
    case FieldType::CodeList: {
        const QString t = QString::fromUtf8(row.bytes(column));
        return t.isEmpty() ? QStringList() : t.split(QLatin1Char(';'));
    }
    case FieldType::YesNo:
    case FieldType::Flag:
        return row.integer(column) != 0;
    case FieldType::Integer:
    case FieldType::Tenths:
        return row.integer(column);
    case FieldType::Decimal:
        return row.real(column);
    case FieldType::Date:
        return value(std::optional<QDate>(
            QDate::fromString(QString::fromUtf8(row.bytes(column)), Qt::ISODate)));
    case FieldType::Time:
        return value(std::optional<QTime>(
            QTime::fromString(QString::fromUtf8(row.bytes(column)), QStringLiteral("HH:mm"))));
    case FieldType::DateTime:
        return QDateTime::fromString(QString::fromUtf8(row.bytes(column)), Qt::ISODateWithMs);
    case FieldType::LastDose: {
        const QString t = QString::fromUtf8(row.bytes(column));
        rules::LastDose d;
        d.never = t == Row::neverCode();
        if (!d.never)
            d.date = QDate::fromString(t, Qt::ISODate);
        return d;
    }
    }
    return {};
}

void addStored(CsvWriter &w, const FieldInfo &f, const ExchangeQueries::Row &row, int column)
{
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Code:
    case FieldType::CodeList:
    case FieldType::Date:
    case FieldType::Time:
    case FieldType::DateTime:
    case FieldType::LastDose:
        // The stored text is what the export writes.
        storedcells::addStored(w, row, column);
        return;
    case FieldType::Integer:
        storedcells::addInteger(w, row, column);
        return;
    case FieldType::YesNo:
    case FieldType::Flag:
    case FieldType::Tenths:
    case FieldType::Decimal:
        w.addUtf8Field(csv(f, stored(f, row, column)));
        return;
    }
}

FieldValue parse(CsvTable &t, const FieldInfo &f)
{
    const QString &k = f.key;
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Code:
        return f.trimmed() ? t.trimmed(k) : t.text(k);
    case FieldType::CodeList:
        return t.codes(k);
    case FieldType::YesNo:
        return value(t.yesNo(k));
    case FieldType::Flag:
        return t.yesNo(k).value_or(false);
    case FieldType::Integer:
        if (f.flags & FieldInfo::SmallInt) {
            const std::optional<int> v = t.smallInteger(k);
            return v ? FieldValue(qint64(*v)) : FieldValue();
        }
        return value(t.integer(k));
    case FieldType::Tenths: {
        const std::optional<int> v = t.tenths(k);
        return v ? FieldValue(qint64(*v)) : FieldValue();
    }
    case FieldType::Decimal:
        return value(t.decimal(k));
    case FieldType::Date:
        return value(t.date(k));
    case FieldType::Time:
        return value(t.time(k));
    case FieldType::DateTime: {
        const QString text = t.trimmed(k);
        return text.isEmpty() ? FieldValue()
                              : FieldValue(QDateTime::fromString(text, Qt::ISODateWithMs));
    }
    case FieldType::LastDose:
        return t.lastDose(k);
    }
    return {};
}

}  // namespace trialcrf::fieldcells
