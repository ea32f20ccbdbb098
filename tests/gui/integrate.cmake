# SPDX-License-Identifier: Apache-2.0
# Issues 5 and 3 in the main window: the casebook's PASI charts, export and import actions.
trialcrf_add_test(tst_integrate SOURCES tst_integrate.cpp
                  LIBS trialcrf_shell trialcrf_shell_fixture)
