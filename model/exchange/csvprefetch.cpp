// SPDX-License-Identifier: Apache-2.0
#include "exchange/csvprefetch.h"

namespace trialcrf {

CsvPrefetch::CsvPrefetch(QIODevice *device, const CsvLimits &limits) : m_reader(device, limits)
{
    m_thread = std::thread([this] { readLoop(); });
}

CsvPrefetch::CsvPrefetch(QIODevice *device, qint64 maxRecordBytes)
    : m_reader(device, maxRecordBytes)
{
    m_thread = std::thread([this] { readLoop(); });
}

qint64 CsvPrefetch::recordCost(const QStringList &fields)
{
    constexpr qint64 kPerField = 64;  // QString header and allocation slack, the list's slot
    qint64 cost = 0;
    for (const QString &f : fields)
        cost += kPerField + f.size() * qint64(sizeof(QChar));
    return cost;
}

CsvPrefetch::~CsvPrefetch()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void CsvPrefetch::readLoop()
{
    std::vector<Batch> spent;
    for (;;) {
        spent.clear();  // the consumer's finished batches, freed here (see m_spent)
        Batch batch;
        batch.records.reserve(kBatchRecords);
        qint64 bytes = 0;
        while (int(batch.records.size()) < kBatchRecords && bytes < kBatchBytes) {
            Record r;
            if (!m_reader.readRecord(&r.fields)) {
                batch.last = true;
                batch.error = m_reader.error();
                break;
            }
            r.line = m_reader.recordLine();
            r.bytesRead = m_reader.bytesRead();
            bytes += recordCost(r.fields);
            batch.records.push_back(std::move(r));
        }
        batch.bom = m_reader.hadByteOrderMark();
        const bool last = batch.last;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || int(m_ready.size()) < kBatches; });
            if (m_stop)
                return;
            m_ready.push_back(std::move(batch));
            spent.swap(m_spent);
        }
        m_changed.notify_all();
        if (last)
            return;
    }
}

bool CsvPrefetch::readRecord(QStringList *fields)
{
    fields->clear();
    while (m_next == m_current.records.size()) {
        if (m_current.last) {  // stays the last batch: every later call ends here too
            m_error = m_current.error;
            return false;
        }
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_ready.empty(); });
            if (!m_current.records.empty())
                m_spent.push_back(std::move(m_current));
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
        }
        m_changed.notify_all();
        m_next = 0;
        m_bom = m_current.bom;
    }
    Record &r = m_current.records[m_next++];
    fields->swap(r.fields);
    m_recordLine = r.line;
    m_bytesRead = r.bytesRead;
    return true;
}

}  // namespace trialcrf
