# SPDX-License-Identifier: Apache-2.0
target_sources(trialcrf_model PRIVATE
    security/permissions.h security/permissions.cpp
)
