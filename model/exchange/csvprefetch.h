// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchange/csvreader.h"

#include <QStringList>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

class QIODevice;

namespace trialcrf {

/// A CsvReader on its own thread, read ahead in batches of records: while the import
/// validates and writes one batch, the next is parsed on the other core. The same contract
/// as CsvReader::readRecord() (records in order, the error after the last good record).
/// Memory stays bounded in bytes, not records: a batch ends after kBatchRecords records or
/// once its records take kBatchBytes (so at most kBatchBytes plus one record, itself within
/// the reader's CsvLimits), and at most kBatches batches wait. The device is used only by the
/// reading thread from construction until destruction.
class CsvPrefetch {
public:
    explicit CsvPrefetch(QIODevice *device, const CsvLimits &limits = {});
    CsvPrefetch(QIODevice *device, qint64 maxRecordBytes);
    ~CsvPrefetch();
    CsvPrefetch(const CsvPrefetch &) = delete;
    CsvPrefetch &operator=(const CsvPrefetch &) = delete;

    bool readRecord(QStringList *fields);
    qint64 recordLine() const { return m_recordLine; }
    bool hasError() const { return m_error.source != nullptr; }
    const CsvError &error() const { return m_error; }
    bool hadByteOrderMark() const { return m_bom; }
    qint64 bytesRead() const { return m_bytesRead; }

    static constexpr int kBatchRecords = 256;
    static constexpr qint64 kBatchBytes = 1024 * 1024;
    static constexpr int kBatches = 4;
    /// The memory a parsed record takes, as counted against kBatchBytes: its UTF-16 text and
    /// a fixed cost per field (string header and list slot).
    static qint64 recordCost(const QStringList &fields);

private:
    struct Record {
        QStringList fields;
        qint64 line = 0;
        qint64 bytesRead = 0;
    };
    struct Batch {
        std::vector<Record> records;
        bool last = false;  ///< the reader ended (end of file or error) after these records
        CsvError error;
        bool bom = false;
    };
    void readLoop();

    CsvReader m_reader;  ///< used by the reading thread only

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    /// Batches the consumer is done with, destroyed by the reading thread: their strings were
    /// allocated there, and freeing them there keeps the two threads off each other's heap
    /// arena (a free into another thread's arena waits for its lock).
    std::vector<Batch> m_spent;
    bool m_stop = false;
    std::thread m_thread;

    // The consumer's side.
    Batch m_current;
    std::size_t m_next = 0;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    bool m_bom = false;
    CsvError m_error;
};

}  // namespace trialcrf
