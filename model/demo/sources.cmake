# SPDX-License-Identifier: Apache-2.0
target_sources(trialcrf_model PRIVATE
    demo/demoplanner.h demo/demoplanner.cpp
    demo/demodraws.h demo/demodraws.cpp
    demo/demogenerator.h demo/demogenerator.cpp
)
