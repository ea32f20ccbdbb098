# SPDX-License-Identifier: Apache-2.0
# Tampering with the sqlite3 shell, found by trialcrf-cli verify.
trialcrf_add_test(tst_tamper SOURCES tst_tamper.cpp)
target_compile_definitions(tst_tamper PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(tst_tamper trialcrf-cli)

# restore and encrypted backups, end to end.
trialcrf_add_test(tst_cli_restore SOURCES tst_cli_restore.cpp)
target_compile_definitions(tst_cli_restore PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(tst_cli_restore trialcrf-cli)
