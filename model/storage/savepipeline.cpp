// SPDX-License-Identifier: Apache-2.0
#include "storage/savepipeline.h"

#include "records/lifecycle.h"
#include "rules/deviations.h"
#include "storage/adverseeventrepository.h"
#include "storage/consentrepository.h"
#include "storage/deviationrepository.h"
#include "storage/eligibilityrepository.h"
#include "storage/infusionrepository.h"
#include "storage/lotusage.h"
#include "storage/pasirepository.h"
#include "storage/savesteps.h"
#include "storage/sitestore.h"
#include "storage/subjectrepository.h"

namespace trialcrf {

using namespace savesteps;
using Status = SaveResult::Status;


rules::LifeCycleInput BulkSubject::lifeCycle() const
{
    rules::LifeCycleInput in;
    in.consentSigned = consentSigned;
    in.confirmedVerdict = confirmedVerdict;
    in.withdrawalDate = withdrawalDate;
    return in;
}

BulkSubject BulkSubject::of(const Subject &s)
{
    BulkSubject b;
    b.id = s.id;
    b.code = s.code;
    b.birthDate = s.birthDate;
    b.week0Date = s.week0Date;
    b.withdrawalDate = s.withdrawalDate;
    return b;
}


std::optional<bool> RowSink::lotReusedBefore(const Database &db, const QString &lot,
                                             qint64 subjectId, qint64 infusionId, QString *error)
{
    return LotUsage::reusedBefore(db, lot, subjectId, infusionId, error);
}

SaveResult DirectSink::insert(const WriteContext &ctx, const QString &table, const Row &row,
                              const UniqueKey &key, qint64 *id,
                              std::function<QString()> auditJson)
{
    return RowWriter::insert(ctx, table, row, key, id, auditJson);
}

SaveResult DirectSink::writeVitals(qint64 infusionId, const QList<VitalSigns> &vitals,
                                   const QList<Row> &)
{
    QString error;
    if (!InfusionRepository::writeVitals(m_db, infusionId, vitals, &error))
        return SaveResult::failure(Status::DatabaseError, error);
    return SaveResult::saved();
}

SavePipeline::SavePipeline(const Database &db, const Protocol &protocol, Clock clock,
                           AuditLog &audit, RowSink &sink, bool batched)
    : m_db(db),
      m_protocol(protocol),
      m_clock(std::move(clock)),
      m_audit(audit),
      m_sink(sink),
      m_batched(batched),
      m_deviations(db, protocol, sink)
{
    if (m_batched)
        m_batchToday = m_clock().toLocalTime().date();
}

SaveResult SavePipeline::denied(const Session &s)
{
    return SaveResult::failure(Status::Denied,
                               QStringLiteral("%1 (%2) may not do this")
                                   .arg(s.userName, roleCode(s.role)));
}

WriteContext SavePipeline::writeContext(const Session &s, const QString &subjectCode,
                                        const QString &reason) const
{
    WriteContext ctx;
    ctx.db = &m_db;
    ctx.audit = &m_audit;
    ctx.userName = s.userName;
    ctx.now = m_clock().toUTC();
    ctx.subjectCode = subjectCode;
    ctx.reason = reason.trimmed();
    return ctx;
}

ValidationContext SavePipeline::validationContext(const Page &page) const
{
    ValidationContext ctx;
    ctx.today = m_batched ? m_batchToday : m_clock().toLocalTime().date();
    ctx.week0 = page.subject.week0Date;
    ctx.birthDate = page.subject.birthDate;
    return ctx;
}

SaveResult SavePipeline::open(const Session &s, Action action, qint64 recordId,
                              qint64 subjectId, const BulkSubject *given, const QString &reason,
                              Page *page) const
{
    if (!s.may(action))
        return denied(s);
    page->given = given;
    if (m_batched != (given != nullptr) || (given && recordId != 0))
        return SaveResult::failure(Status::DatabaseError,
                                   QStringLiteral("the bulk path writes new records only"));
    if (given) {
        if (given->id == 0) {
            return SaveResult::invalid({FieldError{
                QStringLiteral("subject_code"),
                QT_TRANSLATE_NOOP("Validation", "The subject does not exist."), {}}});
        }
        if (given->locked)
            return lockedCasebook(given->code);
        page->subject.id = given->id;
        page->subject.code = given->code;
        page->subject.birthDate = given->birthDate;
        page->subject.week0Date = given->week0Date;
    } else {
        page->transaction.emplace(m_db);
        if (!page->transaction->isActive())
            return SaveResult::failure(Status::DatabaseError,
                                       QStringLiteral("cannot begin: ")
                                           + page->transaction->errorString());
        QString error;
        const std::optional<StoredSubject> subject =
            SubjectRepository::byId(m_db, subjectId, &error);
        if (!error.isEmpty())
            return readFailure(error);
        if (!subject) {
            return SaveResult::invalid({FieldError{
                QStringLiteral("subject_code"),
                QT_TRANSLATE_NOOP("Validation", "The subject does not exist."), {}}});
        }
        if (!s.maySite(subject->subject.siteCode))
            return denied(s);
        if (subject->locked)
            return lockedCasebook(subject->subject.code);
        page->subject = subject->subject;
    }
    page->ctx = writeContext(s, page->subject.code, reason);
    return SaveResult::saved();
}

SaveResult SavePipeline::finish(Page &page, const SaveResult &written) const
{
    if (!written.ok() || !page.transaction)
        return written;
    if (!page.transaction->commit())
        return SaveResult::failure(Status::DatabaseError,
                                   QStringLiteral("cannot commit: ")
                                       + page.transaction->errorString());
    return SaveResult::saved();
}

SaveResult SavePipeline::write(Page &page, const QString &table, qint64 recordId,
                               int recordVersion, const std::optional<Row> &before,
                               const Row &after, const UniqueKey &key,
                               std::function<QString()> auditJson)
{
    if (recordId == 0) {
        page.version = 1;
        return m_sink.insert(page.ctx, table, after, key, &page.id, std::move(auditJson));
    }
    bool changed = false;
    const SaveResult r = RowWriter::update(page.ctx, table, recordId, recordVersion, *before,
                                           after, key, &changed);
    page.id = recordId;
    page.version = recordVersion + (changed ? 1 : 0);
    return r;
}

SaveResult SavePipeline::applyStatus(const WriteContext &ctx, const Subject &subject,
                                     QString *status)
{
    if (m_batched)
        return SaveResult::saved();  // the caller's, once the batch is flushed
    QString error;
    const std::optional<rules::LifeCycleInput> in = SubjectRepository::lifeCycle(
        m_db, subject, lifecycle::finalVisit(m_protocol), &error);
    if (!in)
        return readFailure(error);
    const QString implied = rules::subjectStatusCode(rules::subjectStatus(*in));
    if (status)
        *status = implied;
    if (implied == subject.status)
        return SaveResult::saved();
    if (!SubjectRepository::setStatus(m_db, subject.id, implied, &error))
        return SaveResult::failure(Status::DatabaseError, error);
    return RowWriter::audit(ctx, QStringLiteral("update"), SubjectRepository::table(),
                            subject.id, QStringLiteral("status"), subject.status, implied);
}

SaveResult SavePipeline::stampConfirmation(const Session &s, const Eligibility &e,
                                           const std::optional<StoredEligibility> &old,
                                           const QDateTime &now, StoredEligibility *out) const
{
    out->eligibility = e;
    const bool confirmationChanged =
        old ? (old->eligibility.confirmedVerdict != e.confirmedVerdict
               || old->eligibility.overrideReason != e.overrideReason)
            : (!e.confirmedVerdict.isEmpty() || !e.overrideReason.isEmpty());
    if (confirmationChanged) {
        if (!s.may(Action::ConfirmEligibility))
            return denied(s);
        if (!e.confirmedVerdict.isEmpty()) {
            out->confirmedBy = s.userName;
            out->confirmedAt = now;
        }
    } else if (old) {
        out->confirmedBy = old->confirmedBy;
        out->confirmedAt = old->confirmedAt;
    }
    return SaveResult::saved();
}

SaveResult SavePipeline::checkCausality(const Session &s, const AdverseEvent &ae,
                                        const std::optional<AdverseEvent> &old)
{
    const QString storedRelatedness = old ? old->relatedness : QString();
    if (ae.relatedness != storedRelatedness && !s.may(Action::JudgeCausality))
        return denied(s);
    return SaveResult::saved();
}

// ---- The saves ----------------------------------------------------------------------------

SaveResult SavePipeline::saveSubject(const Session &s, Subject &subject, const QString &reason)
{
    if (!s.may(Action::EditSubject))
        return denied(s);
    if (m_batched && subject.id != 0)
        return SaveResult::failure(Status::DatabaseError,
                                   QStringLiteral("the bulk path writes new records only"));
    Page page;
    SaveResult r = SaveResult::saved();
    std::optional<StoredSubject> old;
    if (!m_batched) {
        page.transaction.emplace(m_db);
        if (!page.transaction->isActive())
            return SaveResult::failure(Status::DatabaseError,
                                       QStringLiteral("cannot begin: ")
                                           + page.transaction->errorString());
    }
    if (subject.id != 0) {
        QString error;
        old = SubjectRepository::byId(m_db, subject.id, &error);
        if (!error.isEmpty())
            return readFailure(error);
        if (!old)
            return gone();
        if (!s.maySite(old->subject.siteCode))
            return denied(s);
        if (old->locked)
            return lockedCasebook(old->subject.code);
    }
    r = placeInSite(s, old ? &old->subject : nullptr, subject);
    if (!r.ok())
        return r;
    page.subject = subject;
    r = checkPage(subject.validate(m_protocol, validationContext(page)));
    if (!r.ok())
        return r;
    page.ctx = writeContext(s, subject.code, reason);
    if (old && old->subject.version != subject.version)
        return RowWriter::stale(page.ctx, SubjectRepository::table(), subject.id);

    // The status is not typed: it follows from the data, written by applyStatus() below
    // (a batch writes the status its caller derived).
    Subject record = subject;
    if (!m_batched)
        record.status = old ? old->subject.status
                            : rules::subjectStatusCode(rules::SubjectStatus::Screening);
    r = write(page, SubjectRepository::table(), subject.id, subject.version,
              old ? std::optional<Row>(SubjectRepository::toRow(old->subject)) : std::nullopt,
              SubjectRepository::toRow(record), SubjectRepository::uniqueKey(subject));
    record.id = page.id;
    QString status = record.status;
    if (r.ok())
        r = applyStatus(page.ctx, record, &status);
    if (r.ok() && old && old->subject.week0Date != subject.week0Date) {
        // The windows moved: what the infusions and assessments show may have changed.
        r = m_deviations.resyncSubject(page.ctx, page.id, subject.week0Date);
    }
    r = finish(page, r);
    if (r.ok()) {
        subject.id = page.id;
        subject.version = page.version;
        subject.status = status;
    }
    return r;
}

SaveResult SavePipeline::placeInSite(const Session &s, const Subject *stored, Subject &subject)
{
    if (stored) {
        // A subject stays at its site (an edit that does not name one keeps it).
        if (subject.siteCode.isEmpty())
            subject.siteCode = stored->siteCode;
        if (subject.siteCode == stored->siteCode)
            return SaveResult::saved();
        return SaveResult::invalid({FieldError{
            QStringLiteral("site_code"),
            QT_TRANSLATE_NOOP("Validation", "A subject stays at the site that recorded it."), {}}});
    }
    if (m_siteCodes.isEmpty() || !m_batched) {
        QString error;
        m_siteCodes = SiteStore::codes(m_db, &error);
        if (!error.isEmpty())
            return readFailure(error);
    }
    // Not named: the creator's one site; an import or a session without a login: the study's
    // first site (an export from before sites); a user of several sites must choose.
    if (subject.siteCode.isEmpty()) {
        if (s.siteCodes && s.siteCodes->size() == 1)
            subject.siteCode = s.siteCodes->first();
        else if (!s.siteCodes || s.purpose == Purpose::Import)
            subject.siteCode = m_siteCodes.value(0);
        else
            return SaveResult::invalid({FieldError{
                QStringLiteral("site_code"),
                QT_TRANSLATE_NOOP("Validation", "Choose the subject's site."), {}}});
    }
    if (!m_siteCodes.contains(subject.siteCode))
        return SaveResult::invalid({FieldError{
            QStringLiteral("site_code"), QT_TRANSLATE_NOOP("Validation", "There is no such site."),
            {}}});
    if (!s.maySite(subject.siteCode))
        return denied(s);
    return SaveResult::saved();
}

SaveResult SavePipeline::refreshStatus(const Session &s, qint64 subjectId, const QString &reason)
{
    Page page;
    SaveResult r = open(s, Action::EditSubject, 0, subjectId, nullptr, reason, &page);
    if (r.ok())
        r = applyStatus(page.ctx, page.subject);
    return finish(page, r);
}

SaveResult SavePipeline::setDeviationReason(const Session &s, Deviation &deviation,
                                            const QString &reason)
{
    QString error;
    const std::optional<Deviation> old = DeviationRepository::byId(m_db, deviation.id, &error);
    if (!error.isEmpty())
        return readFailure(error);
    if (!old)
        return gone();
    const bool infusion = old->sourceTable == InfusionRepository::table();
    Page page;
    SaveResult r = open(s, infusion ? Action::EditInfusion : Action::EditPasi, 0, old->subjectId,
                        nullptr, {}, &page);
    if (!r.ok())
        return r;
    if (old->version != deviation.version)
        return RowWriter::stale(page.ctx, DeviationRepository::table(), old->id);
    // The deviation's reason is itself the explanation: it needs none of its own.
    page.ctx.correctionNeedsReason = false;
    Deviation now = *old;
    now.reason = reason.trimmed();
    now.recordedBy = s.userName;
    bool changed = false;
    r = RowWriter::update(page.ctx, DeviationRepository::table(), old->id, old->version,
                          DeviationRepository::toRow(*old), DeviationRepository::toRow(now),
                          DeviationRepository::uniqueKey(), &changed);
    if (r.ok() && infusion && old->kind == QLatin1String(rules::deviation::kDoseOutOfTolerance)) {
        // The dose's reason is also the infusion's column (infusions.csv deviation_reason).
        const std::optional<Infusion> inf = InfusionRepository::byId(m_db, old->sourceId, &error);
        if (!error.isEmpty())
            return readFailure(error);
        if (inf) {
            Infusion after = *inf;
            after.deviationReason = now.reason;
            bool infusionChanged = false;
            r = RowWriter::update(page.ctx, InfusionRepository::table(), inf->id, inf->version,
                                  InfusionRepository::toRow(*inf),
                                  InfusionRepository::toRow(after),
                                  InfusionRepository::uniqueKey(after), &infusionChanged);
        }
    }
    r = finish(page, r);
    if (r.ok()) {
        deviation = now;
        deviation.subjectCode = page.subject.code;
        deviation.version = old->version + (changed ? 1 : 0);
    }
    return r;
}

}  // namespace trialcrf
