# SPDX-License-Identifier: Apache-2.0
target_sources(trialcrf_model PRIVATE
    exchange/csvwriter.h exchange/csvwriter.cpp
    exchange/csvreader.h exchange/csvreader.cpp
    exchange/csvvalues.h exchange/csvvalues.cpp
    exchange/datadictionary.h exchange/datadictionary.cpp
)
