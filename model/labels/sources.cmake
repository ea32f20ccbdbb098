# SPDX-License-Identifier: Apache-2.0
# Labels for the codes the data stores: one table per kind of code, translated when shown.
target_sources(trialcrf_model PRIVATE
    labels/codelabels.h labels/codelabels.cpp
    labels/fieldlabels.h labels/fieldlabels.cpp
    labels/changereason.h labels/changereason.cpp
    labels/monitoringlabels.h labels/monitoringlabels.cpp
)
