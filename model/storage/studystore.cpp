// SPDX-License-Identifier: Apache-2.0
#include "storage/studystore.h"

#include "storage/adverseeventrepository.h"
#include "storage/consentrepository.h"
#include "storage/deviationrepository.h"
#include "storage/eligibilityrepository.h"
#include "storage/infusionrepository.h"
#include "storage/pasirepository.h"
#include "storage/subjectrepository.h"
#include "storage/statement.h"
#include "storage/visitorder.h"
#include "records/lifecycle.h"

#include "rules/deviations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace trialcrf {

namespace {

using Status = SaveResult::Status;

SaveResult reasonRequired()
{
    return SaveResult::failure(Status::ReasonRequired,
                               QStringLiteral("a change to saved data needs a reason"));
}

SaveResult readFailure(const QString &error)
{
    return SaveResult::failure(Status::DatabaseError, error);
}

SaveResult gone()
{
    return SaveResult::failure(Status::Stale, QStringLiteral("this record no longer exists"));
}

SaveResult commit(Transaction &t)
{
    if (!t.commit())
        return SaveResult::failure(Status::DatabaseError,
                                   QStringLiteral("cannot commit: ") + t.errorString());
    return SaveResult::saved();
}

// Code prefix → the half-open range [prefix, prefix with its last character + 1), which an
// index on code answers (unlike LIKE, which SQLite only indexes case-insensitively).
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

struct SubjectFilter {
    QString where;
    QVariantList values;
};

SubjectFilter subjectFilter(const QString &codePrefix, const QString &status)
{
    QStringList conditions;
    SubjectFilter f;
    if (!codePrefix.isEmpty()) {
        QStringList alternatives;
        QStringList prefixes{codePrefix};
        if (codePrefix.toUpper() != codePrefix)
            prefixes << codePrefix.toUpper();
        for (const QString &p : std::as_const(prefixes)) {
            alternatives << QStringLiteral("(code >= ? AND code < ?)");
            f.values << p << prefixEnd(p);
        }
        conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!status.isEmpty()) {
        conditions << QStringLiteral("status = ?");
        f.values << status;
    }
    if (!conditions.isEmpty())
        f.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return f;
}

/// The reason a page gives for a deviation kind; nullopt keeps the stored one. The dose's
/// reason is the infusion's own column, so the log always shows what the column holds.
std::optional<QString> pageReason(const Infusion &i, const QString &kind)
{
    const QString reason = i.deviationReasonFor(kind);
    if (kind == QLatin1String(rules::deviation::kDoseOutOfTolerance) || !reason.trimmed().isEmpty())
        return reason;
    return std::nullopt;
}
std::optional<QString> pageReason(const PasiAssessment &a, const QString &kind)
{
    const QString reason = a.deviationReasons.value(kind);
    return reason.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(reason);
}

/// Visit order, then the order of rules::deviationKinds(), then oldest first.
void sortDeviations(const QStringList &visits, QList<Deviation> *list)
{
    const QStringList kinds = rules::deviationKinds();
    std::stable_sort(list->begin(), list->end(), [&](const Deviation &a, const Deviation &b) {
        const int va = VisitOrder::rank(visits, a.visit), vb = VisitOrder::rank(visits, b.visit);
        if (va != vb)
            return va < vb;
        const qsizetype ka = kinds.indexOf(a.kind), kb = kinds.indexOf(b.kind);
        if (ka != kb)
            return ka < kb;
        return a.id < b.id;
    });
}

/// The record a repository's byId returns (eligibility comes with its confirmation).
template <typename T>
const T &recordOf(const T &stored)
{
    return stored;
}
const Eligibility &recordOf(const StoredEligibility &stored)
{
    return stored.eligibility;
}

/// A change must find its record, still of the same subject, at the version the user
/// edited. For a new record (id 0) nothing is read.
template <typename Record, typename Stored>
SaveResult loadStored(const WriteContext &ctx, const QString &table, const Record &record,
                      const std::function<std::optional<Stored>(QString *)> &byId,
                      std::optional<Stored> *old)
{
    if (record.id == 0)
        return SaveResult::saved();
    QString error;
    *old = byId(&error);
    if (!error.isEmpty())
        return readFailure(error);
    if (!*old || recordOf(**old).subjectId != record.subjectId)
        return gone();
    if (recordOf(**old).version != record.version)
        return RowWriter::stale(ctx, table, record.id);
    return SaveResult::saved();
}

/// Commits the save's transaction and gives the record its id and version.
template <typename Record>
SaveResult commitInto(Transaction &t, const SaveResult &written, Record &record, qint64 id,
                      int version)
{
    if (!written.ok())
        return written;
    const SaveResult r = commit(t);
    if (r.ok()) {
        record.id = id;
        record.version = version;
    }
    return r;
}

}  // namespace

StudyStore::StudyStore(const Database &db, const Protocol &protocol, Clock clock)
    : m_db(db), m_protocol(protocol), m_clock(std::move(clock)), m_audit(db, m_clock)
{
}

bool StudyStore::may(const Session &s, Action a) const
{
    return s.may(a) || (m_importMode && s.may(Action::ImportData));
}

ValidationContext StudyStore::validationContext(const Subject &subject) const
{
    ValidationContext ctx;
    ctx.today = m_clock().toLocalTime().date();
    ctx.week0 = subject.week0Date;
    ctx.birthDate = subject.birthDate;
    return ctx;
}

WriteContext StudyStore::writeContext(const Session &s, const QString &subjectCode,
                                      const QString &reason)
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

SaveResult StudyStore::denied(const Session &s)
{
    return SaveResult::failure(Status::Denied,
                               QStringLiteral("%1 (%2) may not do this")
                                   .arg(s.userName, roleCode(s.role)));
}

SaveResult StudyStore::stampConfirmation(const Session &s, const Eligibility &e,
                                         const std::optional<StoredEligibility> &old,
                                         const QDateTime &now, StoredEligibility *out) const
{
    out->eligibility = e;
    const bool confirmationChanged =
        old ? (old->eligibility.confirmedVerdict != e.confirmedVerdict
               || old->eligibility.overrideReason != e.overrideReason)
            : (!e.confirmedVerdict.isEmpty() || !e.overrideReason.isEmpty());
    if (confirmationChanged) {
        if (!may(s, Action::ConfirmEligibility))
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

SaveResult StudyStore::checkCausality(const Session &s, const AdverseEvent &ae,
                                      const std::optional<AdverseEvent> &old) const
{
    const QString storedRelatedness = old ? old->relatedness : QString();
    if (ae.relatedness != storedRelatedness && !may(s, Action::JudgeCausality))
        return denied(s);
    return SaveResult::saved();
}

SaveResult StudyStore::openSubject(qint64 subjectId, const Transaction &t,
                                   StoredSubject *out) const
{
    if (!t.isActive())
        return SaveResult::failure(Status::DatabaseError,
                                   QStringLiteral("cannot begin: ") + t.errorString());
    QString error;
    const std::optional<StoredSubject> subject =
        SubjectRepository::byId(m_db, subjectId, &error);
    if (!error.isEmpty())
        return readFailure(error);
    if (!subject) {
        return SaveResult::invalid({FieldError{QStringLiteral("subject_code"),
                                   QT_TRANSLATE_NOOP("Validation", "The subject does not exist."),
                                   {}}});
    }
    if (subject->locked)
        return SaveResult::failure(Status::Locked, QStringLiteral("the casebook of %1 is locked")
                                                       .arg(subject->subject.code));
    *out = *subject;
    return SaveResult::saved();
}

SaveResult StudyStore::openPage(const Session &s, Action action, qint64 subjectId,
                                const Transaction &t, StoredSubject *out) const
{
    if (!may(s, action))
        return denied(s);
    return openSubject(subjectId, t, out);
}

SaveResult StudyStore::checkPage(const FieldErrors &errors)
{
    if (hasHardErrors(errors))
        return SaveResult::invalid(hardErrors(errors));
    // Whether a reason is needed is known once the stored record is read: RowWriter::update.
    return SaveResult::saved();
}

SaveResult StudyStore::write(const WriteContext &ctx, const QString &table, qint64 recordId,
                             int recordVersion, const Row *before, const Row &after,
                             const UniqueKey &key, qint64 *id, int *version)
{
    if (recordId == 0) {
        *version = 1;
        return RowWriter::insert(ctx, table, after, key, id);
    }
    bool changed = false;
    const SaveResult r =
        RowWriter::update(ctx, table, recordId, recordVersion, *before, after, key, &changed);
    *id = recordId;
    *version = recordVersion + (changed ? 1 : 0);
    return r;
}

SaveResult StudyStore::applyStatus(const WriteContext &ctx, const Subject &subject,
                                   QString *status)
{
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
    m_pageCursor.nextOffset = -1;  // a status filter's pages changed
    return RowWriter::audit(ctx, QStringLiteral("update"), SubjectRepository::table(),
                            subject.id, QStringLiteral("status"), subject.status, implied);
}

std::optional<int> StudyStore::screeningPasiTenths(qint64 subjectId, QString *error) const
{
    QList<PasiAssessment> all;
    if (!PasiRepository::forSubject(m_db, m_protocol, subjectId, &all, error))
        return std::nullopt;
    const QString screening = lifecycle::screeningVisit(m_protocol);
    for (const PasiAssessment &a : std::as_const(all)) {
        if (a.visit == screening)
            return a.pasiTenths(m_protocol);
    }
    return std::nullopt;
}

// ---- Saves --------------------------------------------------------------------------------

SaveResult StudyStore::saveSubject(const Session &s, Subject &subject, const QString &reason)
{
    if (!may(s, Action::EditSubject))
        return denied(s);
    Transaction t(m_db);
    if (!t.isActive())
        return SaveResult::failure(Status::DatabaseError,
                                   QStringLiteral("cannot begin: ") + t.errorString());
    std::optional<StoredSubject> old;
    if (subject.id != 0) {
        QString error;
        old = SubjectRepository::byId(m_db, subject.id, &error);
        if (!error.isEmpty())
            return readFailure(error);
        if (!old)
            return gone();
        if (old->locked)
            return SaveResult::failure(Status::Locked,
                                       QStringLiteral("the casebook of %1 is locked")
                                           .arg(old->subject.code));
    }
    const FieldErrors errors = subject.validate(m_protocol, validationContext(subject));
    if (hasHardErrors(errors))
        return SaveResult::invalid(hardErrors(errors));
    const WriteContext ctx = writeContext(s, subject.code, reason);
    if (old && old->subject.version != subject.version)
        return RowWriter::stale(ctx, SubjectRepository::table(), subject.id);

    // The status is not typed: it follows from the data, written by applyStatus() below.
    Subject record = subject;
    record.status = old ? old->subject.status : rules::subjectStatusCode(rules::SubjectStatus::Screening);
    const Row after = SubjectRepository::toRow(record);
    const Row before = old ? SubjectRepository::toRow(old->subject) : Row();
    qint64 id = 0;
    int version = 0;
    SaveResult r = write(ctx, SubjectRepository::table(), subject.id, subject.version,
                         &before, after, SubjectRepository::uniqueKey(subject), &id, &version);
    if (!r.ok())
        return r;
    record.id = id;
    QString status;
    r = applyStatus(ctx, record, &status);
    if (!r.ok())
        return r;
    if (old && old->subject.week0Date != subject.week0Date) {
        // The windows moved: what the infusions and assessments show may have changed.
        const SaveResult d = resyncSubjectDeviations(ctx, id, subject.week0Date);
        if (!d.ok())
            return d;
    }
    const SaveResult c = commit(t);
    if (!c.ok())
        return c;
    m_pageCursor.nextOffset = -1;  // the list's order may have changed
    subject.id = id;
    subject.version = version;
    subject.status = status;
    return c;
}

SaveResult StudyStore::withdrawSubject(const Session &s, qint64 subjectId, const QDate &date,
                                       const QString &reason)
{
    if (!may(s, Action::EditSubject))
        return denied(s);
    QString error;
    const std::optional<StoredSubject> stored = SubjectRepository::byId(m_db, subjectId, &error);
    if (!error.isEmpty())
        return readFailure(error);
    if (!stored)
        return gone();
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

SaveResult StudyStore::refreshStatus(const Session &s, qint64 subjectId, const QString &reason)
{
    if (!may(s, Action::EditSubject))
        return denied(s);
    Transaction t(m_db);
    StoredSubject subject;
    SaveResult r = openSubject(subjectId, t, &subject);
    if (!r.ok())
        return r;
    r = applyStatus(writeContext(s, subject.subject.code, reason), subject.subject);
    if (!r.ok())
        return r;
    return commit(t);
}

SaveResult StudyStore::saveConsent(const Session &s, Consent &consent, const QString &reason)
{
    Transaction t(m_db);
    StoredSubject subject;
    SaveResult r = openPage(s, Action::EditConsent, consent.subjectId, t, &subject);
    if (r.ok())
        r = checkPage(consent.validate(m_protocol, validationContext(subject.subject)));
    if (!r.ok())
        return r;
    const WriteContext ctx = writeContext(s, subject.subject.code, reason);
    std::optional<Consent> old;
    r = loadStored<Consent, Consent>(
        ctx, ConsentRepository::table(), consent,
        [&](QString *error) { return ConsentRepository::byId(m_db, consent.id, error); }, &old);
    if (!r.ok())
        return r;
    const std::optional<Row> before =
        old ? std::optional<Row>(ConsentRepository::toRow(*old)) : std::nullopt;
    qint64 id = 0;
    int version = 0;
    r = write(ctx, ConsentRepository::table(), consent.id, consent.version,
              before ? &*before : nullptr, ConsentRepository::toRow(consent),
              ConsentRepository::uniqueKey(), &id, &version);
    if (r.ok())
        r = applyStatus(ctx, subject.subject);
    return commitInto(t, r, consent, id, version);
}

SaveResult StudyStore::saveEligibility(const Session &s, Eligibility &e, const QString &reason)
{
    Transaction t(m_db);
    StoredSubject subject;
    SaveResult r = openPage(s, Action::EditEligibility, e.subjectId, t, &subject);
    if (!r.ok())
        return r;

    QString error;
    const std::optional<Consent> consent =
        ConsentRepository::forSubject(m_db, e.subjectId, &error);
    if (!error.isEmpty())
        return readFailure(error);
    // The screening PASI is not typed on this page: it is the screening PASI assessment's.
    e.pasiTenths = screeningPasiTenths(e.subjectId, &error);
    if (!error.isEmpty())
        return readFailure(error);
    const rules::EligibilityInput input = e.toInput(
        subject.subject.birthDate, subject.subject.week0Date,
        consent ? consent->consentDate : std::nullopt, consent ? consent->subjectSigned : std::nullopt);
    const rules::Verdict computed = rules::assessEligibility(m_protocol, input).verdict;
    r = checkPage(e.validate(m_protocol, validationContext(subject.subject), computed));
    if (!r.ok())
        return r;
    const WriteContext ctx = writeContext(s, subject.subject.code, reason);
    std::optional<StoredEligibility> old;
    r = loadStored<Eligibility, StoredEligibility>(
        ctx, EligibilityRepository::table(), e,
        [&](QString *why) { return EligibilityRepository::byId(m_db, e.id, why); }, &old);
    if (!r.ok())
        return r;
    StoredEligibility stored;
    r = stampConfirmation(s, e, old, ctx.now, &stored);
    if (!r.ok())
        return r;

    const std::optional<Row> before =
        old ? std::optional<Row>(EligibilityRepository::toRow(*old)) : std::nullopt;
    qint64 id = 0;
    int version = 0;
    r = write(ctx, EligibilityRepository::table(), e.id, e.version, before ? &*before : nullptr,
              EligibilityRepository::toRow(stored), EligibilityRepository::uniqueKey(), &id,
              &version);
    if (r.ok())
        r = applyStatus(ctx, subject.subject);
    return commitInto(t, r, e, id, version);
}

SaveResult StudyStore::saveInfusion(const Session &s, Infusion &infusion, const QString &reason)
{
    Transaction t(m_db);
    StoredSubject subject;
    SaveResult r = openPage(s, Action::EditInfusion, infusion.subjectId, t, &subject);
    if (!r.ok())
        return r;
    // The one gate that blocks: no infusion for a subject who is not enrolled.
    QString error;
    const std::optional<rules::LifeCycleInput> lifeCycle = SubjectRepository::lifeCycle(
        m_db, subject.subject, lifecycle::finalVisit(m_protocol), &error);
    if (!lifeCycle)
        return readFailure(error);
    if (const FieldErrors gate = lifecycle::infusionGateErrors(*lifeCycle, infusion.infusionDate);
        !gate.isEmpty())
        return SaveResult::invalid(gate);
    r = checkPage(infusion.validate(m_protocol, validationContext(subject.subject)));
    if (!r.ok())
        return r;
    const WriteContext ctx = writeContext(s, subject.subject.code, reason);
    std::optional<Infusion> old;
    r = loadStored<Infusion, Infusion>(
        ctx, InfusionRepository::table(), infusion,
        [&](QString *error) { return InfusionRepository::byId(m_db, infusion.id, error); }, &old);
    if (!r.ok())
        return r;
    const Row after = InfusionRepository::toRow(infusion);
    const std::optional<Row> before =
        old ? std::optional<Row>(InfusionRepository::toRow(*old)) : std::nullopt;
    qint64 id = 0;
    int version = 0;
    r = write(ctx, InfusionRepository::table(), infusion.id, infusion.version,
              before ? &*before : nullptr, after, InfusionRepository::uniqueKey(infusion), &id,
              &version);
    // The vital signs are child rows: rewritten in the same transaction when they changed.
    const bool vitalsChanged =
        !before || before->field(QStringLiteral("vital_signs"))->text
                       != after.field(QStringLiteral("vital_signs"))->text;
    if (r.ok() && vitalsChanged) {
        QString error;
        if (!InfusionRepository::writeVitals(m_db, id, infusion.vitals, &error))
            return SaveResult::failure(Status::DatabaseError, error);
    }
    if (r.ok())
        r = syncDeviations(ctx, infusion.subjectId, infusion.visit, InfusionRepository::table(),
                           id,
                           rules::detectDeviations(
                               m_protocol, infusion.deviationInput(subject.subject.week0Date)),
                           [&](const QString &kind) { return pageReason(infusion, kind); });
    return commitInto(t, r, infusion, id, version);
}

SaveResult StudyStore::savePasi(const Session &s, PasiAssessment &pasi, const QString &reason)
{
    Transaction t(m_db);
    StoredSubject subject;
    SaveResult r = openPage(s, Action::EditPasi, pasi.subjectId, t, &subject);
    if (r.ok())
        r = checkPage(pasi.validate(m_protocol, validationContext(subject.subject)));
    if (!r.ok())
        return r;
    const WriteContext ctx = writeContext(s, subject.subject.code, reason);
    std::optional<PasiAssessment> old;
    r = loadStored<PasiAssessment, PasiAssessment>(
        ctx, PasiRepository::table(), pasi,
        [&](QString *error) { return PasiRepository::byId(m_db, m_protocol, pasi.id, error); },
        &old);
    if (!r.ok())
        return r;
    const std::optional<Row> before =
        old ? std::optional<Row>(PasiRepository::toRow(m_protocol, *old)) : std::nullopt;
    qint64 id = 0;
    int version = 0;
    r = write(ctx, PasiRepository::table(), pasi.id, pasi.version, before ? &*before : nullptr,
              PasiRepository::toRow(m_protocol, pasi), PasiRepository::uniqueKey(pasi), &id,
              &version);
    if (r.ok())
        r = applyStatus(ctx, subject.subject);
    if (r.ok())
        r = syncDeviations(ctx, pasi.subjectId, pasi.visit, PasiRepository::table(), id,
                           rules::detectDeviations(
                               m_protocol, pasi.deviationInput(subject.subject.week0Date)),
                           [&](const QString &kind) { return pageReason(pasi, kind); });
    return commitInto(t, r, pasi, id, version);
}

SaveResult StudyStore::saveAdverseEvent(const Session &s, AdverseEvent &ae, const QString &reason)
{
    Transaction t(m_db);
    StoredSubject subject;
    SaveResult r = openPage(s, Action::EditAdverseEvent, ae.subjectId, t, &subject);
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
    r = checkPage(record.validate(m_protocol, validationContext(subject.subject)));
    if (!r.ok())
        return r;
    const WriteContext ctx = writeContext(s, subject.subject.code, reason);
    std::optional<AdverseEvent> old;
    r = loadStored<AdverseEvent, AdverseEvent>(
        ctx, AdverseEventRepository::table(), record,
        [&](QString *error) { return AdverseEventRepository::byId(m_db, record.id, error); },
        &old);
    if (!r.ok())
        return r;
    r = checkCausality(s, record, old);
    if (!r.ok())
        return r;

    const std::optional<Row> before =
        old ? std::optional<Row>(AdverseEventRepository::toRow(*old)) : std::nullopt;
    qint64 id = 0;
    int version = 0;
    r = write(ctx, AdverseEventRepository::table(), record.id, record.version,
              before ? &*before : nullptr, AdverseEventRepository::toRow(record),
              AdverseEventRepository::uniqueKey(record), &id, &version);
    r = commitInto(t, r, ae, id, version);
    if (r.ok())
        ae.aeNumber = record.aeNumber;
    return r;
}

SaveResult StudyStore::syncDeviations(const WriteContext &pageCtx, qint64 subjectId,
                                      const QString &visit, const QString &sourceTable,
                                      qint64 sourceId, const QStringList &kinds,
                                      const std::function<std::optional<QString>(const QString &)> &reasonFor)
{
    // The log follows from the page just saved: its rows need no reason of their own.
    WriteContext ctx = pageCtx;
    ctx.correctionNeedsReason = false;
    QString error;
    QList<Deviation> stored;
    if (!DeviationRepository::forSource(m_db, sourceTable, sourceId, &stored, &error))
        return readFailure(error);
    const QString table = DeviationRepository::table();
    for (const Deviation &old : std::as_const(stored)) {
        Deviation now = old;
        const bool shown = kinds.contains(old.kind);
        const std::optional<QString> given =
            shown ? reasonFor(old.kind) : std::optional<QString>();
        now.visit = visit;
        if (shown && old.resolved) {
            now.resolved = false;
            now.resolvedAt = {};
        } else if (!shown && !old.resolved) {
            now.resolved = true;
            now.resolvedAt = ctx.now;
        }
        if (given && given->trimmed() != old.reason) {
            now.reason = given->trimmed();
            now.recordedBy = ctx.userName;
        }
        bool changed = false;
        const SaveResult r =
            RowWriter::update(ctx, table, old.id, old.version, DeviationRepository::toRow(old),
                              DeviationRepository::toRow(now), DeviationRepository::uniqueKey(),
                              &changed);
        if (!r.ok())
            return r;
    }
    for (const QString &kind : kinds) {
        const bool known = std::any_of(stored.cbegin(), stored.cend(),
                                       [&](const Deviation &d) { return d.kind == kind; });
        if (known)
            continue;
        Deviation d;
        d.subjectId = subjectId;
        d.visit = visit;
        d.kind = kind;
        d.sourceTable = sourceTable;
        d.sourceId = sourceId;
        d.detectedAt = ctx.now;
        d.reason = reasonFor(kind).value_or(QString()).trimmed();
        d.recordedBy = ctx.userName;
        qint64 id = 0;
        const SaveResult r = RowWriter::insert(ctx, table, DeviationRepository::toRow(d),
                                               DeviationRepository::uniqueKey(), &id);
        if (!r.ok())
            return r;
    }
    return SaveResult::saved();
}

SaveResult StudyStore::resyncSubjectDeviations(const WriteContext &ctx, qint64 subjectId,
                                               const std::optional<QDate> &week0)
{
    QString error;
    QList<Infusion> infusions;
    QList<PasiAssessment> assessments;
    if (!InfusionRepository::forSubject(m_db, subjectId, &infusions, &error)
        || !PasiRepository::forSubject(m_db, m_protocol, subjectId, &assessments, &error))
        return readFailure(error);
    const auto keep = [](const QString &) { return std::optional<QString>(); };
    for (const Infusion &i : std::as_const(infusions)) {
        const SaveResult r = syncDeviations(
            ctx, subjectId, i.visit, InfusionRepository::table(), i.id,
            rules::detectDeviations(m_protocol, i.deviationInput(week0)), keep);
        if (!r.ok())
            return r;
    }
    for (const PasiAssessment &a : std::as_const(assessments)) {
        const SaveResult r = syncDeviations(
            ctx, subjectId, a.visit, PasiRepository::table(), a.id,
            rules::detectDeviations(m_protocol, a.deviationInput(week0)), keep);
        if (!r.ok())
            return r;
    }
    return SaveResult::saved();
}

SaveResult StudyStore::setDeviationReason(const Session &s, Deviation &deviation,
                                          const QString &reason)
{
    Transaction t(m_db);
    if (!t.isActive())
        return SaveResult::failure(Status::DatabaseError,
                                   QStringLiteral("cannot begin: ") + t.errorString());
    QString error;
    const std::optional<Deviation> old = DeviationRepository::byId(m_db, deviation.id, &error);
    if (!error.isEmpty())
        return readFailure(error);
    if (!old)
        return gone();
    const bool infusion = old->sourceTable == InfusionRepository::table();
    StoredSubject subject;
    SaveResult r = openPage(s, infusion ? Action::EditInfusion : Action::EditPasi,
                            old->subjectId, t, &subject);
    if (!r.ok())
        return r;
    // The deviation's reason is itself the explanation: it needs none of its own.
    WriteContext ctx = writeContext(s, subject.subject.code, {});
    ctx.correctionNeedsReason = false;
    if (old->version != deviation.version)
        return RowWriter::stale(ctx, DeviationRepository::table(), old->id);
    Deviation now = *old;
    now.reason = reason.trimmed();
    now.recordedBy = s.userName;
    bool changed = false;
    r = RowWriter::update(ctx, DeviationRepository::table(), old->id, old->version,
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
            r = RowWriter::update(ctx, InfusionRepository::table(), inf->id, inf->version,
                                  InfusionRepository::toRow(*inf),
                                  InfusionRepository::toRow(after),
                                  InfusionRepository::uniqueKey(after), &infusionChanged);
        }
    }
    if (!r.ok())
        return r;
    r = commit(t);
    if (r.ok()) {
        deviation = now;
        deviation.subjectCode = subject.subject.code;
        deviation.version = old->version + (changed ? 1 : 0);
    }
    return r;
}

SaveResult StudyStore::setLocked(const Session &s, qint64 subjectId, bool locked,
                                 const QString &reason)
{
    if (!s.may(Action::LockCasebook))
        return denied(s);
    if (reason.trimmed().isEmpty())
        return reasonRequired();
    Transaction t(m_db);
    if (!t.isActive())
        return SaveResult::failure(Status::DatabaseError,
                                   QStringLiteral("cannot begin: ") + t.errorString());
    QString error;
    const std::optional<StoredSubject> subject =
        SubjectRepository::byId(m_db, subjectId, &error);
    if (!error.isEmpty())
        return readFailure(error);
    if (!subject)
        return gone();
    if (subject->locked == locked)
        return SaveResult::saved();
    if (!SubjectRepository::setLocked(m_db, subjectId, locked, &error))
        return SaveResult::failure(Status::DatabaseError, error);
    const WriteContext ctx = writeContext(s, subject->subject.code, reason);
    const auto yesNo = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    const SaveResult r = RowWriter::audit(ctx, locked ? QStringLiteral("lock") : QStringLiteral("unlock"),
                                          SubjectRepository::table(), subjectId,
                                          QStringLiteral("locked"), yesNo(!locked), yesNo(locked));
    if (!r.ok())
        return r;
    return commit(t);
}

// ---- Reads --------------------------------------------------------------------------------

bool StudyStore::readAllowed(const Session &s, QString *error) const
{
    if (s.may(Action::ReadClinical))
        return true;
    if (error)
        *error = QStringLiteral("the role may not read clinical data");
    return false;
}

std::optional<Casebook> StudyStore::loadCasebook(const Session &s, qint64 subjectId,
                                                 QString *error) const
{
    QString why;
    const auto failed = [&]() -> std::optional<Casebook> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!readAllowed(s, &why))
        return failed();
    const Database &db = m_db;
    const std::optional<StoredSubject> subject = SubjectRepository::byId(db, subjectId, &why);
    if (!subject) {
        if (why.isEmpty())
            why = QStringLiteral("no subject with id %1").arg(subjectId);
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
    sortDeviations(visits, &book.deviations);
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

int StudyStore::subjectCount() const
{
    return subjectCount({}, {});
}

int StudyStore::subjectCount(const QString &codePrefix, const QString &status) const
{
    const SubjectFilter f = subjectFilter(codePrefix, status);
    Statement st(m_db, QStringLiteral("SELECT count(*) FROM subjects") + f.where);
    if (!st.exec(f.values) || !st.query().next())
        return 0;
    return st.query().value(0).toInt();
}

QList<SubjectSummary> StudyStore::subjects(int offset, int limit, const QString &codePrefix,
                                           const QString &status) const
{
    QList<SubjectSummary> page;
    const SubjectFilter f = subjectFilter(codePrefix, status);
    {
        // A sequential request continues after the previous page (keyset); others count.
        const bool continues = offset > 0 && offset == m_pageCursor.nextOffset
            && codePrefix == m_pageCursor.codePrefix && status == m_pageCursor.status;
        QString where = f.where;
        QVariantList values = f.values;
        if (continues) {
            where += where.isEmpty() ? QStringLiteral(" WHERE code > ?")
                                     : QStringLiteral(" AND code > ?");
            values << m_pageCursor.lastCode;
        }
        Statement st(m_db, QStringLiteral("SELECT id, code, initials, status, week0_date, locked"
                                          " FROM subjects")
                               + where + QStringLiteral(" ORDER BY code LIMIT ? OFFSET ?"));
        // "All rows" as the largest bound: SQLite refuses LIMIT NULL, PostgreSQL LIMIT -1.
        values << (limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit))
               << (continues ? 0 : std::max(offset, 0));
        m_pageCursor.nextOffset = -1;
        if (!st.exec(values))
            return page;
        QSqlQuery &q = st.query();
        const RowReader r(q);
        while (q.next()) {
            SubjectSummary s;
            s.id = r.id(QStringLiteral("id"));
            s.code = r.text(QStringLiteral("code"));
            s.initials = r.text(QStringLiteral("initials"));
            s.status = r.text(QStringLiteral("status"));
            s.week0Date = r.date(QStringLiteral("week0_date"));
            s.locked = r.flag(QStringLiteral("locked"));
            page << s;
        }
        if (!page.isEmpty() && limit > 0)
            m_pageCursor = {codePrefix, status, std::max(offset, 0) + int(page.size()),
                            page.last().code};
    }
    if (page.isEmpty())
        return page;

    // Visit dates of the page: the infusion date, else the PASI date; screening is also done
    // once its consent or eligibility is saved (their date, when no screening PASI has one).
    // Rows come lowest priority first, so the best date is the one kept. One query per chunk
    // of ids (bound parameters are limited in number), usually one for a page.
    QHash<qint64, int> rowOf;
    for (int i = 0; i < page.size(); ++i)
        rowOf.insert(page.at(i).id, i);
    constexpr int kChunk = 500;
    for (int from = 0; from < page.size(); from += kChunk) {
        const int n = std::min(kChunk, int(page.size()) - from);
        QStringList marks;
        for (int i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        const QString in = marks.join(QStringLiteral(", "));
        Statement st(m_db, QStringLiteral("SELECT subject_id, visit, infusion_date AS done, 0 AS prio"
                                 " FROM infusions WHERE infusion_date IS NOT NULL"
                                 " AND subject_id IN (%1)"
                                 " UNION ALL"
                                 " SELECT subject_id, visit, assessment_date, 1"
                                 " FROM pasi_assessments WHERE assessment_date IS NOT NULL"
                                 " AND subject_id IN (%1)"
                                 " UNION ALL"
                                 " SELECT subject_id, ?, assessed_date, 2"
                                 " FROM eligibility WHERE assessed_date IS NOT NULL"
                                 " AND subject_id IN (%1)"
                                 " UNION ALL"
                                 " SELECT subject_id, ?, consent_date, 3"
                                 " FROM consents WHERE consent_date IS NOT NULL"
                                 " AND subject_id IN (%1)"
                                 " ORDER BY prio DESC")
                               .arg(in));
        const QString screening = lifecycle::screeningVisit(m_protocol);
        QVariantList ids;
        for (int pass = 0; pass < 4; ++pass) {
            if (pass >= 2)
                ids << screening;
            for (int i = 0; i < n; ++i)
                ids << page.at(from + i).id;
        }
        if (!st.exec(ids))
            return page;
        QSqlQuery &q = st.query();
        while (q.next()) {
            SubjectSummary &s = page[rowOf.value(q.value(0).toLongLong())];
            const QString visit = q.value(1).toString();
            const QDate done = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            if (done.isValid())
                s.visitDates.insert(visit, done);
        }
    }
    readSignedStates(page);
    return page;
}

void StudyStore::readSignedStates(QList<SubjectSummary> &page) const
{
    QHash<qint64, int> rowOf;
    QVariantList ids;
    QStringList marks;
    for (int i = 0; i < page.size(); ++i) {
        rowOf.insert(page.at(i).id, i);
        ids << page.at(i).id;
        marks << QStringLiteral("?");
    }
    // A page is at most a few hundred rows; bound parameters go to 32766 in SQLite.
    const QString in = marks.join(QStringLiteral(", "));
    {
        Statement st(m_db, QStringLiteral("SELECT subject_id, meaning, signed_at_utc, printed_name"
                                          " FROM signatures WHERE scope = 'casebook'"
                                          " AND subject_id IN (%1) ORDER BY id")
                               .arg(in));
        if (!st.exec(ids))
            return;
        QSqlQuery &q = st.query();
        while (q.next()) {
            SubjectSummary &s = page[rowOf.value(q.value(0).toLongLong())];
            const QString meaning = q.value(1).toString();
            // Oldest first: a later signature replaces an earlier one, except that a review
            // never hides an approval.
            if (meaning == QLatin1String("reviewed") && s.signedMeaning == QLatin1String("approved"))
                continue;
            s.signedMeaning = meaning;
            s.signedAtUtc = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
            s.signedBy = q.value(3).toString();
        }
    }
    QVariantList signedIds;
    QStringList signedMarks;
    for (const SubjectSummary &s : std::as_const(page)) {
        if (!s.signedMeaning.isEmpty()) {
            signedIds << s.id;
            signedMarks << QStringLiteral("?");
        }
    }
    if (signedIds.isEmpty())
        return;
    // The last save of any page of each signed casebook.
    const QString signedIn = signedMarks.join(QStringLiteral(", "));
    QStringList parts{QStringLiteral("SELECT id AS subject_id, updated_at FROM subjects"
                                     " WHERE id IN (%1)")
                          .arg(signedIn)};
    const QStringList tables{QStringLiteral("consents"), QStringLiteral("eligibility"),
                             QStringLiteral("infusions"), QStringLiteral("pasi_assessments"),
                             QStringLiteral("adverse_events")};
    for (const QString &table : tables)
        parts << QStringLiteral("SELECT subject_id, updated_at FROM %1 WHERE subject_id IN (%2)")
                     .arg(table, signedIn);
    Statement st(m_db, QStringLiteral("SELECT subject_id, max(updated_at) FROM (%1) AS saves"
                                      " GROUP BY subject_id")
                           .arg(parts.join(QStringLiteral(" UNION ALL "))));
    QVariantList values;
    for (qsizetype i = 0; i <= tables.size(); ++i)
        values << signedIds;
    if (!st.exec(values))
        return;
    QSqlQuery &q = st.query();
    while (q.next()) {
        SubjectSummary &s = page[rowOf.value(q.value(0).toLongLong())];
        const QDateTime last = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        s.changedSinceSigned = last.isValid() && s.signedAtUtc.isValid() && last > s.signedAtUtc;
    }
}

bool StudyStore::forEachSubject(const Session &s,
                                const std::function<bool(const Subject &, bool)> &fn,
                                QString *error) const
{
    QString why;
    if (!readAllowed(s, error))
        return false;
    const bool ok = SubjectRepository::forEach(
        m_db, [&](const StoredSubject &st) { return fn(st.subject, st.locked); },
        &why);
    if (!ok && error)
        *error = why;
    return ok;
}

bool StudyStore::forEachConsent(const Session &s,
                                const std::function<bool(const QString &, const Consent &)> &fn,
                                QString *error) const
{
    QString why;
    if (!readAllowed(s, error))
        return false;
    const bool ok = ConsentRepository::forEach(m_db, fn, &why);
    if (!ok && error)
        *error = why;
    return ok;
}

bool StudyStore::forEachEligibility(
    const Session &s,
    const std::function<bool(const QString &, const Eligibility &,
                             const rules::EligibilityInput &)> &fn,
    QString *error) const
{
    QString why;
    if (!readAllowed(s, error))
        return false;
    const bool ok = EligibilityRepository::forEach(
        m_db, m_protocol,
        [&](const QString &code, const StoredEligibility &e, const rules::EligibilityInput &in) {
            return fn(code, e.eligibility, in);
        },
        &why);
    if (!ok && error)
        *error = why;
    return ok;
}

bool StudyStore::forEachInfusion(const Session &s,
                                 const std::function<bool(const QString &, const Infusion &)> &fn,
                                 QString *error) const
{
    QString why;
    if (!readAllowed(s, error))
        return false;
    const bool ok =
        InfusionRepository::forEach(m_db, m_protocol.visitCodes(), fn, &why);
    if (!ok && error)
        *error = why;
    return ok;
}

bool StudyStore::forEachPasi(
    const Session &s, const std::function<bool(const QString &, const PasiAssessment &)> &fn,
    QString *error) const
{
    QString why;
    if (!readAllowed(s, error))
        return false;
    const bool ok = PasiRepository::forEach(m_db, m_protocol, fn, &why);
    if (!ok && error)
        *error = why;
    return ok;
}

bool StudyStore::forEachAdverseEvent(
    const Session &s, const std::function<bool(const QString &, const AdverseEvent &)> &fn,
    QString *error) const
{
    QString why;
    if (!readAllowed(s, error))
        return false;
    const bool ok = AdverseEventRepository::forEach(m_db, fn, &why);
    if (!ok && error)
        *error = why;
    return ok;
}

bool StudyStore::forEachDeviation(const Session &s,
                                  const std::function<bool(const Deviation &)> &fn,
                                  QString *error) const
{
    if (!readAllowed(s, error))
        return false;
    // One subject at a time (rows come ordered by code), sorted by visit and kind.
    const QStringList visits = m_protocol.visitCodes();
    QList<Deviation> subject;
    bool stopped = false;
    const auto flush = [&] {
        sortDeviations(visits, &subject);
        for (const Deviation &d : std::as_const(subject)) {
            if (!fn(d)) {
                stopped = true;
                break;
            }
        }
        subject.clear();
        return !stopped;
    };
    QString why;
    const bool ok = DeviationRepository::forEach(
        m_db,
        [&](const Deviation &d) {
            if (!subject.isEmpty() && subject.constFirst().subjectId != d.subjectId && !flush())
                return false;
            subject << d;
            return true;
        },
        &why);
    if (!ok) {
        if (error)
            *error = why;
        return false;
    }
    if (!stopped)
        flush();
    return true;
}

}  // namespace trialcrf
