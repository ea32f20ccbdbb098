# SPDX-License-Identifier: Apache-2.0
trialcrf_add_test(tst_records SOURCES tst_records.cpp)
