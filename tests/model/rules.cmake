# SPDX-License-Identifier: Apache-2.0
trialcrf_add_test(tst_protocol SOURCES tst_protocol.cpp)
