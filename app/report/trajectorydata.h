// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace trialcrf {

struct Casebook;

/// One PASI value of one subject at one visit.
struct TrajectoryPoint {
    QString visit;              ///< visit code
    std::optional<int> week;    ///< nullopt for screening
    int pasiTenths = 0;
    std::optional<QDate> date;  ///< assessment date
    /// Improvement against the baseline in tenths of a percent; nullopt when undefined.
    std::optional<int> improvementTenthsPct;
    bool baseline = false;      ///< this point is the baseline
    bool outOfWindow = false;   ///< done outside the visit window
    bool provisional = false;   ///< being typed on an open page, not saved yet

    bool operator==(const TrajectoryPoint &o) const;
    bool operator!=(const TrajectoryPoint &o) const { return !(*this == o); }
};

/// One infusion week of the schedule, given or not.
struct InfusionMark {
    QString visit;
    int week = 0;
    bool given = false;              ///< an infusion is recorded at this visit
    std::optional<QDate> date;
    std::optional<qint64> targetCells, actualCells;
    std::optional<double> deviationPct;
    bool withinTolerance = true;     ///< false: a dose deviation
    bool outOfWindow = false;

    bool operator==(const InfusionMark &o) const;
    bool operator!=(const InfusionMark &o) const { return !(*this == o); }
};

/// Everything the patient trajectory and improvement charts draw, computed from the
/// casebook by the protocol's rules (pure data: no painting, no translation).
struct TrajectoryData {
    QString subjectCode;
    QList<TrajectoryPoint> points;     ///< complete assessments in schedule order
    QList<InfusionMark> infusions;     ///< every infusion week of the schedule
    std::optional<int> baselineTenths;
    QList<int> responseLevelsPct;      ///< 50, 75, 90 from the protocol
    double doseTolerancePct = 0;       ///< ± % of the target dose, from the protocol
    QList<int> weeks;                  ///< the PASI weeks of the schedule (axis ticks)
    int lastWeek = 0;                  ///< highest week of the schedule

    bool isEmpty() const { return points.isEmpty(); }
    bool operator==(const TrajectoryData &o) const;
    bool operator!=(const TrajectoryData &o) const { return !(*this == o); }
    /// The PASI (tenths) at which a response level is reached: baseline × (1 − level / 100).
    std::optional<double> thresholdTenths(int levelPct) const;
    /// Highest PASI value drawn (points and baseline), in tenths; 0 when empty.
    int maxTenths() const;
    /// Lowest improvement among the points, tenths of a percent; 0 when none is negative.
    int minImprovementTenths() const;

    /// A point drawn as provisional (typed, not saved).
    bool hasProvisional() const;

    /// `provisionalVisit`: the visit whose PASI in `casebook` is a draft being typed (its
    /// point is marked provisional); empty when everything comes from saved data.
    static TrajectoryData fromCasebook(const Casebook &casebook, const Protocol &protocol,
                                       const QString &provisionalVisit = QString());
    /// The schedule part only (weeks, infusion weeks, levels), without any data.
    static TrajectoryData schedule(const Protocol &protocol);
};

}  // namespace trialcrf
