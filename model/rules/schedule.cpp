// SPDX-License-Identifier: Apache-2.0
// The visit schedule and the subject's life cycle: pure rules on dates and codes.
#include "rules/rules.h"

namespace trialcrf::rules {

namespace {

struct Window {
    QDate first, last;
};

std::optional<Window> windowOf(const Protocol &p, const QString &visitCode, QDate week0)
{
    const VisitDef *v = p.visit(visitCode);
    if (!v || !week0.isValid())
        return std::nullopt;
    if (!v->week)  // screening: the days before week 0, up to week 0 itself
        return Window{week0.addDays(-p.screeningWindowDays), week0};
    const QDate target = week0.addDays(7LL * *v->week);
    return Window{target.addDays(-p.visitWindowDays), target.addDays(p.visitWindowDays)};
}

}  // namespace

// ---- Visits -------------------------------------------------------------------------------

std::optional<QDate> visitTargetDate(const Protocol &p, const QString &visitCode, QDate week0)
{
    const VisitDef *v = p.visit(visitCode);
    if (!v || !v->week || !week0.isValid())
        return std::nullopt;
    return week0.addDays(7LL * *v->week);
}

std::optional<VisitWindow> visitWindow(const Protocol &p, const QString &visitCode, QDate week0)
{
    const std::optional<Window> w = windowOf(p, visitCode, week0);
    if (!w)
        return std::nullopt;
    return VisitWindow{w->first, w->last};
}

VisitState visitState(const Protocol &p, const QString &visitCode, QDate week0,
                      std::optional<QDate> actual, QDate today)
{
    const std::optional<Window> w = windowOf(p, visitCode, week0);
    const bool done = actual && actual->isValid();
    if (!w)
        return done ? VisitState::Done : VisitState::NotYetDue;
    if (done)
        return *actual >= w->first && *actual <= w->last ? VisitState::Done
                                                          : VisitState::OutOfWindow;
    if (today < w->first)
        return VisitState::NotYetDue;
    return today <= w->last ? VisitState::Due : VisitState::Overdue;
}

bool withinWindow(const Protocol &p, const QString &visitCode, QDate week0, QDate actual)
{
    const std::optional<Window> w = windowOf(p, visitCode, week0);
    return w && actual.isValid() && actual >= w->first && actual <= w->last;
}

QString visitStateCode(VisitState s)
{
    switch (s) {
    case VisitState::NotYetDue:
        return QStringLiteral("not_yet_due");
    case VisitState::Due:
        return QStringLiteral("due");
    case VisitState::Overdue:
        return QStringLiteral("overdue");
    case VisitState::Done:
        return QStringLiteral("done");
    case VisitState::OutOfWindow:
        return QStringLiteral("out_of_window");
    }
    return QString();
}

// ---- The subject's life cycle -------------------------------------------------------------

namespace {
struct StatusCode {
    SubjectStatus status;
    const char *code;
};
constexpr StatusCode kStatusCodes[] = {
    {SubjectStatus::Screening, "screening"},     {SubjectStatus::Enrolled, "enrolled"},
    {SubjectStatus::ScreenFailure, "screen_failed"}, {SubjectStatus::Completed, "completed"},
    {SubjectStatus::Withdrawn, "withdrawn"},
};
}  // namespace

QString subjectStatusCode(SubjectStatus s)
{
    for (const StatusCode &c : kStatusCodes) {
        if (c.status == s)
            return QLatin1String(c.code);
    }
    return {};
}

std::optional<SubjectStatus> subjectStatusFromCode(const QString &code)
{
    for (const StatusCode &c : kStatusCodes) {
        if (code == QLatin1String(c.code))
            return c.status;
    }
    return std::nullopt;
}

QStringList enrolmentBlockers(const LifeCycleInput &in)
{
    QStringList blockers;
    if (in.consentSigned != true)
        blockers << QStringLiteral("consent_not_signed");
    const QString eligible = verdictCode(Verdict::Eligible);
    const QString notEligible = verdictCode(Verdict::NotEligible);
    if (in.confirmedVerdict == notEligible)
        blockers << QStringLiteral("confirmed_not_eligible");
    else if (in.confirmedVerdict != eligible)
        blockers << QStringLiteral("eligibility_not_confirmed");
    return blockers;
}

SubjectStatus subjectStatus(const LifeCycleInput &in)
{
    if (in.withdrawalDate)
        return SubjectStatus::Withdrawn;
    if (in.confirmedVerdict == verdictCode(Verdict::NotEligible))
        return SubjectStatus::ScreenFailure;
    if (!enrolmentBlockers(in).isEmpty())
        return SubjectStatus::Screening;
    return in.finalVisitDone ? SubjectStatus::Completed : SubjectStatus::Enrolled;
}

QStringList infusionBlockers(const LifeCycleInput &in, std::optional<QDate> infusionDate)
{
    QStringList blockers = enrolmentBlockers(in);
    if (in.withdrawalDate && (!infusionDate || *infusionDate > *in.withdrawalDate))
        blockers << QStringLiteral("withdrawn");
    return blockers;
}

}  // namespace trialcrf::rules
