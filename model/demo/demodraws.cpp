// SPDX-License-Identifier: Apache-2.0
#include "demo/demodraws.h"

#include "rules/rules.h"

#include <QTime>
#include <algorithm>
#include <array>

namespace trialcrf::demodraws {

namespace {

constexpr double kDoseDeviationShare = 0.04; // per infusion

double oneDecimal(double v) { return std::round(v * 10.0) / 10.0; }

QTime minutesAfter(QTime t, int minutes) { return t.addSecs(60 * minutes); }

}  // namespace

QString initials(Dice &d)
{
    // Pinyin initials of common family and given names (subjects are identified by
    // initials only).
    static const QString family = QStringLiteral("WLZCYHGXSMJ");
    static const QString given = QStringLiteral("ABCDFGHJLMNPQRSTWXYZ");
    QString s;
    s += family.at(d.between(0, int(family.size()) - 1));
    const int n = d.chance(0.7) ? 2 : 1;
    for (int i = 0; i < n; ++i)
        s += given.at(d.between(0, int(given.size()) - 1));
    return s;
}

RegionProfile regionProfile(Dice &d, const Protocol &p)
{
    RegionProfile r;
    for (qsizetype i = 0; i < p.pasiRegions.size(); ++i) {
        r.severityBias.append(d.uniform(-0.7, 0.7));
        r.areaBias.append(d.uniform(-1.2, 1.2));
    }
    return r;
}

namespace {

int clampScore(double v, int max) { return std::clamp(int(std::lround(v)), 0, max); }

/// Region scores whose PASI comes as close as the scores allow to `targetTenths`: walks a
/// severity scale from none to maximal with this visit's small noise and keeps the best.
QList<rules::RegionScores> scoresNear(Dice &d, const Protocol &p, const RegionProfile &profile,
                                      int targetTenths)
{
    const int areaMax = int(p.areaScoreUpperBoundsPct.size());
    const qsizetype n = p.pasiRegions.size();
    QList<std::array<double, 4>> noise;
    for (qsizetype i = 0; i < n; ++i)
        noise.append({d.uniform(-0.4, 0.4), d.uniform(-0.4, 0.4), d.uniform(-0.4, 0.4),
                      d.uniform(-0.4, 0.4)});
    QList<rules::RegionScores> best;
    QList<rules::RegionScores> regions(n);  // one list for every step: copied when it is best
    int bestDistance = -1;
    constexpr int kSteps = 80;
    for (int step = 0; step <= kSteps; ++step) {
        const double x = double(step) / kSteps;
        for (qsizetype i = 0; i < n; ++i) {
            rules::RegionScores r;
            const double sev = x * p.severityMax + profile.severityBias.at(i);
            r.area = clampScore(x * areaMax + profile.areaBias.at(i) + noise.at(i)[3], areaMax);
            const bool clear = *r.area == 0;
            r.erythema = clear ? 0 : clampScore(sev + noise.at(i)[0], p.severityMax);
            r.induration = clear ? 0 : clampScore(sev + noise.at(i)[1], p.severityMax);
            r.desquamation = clear ? 0 : clampScore(sev + noise.at(i)[2], p.severityMax);
            regions[i] = r;
        }
        const int distance = std::abs(rules::pasiTenths(p, regions).value_or(0) - targetTenths);
        if (bestDistance < 0 || distance < bestDistance) {
            best = regions;
            bestDistance = distance;
        }
    }
    return best;
}

/// BSA % consistent with the area scores: each region's share of the body (its PASI weight)
/// times the middle of its area band, with some measurement noise, to half a percent.
double bsaFor(Dice &d, const Protocol &p, const QList<rules::RegionScores> &regions)
{
    const QList<double> &bounds = p.areaScoreUpperBoundsPct;
    double bsa = 0;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const int area = regions.at(i).area.value_or(0);
        double pct = 0;
        if (area > 0 && area < bounds.size())
            pct = (bounds.at(area - 1) + bounds.at(area)) / 2.0;
        else if (area >= bounds.size())
            pct = (bounds.last() + 100.0) / 2.0;
        bsa += p.pasiRegions.at(i).weightTenths / 10.0 * pct;
    }
    bsa *= d.uniform(0.8, 1.2);
    return std::clamp(std::round(bsa * 2.0) / 2.0, p.ranges.bsaPct.min, p.ranges.bsaPct.max);
}

}  // namespace

PasiAssessment pasiAt(Dice &d, const Protocol &p, const RegionProfile &profile,
                      const QString &visit, QDate date, int targetTenths)
{
    PasiAssessment a = PasiAssessment::blank(p);
    a.visit = visit;
    a.assessmentDate = date;
    a.regions = scoresNear(d, p, profile, targetTenths);
    a.bsaPct = bsaFor(d, p, a.regions);
    return a;
}

/// Days back from week 0 for a last treatment: at least `washout` (and not after the
/// screening visit, `gap` days before week 0).
int daysBack(Dice &d, int washout, int gap, int spread)
{
    const int lo = std::max(washout, gap);
    return d.between(lo, lo + spread);
}

/// Labs within the usual local reference ranges (Guangzhou hospital laboratory units).
void normalLabs(Dice &d, Eligibility &e, bool male)
{
    e.calcium = std::round(d.uniform(2.15, 2.55) * 100.0) / 100.0;
    e.astUln = 40;
    e.ast = std::round(d.uniform(12, 35));
    e.altUln = male ? 50 : 40;
    e.alt = std::round(d.uniform(8, 38));
    e.creatinineUln = male ? 104 : 84;
    e.creatinine = std::round(male ? d.uniform(58, 98) : d.uniform(45, 80));
    e.cystatinCUln = 1.09;
    e.cystatinC = std::round(d.uniform(0.60, 1.00) * 100.0) / 100.0;
    e.hemoglobinLln = male ? 130 : 115;
    e.hemoglobinUln = male ? 175 : 150;
    e.hemoglobin = std::round(male ? d.uniform(135, 168) : d.uniform(118, 146));
    e.platelets = std::round(d.uniform(150, 350));
    e.wbc = oneDecimal(d.uniform(4.0, 9.5));
}

void abnormalLab(Dice &d, Eligibility &e, const Protocol &p)
{
    switch (d.between(0, 3)) {
    case 0:
        e.platelets = std::round(d.uniform(50, p.eligibility.plateletsMin - 1));
        break;
    case 1:
        e.alt = std::round(*e.altUln * d.uniform(p.eligibility.altMaxXUln + 0.2, 3.5));
        break;
    case 2:
        e.hemoglobin = *e.hemoglobinLln - d.between(8, 25);
        break;
    default:
        e.wbc = oneDecimal(d.uniform(2.0, p.eligibility.wbcMin - 0.1));
        break;
    }
}

void noExclusions(Eligibility &e)
{
    for (std::optional<bool> *item :
         {&e.guttateInverseFace, &e.acuteProgressiveErythroderma, &e.pregnancyLactation,
          &e.psychiatricDisorder, &e.uncontrolledDisease, &e.otherLabAbnormal, &e.malignancy,
          &e.allergyHistory, &e.otherTrial, &e.investigatorJudgement})
        *item = false;
}

namespace {

VitalSigns vitals(Dice &d, const QString &phase, std::optional<int> minute, QTime time)
{
    VitalSigns v;
    v.phase = phase;
    v.minute = minute;
    v.time = time;
    v.temperatureC = oneDecimal(d.normal(36.6, 0.25));
    v.pulseBpm = d.between(62, 92);
    v.respirationPerMin = d.between(14, 20);
    v.systolicMmHg = d.between(105, 140);
    v.diastolicMmHg = d.between(62, std::min(90, *v.systolicMmHg - 25));
    return v;
}

}  // namespace

Infusion plannedInfusion(Dice &d, const Protocol &p, const QString &visit, QDate date,
                         double weightKg)
{
    Infusion inf;
    inf.visit = visit;
    inf.infusionDate = date;
    inf.weightKg = oneDecimal(weightKg + d.normal(0, 0.6));
    const int weightTenths = *inf.weightTenths();
    const qint64 target = rules::targetCells(p, weightTenths);
    const bool deviates = d.chance(kDoseDeviationShare);
    const double factor = deviates ? d.uniform(0.70, 0.86) : 1.0 + std::clamp(d.normal(0, 0.03),
                                                                               -0.08, 0.08);
    inf.actualCells = qint64(std::llround(double(target) * factor / 1e5)) * 100000;
    const std::optional<rules::DoseCheck> dose = rules::checkDose(p, weightTenths, *inf.actualCells);
    if (dose && !dose->withinTolerance)
        inf.deviationReason = d.chance(0.6)
                                  ? QStringLiteral("Cell count after thawing below target")
                                  : QStringLiteral("Infusion stopped early: line occlusion");
    inf.lotNumber = QStringLiteral("UC%1-%2")
                        .arg(date.toString(QStringLiteral("yyMM")))
                        .arg(d.between(1, 60), 3, 10, QLatin1Char('0'));
    inf.viabilityPct = oneDecimal(d.uniform(86.0, 97.5));
    inf.startTime = QTime(9, 0).addSecs(60 * d.between(0, 150));
    inf.thawTime = minutesAfter(*inf.startTime, -d.between(35, 60));
    inf.endTime = minutesAfter(*inf.startTime, d.between(32, 50));
    const int step = p.ranges.vitalsIntervalMin;
    inf.vitals = {vitals(d, QStringLiteral("before"), std::nullopt,
                         minutesAfter(*inf.startTime, -10)),
                  vitals(d, QStringLiteral("during"), step, minutesAfter(*inf.startTime, step)),
                  vitals(d, QStringLiteral("during"), 2 * step,
                         minutesAfter(*inf.startTime, 2 * step)),
                  vitals(d, QStringLiteral("after"), std::nullopt,
                         minutesAfter(*inf.endTime, 30))};
    return inf;
}

/// An adverse event after an infusion; a fever is also marked on the infusion itself.
AdverseEvent plannedAdverseEvent(Dice &d, const Protocol &p, Infusion &inf, QDate today)
{
    const QStringList &grades = p.adverseEvents.grades;
    AdverseEvent ae;
    const int kind = d.between(0, 99);
    const int g = d.between(0, 99);
    ae.ctcaeGrade = grades.at(g < 70 ? 0 : g < 95 ? 1 : 2);
    ae.serious = false;
    const bool mild = ae.ctcaeGrade == grades.first();
    const QStringList &rel = p.adverseEvents.relatedness;  // not_related … definite
    if (kind < 40) {
        ae.term = QStringLiteral("Fever");
        ae.onsetDate = inf.infusionDate;
        ae.relatedness = rel.at(d.between(2, 3));
        ae.actionTaken = mild ? QStringLiteral("infusion_slowed") : QStringLiteral("medication_given");
        inf.reaction = true;
        const double t = oneDecimal(d.uniform(38.0, 38.9));
        inf.reactionDescription = QStringLiteral("Fever %1 °C at %2 min")
                                      .arg(t, 0, 'f', 1)
                                      .arg(*inf.vitals.at(2).minute);
        inf.vitals[2].temperatureC = t;
        inf.vitals[2].pulseBpm = d.between(95, 112);
    } else if (kind < 75) {
        ae.term = QStringLiteral("Headache");
        ae.onsetDate = std::min(inf.infusionDate->addDays(d.between(0, 1)), today);
        ae.relatedness = rel.at(d.between(1, 2));
        ae.actionTaken = mild ? QStringLiteral("none") : QStringLiteral("medication_given");
    } else {
        ae.term = QStringLiteral("Fatigue");
        ae.onsetDate = std::min(inf.infusionDate->addDays(d.between(0, 2)), today);
        ae.relatedness = rel.at(d.between(0, 2));
        ae.actionTaken = QStringLiteral("none");
    }
    const QDate end = ae.onsetDate->addDays(d.between(1, 5));
    if (end <= today) {
        ae.endDate = end;
        ae.outcome = QStringLiteral("recovered");
    } else {
        ae.outcome = QStringLiteral("recovering");
    }
    return ae;
}

}  // namespace trialcrf::demodraws
