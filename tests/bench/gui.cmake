# SPDX-License-Identifier: Apache-2.0
# gui_bench: start-up of the app against an empty QMainWindow started the same way, and
# switching subjects in the main window, on a 100,000-subject demo. Not a test: run it by
# hand (docs/benchmarks-gui.md); scripts/test stays quick.
qt_add_executable(gui_bench guibench.cpp)
target_link_libraries(gui_bench PRIVATE trialcrf_shell)
target_compile_definitions(gui_bench PRIVATE TRIALCRF_CLI="$<TARGET_FILE:trialcrf-cli>")
add_dependencies(gui_bench trialcrf-cli)

# vitals_bench: the infusion page's vital-signs table with the protocol's maximum of sets,
# against the same widgets in a plain grid (docs/benchmarks.md).
qt_add_executable(vitals_bench vitalsbench.cpp)
target_link_libraries(vitals_bench PRIVATE trialcrf_forms)
