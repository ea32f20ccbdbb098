// SPDX-License-Identifier: Apache-2.0
// The safety-critical rules of the protocol as pure functions: no I/O, no clock, no database.
// Every number comes from the Protocol passed in.
#pragma once

#include "protocol/protocol.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace trialcrf::rules {

// ---- PASI ---------------------------------------------------------------------------------

/// Scores of one region; each optional is "not recorded". areaPct is the percentage of the
/// region involved as the physician typed it (source data; the area score must agree with it),
/// not recorded when the score was picked directly.
struct RegionScores {
    std::optional<int> erythema, induration, desquamation, area;
    std::optional<double> areaPct = std::nullopt;
    bool complete() const { return erythema && induration && desquamation && area; }
};

/// PASI in exact tenths (integer arithmetic): Σ weightTenths × (E+I+D) × area.
/// nullopt when any score of any region is missing or out of range.
/// regions are in the protocol's region order.
std::optional<int> pasiTenths(const Protocol &p, const QList<RegionScores> &regions);

/// Area score 0–6 from the percentage of the region involved; nullopt outside 0–100.
std::optional<int> areaScoreFromPercent(const Protocol &p, double percent);

/// "12.6" from 126 tenths.
QString formatTenths(int tenths);

/// A PASI value at one visit, for baseline choice and improvement.
struct PasiPoint {
    QString visit;           ///< visit code
    std::optional<int> tenths;  ///< nullopt: assessment missing or incomplete
};

/// The visits the baseline PASI may come from, in the protocol's order of preference: the
/// week-0 visit (the visit of week 0, assessed before the first infusion), else screening
/// (the visit without a week).
QStringList baselineVisits(const Protocol &p);

/// The baseline PASI and the visit it comes from.
struct Baseline {
    QString visit;              ///< empty when no baseline visit has a value
    std::optional<int> tenths;  ///< nullopt when no baseline visit has a value
};
/// The baseline: the first of baselineVisits() with a value among `points`.
Baseline baseline(const Protocol &p, const QList<PasiPoint> &points);
/// Baseline PASI in tenths: baseline(p, points).tenths.
std::optional<int> baselineTenths(const Protocol &p, const QList<PasiPoint> &points);
/// Whether the assessment at `visit` is the baseline, or will be once scored: the preferred
/// baseline visit (week 0) always, a later choice (screening) while it is baseline(p, points).
bool isBaselineVisit(const Protocol &p, const QString &visit, const QList<PasiPoint> &points);

/// Improvement % in tenths of a percent, rounded half away from zero:
/// (baseline − visit) / baseline × 100. nullopt when baseline is 0 or either is missing.
std::optional<int> improvementTenthsPct(std::optional<int> baselineTenths,
                                        std::optional<int> visitTenths);

/// The response levels reached (e.g. {50, 75}) for an improvement in tenths of a percent.
QList<int> responsesReached(const Protocol &p, std::optional<int> improvementTenthsPct);

// ---- Dose ---------------------------------------------------------------------------------

/// Target cells = cells_per_kg × weight, weight given in tenths of a kg (63.5 kg → 635).
qint64 targetCells(const Protocol &p, int weightTenthsKg);

struct DoseCheck {
    qint64 target = 0;
    double deviationPct = 0;     ///< (actual − target) / target × 100
    bool withinTolerance = true; ///< |deviation| ≤ tolerance (boundary passes)
};
/// nullopt when weight is not positive.
std::optional<DoseCheck> checkDose(const Protocol &p, int weightTenthsKg, qint64 actualCells);

// ---- Visits -------------------------------------------------------------------------------

/// Target date of a visit = week0 + 7 × week. Screening: nullopt (it has a window before week 0).
std::optional<QDate> visitTargetDate(const Protocol &p, const QString &visitCode, QDate week0);

enum class VisitState {
    NotYetDue,    ///< window opens in the future
    Due,          ///< today is inside the window, not done
    Overdue,      ///< window closed, not done
    Done,         ///< done inside the window
    OutOfWindow,  ///< done outside the window
};
/// The days a visit may be done, both ends included.
struct VisitWindow {
    QDate first, last;
};
/// Screening: [week0 − screening_window_days, week0]; every visit with a week (week 0 too):
/// [target − visit_window_days, target + visit_window_days]. nullopt for an unknown visit code
/// or an invalid week-0 date.
std::optional<VisitWindow> visitWindow(const Protocol &p, const QString &visitCode, QDate week0);

/// Window state of a visit on `today`. `actual` is the date it was done, if done.
/// Windows as visitWindow(); without a window (no week-0 date yet) a visit that has a date
/// is Done and one without is NotYetDue.
VisitState visitState(const Protocol &p, const QString &visitCode, QDate week0,
                      std::optional<QDate> actual, QDate today);
/// Whether `actual` is within the window of the visit (|actual − target| ≤ window days).
bool withinWindow(const Protocol &p, const QString &visitCode, QDate week0, QDate actual);
QString visitStateCode(VisitState s);  ///< "not_yet_due", "due", "overdue", "done", "out_of_window"

// ---- Age ----------------------------------------------------------------------------------

/// Completed years between birth and `on` (a 29 Feb birthday turns over on 1 Mar in non-leap
/// years). nullopt when either date is invalid or on < birth.
std::optional<int> ageInYears(QDate birth, QDate on);

// ---- Eligibility --------------------------------------------------------------------------

/// A last-treatment date: a date, "never", or not recorded.
struct LastDose {
    bool never = false;
    std::optional<QDate> date;
    bool recorded() const { return never || date.has_value(); }
};

/// Everything the verdict reads. optional = not recorded.
struct EligibilityInput {
    std::optional<QDate> birthDate, consentDate, week0Date;
    std::optional<bool> consentSigned;
    std::optional<bool> psoriasisVulgaris;
    std::optional<int> pasiTenths;
    std::optional<double> bsaPct;
    std::optional<double> sas, sds;
    std::optional<double> calcium;
    std::optional<double> ast, astUln, alt, altUln;
    std::optional<double> creatinine, creatinineUln, cystatinC, cystatinCUln;
    std::optional<double> hemoglobin, hemoglobinLln, hemoglobinUln;
    std::optional<double> platelets, wbc;
    LastDose lastTopical, lastSystemic, lastBiologic;
    // exclusion yes/no items, in protocol order; true = the exclusion applies
    std::optional<bool> guttateInverseFace, acuteProgressiveErythroderma, pregnancyLactation,
        psychiatricDisorder, uncontrolledDisease, otherLabAbnormal, malignancy, allergyHistory,
        otherTrial, investigatorJudgement;
};

enum class Verdict { Eligible, NotEligible, Incomplete };
QString verdictCode(Verdict v);  ///< "eligible", "not_eligible", "incomplete"

struct EligibilityResult {
    Verdict verdict = Verdict::Incomplete;
    QStringList failed;   ///< criterion codes: INC1, INC2, INC3, EXC1 … EXC4-sas, EXC5-platelets …
    QStringList missing;  ///< item codes (the eligibility.csv column names), e.g. "calcium_mmol_l"
    QStringList undecided;  ///< criterion codes that missing data left undecided (report, forms)
    std::optional<int> age;
};

/// The three-state verdict. A failed criterion outranks missing data: any failure → NotEligible.
/// Failed codes come in protocol order (allCriterionCodes()); missing lists, without repeats,
/// each item that left a criterion undecided: the eligibility.csv column names, plus
/// "birth_date", "week0_date" (only needed when a last-dose date must be counted back from it),
/// "consent" (no consent record, or whether the subject signed is not recorded) and
/// "consent_date". Missing items are listed for a NotEligible verdict too. Lab values are
/// compared in exact decimal millionths, so 80.2 against 2 × ULN 40.1 passes.
EligibilityResult assessEligibility(const Protocol &p, const EligibilityInput &in);

/// Every criterion code the verdict can emit, in protocol order (for forms and dictionary).
QStringList allCriterionCodes();

// ---- The subject's life cycle -------------------------------------------------------------

/// What the subject's status follows from. Everything optional/empty = not recorded.
struct LifeCycleInput {
    std::optional<bool> consentSigned;   ///< the consent record's subject_signed
    QString confirmedVerdict;            ///< the physician's confirmed verdict; empty = not yet
    bool finalVisitDone = false;         ///< the last protocol visit's PASI assessment saved
    std::optional<QDate> withdrawalDate; ///< set once the subject withdrew (with a reason)
};

enum class SubjectStatus { Screening, Enrolled, ScreenFailure, Completed, Withdrawn };
/// "screening", "enrolled", "screen_failed", "completed", "withdrawn" (subjects.csv codes).
QString subjectStatusCode(SubjectStatus s);
std::optional<SubjectStatus> subjectStatusFromCode(const QString &code);

/// The status the data implies: withdrawn whenever a withdrawal date is recorded; else
/// screen_failed when a physician confirmed "not eligible"; else enrolled when the subject
/// signed the consent and a physician confirmed "eligible" (completed once the final visit is
/// done); else screening.
SubjectStatus subjectStatus(const LifeCycleInput &in);

/// Why the subject is not (yet) enrolled, as codes in the order a nurse would fix them:
/// "consent_not_signed" (no consent, or not signed), "eligibility_not_confirmed",
/// "confirmed_not_eligible". Empty when consent and confirmation allow enrolment.
QStringList enrolmentBlockers(const LifeCycleInput &in);

/// Why an infusion on `infusionDate` is refused: enrolmentBlockers(), plus "withdrawn" when
/// the subject withdrew before that date (or the date is not known). Empty = allowed.
QStringList infusionBlockers(const LifeCycleInput &in, std::optional<QDate> infusionDate);

}  // namespace trialcrf::rules
