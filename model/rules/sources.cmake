# SPDX-License-Identifier: Apache-2.0
target_sources(trialcrf_model PRIVATE
    rules/rules.h rules/rules.cpp rules/schedule.cpp
    rules/deviations.h rules/deviations.cpp
    rules/chair.h rules/chair.cpp
)
