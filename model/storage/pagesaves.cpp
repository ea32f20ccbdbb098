// SPDX-License-Identifier: Apache-2.0
// The saves of a subject's pages: SavePipeline's steps with each record's own hooks.
#include "storage/savepipeline.h"

#include "records/lifecycle.h"
#include "storage/adverseeventrepository.h"
#include "storage/consentrepository.h"
#include "storage/infusionrepository.h"
#include "storage/lotusage.h"
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
    rules::DeviationInput in = record.deviationInput(page.subject.week0Date);
    if constexpr (std::is_same_v<Record, Infusion>) {
        QString error;
        const std::optional<bool> reused =
            m_sink.lotReusedBefore(m_db, record.lotNumber, record.subjectId, page.id, &error);
        if (!reused)
            return SaveResult::failure(SaveResult::Status::DatabaseError, error);
        in.lotReused = *reused;
    }
    return m_deviations.sync(page.ctx, record.subjectId, record.visit, table, page.id, isNew,
                             rules::detectDeviations(m_protocol, in),
                             [&](const QString &kind) { return pageReason(record, kind); });
}

/// The steps every page's save takes, in order; a record type fills in its table, its
/// repository and the hooks it has. A hook left empty is a step the record does not take.
template <typename Record, typename Stored>
struct SavePipeline::PageSteps {
    Action action;
    QString table;
    bool status = false;      ///< the subject's status follows from the record
    bool deviations = false;  ///< the record is checked against the protocol's windows
    std::function<std::optional<Stored>(qint64, QString *)> byId = {};
    std::function<Row(const Stored &)> toRow = {};
    std::function<UniqueKey(const Record &)> uniqueKey = {};
    /// Before validation: what the page's record needs from elsewhere, or a gate.
    std::function<SaveResult(const Page &, Record &)> prepare = {};
    /// validate() with the protocol when empty.
    std::function<FieldErrors(const Record &, const ValidationContext &)> validate = {};
    /// After the version check: the row to store (the record itself when empty).
    std::function<SaveResult(const Page &, const Record &, const std::optional<Stored> &, Stored *)>
        settle = {};
    /// The write with the record's child rows (one row, write(), when empty).
    std::function<SaveResult(Page &, const Record &, const std::optional<Stored> &)> write = {};
};

template <typename Repo, typename Record, typename Stored>
SavePipeline::PageSteps<Record, Stored> SavePipeline::repositorySteps(Action action, bool status,
                                                                      bool deviations) const
{
    PageSteps<Record, Stored> steps{action, Repo::table(), status, deviations};
    steps.byId = [this](qint64 id, QString *why) { return Repo::byId(m_db, id, why); };
    steps.toRow = &Repo::toRow;
    steps.uniqueKey = [](const Record &record) {
        if constexpr (std::is_invocable_v<decltype(&Repo::uniqueKey), const Record &>) {
            return Repo::uniqueKey(record);
        } else {
            Q_UNUSED(record);  // one per subject: the key needs no value of the record
            return Repo::uniqueKey();
        }
    };
    return steps;
}

template <typename Record, typename Stored>
SaveResult SavePipeline::savePage(const Session &s, const BulkSubject *given, Record &record,
                                  const QString &reason, const PageSteps<Record, Stored> &steps)
{
    Page page;
    SaveResult r = begin(s, steps.action, given, record, reason, &page);
    if (r.ok() && steps.prepare)
        r = steps.prepare(page, record);
    if (r.ok()) {
        const ValidationContext ctx = validationContext(page);
        if (steps.validate)
            r = checkPage(steps.validate(record, ctx));
        else if constexpr (!std::is_same_v<Record, Eligibility>)  // its own, with the verdict
            r = checkPage(record.validate(m_protocol, ctx));
    }
    std::optional<Stored> old;
    if (r.ok())
        r = loadStored<Record, Stored>(
            page.ctx, steps.table, record,
            [&](QString *why) { return steps.byId(record.id, why); }, &old);
    Stored stored;
    if (r.ok()) {
        if constexpr (std::is_same_v<Record, Stored>)
            stored = record;
        if (steps.settle)
            r = steps.settle(page, record, old, &stored);
    }
    if (r.ok())
        r = steps.write ? steps.write(page, record, old)
                        : write(page, steps.table, record.id, record.version,
                                rowOf(old, steps.toRow), steps.toRow(stored),
                                steps.uniqueKey(record));
    if (r.ok() && steps.status)
        r = applyStatus(page.ctx, page.subject);
    if constexpr (std::is_same_v<Record, Infusion> || std::is_same_v<Record, PasiAssessment>) {
        if (r.ok() && steps.deviations)
            r = syncDeviations(page, record, steps.table, !old);
    }
    return end(page, r, record);
}

SaveResult SavePipeline::saveConsent(const Session &s, const BulkSubject *given, Consent &consent,
                                     const QString &reason)
{
    return savePage(s, given, consent, reason,
                    repositorySteps<ConsentRepository, Consent>(Action::EditConsent, true, false));
}

SaveResult SavePipeline::saveEligibility(const Session &s, const BulkSubject *given,
                                         Eligibility &e, const QString &reason)
{
    // The verdict's inputs: the subject's consent and its screening PASI (not typed on this
    // page: the screening PASI assessment's).
    rules::Verdict computed{};
    const auto prepare = [&](const Page &page, Eligibility &rec) {
        std::optional<QDate> consentDate;
        std::optional<bool> consentSigned;
        if (given) {
            rec.pasiTenths = given->screeningPasiTenths;
            consentDate = given->consentDate;
            consentSigned = given->consentSigned;
        } else {
            QString error;
            const std::optional<Consent> consent =
                ConsentRepository::forSubject(m_db, rec.subjectId, &error);
            if (error.isEmpty())
                rec.pasiTenths = screeningPasiTenths(m_db, m_protocol, rec.subjectId, &error);
            if (!error.isEmpty())
                return readFailure(error);
            consentDate = consent ? consent->consentDate : std::nullopt;
            consentSigned = consent ? consent->subjectSigned : std::nullopt;
        }
        computed = rules::assessEligibility(
                       m_protocol, rec.toInput(page.subject.birthDate, page.subject.week0Date,
                                               consentDate, consentSigned))
                       .verdict;
        return SaveResult::saved();
    };
    auto steps = repositorySteps<EligibilityRepository, Eligibility, StoredEligibility>(
        Action::EditEligibility, true, false);
    steps.prepare = prepare;
    steps.validate = [&](const Eligibility &rec, const ValidationContext &ctx) {
        return rec.validate(m_protocol, ctx, computed);
    };
    steps.settle = [&](const Page &page, const Eligibility &rec,
                       const std::optional<StoredEligibility> &old, StoredEligibility *out) {
        return stampConfirmation(s, rec, old, page.ctx.now, out);
    };
    return savePage(s, given, e, reason, steps);
}

SaveResult SavePipeline::saveInfusion(const Session &s, const BulkSubject *given,
                                      Infusion &infusion, const QString &reason)
{
    auto steps =
        repositorySteps<InfusionRepository, Infusion>(Action::EditInfusion, false, true);
    // The one gate that blocks: no infusion for a subject who is not enrolled.
    steps.prepare = [&](const Page &page, Infusion &rec) {
        QString error;
        const std::optional<rules::LifeCycleInput> lifeCycle =
            given ? given->lifeCycle()
                  : SubjectRepository::lifeCycle(m_db, page.subject,
                                                 lifecycle::finalVisit(m_protocol), &error);
        if (!lifeCycle)
            return readFailure(error);
        const FieldErrors gate = lifecycle::infusionGateErrors(*lifeCycle, rec.infusionDate);
        return gate.isEmpty() ? SaveResult::saved() : SaveResult::invalid(gate);
    };
    steps.write = [this](Page &page, const Infusion &rec, const std::optional<Infusion> &old) {
        return writeInfusion(page, rec, old);
    };
    return savePage(s, given, infusion, reason, steps);
}

SaveResult SavePipeline::writeInfusion(Page &page, const Infusion &infusion,
                                       const std::optional<Infusion> &old)
{
    // The vital signs' rows are built once, for their inserts and for the audit row's JSON
    // (which a batch renders on its hashing thread).
    const Row columns = InfusionRepository::columnsRow(infusion);
    const QList<Row> vitalRows = InfusionRepository::vitalsRows(infusion.vitals);
    bool vitalsChanged = true;
    SaveResult r;
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
    return r;
}

SaveResult SavePipeline::savePasi(const Session &s, const BulkSubject *given,
                                  PasiAssessment &pasi, const QString &reason)
{
    return savePage<PasiAssessment, PasiAssessment>(
        s, given, pasi, reason,
        {Action::EditPasi, PasiRepository::table(), true, true,
         [this](qint64 id, QString *why) { return PasiRepository::byId(m_db, m_protocol, id, why); },
         [this](const PasiAssessment &a) { return PasiRepository::toRow(m_protocol, a); },
         &PasiRepository::uniqueKey});
}

SaveResult SavePipeline::saveAdverseEvent(const Session &s, const BulkSubject *given,
                                          AdverseEvent &ae, const QString &reason)
{
    auto steps = repositorySteps<AdverseEventRepository, AdverseEvent>(Action::EditAdverseEvent,
                                                                       false, false);
    // A new event without a number gets the subject's next one (kept only when saved).
    const int typedNumber = ae.aeNumber;
    steps.prepare = [this](const Page &, AdverseEvent &rec) {
        if (rec.id != 0 || rec.aeNumber != 0)
            return SaveResult::saved();
        if (m_batched) {  // the subject's events a batch still holds count too
            const SaveResult flushed = m_sink.flushRows();
            if (!flushed.ok())
                return flushed;
        }
        QString error;
        const std::optional<int> next =
            AdverseEventRepository::nextNumber(m_db, rec.subjectId, &error);
        if (!next)
            return readFailure(error);
        rec.aeNumber = *next;
        return SaveResult::saved();
    };
    steps.settle = [&s](const Page &, const AdverseEvent &rec,
                        const std::optional<AdverseEvent> &old,
                        AdverseEvent *) { return checkCausality(s, rec, old); };
    const SaveResult r = savePage(s, given, ae, reason, steps);
    if (!r.ok())
        ae.aeNumber = typedNumber;
    return r;
}

}  // namespace trialcrf
