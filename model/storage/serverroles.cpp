// SPDX-License-Identifier: Apache-2.0
#include "storage/serverroles.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace trialcrf::ServerRoles {

namespace {

/// A role name holds at most 63 bytes; a longer database name keeps its start and a hash of
/// the whole, so two long names still give two groups.
constexpr int kMaxBase = 44;

QString quoteLiteral(const QString &text)
{
    // E'' with both quote and backslash doubled reads back the same whatever
    // standard_conforming_strings says.
    QString body = text;
    body.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    body.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1String("E'") + body + QLatin1Char('\'');
}

bool one(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = QStringLiteral("%1 [%2]").arg(q.lastError().text().trimmed(), sql.left(80));
    return false;
}

bool roleExists(QSqlQuery &q, const QString &role, bool *exists, QString *error)
{
    q.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *exists = q.next();
    return true;
}

}  // namespace

QString groupRole(const QString &databaseName)
{
    QString base = databaseName;
    if (base.toUtf8().size() > kMaxBase) {
        const QByteArray hash =
            QCryptographicHash::hash(databaseName.toUtf8(), QCryptographicHash::Sha256).toHex();
        while (base.toUtf8().size() > kMaxBase - 9)
            base.chop(1);
        base += QLatin1Char('_') + QString::fromLatin1(hash.left(8));
    }
    return base + QLatin1String("_workstations");
}

QString quoteIdentifier(const QString &name)
{
    QString body = name;
    body.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + body + QLatin1Char('"');
}

const QList<TableGrant> &tableGrants()
{
    // What the repositories and stores write (model/storage): rows are added and corrected,
    // never deleted, except a vital-sign set, which a corrected infusion replaces.
    static const QList<TableGrant> grants = {
        {"audit_log", "SELECT, INSERT"},
        {"signatures", "SELECT, INSERT"},
        {"lock_manifests", "SELECT, INSERT"},
        {"query_messages", "SELECT, INSERT"},
        {"sdv_marks", "SELECT, INSERT"},
        // The chain's head: rewritten by every save that appends to the trail.
        {"audit_anchor", "SELECT, UPDATE"},
        // Accounts are added and changed (password, lockout, role), never deleted.
        {"users", "SELECT, INSERT, UPDATE"},
        {"meta", "SELECT, INSERT, UPDATE"},
        {"subjects", "SELECT, INSERT, UPDATE"},
        {"consents", "SELECT, INSERT, UPDATE"},
        {"eligibility", "SELECT, INSERT, UPDATE"},
        {"infusions", "SELECT, INSERT, UPDATE"},
        {"vital_signs", "SELECT, INSERT, UPDATE, DELETE"},
        {"pasi_assessments", "SELECT, INSERT, UPDATE"},
        {"adverse_events", "SELECT, INSERT, UPDATE"},
        {"deviations", "SELECT, INSERT, UPDATE"},
        {"queries", "SELECT, INSERT, UPDATE"},
        // A site is added (by a data manager) and renamed, never deleted; a user's site is
        // granted and removed, each audited.
        {"sites", "SELECT, INSERT, UPDATE"},
        {"user_sites", "SELECT, INSERT, DELETE"},
        {"trialcrf_schema", "SELECT"},
    };
    return grants;
}

bool apply(const QSqlDatabase &db, Report *report, QString *error)
{
    QSqlQuery q(db);
    if (!one(q, QStringLiteral("SELECT current_user, current_database(), current_schema(),"
                               " r.rolsuper OR r.rolcreaterole,"
                               " pg_catalog.pg_has_role(d.datdba, 'USAGE'),"
                               " r.rolsuper OR coalesce((SELECT pg_catalog.pg_has_role(c.relowner,"
                               " 'USAGE') FROM pg_catalog.pg_class c"
                               " WHERE c.oid = to_regclass('trialcrf_schema')), false)"
                               " FROM pg_catalog.pg_roles r, pg_catalog.pg_database d"
                               " WHERE r.rolname = current_user AND d.datname = current_database()"),
             error)
        || !q.next()) {
        if (error->isEmpty())
            *error = QStringLiteral("cannot read who this login is");
        return false;
    }
    report->owner = q.value(0).toString();
    report->group = groupRole(q.value(1).toString());
    const QString database = quoteIdentifier(q.value(1).toString());
    const QString schema = quoteIdentifier(q.value(2).toString());
    report->mayCreateRoles = q.value(3).toBool();
    const bool ownsDatabase = q.value(4).toBool();
    const QString group = quoteIdentifier(report->group);
    report->ownsStudy = q.value(5).toBool();
    q.finish();
    if (!report->ownsStudy)
        return true;

    if (!roleExists(q, report->group, &report->groupExists, error))
        return false;
    if (!report->groupExists && report->mayCreateRoles) {
        if (!one(q, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(group), error))
            return false;
        report->groupExists = report->groupCreated = true;
    }

    // Nothing for PUBLIC (every login on the server): the schema's and the functions' default
    // rights are taken back.
    QStringList sql = {
        QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM PUBLIC").arg(schema),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC").arg(schema),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM PUBLIC").arg(schema),
        QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %1 FROM PUBLIC").arg(schema),
    };
    if (ownsDatabase)
        sql << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database);
    else
        report->notes << QStringLiteral(
                             "%1 does not own the database: its administrator runs REVOKE ALL "
                             "ON DATABASE %2 FROM PUBLIC; GRANT CONNECT ON DATABASE %2 TO %3;")
                             .arg(report->owner, database, group);
    if (report->groupExists) {
        // Taken back first, so a right the model no longer needs goes with the upgrade.
        sql << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, group)
            << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(schema, group)
            << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, group)
            << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, group)
            << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, group)
            << QStringLiteral("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %1 TO %2").arg(schema, group);
        if (ownsDatabase)
            // TEMPORARY: tables private to one session, gone with it (a bulk path may stage
            // rows in one); they cannot touch the study's tables.
            sql << QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(database, group);
        for (const TableGrant &g : tableGrants()) {
            q.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
            q.addBindValue(QLatin1String(g.table));
            if (!q.exec() || !q.next()) {
                *error = q.lastError().text();
                return false;
            }
            if (q.value(0).toBool())
                sql << QStringLiteral("GRANT %1 ON %2 TO %3")
                           .arg(QLatin1String(g.privileges), QLatin1String(g.table), group);
        }
        // An import that keeps the exported query ids moves their identities past them.
        for (const char *table : {"queries", "query_messages"})
            sql << QStringLiteral("DO $do$ BEGIN IF to_regclass('%1') IS NOT NULL THEN EXECUTE"
                                  " format('GRANT UPDATE ON SEQUENCE %s TO %s',"
                                  " pg_get_serial_sequence('%1', 'id'), %2); END IF; END $do$")
                       .arg(QLatin1String(table), quoteLiteral(group));
    } else {
        report->notes << QStringLiteral("the group role %1 does not exist and %2 may not create "
                                        "roles: a database administrator runs CREATE ROLE %1 "
                                        "NOLOGIN; then %2 runs init --server again")
                             .arg(group, report->owner);
    }
    for (const QString &statement : std::as_const(sql)) {
        if (!one(q, statement, error))
            return false;
    }
    return true;
}

QString addLoginStatement(const QString &login, const QString &group)
{
    return QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '…' IN ROLE %2;")
        .arg(quoteIdentifier(login), quoteIdentifier(group));
}

bool createLogin(const QSqlDatabase &db, const QString &login, const QString &password,
                 const QString &group, QString *error)
{
    QSqlQuery q(db);
    bool exists = false;
    if (!roleExists(q, login, &exists, error))
        return false;
    if (exists) {
        *error = QStringLiteral("the role %1 exists already").arg(quoteIdentifier(login));
        return false;
    }
    // A utility statement takes no bound parameter: the password goes in as a quoted literal.
    if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE"
                               " PASSWORD %2 IN ROLE %3")
                    .arg(quoteIdentifier(login), quoteLiteral(password), quoteIdentifier(group)))) {
        // The server's message never repeats the statement, so the password stays out of it.
        *error = q.lastError().databaseText().trimmed();
        return false;
    }
    return true;
}

}  // namespace trialcrf::ServerRoles
