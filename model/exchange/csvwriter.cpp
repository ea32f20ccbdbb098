// SPDX-License-Identifier: Apache-2.0
#include "exchange/csvwriter.h"

#include <QIODevice>
#include <QStringList>
#include <charconv>
#include <cstring>

namespace trialcrf {

namespace {
constexpr qsizetype kCapacity = 1024 * 1024;
constexpr qsizetype kFlushAt = kCapacity - 64 * 1024;

bool needsQuotes(const char *p, qsizetype n)
{
    for (const char *end = p + n; p != end; ++p) {
        const char c = *p;
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}
}  // namespace

CsvWriter::CsvWriter(QIODevice *device, bool bom)
    : m_device(device), m_encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless)
{
    m_buffer.resize(kCapacity);
    m_pending.resize(kCapacity);
    if (bom) {
        std::memcpy(space(3), "\xEF\xBB\xBF", 3);
        m_used += 3;
    }
}

CsvWriter::~CsvWriter()
{
    flush();
}

char *CsvWriter::space(qsizetype n)
{
    if (m_used + n > m_buffer.size()) {
        handOff();
        if (n > m_buffer.size())
            m_buffer.resize(n);  // one huge field: grow once for it
    }
    return m_buffer.data() + m_used;
}

void CsvWriter::waitForWriter()
{
    m_writer.wait();
    if (m_error.isEmpty() && !m_writerError.isEmpty())
        m_error = m_writerError;
}

void CsvWriter::handOff()
{
    waitForWriter();
    if (!m_error.isEmpty()) {
        m_used = 0;  // the device failed: keep formatting into the buffer, write nothing
        return;
    }
    if (m_used == 0)
        return;
    m_pending.swap(m_buffer);
    if (m_buffer.size() < m_pending.size())
        m_buffer.resize(m_pending.size());
    const qsizetype size = m_used;
    m_used = 0;
    m_writer.run([this, size] {
        const qint64 written = m_device ? m_device->write(m_pending.constData(), size) : -1;
        if (written != size) {
            m_writerError = m_device ? m_device->errorString() : QStringLiteral("no device");
            if (m_writerError.isEmpty())
                m_writerError = QStringLiteral("write failed");
        }
    });
}

void CsvWriter::separator()
{
    if (m_rowStarted) {
        *space(1) = ',';
        ++m_used;
    }
    m_rowStarted = true;
}

void CsvWriter::addField(QStringView text)
{
    separator();
    // Encode straight into the buffer; only a field that needs quotes is copied again.
    char *out = space(text.size() * 3);
    char *end = m_encoder.appendToBuffer(out, text);
    if (needsQuotes(out, end - out)) {
        const QByteArray copy(out, end - out);
        appendQuoted(copy.constData(), copy.size());
    } else {
        m_used += end - out;
    }
}

void CsvWriter::addUtf8Field(const char *utf8, qsizetype size)
{
    separator();
    if (needsQuotes(utf8, size)) {
        appendQuoted(utf8, size);
    } else {
        std::memcpy(space(size), utf8, size);
        m_used += size;
    }
}

void CsvWriter::appendQuoted(const char *p, qsizetype size)
{
    // One pass, room for the worst case (every byte a quote); JSON in the audit trail has
    // many short runs between quotes, where a memchr per quote would cost more.
    char *const begin = space(2 * size + 2);
    char *out = begin;
    *out++ = '"';
    for (const char *end = p + size; p != end; ++p) {
        if (*p == '"')
            *out++ = '"';  // a quote is doubled
        *out++ = *p;
    }
    *out++ = '"';
    m_used += out - begin;
}

void CsvWriter::addField(qint64 number)
{
    separator();
    char *out = space(24);  // no quotes: digits and a sign only
    m_used += std::to_chars(out, out + 24, number).ptr - out;
}

void CsvWriter::addEmptyField()
{
    separator();
}

void CsvWriter::endRow()
{
    std::memcpy(space(2), "\r\n", 2);
    m_used += 2;
    m_rowStarted = false;
    ++m_rows;
    if (m_used >= kFlushAt)
        handOff();
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (const QString &f : fields)
        addField(f);
    endRow();
}

bool CsvWriter::flush()
{
    handOff();
    waitForWriter();
    return m_error.isEmpty();
}

}  // namespace trialcrf
