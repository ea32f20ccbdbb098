# SPDX-License-Identifier: Apache-2.0
# Issues 5 and 3 in the main window: the casebook's PASI charts, export and import actions.
trialcrf_add_test(tst_integrate SOURCES tst_integrate.cpp
                  LIBS trialcrf_shell trialcrf_shell_fixture)

# Issue 5 as a physician uses it: the charts follow a PASI page as it is typed; File →
# Export PDF… and Print… through their dialogs, the PDF read back with pdftotext.
trialcrf_add_test(tst_reportactions SOURCES tst_reportactions.cpp tst_formsfixture.h
                  LIBS trialcrf_shell trialcrf_shell_fixture)
target_include_directories(tst_reportactions PRIVATE ${PROJECT_SOURCE_DIR}/tests/report)
