// SPDX-License-Identifier: Apache-2.0
#include "demo/demoplanner.h"

#include "rules/rules.h"

#include <QRandomGenerator>
#include <QTime>
#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace trialcrf {

namespace {

// The numbers below shape a plausible synthetic cohort; none is a protocol rule (those come
// from the Protocol). Proportions are per subject unless said otherwise.
constexpr int kHistoryDays = 730;         // week-0 dates spread over the last two years …
constexpr int kRecentDays = 100;          // … with a share recent enough to be in treatment,
constexpr double kRecentShare = 0.3;      //   so the casebooks show visits due and overdue
constexpr int kFutureDays = 14;           // a few subjects still wait for their week 0
constexpr double kScreenFailShare = 0.12;
constexpr double kNonResponderShare = 0.20;
constexpr double kWithdrawShare = 0.06;
constexpr double kMissedVisitShare = 0.3; // latest visit not recorded yet: shows as overdue
constexpr double kOutOfWindowShare = 0.04; // per visit
constexpr double kDoseDeviationShare = 0.04; // per infusion
constexpr double kLabsPendingShare = 0.5;  // of subjects whose week 0 is still ahead

/// A subject's own random stream with the few draws the planner needs.
class Dice {
public:
    Dice(quint32 seed, int index) : m_rng(seeded(seed, index)) {}
    int between(int lo, int hi) { return lo + int(m_rng.bounded(quint32(hi - lo + 1))); }
    double uniform(double lo, double hi) { return lo + m_rng.generateDouble() * (hi - lo); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    double normal(double mean, double sd)
    {
        // Box–Muller; 1 − u keeps the logarithm finite.
        const double u = 1.0 - m_rng.generateDouble();
        const double v = m_rng.generateDouble();
        return mean + sd * std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
    }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(between(0, int(list.size()) - 1)); }

private:
    static QRandomGenerator seeded(quint32 seed, int index)
    {
        std::seed_seq sequence{seed, quint32(index)};
        return QRandomGenerator(sequence);
    }

    QRandomGenerator m_rng;
};

double oneDecimal(double v) { return std::round(v * 10.0) / 10.0; }

QTime minutesAfter(QTime t, int minutes) { return t.addSecs(60 * minutes); }

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

enum class Failure { None, Age, PasiTooLow, Labs, Washout, Exclusion };

QString failureCode(Failure f)
{
    switch (f) {
    case Failure::None: return {};
    case Failure::Age: return QStringLiteral("age");
    case Failure::PasiTooLow: return QStringLiteral("pasi");
    case Failure::Labs: return QStringLiteral("labs");
    case Failure::Washout: return QStringLiteral("washout");
    case Failure::Exclusion: return QStringLiteral("exclusion");
    }
    return {};
}

/// How one subject's psoriasis is spread over the body regions, fixed for the subject.
struct RegionProfile {
    QList<double> severityBias, areaBias;
};

RegionProfile regionProfile(Dice &d, const Protocol &p)
{
    RegionProfile r;
    for (qsizetype i = 0; i < p.pasiRegions.size(); ++i) {
        r.severityBias.append(d.uniform(-0.7, 0.7));
        r.areaBias.append(d.uniform(-1.2, 1.2));
    }
    return r;
}

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

DemoPlanner::DemoPlanner(const Protocol &protocol, QDate today, quint32 seed, int subjectCount)
    : m_protocol(protocol), m_today(today), m_seed(seed),
      m_codeWidth(std::max(4, int(QString::number(std::max(subjectCount, 1)).size())))
{
}

QString DemoPlanner::subjectCode(int index) const
{
    return QStringLiteral("S%1").arg(index + 1, m_codeWidth, 10, QLatin1Char('0'));
}

QString DemoPlanner::nurseName()
{
    return QStringLiteral("Chen Xiaoli");
}

namespace {

/// The parts of a plan the visit loop needs, drawn once per subject.
struct Course {
    RegionProfile profile;
    int baselineTenths = 0;
    double maxImprovement = 0;
    double weightKg = 0;
    int withdrawAfter = -1;  ///< index of the last visit before withdrawal, -1: stays
    bool missesLatest = false;
};

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

}  // namespace

DemoSubjectPlan DemoPlanner::plan(int index) const
{
    const Protocol &p = m_protocol;
    Dice d(m_seed, index);
    DemoSubjectPlan plan;

    // Who, when.
    Subject &s = plan.subject;
    s.code = subjectCode(index);
    s.initials = initials(d);
    s.sex = d.chance(0.6) ? QStringLiteral("M") : QStringLiteral("F");
    const bool male = s.sex == QLatin1String("M");
    const QDate week0 = m_today.addDays(d.chance(kRecentShare)
                                            ? d.between(-kRecentDays, kFutureDays)
                                            : d.between(-kHistoryDays, -kRecentDays - 1));
    s.week0Date = week0;
    const QDate screening =
        std::min(week0.addDays(-d.between(5, std::max(5, p.screeningWindowDays - 3))), m_today);
    const int gap = int(screening.daysTo(week0));

    Failure failure = Failure::None;
    if (d.chance(kScreenFailShare))
        failure = Failure(d.between(int(Failure::Age), int(Failure::Exclusion)));
    plan.screenFailReason = failureCode(failure);

    int age = std::clamp(int(std::lround(d.normal(42, 11))), p.eligibility.ageMinYears,
                         p.eligibility.ageMaxYears);
    if (failure == Failure::Age)
        age = d.chance(0.4) ? p.eligibility.ageMinYears - 1
                            : p.eligibility.ageMaxYears + d.between(1, 4);
    s.birthDate = screening.addYears(-age).addDays(-d.between(1, 360));

    Consent &c = plan.consent;
    c.consentVersion = QStringLiteral("2.1");
    c.consentDate = screening;
    c.consentTime = QTime(8, 30).addSecs(60 * d.between(0, 180));
    c.subjectSigned = true;
    c.obtainedBy = nurseName();

    // Disease course.
    Course course;
    course.profile = regionProfile(d, p);
    course.baselineTenths = std::clamp(int(std::lround(d.normal(180, 70))), 80, 400);
    if (failure == Failure::PasiTooLow)
        course.baselineTenths = d.between(35, int(p.eligibility.pasiGreaterThan * 10) - 5);
    course.maxImprovement = d.chance(kNonResponderShare) ? d.uniform(0.0, 0.35)
                                                         : d.uniform(0.55, 0.98);
    course.weightKg = d.uniform(45, 95);

    const int screeningTenths = int(std::lround(course.baselineTenths * d.uniform(0.92, 1.08)));
    plan.screeningPasi = pasiAt(d, p, course.profile, QStringLiteral("screening"), screening,
                                screeningTenths);
    if (failure == Failure::PasiTooLow)
        plan.screeningPasi->bsaPct = d.between(3, int(p.eligibility.bsaGreaterThanPct) - 1);

    // Eligibility, assessed at screening.
    Eligibility &e = plan.eligibility;
    e.assessedDate = screening;
    e.psoriasisVulgaris = true;
    e.pasiTenths = plan.screeningPasi->pasiTenths(p);
    e.bsaPct = plan.screeningPasi->bsaPct;
    e.sas = d.between(28, 45);
    e.sds = d.between(30, 48);
    normalLabs(d, e, male);
    if (failure == Failure::Labs)
        abnormalLab(d, e, p);
    const auto lastDose = [&](double share, int washout, int spread) {
        rules::LastDose dose;
        if (d.chance(share))
            dose.date = week0.addDays(-daysBack(d, washout, gap, spread));
        else
            dose.never = true;
        return dose;
    };
    e.lastTopical = lastDose(0.6, p.eligibility.washoutTopicalDays, 120);
    e.lastSystemic = lastDose(0.3, p.eligibility.washoutSystemicDays, 300);
    e.lastBiologic = lastDose(0.1, p.eligibility.washoutBiologicDays, 400);
    if (failure == Failure::Washout) {
        e.lastBiologic = {};
        e.lastBiologic.date = screening.addDays(-d.between(1, 40));
    }
    noExclusions(e);
    if (failure == Failure::Exclusion) {
        if (!male && d.chance(0.3))
            e.pregnancyLactation = true;
        else if (d.chance(0.5))
            e.allergyHistory = true;
        else
            e.otherTrial = true;
    }

    // Subjects whose week 0 is still ahead may wait for lab results.
    const bool future = week0 > m_today;
    if (future && failure == Failure::None && d.chance(kLabsPendingShare)) {
        e.platelets.reset();
        e.wbc.reset();
        e.cystatinC.reset();
        return plan;  // verdict incomplete: stays in screening, nothing confirmed yet
    }

    const rules::EligibilityResult verdict = rules::assessEligibility(
        p, e.toInput(s.birthDate, s.week0Date, c.consentDate, c.subjectSigned));
    e.confirmedVerdict = rules::verdictCode(verdict.verdict);
    if (verdict.verdict != rules::Verdict::Eligible) {
        plan.statusChanges << QStringLiteral("screen_failed");
        return plan;
    }
    plan.statusChanges << QStringLiteral("enrolled");

    // Treatment and follow-up, visit by visit, as far as "today".
    if (d.chance(kWithdrawShare))
        course.withdrawAfter = d.between(0, int(p.infusionVisitCodes().size()) - 2);
    course.missesLatest = d.chance(kMissedVisitShare);
    int adverseEvents = d.chance(0.30) ? (d.chance(0.25) ? 2 : 1) : 0;
    int aeNumber = 0;
    const int weeklyVisits = int(std::count_if(p.visits.cbegin(), p.visits.cend(),
                                               [](const VisitDef &v) { return v.week.has_value(); }));
    int visitIndex = -1;
    bool completed = false;
    for (const VisitDef &v : p.visits) {
        if (!v.week)
            continue;
        ++visitIndex;
        const QDate target = week0.addDays(7 * *v.week);
        QDate actual = target;
        if (*v.week > 0) {
            actual = target.addDays(d.chance(kOutOfWindowShare)
                                        ? (d.chance(0.5) ? 1 : -1) * d.between(p.visitWindowDays + 1,
                                                                               p.visitWindowDays + 3)
                                        : (d.chance(0.6) ? 0 : d.between(-2, 2)));
        }
        if (actual > m_today)
            break;
        if (course.missesLatest && m_today.toJulianDay() - target.toJulianDay() <= 21)
            break;

        DemoVisitPlan vp;
        vp.visit = v.code;
        if (v.pasi) {
            const double progress = std::pow(*v.week / 12.0, 0.75);
            const double noise = *v.week == 0 ? 1.0 : 1.0 + d.normal(0, 0.06);
            const int tenths = int(std::lround(course.baselineTenths *
                                               (1.0 - course.maxImprovement * std::min(1.0, progress)) *
                                               noise));
            vp.pasi = pasiAt(d, p, course.profile, v.code, actual, std::max(0, tenths));
        }
        if (v.infusion) {
            vp.infusion = plannedInfusion(d, p, v.code, actual, course.weightKg);
            if (adverseEvents > 0 && d.chance(0.35)) {
                AdverseEvent ae = plannedAdverseEvent(d, p, *vp.infusion, m_today);
                ae.aeNumber = ++aeNumber;
                vp.adverseEvents.append(ae);
                --adverseEvents;
            }
        }
        plan.visits.append(vp);
        completed = visitIndex == weeklyVisits - 1;
        if (visitIndex == course.withdrawAfter) {
            if (actual.addDays(5) <= m_today) {
                plan.statusChanges << QStringLiteral("withdrawn");
                plan.withdrawalDate = actual.addDays(5);
                plan.withdrawalReason = QStringLiteral("Subject withdrew consent");
            }
            break;
        }
    }
    if (completed)
        plan.statusChanges << QStringLiteral("completed");
    return plan;
}

}  // namespace trialcrf
