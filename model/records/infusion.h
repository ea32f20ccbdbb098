// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/subjectrecord.h"
#include "rules/deviations.h"

#include <QList>
#include <QMap>
#include <QTime>

namespace trialcrf {

/// One set of vital signs taken around an infusion.
struct VitalSigns {
    QString phase;                  ///< "before", "during", "after"
    std::optional<int> minute;      ///< minutes after start, for "during" (15, 30, …)
    std::optional<QTime> time;
    std::optional<double> temperatureC;
    std::optional<int> pulseBpm, respirationPerMin, systolicMmHg, diastolicMmHg;
    std::optional<int> spo2Pct;  ///< oxygen saturation

    static QStringList phaseCodes();
};

/// One UCMSC infusion at one visit (week0 … week8).
struct Infusion : SubjectRecord {
    QString visit;                     ///< an infusion visit code
    std::optional<QDate> infusionDate;
    std::optional<double> weightKg;    ///< one decimal
    std::optional<qint64> actualCells;
    QString lotNumber;
    std::optional<double> viabilityPct;
    std::optional<QTime> thawTime, startTime, endTime;
    bool reaction = false;             ///< an infusion reaction occurred (record it as an AE)
    QString reactionDescription;
    QString deviationReason;           ///< why the dose is outside tolerance (may be empty)
    QList<VitalSigns> vitals;
    /// Deviation kind → the reason given on the page for it (not a column of infusions: the
    /// store writes it to the deviation log). The dose's reason is deviationReason.
    QMap<QString, QString> deviationReasons;

    /// What the deviation rule reads of this infusion, with the subject's week-0 date.
    rules::DeviationInput deviationInput(const std::optional<QDate> &week0) const;
    /// The reason given on the page for a deviation kind (deviationReason for the dose).
    QString deviationReasonFor(const QString &kind) const;

    /// Weight in tenths of a kg, for the dose rule; nullopt when not recorded.
    std::optional<int> weightTenths() const;
    FieldErrors validate(const Protocol &p, const ValidationContext &ctx) const;
    /// The most vital-sign sets an infusion can hold: one before, one after, and one every
    /// protocol interval during it, within its day.
    static int maxVitalSets(const Protocol &p);
};

}  // namespace trialcrf
