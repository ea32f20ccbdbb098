# SPDX-License-Identifier: Apache-2.0
trialcrf_add_test(tst_csvreader SOURCES tst_csvreader.cpp)
trialcrf_add_test(tst_export SOURCES tst_export.cpp tst_exportfixtures.h)
trialcrf_add_test(tst_odm SOURCES tst_odm.cpp tst_exportfixtures.h)
trialcrf_add_test(tst_import SOURCES tst_import.cpp tst_exportfixtures.h)
trialcrf_add_test(tst_bulkwriter SOURCES tst_bulkwriter.cpp)
trialcrf_add_test(tst_import_mutations SOURCES tst_import_mutations.cpp tst_exportfixtures.h)
trialcrf_add_test(tst_studylock SOURCES tst_studylock.cpp)
trialcrf_add_test(tst_bulkcopy SOURCES tst_bulkcopy.cpp tst_exportfixtures.h)

# Again on a PostgreSQL server (see tests/CMakeLists.txt); tst_csvreader opens no database.
# tst_import_mutations stays on SQLite: its hundreds of imports test the reader and the
# all-or-nothing rule, which tst_import_pg and tst_bulkcopy_pg cover on the server.
trialcrf_add_pg_tests(tst_export tst_odm tst_import tst_bulkwriter tst_studylock tst_bulkcopy)
