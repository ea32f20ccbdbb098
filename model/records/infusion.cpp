// SPDX-License-Identifier: Apache-2.0
#include "records/infusion.h"

#include "records/validation.h"
#include "rules/rules.h"

#include <QSet>
#include <cmath>

namespace trialcrf {

namespace {

using validation::add;

// Lot numbers are printed labels or barcodes; longer text is a paste error.
constexpr int kLotNumberMaxLength = 40;
constexpr int kMinutesPerDay = 24 * 60;

// "vitals[3].pulse_bpm": the key of one vital sign's field, its prefix "vitals[3]." made once
// per vital sign (every vital sign of an import is validated, errors or not).
QString vitalPrefix(qsizetype index)
{
    return QLatin1String("vitals[") + QString::number(index) + QLatin1String("].");
}

QString vitalKey(const QString &prefix, const char *name)
{
    return prefix + QLatin1String(name);
}

QString vitalKey(qsizetype index, const char *name)
{
    return vitalKey(vitalPrefix(index), name);
}

std::optional<double> asDouble(const std::optional<int> &v)
{
    return v ? std::optional<double>(*v) : std::nullopt;
}

bool isPrintable(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isPrint())
            return false;
    }
    return true;
}

void validateVitals(FieldErrors &errors, qsizetype i, const VitalSigns &v, const Protocol &p)
{
    using validation::inRange;
    const QString prefix = vitalPrefix(i);
    const QString phaseKey = vitalKey(prefix, "phase");
    if (v.phase.isEmpty())
        validation::missing(errors, phaseKey,
            QT_TRANSLATE_NOOP("Validation",
                              "Choose when the vital signs were taken: before, during or after."));
    else if (!VitalSigns::phaseCodes().contains(v.phase))
        add(errors, phaseKey,
            QT_TRANSLATE_NOOP("Validation", "The phase \"%1\" is not a known phase."), {v.phase});

    const QString minuteKey = vitalKey(prefix, "minute");
    const int interval = p.ranges.vitalsIntervalMin;
    if (v.phase == QLatin1String("during")) {
        if (!v.minute)
            validation::missing(errors, minuteKey,
                QT_TRANSLATE_NOOP("Validation",
                                  "Enter the minute after the start of the infusion."));
        else if (*v.minute <= 0 || (interval > 0 && *v.minute % interval != 0))
            add(errors, minuteKey,
                QT_TRANSLATE_NOOP("Validation", "The minute must be a multiple of %1 (%1, %2, …)."),
                {QString::number(interval), QString::number(2 * interval)});
        else if (*v.minute >= kMinutesPerDay)
            add(errors, minuteKey,
                QT_TRANSLATE_NOOP("Validation",
                                  "The minute must be less than %1: the infusion starts and ends "
                                  "on its day."),
                {QString::number(kMinutesPerDay)});
    } else if (v.minute && *v.minute < 0) {
        add(errors, minuteKey,
            QT_TRANSLATE_NOOP("Validation", "The minute cannot be negative."));
    }

    inRange(errors, vitalKey(prefix, "temperature_c"), v.temperatureC, p.ranges.temperatureC,
            QT_TRANSLATE_NOOP("Validation", "Temperature must be between %1 and %2 °C."));
    inRange(errors, vitalKey(prefix, "pulse_bpm"), asDouble(v.pulseBpm), p.ranges.pulseBpm,
            QT_TRANSLATE_NOOP("Validation", "Pulse must be between %1 and %2 beats per minute."));
    inRange(errors, vitalKey(prefix, "respiration_min"), asDouble(v.respirationPerMin),
            p.ranges.respirationPerMin,
            QT_TRANSLATE_NOOP("Validation",
                              "Respiration must be between %1 and %2 breaths per minute."));
    inRange(errors, vitalKey(prefix, "spo2_pct"), asDouble(v.spo2Pct), p.ranges.spo2Pct,
            QT_TRANSLATE_NOOP("Validation", "SpO2 must be between %1 and %2 %."));
    const bool systolicOk =
        inRange(errors, vitalKey(prefix, "systolic_mmhg"), asDouble(v.systolicMmHg),
                p.ranges.systolicMmHg,
                QT_TRANSLATE_NOOP("Validation", "Systolic pressure must be between %1 and %2 mmHg."));
    const bool diastolicOk =
        inRange(errors, vitalKey(prefix, "diastolic_mmhg"), asDouble(v.diastolicMmHg),
                p.ranges.diastolicMmHg,
                QT_TRANSLATE_NOOP("Validation",
                                  "Diastolic pressure must be between %1 and %2 mmHg."));
    if (systolicOk && diastolicOk && v.systolicMmHg && v.diastolicMmHg &&
        *v.systolicMmHg <= *v.diastolicMmHg)
        add(errors, vitalKey(prefix, "diastolic_mmhg"),
            QT_TRANSLATE_NOOP("Validation",
                              "Diastolic pressure must be lower than systolic pressure."));
}

}  // namespace

QStringList VitalSigns::phaseCodes()
{
    static const QStringList codes{QStringLiteral("before"), QStringLiteral("during"),
                                   QStringLiteral("after")};
    return codes;  // shared, not built again for every vital sign validated
}

rules::DeviationInput Infusion::deviationInput(const std::optional<QDate> &week0) const
{
    rules::DeviationInput in;
    in.infusion = true;
    in.visit = visit;
    in.date = infusionDate;
    in.week0 = week0;
    in.weightTenthsKg = weightTenths();
    in.actualCells = actualCells;
    in.startTime = startTime;
    in.endTime = endTime;
    in.thawTime = thawTime;
    in.viabilityPct = viabilityPct;
    for (const VitalSigns &v : vitals)
        in.vitals << rules::VitalSetFacts{v.phase, v.minute};
    return in;
}

int Infusion::maxVitalSets(const Protocol &p)
{
    const int interval = qMax(1, p.ranges.vitalsIntervalMin);
    return 2 + (kMinutesPerDay - 1) / interval;
}

QString Infusion::deviationReasonFor(const QString &kind) const
{
    if (kind == QLatin1String(rules::deviation::kDoseOutOfTolerance))
        return deviationReason;
    return deviationReasons.value(kind);
}

std::optional<int> Infusion::weightTenths() const
{
    if (!weightKg || !std::isfinite(*weightKg))
        return std::nullopt;
    return qRound(*weightKg * 10.0);
}

FieldErrors Infusion::validate(const Protocol &p, const ValidationContext &ctx) const
{
    using namespace validation;
    FieldErrors errors;

    if (visit.isEmpty())
        add(errors, QStringLiteral("visit"), QT_TRANSLATE_NOOP("Validation", "The visit is required."));
    else if (!p.infusionVisitCodes().contains(visit))
        add(errors, QStringLiteral("visit"),
            QT_TRANSLATE_NOOP("Validation", "No infusion is given at the visit \"%1\"."), {visit});

    if (!infusionDate) {
        missing(errors, QStringLiteral("infusion_date"),
            QT_TRANSLATE_NOOP("Validation", "The infusion date is required."));
    } else {
        notInFuture(errors, QStringLiteral("infusion_date"), infusionDate, ctx.today);
        // A date before week 0 or outside the visit window is what happened: saved, and
        // flagged as a protocol deviation (rules::detectDeviations), never refused here.
    }

    if (!weightKg) {
        missing(errors, QStringLiteral("weight_kg"),
            QT_TRANSLATE_NOOP("Validation", "The weight is required."));
    } else if (inRange(errors, QStringLiteral("weight_kg"), weightKg, p.ranges.weightKg,
                       QT_TRANSLATE_NOOP("Validation",
                                         "Weight must be between %1 and %2 kg.")) &&
               !hasAtMostOneDecimal(*weightKg)) {
        add(errors, QStringLiteral("weight_kg"),
            QT_TRANSLATE_NOOP("Validation", "Enter the weight with at most one decimal."));
    }

    if (!actualCells)
        missing(errors, QStringLiteral("actual_cells"),
            QT_TRANSLATE_NOOP("Validation", "The number of cells infused is required."));
    else
        inRange(errors, QStringLiteral("actual_cells"), double(*actualCells),
                p.ranges.actualCells,
                QT_TRANSLATE_NOOP("Validation",
                                  "The number of cells infused must be between %1 and %2."));

    if (requiredText(errors, QStringLiteral("lot_number"), lotNumber, kLotNumberMaxLength,
                     QT_TRANSLATE_NOOP("Validation", "The lot number is required."),
                     QT_TRANSLATE_NOOP("Validation",
                                       "The lot number can be at most %1 characters long."))
        && !isPrintable(lotNumber))
        add(errors, QStringLiteral("lot_number"),
            QT_TRANSLATE_NOOP("Validation", "The lot number contains characters that cannot be "
                                            "printed."));

    inRange(errors, QStringLiteral("viability_pct"), viabilityPct, p.ranges.viabilityPct,
            QT_TRANSLATE_NOOP("Validation", "Viability must be between %1 and %2 %."));

    if (infusionDate && !startTime)
        missing(errors, QStringLiteral("start_time"),
            QT_TRANSLATE_NOOP("Validation", "The start time is required."));
    if (infusionDate && !endTime)
        missing(errors, QStringLiteral("end_time"),
            QT_TRANSLATE_NOOP("Validation", "The end time is required."));
    if (startTime && endTime && *endTime <= *startTime)
        add(errors, QStringLiteral("end_time"),
            QT_TRANSLATE_NOOP("Validation", "End time must be after start time."));
    if (thawTime && startTime && *thawTime >= *startTime)
        add(errors, QStringLiteral("thaw_time"),
            QT_TRANSLATE_NOOP("Validation", "Thaw time must be before start time."));

    if (reaction && isBlank(reactionDescription))
        missing(errors, QStringLiteral("reaction_description"),
            QT_TRANSLATE_NOOP("Validation", "Describe the infusion reaction."));

    // One set before and one after the infusion, one per minute during it (also enforced by
    // the schema for new rows).
    QSet<int> duringMinutes;
    bool before = false, after = false;
    for (qsizetype i = 0; i < vitals.size(); ++i) {
        const VitalSigns &v = vitals.at(i);
        validateVitals(errors, i, v, p);
        if (v.phase == QLatin1String("before") || v.phase == QLatin1String("after")) {
            bool &seen = v.phase == QLatin1String("before") ? before : after;
            if (seen)
                add(errors, vitalKey(i, "phase"),
                    v.phase == QLatin1String("before")
                        ? QT_TRANSLATE_NOOP("Validation",
                                            "Vital signs before the infusion are already "
                                            "recorded: one set before it.")
                        : QT_TRANSLATE_NOOP("Validation",
                                            "Vital signs after the infusion are already "
                                            "recorded: one set after it."));
            seen = true;
        }
        if (v.phase == QLatin1String("during") && v.minute) {
            if (duringMinutes.contains(*v.minute))
                add(errors, vitalKey(i, "minute"),
                    QT_TRANSLATE_NOOP("Validation",
                                      "Vital signs at minute %1 are already recorded."),
                    {QString::number(*v.minute)});
            duringMinutes.insert(*v.minute);
        }
    }

    return errors;
}

}  // namespace trialcrf
