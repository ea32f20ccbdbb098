# SPDX-License-Identifier: Apache-2.0
# Tests of the app shell (offscreen): the main window and its casebook.
trialcrf_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS trialcrf_shell)
trialcrf_add_test(tst_deviations_gui SOURCES tst_deviations_gui.cpp tst_formsfixture.h
                  LIBS trialcrf_shell)

# The casebook's PASI charts and the export and import actions of the main window.
trialcrf_add_test(tst_integrate SOURCES tst_integrate.cpp LIBS trialcrf_shell)

# The charts following a PASI page as it is typed; File → Export PDF… and Print… through
# their dialogs, the PDF read back with pdftotext.
trialcrf_add_test(tst_reportactions SOURCES tst_reportactions.cpp tst_formsfixture.h
                  LIBS trialcrf_shell)
target_include_directories(tst_reportactions PRIVATE ${PROJECT_SOURCE_DIR}/tests/report)

# Alt+letters of the main window with each page open, in both languages.
trialcrf_add_test(tst_mnemonics SOURCES tst_mnemonics.cpp LIBS trialcrf_shell)

# File → Back up… and Restore… by keyboard; Help → About.
trialcrf_add_test(tst_backup_gui SOURCES tst_backup_gui.cpp LIBS trialcrf_shell)

# The casebook while an infusion runs: the overdue flag above it, the reaction's AE draft.
trialcrf_add_test(tst_chair_casebook SOURCES tst_chair_casebook.cpp tst_formsfixture.h
                  LIBS trialcrf_shell)

# The real start-up path given a damaged file and an empty one, answered by keyboard.
trialcrf_add_test(tst_startup_failures SOURCES tst_startup_failures.cpp LIBS trialcrf_shell)

# A monitoring visit by keyboard: a query raised, answered with a change and closed, the page
# verified; the PDF and the export read back.
trialcrf_add_test(tst_monitoring_gui SOURCES tst_monitoring_gui.cpp tst_formsfixture.h
                  LIBS trialcrf_shell)
target_include_directories(tst_monitoring_gui PRIVATE ${PROJECT_SOURCE_DIR}/tests/report)

# The connection dialog typed into: a study file opens; a server that does not answer shows
# the failure and the dialog comes back as typed.
# As tst_connection_gui_pg it also opens the throw-away server ctest starts, through the dialog.
trialcrf_add_test(tst_connection_gui SOURCES tst_connection_gui.cpp LIBS trialcrf_shell)
trialcrf_add_pg_tests(tst_connection_gui)

# File → Open study… by keyboard: logged out of one study, logged in to the other.
trialcrf_add_test(tst_switch_study SOURCES tst_switch_study.cpp LIBS trialcrf_shell)

# Two main windows on two connections to one study: a save on one refreshes the other's list,
# casebook and open page; a page being typed into keeps its text and names who saved.
trialcrf_add_test(tst_liverefresh_gui SOURCES tst_liverefresh_gui.cpp tst_formsfixture.h
                  LIBS trialcrf_shell)
trialcrf_add_pg_tests(tst_liverefresh_gui)
