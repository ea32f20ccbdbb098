# SPDX-License-Identifier: Apache-2.0
# trialcrf-bench-exchange: CSV export vs the sqlite3 shell and the import rate (not a test).
qt_add_executable(trialcrf-bench-exchange exchangebench.cpp)
target_link_libraries(trialcrf-bench-exchange PRIVATE Qt6::Core)
target_compile_definitions(trialcrf-bench-exchange PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(trialcrf-bench-exchange trialcrf-cli)
