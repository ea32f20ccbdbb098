# SPDX-License-Identifier: Apache-2.0
trialcrf_add_test(tst_access SOURCES tst_access.cpp)
trialcrf_add_test(tst_database SOURCES tst_database.cpp)
trialcrf_add_test(tst_databaseserver SOURCES tst_databaseserver.cpp)
trialcrf_add_test(tst_studycopy SOURCES tst_studycopy.cpp)
trialcrf_add_test(tst_studylocation SOURCES tst_studylocation.cpp)
trialcrf_add_test(tst_auditlog SOURCES tst_auditlog.cpp)
trialcrf_add_test(tst_studystore SOURCES tst_studystore.cpp)
trialcrf_add_test(tst_userstore SOURCES tst_userstore.cpp)
trialcrf_add_test(tst_deviations_store SOURCES tst_deviations_store.cpp)
trialcrf_add_test(tst_lifecycle SOURCES tst_lifecycle.cpp)
trialcrf_add_test(tst_subjectlist SOURCES tst_subjectlist.cpp)
trialcrf_add_test(tst_backup SOURCES tst_backup.cpp)
trialcrf_add_test(tst_jsonobjectreader SOURCES tst_jsonobjectreader.cpp)
trialcrf_add_test(tst_lotreuse SOURCES tst_lotreuse.cpp)
trialcrf_add_test(tst_studywatcher SOURCES tst_studywatcher.cpp)

# Again on a PostgreSQL server (see tests/CMakeLists.txt); tst_access, tst_studylocation and
# tst_jsonobjectreader open no database.
trialcrf_add_pg_tests(tst_database tst_databaseserver tst_studycopy tst_auditlog tst_studystore tst_userstore
                      tst_deviations_store tst_lifecycle tst_subjectlist tst_backup tst_lotreuse
                      tst_studywatcher)
