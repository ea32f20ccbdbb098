// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/subjectrecord.h"
#include "rules/deviations.h"
#include "rules/rules.h"

#include <QList>
#include <QMap>

namespace trialcrf {

/// One PASI assessment at one visit. regions are in the protocol's region order
/// (head, upper_limbs, trunk, lower_limbs).
struct PasiAssessment : SubjectRecord {
    QString visit;
    std::optional<QDate> assessmentDate;
    QList<rules::RegionScores> regions;  ///< always protocol.pasiRegions.size() long
    std::optional<double> bsaPct;
    /// Deviation kind → the reason given on the page (written to the deviation log).
    QMap<QString, QString> deviationReasons;

    /// What the deviation rule reads of this assessment, with the subject's week-0 date.
    rules::DeviationInput deviationInput(const std::optional<QDate> &week0) const;

    static PasiAssessment blank(const Protocol &p);
    std::optional<int> pasiTenths(const Protocol &p) const;
    FieldErrors validate(const Protocol &p, const ValidationContext &ctx) const;
};

}  // namespace trialcrf
