# SPDX-License-Identifier: Apache-2.0
target_sources(trialcrf_model PRIVATE
    exchange/auditcsv.h exchange/auditcsv.cpp exchange/storedcells.h
    exchange/csvwriter.h exchange/csvwriter.cpp
    exchange/csvreader.h exchange/csvreader.cpp
    exchange/csvprefetch.h exchange/csvprefetch.cpp
    exchange/csvvalues.h exchange/csvvalues.cpp
    exchange/csvtable.h exchange/csvtable.cpp
    exchange/datadictionary.h exchange/datadictionary.cpp
    exchange/fieldcells.h exchange/fieldcells.cpp
    exchange/exchangeproblem.h exchange/exchangeproblem.cpp
    exchange/manifest.h exchange/manifest.cpp
    exchange/exporter.h exchange/exporter.cpp
    exchange/studylock.h exchange/studylock.cpp
    exchange/recordfiles.h exchange/recordfiles.cpp
    exchange/monitoringcsv.h exchange/monitoringcsv.cpp
    exchange/monitoringrows.h exchange/monitoringrows.cpp
    exchange/sitescsv.h exchange/sitescsv.cpp
    exchange/importer.h exchange/importer.cpp
    exchange/importrun.h exchange/importrows.cpp
    exchange/odmwriter.h exchange/odmwriter.cpp
    exchange/odmmetadata.h exchange/odmmetadata.cpp
    # The export's own queries: SQL stays in storage/.
    storage/exchangequeries.h storage/exchangequeries.cpp
)
