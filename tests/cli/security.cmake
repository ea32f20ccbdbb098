# SPDX-License-Identifier: Apache-2.0
# Tampering with the sqlite3 shell, found by trialcrf-cli verify.
trialcrf_add_test(tst_tamper SOURCES tst_tamper.cpp)
target_compile_definitions(tst_tamper PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(tst_tamper trialcrf-cli)

# Clinical data changed behind the app's back, named by verify's replay of the audit trail.
trialcrf_add_test(tst_reconcile SOURCES tst_reconcile.cpp LIBS Qt6::Sql)
target_compile_definitions(tst_reconcile PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(tst_reconcile trialcrf-cli)

# What really failed: a damaged file, an empty file, a lock held by another program.
trialcrf_add_test(tst_failures SOURCES tst_failures.cpp LIBS Qt6::Sql)
target_compile_definitions(tst_failures PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(tst_failures trialcrf-cli)

# restore and encrypted backups, end to end.
trialcrf_add_test(tst_cli_restore SOURCES tst_cli_restore.cpp)
target_compile_definitions(tst_cli_restore PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(tst_cli_restore trialcrf-cli)

# The database lock and its manifest, end to end: lock --check, lock, verify, a byte changed.
trialcrf_add_test(tst_cli_lock SOURCES tst_cli_lock.cpp)
target_compile_definitions(tst_cli_lock PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(tst_cli_lock trialcrf-cli)

# Sites: a second hospital, users given their sites, verify after it.
trialcrf_add_test(tst_cli_sites SOURCES tst_cli_sites.cpp)
target_compile_definitions(tst_cli_sites PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(tst_cli_sites trialcrf-cli)
# Again on the test server (tests/CMakeLists.txt): the reconciliation and the lock, with the
# changes behind the app's back made through a connection of their own. tst_failures (damaged,
# empty and read-only files, SQLite's write lock), tst_cli_restore (restore replaces a file)
# and tst_tamper (the sqlite3 shell on the file) are about files.
trialcrf_add_pg_tests(tst_reconcile tst_cli_lock)
