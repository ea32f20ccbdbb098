// SPDX-License-Identifier: Apache-2.0
// Database on a PostgreSQL server (declared in database.h): the QPSQL connection, its session
// settings, SQLSTATE → Status, and what the file checks mean on a server.
#include "storage/database.h"

#include "storage/sqldialect.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

namespace trialcrf {

namespace {

/// How long a statement waits for a lock another workstation holds before it gives up with
/// Locked: SQLite's busy timeout, the same 5 s.
constexpr int kLockTimeoutMs = 5000;

}  // namespace

Database::Status Database::statusForSqlState(const QString &state)
{
    if (state == QLatin1String("55P03")      // lock_not_available (lock_timeout)
        || state == QLatin1String("40001")   // serialization_failure
        || state == QLatin1String("40P01"))  // deadlock_detected
        return Status::Locked;
    if (state == QLatin1String("25006"))  // read_only_sql_transaction
        return Status::ReadOnly;
    if (state == QLatin1String("28P01") || state == QLatin1String("28000"))
        return Status::LoginRefused;  // invalid_password, invalid_authorization_specification
    if (state == QLatin1String("3D000"))  // invalid_catalog_name: no such database
        return Status::NotFound;
    if (state.startsWith(QLatin1String("08"))  // connection_exception
        || state == QLatin1String("57P01") || state == QLatin1String("57P03"))
        return Status::Unreachable;  // the server is shutting down or not yet accepting
    return Status::Error;
}

/// QPSQL reports no SQLSTATE for a connection that fails (libpq has no result to read it
/// from, only its message): the server's refusal is told from the unreachable server by
/// libpq's and the server's own wording, the one place that reads text.
Database::Status Database::statusForConnectFailure(const QSqlError &error)
{
    if (error.nativeErrorCode().size() == 5)
        return statusForSqlState(error.nativeErrorCode());
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    auto has = [&text](const char *words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (has("authentication failed") || has("pg_hba.conf") || has("no password supplied")
        || (has("role \"") && has("does not exist")) || has("permission denied"))
        return Status::LoginRefused;
    if (has("database \"") && has("does not exist"))
        return Status::NotFound;
    return Status::Unreachable;
}

bool Database::openServer(OpenMode mode)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid())
            return fail(Status::Error,
                        QStringLiteral("%1: Qt's PostgreSQL driver (QPSQL) is not installed")
                            .arg(m_path));
        db.setHostName(m_location.host());
        if (m_location.port() > 0)
            db.setPort(m_location.port());
        db.setDatabaseName(m_location.databaseName());
        db.setUserName(m_location.userName());
        db.setPassword(m_location.password());
        db.setConnectOptions(m_location.connectOptions());
        if (!db.open()) {
            const QSqlError error = db.lastError();
            const Status s = statusForConnectFailure(error);
            QString why;
            switch (s) {
            case Status::LoginRefused:
                why = QStringLiteral("the server refused the login");
                break;
            case Status::NotFound:
                why = QStringLiteral("the server has no such database");
                break;
            default:
                why = QStringLiteral("cannot reach the server");
                break;
            }
            return fail(s, QStringLiteral("%1: %2: %3").arg(m_path, why, describe(error)));
        }
    }
    QSqlQuery q(connection());
    // Text is UTF-8 both ways; timestamps the server makes are UTC (the app writes its own,
    // as ISO text); a lock held elsewhere is waited for as long as SQLite's busy timeout.
    const QString settings[] = {
        QStringLiteral("SET client_encoding = 'UTF8'"),
        QStringLiteral("SET TIME ZONE 'UTC'"),
        QStringLiteral("SET lock_timeout = %1").arg(kLockTimeoutMs),
        // Doubles go out in their shortest exact form, so they read back bit for bit.
        QStringLiteral("SET extra_float_digits = 1"),
        // The server's notices (CREATE … IF NOT EXISTS that skipped) are no one's business.
        QStringLiteral("SET client_min_messages = warning"),
    };
    for (const QString &sql : settings) {
        if (!q.exec(sql))
            return failSql(QStringLiteral("cannot set up the session"), q.lastError());
    }
    bool superuser = false;
    if (!checkServerLogin(&superuser))
        return false;

    // Read the version before anything may write: a newer database must stay untouched.
    QString why;
    const int version = SqlDialect::readSchemaVersion(connection(), &why);
    const int objects = version < 0 ? -1 : SqlDialect::objectCount(connection(), &why);
    if (version < 0 || objects < 0)
        return fail(Status::Error,
                    QStringLiteral("%1: cannot read the schema version: %2").arg(m_path, why));
    if (version > currentSchemaVersion())
        return fail(Status::NewerSchema,
                    QStringLiteral("%1: the database has schema version %2, newer than this "
                                   "trialcrf knows (%3); open it with a newer trialcrf")
                        .arg(m_path)
                        .arg(version)
                        .arg(currentSchemaVersion()));
    if (version == 0 && objects > 0)
        return fail(Status::Corrupt,
                    QStringLiteral("%1: the database holds tables, but is not a trialcrf study")
                        .arg(m_path));
    if (m_readOnly && version < currentSchemaVersion())
        return fail(Status::OlderSchema,
                    QStringLiteral("%1: the database needs an upgrade (schema %2 → %3), which "
                                   "a read-only open cannot do")
                        .arg(m_path)
                        .arg(version)
                        .arg(currentSchemaVersion()));
    if (mode == OpenMode::ExistingOnly && version == 0)
        return fail(Status::NotFound,
                    QStringLiteral("%1: the database is empty, not a study").arg(m_path));
    if (m_readOnly
        && !q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
        return failSql(QStringLiteral("cannot set up the session"), q.lastError());
    q.finish();
    if (version < currentSchemaVersion() && !superuser) {
        QString why;
        if (!mayMigrateServer(&why))
            return fail(Status::OlderSchema,
                        QStringLiteral("%1: the database needs an upgrade (schema %2 → %3) that "
                                       "only its owner can run ('trialcrf-cli init --server' as "
                                       "the owner); this login may not change the schema (%4)")
                            .arg(m_path)
                            .arg(version)
                            .arg(currentSchemaVersion())
                            .arg(why));
    }
    if (version < currentSchemaVersion() && !migrate())
        return false;
    return true;
}

namespace {

/// SQLite's foreign_key_check on the server: a session that set session_replication_role
/// to replica skips the foreign-key triggers, so rows can point nowhere although every
/// constraint is validated. Each foreign key's rows without their referenced row, in
/// foreign_key_check's words.
QStringList foreignKeyProblems(const QSqlDatabase &connection)
{
    struct ForeignKey {
        QString table, parent;
        QStringList columns, parentColumns;
        bool hasId = false;
    };
    QList<ForeignKey> keys;
    QSqlQuery q(connection);
    const QString columnsOf = QStringLiteral(
        "array_to_string(ARRAY(SELECT quote_ident(a.attname::text) FROM unnest(c.%1)"
        " WITH ORDINALITY k(n, i) JOIN pg_catalog.pg_attribute a ON a.attrelid = c.%2"
        " AND a.attnum = k.n ORDER BY k.i), ',')");
    if (!q.exec(QStringLiteral(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text, %1, %2,"
            " EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.conrelid"
            " AND a.attname = 'id' AND NOT a.attisdropped)"
            " FROM pg_catalog.pg_constraint c"
            " JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace"
            " WHERE n.nspname = current_schema() AND c.contype = 'f' ORDER BY 1, c.conname")
                    .arg(columnsOf.arg(QStringLiteral("conkey"), QStringLiteral("conrelid")),
                         columnsOf.arg(QStringLiteral("confkey"), QStringLiteral("confrelid")))))
        return {QStringLiteral("foreign key check failed: ") + Database::describe(q.lastError())};
    while (q.next())
        keys.append({q.value(0).toString(), q.value(1).toString(),
                     q.value(2).toString().split(QLatin1Char(',')),
                     q.value(3).toString().split(QLatin1Char(',')), q.value(4).toBool()});
    QStringList problems;
    for (const ForeignKey &k : std::as_const(keys)) {
        QStringList set, match;
        for (qsizetype i = 0; i < k.columns.size(); ++i) {
            set << QStringLiteral("c.%1 IS NOT NULL").arg(k.columns.at(i));
            match << QStringLiteral("p.%1 = c.%2").arg(k.parentColumns.value(i), k.columns.at(i));
        }
        const QString row = k.hasId ? QStringLiteral("c.id::text") : QStringLiteral("c.ctid::text");
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 c WHERE %3 AND NOT EXISTS (SELECT 1 FROM %4"
                                   " p WHERE %5) ORDER BY 1")
                        .arg(row, k.table, set.join(QLatin1String(" AND ")), k.parent,
                             match.join(QLatin1String(" AND ")))))
            return problems << QStringLiteral("foreign key check failed: ") + Database::describe(q.lastError());
        while (q.next())
            problems << QStringLiteral("%1 row %2 refers to a missing %3 row")
                            .arg(k.table, q.value(0).toString(), k.parent);
    }
    return problems;
}

}  // namespace
bool Database::checkServerLogin(bool *superuser)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT current_user, rolsuper FROM pg_catalog.pg_roles"
                               " WHERE rolname = current_user"))
        || !q.next())
        return failSql(QStringLiteral("cannot read the login's attributes"), q.lastError());
    *superuser = q.value(1).toBool();
    if (*superuser && !m_superuserAllowed)
        return fail(Status::Superuser,
                    QStringLiteral("%1: the database login %2 is a superuser, which passes every "
                                   "grant; the app connects as a workstation login (see "
                                   "'trialcrf-cli init --server')")
                        .arg(m_path, q.value(0).toString()));
    return true;
}

bool Database::mayMigrateServer(QString *why)
{
    // Migrations create tables in the schema and alter the ones its owner made: CREATE on the
    // schema, and membership in the role that owns the version table once there is one.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral(
            "SELECT has_schema_privilege(current_schema(), 'CREATE'),"
            " coalesce((SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_catalog.pg_class c"
            " WHERE c.oid = to_regclass('trialcrf_schema')), true)"))
        || !q.next()) {
        *why = describe(q.lastError());
        return false;
    }
    if (!q.value(0).toBool()) {
        *why = QStringLiteral("no CREATE on the schema");
        return false;
    }
    if (!q.value(1).toBool()) {
        *why = QStringLiteral("it does not own the study's tables");
        return false;
    }
    return true;
}

QStringList Database::serverIntegrityProblems() const
{
    // The server keeps its pages and enforces foreign keys itself; what a check can still
    // find is a constraint left unvalidated or a refusal trigger someone switched off.
    QStringList problems;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral(
            "SELECT c.conrelid::regclass::text, c.conname FROM pg_catalog.pg_constraint c"
            " JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace"
            " WHERE n.nspname = current_schema() AND NOT c.convalidated ORDER BY 1, 2")))
        return {QStringLiteral("constraint check failed: ") + describe(q.lastError())};
    while (q.next())
        problems << QStringLiteral("%1: constraint %2 is not validated")
                        .arg(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(QStringLiteral(
            "SELECT t.tgrelid::regclass::text, t.tgname FROM pg_catalog.pg_trigger t"
            " JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
            " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND t.tgenabled = 'D'"
            " ORDER BY 1, 2")))
        return problems << QStringLiteral("trigger check failed: ") + describe(q.lastError());
    while (q.next())
        problems << QStringLiteral("%1: trigger %2 is disabled")
                        .arg(q.value(0).toString(), q.value(1).toString());
    return problems + foreignKeyProblems(connection());
}

QStringList Database::serverQuickCheckProblems() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT 1")) || !q.next())
        return {QStringLiteral("the server does not answer: ") + describe(q.lastError())};
    return {};
}

}  // namespace trialcrf
