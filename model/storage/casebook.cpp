// SPDX-License-Identifier: Apache-2.0
#include "storage/casebook.h"

#include "records/lifecycle.h"

namespace trialcrf {

QList<Deviation> Casebook::openDeviations(const QString &sourceTable, qint64 sourceId) const
{
    QList<Deviation> out;
    for (const Deviation &d : deviations) {
        if (!d.resolved && d.sourceTable == sourceTable && d.sourceId == sourceId)
            out << d;
    }
    return out;
}

bool Casebook::hasDeviationWithoutReason() const
{
    for (const Deviation &d : deviations) {
        if (d.reasonMissing())
            return true;
    }
    return false;
}

const Infusion *Casebook::infusion(const QString &visit) const &
{
    for (const Infusion &i : infusions) {
        if (i.visit == visit)
            return &i;
    }
    return nullptr;
}

const PasiAssessment *Casebook::pasiAt(const QString &visit) const &
{
    for (const PasiAssessment &a : pasi) {
        if (a.visit == visit)
            return &a;
    }
    return nullptr;
}

rules::EligibilityInput Casebook::eligibilityInput() const
{
    const std::optional<QDate> consentDate = consent ? consent->consentDate : std::nullopt;
    const std::optional<bool> consentSigned = consent ? consent->subjectSigned : std::nullopt;
    if (eligibility)
        return eligibility->toInput(subject.birthDate, subject.week0Date, consentDate,
                                    consentSigned);
    rules::EligibilityInput in;
    in.birthDate = subject.birthDate;
    in.week0Date = subject.week0Date;
    in.consentDate = consentDate;
    in.consentSigned = consentSigned;
    return in;
}

QList<rules::PasiPoint> Casebook::pasiPoints(const Protocol &p) const
{
    QList<rules::PasiPoint> points;
    for (const VisitDef &v : p.visits) {
        if (!v.pasi)
            continue;
        const PasiAssessment *a = pasiAt(v.code);
        points.append({v.code, a ? a->pasiTenths(p) : std::nullopt});
    }
    return points;
}

rules::LifeCycleInput Casebook::lifeCycle(const Protocol &p) const
{
    rules::LifeCycleInput in;
    if (consent)
        in.consentSigned = consent->subjectSigned;
    if (eligibility)
        in.confirmedVerdict = eligibility->confirmedVerdict;
    const PasiAssessment *last = pasiAt(lifecycle::finalVisit(p));
    in.finalVisitDone = last && last->assessmentDate.has_value();
    in.withdrawalDate = subject.withdrawalDate;
    return in;
}

const PasiAssessment *Casebook::screeningPasi(const Protocol &p) const &
{
    return pasiAt(lifecycle::screeningVisit(p));
}

}  // namespace trialcrf
