// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QStringView>

#include "storage/serialworker.h"

class QIODevice;

namespace trialcrf {

/// Writes RFC 4180 CSV to a device, streaming through a small buffer: UTF-8, CRLF line ends,
/// a field quoted only when it holds a comma, a quote, CR or LF (quotes doubled inside).
/// Memory stays flat however many rows are written: two buffers of 1 MiB. While rows are
/// formatted into one, a writer thread hands the other to the device, so reading the
/// database and the kernel's copying of the bytes run on two cores at once. The device is
/// only touched by that thread until flush() returns (flush() waits for it).
class CsvWriter {
public:
    /// `bom` writes a UTF-8 byte-order mark first (Excel needs it to read UTF-8).
    explicit CsvWriter(QIODevice *device, bool bom = false);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void addField(QStringView text);
    void addField(const QString &text) { addField(QStringView(text)); }
    /// An already UTF-8 encoded field (numbers, codes, dates, text read as bytes).
    void addUtf8Field(const QByteArray &utf8) { addUtf8Field(utf8.constData(), utf8.size()); }
    void addUtf8Field(const char *utf8, qsizetype size);
    void addField(qint64 number);
    void addEmptyField();
    /// Ends the current row.
    void endRow();
    void writeRow(const QStringList &fields);

    /// Writes everything out and waits for it; false (and errorString()) when the device
    /// refused.
    bool flush();
    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 rowsWritten() const { return m_rows; }

private:
    /// Room for n more bytes at the end of the buffer (flushing first when full).
    char *space(qsizetype n);
    void separator();
    void appendQuoted(const char *utf8, qsizetype size);
    /// Hands the filled buffer to the writer thread (after the previous one is written) and
    /// continues in the other buffer.
    void handOff();
    /// Waits until the writer thread has nothing pending; takes over its error.
    void waitForWriter();

    QIODevice *m_device;
    QStringEncoder m_encoder;
    QByteArray m_buffer;  ///< fixed capacity; m_used bytes of it are filled
    qsizetype m_used = 0;
    QString m_error;

    // The writer thread's own until waitForWriter() returns.
    QByteArray m_pending;  ///< the buffer being written (swapped with m_buffer)
    QString m_writerError;
    SerialWorker m_writer;  ///< after the buffer it writes: joined before it goes
    qint64 m_rows = 0;
    bool m_rowStarted = false;
};

}  // namespace trialcrf
