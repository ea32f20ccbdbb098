// SPDX-License-Identifier: Apache-2.0
#include "storage/bulkwriter.h"

#include "records/lifecycle.h"
#include "storage/adverseeventrepository.h"
#include "storage/auditbatch.h"
#include "storage/consentrepository.h"
#include "storage/deviationrepository.h"
#include "storage/eligibilityrepository.h"
#include "storage/infusionrepository.h"
#include "storage/pasirepository.h"
#include "storage/rowwriter.h"
#include "storage/sqlitestatement.h"
#include "storage/studystore.h"
#include "storage/subjectrepository.h"

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

BulkWriter::BulkWriter(StudyStore &store)
    : m_store(store),
      m_audit(std::make_unique<AuditBatch>(store.database())),
      m_today(store.clock()().toLocalTime().date())
{
    // One transaction of many new pages outgrows SQLite's default 2 MB page cache, which
    // then spills dirty pages to the WAL all along: a larger cache while the writer lives.
    m_previousCacheSize = setPragma(store.database(), QStringLiteral("cache_size"),
                                    QString::number(kCacheSizeKib));
    // A multi-row INSERT (the audit batch) inside a transaction keeps a statement journal of
    // the pages it changes, so that a failing row can undo the statement. By default SQLite
    // spills it to a temporary file beyond 64 KiB, i.e. on every batch: an open, a few
    // hundred KiB written and an unlink per statement, more bytes than the WAL itself gets.
    // In memory it is as safe (it only ever undoes the current statement) and bounded by one
    // statement's pages.
    m_previousTempStore =
        setPragma(store.database(), QStringLiteral("temp_store"), QStringLiteral("MEMORY"));
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, kBulkTrimThreshold);
    mallopt(M_TOP_PAD, kBulkTopPad);
#endif
}

BulkWriter::~BulkWriter()
{
#if defined(__GLIBC__)
    mallopt(M_TOP_PAD, kGlibcDefaultTrimAndPad);
    mallopt(M_TRIM_THRESHOLD, kGlibcDefaultTrimAndPad);
    malloc_trim(0);  // what the import freed goes back to the system now
#endif
    m_statements.clear();
    if (m_previousCacheSize)
        setPragma(m_store.database(), QStringLiteral("cache_size"),
                  QString::number(*m_previousCacheSize));
    if (m_previousTempStore)
        setPragma(m_store.database(), QStringLiteral("temp_store"),
                  QString::number(*m_previousTempStore));
}

ValidationContext BulkWriter::context(const std::optional<QDate> &birthDate,
                                      const std::optional<QDate> &week0) const
{
    ValidationContext ctx;
    ctx.today = m_today;
    ctx.week0 = week0;
    ctx.birthDate = birthDate;
    return ctx;
}

SaveResult BulkWriter::admit(const Session &s, Action action, qint64 recordId,
                             const BulkSubject &subject) const
{
    if (!m_store.may(s, action))
        return StudyStore::denied(s);
    if (recordId != 0)
        return SaveResult::failure(Status::DatabaseError,
                                   QStringLiteral("the bulk path writes new records only"));
    if (subject.id == 0) {
        return SaveResult::invalid({FieldError{QStringLiteral("subject_code"),
                                   QT_TRANSLATE_NOOP("Validation", "The subject does not exist."),
                                   {}}});
    }
    if (subject.locked)
        return SaveResult::failure(Status::Locked,
                                   QStringLiteral("the casebook of %1 is locked").arg(subject.code));
    return SaveResult::saved();
}

SqliteStatement &BulkWriter::statement(const QString &sql)
{
    std::shared_ptr<SqliteStatement> &st = m_statements[sql];
    if (!st)
        st = std::make_shared<SqliteStatement>(m_store.database(), sql);
    return *st;
}

SqliteStatement &BulkWriter::vitalsInsert(int rows)
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

SaveResult BulkWriter::insert(const Session &s, const QString &subjectCode, const QString &reason,
                              const QString &table, const Row &row, const UniqueKey &key,
                              qint64 *id, std::function<QString()> auditJson)
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
    const QDateTime now = m_store.clock()().toUTC();
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
    st.bindText(++p, s.userName);
    if (!st.run()) {
        if (st.uniqueViolation())
            return RowWriter::conflict(key);
        return databaseError(QStringLiteral("cannot insert into ") + table + QLatin1String(": ")
                             + st.errorString());
    }
    *id = st.lastInsertId();

    AuditEntry e;
    e.atUtc = now;
    e.userName = s.userName;
    e.action = QStringLiteral("insert");
    e.tableName = table;
    e.recordId = *id;
    e.subjectCode = subjectCode;
    e.reason = reason.trimmed();
    if (!auditJson)
        auditJson = [row] { return row.insertJson(); };  // a shared copy: read, never written
    QString error;
    if (!m_audit->add(std::move(e), &error, std::move(auditJson)))
        return databaseError(error);
    return SaveResult::saved();
}

SaveResult BulkWriter::addSubject(const Session &s, Subject &subject, const QString &reason)
{
    if (!m_store.may(s, Action::EditSubject))
        return StudyStore::denied(s);
    if (subject.id != 0)
        return SaveResult::failure(Status::DatabaseError,
                                   QStringLiteral("the bulk path writes new records only"));
    const FieldErrors errors =
        subject.validate(m_store.protocol(), context(subject.birthDate, subject.week0Date));
    if (hasHardErrors(errors))
        return SaveResult::invalid(hardErrors(errors));
    qint64 id = 0;
    const SaveResult r = insert(s, subject.code, reason, SubjectRepository::table(),
                                SubjectRepository::toRow(subject),
                                SubjectRepository::uniqueKey(subject), &id);
    if (!r.ok())
        return r;
    m_store.m_pageCursor.nextOffset = -1;  // the list's order may have changed
    subject.id = id;
    subject.version = 1;
    return r;
}

SaveResult BulkWriter::addConsent(const Session &s, const BulkSubject &subject, Consent &consent,
                                  const QString &reason)
{
    SaveResult r = admit(s, Action::EditConsent, consent.id, subject);
    if (!r.ok())
        return r;
    consent.subjectId = subject.id;
    const FieldErrors errors =
        consent.validate(m_store.protocol(), context(subject.birthDate, subject.week0Date));
    if (hasHardErrors(errors))
        return SaveResult::invalid(hardErrors(errors));
    qint64 id = 0;
    r = insert(s, subject.code, reason, ConsentRepository::table(),
               ConsentRepository::toRow(consent), ConsentRepository::uniqueKey(), &id);
    if (r.ok()) {
        consent.id = id;
        consent.version = 1;
    }
    return r;
}

SaveResult BulkWriter::addEligibility(const Session &s, const BulkSubject &subject, Eligibility &e,
                                      const QString &reason)
{
    SaveResult r = admit(s, Action::EditEligibility, e.id, subject);
    if (!r.ok())
        return r;
    e.subjectId = subject.id;
    e.pasiTenths = subject.screeningPasiTenths;  // not typed on this page
    const Protocol &p = m_store.protocol();
    const rules::Verdict computed =
        rules::assessEligibility(p, e.toInput(subject.birthDate, subject.week0Date,
                                              subject.consentDate, subject.consentSigned))
            .verdict;
    const FieldErrors errors = e.validate(p, context(subject.birthDate, subject.week0Date),
                                          computed);
    if (hasHardErrors(errors))
        return SaveResult::invalid(hardErrors(errors));
    StoredEligibility stored;
    r = m_store.stampConfirmation(s, e, std::nullopt, m_store.clock()().toUTC(), &stored);
    if (!r.ok())
        return r;
    qint64 id = 0;
    r = insert(s, subject.code, reason, EligibilityRepository::table(),
               EligibilityRepository::toRow(stored), EligibilityRepository::uniqueKey(), &id);
    if (r.ok()) {
        e.id = id;
        e.version = 1;
    }
    return r;
}

SaveResult BulkWriter::addPasi(const Session &s, const BulkSubject &subject,
                               PasiAssessment &pasi, const QString &reason)
{
    SaveResult r = admit(s, Action::EditPasi, pasi.id, subject);
    if (!r.ok())
        return r;
    pasi.subjectId = subject.id;
    const Protocol &p = m_store.protocol();
    const FieldErrors errors = pasi.validate(p, context(subject.birthDate, subject.week0Date));
    if (hasHardErrors(errors))
        return SaveResult::invalid(hardErrors(errors));
    qint64 id = 0;
    r = insert(s, subject.code, reason, PasiRepository::table(), PasiRepository::toRow(p, pasi),
               PasiRepository::uniqueKey(pasi), &id);
    if (r.ok())
        r = addDeviations(s, subject, reason, pasi.visit, PasiRepository::table(), id,
                          rules::detectDeviations(p, pasi.deviationInput(subject.week0Date)),
                          [&](const QString &kind) { return pasi.deviationReasons.value(kind); });
    if (r.ok()) {
        pasi.id = id;
        pasi.version = 1;
    }
    return r;
}

SaveResult BulkWriter::addInfusion(const Session &s, const BulkSubject &subject,
                                   Infusion &infusion, const QString &reason)
{
    SaveResult r = admit(s, Action::EditInfusion, infusion.id, subject);
    if (!r.ok())
        return r;
    infusion.subjectId = subject.id;
    if (const FieldErrors gate =
            lifecycle::infusionGateErrors(subject.lifeCycle(), infusion.infusionDate);
        !gate.isEmpty())
        return SaveResult::invalid(gate);
    const FieldErrors errors =
        infusion.validate(m_store.protocol(), context(subject.birthDate, subject.week0Date));
    if (hasHardErrors(errors))
        return SaveResult::invalid(hardErrors(errors));
    qint64 id = 0;
    // The vital signs' rows are built once, for the inserts and for the audit row's JSON
    // (the same as InfusionRepository::toRow's, rendered on the audit batch's thread).
    const Row row = InfusionRepository::columnsRow(infusion);
    const QList<Row> vitalRows = InfusionRepository::vitalsRows(infusion.vitals);
    r = insert(s, subject.code, reason, InfusionRepository::table(), row,
               InfusionRepository::uniqueKey(infusion), &id, [row, vitalRows] {
                   return InfusionRepository::withVitals(row, vitalRows).insertJson();
               });
    if (!r.ok())
        return r;
    // The vital signs: child rows in recorded order (as InfusionRepository::writeVitals),
    // up to kVitalsPerInsert rows per INSERT: one statement's fixed cost (cursors on the
    // table, its unique index and the parent infusion) for several rows.
    int seq = 0;
    for (qsizetype from = 0; from < vitalRows.size(); from += kVitalsPerInsert) {
        const int rows = int(qMin<qsizetype>(kVitalsPerInsert, vitalRows.size() - from));
        SqliteStatement &st = vitalsInsert(rows);
        int p = 0;
        for (int k = 0; k < rows; ++k) {
            st.bindInteger(++p, id);
            st.bindInteger(++p, ++seq);
            for (const RowField &f : vitalRows.at(from + k).fields())
                st.bind(++p, f.value);
        }
        if (!st.run())
            return databaseError(QStringLiteral("cannot write vital signs: ") + st.errorString());
    }
    r = addDeviations(
        s, subject, reason, infusion.visit, InfusionRepository::table(), id,
        rules::detectDeviations(m_store.protocol(), infusion.deviationInput(subject.week0Date)),
        [&](const QString &kind) { return infusion.deviationReasonFor(kind); });
    if (!r.ok())
        return r;
    infusion.id = id;
    infusion.version = 1;
    return r;
}

SaveResult BulkWriter::addAdverseEvent(const Session &s, const BulkSubject &subject,
                                       AdverseEvent &ae, const QString &reason)
{
    SaveResult r = admit(s, Action::EditAdverseEvent, ae.id, subject);
    if (!r.ok())
        return r;
    ae.subjectId = subject.id;
    const FieldErrors errors =
        ae.validate(m_store.protocol(), context(subject.birthDate, subject.week0Date));
    if (hasHardErrors(errors))
        return SaveResult::invalid(hardErrors(errors));
    if (r = m_store.checkCausality(s, ae, std::nullopt); !r.ok())
        return r;
    qint64 id = 0;
    r = insert(s, subject.code, reason, AdverseEventRepository::table(),
               AdverseEventRepository::toRow(ae), AdverseEventRepository::uniqueKey(ae), &id);
    if (r.ok()) {
        ae.id = id;
        ae.version = 1;
    }
    return r;
}

QString BulkWriter::deviationKey(const QString &subjectCode, const QString &visit,
                                 const QString &sourceCode, const QString &kind)
{
    return subjectCode + QLatin1Char('|') + visit + QLatin1Char('|') + sourceCode
        + QLatin1Char('|') + kind;
}

SaveResult BulkWriter::addDeviations(const Session &s, const BulkSubject &subject,
                                     const QString &reason, const QString &visit, const QString &sourceTable,
                                     qint64 sourceId, const QStringList &kinds,
                                     const std::function<QString(const QString &)> &pageReason)
{
    Deviation probe;
    probe.sourceTable = sourceTable;
    const QString sourceCode = probe.sourceCode();
    m_sources.insert(subject.code + QLatin1Char('|') + visit + QLatin1Char('|') + sourceCode,
                     Source{subject.id, sourceId, sourceTable, subject.code, visit});
    for (const QString &kind : kinds) {
        Deviation d;
        const auto known = m_known.constFind(deviationKey(subject.code, visit, sourceCode, kind));
        if (known != m_known.constEnd()) {
            d = *known;
            m_known.erase(known);
        }
        if (!d.detectedAt.isValid())
            d.detectedAt = m_store.clock()().toUTC();
        if (d.recordedBy.isEmpty())
            d.recordedBy = s.userName;
        d.subjectId = subject.id;
        d.visit = visit;
        d.kind = kind;
        d.sourceTable = sourceTable;
        d.sourceId = sourceId;
        d.resolved = false;
        d.resolvedAt = {};
        const QString given = pageReason(kind).trimmed();
        if (!given.isEmpty() && given != d.reason) {
            d.reason = given;
            d.recordedBy = s.userName;
        }
        qint64 id = 0;
        const SaveResult r = insert(s, subject.code, reason, DeviationRepository::table(),
                                    DeviationRepository::toRow(d),
                                    DeviationRepository::uniqueKey(), &id);
        if (!r.ok())
            return r;
    }
    return SaveResult::saved();
}

SaveResult BulkWriter::addResolvedKnownDeviations(const Session &s, QStringList *orphans,
                                                  const QString &reason)
{
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        const QString sourceKey = it.key().section(QLatin1Char('|'), 0, 2);
        const auto source = m_sources.constFind(sourceKey);
        if (source == m_sources.constEnd()) {
            orphans->append(it.key());
            continue;
        }
        Deviation d = *it;
        if (!d.detectedAt.isValid())
            d.detectedAt = m_store.clock()().toUTC();
        if (d.recordedBy.isEmpty())
            d.recordedBy = s.userName;
        d.subjectId = source->subjectId;
        d.sourceTable = source->table;
        d.sourceId = source->id;
        d.resolved = true;
        if (!d.resolvedAt.isValid())
            d.resolvedAt = m_store.clock()().toUTC();
        qint64 id = 0;
        const SaveResult r = insert(s, source->subjectCode, reason, DeviationRepository::table(),
                                    DeviationRepository::toRow(d),
                                    DeviationRepository::uniqueKey(), &id);
        if (!r.ok())
            return r;
    }
    m_known.clear();
    return SaveResult::saved();
}

SaveResult BulkWriter::finish()
{
    QString error;
    if (!m_audit->flush(&error))
        return databaseError(error);
    return SaveResult::saved();
}

}  // namespace trialcrf
