// SPDX-License-Identifier: Apache-2.0
// Fixed, realistic chart data for the screenshots and the benchmarks.
#pragma once

#include "cohortdata.h"
#include "trajectorydata.h"

#include <QtGlobal>

namespace trialcrf::sample {

/// One subject through week 12 (baseline 22.8 → 2.0), a week-4 visit out of its window and
/// a week-4 infusion below the dose tolerance.
TrajectoryData trajectory();
/// `subjects` synthetic subjects with varied responses and some missed visits (seeded).
CohortData cohort(int subjects, quint32 seed = 20181100);

}  // namespace trialcrf::sample
