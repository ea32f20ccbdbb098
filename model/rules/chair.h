// SPDX-License-Identifier: Apache-2.0
// The site's rules at the infusion chair and at review: which vital-sign sets are due while an
// infusion runs, which readings ask about an infusion reaction, and which PASI changes look
// implausible. Pure functions: "now" is passed in, every number comes from Protocol::chair.
#pragma once

#include "protocol/protocol.h"
#include "rules/deviations.h"
#include "rules/rules.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace trialcrf::rules {

// ---- Vital-sign sets while an infusion runs ------------------------------------------------

/// One vital-sign set the protocol wants around a running (or finished) infusion.
struct VitalsDue {
    QString phase;              ///< "before", "during", "after"
    std::optional<int> minute;  ///< minutes after the start, for "during"
    QDateTime dueAt;            ///< invalid for "after" while the infusion runs
    bool recorded = false;      ///< a set of this phase (and minute) is on the page
    bool due = false;           ///< its time has come and it is not recorded
    bool overdue = false;       ///< not recorded more than vitals_overdue_after_min after dueAt
};

struct InfusionClock {
    QDateTime start;               ///< the infusion's start (date and time)
    std::optional<QDateTime> end;  ///< its end, once it has ended
    QDateTime now;
    QList<VitalSetFacts> recorded;  ///< the sets on the page (phase, minute)
};

struct VitalsSchedule {
    qint64 runningSeconds = 0;  ///< now − start (end − start once ended); 0 before the start
    QList<VitalsDue> sets;      ///< before, during by minute, after
    int next = -1;              ///< index of the first set not recorded and not overdue; -1
    QList<int> overdue;         ///< indexes of the overdue sets
};

/// The sets of an infusion: "before" due at the start; "during" at every multiple of
/// vitals_interval_min after the start, while the infusion runs listed up to the next one to
/// come (once ended: those before the end, as detectDeviations() wants them); "after" due at
/// the end (no time while running). A set is due from its time (inclusive) and overdue when
/// not recorded and now is more than vitals_overdue_after_min minutes after its time.
/// Phases the protocol does not require are left out. Empty without a valid start.
VitalsSchedule vitalsSchedule(const Protocol &p, const InfusionClock &clock);

/// A saved infusion as the chair's watch reads it, away from its page.
struct SavedInfusionClock {
    std::optional<QDate> date;
    std::optional<QTime> start, end;
    QList<VitalSetFacts> recorded;
};

/// The sets overdue at `now` (local time) of a saved infusion that is still running: dated,
/// started and without an end. Its schedule is vitalsSchedule()'s with the start on its
/// date; empty when it has ended, has not started or is not dated.
QList<VitalsDue> overdueWhileRunning(const Protocol &p, const SavedInfusionClock &infusion,
                                     const QDateTime &now);

// ---- Alerts: a reading that asks about an infusion reaction --------------------------------

namespace alert {
inline const char *const kFever = "fever";
inline const char *const kLowSystolic = "low_systolic";
inline const char *const kSystolicFall = "systolic_fall";
inline const char *const kTachycardia = "tachycardia";
inline const char *const kLowSpo2 = "low_spo2";
}  // namespace alert

struct VitalReading {
    QString phase;  ///< alerts concern "during" and "after" readings only
    std::optional<double> temperatureC;
    std::optional<int> pulseBpm, systolicMmHg, spo2Pct;
};

/// The alert codes a reading shows, in the order above: temperature ≥ fever_from_c; systolic
/// < systolic_below_mmhg; systolic ≥ systolic_fall_from_mmhg below `beforeSystolic` (the
/// before-infusion value); pulse > pulse_above_bpm; SpO2 < spo2_below_pct. Nothing for a
/// "before" reading or a value not recorded. Temperatures compare in tenths.
QStringList vitalAlerts(const Protocol &p, const VitalReading &reading,
                        std::optional<int> beforeSystolic);

// ---- The cell product ----------------------------------------------------------------------

/// Minutes from thaw to start, across midnight when the start's clock time is earlier.
int thawToStartMinutes(const QTime &thaw, const QTime &start);
/// Start more than thaw_to_start_max_min after thaw (the boundary passes).
bool thawStabilityExceeded(const Protocol &p, const QTime &thaw, const QTime &start);
/// Viability below viability_min_pct (the floor itself passes); compared in tenths.
bool viabilityBelowFloor(const Protocol &p, double viabilityPct);

// ---- PASI against the previous assessment --------------------------------------------------

struct PasiComparison {
    QString previousVisit;                   ///< empty: no previous assessment
    QList<std::optional<int>> previousShare;  ///< each region's share of PASI, tenths
    QList<std::optional<int>> currentShare;
    QList<std::optional<int>> shareChange;    ///< current − previous, tenths
    QList<std::optional<int>> areaChange;     ///< current − previous area score
    QList<bool> areaJump;                     ///< |area change| ≥ pasi_area_jump_from
    std::optional<int> totalChange;           ///< tenths
    bool totalJump = false;                   ///< |total change| > pasi_total_jump_above
    bool implausible() const;
};

/// The PASI visit assessed last before `visit` (in the protocol's order) among `assessed`;
/// empty when none.
QString previousPasiVisit(const Protocol &p, const QString &visit, const QStringList &assessed);

/// Region by region (the protocol's order), what is recorded on both sides.
PasiComparison comparePasi(const Protocol &p, const QString &previousVisit,
                           const QList<RegionScores> &previous,
                           const QList<RegionScores> &current);

}  // namespace trialcrf::rules
