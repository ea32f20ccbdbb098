// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace trialcrf::ServerRoles {

/// What a study on a PostgreSQL server gives the workstations, and to whom.
///
/// Two kinds of database login touch a study: its *owner* (the login that runs `init --server`
/// and upgrades: it owns the tables, functions and triggers) and the *workstation logins* the
/// app connects with, each a member of one NOLOGIN group role holding exactly what the app
/// needs. Role names are cluster-wide while one server may hold several studies, so the group
/// is named after the database: `<database>_workstations`.
QString groupRole(const QString &databaseName);

/// `"name"` with inner quotes doubled: a role or table name as an SQL identifier.
QString quoteIdentifier(const QString &name);

/// The privileges the group holds on each table, as GRANT lists them: what the model really
/// does. The audit trail and the other append-only tables get SELECT and INSERT only (their
/// triggers stay as the second wall). A table missing here gets SELECT only.
struct TableGrant {
    const char *table;
    const char *privileges;
};
const QList<TableGrant> &tableGrants();

/// What apply() found and did.
struct Report {
    QString owner;         ///< the login that ran it (current_user)
    QString group;         ///< the group role's name
    bool groupExists = false;
    bool groupCreated = false;
    bool mayCreateRoles = false;  ///< this login may create workstation logins (CREATEROLE)
    bool ownsStudy = false;       ///< a superuser, or a member of the tables' owner
    QStringList notes;     ///< what could not be done, and who can do it
};

/// (Re)applies the grants inside the caller's transaction: creates the group role when it is
/// missing and this login may create roles; takes from PUBLIC every right on the database, the
/// schema, its tables, sequences and functions; gives the group CONNECT and TEMPORARY (tables
/// private to a session) on the database, USAGE on the schema,
/// tableGrants(), USAGE on the identity sequences (UPDATE on the two an import that keeps the
/// exported ids moves), EXECUTE on the functions. Idempotent. A login that does not own the
/// study changes nothing (report->ownsStudy false). False with *error when a statement fails
/// (the caller rolls back).
bool apply(const QSqlDatabase &db, Report *report, QString *error);

/// The statement a database administrator runs to add a workstation login (password elided).
QString addLoginStatement(const QString &login, const QString &group);

/// Creates the workstation login `login` with `password`, a member of `group`. Refuses a
/// login that exists already (nothing is changed). False with *error.
bool createLogin(const QSqlDatabase &db, const QString &login, const QString &password,
                 const QString &group, QString *error);

}  // namespace trialcrf::ServerRoles
