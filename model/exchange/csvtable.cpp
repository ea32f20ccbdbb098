// SPDX-License-Identifier: Apache-2.0
#include "exchange/csvtable.h"

#include "exchange/csvvalues.h"

#include <QSet>
#include <limits>

namespace trialcrf {

CsvTable::CsvTable(const FileDef &def, const QString &path, Sink sink)
    : m_def(def), m_file(path), m_sink(std::move(sink))
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_sink({m_def.fileName, 0, 0, {},
                QT_TRANSLATE_NOOP("Validation", "The file cannot be opened: %1"),
                {m_file.errorString()}});
        return;
    }
    m_reader.emplace(&m_file);
    readHeader();
}

void CsvTable::readHeader()
{
    QStringList header;
    if (!m_reader->readRecord(&header)) {
        if (m_reader->hasError()) {
            const CsvError &e = m_reader->error();
            m_sink({m_def.fileName, e.line, int(e.column), {}, e.source, e.args});
        } else {
            m_sink({m_def.fileName, 1, 0, {},
                    QT_TRANSLATE_NOOP("Validation",
                                      "The file is empty: it needs at least the header row."),
                    {}});
        }
        return;
    }
    m_headerSize = int(header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (m_position.contains(name)) {
            m_sink({m_def.fileName, 1, i + 1, name,
                    QT_TRANSLATE_NOOP("Validation", "The column %1 appears twice in the header."),
                    {name}});
        } else if (!m_def.column(name)) {
            m_sink({m_def.fileName, 1, i + 1, name,
                    QT_TRANSLATE_NOOP("Validation",
                                      "Unknown column \"%1\": dictionary.csv lists the columns "
                                      "of each file."),
                    {name}});
        } else {
            m_position.insert(name, i);
        }
    }
    for (const ColumnDef &c : m_def.columns) {
        if ((c.use == ColumnDef::Use::Key || c.use == ColumnDef::Use::Required) &&
            !m_position.contains(c.name)) {
            m_missing.insert(c.name);
            m_sink({m_def.fileName, 1, 0, c.name,
                    QT_TRANSLATE_NOOP("Validation", "The required column %1 is missing."),
                    {c.name}});
        }
    }
    m_open = true;
}

bool CsvTable::next()
{
    if (!m_open)
        return false;
    for (;;) {
        m_rowProblems = 0;
        m_unreadable.clear();
        if (!m_reader->readRecord(&m_fields)) {
            if (m_reader->hasError()) {
                const CsvError &e = m_reader->error();
                m_sink({m_def.fileName, e.line, int(e.column), {}, e.source, e.args});
            }
            m_open = false;
            return false;
        }
        if (m_fields.size() == m_headerSize)
            return true;
        const int column = int(qMin<qsizetype>(m_fields.size(), m_headerSize)) + 1;
        m_sink({m_def.fileName, line(), column, {},
                QT_TRANSLATE_NOOP("Validation",
                                  "The row has %1 fields but the header has %2: a comma too many "
                                  "or too few, or text with a comma that is not in quotes?"),
                {QString::number(m_fields.size()), QString::number(m_headerSize)}});
    }
}

int CsvTable::columnNumber(const QString &column) const
{
    const auto it = m_position.constFind(column);
    return it == m_position.constEnd() ? 0 : *it + 1;
}

void CsvTable::problem(const QString &column, const char *source, const QStringList &args)
{
    ++m_rowProblems;
    m_sink({m_def.fileName, line(), columnNumber(column), column, source, args});
}

const QString &CsvTable::text(const QString &column) const
{
    static const QString absent;
    const auto it = m_position.constFind(column);
    return it == m_position.constEnd() ? absent : m_fields.at(*it);
}

template <typename T>
T CsvTable::parse(const QString &column, bool (*parser)(const QString &, T *, const char **))
{
    const QString &cell = text(column);
    T value{};
    const char *why = nullptr;
    if (!parser(cell, &value, &why)) {
        problem(column, why, {cell.trimmed()});
        m_unreadable.insert(column);
        return T{};
    }
    return value;
}

std::optional<QDate> CsvTable::date(const QString &column)
{
    return parse<std::optional<QDate>>(column, &csvvalues::parseDate);
}

std::optional<QTime> CsvTable::time(const QString &column)
{
    return parse<std::optional<QTime>>(column, &csvvalues::parseTime);
}

std::optional<bool> CsvTable::yesNo(const QString &column)
{
    return parse<std::optional<bool>>(column, &csvvalues::parseYesNo);
}

std::optional<double> CsvTable::decimal(const QString &column)
{
    return parse<std::optional<double>>(column, &csvvalues::parseDecimal);
}

std::optional<qint64> CsvTable::integer(const QString &column)
{
    return parse<std::optional<qint64>>(column, &csvvalues::parseInteger);
}

std::optional<int> CsvTable::smallInteger(const QString &column)
{
    const std::optional<qint64> v = integer(column);
    if (!v)
        return std::nullopt;
    if (*v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max()) {
        problem(column, QT_TRANSLATE_NOOP("Validation", "%1 is far outside the allowed range."),
                {QString::number(*v)});
        m_unreadable.insert(column);
        return std::nullopt;
    }
    return int(*v);
}

std::optional<int> CsvTable::tenths(const QString &column)
{
    return parse<std::optional<int>>(column, &csvvalues::parseTenths);
}

rules::LastDose CsvTable::lastDose(const QString &column)
{
    return parse<rules::LastDose>(column, &csvvalues::parseLastDose);
}

QStringList CsvTable::codes(const QString &column) const
{
    QStringList out;
    for (const QString &c : text(column).split(QLatin1Char(';'))) {
        const QString t = c.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

}  // namespace trialcrf
