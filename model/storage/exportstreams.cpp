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
            m_db, [&](const StoredSubject &st) { return fn(st.subject, st.locked); }, why);
    });
}

bool ExportStreams::forEachConsent(const Session &s, const RecordFn<Consent> &fn,
                                   QString *error) const
{
    return streamed(s, error, [&](QString *why) {
        return ConsentRepository::forEach(m_db, fn, why);
    });
}

bool ExportStreams::forEachEligibility(
    const Session &s,
    const std::function<bool(const QString &, const Eligibility &,
                             const rules::EligibilityInput &)> &fn,
    QString *error) const
{
    return streamed(s, error, [&](QString *why) {
        return EligibilityRepository::forEach(
            m_db, m_protocol,
            [&](const QString &code, const StoredEligibility &e,
                const rules::EligibilityInput &in) { return fn(code, e.eligibility, in); },
            why);
    });
}

bool ExportStreams::forEachInfusion(const Session &s, const RecordFn<Infusion> &fn,
                                    QString *error) const
{
    return streamed(s, error, [&](QString *why) {
        return InfusionRepository::forEach(m_db, m_protocol.visitCodes(), fn, why);
    });
}

bool ExportStreams::forEachPasi(const Session &s, const RecordFn<PasiAssessment> &fn,
                                QString *error) const
{
    return streamed(s, error, [&](QString *why) {
        return PasiRepository::forEach(m_db, m_protocol, fn, why);
    });
}

bool ExportStreams::forEachAdverseEvent(const Session &s, const RecordFn<AdverseEvent> &fn,
                                        QString *error) const
{
    return streamed(s, error, [&](QString *why) {
        return AdverseEventRepository::forEach(m_db, fn, why);
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
