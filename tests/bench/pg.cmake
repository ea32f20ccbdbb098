# SPDX-License-Identifier: Apache-2.0
# pg_bench: trialcrf on a PostgreSQL server it starts itself (scripts/pg-test-server in a
# temporary folder): a save against raw libpq, the import's rows per second, the subject switch
# (through gui_bench --server) and the export's and verify's memory at two study sizes.
# Not a test: run it by hand (docs/benchmarks.md).
qt_add_executable(pg_bench pgbench.cpp pgbench.h pgsavebench.cpp samples.h samples.cpp)
target_link_libraries(pg_bench PRIVATE trialcrf_model PkgConfig::LIBPQ)
target_compile_definitions(pg_bench PRIVATE
    TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>"
    TRIALCRF_GUI_BENCH="$<TARGET_FILE:gui_bench>"
    TRIALCRF_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_dependencies(pg_bench trialcrf-cli gui_bench)
