// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace trialcrf {

/// One background thread that runs one job at a time: the caller hands a job over with
/// run() and goes on with its own work; wait() returns once the job is done. Used where a
/// sequential pipeline has one slow step the caller need not wait for at once (the CSV
/// writer's device writes, the audit batch's hash chain). What a job touches is the job's
/// own until wait() returns; run() waits for the previous job first. The thread starts with
/// the first job and is joined by the destructor.
class SerialWorker {
public:
    SerialWorker() = default;
    ~SerialWorker();
    SerialWorker(const SerialWorker &) = delete;
    SerialWorker &operator=(const SerialWorker &) = delete;

    void run(std::function<void()> job);
    void wait();

private:
    void loop();

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::function<void()> m_job;  ///< set while a job is pending or running
    bool m_stop = false;
    std::thread m_thread;
};

}  // namespace trialcrf
