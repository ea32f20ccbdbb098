// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/studylocation.h"

#include <QSqlQuery>
#include <QString>
#include <QTest>

namespace trialcrf::fixtures {

/// The tests' second backend. When TRIALCRF_TEST_SERVER names a PostgreSQL server (ctest sets
/// it for the _pg tests, see tests/CMakeLists.txt), every study a test opens lives on that
/// server instead of in a file: a fresh database per path, created on first use and dropped
/// when the test program ends. Only tests read that variable, never the product.
bool onTestServer();

/// The study a test keeps at `path`: the file itself, or on the test server a database of its
/// own, the same one for the same path while the file exists (so a test can close and reopen
/// "the file"). On the server an empty file at `path` stands for the database: a test that
/// removes it starts afresh with a new database. When the server cannot make one, a location that fails to open (and
/// a warning saying why): a _pg test fails, it never silently runs on SQLite.
/// On the server the location names a workstation login, as the app connects: the database
/// is made a study by its owner first (migrated, the workstations' group role and grants,
/// see ServerRoles), so the product's connection cannot change the schema nor the audit
/// trail. Tamper through execPortable, which runs as the owner.
StudyLocation studyAt(const QString &path);

/// As studyAt, but as the study's owner (the test server's superuser), and a new database is
/// left empty: for tests of migrations, of an empty or foreign database, of the owner's
/// commands (init, migrate). A file is the file. Open it with Database::allowSuperuser(true).
StudyLocation ownerStudyAt(const QString &path);

/// The same server database as `study`, as its owner (a file stays the file).
StudyLocation ownerOf(const StudyLocation &study);

/// Connects to the test server as its owner and runs `sql` (CREATE/DROP DATABASE, a setting);
/// false with *error.
bool runOnTestServer(const QString &sql, QString *error);

/// Runs a statement a test writes in SQLite's words (to tamper, to undo schema, to inject a
/// failure) on q's connection; on a server carried over: "DROP TRIGGER t" names its table,
/// "CREATE TEMP TRIGGER … RAISE(ABORT, …)" becomes a PL/pgSQL trigger (storage's SqlDialect),
/// "PRAGMA user_version = N" writes the version table, "PRAGMA foreign_keys = OFF" lets the
/// session ignore foreign keys (session_replication_role), anything else runs as it is.
/// On a server the statements run on the owner's connection to q's database (one per database
/// and thread, kept open, so a session setting lasts), not on q's own: the product's
/// connection is a workstation login, which may not tamper.
bool execPortable(QSqlQuery &q, const QString &sqliteSql);
/// The same with values bound to its `?` placeholders (one statement, run as it is).
bool execPortable(QSqlQuery &q, const QString &sql, const QVariantList &values);

}  // namespace trialcrf::fixtures

/// For a test about files (damaged pages, WAL, read-only folders, VACUUM INTO): skipped on the
/// server, with the reason.
#define TRIALCRF_FILES_ONLY(why)                                                               \
    do {                                                                                       \
        if (::trialcrf::fixtures::onTestServer())                                              \
            QSKIP("about SQLite files, not a server: " why);                                   \
    } while (false)
