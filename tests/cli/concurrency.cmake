# SPDX-License-Identifier: Apache-2.0
# Eight processes saving into one study at once, then verify (on a file and on the server).
qt_add_executable(trialcrf-test-concurrent-writer concurrentwriter.cpp)
target_link_libraries(trialcrf-test-concurrent-writer PRIVATE trialcrf_model)

trialcrf_add_test(tst_concurrent_writers SOURCES tst_concurrent_writers.cpp)
target_compile_definitions(tst_concurrent_writers PRIVATE
    TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>"
    TRIALCRF_CONCURRENT_WRITER="$<TARGET_FILE:trialcrf-test-concurrent-writer>")
add_dependencies(tst_concurrent_writers trialcrf-cli trialcrf-test-concurrent-writer)
trialcrf_add_pg_tests(tst_concurrent_writers)
