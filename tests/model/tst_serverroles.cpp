// SPDX-License-Identifier: Apache-2.0
// Least privilege on a server: the product's connection is a workstation login that may save,
// but may not change the schema nor change or delete the append-only tables, and nothing is
// left for PUBLIC. Runs as tst_serverroles_pg; on a file only what a file has.
#include "storage/migrations.h"
#include "storage/serverroles.h"
#include "testserver.h"
#include "teststudy.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QtTest>

using namespace trialcrf;
using fixtures::execPortable;

namespace {

constexpr const char kPermissionDenied[] = "42501";  // insufficient_privilege

#define TRIALCRF_SERVER_ONLY()                                                                 \
    do {                                                                                       \
        if (!fixtures::onTestServer())                                                         \
            QSKIP("about a server's roles: runs as tst_serverroles_pg");                       \
    } while (false)

}  // namespace

class TestServerRoles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theGroupIsNamedAfterTheDatabase();
    void everyTableHasItsGrant();
    void theAppsLoginIsAWorkstation();
    void theAuditTrailRefusesChangeByPermission();
    void theSchemaCannotBeChanged();
    void nothingIsLeftForPublic();
    void grantsAreReappliedIdempotently();
    void aSuperuserIsRefusedUnlessAllowed();
    void aWorkstationCannotUpgradeAnOlderSchema();

private:
    std::unique_ptr<fixtures::TestStudy> m_study;
    /// Runs `sql` on the product's (workstation) connection; the SQLSTATE when it fails.
    QString refusal(const QString &sql);
};

// One study for the whole case (each costs a database and its migrations); the test that
// takes its version back runs last.
void TestServerRoles::initTestCase()
{
    m_study = std::make_unique<fixtures::TestStudy>();
    QVERIFY2(m_study->isValid(), qPrintable(m_study->error()));
}

void TestServerRoles::cleanupTestCase()
{
    m_study.reset();
}

QString TestServerRoles::refusal(const QString &sql)
{
    QSqlQuery q(m_study->database().connection());
    if (q.exec(sql))
        return QStringLiteral("allowed");
    return q.lastError().nativeErrorCode();
}

void TestServerRoles::theGroupIsNamedAfterTheDatabase()
{
    QCOMPARE(ServerRoles::groupRole(QStringLiteral("ucmsc")), QStringLiteral("ucmsc_workstations"));
    // Role names hold 63 bytes: two long names that share their start stay two groups.
    const QString longA = QString(60, QLatin1Char('a')) + QLatin1Char('1');
    const QString longB = QString(60, QLatin1Char('a')) + QLatin1Char('2');
    QVERIFY(ServerRoles::groupRole(longA).toUtf8().size() <= 63);
    QVERIFY(ServerRoles::groupRole(longB).toUtf8().size() <= 63);
    QVERIFY(ServerRoles::groupRole(longA) != ServerRoles::groupRole(longB));
    const QString chinese = QString(30, QChar(0x7814));  // 3 bytes each in UTF-8
    QVERIFY(ServerRoles::groupRole(chinese).toUtf8().size() <= 63);
    QCOMPARE(ServerRoles::quoteIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
}

void TestServerRoles::everyTableHasItsGrant()
{
    // A table a later migration adds gets SELECT only until it is listed: this says so.
    QSet<QString> listed;
    for (const ServerRoles::TableGrant &g : ServerRoles::tableGrants())
        listed << QLatin1String(g.table);
    QSqlQuery q(m_study->database().connection());
    const bool server = m_study->database().isServer();
    QVERIFY(q.exec(server ? QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables"
                                           " WHERE schemaname = current_schema()")
                          : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " AND name NOT LIKE 'sqlite_%'")));
    int tables = 0;
    while (q.next()) {
        ++tables;
        QVERIFY2(listed.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
    }
    QVERIFY(tables >= 17);
}

void TestServerRoles::theAppsLoginIsAWorkstation()
{
    TRIALCRF_SERVER_ONLY();
    QSqlQuery q(m_study->database().connection());
    q.prepare(QStringLiteral("SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls,"
                             " pg_has_role(current_user, ?, 'MEMBER')"
                             " FROM pg_roles WHERE rolname = current_user"));
    q.addBindValue(ServerRoles::groupRole(m_study->database().location().databaseName()));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toBool(), false);
    QCOMPARE(q.value(1).toBool(), false);
    QCOMPARE(q.value(2).toBool(), false);
    QCOMPARE(q.value(3).toBool(), false);
    QCOMPARE(q.value(4).toBool(), true);
    // The tables belong to someone else: the owner.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname ="
                                  " current_schema() AND tableowner = current_user")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestServerRoles::theAuditTrailRefusesChangeByPermission()
{
    TRIALCRF_SERVER_ONLY();
    // Not only the trigger: with the owner's triggers gone, the grants still refuse.
    QSqlQuery owner(m_study->database().connection());
    for (const char *trigger : {"audit_log_no_update", "audit_log_no_delete",
                                "audit_anchor_no_delete", "signatures_no_update",
                                "signatures_no_delete", "users_no_delete"})
        QVERIFY(execPortable(owner, QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
    for (const char *sql : {"UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log",
                            "TRUNCATE audit_log", "DELETE FROM audit_anchor",
                            "UPDATE signatures SET visit = 'x'", "DELETE FROM signatures",
                            "UPDATE sdv_marks SET record_key = 'x'", "DELETE FROM query_messages",
                            "UPDATE lock_manifests SET signer_user_name = 'x'",
                            "DELETE FROM users", "DELETE FROM subjects",
                            "UPDATE trialcrf_schema SET version = 1"})
        QVERIFY2(refusal(QLatin1String(sql)) == QLatin1String(kPermissionDenied), sql);
}

void TestServerRoles::theSchemaCannotBeChanged()
{
    TRIALCRF_SERVER_ONLY();
    for (const char *sql :
         {"CREATE TABLE evil (id integer)",
          "ALTER TABLE subjects ADD COLUMN evil integer", "DROP TABLE audit_log",
          "ALTER TABLE queries DISABLE TRIGGER queries_no_delete",
          "ALTER TABLE audit_log DISABLE TRIGGER ALL",
          "DROP TRIGGER vital_signs_set_once ON vital_signs",
          "CREATE OR REPLACE FUNCTION trialcrf_refuse() RETURNS trigger LANGUAGE plpgsql"
          " AS $$ BEGIN RETURN NEW; END $$",
          "CREATE FUNCTION evil() RETURNS integer LANGUAGE sql AS 'SELECT 1'",
          "SET session_replication_role = replica", "CREATE SCHEMA evil",
          "CREATE DATABASE evil", "CREATE ROLE evil"})
        QVERIFY2(refusal(QLatin1String(sql)) == QLatin1String(kPermissionDenied), sql);
    // A grant nobody holds is a warning, not an error, in PostgreSQL: it changes nothing.
    refusal(QStringLiteral("GRANT DELETE ON audit_log TO PUBLIC"));
    QSqlQuery q(m_study->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT has_table_privilege('audit_log', 'DELETE')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toBool(), false);
}

void TestServerRoles::nothingIsLeftForPublic()
{
    TRIALCRF_SERVER_ONLY();
    QSqlQuery q(m_study->database().connection());
    // grantee 0 is PUBLIC; a NULL list means the defaults, which give PUBLIC rights.
    const char *const checks[] = {
        "SELECT count(*) FROM pg_class c, aclexplode(coalesce(c.relacl, acldefault("
        "CASE WHEN c.relkind = 'S' THEN 's'::\"char\" ELSE 'r'::\"char\" END, c.relowner))) a"
        " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'S')"
        " AND a.grantee = 0",
        "SELECT count(*) FROM pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f',"
        " p.proowner))) a WHERE p.pronamespace = current_schema()::regnamespace AND a.grantee = 0",
        "SELECT count(*) FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n',"
        " n.nspowner))) a WHERE n.oid = current_schema()::regnamespace AND a.grantee = 0",
        "SELECT count(*) FROM pg_database d, aclexplode(coalesce(d.datacl, acldefault('d',"
        " d.datdba))) a WHERE d.datname = current_database() AND a.grantee = 0",
    };
    for (const char *sql : checks) {
        QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() == 0, sql);
    }
}

void TestServerRoles::grantsAreReappliedIdempotently()
{
    TRIALCRF_SERVER_ONLY();
    const StudyLocation owner = fixtures::ownerOf(m_study->database().location());
    const QString group = ServerRoles::groupRole(owner.databaseName());
    QSqlQuery q(m_study->database().connection());
    QVERIFY(execPortable(q, QStringLiteral("REVOKE INSERT ON audit_log FROM \"%1\"").arg(group)));
    QVERIFY(execPortable(q, QStringLiteral("GRANT DELETE ON signatures TO \"%1\"").arg(group)));
    Database db;
    db.allowSuperuser(true);
    QVERIFY2(db.open(owner, Database::OpenMode::ExistingOnly), qPrintable(db.errorString()));
    for (int i = 0; i < 2; ++i) {
        ServerRoles::Report report;
        QString error;
        QVERIFY2(Migrations::applyGrants(db.connection(), &report, &error), qPrintable(error));
        QCOMPARE(report.group, group);
        QVERIFY(report.groupExists);
        QVERIFY(!report.groupCreated);
        QVERIFY2(report.notes.isEmpty(), qPrintable(report.notes.join(QLatin1Char('\n'))));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT has_table_privilege('audit_log', 'INSERT'),"
                                  " has_table_privilege('signatures', 'DELETE')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toBool(), true);
    QCOMPARE(q.value(1).toBool(), false);
    // The workstation still writes (every save of the _pg suites runs as one too).
    QVERIFY(m_study->database().setMeta(QStringLiteral("site"), QStringLiteral("广州")));
    QVERIFY(m_study->database().setMeta(QStringLiteral("site"), QStringLiteral("北京")));
}

void TestServerRoles::aSuperuserIsRefusedUnlessAllowed()
{
    TRIALCRF_SERVER_ONLY();
    const StudyLocation owner = fixtures::ownerOf(m_study->database().location());
    {
        Database db;
        QVERIFY(!db.open(owner));
        QCOMPARE(db.status(), Database::Status::Superuser);
        QVERIFY2(db.errorString().contains(QLatin1String("superuser")), qPrintable(db.errorString()));
        QVERIFY(!db.isOpen());
    }
    Database db;
    db.allowSuperuser(true);
    QVERIFY2(db.open(owner), qPrintable(db.errorString()));
}

void TestServerRoles::aWorkstationCannotUpgradeAnOlderSchema()
{
    TRIALCRF_SERVER_ONLY();
    const StudyLocation workstation = m_study->database().location();
    {
        QSqlQuery q(m_study->database().connection());
        QVERIFY(execPortable(q, QStringLiteral("PRAGMA user_version = %1")
                                    .arg(Database::currentSchemaVersion() - 1)));
    }
    m_study.reset();
    for (const Database::OpenMode mode :
         {Database::OpenMode::CreateOrMigrate, Database::OpenMode::ExistingOnly}) {
        Database db;
        QVERIFY(!db.open(workstation, mode));
        QCOMPARE(db.status(), Database::Status::OlderSchema);
        QVERIFY2(db.errorString().contains(QLatin1String("only its owner")),
                 qPrintable(db.errorString()));
    }
    // Nothing changed: the owner still finds the older version.
    Database owner;
    owner.allowSuperuser(true);
    QVERIFY(owner.open(fixtures::ownerOf(workstation), Database::OpenMode::ReadOnly) == false);
    QCOMPARE(owner.status(), Database::Status::OlderSchema);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
