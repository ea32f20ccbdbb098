// SPDX-License-Identifier: Apache-2.0
#include "storage/rowreader.h"

#include "storage/row.h"

#include <QSqlRecord>

namespace trialcrf {

namespace {
/// Names remembered by buffer (indexOf): more than any table has columns.
constexpr std::size_t kRememberedNames = 64;
}  // namespace

RowReader::RowReader(const QSqlQuery &query)
    : m_query(query)
{
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        m_index.insert(record.fieldName(i), i);
}

QString RowReader::columnList(const QStringList &columns, const QString &alias)
{
    if (alias.isEmpty())
        return columns.join(QStringLiteral(", "));
    QStringList out;
    out.reserve(columns.size());
    for (const QString &c : columns)
        out << alias + QLatin1Char('.') + c + QLatin1String(" AS ") + c;
    return out.join(QStringLiteral(", "));
}

int RowReader::indexOf(const QString &column) const
{
    // A reader is asked for the same names row after row, nearly always as the same QString
    // (a field table's column). Each name asked for is kept here as a copy, which shares the
    // caller's buffer and keeps it alive: the same buffer and size is then the same name,
    // found without hashing it (hashing dominated reading a large study).
    const QChar *data = column.constData();
    for (const auto &[name, index] : m_seen) {
        if (name.constData() == data && name.size() == column.size())
            return index;
    }
    const int i = m_index.value(column, -1);
    if (m_seen.size() < kRememberedNames && !column.isNull())
        m_seen.emplace_back(column, i);
    return i;
}

QVariant RowReader::value(const QString &column) const
{
    const int i = indexOf(column);
    Q_ASSERT_X(i >= 0, "RowReader", qPrintable(column));
    return i >= 0 ? m_query.value(i) : QVariant();
}

bool RowReader::isNull(const QString &column) const
{
    return value(column).isNull();
}

qint64 RowReader::id(const QString &column) const
{
    return value(column).toLongLong();
}

QString RowReader::text(const QString &column) const
{
    return value(column).toString();
}

namespace {

/// NULL as nullopt, any other value converted.
template <typename T, typename Convert>
std::optional<T> unlessNull(const QVariant &v, Convert convert)
{
    if (v.isNull())
        return std::nullopt;
    return convert(v);
}

}  // namespace

std::optional<int> RowReader::integer(const QString &column) const
{
    return unlessNull<int>(value(column), [](const QVariant &v) { return v.toInt(); });
}

std::optional<qint64> RowReader::integer64(const QString &column) const
{
    return unlessNull<qint64>(value(column), [](const QVariant &v) { return v.toLongLong(); });
}

std::optional<double> RowReader::real(const QString &column) const
{
    return unlessNull<double>(value(column), [](const QVariant &v) { return v.toDouble(); });
}

std::optional<bool> RowReader::yesNo(const QString &column) const
{
    return unlessNull<bool>(value(column), [](const QVariant &v) { return v.toInt() != 0; });
}

bool RowReader::flag(const QString &column) const
{
    return value(column).toInt() != 0;
}

std::optional<QDate> RowReader::date(const QString &column) const
{
    const QVariant v = value(column);
    if (v.isNull())
        return std::nullopt;
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<QTime> RowReader::time(const QString &column) const
{
    const QVariant v = value(column);
    if (v.isNull())
        return std::nullopt;
    const QString text = v.toString();
    // The stored form "HH:mm" read by hand: QTime::fromString with a format runs Qt's general
    // date-time parser, which dominated reading a study's times (verify reads every one).
    // Anything else is still Qt's to read.
    if (text.size() == 5 && text.at(2) == QLatin1Char(':')) {
        const auto digit = [&text](int i) { return text.at(i).unicode() - u'0'; };
        bool digits = true;
        for (int i : {0, 1, 3, 4})
            digits = digits && text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9');
        if (digits) {
            const int hour = digit(0) * 10 + digit(1), minute = digit(3) * 10 + digit(4);
            if (hour < 24 && minute < 60)
                return QTime(hour, minute);
        }
    }
    const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!t.isValid())
        return std::nullopt;
    return t;
}

QDateTime RowReader::timestamp(const QString &column) const
{
    const QVariant v = value(column);
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

rules::LastDose RowReader::lastDose(const QString &column) const
{
    rules::LastDose d;
    const QVariant v = value(column);
    if (v.isNull())
        return d;
    if (v.toString() == Row::neverCode()) {
        d.never = true;
        return d;
    }
    d.date = date(column);
    return d;
}

}  // namespace trialcrf
