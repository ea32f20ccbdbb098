// SPDX-License-Identifier: Apache-2.0
#include "storage/fieldrows.h"

namespace trialcrf::fieldrows {

using fieldvalue::opt;
using fieldvalue::value;

void add(Row &row, const FieldInfo &f, const FieldValue &v)
{
    const QString &c = f.column;
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Code:
        row.text(c, opt<QString>(v).value_or(QString()));
        break;
    case FieldType::CodeList:
        row.text(c, opt<QStringList>(v).value_or(QStringList()).join(QLatin1Char(';')));
        break;
    case FieldType::YesNo:
        row.yesNo(c, opt<bool>(v));
        break;
    case FieldType::Flag:
        row.flag(c, opt<bool>(v).value_or(false));
        break;
    case FieldType::Integer:
    case FieldType::Tenths:
        row.integer(c, opt<qint64>(v));
        break;
    case FieldType::Decimal:
        row.real(c, opt<double>(v));
        break;
    case FieldType::Date:
        row.date(c, opt<QDate>(v));
        break;
    case FieldType::Time:
        row.time(c, opt<QTime>(v));
        break;
    case FieldType::DateTime:
        row.timestamp(c, opt<QDateTime>(v).value_or(QDateTime()));
        break;
    case FieldType::LastDose:
        row.lastDose(c, opt<rules::LastDose>(v).value_or(rules::LastDose{}));
        break;
    }
}

FieldValue read(const RowReader &r, const FieldInfo &f, const QString &prefix)
{
    const QString c = prefix.isEmpty() ? f.column : prefix + f.column;
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Code:
        return r.text(c);
    case FieldType::CodeList: {
        const QString text = r.text(c);
        return text.isEmpty() ? QStringList() : text.split(QLatin1Char(';'));
    }
    case FieldType::YesNo:
        return value(r.yesNo(c));
    case FieldType::Flag:
        return r.flag(c);
    case FieldType::Integer:
    case FieldType::Tenths:
        return value(r.integer64(c));
    case FieldType::Decimal:
        return value(r.real(c));
    case FieldType::Date:
        return value(r.date(c));
    case FieldType::Time:
        return value(r.time(c));
    case FieldType::DateTime: {
        const QDateTime t = r.timestamp(c);
        return t.isValid() ? FieldValue(t) : FieldValue();
    }
    case FieldType::LastDose:
        return r.lastDose(c);
    }
    return {};
}

}  // namespace trialcrf::fieldrows
