# SPDX-License-Identifier: Apache-2.0
# trialcrf-bench-report: chart and PDF speed against references in the same run
# (docs/benchmarks-report.md). Not a test: run it by hand.
qt_add_executable(trialcrf-bench-report reportbench.cpp samples.h samples.cpp)
target_link_libraries(trialcrf-bench-report PRIVATE trialcrf_report trialcrf_report_sample)
target_compile_definitions(trialcrf-bench-report PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(trialcrf-bench-report trialcrf-cli)
