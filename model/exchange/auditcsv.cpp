// SPDX-License-Identifier: Apache-2.0
#include "exchange/auditcsv.h"

#include "exchange/csvwriter.h"
#include "exchange/datadictionary.h"
#include "exchange/storedcells.h"
#include "protocol/protocol.h"
#include "storage/audittrail.h"
#include "storage/database.h"
#include "storage/exchangequeries.h"

#include <QFile>
#include <QSaveFile>
#include <chrono>

namespace trialcrf {

using storedcells::addInteger;
using storedcells::addStored;

bool AuditCsv::write(const Database &db, const Target &target, const std::function<bool()> &row,
                     qint64 *rows, qint64 *lastSeq, QString *error)
{
    *rows = 0;
    *lastSeq = 0;
    QFile file(target.filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(target.filePath, file.errorString());
        return false;
    }
    CsvWriter w(&file, target.byteOrderMark);
    w.writeRow(target.header);
    bool stopped = false;
    const bool read = ExchangeQueries(db).forEachAudit(
        target.upToSeq,
        [&](const ExchangeQueries::Row &r) {
            if (target.subjects && !r.isNull(6) && !r.bytes(6).isEmpty()
                && !target.subjects->contains(QString::fromUtf8(r.bytes(6))))
                return true;  // another site's subject
            addInteger(w, r, 0);
            for (int c = 1; c <= 4; ++c)
                addStored(w, r, c);
            addInteger(w, r, 5);
            for (int c = 6; c <= 12; ++c)
                addStored(w, r, c);
            w.endRow();
            ++*rows;
            *lastSeq = r.integer(0);
            stopped = !row();
            return !stopped;
        },
        error);
    if (!read || stopped)
        return false;
    if (!w.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(target.filePath, w.errorString());
        return false;
    }
    if (!file.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(target.filePath, file.errorString());
        return false;
    }
    return true;
}

bool AuditCsv::writeSelection(const Database &db, const Session &session,
                              const AuditFilter &filter, const QString &filePath, QString *error)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    CsvWriter w(&file, true);
    w.writeRow(DataDictionary(Protocol::builtIn()).file(QStringLiteral("audit")).columnNames());
    AuditFilter oldestFirst = filter;
    oldestFirst.newestFirst = false;
    oldestFirst.limit = -1;
    const bool ok = AuditTrail(db).forEachEntry(
        session, oldestFirst,
        [&w](const AuditEntry &e) {
            w.addField(e.seq);
            w.addField(e.atUtc.toUTC().toString(Qt::ISODateWithMs));
            w.addField(e.userName);
            w.addField(e.action);
            w.addField(e.tableName);
            w.addField(e.recordId);
            w.addField(e.subjectCode);
            w.addField(e.field);
            w.addField(e.oldValue);
            w.addField(e.newValue);
            w.addField(e.reason);
            w.addField(e.prevHash);
            w.addField(e.hash);
            w.endRow();
            return w.ok();
        },
        error);
    if (!ok)
        return false;
    if (!w.flush()) {
        *error = w.errorString();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

AuditCsv::Job::Job(const QString &dbPath, Target target) : m_target(std::move(target))
{
    m_thread = std::thread([this, dbPath] { run(dbPath); });
}

AuditCsv::Job::~Job()
{
    cancel();
    m_thread.join();
}

void AuditCsv::Job::run(const QString &dbPath)
{
    bool ok = false, couldNotOpen = false;
    qint64 lastSeq = 0;
    QString error;
    {
        // A connection of this thread (Qt Sql connections belong to the thread that opened
        // them), closed before the thread ends.
        Database db;
        if (!db.open(dbPath, Database::OpenMode::ReadOnly)) {
            couldNotOpen = true;
            error = db.errorString();
        } else {
            qint64 rows = 0;
            ok = write(
                db, m_target,
                [this, &rows] {
                    m_rows.store(rows, std::memory_order_relaxed);
                    return !m_cancel.load(std::memory_order_relaxed);
                },
                &rows, &lastSeq, &error);
            m_rows.store(rows, std::memory_order_relaxed);
        }
    }
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_ok = ok;
        m_couldNotOpen = couldNotOpen;
        m_lastSeq = lastSeq;
        m_error = error;
        m_done = true;
    }
    m_finished.notify_all();
}

bool AuditCsv::Job::waitFor(int ms)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    return m_finished.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_done; });
}

}  // namespace trialcrf
