# SPDX-License-Identifier: Apache-2.0
target_sources(trialcrf_model PRIVATE
    protocol/protocol.h protocol/protocol.cpp
)
