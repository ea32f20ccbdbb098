// SPDX-License-Identifier: Apache-2.0
#include "exchange/csvreader.h"

#include "records/fielderror.h"

#include <QIODevice>
#include <cstring>

namespace trialcrf {

namespace {
constexpr qint64 kChunk = 256 * 1024;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
}  // namespace

QString CsvError::text() const
{
    return FieldError{QString(), source, args}.text();
}

namespace {
CsvLimits withRecordLimit(qint64 recordBytes)
{
    CsvLimits limits;
    limits.recordBytes = recordBytes;
    limits.fieldBytes = qMin(limits.fieldBytes, recordBytes);
    return limits;
}

QString kibibytes(qint64 bytes)
{
    return QString::number(bytes / 1024);
}
}  // namespace

CsvReader::CsvReader(QIODevice *device, const CsvLimits &limits)
    : m_device(device),
      m_limits(limits),
      m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless)
{
}

CsvReader::CsvReader(QIODevice *device, qint64 maxRecordBytes)
    : CsvReader(device, withRecordLimit(maxRecordBytes))
{
}

bool CsvReader::fail(qint64 line, qint64 column, const char *source, const QStringList &args)
{
    if (!hasError())
        m_error = CsvError{line, column, source, args};
    m_eof = true;
    m_buf.clear();
    m_pos = 0;
    return false;
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    m_buf.resize(kChunk);
    const qint64 n = m_device ? m_device->read(m_buf.data(), kChunk) : -1;
    if (n <= 0) {
        m_buf.clear();
        m_pos = 0;
        m_eof = true;
        if (n < 0) {
            fail(m_line, m_column, QT_TRANSLATE_NOOP("Validation", "The file cannot be read: %1"),
                 {m_device ? m_device->errorString() : QString()});
        }
        return false;
    }
    m_buf.resize(n);
    m_pos = 0;
    if (!m_started) {
        m_started = true;
        if (m_buf.startsWith("\xEF\xBB\xBF")) {
            m_bom = true;
            m_pos = 3;
            m_consumed += 3;
            if (m_pos >= m_buf.size())
                return refill();
        }
    }
    return true;
}

int CsvReader::peek()
{
    if (m_pos >= m_buf.size() && !refill())
        return -1;
    return static_cast<unsigned char>(m_buf.at(m_pos));
}

void CsvReader::advance()
{
    ++m_pos;
    ++m_consumed;
}

void CsvReader::countColumns(const char *begin, const char *end)
{
    for (const char *p = begin; p != end; ++p) {
        if (*p == '\n') {
            if (!m_afterCR)
                ++m_line;
            m_column = 1;
            m_afterCR = false;
        } else if (*p == '\r') {
            ++m_line;
            m_column = 1;
            m_afterCR = true;
        } else {
            if (!isContinuationByte(*p))
                ++m_column;
            m_afterCR = false;
        }
    }
}

bool CsvReader::take(const char *begin, const char *end)
{
    countColumns(begin, end);
    m_field.append(begin, end - begin);
    m_pos += end - begin;
    m_consumed += end - begin;
    return growRecord(end - begin);
}

bool CsvReader::growRecord(qint64 bytes)
{
    m_recordBytes += bytes;
    if (m_field.size() > m_limits.fieldBytes) {
        return fail(m_fieldLine, m_fieldColumn,
                    QT_TRANSLATE_NOOP("Validation",
                                      "The field starting here is longer than %1 KiB, the most a "
                                      "field may hold; is a closing quote missing?"),
                    {kibibytes(m_limits.fieldBytes)});
    }
    if (m_recordBytes <= m_limits.recordBytes)
        return true;
    return fail(m_fieldLine, m_fieldColumn,
                QT_TRANSLATE_NOOP("Validation",
                                  "The row is longer than %1 KiB, the most a row may hold; is a "
                                  "closing quote missing?"),
                {kibibytes(m_limits.recordBytes)});
}

bool CsvReader::tooManyColumns()
{
    return fail(m_line, m_column,
                QT_TRANSLATE_NOOP("Validation",
                                  "The row has more than %1 fields, the most a row may have."),
                {QString::number(m_limits.columns)});
}

bool CsvReader::readQuoted()
{
    m_fieldLine = m_line;
    m_fieldColumn = m_column;
    m_afterCR = false;
    advance();  // the opening quote
    ++m_column;
    for (;;) {
        if (m_pos >= m_buf.size() && !refill()) {
            return fail(m_fieldLine, m_fieldColumn,
                        QT_TRANSLATE_NOOP("Validation",
                                          "A quoted field starts here but never ends: a closing "
                                          "quote is missing."));
        }
        const char *begin = m_buf.constData() + m_pos;
        const char *end = m_buf.constData() + m_buf.size();
        const char *quote = static_cast<const char *>(std::memchr(begin, '"', end - begin));
        const char *stop = quote ? quote : end;
        if (!take(begin, stop))
            return false;
        if (!quote)
            continue;
        advance();  // the quote
        ++m_column;
        m_afterCR = false;
        const int c = peek();
        if (c == '"') {  // a doubled quote stands for one quote
            m_field.append('"');
            advance();
            ++m_column;
            if (!growRecord(1))
                return false;
            continue;
        }
        if (c == -1 || c == ',' || c == '\r' || c == '\n')
            return !hasError();
        return fail(m_line, m_column,
                    QT_TRANSLATE_NOOP("Validation",
                                      "Unexpected text after a closing quote: a quote inside a "
                                      "quoted field must be doubled."));
    }
}

bool CsvReader::readUnquoted()
{
    m_fieldLine = m_line;
    m_fieldColumn = m_column;
    for (;;) {
        if (m_pos >= m_buf.size() && !refill())
            return !hasError();
        const char *begin = m_buf.constData() + m_pos;
        const char *end = m_buf.constData() + m_buf.size();
        const char *p = begin;
        while (p != end && *p != ',' && *p != '\n' && *p != '\r' && *p != '"')
            ++p;
        if (!take(begin, p))
            return false;
        if (p == end)
            continue;
        if (*p == '"') {
            return fail(m_line, m_column,
                        QT_TRANSLATE_NOOP("Validation",
                                          "A quote inside an unquoted field: quote the whole "
                                          "field and double the quote."));
        }
        return true;
    }
}

bool CsvReader::finishField(QStringList *fields)
{
    QString text = m_decoder.decode(m_field);
    if (m_decoder.hasError()) {
        return fail(m_fieldLine, m_fieldColumn,
                    QT_TRANSLATE_NOOP("Validation", "Invalid UTF-8 text: save the file as UTF-8."));
    }
    fields->append(std::move(text));
    return true;
}

void CsvReader::endLine(int c)
{
    advance();
    if (c == '\r' && peek() == '\n')
        advance();
    ++m_line;
    m_column = 1;
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (hasError())
        return false;
    int c = peek();
    while (c == '\r' || c == '\n') {  // blank lines
        endLine(c);
        c = peek();
    }
    if (c == -1)
        return false;
    m_recordLine = m_line;
    m_recordBytes = 0;
    for (;;) {
        m_field.resize(0);  // keeps its capacity: no allocation per field
        const bool ok = c == '"' ? readQuoted() : readUnquoted();
        if (!ok || !finishField(fields))
            return false;
        c = peek();
        if (hasError())
            return false;
        if (c == ',') {
            if (fields->size() >= m_limits.columns)
                return tooManyColumns();
            advance();
            ++m_column;
            c = peek();
            continue;
        }
        if (c == '\r' || c == '\n')
            endLine(c);
        return true;
    }
}

}  // namespace trialcrf
