# SPDX-License-Identifier: Apache-2.0
# Security in the app (offscreen): idle lock, lock screen, e-signature dialog, users, audit viewer.
trialcrf_add_test(tst_idlelock SOURCES tst_idlelock.cpp LIBS trialcrf_shell)
trialcrf_add_test(tst_securitydialogs SOURCES tst_securitydialogs.cpp
                  LIBS trialcrf_shell)
trialcrf_add_test(tst_securityactions SOURCES tst_securityactions.cpp
                  LIBS trialcrf_shell)
trialcrf_add_test(tst_freetext_forms SOURCES tst_freetext_forms.cpp LIBS trialcrf_forms)

# Shows one security screen on a DEMO database for docs/screenshots (not a test; see the .cpp).
qt_add_executable(trialcrf-security-shots securityshots.cpp)
target_link_libraries(trialcrf-security-shots PRIVATE trialcrf_shell)

# Database lock readiness and the lock by keyboard; the chair's watch away from the page.
trialcrf_add_test(tst_lockreadiness_gui SOURCES tst_lockreadiness_gui.cpp LIBS trialcrf_shell)
