# SPDX-License-Identifier: Apache-2.0
# Issue 6 in the app (offscreen): idle lock, lock screen, e-signature dialog, users, audit viewer.
trialcrf_add_test(tst_idlelock SOURCES tst_idlelock.cpp LIBS trialcrf_shell)
