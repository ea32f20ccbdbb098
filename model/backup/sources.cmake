# SPDX-License-Identifier: Apache-2.0
target_sources(trialcrf_model PRIVATE
    backup/backupcrypto.h backup/backupcrypto.cpp
    backup/backupwriter.h backup/backupwriter.cpp
    backup/studyrestore.h backup/studyrestore.cpp
)
