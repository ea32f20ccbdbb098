// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/subjectrecord.h"
#include "rules/rules.h"

namespace trialcrf {

/// The eligibility assessment of one subject. Field names follow eligibility.csv.
/// The computed verdict is never stored; the investigator's confirmed verdict is.
struct Eligibility : SubjectRecord {
    std::optional<QDate> assessedDate;
    std::optional<bool> psoriasisVulgaris;
    std::optional<int> pasiTenths;  ///< PASI at screening, in tenths
    std::optional<double> bsaPct, sas, sds;
    std::optional<double> calcium, ast, astUln, alt, altUln, creatinine, creatinineUln,
        cystatinC, cystatinCUln, hemoglobin, hemoglobinLln, hemoglobinUln, platelets, wbc;
    rules::LastDose lastTopical, lastSystemic, lastBiologic;
    std::optional<bool> guttateInverseFace, acuteProgressiveErythroderma, pregnancyLactation,
        psychiatricDisorder, uncontrolledDisease, otherLabAbnormal, malignancy, allergyHistory,
        otherTrial, investigatorJudgement;
    /// The investigator's confirmation: empty until confirmed; a verdict code otherwise.
    QString confirmedVerdict;
    QString overrideReason;  ///< required when confirmedVerdict differs from the computed one

    /// The rule input, with the subject's and consent's facts merged in.
    rules::EligibilityInput toInput(const std::optional<QDate> &birthDate,
                                    const std::optional<QDate> &week0Date,
                                    const std::optional<QDate> &consentDate,
                                    const std::optional<bool> &consentSigned) const;
    /// `computed` is the verdict computed from the same data, for the override check.
    FieldErrors validate(const Protocol &p, const ValidationContext &ctx,
                         rules::Verdict computed) const;
};

}  // namespace trialcrf
