# SPDX-License-Identifier: Apache-2.0
# Logins, roles, e-signatures, record locks and the audit trail.
trialcrf_add_test(tst_signaturestore SOURCES tst_signaturestore.cpp)
trialcrf_add_test(tst_accounts SOURCES tst_accounts.cpp)
trialcrf_add_test(tst_rolematrix SOURCES tst_rolematrix.cpp)
trialcrf_add_test(tst_freetext SOURCES tst_freetext.cpp)
trialcrf_add_test(tst_monitoring SOURCES tst_monitoring.cpp)
trialcrf_add_test(tst_monitoring_import SOURCES tst_monitoring_import.cpp tst_exportfixtures.h)
trialcrf_add_test(tst_sites SOURCES tst_sites.cpp)
trialcrf_add_pg_tests(tst_sites)

# Again on a PostgreSQL server (see tests/CMakeLists.txt).
trialcrf_add_pg_tests(tst_signaturestore tst_accounts tst_rolematrix tst_freetext tst_monitoring
                      tst_monitoring_import)
