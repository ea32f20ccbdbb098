# SPDX-License-Identifier: Apache-2.0
# The report command: the PDF casebook, painted by trialcrf_report (Qt Gui, no widgets).
target_sources(trialcrf-cli PRIVATE reportcommand.cpp)
target_link_libraries(trialcrf-cli PRIVATE trialcrf_report)
