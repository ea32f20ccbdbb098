// SPDX-License-Identifier: Apache-2.0
#include "trajectorydata.h"

#include "rules/rules.h"
#include "storage/casebook.h"

#include <algorithm>

namespace trialcrf {

bool TrajectoryPoint::operator==(const TrajectoryPoint &o) const
{
    return visit == o.visit && week == o.week && pasiTenths == o.pasiTenths && date == o.date
           && improvementTenthsPct == o.improvementTenthsPct && baseline == o.baseline
           && outOfWindow == o.outOfWindow && provisional == o.provisional;
}

bool InfusionMark::operator==(const InfusionMark &o) const
{
    return visit == o.visit && week == o.week && given == o.given && date == o.date
           && targetCells == o.targetCells && actualCells == o.actualCells
           && deviationPct == o.deviationPct && withinTolerance == o.withinTolerance
           && outOfWindow == o.outOfWindow;
}

bool TrajectoryData::operator==(const TrajectoryData &o) const
{
    return subjectCode == o.subjectCode && points == o.points && infusions == o.infusions
           && baselineTenths == o.baselineTenths && responseLevelsPct == o.responseLevelsPct
           && doseTolerancePct == o.doseTolerancePct && weeks == o.weeks
           && lastWeek == o.lastWeek;
}

std::optional<double> TrajectoryData::thresholdTenths(int levelPct) const
{
    if (!baselineTenths)
        return std::nullopt;
    return *baselineTenths * (100 - levelPct) / 100.0;
}

int TrajectoryData::maxTenths() const
{
    int m = baselineTenths.value_or(0);
    for (const TrajectoryPoint &p : points)
        m = std::max(m, p.pasiTenths);
    return m;
}

int TrajectoryData::minImprovementTenths() const
{
    int m = 0;
    for (const TrajectoryPoint &p : points) {
        if (p.improvementTenthsPct)
            m = std::min(m, *p.improvementTenthsPct);
    }
    return m;
}

bool TrajectoryData::hasProvisional() const
{
    return std::any_of(points.cbegin(), points.cend(),
                       [](const TrajectoryPoint &p) { return p.provisional; });
}

TrajectoryData TrajectoryData::schedule(const Protocol &protocol)
{
    TrajectoryData d;
    d.responseLevelsPct = protocol.responseLevelsPct;
    d.doseTolerancePct = protocol.doseTolerancePct;
    for (const VisitDef &v : protocol.visits) {
        if (!v.week)
            continue;
        d.lastWeek = std::max(d.lastWeek, *v.week);
        if (v.pasi)
            d.weeks << *v.week;
        if (v.infusion) {
            InfusionMark m;
            m.visit = v.code;
            m.week = *v.week;
            d.infusions << m;
        }
    }
    return d;
}

TrajectoryData TrajectoryData::fromCasebook(const Casebook &casebook, const Protocol &protocol,
                                            const QString &provisionalVisit)
{
    TrajectoryData d = schedule(protocol);
    d.subjectCode = casebook.subject.code;
    const std::optional<QDate> week0 = casebook.subject.week0Date;
    const auto outside = [&](const QString &visit, const std::optional<QDate> &date) {
        return week0 && week0->isValid() && date && date->isValid()
               && !rules::withinWindow(protocol, visit, *week0, *date);
    };

    QList<rules::PasiPoint> pasiPoints;
    for (const VisitDef &v : protocol.visits) {
        if (!v.pasi)
            continue;
        const PasiAssessment *a = nullptr;
        for (const PasiAssessment &candidate : casebook.pasi) {
            if (candidate.visit == v.code)
                a = &candidate;
        }
        const std::optional<int> tenths = a ? a->pasiTenths(protocol) : std::nullopt;
        pasiPoints << rules::PasiPoint{v.code, tenths};
        if (!tenths)
            continue;
        TrajectoryPoint p;
        p.visit = v.code;
        p.week = v.week;
        p.pasiTenths = *tenths;
        p.date = a->assessmentDate;
        p.outOfWindow = outside(v.code, p.date);
        p.provisional = !provisionalVisit.isEmpty() && v.code == provisionalVisit;
        d.points << p;
    }

    const rules::Baseline baseline = rules::baseline(protocol, pasiPoints);
    d.baselineTenths = baseline.tenths;
    for (TrajectoryPoint &p : d.points) {
        p.baseline = p.visit == baseline.visit;
        // Screening before a week-0 baseline is not a response to treatment.
        if (p.week || p.baseline)
            p.improvementTenthsPct = rules::improvementTenthsPct(d.baselineTenths, p.pasiTenths);
    }

    for (InfusionMark &m : d.infusions) {
        const Infusion *inf = nullptr;
        for (const Infusion &candidate : casebook.infusions) {
            if (candidate.visit == m.visit)
                inf = &candidate;
        }
        if (!inf)
            continue;
        m.given = true;
        m.date = inf->infusionDate;
        m.actualCells = inf->actualCells;
        m.outOfWindow = outside(m.visit, m.date);
        if (const std::optional<int> w = inf->weightTenths())
            m.targetCells = rules::targetCells(protocol, *w);
        if (const std::optional<int> w = inf->weightTenths(); w && inf->actualCells) {
            if (const std::optional<rules::DoseCheck> c =
                    rules::checkDose(protocol, *w, *inf->actualCells)) {
                m.deviationPct = c->deviationPct;
                m.withinTolerance = c->withinTolerance;
            }
        }
    }
    return d;
}

}  // namespace trialcrf
