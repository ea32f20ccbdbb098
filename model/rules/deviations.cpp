// SPDX-License-Identifier: Apache-2.0
#include "rules/deviations.h"

#include "rules/chair.h"
#include "rules/rules.h"

#include <QSet>

namespace trialcrf::rules {

namespace d = deviation;

QStringList deviationKinds()
{
    static const QStringList kinds{
        QLatin1String(d::kInfusionBeforeWeek0), QLatin1String(d::kInfusionOutOfWindow),
        QLatin1String(d::kVisitOutOfWindow),    QLatin1String(d::kDoseOutOfTolerance),
        QLatin1String(d::kVitalsBeforeMissing), QLatin1String(d::kVitalsDuringMissing),
        QLatin1String(d::kVitalsAfterMissing),  QLatin1String(d::kThawStabilityExceeded),
        QLatin1String(d::kViabilityBelowFloor), QLatin1String(d::kLotReused),
    };
    return kinds;
}

namespace {

bool hasPhase(const QList<VitalSetFacts> &vitals, const QString &phase)
{
    for (const VitalSetFacts &v : vitals) {
        if (v.phase == phase)
            return true;
    }
    return false;
}

bool duringMissing(const Protocol &p, const DeviationInput &in)
{
    if (!in.startTime || !in.endTime || !in.startTime->isValid() || !in.endTime->isValid())
        return false;
    const int interval = p.ranges.vitalsIntervalMin;
    const int minutes = int(in.startTime->secsTo(*in.endTime) / 60);
    if (interval <= 0 || minutes <= interval)
        return false;
    QSet<int> taken;
    for (const VitalSetFacts &v : in.vitals) {
        if (v.phase == QLatin1String("during") && v.minute)
            taken.insert(*v.minute);
    }
    for (int m = interval; m < minutes; m += interval) {
        if (!taken.contains(m))
            return true;
    }
    return false;
}

}  // namespace

QStringList detectDeviations(const Protocol &p, const DeviationInput &in)
{
    QSet<QString> found;
    const bool dated = in.date && in.date->isValid() && in.week0 && in.week0->isValid();
    if (dated) {
        if (in.infusion && *in.date < *in.week0)
            found.insert(QLatin1String(d::kInfusionBeforeWeek0));
        if (p.visit(in.visit) && !withinWindow(p, in.visit, *in.week0, *in.date))
            found.insert(QLatin1String(in.infusion ? d::kInfusionOutOfWindow
                                                   : d::kVisitOutOfWindow));
    }
    // An infusion without a date has not been given (a page being filled in): no vital sign
    // is missing yet.
    const bool given = in.date && in.date->isValid();
    if (in.infusion) {
        if (in.weightTenthsKg && in.actualCells) {
            const std::optional<DoseCheck> dose = checkDose(p, *in.weightTenthsKg, *in.actualCells);
            if (dose && !dose->withinTolerance)
                found.insert(QLatin1String(d::kDoseOutOfTolerance));
        }
        const QStringList required = given ? p.ranges.vitalsRequiredPhases : QStringList();
        if (required.contains(QLatin1String("before")) && !hasPhase(in.vitals, QStringLiteral("before")))
            found.insert(QLatin1String(d::kVitalsBeforeMissing));
        if (required.contains(QLatin1String("during")) && duringMissing(p, in))
            found.insert(QLatin1String(d::kVitalsDuringMissing));
        if (required.contains(QLatin1String("after")) && !hasPhase(in.vitals, QStringLiteral("after")))
            found.insert(QLatin1String(d::kVitalsAfterMissing));
        if (in.thawTime && in.startTime && thawStabilityExceeded(p, *in.thawTime, *in.startTime))
            found.insert(QLatin1String(d::kThawStabilityExceeded));
        if (in.viabilityPct && viabilityBelowFloor(p, *in.viabilityPct))
            found.insert(QLatin1String(d::kViabilityBelowFloor));
        if (in.lotReused)
            found.insert(QLatin1String(d::kLotReused));
    }
    QStringList out;
    for (const QString &kind : deviationKinds()) {
        if (found.contains(kind))
            out << kind;
    }
    return out;
}

}  // namespace trialcrf::rules
