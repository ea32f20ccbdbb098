# SPDX-License-Identifier: Apache-2.0
trialcrf_add_test(tst_access SOURCES tst_access.cpp)
trialcrf_add_test(tst_database SOURCES tst_database.cpp storagefixtures.h)
trialcrf_add_test(tst_auditlog SOURCES tst_auditlog.cpp storagefixtures.h)
trialcrf_add_test(tst_studystore SOURCES tst_studystore.cpp storagefixtures.h)
trialcrf_add_test(tst_userstore SOURCES tst_userstore.cpp storagefixtures.h)
trialcrf_add_test(tst_deviations_store SOURCES tst_deviations_store.cpp storagefixtures.h)
trialcrf_add_test(tst_lifecycle SOURCES tst_lifecycle.cpp storagefixtures.h)
trialcrf_add_test(tst_subjectlist SOURCES tst_subjectlist.cpp storagefixtures.h)
