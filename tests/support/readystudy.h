// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "teststudy.h"

namespace trialcrf::fixtures {

/// A subject (fixture records) with every page the schedule wants, through week 12, so its
/// status is "completed", each infusion with the lot "LOT-<code>". False with *error.
bool addCompleteSubject(TestStudy &t, const QString &code, qint64 *id, QString *error);
/// The physician approves the whole casebook and the monitor verifies every page of it: with
/// addCompleteSubject(), nothing is left in the way of the database lock. False with *error.
bool approveAndVerify(TestStudy &t, qint64 id, QString *error);

}  // namespace trialcrf::fixtures
