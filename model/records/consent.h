// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/subjectrecord.h"

#include <QTime>

namespace trialcrf {

/// Informed consent of one subject (one record per subject).
struct Consent : SubjectRecord {
    QString consentVersion;           ///< version of the consent form, e.g. "2.1"
    std::optional<QDate> consentDate;
    std::optional<QTime> consentTime;
    std::optional<bool> subjectSigned;
    QString obtainedBy;               ///< who obtained consent

    FieldErrors validate(const Protocol &p, const ValidationContext &ctx) const;
};

}  // namespace trialcrf
