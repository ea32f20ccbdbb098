// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

class QIODevice;

namespace trialcrf {

/// Writes RFC 4180 CSV to a device, streaming through a small buffer: UTF-8, CRLF line ends,
/// a field quoted only when it holds a comma, a quote, CR or LF (quotes doubled inside).
/// Memory stays flat however many rows are written.
class CsvWriter {
public:
    /// `bom` writes a UTF-8 byte-order mark first (Excel needs it to read UTF-8).
    explicit CsvWriter(QIODevice *device, bool bom = false);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void addField(QStringView text);
    void addField(const QString &text) { addField(QStringView(text)); }
    /// An already UTF-8 encoded field (numbers, codes, dates): no conversion.
    void addUtf8Field(const QByteArray &utf8);
    void addField(qint64 number);
    void addEmptyField();
    /// Ends the current row.
    void endRow();
    void writeRow(const QStringList &fields);

    /// Writes the buffer out; false (and errorString()) when the device refused.
    bool flush();
    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 rowsWritten() const { return m_rows; }

private:
    void separator();
    void maybeFlush();

    QIODevice *m_device;
    QByteArray m_buffer;
    QString m_error;
    qint64 m_rows = 0;
    bool m_rowStarted = false;
};

}  // namespace trialcrf
