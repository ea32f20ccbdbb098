// SPDX-License-Identifier: Apache-2.0
// Migrations::run (declared in migrations.h): each migration one transaction, on either backend.
#include "storage/migrations.h"

#include "storage/serverroles.h"
#include "storage/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace trialcrf {

bool Migrations::run(QSqlDatabase db, int from, QString *error, QSqlError *cause)
{
    const bool postgres = SqlDialect::isPostgres(db);
    for (int version = from + 1; version <= latest(); ++version) {
        QSqlQuery q(db);
        // PostgreSQL: one writer at a time, as BEGIN IMMEDIATE gives on SQLite (see
        // Transaction), so two workstations opening a new database migrate it once.
        const bool begun = postgres
            ? q.exec(QStringLiteral("BEGIN"))
                && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)")
                              .arg(SqlDialect::kWriterLock))
            : q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!begun) {
            if (cause)
                *cause = q.lastError();
            *error = QStringLiteral("migration %1: cannot begin: %2")
                         .arg(version)
                         .arg(q.lastError().text());
            if (postgres)
                q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        QStringList todo;
        if (postgres) {
            // Another workstation may have migrated while this one waited for the lock.
            QString why;
            const int now = SqlDialect::readSchemaVersion(db, &why);
            if (now < 0) {
                *error = QStringLiteral("migration %1: %2").arg(version).arg(why);
                q.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
            if (now < version) {
                for (const QString &sql : statements(version))
                    todo << SqlDialect::toPostgres(sql);
            }
            if (now > version)
                version = now;
        } else {
            todo = statements(version);
        }
        if (!todo.isEmpty())
            todo << SqlDialect::setSchemaVersion(db, version);
        for (const QString &sql : std::as_const(todo)) {
            if (!q.exec(sql)) {
                if (cause)
                    *cause = q.lastError();
                *error = QStringLiteral("migration %1 failed: %2 [%3]")
                             .arg(version)
                             .arg(q.lastError().text(), sql.left(60));
                q.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            *error = QStringLiteral("migration %1: cannot commit: %2")
                         .arg(version)
                         .arg(q.lastError().text());
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return !postgres || applyGrants(db, nullptr, error);
}

bool Migrations::applyGrants(QSqlDatabase db, ServerRoles::Report *report, QString *error)
{
    if (!SqlDialect::isPostgres(db))
        return true;
    ServerRoles::Report ignored;
    QSqlQuery q(db);
    QString why;
    if (!q.exec(QStringLiteral("BEGIN"))
        || !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SqlDialect::kWriterLock))) {
        *error = QStringLiteral("grants: cannot begin: %1").arg(q.lastError().text());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!ServerRoles::apply(db, report ? report : &ignored, &why)
        || !q.exec(QStringLiteral("COMMIT"))) {
        *error = QStringLiteral("grants: %1").arg(why.isEmpty() ? q.lastError().text() : why);
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

}  // namespace trialcrf
