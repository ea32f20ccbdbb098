# SPDX-License-Identifier: Apache-2.0
trialcrf_add_test(tst_access SOURCES tst_access.cpp)
trialcrf_add_test(tst_database SOURCES tst_database.cpp)
trialcrf_add_test(tst_auditlog SOURCES tst_auditlog.cpp)
trialcrf_add_test(tst_studystore SOURCES tst_studystore.cpp)
trialcrf_add_test(tst_userstore SOURCES tst_userstore.cpp)
trialcrf_add_test(tst_deviations_store SOURCES tst_deviations_store.cpp)
trialcrf_add_test(tst_lifecycle SOURCES tst_lifecycle.cpp)
