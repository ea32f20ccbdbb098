# SPDX-License-Identifier: Apache-2.0
# GUI tests of the CRF pages (forms/), offscreen, each on a throw-away study.
trialcrf_add_test(tst_forms_infusion SOURCES tst_forms_infusion.cpp tst_formsfixture.h
                  LIBS trialcrf_forms)
trialcrf_add_test(tst_forms_pasi SOURCES tst_forms_pasi.cpp tst_formsfixture.h
                  LIBS trialcrf_forms)
trialcrf_add_test(tst_forms_eligibility SOURCES tst_forms_eligibility.cpp tst_formsfixture.h
                  LIBS trialcrf_forms)
trialcrf_add_test(tst_forms_pages SOURCES tst_forms_pages.cpp tst_formsfixture.h
                  LIBS trialcrf_forms)
trialcrf_add_test(tst_forms_language SOURCES tst_forms_language.cpp tst_formsfixture.h
                  LIBS trialcrf_forms)
trialcrf_add_test(tst_typing SOURCES tst_typing.cpp tst_formsfixture.h
                  LIBS trialcrf_forms trialcrf_i18n)

# formshot: one page filled with sample data, for the screenshots in docs/screenshots/.
qt_add_executable(formshot formshot.cpp tst_formsfixture.h)
target_link_libraries(formshot PRIVATE trialcrf_forms trialcrf_i18n trialcrf_test_support)

# The palette's colours and style sheets (guiless).
trialcrf_add_test(tst_palette SOURCES tst_palette.cpp LIBS trialcrf_palette)
trialcrf_add_test(tst_forms_chair SOURCES tst_forms_chair.cpp tst_formsfixture.h
                  LIBS trialcrf_forms)

# chairshot: the infusion chair's views (running infusion, reaction question, PASI beside the
# previous assessment), for the screenshots in docs/screenshots/.
qt_add_executable(chairshot chairshot.cpp tst_formsfixture.h)
target_link_libraries(chairshot PRIVATE trialcrf_forms trialcrf_i18n trialcrf_test_support)

# Sites: the New subject page's site chooser, typed.
trialcrf_add_test(tst_sites_gui SOURCES tst_sites_gui.cpp tst_formsfixture.h
                  LIBS trialcrf_forms)
