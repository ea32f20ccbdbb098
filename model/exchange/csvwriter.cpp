// SPDX-License-Identifier: Apache-2.0
#include "exchange/csvwriter.h"

#include <QIODevice>
#include <QStringList>

namespace trialcrf {

namespace {
constexpr qsizetype kFlushAt = 256 * 1024;

bool needsQuotes(const QByteArray &utf8)
{
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}
}  // namespace

CsvWriter::CsvWriter(QIODevice *device, bool bom) : m_device(device)
{
    m_buffer.reserve(kFlushAt + 4096);
    if (bom)
        m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::separator()
{
    if (m_rowStarted)
        m_buffer.append(',');
    m_rowStarted = true;
}

void CsvWriter::addField(QStringView text)
{
    addUtf8Field(text.toUtf8());
}

void CsvWriter::addUtf8Field(const QByteArray &utf8)
{
    separator();
    if (!needsQuotes(utf8)) {
        m_buffer.append(utf8);
        return;
    }
    m_buffer.append('"');
    for (const char c : utf8) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
}

void CsvWriter::addField(qint64 number)
{
    separator();
    m_buffer.append(QByteArray::number(number));
}

void CsvWriter::addEmptyField()
{
    separator();
}

void CsvWriter::endRow()
{
    m_buffer.append("\r\n", 2);
    m_rowStarted = false;
    ++m_rows;
    maybeFlush();
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (const QString &f : fields)
        addField(f);
    endRow();
}

void CsvWriter::maybeFlush()
{
    if (m_buffer.size() >= kFlushAt)
        flush();
}

bool CsvWriter::flush()
{
    if (!m_error.isEmpty())
        return false;
    if (m_buffer.isEmpty())
        return true;
    if (!m_device || m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device ? m_device->errorString() : QStringLiteral("no device");
        if (m_error.isEmpty())
            m_error = QStringLiteral("write failed");
        m_buffer.clear();
        return false;
    }
    m_buffer.clear();
    return true;
}

}  // namespace trialcrf
