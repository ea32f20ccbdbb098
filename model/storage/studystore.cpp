// SPDX-License-Identifier: Apache-2.0
#include "storage/studystore.h"

#include "storage/adverseeventrepository.h"
#include "storage/consentrepository.h"
#include "storage/deviationrepository.h"
#include "storage/eligibilityrepository.h"
#include "storage/infusionrepository.h"
#include "storage/pasirepository.h"
#include "storage/subjectrepository.h"
#include "storage/visitorder.h"

#include "rules/deviations.h"

#include <algorithm>

namespace trialcrf {

namespace {
using Status = SaveResult::Status;
}  // namespace

StudyStore::StudyStore(const Database &db, const Protocol &protocol, Clock clock)
    : ExportStreams(db, protocol),
      m_db(db),
      m_protocol(protocol),
      m_clock(std::move(clock)),
      m_audit(db, m_clock),
      m_sink(db),
      m_pipeline(db, protocol, m_clock, m_audit, m_sink, false),
      m_subjectList(db, protocol)
{
}

// ---- Saves: the pipeline's ----------------------------------------------------------------

SaveResult StudyStore::saveSubject(const Session &s, Subject &subject, const QString &reason)
{
    return m_pipeline.saveSubject(s, subject, reason);
}

SaveResult StudyStore::saveConsent(const Session &s, Consent &consent, const QString &reason)
{
    return m_pipeline.saveConsent(s, nullptr, consent, reason);
}

SaveResult StudyStore::saveEligibility(const Session &s, Eligibility &e, const QString &reason)
{
    return m_pipeline.saveEligibility(s, nullptr, e, reason);
}

SaveResult StudyStore::saveInfusion(const Session &s, Infusion &infusion, const QString &reason)
{
    return m_pipeline.saveInfusion(s, nullptr, infusion, reason);
}

SaveResult StudyStore::savePasi(const Session &s, PasiAssessment &pasi, const QString &reason)
{
    return m_pipeline.savePasi(s, nullptr, pasi, reason);
}

SaveResult StudyStore::saveAdverseEvent(const Session &s, AdverseEvent &ae, const QString &reason)
{
    return m_pipeline.saveAdverseEvent(s, nullptr, ae, reason);
}

SaveResult StudyStore::refreshStatus(const Session &s, qint64 subjectId, const QString &reason)
{
    return m_pipeline.refreshStatus(s, subjectId, reason);
}

SaveResult StudyStore::setDeviationReason(const Session &s, Deviation &deviation,
                                          const QString &reason)
{
    return m_pipeline.setDeviationReason(s, deviation, reason);
}

SaveResult StudyStore::withdrawSubject(const Session &s, qint64 subjectId, const QDate &date,
                                       const QString &reason)
{
    if (!s.may(Action::EditSubject))
        return SavePipeline::denied(s);
    QString error;
    const std::optional<StoredSubject> stored = SubjectRepository::byId(m_db, subjectId, &error);
    if (!error.isEmpty())
        return SaveResult::failure(Status::DatabaseError, error);
    if (!stored)
        return SaveResult::failure(Status::Stale, QStringLiteral("this record no longer exists"));
    Subject subject = stored->subject;
    subject.withdrawalDate = date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    subject.withdrawalReason = reason.trimmed();
    if (!subject.withdrawalDate) {
        return SaveResult::invalid({FieldError{QStringLiteral("withdrawal_date"),
                                   QT_TRANSLATE_NOOP("Validation",
                                                     "The withdrawal date is required."),
                                   {}}});
    }
    return saveSubject(s, subject, reason);
}

SaveResult StudyStore::setLocked(const Session &s, qint64 subjectId, bool locked,
                                 const QString &reason)
{
    if (!s.may(Action::LockCasebook))
        return SavePipeline::denied(s);
    if (reason.trimmed().isEmpty())
        return SaveResult::failure(Status::ReasonRequired,
                                   QStringLiteral("a change to saved data needs a reason"));
    Transaction t(m_db);
    if (!t.isActive())
        return SaveResult::failure(Status::DatabaseError,
                                   QStringLiteral("cannot begin: ") + t.errorString());
    QString error;
    const std::optional<StoredSubject> subject =
        SubjectRepository::byId(m_db, subjectId, &error);
    if (!error.isEmpty())
        return SaveResult::failure(Status::DatabaseError, error);
    if (!subject)
        return SaveResult::failure(Status::Stale, QStringLiteral("this record no longer exists"));
    if (!s.maySite(subject->subject.siteCode))
        return SavePipeline::denied(s);
    if (subject->locked == locked)
        return SaveResult::saved();
    if (!SubjectRepository::setLocked(m_db, subjectId, locked, &error))
        return SaveResult::failure(Status::DatabaseError, error);
    const WriteContext ctx = m_pipeline.writeContext(s, subject->subject.code, reason);
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    const SaveResult r = RowWriter::audit(ctx, locked ? QStringLiteral("lock") : QStringLiteral("unlock"),
                                          SubjectRepository::table(), subjectId,
                                          QStringLiteral("locked"), yesNo(!locked), yesNo(locked));
    if (!r.ok())
        return r;
    if (!t.commit())
        return SaveResult::failure(Status::DatabaseError,
                                   QStringLiteral("cannot commit: ") + t.errorString());
    return SaveResult::saved();
}

// ---- Reads --------------------------------------------------------------------------------

std::optional<Casebook> StudyStore::loadCasebook(const Session &s, qint64 subjectId,
                                                 QString *error) const
{
    QString why;
    const auto failed = [&]() -> std::optional<Casebook> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!ExportStreams::readAllowed(s, &why))
        return failed();
    const Database &db = m_db;
    const std::optional<StoredSubject> subject = SubjectRepository::byId(db, subjectId, &why);
    if (!subject) {
        if (why.isEmpty())
            why = QStringLiteral("no subject with id %1").arg(subjectId);
        return failed();
    }
    if (!s.maySite(subject->subject.siteCode)) {
        why = QStringLiteral("%1 (%2) may not read the subjects of site %3")
                  .arg(s.userName, roleCode(s.role), subject->subject.siteCode);
        return failed();
    }
    Casebook book;
    book.subject = subject->subject;
    book.locked = subject->locked;
    book.consent = ConsentRepository::forSubject(db, subjectId, &why);
    if (!why.isEmpty())
        return failed();
    const std::optional<StoredEligibility> eligibility =
        EligibilityRepository::forSubject(db, subjectId, &why);
    if (!why.isEmpty())
        return failed();
    if (eligibility) {
        book.eligibility = eligibility->eligibility;
        book.eligibilityConfirmedBy = eligibility->confirmedBy;
        book.eligibilityConfirmedAt = eligibility->confirmedAt;
    }
    if (!InfusionRepository::forSubject(db, subjectId, &book.infusions, &why)
        || !PasiRepository::forSubject(db, m_protocol, subjectId, &book.pasi, &why)
        || !AdverseEventRepository::forSubject(db, subjectId, &book.adverseEvents, &why))
        return failed();
    if (!DeviationRepository::forSubject(db, subjectId, &book.deviations, &why))
        return failed();
    const QStringList visits = m_protocol.visitCodes();
    ExportStreams::sortDeviations(visits, &book.deviations);
    for (Infusion &i : book.infusions) {  // the page shows the reasons already given
        for (const Deviation &d : book.openDeviations(InfusionRepository::table(), i.id)) {
            if (d.kind != QLatin1String(rules::deviation::kDoseOutOfTolerance))
                i.deviationReasons.insert(d.kind, d.reason);
        }
    }
    for (PasiAssessment &a : book.pasi) {
        for (const Deviation &d : book.openDeviations(PasiRepository::table(), a.id))
            a.deviationReasons.insert(d.kind, d.reason);
    }
    std::sort(book.infusions.begin(), book.infusions.end(),
              [&](const Infusion &a, const Infusion &b) {
                  return VisitOrder::rank(visits, a.visit) < VisitOrder::rank(visits, b.visit);
              });
    std::sort(book.pasi.begin(), book.pasi.end(),
              [&](const PasiAssessment &a, const PasiAssessment &b) {
                  return VisitOrder::rank(visits, a.visit) < VisitOrder::rank(visits, b.visit);
              });
    if (book.eligibility) {
        const PasiAssessment *screening = book.screeningPasi(m_protocol);
        book.eligibility->pasiTenths =
            screening ? screening->pasiTenths(m_protocol) : std::nullopt;
    }
    return book;
}

std::optional<qint64> StudyStore::subjectIdByCode(const QString &code) const
{
    return SubjectRepository::idByCode(m_db, code);
}

// ---- The subject list: SubjectList's --------------------------------------------------------

int StudyStore::subjectCount(QString *error) const
{
    return subjectCount({}, {}, error);
}

int StudyStore::subjectCount(const QString &codePrefix, const QString &status,
                             QString *error) const
{
    return m_subjectList.count({codePrefix, status, std::nullopt}, error).value_or(-1);
}

QList<SubjectSummary> StudyStore::subjects(int offset, int limit, const QString &codePrefix,
                                           const QString &status, QString *error) const
{
    return m_subjectList.pageAt(offset, limit, {codePrefix, status, std::nullopt}, error)
        .value_or(QList<SubjectSummary>());
}

QList<SubjectSummary> StudyStore::subjectsAfter(const QString &afterCode, int limit,
                                                const QString &codePrefix, const QString &status,
                                                QString *error) const
{
    return m_subjectList.pageAfter(afterCode, limit, {codePrefix, status, std::nullopt}, error)
        .value_or(QList<SubjectSummary>());
}

}  // namespace trialcrf
