// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <optional>

namespace trialcrf {

/// A prepared statement kept in its connection's cache, so a save repeated thousands of times
/// parses its SQL once. Finished when it goes out of scope: a cached SELECT left active would
/// hold its read snapshot open, and the connection would stop seeing other workstations'
/// writes. While one Statement uses a cached query, another Statement of the same SQL gets a
/// private query of its own.
///
/// Why there are two statement wrappers: this one is Qt Sql's QSqlQuery (values as
/// QVariant, errors through Database::describe), used by every save, read and check. The
/// bulk import and the export's large reads use SqliteStatement on the same connection's raw
/// sqlite3 handle instead: binding and reading in place, without a QVariant per value, is
/// what makes them fast (tests/bench measures it). They share the connection and its
/// transactions, not code: merging them would put QVariant back into the bulk path or the
/// C API into every caller.
class Statement {
public:
    Statement(const Database &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isPrepared() const { return m_prepared; }
    QSqlQuery &query() { return *m_query; }
    /// Binds the values in order and executes.
    bool exec(const QVariantList &values = {});

private:
    Database::CachedStatement *m_cached = nullptr;
    std::optional<QSqlQuery> m_own;
    QSqlQuery *m_query = nullptr;
    bool m_prepared = false;
};

}  // namespace trialcrf
