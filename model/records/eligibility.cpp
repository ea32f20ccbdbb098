// SPDX-License-Identifier: Apache-2.0
#include "records/eligibility.h"

#include "records/validation.h"

#include <cmath>
#include <tuple>

namespace trialcrf {

namespace {

using validation::add;

/// A measured laboratory value: present values must be finite and not negative.
void nonNegative(FieldErrors &errors, const QString &field, const std::optional<double> &v)
{
    if (v && !(std::isfinite(*v) && *v >= 0))
        add(errors, field,
            QT_TRANSLATE_NOOP("Validation", "A laboratory value cannot be negative."));
}

/// A local reference limit: present values must be finite and greater than zero.
void positiveLimit(FieldErrors &errors, const QString &field, const std::optional<double> &v)
{
    if (v && !(std::isfinite(*v) && *v > 0))
        add(errors, field,
            QT_TRANSLATE_NOOP("Validation", "The reference limit must be greater than 0."));
}

void lastDose(FieldErrors &errors, const QString &field, const rules::LastDose &d,
              const std::optional<QDate> &assessed, const ValidationContext &ctx)
{
    if (d.never && d.date) {
        add(errors, field,
            QT_TRANSLATE_NOOP("Validation", "Enter either the last date or \"never\", not both."));
        return;
    }
    if (!d.date)
        return;
    validation::notInFuture(errors, field, d.date, ctx.today);
    if (assessed && *d.date > *assessed)
        add(errors, field,
            QT_TRANSLATE_NOOP("Validation",
                              "The last treatment date cannot be after the assessment date."));
    if (ctx.week0 && *d.date > *ctx.week0)
        add(errors, field,
            QT_TRANSLATE_NOOP("Validation",
                              "The last treatment date cannot be after the week-0 date."));
}

}  // namespace

rules::EligibilityInput Eligibility::toInput(const std::optional<QDate> &birthDate,
                                             const std::optional<QDate> &week0Date,
                                             const std::optional<QDate> &consentDate,
                                             const std::optional<bool> &consentSigned) const
{
    rules::EligibilityInput in;
    in.birthDate = birthDate;
    in.consentDate = consentDate;
    in.week0Date = week0Date;
    in.consentSigned = consentSigned;
    in.psoriasisVulgaris = psoriasisVulgaris;
    in.pasiTenths = pasiTenths;
    in.bsaPct = bsaPct;
    in.sas = sas;
    in.sds = sds;
    in.calcium = calcium;
    in.ast = ast;
    in.astUln = astUln;
    in.alt = alt;
    in.altUln = altUln;
    in.creatinine = creatinine;
    in.creatinineUln = creatinineUln;
    in.cystatinC = cystatinC;
    in.cystatinCUln = cystatinCUln;
    in.hemoglobin = hemoglobin;
    in.hemoglobinLln = hemoglobinLln;
    in.hemoglobinUln = hemoglobinUln;
    in.platelets = platelets;
    in.wbc = wbc;
    in.lastTopical = lastTopical;
    in.lastSystemic = lastSystemic;
    in.lastBiologic = lastBiologic;
    in.guttateInverseFace = guttateInverseFace;
    in.acuteProgressiveErythroderma = acuteProgressiveErythroderma;
    in.pregnancyLactation = pregnancyLactation;
    in.psychiatricDisorder = psychiatricDisorder;
    in.uncontrolledDisease = uncontrolledDisease;
    in.otherLabAbnormal = otherLabAbnormal;
    in.malignancy = malignancy;
    in.allergyHistory = allergyHistory;
    in.otherTrial = otherTrial;
    in.investigatorJudgement = investigatorJudgement;
    return in;
}

FieldErrors Eligibility::validate(const Protocol &p, const ValidationContext &ctx,
                                  rules::Verdict computed) const
{
    using namespace validation;
    FieldErrors errors;

    notInFuture(errors, QStringLiteral("assessed_date"), assessedDate, ctx.today);

    if (pasiTenths && (*pasiTenths < 0 || *pasiTenths > maxPasiTenths(p)))
        add(errors, QStringLiteral("pasi"),
            QT_TRANSLATE_NOOP("Validation", "PASI must be between %1 and %2."),
            {rules::formatTenths(0), rules::formatTenths(maxPasiTenths(p))});
    inRange(errors, QStringLiteral("bsa_pct"), bsaPct, p.ranges.bsaPct,
            QT_TRANSLATE_NOOP("Validation", "BSA must be between %1 and %2 %."));
    inRange(errors, QStringLiteral("sas"), sas, p.ranges.sas,
            QT_TRANSLATE_NOOP("Validation", "The SAS score must be between %1 and %2."));
    inRange(errors, QStringLiteral("sds"), sds, p.ranges.sds,
            QT_TRANSLATE_NOOP("Validation", "The SDS score must be between %1 and %2."));

    // The laboratory values are never negative; an upper limit of normal is above zero.
    using Check = void (*)(FieldErrors &, const QString &, const std::optional<double> &);
    const std::tuple<const char *, const std::optional<double> &, Check> labs[] = {
        {"calcium_mmol_l", calcium, nonNegative}, {"ast", ast, nonNegative},
        {"ast_uln", astUln, positiveLimit}, {"alt", alt, nonNegative},
        {"alt_uln", altUln, positiveLimit}, {"creatinine", creatinine, nonNegative},
        {"creatinine_uln", creatinineUln, positiveLimit}, {"cystatin_c", cystatinC, nonNegative},
        {"cystatin_c_uln", cystatinCUln, positiveLimit}, {"hemoglobin_g_l", hemoglobin, nonNegative},
        {"hemoglobin_lln", hemoglobinLln, nonNegative},
        {"hemoglobin_uln", hemoglobinUln, positiveLimit}};
    for (const auto &[key, value, check] : labs)
        check(errors, QLatin1String(key), value);
    // Compared only when both limits are themselves valid, so one bad value is one error.
    if (hemoglobinLln && hemoglobinUln && !hasError(errors, QStringLiteral("hemoglobin_lln")) &&
        !hasError(errors, QStringLiteral("hemoglobin_uln")) && *hemoglobinLln >= *hemoglobinUln)
        add(errors, QStringLiteral("hemoglobin_lln"),
            QT_TRANSLATE_NOOP("Validation",
                              "The lower limit of normal must be below the upper limit of normal."));
    nonNegative(errors, QStringLiteral("platelets_10e9_l"), platelets);
    nonNegative(errors, QStringLiteral("wbc_10e9_l"), wbc);

    lastDose(errors, QStringLiteral("last_topical_date"), lastTopical, assessedDate, ctx);
    lastDose(errors, QStringLiteral("last_systemic_date"), lastSystemic, assessedDate, ctx);
    lastDose(errors, QStringLiteral("last_biologic_date"), lastBiologic, assessedDate, ctx);

    if (!confirmedVerdict.isEmpty()) {
        const QStringList verdicts{rules::verdictCode(rules::Verdict::Eligible),
                                   rules::verdictCode(rules::Verdict::NotEligible),
                                   rules::verdictCode(rules::Verdict::Incomplete)};
        if (!verdicts.contains(confirmedVerdict))
            add(errors, QStringLiteral("confirmed_verdict"),
                QT_TRANSLATE_NOOP("Validation", "The verdict \"%1\" is not a known verdict."),
                {confirmedVerdict});
        else if (confirmedVerdict != rules::verdictCode(computed) && isBlank(overrideReason))
            add(errors, QStringLiteral("override_reason"),
                QT_TRANSLATE_NOOP("Validation", "A confirmed verdict that differs from the computed "
                                                "one needs a written reason."));
    }

    return errors;
}

}  // namespace trialcrf
