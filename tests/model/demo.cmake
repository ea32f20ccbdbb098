# SPDX-License-Identifier: Apache-2.0
trialcrf_add_test(tst_demogenerator SOURCES tst_demogenerator.cpp)
