// SPDX-License-Identifier: Apache-2.0
#include "storage/exportstreams.h"

#include "rules/deviations.h"
#include "storage/adverseeventrepository.h"
#include "storage/consentrepository.h"
#include "storage/deviationrepository.h"
#include "storage/eligibilityrepository.h"
#include "storage/infusionrepository.h"
#include "storage/pasirepository.h"
#include "storage/subjectrepository.h"
#include "storage/visitorder.h"

#include <QSet>
#include <algorithm>

namespace trialcrf {

namespace {

/// The role may read (ReadClinical), then the repository's stream; its error into *error.
template <typename Stream>
bool streamed(const Session &s, QString *error, Stream stream)
{
    if (!ExportStreams::readAllowed(s, error))
        return false;
    QString why;
    const bool ok = stream(&why);
    if (!ok && error)
        *error = why;
    return ok;
}

/// The codes of the subjects a session limited to some sites may read; nullopt for a
/// session of every site (nothing to filter, nothing read).
bool subjectsOf(const Database &db, const Session &s, std::optional<QSet<QString>> *out,
                QString *error)
{
    if (!s.siteCodes)
        return true;
    out->emplace();
    return SubjectRepository::forEach(
        db,
        [&](const StoredSubject &st) {
            if (s.maySite(st.subject.siteCode))
                (*out)->insert(st.subject.code);
            return true;
        },
        error);
}

/// `fn` for the records of the subjects in `mine` only (all when nullopt).
template <typename R>
ExportStreams::RecordFn<R> scoped(const ExportStreams::RecordFn<R> &fn,
                                  const std::optional<QSet<QString>> &mine)
{
    return [&fn, &mine](const QString &code, const R &record) {
        return (mine && !mine->contains(code)) || fn(code, record);
    };
}

}  // namespace

ExportStreams::ExportStreams(const Database &db, const Protocol &protocol)
    : m_db(db), m_protocol(protocol)
{
}

void ExportStreams::sortDeviations(const QStringList &visits, QList<Deviation> *list)
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

bool ExportStreams::readAllowed(const Session &s, QString *error)
{
    if (s.may(Action::ReadClinical))
        return true;
    if (error)
        *error = QStringLiteral("the role may not read clinical data");
    return false;
}

bool ExportStreams::forEachSubject(const Session &s,
                                   const std::function<bool(const Subject &, bool)> &fn,
                                   QString *error) const
{
    return streamed(s, error, [&](QString *why) {
        return SubjectRepository::forEach(
            m_db,
            [&](const StoredSubject &st) {
                return !s.maySite(st.subject.siteCode) || fn(st.subject, st.locked);
            },
            why);
    });
}

bool ExportStreams::forEachConsent(const Session &s, const RecordFn<Consent> &fn,
                                   QString *error) const
{
    return streamed(s, error, [&](QString *why) {
        std::optional<QSet<QString>> mine;
        return subjectsOf(m_db, s, &mine, why) && ConsentRepository::forEach(m_db, scoped(fn, mine), why);
    });
}

bool ExportStreams::forEachEligibility(
    const Session &s,
    const std::function<bool(const QString &, const Eligibility &,
                             const rules::EligibilityInput &)> &fn,
    QString *error) const
{
    return streamed(s, error, [&](QString *why) {
        std::optional<QSet<QString>> mine;
        return subjectsOf(m_db, s, &mine, why) && EligibilityRepository::forEach(
            m_db, m_protocol,
            [&](const QString &code, const StoredEligibility &e,
                const rules::EligibilityInput &in) {
                return (mine && !mine->contains(code)) || fn(code, e.eligibility, in);
            },
            why);
    });
}

bool ExportStreams::forEachInfusion(const Session &s, const RecordFn<Infusion> &fn,
                                    QString *error) const
{
    return streamed(s, error, [&](QString *why) {
        std::optional<QSet<QString>> mine;
        return subjectsOf(m_db, s, &mine, why) && InfusionRepository::forEach(m_db, m_protocol.visitCodes(), scoped(fn, mine), why);
    });
}

bool ExportStreams::forEachPasi(const Session &s, const RecordFn<PasiAssessment> &fn,
                                QString *error) const
{
    return streamed(s, error, [&](QString *why) {
        std::optional<QSet<QString>> mine;
        return subjectsOf(m_db, s, &mine, why) && PasiRepository::forEach(m_db, m_protocol, scoped(fn, mine), why);
    });
}

bool ExportStreams::forEachAdverseEvent(const Session &s, const RecordFn<AdverseEvent> &fn,
                                        QString *error) const
{
    return streamed(s, error, [&](QString *why) {
        std::optional<QSet<QString>> mine;
        return subjectsOf(m_db, s, &mine, why) && AdverseEventRepository::forEach(m_db, scoped(fn, mine), why);
    });
}

bool ExportStreams::forEachDeviation(const Session &s,
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
    std::optional<QSet<QString>> mine;
    const bool ok = subjectsOf(m_db, s, &mine, &why) && DeviationRepository::forEach(
        m_db,
        [&](const Deviation &d) {
            if (mine && !mine->contains(d.subjectCode))
                return true;
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
