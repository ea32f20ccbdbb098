# SPDX-License-Identifier: Apache-2.0
target_sources(trialcrf_model PRIVATE
    storage/database.h storage/database.cpp storage/databaseserver.cpp
    storage/databasechecks.cpp storage/transaction.cpp
    storage/studylocation.h storage/studylocation.cpp
    storage/studycopy.h storage/studycopy.cpp
    storage/statement.h storage/statement.cpp
    storage/readsnapshot.h storage/readsnapshot.cpp
    storage/migrations.h storage/migrations.cpp storage/migrationrun.cpp
    storage/sqldialect.h storage/sqldialect.cpp
    storage/session.h storage/session.cpp
    storage/saveresult.h storage/saveresult.cpp
    storage/auditlog.h storage/auditlog.cpp
    storage/auditbatch.h storage/auditbatch.cpp
    storage/sqlitestatement.h storage/sqlitestatement.cpp
    storage/serverstatement.h storage/serverstatement.cpp
    storage/serialworker.h storage/serialworker.cpp
    storage/utf8.h storage/sodiumready.h
    storage/savepipeline.h storage/savepipeline.cpp storage/pagesaves.cpp storage/savesteps.h
    storage/deviationsync.h storage/deviationsync.cpp
    storage/bulkwriter.h storage/bulkwriter.cpp
    storage/subjectlist.h storage/subjectlist.cpp
    storage/exportstreams.h storage/exportstreams.cpp
    storage/casebook.h storage/casebook.cpp
    storage/fieldrows.h storage/fieldrows.cpp storage/recordquery.h storage/recordtable.h
    storage/completeness.h storage/completeness.cpp
    storage/studystore.h storage/studystore.cpp
    storage/studywatcher.h storage/studywatcher.cpp
    storage/userstore.h storage/userstore.cpp storage/passwordhash.h storage/passwordhash.cpp
    storage/signaturestore.h storage/signaturestore.cpp
    storage/monitoredfields.h storage/monitoredfields.cpp
    storage/monitoringsql.h storage/monitoringsql.cpp storage/monitoringverify.cpp
    storage/querystore.h storage/querystore.cpp
    storage/sdvstore.h storage/sdvstore.cpp
    storage/importedmonitoring.h storage/importedmonitoring.cpp
    storage/sincelastvisit.h storage/sincelastvisit.cpp
    storage/audittrail.h storage/audittrail.cpp
    storage/reconcile.h storage/reconcile.cpp
    storage/jsonobjectreader.h storage/jsonobjectreader.cpp
    storage/databasebackup.h storage/databasebackup.cpp
    storage/eventaudit.h storage/eventaudit.cpp
    storage/fieldchanges.h storage/fieldchanges.cpp
    storage/lotusage.h storage/lotusage.cpp
    storage/lockreadiness.h storage/lockreadiness.cpp
    storage/runninginfusions.h storage/runninginfusions.cpp
    storage/lockmanifeststore.h storage/lockmanifeststore.cpp
    # private: one repository per record type over a generic row writer
    storage/row.h storage/row.cpp
    storage/rowreader.h storage/rowreader.cpp
    storage/rowwriter.h storage/rowwriter.cpp
    storage/visitorder.h storage/visitorder.cpp
    storage/subjectrepository.h storage/subjectrepository.cpp
    storage/consentrepository.h storage/consentrepository.cpp
    storage/eligibilityrepository.h storage/eligibilityrepository.cpp
    storage/infusionrepository.h storage/infusionrepository.cpp
    storage/pasirepository.h storage/pasirepository.cpp
    storage/adverseeventrepository.h storage/adverseeventrepository.cpp
    storage/deviationrepository.h storage/deviationrepository.cpp
    storage/sqlitecopy.h storage/sqlitecopy.cpp storage/backupcontents.h storage/backupcontents.cpp
)
