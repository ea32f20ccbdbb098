// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditbatch.h"
#include "storage/pgcopy.h"
#include "storage/savepipeline.h"

#include <QHash>
#include <memory>
#include <vector>

namespace trialcrf {

/// A batch's sink on a PostgreSQL server (BulkWriter's, where SQLite has its prepared
/// statements on the sqlite3 handle): the new rows and their audit rows are kept in COPY's
/// text format, one buffer per table, and sent with COPY … FROM STDIN (PgCopy) when the
/// buffers pass kFlushBytes, before the pipeline reads what the batch wrote, and at
/// flushRows() — all inside the caller's one transaction, so all or nothing stays the
/// caller's rollback. Tables go parents first (subjects, infusions before their vital
/// signs, the audit trail last), so every foreign key finds its row.
///
/// A row needs its id before it is sent (its audit row and its children name it): ids are
/// drawn from the table's own identity sequence in blocks (nextval), so a single save that
/// follows gets the next free one and nothing needs setval. A block's unused ids are a gap,
/// as a rolled-back save leaves one.
///
/// What a row refuses (a unique key the caller did not check, a constraint) is known only
/// when its COPY is sent: that send fails as a whole (Conflict for a unique key, else
/// DatabaseError, with the server's message and the COPY line), the transaction is aborted,
/// and every later call returns the same failure until the caller rolls back.
class CopySink : public RowSink {
public:
    static constexpr qsizetype kFlushBytes = 4 * 1024 * 1024;

    explicit CopySink(const Database &db);
    ~CopySink() override;

    SaveResult insert(const WriteContext &ctx, const QString &table, const Row &row,
                      const UniqueKey &key, qint64 *id,
                      std::function<QString()> auditJson = {}) override;
    SaveResult writeVitals(qint64 infusionId, const QList<VitalSigns> &vitals,
                           const QList<Row> &rows) override;
    /// The queued audit rows and every buffer, sent.
    SaveResult flushRows() override;
    /// The batch's own infusions (held or sent) and, for the rest, LotUsage.
    std::optional<bool> lotReusedBefore(const Database &db, const QString &lot, qint64 subjectId,
                                        qint64 infusionId, QString *error) override;

private:
    std::optional<qint64> nextId(const QString &table, QString *error);
    CopyRows &rowsOf(const QString &table, const QStringList &columns);
    /// Sends every non-empty buffer, parents first.
    SaveResult send();
    SaveResult fail(SaveResult r);

    struct IdBlock {
        std::vector<qint64> ids;
        std::size_t at = 0;
        int size = 8;  ///< the next block's size: doubles up to kMaxIdBlock
    };
    static constexpr int kMaxIdBlock = 4096;
    struct LotSubjects {
        qint64 first = 0;
        bool others = false;  ///< a second subject had it too
    };

    const Database &m_db;
    CopyRows m_auditRows;
    AuditBatch m_audit;
    std::vector<std::unique_ptr<CopyRows>> m_tables;  ///< in order of first use
    QHash<QString, CopyRows *> m_byTable;
    QHash<QString, IdBlock> m_ids;
    QHash<QString, LotSubjects> m_lots;  ///< trimmed lot → the batch's subjects that had it
    qint64 m_firstInfusionId = 0;        ///< the batch's first infusion
    std::optional<bool> m_priorInfusions;  ///< whether infusions were stored before the batch
    SaveResult m_failed;
    QDateTime m_lastNow;
    QString m_lastNowText;
};

}  // namespace trialcrf
