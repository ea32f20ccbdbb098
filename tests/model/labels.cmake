# SPDX-License-Identifier: Apache-2.0
trialcrf_add_test(tst_auditlabels SOURCES tst_auditlabels.cpp)
trialcrf_add_test(tst_changereason SOURCES tst_changereason.cpp)
