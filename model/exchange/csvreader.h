// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace trialcrf {

/// A malformed spot in CSV input: where it is (1-based line and character column) and why,
/// as untranslated source text in the "Validation" context with %1.. arguments.
struct CsvError {
    qint64 line = 0;
    qint64 column = 0;
    const char *source = nullptr;
    QStringList args;

    QString text() const;  ///< translated, arguments substituted
};

/// The most one record of CSV input may hold (docs/exchange.md "Limits"): beyond any of them
/// the reader stops with an error at the spot, so memory stays bounded whatever the file.
struct CsvLimits {
    qint64 fieldBytes = 64 * 1024;     ///< one field, as UTF-8 bytes without its quotes
    qint64 recordBytes = 1024 * 1024;  ///< one record (one row), fields together
    int columns = 256;                 ///< fields in one record
};

/// Streaming RFC 4180 reader: one record at a time from a device through a fixed-size buffer,
/// so memory stays bounded however large the input. Accepts CRLF, LF or CR line ends, quoted
/// fields with embedded commas, doubled quotes and line breaks, and a leading UTF-8 byte-order
/// mark. Blank lines are skipped. The first malformed spot (unbalanced quote, stray quote,
/// invalid UTF-8, a field, record or column count over its limit) stops reading with an error
/// naming its line and column.
class CsvReader {
public:
    static constexpr qint64 kDefaultMaxRecordBytes = CsvLimits{}.recordBytes;

    explicit CsvReader(QIODevice *device, const CsvLimits &limits = {});
    /// The default limits with another record limit (the field limit is at most the record's).
    CsvReader(QIODevice *device, qint64 maxRecordBytes);
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// Reads the next record into *fields. False at the end of input or on error.
    bool readRecord(QStringList *fields);
    /// The line on which the record last read starts (1-based).
    qint64 recordLine() const { return m_recordLine; }
    bool hasError() const { return m_error.source != nullptr; }
    const CsvError &error() const { return m_error; }
    bool hadByteOrderMark() const { return m_bom; }
    /// Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_consumed; }

private:
    int peek();
    void advance();
    bool refill();
    bool fail(qint64 line, qint64 column, const char *source, const QStringList &args = {});
    bool readQuoted();
    bool readUnquoted();
    bool finishField(QStringList *fields);
    bool growRecord(qint64 bytes);
    /// Appends the bytes [begin, end) of the buffer to the field and moves past them.
    bool take(const char *begin, const char *end);
    bool tooManyColumns();
    void endLine(int c);
    void countColumns(const char *begin, const char *end);

    QIODevice *m_device;
    CsvLimits m_limits;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_bom = false;
    qint64 m_consumed = 0;

    qint64 m_line = 1;
    qint64 m_column = 1;
    bool m_afterCR = false;
    qint64 m_recordLine = 0;
    qint64 m_recordBytes = 0;
    QByteArray m_field;
    qint64 m_fieldLine = 0, m_fieldColumn = 0;
    QStringDecoder m_decoder;
    CsvError m_error;
};

}  // namespace trialcrf
