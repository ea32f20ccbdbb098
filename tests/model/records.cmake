# SPDX-License-Identifier: Apache-2.0
trialcrf_add_test(tst_records SOURCES tst_records.cpp)
trialcrf_add_test(tst_fieldtables SOURCES tst_fieldtables.cpp tst_exportfixtures.h)
