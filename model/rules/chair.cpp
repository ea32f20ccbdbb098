// SPDX-License-Identifier: Apache-2.0
#include "rules/chair.h"

#include <QSet>
#include <cmath>
#include <cstdlib>

namespace trialcrf::rules {

namespace {

bool isRecorded(const QList<VitalSetFacts> &recorded, const QString &phase,
                std::optional<int> minute)
{
    for (const VitalSetFacts &v : recorded) {
        if (v.phase == phase && (!minute || v.minute == minute))
            return true;
    }
    return false;
}

/// Sets fall due at the chair: on the day the infusion ended, or while it runs (also past
/// midnight). An infusion of an earlier day is history: a set not recorded then is missing
/// (the deviation log says so), not due now.
bool atTheChair(const InfusionClock &c)
{
    if (c.end && c.end->isValid())
        return c.end->date() >= c.now.date();
    return c.start.date() >= c.now.date().addDays(-1);
}

VitalsDue makeSet(const Protocol &p, const InfusionClock &c, const QString &phase,
                  std::optional<int> minute, const QDateTime &dueAt)
{
    VitalsDue d;
    d.phase = phase;
    d.minute = minute;
    d.dueAt = dueAt;
    d.recorded = isRecorded(c.recorded, phase, minute);
    if (!d.recorded && dueAt.isValid() && c.now >= dueAt && atTheChair(c)) {
        d.due = true;
        d.overdue = dueAt.secsTo(c.now) > qint64(p.chair.vitalsOverdueAfterMin) * 60;
    }
    return d;
}

int tenths(double v)
{
    return int(std::lround(v * 10.0));
}

std::optional<int> share(const Protocol &p, const QList<RegionScores> &regions, int i)
{
    if (i >= regions.size() || i >= p.pasiRegions.size() || !regions.at(i).complete())
        return std::nullopt;
    const RegionScores &s = regions.at(i);
    return p.pasiRegions.at(i).weightTenths * (*s.erythema + *s.induration + *s.desquamation)
           * *s.area;
}

}  // namespace

VitalsSchedule vitalsSchedule(const Protocol &p, const InfusionClock &c)
{
    VitalsSchedule out;
    if (!c.start.isValid() || !c.now.isValid())
        return out;
    const bool ended = c.end && c.end->isValid();
    const QDateTime until = ended ? *c.end : c.now;
    out.runningSeconds = qMax<qint64>(0, c.start.secsTo(until));
    const QStringList phases = p.ranges.vitalsRequiredPhases;
    if (phases.contains(QLatin1String("before")))
        out.sets << makeSet(p, c, QStringLiteral("before"), std::nullopt, c.start);
    const int interval = p.ranges.vitalsIntervalMin;
    if (phases.contains(QLatin1String("during")) && interval > 0) {
        // Running: every reading whose time has come and the one to come next. Ended: the
        // readings before the end.
        const qint64 elapsedMin = out.runningSeconds / 60;
        for (int m = interval;; m += interval) {
            if (ended ? m >= elapsedMin : m > elapsedMin + interval)
                break;
            out.sets << makeSet(p, c, QStringLiteral("during"), m, c.start.addSecs(qint64(m) * 60));
        }
    }
    if (phases.contains(QLatin1String("after")))
        out.sets << makeSet(p, c, QStringLiteral("after"), std::nullopt,
                            ended ? *c.end : QDateTime());
    for (int i = 0; i < out.sets.size(); ++i) {
        const VitalsDue &d = out.sets.at(i);
        if (d.overdue)
            out.overdue << i;
        else if (!d.recorded && out.next < 0 && atTheChair(c))
            out.next = i;
    }
    return out;
}

QList<VitalsDue> overdueWhileRunning(const Protocol &p, const SavedInfusionClock &infusion,
                                     const QDateTime &now)
{
    QList<VitalsDue> out;
    if (!infusion.date || !infusion.start || !infusion.date->isValid() ||
        !infusion.start->isValid() || (infusion.end && infusion.end->isValid()))
        return out;
    InfusionClock c;
    c.start = QDateTime(*infusion.date, *infusion.start);
    c.now = now;
    c.recorded = infusion.recorded;
    const VitalsSchedule schedule = vitalsSchedule(p, c);
    for (int i : schedule.overdue)
        out << schedule.sets.at(i);
    return out;
}

QStringList vitalAlerts(const Protocol &p, const VitalReading &r, std::optional<int> beforeSystolic)
{
    QStringList out;
    if (r.phase != QLatin1String("during") && r.phase != QLatin1String("after"))
        return out;
    const Protocol::Chair &c = p.chair;
    if (r.temperatureC && tenths(*r.temperatureC) >= tenths(c.feverFromC))
        out << QLatin1String(alert::kFever);
    if (r.systolicMmHg && *r.systolicMmHg < c.systolicBelowMmHg)
        out << QLatin1String(alert::kLowSystolic);
    if (r.systolicMmHg && beforeSystolic && *beforeSystolic - *r.systolicMmHg >= c.systolicFallFromMmHg)
        out << QLatin1String(alert::kSystolicFall);
    if (r.pulseBpm && *r.pulseBpm > c.pulseAboveBpm)
        out << QLatin1String(alert::kTachycardia);
    if (r.spo2Pct && *r.spo2Pct < c.spo2BelowPct)
        out << QLatin1String(alert::kLowSpo2);
    return out;
}

int thawToStartMinutes(const QTime &thaw, const QTime &start)
{
    int secs = thaw.secsTo(start);
    if (secs < 0)
        secs += 24 * 3600;
    return secs / 60;
}

bool thawStabilityExceeded(const Protocol &p, const QTime &thaw, const QTime &start)
{
    if (!thaw.isValid() || !start.isValid())
        return false;
    return thawToStartMinutes(thaw, start) > p.chair.thawToStartMaxMin;
}

bool viabilityBelowFloor(const Protocol &p, double viabilityPct)
{
    return tenths(viabilityPct) < tenths(p.chair.viabilityMinPct);
}

bool PasiComparison::implausible() const
{
    return totalJump || areaJump.contains(true);
}

QString previousPasiVisit(const Protocol &p, const QString &visit, const QStringList &assessed)
{
    QString previous;
    for (const VisitDef &v : p.visits) {
        if (v.code == visit)
            return previous;
        if (v.pasi && assessed.contains(v.code))
            previous = v.code;
    }
    return {};
}

PasiComparison comparePasi(const Protocol &p, const QString &previousVisit,
                           const QList<RegionScores> &previous, const QList<RegionScores> &current)
{
    PasiComparison out;
    out.previousVisit = previousVisit;
    const int n = int(p.pasiRegions.size());
    for (int i = 0; i < n; ++i) {
        const std::optional<int> before = previousVisit.isEmpty() ? std::nullopt
                                                                  : share(p, previous, i);
        const std::optional<int> now = share(p, current, i);
        out.previousShare << before;
        out.currentShare << now;
        out.shareChange << (before && now ? std::optional<int>(*now - *before) : std::nullopt);
        const std::optional<int> a0 = !previousVisit.isEmpty() && i < previous.size()
                                          ? previous.at(i).area : std::nullopt;
        const std::optional<int> a1 = i < current.size() ? current.at(i).area : std::nullopt;
        const std::optional<int> areaChange = a0 && a1 ? std::optional<int>(*a1 - *a0)
                                                       : std::nullopt;
        out.areaChange << areaChange;
        out.areaJump << (areaChange && std::abs(*areaChange) >= p.chair.pasiAreaJumpFrom);
    }
    const std::optional<int> t0 = previousVisit.isEmpty() ? std::nullopt : pasiTenths(p, previous);
    const std::optional<int> t1 = pasiTenths(p, current);
    if (t0 && t1) {
        out.totalChange = *t1 - *t0;
        out.totalJump = std::abs(*out.totalChange) > p.chair.pasiTotalJumpAboveTenths;
    }
    return out;
}

}  // namespace trialcrf::rules
