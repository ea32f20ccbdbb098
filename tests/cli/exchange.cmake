# SPDX-License-Identifier: Apache-2.0
trialcrf_add_test(tst_cli_exchange SOURCES tst_cli_exchange.cpp)
target_compile_definitions(tst_cli_exchange PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(tst_cli_exchange trialcrf-cli)
trialcrf_add_pg_tests(tst_cli_exchange)
