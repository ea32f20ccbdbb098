// SPDX-License-Identifier: Apache-2.0
#include "storage/bulkwriter.h"

#include "storage/auditbatch.h"
#include "storage/copysink.h"
#include "storage/infusionrepository.h"
#include "storage/sqlitestatement.h"
#include "storage/studystore.h"

#include <array>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace trialcrf {

namespace {

// glibc returns free memory at the top of the heap to the system as soon as 128 KiB are free
// there, and asks for it again on the next batch: for an import of millions of short-lived
// rows (audit batches, records, their texts) that is a system call and fresh zeroed pages
// again and again. While a bulk writer lives the heap keeps up to this much free memory;
// nothing more is allocated, freed memory is only kept for reuse (peak memory is the same).
#if defined(__GLIBC__)
constexpr int kGlibcDefaultTrimAndPad = 128 * 1024;  // mallopt(3): both parameters' default
constexpr int kBulkTrimThreshold = 256 * 1024 * 1024;
constexpr int kBulkTopPad = 64 * 1024 * 1024;
#endif

using Status = SaveResult::Status;

/// Sets the connection's PRAGMA `name` to `value`; returns what it was before.
std::optional<qint64> setPragma(const Database &db, const QString &name, const QString &value)
{
    std::optional<qint64> previous;
    if (db.isServer())  // SQLite's page cache and statement journal: nothing to tune there
        return previous;
    SqliteStatement read(db, QStringLiteral("PRAGMA ") + name);
    if (read.next())
        previous = read.integer(0);
    SqliteStatement(db, QStringLiteral("PRAGMA %1 = %2").arg(name, value)).run();
    return previous;
}

SaveResult databaseError(const QString &error)
{
    return SaveResult::failure(Status::DatabaseError, error);
}

}  // namespace

/// A batch's sink: each table's INSERT prepared once on the connection's sqlite3 handle, the
/// audit rows queued in an AuditBatch, a larger page cache and in-memory statement journals
/// while it lives.
class BatchSink : public RowSink {
public:
    explicit BatchSink(const Database &db);
    ~BatchSink() override;

    SaveResult insert(const WriteContext &ctx, const QString &table, const Row &row,
                      const UniqueKey &key, qint64 *id,
                      std::function<QString()> auditJson = {}) override;
    SaveResult writeVitals(qint64 infusionId, const QList<VitalSigns> &vitals,
                           const QList<Row> &rows) override;
    SaveResult flushRows() override;

private:
    SqliteStatement &statement(const QString &sql);
    /// INSERT of `rows` vital signs (1..kVitalsPerInsert), prepared once per count.
    SqliteStatement &vitalsInsert(int rows);
    static constexpr int kVitalsPerInsert = 8;
    /// The page cache while a batch lives (negative: KiB), instead of SQLite's 2 MB.
    static constexpr int kCacheSizeKib = -65536;

    const Database &m_db;
    std::optional<qint64> m_previousCacheSize;
    std::optional<qint64> m_previousTempStore;
    AuditBatch m_audit;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements;  ///< by SQL text
    QHash<QString, SqliteStatement *> m_insertByTable;  ///< into m_statements
    std::array<SqliteStatement *, kVitalsPerInsert + 1> m_vitalsInsert{};  ///< by row count
    QDateTime m_lastNow;
    QString m_lastNowText;
};

BatchSink::BatchSink(const Database &db) : m_db(db), m_audit(db)
{
    // One transaction of many new pages outgrows SQLite's default 2 MB page cache, which
    // then spills dirty pages to the WAL all along: a larger cache while the writer lives.
    m_previousCacheSize = setPragma(db, QStringLiteral("cache_size"),
                                    QString::number(kCacheSizeKib));
    // A multi-row INSERT (the audit batch) inside a transaction keeps a statement journal of
    // the pages it changes, so that a failing row can undo the statement. By default SQLite
    // spills it to a temporary file beyond 64 KiB, i.e. on every batch: an open, a few
    // hundred KiB written and an unlink per statement, more bytes than the WAL itself gets.
    // In memory it is as safe (it only ever undoes the current statement) and bounded by one
    // statement's pages.
    m_previousTempStore =
        setPragma(db, QStringLiteral("temp_store"), QStringLiteral("MEMORY"));
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, kBulkTrimThreshold);
    mallopt(M_TOP_PAD, kBulkTopPad);
#endif
}

BatchSink::~BatchSink()
{
#if defined(__GLIBC__)
    mallopt(M_TOP_PAD, kGlibcDefaultTrimAndPad);
    mallopt(M_TRIM_THRESHOLD, kGlibcDefaultTrimAndPad);
    malloc_trim(0);  // what the import freed goes back to the system now
#endif
    m_statements.clear();
    if (m_previousCacheSize)
        setPragma(m_db, QStringLiteral("cache_size"),
                  QString::number(*m_previousCacheSize));
    if (m_previousTempStore)
        setPragma(m_db, QStringLiteral("temp_store"),
                  QString::number(*m_previousTempStore));
}

SqliteStatement &BatchSink::statement(const QString &sql)
{
    std::shared_ptr<SqliteStatement> &st = m_statements[sql];
    if (!st)
        st = std::make_shared<SqliteStatement>(m_db, sql);
    return *st;
}

SqliteStatement &BatchSink::vitalsInsert(int rows)
{
    SqliteStatement *&cached = m_vitalsInsert[rows];
    if (!cached) {
        const QStringList columns =
            QStringList{QStringLiteral("infusion_id")} + InfusionRepository::vitalColumns();
        const QString one = QLatin1Char('(')
            + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))
            + QLatin1Char(')');
        cached = &statement(QStringLiteral("INSERT INTO vital_signs (%1) VALUES %2")
                                .arg(columns.join(QStringLiteral(", ")),
                                     QStringList(rows, one).join(QStringLiteral(", "))));
    }
    return *cached;
}

SaveResult BatchSink::insert(const WriteContext &ctx, const QString &table, const Row &row,
                             const UniqueKey &key, qint64 *id, std::function<QString()> auditJson)
{
    // The same statement RowWriter::insert builds: the stored columns, then the version.
    // Looked up by the table's name (one short key), prepared once.
    SqliteStatement *&cached = m_insertByTable[table];
    if (!cached) {
        QStringList columns, marks;
        for (const RowField &f : row.fields()) {
            if (f.stored)
                columns << f.column;
        }
        columns << QStringLiteral("version") << QStringLiteral("updated_at")
                << QStringLiteral("updated_by");
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        cached = &statement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, columns.join(QStringLiteral(", ")),
                                     marks.join(QStringLiteral(", "))));
    }
    SqliteStatement &st = *cached;
    if (!st.isPrepared())
        return databaseError(QStringLiteral("cannot insert into ") + table + QLatin1String(": ")
                             + st.errorString());
    const QDateTime &now = ctx.now;
    if (now != m_lastNow) {  // the clock's text, formatted once per distinct time
        m_lastNow = now;
        m_lastNowText = AuditLog::formatTime(now);
    }
    int p = 0;
    for (const RowField &f : row.fields()) {
        if (f.stored)
            st.bind(++p, f.value);
    }
    st.bindInteger(++p, 1);
    st.bindText(++p, m_lastNowText);
    st.bindText(++p, ctx.userName);
    if (!st.run()) {
        if (st.uniqueViolation())
            return RowWriter::conflict(key);
        return databaseError(QStringLiteral("cannot insert into ") + table + QLatin1String(": ")
                             + st.errorString());
    }
    *id = st.lastInsertId();

    AuditEntry e;
    e.atUtc = now;
    e.userName = ctx.userName;
    e.action = QStringLiteral("insert");
    e.tableName = table;
    e.recordId = *id;
    e.subjectCode = ctx.subjectCode;
    e.reason = ctx.reason;
    if (!auditJson)
        auditJson = [row] { return row.insertJson(); };  // a shared copy: read, never written
    QString error;
    if (!m_audit.add(std::move(e), &error, std::move(auditJson)))
        return databaseError(error);
    return SaveResult::saved();
}

SaveResult BatchSink::writeVitals(qint64 infusionId, const QList<VitalSigns> &,
                                  const QList<Row> &vitalRows)
{
    // The vital signs: child rows in recorded order (as InfusionRepository::writeVitals),
    // up to kVitalsPerInsert rows per INSERT: one statement's fixed cost (cursors on the
    // table, its unique index and the parent infusion) for several rows.
    int seq = 0;
    for (qsizetype from = 0; from < vitalRows.size(); from += kVitalsPerInsert) {
        const int rows = int(qMin<qsizetype>(kVitalsPerInsert, vitalRows.size() - from));
        SqliteStatement &st = vitalsInsert(rows);
        int p = 0;
        for (int k = 0; k < rows; ++k) {
            st.bindInteger(++p, infusionId);
            st.bindInteger(++p, ++seq);
            for (const RowField &f : vitalRows.at(from + k).fields())
                st.bind(++p, f.value);
        }
        if (!st.run())
            return databaseError(QStringLiteral("cannot write vital signs: ") + st.errorString());
    }
    return SaveResult::saved();
}

SaveResult BatchSink::flushRows()
{
    QString error;
    if (!m_audit.flush(&error))
        return databaseError(error);
    return SaveResult::saved();
}

BulkWriter::BulkWriter(StudyStore &store)
    : m_sink(store.database().isServer()
                 ? std::unique_ptr<RowSink>(std::make_unique<CopySink>(store.database()))
                 : std::unique_ptr<RowSink>(std::make_unique<BatchSink>(store.database()))),
      m_audit(store.database(), store.clock()),
      m_pipeline(store.database(), store.protocol(), store.clock(), m_audit, *m_sink, true)
{
}

BulkWriter::~BulkWriter() = default;

SaveResult BulkWriter::addSubject(const Session &s, Subject &subject, const QString &reason)
{
    return m_pipeline.saveSubject(s, subject, reason);
}

SaveResult BulkWriter::addConsent(const Session &s, const BulkSubject &subject, Consent &consent,
                                  const QString &reason)
{
    return m_pipeline.saveConsent(s, &subject, consent, reason);
}

SaveResult BulkWriter::addEligibility(const Session &s, const BulkSubject &subject, Eligibility &e,
                                      const QString &reason)
{
    return m_pipeline.saveEligibility(s, &subject, e, reason);
}

SaveResult BulkWriter::addPasi(const Session &s, const BulkSubject &subject,
                               PasiAssessment &pasi, const QString &reason)
{
    return m_pipeline.savePasi(s, &subject, pasi, reason);
}

SaveResult BulkWriter::addInfusion(const Session &s, const BulkSubject &subject,
                                   Infusion &infusion, const QString &reason)
{
    return m_pipeline.saveInfusion(s, &subject, infusion, reason);
}

SaveResult BulkWriter::addAdverseEvent(const Session &s, const BulkSubject &subject,
                                       AdverseEvent &ae, const QString &reason)
{
    return m_pipeline.saveAdverseEvent(s, &subject, ae, reason);
}

void BulkWriter::setKnownDeviations(QHash<QString, Deviation> known)
{
    m_pipeline.deviations().setKnown(std::move(known));
}

QString BulkWriter::deviationKey(const QString &subjectCode, const QString &visit,
                                 const QString &sourceCode, const QString &kind)
{
    return DeviationSync::deviationKey(subjectCode, visit, sourceCode, kind);
}

SaveResult BulkWriter::addResolvedKnownDeviations(const Session &s, QStringList *orphans,
                                                  const QString &reason)
{
    return m_pipeline.deviations().addResolvedKnown(m_pipeline.writeContext(s, {}, reason),
                                                    orphans);
}

SaveResult BulkWriter::finish()
{
    return m_sink->flushRows();
}

}  // namespace trialcrf
