# SPDX-License-Identifier: Apache-2.0
trialcrf_add_test(tst_csvreader SOURCES tst_csvreader.cpp)
