// SPDX-License-Identifier: Apache-2.0
#include "storage/serialworker.h"

namespace trialcrf {

SerialWorker::~SerialWorker()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void SerialWorker::run(std::function<void()> job)
{
    wait();
    if (!m_thread.joinable())
        m_thread = std::thread([this] { loop(); });
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_job = std::move(job);
    }
    m_changed.notify_all();
}

void SerialWorker::wait()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_job; });
}

void SerialWorker::loop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_job || m_stop; });
        if (!m_job)
            return;  // stopped with nothing left to do
        lock.unlock();
        m_job();
        lock.lock();
        m_job = nullptr;
        m_changed.notify_all();
    }
}

}  // namespace trialcrf
