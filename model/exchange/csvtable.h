// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchange/csvprefetch.h"
#include "exchange/datadictionary.h"
#include "exchange/exchangeproblem.h"
#include "rules/rules.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTime>
#include <functional>
#include <optional>

namespace trialcrf {

/// One CSV file of an import, read row by row against its FileDef: checks the header
/// (unknown, duplicate and missing columns), skips rows with the wrong number of fields, and
/// turns cells into typed values, reporting every problem with file, line and column.
class CsvTable {
public:
    using Sink = std::function<void(ExchangeProblem &&)>;

    CsvTable(const FileDef &def, const QString &path, Sink sink);
    CsvTable(const CsvTable &) = delete;
    CsvTable &operator=(const CsvTable &) = delete;

    /// False when the file could not be opened or has no header (a problem was reported).
    bool isOpen() const { return m_open; }
    /// Advances to the next data row with the right number of fields. False at the end or
    /// at malformed CSV (reported; nothing after it can be read reliably).
    bool next();
    qint64 line() const { return m_reader ? m_reader->recordLine() : 0; }
    qint64 bytesRead() const { return m_reader ? m_reader->bytesRead() : 0; }
    const FileDef &def() const { return m_def; }
    /// True when a problem was reported for the current row.
    bool rowHasProblems() const { return m_rowProblems > 0; }
    /// The columns of the current row whose cell could not be read (already reported), so
    /// validation need not add "required" for them.
    const QSet<QString> &unreadable() const { return m_unreadable; }

    /// Whether the header has the column.
    bool has(const QString &column) const { return m_position.contains(column); }
    /// The 1-based position of the column in the header, 0 when absent.
    int columnNumber(const QString &column) const;
    /// True when the header problem for a missing column was reported, so errors about
    /// that field need not be repeated on every row.
    bool isMissing(const QString &column) const { return m_missing.contains(column); }

    /// Reports a problem about the current row (column 0 = the row as a whole).
    void problem(const QString &column, const char *source, const QStringList &args = {});

    // Cells of the current row; an absent column reads as empty ("not recorded").
    const QString &text(const QString &column) const;
    QString trimmed(const QString &column) const { return text(column).trimmed(); }
    std::optional<QDate> date(const QString &column);
    std::optional<QTime> time(const QString &column);
    std::optional<bool> yesNo(const QString &column);
    std::optional<double> decimal(const QString &column);
    std::optional<qint64> integer(const QString &column);
    std::optional<int> smallInteger(const QString &column);
    std::optional<int> tenths(const QString &column);
    rules::LastDose lastDose(const QString &column);
    /// ';'-separated codes, each trimmed, empty ones dropped.
    QStringList codes(const QString &column) const;

private:
    void readHeader();
    template <typename T>
    T parse(const QString &column, bool (*parser)(const QString &, T *, const char **));

    const FileDef &m_def;
    QFile m_file;
    std::optional<CsvPrefetch> m_reader;  ///< parsed ahead on its own thread
    Sink m_sink;
    bool m_open = false;
    int m_headerSize = 0;
    QHash<QString, int> m_position;  ///< column name → 0-based field index
    QSet<QString> m_missing;
    QStringList m_fields;
    int m_rowProblems = 0;
    QSet<QString> m_unreadable;
};

}  // namespace trialcrf
