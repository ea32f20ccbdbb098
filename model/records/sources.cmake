# SPDX-License-Identifier: Apache-2.0
target_sources(trialcrf_model PRIVATE
    records/fielderror.h records/fielderror.cpp
    records/validation.h records/validation.cpp
    records/subject.h records/subject.cpp
    records/lifecycle.h records/lifecycle.cpp
    records/consent.h records/consent.cpp
    records/eligibility.h records/eligibility.cpp
    records/infusion.h records/infusion.cpp
    records/pasiassessment.h records/pasiassessment.cpp
    records/adverseevent.h records/adverseevent.cpp records/aeoutcome.h
    records/deviation.h records/deviation.cpp
    records/subjectrecord.h records/field.h records/fieldtables.h records/fieldtables.cpp
    records/fieldbuilders.h records/visitfields.cpp
)
