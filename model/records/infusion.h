// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "records/fielderror.h"

#include <QDate>
#include <QList>
#include <QTime>
#include <optional>

namespace trialcrf {

/// One set of vital signs taken around an infusion.
struct VitalSigns {
    QString phase;                  ///< "before", "during", "after"
    std::optional<int> minute;      ///< minutes after start, for "during" (15, 30, …)
    std::optional<QTime> time;
    std::optional<double> temperatureC;
    std::optional<int> pulseBpm, respirationPerMin, systolicMmHg, diastolicMmHg;

    static QStringList phaseCodes();
};

/// One UCMSC infusion at one visit (week0 … week8).
struct Infusion {
    qint64 id = 0;
    int version = 0;
    qint64 subjectId = 0;
    QString visit;                     ///< an infusion visit code
    std::optional<QDate> infusionDate;
    std::optional<double> weightKg;    ///< one decimal
    std::optional<qint64> actualCells;
    QString lotNumber;
    std::optional<double> viabilityPct;
    std::optional<QTime> thawTime, startTime, endTime;
    bool reaction = false;             ///< an infusion reaction occurred (record it as an AE)
    QString reactionDescription;
    QString deviationReason;           ///< required when the dose is outside tolerance
    QList<VitalSigns> vitals;

    /// Weight in tenths of a kg, for the dose rule; nullopt when not recorded.
    std::optional<int> weightTenths() const;
    FieldErrors validate(const Protocol &p, const ValidationContext &ctx) const;
};

}  // namespace trialcrf
