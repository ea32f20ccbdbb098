// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/subjectrecord.h"

#include <QDate>
#include <QTime>
#include <QStringList>

namespace trialcrf {

/// One adverse event of one subject, numbered 1, 2, … per subject.
struct AdverseEvent : SubjectRecord {
    int aeNumber = 0;
    QString term;
    std::optional<QDate> onsetDate, endDate;
    QString ctcaeGrade;        ///< grade1 … grade5
    std::optional<bool> serious;
    QStringList saeCriteria;   ///< codes from the protocol; required when serious
    QString relatedness;       ///< not_related … definite; judged by a physician
    QString actionTaken;
    QString outcome;
    std::optional<QTime> onsetTime;  ///< when known (a reaction at the infusion chair)
    QString infusionVisit;           ///< the infusion it followed (a visit code); may be empty

    FieldErrors validate(const Protocol &p, const ValidationContext &ctx) const;
};

}  // namespace trialcrf
