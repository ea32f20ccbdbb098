# SPDX-License-Identifier: Apache-2.0
target_sources(trialcrf_model PRIVATE
    storage/database.h storage/database.cpp
    storage/session.h storage/session.cpp
    storage/saveresult.h storage/saveresult.cpp
    storage/auditlog.h storage/auditlog.cpp
    storage/casebook.h storage/casebook.cpp
    storage/studystore.h storage/studystore.cpp
    storage/userstore.h storage/userstore.cpp
)
