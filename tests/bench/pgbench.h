// SPDX-License-Identifier: Apache-2.0
// pg_bench: the PostgreSQL server's figures, against a throw-away server the bench starts
// itself (scripts/pg-test-server: initdb in a temporary folder, Unix socket only, never a
// system service). See docs/benchmarks.md.
#pragma once

#include "storage/studylocation.h"

#include <QString>
#include <QTextStream>

namespace trialcrf::bench {

/// The throw-away server: its socket folder and the URL of a database on it.
struct PgServer {
    QString folder;  ///< holds the Unix socket (and the data)
    QString user = QStringLiteral("trialcrf_owner");

    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(user, database, folder);
    }
    StudyLocation location(const QString &database) const;
    /// libpq's conninfo of the same database (for the raw reference).
    QString conninfo(const QString &database) const
    {
        return QStringLiteral("host=%1 dbname=%2 user=%3").arg(folder, database, user);
    }
    /// CREATE DATABASE (dropped first when it exists); false with *error.
    bool createDatabase(const QString &name, QString *error) const;
};

/// (a) One infusion saved through StudyStore on the server against the same row inserted
/// and committed with raw libpq (prepared statement, BEGIN … COMMIT), interleaved.
bool pgSaveBench(const PgServer &server, int n, QTextStream &out);

}  // namespace trialcrf::bench
