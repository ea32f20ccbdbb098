// SPDX-License-Identifier: Apache-2.0
#include "storage/copysink.h"

#include "storage/infusionrepository.h"
#include "storage/lotusage.h"

#include <QSqlQuery>
#include <algorithm>

namespace trialcrf {

namespace {

using Status = SaveResult::Status;

/// Parents before children: subjects (every record's parent), infusions (their vital
/// signs'), the rest in the order first used, the vital signs, the audit trail last.
int rank(const QString &table)
{
    if (table == QLatin1String("subjects"))
        return 0;
    if (table == QLatin1String("infusions"))
        return 1;
    if (table == QLatin1String("vital_signs"))
        return 3;
    if (table == QLatin1String("audit_log"))
        return 4;
    return 2;
}

}  // namespace

CopySink::CopySink(const Database &db)
    : m_db(db),
      m_auditRows(QStringLiteral("audit_log"),
                  AuditLog::selectColumns().split(QStringLiteral(", "))),
      m_audit(db)
{
    m_audit.setCopyTarget(&m_auditRows);
}

CopySink::~CopySink() = default;

SaveResult CopySink::fail(SaveResult r)
{
    m_failed = r;
    m_audit.dropTail();
    return r;
}

std::optional<qint64> CopySink::nextId(const QString &table, QString *error)
{
    IdBlock &block = m_ids[table];
    if (block.at == block.ids.size()) {
        // The table's own generator, so ids never collide with a single save's; a block at a
        // time (values read whole: the connection is left idle for the next COPY).
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id'))"
                                   " FROM generate_series(1, %2)")
                        .arg(table)
                        .arg(block.size))) {
            *error = QStringLiteral("cannot draw ids for ") + table + QLatin1String(": ")
                + Database::describe(q.lastError());
            return std::nullopt;
        }
        block.ids.clear();
        block.at = 0;
        while (q.next())
            block.ids.push_back(q.value(0).toLongLong());
        q.finish();
        block.size = qMin(2 * block.size, kMaxIdBlock);
        if (block.ids.empty()) {
            *error = QStringLiteral("cannot draw ids for ") + table;
            return std::nullopt;
        }
    }
    return block.ids[block.at++];
}

CopyRows &CopySink::rowsOf(const QString &table, const QStringList &columns)
{
    CopyRows *&rows = m_byTable[table];
    if (!rows) {
        m_tables.push_back(std::make_unique<CopyRows>(table, columns));
        rows = m_tables.back().get();
    }
    return *rows;
}

SaveResult CopySink::insert(const WriteContext &ctx, const QString &table, const Row &row,
                            const UniqueKey &, qint64 *id, std::function<QString()> auditJson)
{
    if (!m_failed.ok())
        return m_failed;
    QString error;
    const std::optional<qint64> newId = nextId(table, &error);
    if (!newId)
        return fail(SaveResult::failure(Status::DatabaseError, error));
    *id = *newId;
    CopyRows *rows = m_byTable.value(table);
    if (!rows) {
        // The same columns RowWriter::insert writes, with the id first.
        QStringList columns{QStringLiteral("id")};
        for (const RowField &f : row.fields()) {
            if (f.stored)
                columns << f.column;
        }
        columns << QStringLiteral("version") << QStringLiteral("updated_at")
                << QStringLiteral("updated_by");
        rows = &rowsOf(table, columns);
    }
    if (ctx.now != m_lastNow) {
        m_lastNow = ctx.now;
        m_lastNowText = AuditLog::formatTime(ctx.now);
    }
    rows->addInteger(*id);
    for (const RowField &f : row.fields()) {
        if (f.stored)
            rows->addValue(f.value);
    }
    rows->addInteger(1);
    rows->addText(m_lastNowText);
    rows->addText(ctx.userName);
    rows->endRow();

    if (table == InfusionRepository::table()) {
        if (m_firstInfusionId == 0)
            m_firstInfusionId = *id;
        const RowField *lot = row.field(QStringLiteral("lot_number"));
        const RowField *subject = row.field(QStringLiteral("subject_id"));
        const QString trimmed = lot ? lot->value.toString().trimmed() : QString();
        if (!trimmed.isEmpty() && subject) {
            const qint64 subjectId = subject->value.toLongLong();
            const auto it = m_lots.find(trimmed);
            if (it == m_lots.end())
                m_lots.insert(trimmed, LotSubjects{subjectId, false});
            else if (it->first != subjectId)
                it->others = true;
        }
    }

    AuditEntry e;
    e.atUtc = ctx.now;
    e.userName = ctx.userName;
    e.action = QStringLiteral("insert");
    e.tableName = table;
    e.recordId = *id;
    e.subjectCode = ctx.subjectCode;
    e.reason = ctx.reason;
    if (!auditJson)
        auditJson = [row] { return row.insertJson(); };
    if (!m_audit.add(std::move(e), &error, std::move(auditJson)))
        return fail(SaveResult::failure(Status::DatabaseError, error));

    qsizetype held = m_auditRows.bytes();
    for (const auto &t : m_tables)
        held += t->bytes();
    return held < kFlushBytes ? SaveResult::saved() : send();
}

SaveResult CopySink::writeVitals(qint64 infusionId, const QList<VitalSigns> &,
                                 const QList<Row> &vitalRows)
{
    if (!m_failed.ok())
        return m_failed;
    if (vitalRows.isEmpty())
        return SaveResult::saved();
    CopyRows &rows = rowsOf(QStringLiteral("vital_signs"),
                            QStringList{QStringLiteral("infusion_id")}
                                + InfusionRepository::vitalColumns());
    int seq = 0;
    for (const Row &v : vitalRows) {
        rows.addInteger(infusionId);
        rows.addInteger(++seq);
        for (const RowField &f : v.fields())
            rows.addValue(f.value);
        rows.endRow();
    }
    return SaveResult::saved();
}

SaveResult CopySink::send()
{
    if (!m_failed.ok())
        return m_failed;
    std::vector<CopyRows *> order;
    for (const auto &t : m_tables)
        order.push_back(t.get());
    std::stable_sort(order.begin(), order.end(), [](const CopyRows *a, const CopyRows *b) {
        return rank(a->table()) < rank(b->table());
    });
    order.push_back(&m_auditRows);
    for (CopyRows *rows : order) {
        QString error, state;
        if (!PgCopy::send(m_db, *rows, &error, &state))
            return fail(SaveResult::failure(
                state == QLatin1String("23505") ? Status::Conflict : Status::DatabaseError, error));
        rows->clear();
    }
    return SaveResult::saved();
}

SaveResult CopySink::flushRows()
{
    if (!m_failed.ok())
        return m_failed;
    QString error;
    if (!m_audit.flush(&error))
        return fail(SaveResult::failure(Status::DatabaseError, error));
    return send();
}

std::optional<bool> CopySink::lotReusedBefore(const Database &db, const QString &lot,
                                              qint64 subjectId, qint64 infusionId, QString *error)
{
    // The batch's own infusions, sent or not (each had a lower id than this one), then the
    // ones stored before the batch began.
    const QString trimmed = lot.trimmed();
    if (trimmed.isEmpty())
        return false;
    const auto it = m_lots.constFind(trimmed);
    if (it != m_lots.constEnd() && (it->first != subjectId || it->others))
        return true;
    if (!m_priorInfusions) {
        // Infusions stored before the batch have lower ids than any the batch drew (the
        // sequence only grows, and the writer lock keeps other saves out meanwhile). When
        // there are none, the batch's own (above) are all there is: no query per infusion.
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM infusions WHERE id < %1"
                                   " LIMIT 1) AS prior")
                        .arg(m_firstInfusionId ? m_firstInfusionId : infusionId))
            || !q.next()) {
            *error = Database::describe(q.lastError());
            return std::nullopt;
        }
        m_priorInfusions = q.value(0).toLongLong() > 0;
    }
    if (!*m_priorInfusions)
        return false;
    return RowSink::lotReusedBefore(db, lot, subjectId, infusionId, error);
}

}  // namespace trialcrf
