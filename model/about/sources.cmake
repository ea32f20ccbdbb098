# SPDX-License-Identifier: Apache-2.0
target_sources(trialcrf_model PRIVATE
    about/buildinfo.h about/buildinfo.cpp
)
