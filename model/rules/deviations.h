// SPDX-License-Identifier: Apache-2.0
// Soft checks: what the protocol does not want but happened. A pure rule (no I/O, no clock)
// that names the protocol deviations a visit's record shows; every number from the Protocol.
#pragma once

#include "protocol/protocol.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QTime>
#include <optional>

namespace trialcrf::rules {

/// The deviation kinds, as stored and exported (deviations.csv "kind").
namespace deviation {
inline const char *const kInfusionOutOfWindow = "infusion_out_of_window";
inline const char *const kInfusionBeforeWeek0 = "infusion_before_week0";
inline const char *const kDoseOutOfTolerance = "dose_out_of_tolerance";
inline const char *const kVitalsBeforeMissing = "vitals_before_missing";
inline const char *const kVitalsDuringMissing = "vitals_during_missing";
inline const char *const kVitalsAfterMissing = "vitals_after_missing";
inline const char *const kVisitOutOfWindow = "visit_out_of_window";
inline const char *const kThawStabilityExceeded = "thaw_stability_exceeded";
inline const char *const kViabilityBelowFloor = "viability_below_floor";
inline const char *const kLotReused = "lot_reused";
}  // namespace deviation

/// Every kind code, in the order the log and the dictionary list them.
QStringList deviationKinds();

/// One vital-sign set as the rule reads it.
struct VitalSetFacts {
    QString phase;              ///< "before", "during", "after"
    std::optional<int> minute;  ///< for "during"
};

/// What the rule reads of one record in its context. Infusion facts are left empty for a
/// PASI assessment.
struct DeviationInput {
    bool infusion = false;           ///< an infusion (else a PASI assessment)
    QString visit;                   ///< visit code
    std::optional<QDate> date;       ///< infusion or assessment date
    std::optional<QDate> week0;      ///< the subject's planned week-0 date
    std::optional<int> weightTenthsKg;
    std::optional<qint64> actualCells;
    std::optional<QTime> startTime, endTime;
    QList<VitalSetFacts> vitals;
    std::optional<QTime> thawTime;       ///< when the cells were thawed
    std::optional<double> viabilityPct;  ///< cell viability
    /// The lot was infused to another subject in an infusion recorded before this one (the
    /// store looks it up: LotUsage).
    bool lotReused = false;
};

/// The deviation kinds the record shows, in deviationKinds() order, without repeats:
/// - an infusion dated before week 0: infusion_before_week0 (any visit);
/// - an infusion outside its visit window (visitWindow(): target ± visit_window_days):
///   infusion_out_of_window; a PASI assessment outside its window (screening: up to
///   screening_window_days before week 0, up to week 0): visit_out_of_window;
/// - a dose outside ± tolerance (checkDose(); the boundary passes): dose_out_of_tolerance;
/// - a vital-sign phase the protocol requires without any set: vitals_before_missing,
///   vitals_after_missing; "during" wants a set at every multiple of vitals_interval_min
///   minutes that falls before the end of the infusion (end − start), so an infusion of 15
///   minutes or less needs none and one of 16 needs the set at minute 15:
///   vitals_during_missing when any of them is missing (not judged without start and end).
///   Vital signs are judged only for an infusion with a date (one that was given).
/// - the start more than the site's thaw_to_start_max_min after the thaw:
///   thaw_stability_exceeded; viability below the site's viability_min_pct:
///   viability_below_floor (rules/chair.h; both boundaries pass);
/// - the cell lot already infused to another subject (DeviationInput::lotReused): lot_reused.
/// Window checks need the date and week 0; the dose check needs weight and cells. Nothing
/// is reported from data that is not recorded.
QStringList detectDeviations(const Protocol &p, const DeviationInput &in);

}  // namespace trialcrf::rules
