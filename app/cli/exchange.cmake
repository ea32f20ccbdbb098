# SPDX-License-Identifier: Apache-2.0
target_sources(trialcrf-cli PRIVATE
    exportcommand.cpp
    importcommand.cpp
)
