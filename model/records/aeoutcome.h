// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace trialcrf::aeoutcome {

/// The outcome says the adverse event has ended (recovered, recovered with sequelae, fatal):
/// it needs its end date (the day it resolved, or the day of death).
bool ended(const QString &outcome);
/// The outcome says the event goes on (recovering, not recovered): it has no end date.
/// "unknown" and an outcome not recorded are neither.
bool ongoing(const QString &outcome);

}  // namespace trialcrf::aeoutcome
