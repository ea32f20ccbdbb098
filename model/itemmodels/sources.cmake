# SPDX-License-Identifier: Apache-2.0
# Item models for the lists and tables the UI shows (Qt Core only; they never run SQL).
target_sources(trialcrf_model PRIVATE
    itemmodels/itemlabels.h itemmodels/itemlabels.cpp
    itemmodels/itemroles.h
    itemmodels/subjectlistmodel.h itemmodels/subjectlistmodel.cpp
    itemmodels/visittimelinemodel.h itemmodels/visittimelinemodel.cpp
    itemmodels/audittablemodel.h itemmodels/audittablemodel.cpp
    itemmodels/deviationtablemodel.h itemmodels/deviationtablemodel.cpp
)
