// SPDX-License-Identifier: Apache-2.0
#include "demo/demoplanner.h"

#include "demo/demodraws.h"
#include "rules/rules.h"

#include <QTime>
#include <algorithm>
#include <array>
#include <cmath>

namespace trialcrf {

using namespace demodraws;

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
constexpr double kLabsPendingShare = 0.5;  // of subjects whose week 0 is still ahead

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

/// The parts of a plan the visit loop needs, drawn once per subject.
/// The parts of a plan the visit loop needs, drawn once per subject.
struct Course {
    RegionProfile profile;
    int baselineTenths = 0;
    double maxImprovement = 0;
    double weightKg = 0;
    int withdrawAfter = -1;  ///< index of the last visit before withdrawal, -1: stays
    bool missesLatest = false;
};

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
            // One lot is thawed for one subject: the demo never reuses a lot by chance.
            vp.infusion->lotNumber += QLatin1Char('-') + plan.subject.code;
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
