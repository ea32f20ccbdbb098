// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "records/fielderror.h"

#include <QDate>
#include <QTime>
#include <optional>

namespace trialcrf {

/// Informed consent of one subject (one record per subject).
struct Consent {
    qint64 id = 0;
    int version = 0;
    qint64 subjectId = 0;
    QString consentVersion;           ///< version of the consent form, e.g. "2.1"
    std::optional<QDate> consentDate;
    std::optional<QTime> consentTime;
    std::optional<bool> subjectSigned;
    QString obtainedBy;               ///< who obtained consent

    FieldErrors validate(const Protocol &p, const ValidationContext &ctx) const;
};

}  // namespace trialcrf
