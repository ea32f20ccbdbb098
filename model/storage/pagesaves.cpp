// SPDX-License-Identifier: Apache-2.0
// The saves of a subject's pages: SavePipeline's steps with each record's own hooks.
#include "storage/savepipeline.h"

#include "records/lifecycle.h"
#include "storage/adverseeventrepository.h"
#include "storage/consentrepository.h"
#include "storage/infusionrepository.h"
#include "storage/pasirepository.h"
#include "storage/savesteps.h"
#include "storage/subjectrepository.h"

namespace trialcrf {

using namespace savesteps;

namespace {

/// The screening PASI in tenths as stored, for the eligibility verdict.
std::optional<int> screeningPasiTenths(const Database &db, const Protocol &p, qint64 subjectId,
                                       QString *error)
{
    QList<PasiAssessment> all;
    if (!PasiRepository::forSubject(db, p, subjectId, &all, error))
        return std::nullopt;
    const QString screening = lifecycle::screeningVisit(p);
    for (const PasiAssessment &a : std::as_const(all)) {
        if (a.visit == screening)
            return a.pasiTenths(p);
    }
    return std::nullopt;
}

}  // namespace

template <typename Record>
SaveResult SavePipeline::begin(const Session &s, Action action, const BulkSubject *given,
                               Record &record, const QString &reason, Page *page) const
{
    const SaveResult r =
        open(s, action, record.id, given ? given->id : record.subjectId, given, reason, page);
    if (r.ok())
        record.subjectId = page->subject.id;
    return r;
}

template <typename Record>
SaveResult SavePipeline::end(Page &page, const SaveResult &written, Record &record) const
{
    const SaveResult r = finish(page, written);
    if (r.ok()) {
        record.id = page.id;
        record.version = page.version;
    }
    return r;
}

template <typename Record>
SaveResult SavePipeline::syncDeviations(Page &page, const Record &record, const QString &table,
                                        bool isNew)
{
    return m_deviations.sync(
        page.ctx, record.subjectId, record.visit, table, page.id, isNew,
        rules::detectDeviations(m_protocol, record.deviationInput(page.subject.week0Date)),
        [&](const QString &kind) { return pageReason(record, kind); });
}

SaveResult SavePipeline::saveConsent(const Session &s, const BulkSubject *given, Consent &consent,
                                     const QString &reason)
{
    Page page;
    SaveResult r = begin(s, Action::EditConsent, given, consent, reason, &page);
    if (r.ok())
        r = checkPage(consent.validate(m_protocol, validationContext(page)));
    std::optional<Consent> old;
    if (r.ok())
        r = loadStored<Consent, Consent>(
            page.ctx, ConsentRepository::table(), consent,
            [&](QString *why) { return ConsentRepository::byId(m_db, consent.id, why); }, &old);
    if (r.ok())
        r = write(page, ConsentRepository::table(), consent.id, consent.version,
                  rowOf(old, &ConsentRepository::toRow), ConsentRepository::toRow(consent),
                  ConsentRepository::uniqueKey());
    if (r.ok())
        r = applyStatus(page.ctx, page.subject);
    return end(page, r, consent);
}

SaveResult SavePipeline::saveEligibility(const Session &s, const BulkSubject *given,
                                         Eligibility &e, const QString &reason)
{
    Page page;
    SaveResult r = begin(s, Action::EditEligibility, given, e, reason, &page);
    if (!r.ok())
        return r;
    // The verdict's inputs: the subject's consent and its screening PASI (not typed on this
    // page: the screening PASI assessment's).
    std::optional<QDate> consentDate;
    std::optional<bool> consentSigned;
    if (given) {
        e.pasiTenths = given->screeningPasiTenths;
        consentDate = given->consentDate;
        consentSigned = given->consentSigned;
    } else {
        QString error;
        const std::optional<Consent> consent =
            ConsentRepository::forSubject(m_db, e.subjectId, &error);
        if (error.isEmpty())
            e.pasiTenths = screeningPasiTenths(m_db, m_protocol, e.subjectId, &error);
        if (!error.isEmpty())
            return readFailure(error);
        consentDate = consent ? consent->consentDate : std::nullopt;
        consentSigned = consent ? consent->subjectSigned : std::nullopt;
    }
    const rules::Verdict computed =
        rules::assessEligibility(m_protocol, e.toInput(page.subject.birthDate,
                                                       page.subject.week0Date, consentDate,
                                                       consentSigned))
            .verdict;
    r = checkPage(e.validate(m_protocol, validationContext(page), computed));
    std::optional<StoredEligibility> old;
    if (r.ok())
        r = loadStored<Eligibility, StoredEligibility>(
            page.ctx, EligibilityRepository::table(), e,
            [&](QString *why) { return EligibilityRepository::byId(m_db, e.id, why); }, &old);
    StoredEligibility stored;
    if (r.ok())
        r = stampConfirmation(s, e, old, page.ctx.now, &stored);
    if (r.ok())
        r = write(page, EligibilityRepository::table(), e.id, e.version,
                  rowOf(old, &EligibilityRepository::toRow), EligibilityRepository::toRow(stored),
                  EligibilityRepository::uniqueKey());
    if (r.ok())
        r = applyStatus(page.ctx, page.subject);
    return end(page, r, e);
}

SaveResult SavePipeline::saveInfusion(const Session &s, const BulkSubject *given,
                                      Infusion &infusion, const QString &reason)
{
    Page page;
    SaveResult r = begin(s, Action::EditInfusion, given, infusion, reason, &page);
    if (!r.ok())
        return r;
    // The one gate that blocks: no infusion for a subject who is not enrolled.
    QString error;
    const std::optional<rules::LifeCycleInput> lifeCycle =
        given ? given->lifeCycle()
              : SubjectRepository::lifeCycle(m_db, page.subject,
                                             lifecycle::finalVisit(m_protocol), &error);
    if (!lifeCycle)
        return readFailure(error);
    if (const FieldErrors gate = lifecycle::infusionGateErrors(*lifeCycle, infusion.infusionDate);
        !gate.isEmpty())
        return SaveResult::invalid(gate);
    r = checkPage(infusion.validate(m_protocol, validationContext(page)));
    std::optional<Infusion> old;
    if (r.ok())
        r = loadStored<Infusion, Infusion>(
            page.ctx, InfusionRepository::table(), infusion,
            [&](QString *why) { return InfusionRepository::byId(m_db, infusion.id, why); },
            &old);
    if (!r.ok())
        return r;
    // The vital signs' rows are built once, for their inserts and for the audit row's JSON
    // (which a batch renders on its hashing thread).
    const Row columns = InfusionRepository::columnsRow(infusion);
    const QList<Row> vitalRows = InfusionRepository::vitalsRows(infusion.vitals);
    bool vitalsChanged = true;
    if (old) {
        const Row before = InfusionRepository::toRow(*old);
        const Row after = InfusionRepository::withVitals(columns, vitalRows);
        vitalsChanged = before.field(QStringLiteral("vital_signs"))->text
            != after.field(QStringLiteral("vital_signs"))->text;
        r = write(page, InfusionRepository::table(), infusion.id, infusion.version, before, after,
                  InfusionRepository::uniqueKey(infusion));
    } else {
        r = write(page, InfusionRepository::table(), 0, 0, std::nullopt, columns,
                  InfusionRepository::uniqueKey(infusion), [columns, vitalRows] {
                      return InfusionRepository::withVitals(columns, vitalRows).insertJson();
                  });
    }
    // The vital signs are child rows: (re)written in the same transaction when they changed.
    if (r.ok() && vitalsChanged)
        r = m_sink.writeVitals(page.id, infusion.vitals, vitalRows);
    if (r.ok())
        r = syncDeviations(page, infusion, InfusionRepository::table(), !old);
    return end(page, r, infusion);
}

SaveResult SavePipeline::savePasi(const Session &s, const BulkSubject *given,
                                  PasiAssessment &pasi, const QString &reason)
{
    Page page;
    SaveResult r = begin(s, Action::EditPasi, given, pasi, reason, &page);
    if (r.ok())
        r = checkPage(pasi.validate(m_protocol, validationContext(page)));
    std::optional<PasiAssessment> old;
    if (r.ok())
        r = loadStored<PasiAssessment, PasiAssessment>(
            page.ctx, PasiRepository::table(), pasi,
            [&](QString *why) { return PasiRepository::byId(m_db, m_protocol, pasi.id, why); },
            &old);
    const auto toRow = [&](const PasiAssessment &a) { return PasiRepository::toRow(m_protocol, a); };
    if (r.ok())
        r = write(page, PasiRepository::table(), pasi.id, pasi.version, rowOf(old, toRow),
                  toRow(pasi), PasiRepository::uniqueKey(pasi));
    if (r.ok())
        r = applyStatus(page.ctx, page.subject);
    if (r.ok())
        r = syncDeviations(page, pasi, PasiRepository::table(), !old);
    return end(page, r, pasi);
}

SaveResult SavePipeline::saveAdverseEvent(const Session &s, const BulkSubject *given,
                                          AdverseEvent &ae, const QString &reason)
{
    Page page;
    SaveResult r = begin(s, Action::EditAdverseEvent, given, ae, reason, &page);
    if (!r.ok())
        return r;
    // A new event without a number gets the subject's next one.
    AdverseEvent record = ae;
    if (record.id == 0 && record.aeNumber == 0) {
        QString error;
        const std::optional<int> next =
            AdverseEventRepository::nextNumber(m_db, record.subjectId, &error);
        if (!next)
            return readFailure(error);
        record.aeNumber = *next;
    }
    r = checkPage(record.validate(m_protocol, validationContext(page)));
    std::optional<AdverseEvent> old;
    if (r.ok())
        r = loadStored<AdverseEvent, AdverseEvent>(
            page.ctx, AdverseEventRepository::table(), record,
            [&](QString *why) { return AdverseEventRepository::byId(m_db, record.id, why); },
            &old);
    if (r.ok())
        r = checkCausality(s, record, old);
    if (r.ok())
        r = write(page, AdverseEventRepository::table(), record.id, record.version,
                  rowOf(old, &AdverseEventRepository::toRow),
                  AdverseEventRepository::toRow(record), AdverseEventRepository::uniqueKey(record));
    r = end(page, r, ae);
    if (r.ok())
        ae.aeNumber = record.aeNumber;
    return r;
}

}  // namespace trialcrf
