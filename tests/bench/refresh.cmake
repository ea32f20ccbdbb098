# SPDX-License-Identifier: Apache-2.0
# trialcrf-bench-refresh: from a save committed on one connection to the other connection's
# subject list re-read (live refresh), on a throw-away server and on a file. Run it by hand.
qt_add_executable(trialcrf-bench-refresh refreshbench.cpp)
target_link_libraries(trialcrf-bench-refresh PRIVATE trialcrf_model)
target_compile_definitions(trialcrf-bench-refresh PRIVATE TRIALCRF_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
