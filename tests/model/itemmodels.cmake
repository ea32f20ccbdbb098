# SPDX-License-Identifier: Apache-2.0
# The item models the UI shows (guiless): the subject list and the casebook's visit timeline.
trialcrf_add_test(tst_subjectlistmodel SOURCES tst_subjectlistmodel.cpp)
trialcrf_add_test(tst_visittimelinemodel SOURCES tst_visittimelinemodel.cpp)
