# SPDX-License-Identifier: Apache-2.0
# trialcrf-bench-verify: verify's replay of the audit trail against a plain read of the same
# tables (docs/benchmarks.md). Not a test: run it by hand.
qt_add_executable(trialcrf-bench-verify verifybench.cpp)
target_link_libraries(trialcrf-bench-verify PRIVATE trialcrf_model PkgConfig::SQLITE3)
target_compile_definitions(trialcrf-bench-verify PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(trialcrf-bench-verify trialcrf-cli)
