# SPDX-License-Identifier: Apache-2.0
trialcrf_add_test(tst_protocol SOURCES tst_protocol.cpp)
trialcrf_add_test(tst_rules SOURCES tst_rules.cpp)
trialcrf_add_test(tst_rules_eligibility SOURCES tst_rules_eligibility.cpp)
trialcrf_add_test(tst_completeness SOURCES tst_completeness.cpp)
trialcrf_add_test(tst_deviations_rule SOURCES tst_deviations_rule.cpp)
trialcrf_add_test(tst_rules_lifecycle SOURCES tst_rules_lifecycle.cpp)
trialcrf_add_test(tst_chair_rules SOURCES tst_chair_rules.cpp)
