// SPDX-License-Identifier: Apache-2.0
// The subject's life cycle as the records and the store use it: which visits it reads and the
// messages of the one gate that blocks (no infusion for a subject who is not enrolled).
#pragma once

#include "protocol/protocol.h"
#include "records/fielderror.h"
#include "rules/rules.h"

#include <QDate>
#include <optional>

namespace trialcrf::lifecycle {

/// The visit whose PASI assessment completes the course: the protocol's last visit.
QString finalVisit(const Protocol &p);
/// The screening visit: the protocol's visit without a week.
QString screeningVisit(const Protocol &p);

/// One error at "subject_code" per reason the infusion on `infusionDate` is refused
/// (rules::infusionBlockers); empty when the subject is enrolled on that day.
FieldErrors infusionGateErrors(const rules::LifeCycleInput &in,
                               std::optional<QDate> infusionDate);

}  // namespace trialcrf::lifecycle
