// SPDX-License-Identifier: Apache-2.0
// The roles of a study on a server, through the CLI: `init --server` as the owner says which
// role does what and how to add a workstation login, or adds one (--workstation-login, the
// password never on the command line); the commands that save refuse a superuser; a
// workstation login cannot upgrade an older study. Runs as tst_cli_roles_pg.
#include "processrun.h"
#include "storage/database.h"
#include "storage/serverroles.h"
#include "testserver.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using trialcrf::StudyLocation;
using trialcrf::fixtures::ProcessRun;

namespace {

ProcessRun cli(const QStringList &args, const QMap<QString, QString> &env = {})
{
    return trialcrf::fixtures::runProgram(QStringLiteral(TRIALCRF_CLI), args, env);
}

#define TRIALCRF_SERVER_ONLY()                                                                 \
    do {                                                                                       \
        if (!trialcrf::fixtures::onTestServer())                                               \
            QSKIP("about a server's roles: runs as tst_cli_roles_pg");                         \
    } while (false)

}  // namespace

class TestCliRoles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aWorkstationLoginNeedsAServer();
    void initExplainsTheRoles();
    void initCreatesAWorkstationLogin();
    void savingCommandsRefuseASuperuser();
    void aWorkstationCannotUpgrade();

private:
    QTemporaryDir m_dir;
};

void TestCliRoles::aWorkstationLoginNeedsAServer()
{
    const ProcessRun r = cli({QStringLiteral("init"), QStringLiteral("--db"),
                              m_dir.filePath(QStringLiteral("file.db")),
                              QStringLiteral("--workstation-login"), QStringLiteral("pc1")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--workstation-login needs --server")), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("file.db"))));
}

void TestCliRoles::initExplainsTheRoles()
{
    TRIALCRF_SERVER_ONLY();
    const StudyLocation owner = trialcrf::fixtures::ownerStudyAt(m_dir.filePath(QStringLiteral("a.db")));
    const ProcessRun r = cli({QStringLiteral("init"), QStringLiteral("--server"), owner.toString()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString group = trialcrf::ServerRoles::groupRole(owner.databaseName());
    QVERIFY2(r.out.contains(QStringLiteral("\"%1\" (a group, no login)").arg(group)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("CREATE ROLE \"%1_infusion_pc\" LOGIN PASSWORD '…' IN ROLE \"%2\";")
                                .arg(owner.databaseName(), group)),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("--workstation-login NAME")), qPrintable(r.out));
    // Again: idempotent, and the group is not made twice.
    const ProcessRun again = cli({QStringLiteral("init"), QStringLiteral("--server"), owner.toString()});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY2(!again.out.contains(QLatin1String("created.")), qPrintable(again.out));
}

void TestCliRoles::initCreatesAWorkstationLogin()
{
    TRIALCRF_SERVER_ONLY();
    const StudyLocation owner = trialcrf::fixtures::ownerStudyAt(m_dir.filePath(QStringLiteral("b.db")));
    const QString login = owner.databaseName() + QLatin1String("_pc");
    const QString secret = QStringLiteral("Workstation-Secret-1");
    const QStringList args = {QStringLiteral("init"), QStringLiteral("--server"), owner.toString(),
                              QStringLiteral("--admin"), QStringLiteral("dm.zhao"),
                              QStringLiteral("--workstation-login"), login};
    const QMap<QString, QString> env{{QStringLiteral("TRIALCRF_PASSWORD"), QStringLiteral("Tr1al-crf-password")},
                                     {QStringLiteral("TRIALCRF_WORKSTATION_PASSWORD"), secret}};
    const ProcessRun short_ = cli(args, {{QStringLiteral("TRIALCRF_PASSWORD"), QStringLiteral("Tr1al-crf-password")},
                                         {QStringLiteral("TRIALCRF_WORKSTATION_PASSWORD"), QStringLiteral("short")}});
    QCOMPARE(short_.code, 1);
    QVERIFY2(short_.err.contains(QLatin1String("12 characters")), qPrintable(short_.err));
    const ProcessRun r = cli(args, env);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Workstation login \"%1\" created").arg(login)), qPrintable(r.out));
    QVERIFY(!QString(r.out + r.err).contains(secret));
    // The login is a member of the group, with the password given (stored as a SCRAM verifier).
    StudyLocation workstation = owner;
    workstation.setUserName(login);
    const ProcessRun summary = cli({QStringLiteral("summary"), QStringLiteral("--server"), workstation.toString()});
    QVERIFY2(summary.code == 0, qPrintable(summary.err));
    QString error;
    QVERIFY2(trialcrf::fixtures::runOnTestServer(
                 QStringLiteral("DO $do$ BEGIN IF NOT (pg_has_role('%1', '%2', 'MEMBER') AND"
                                " (SELECT rolpassword LIKE 'SCRAM-SHA-256$%%' FROM pg_authid WHERE"
                                " rolname = '%1') AND NOT (SELECT rolsuper FROM pg_roles WHERE"
                                " rolname = '%1')) THEN RAISE EXCEPTION 'wrong login'; END IF; END $do$")
                     .arg(login, trialcrf::ServerRoles::groupRole(owner.databaseName())),
                 &error),
             qPrintable(error));
    // A second time the login exists: refused, nothing changed.
    const ProcessRun twice = cli({QStringLiteral("init"), QStringLiteral("--server"), owner.toString(),
                                  QStringLiteral("--workstation-login"), login}, env);
    QCOMPARE(twice.code, 1);
    QVERIFY2(twice.err.contains(QLatin1String("exists already")), qPrintable(twice.err));
    QVERIFY(trialcrf::fixtures::runOnTestServer(QStringLiteral("DROP ROLE \"%1\"").arg(login), &error));
}

void TestCliRoles::savingCommandsRefuseASuperuser()
{
    TRIALCRF_SERVER_ONLY();
    const StudyLocation workstation = trialcrf::fixtures::studyAt(m_dir.filePath(QStringLiteral("c.db")));
    const StudyLocation owner = trialcrf::fixtures::ownerOf(workstation);
    for (const QStringList &command :
         {QStringList{QStringLiteral("summary")}, QStringList{QStringLiteral("user"), QStringLiteral("--as"),
                                                              QStringLiteral("dm"), QStringLiteral("disable"),
                                                              QStringLiteral("nobody")}}) {
        QStringList args = {command.first(), QStringLiteral("--server"), owner.toString()};
        args += command.mid(1);
        const ProcessRun r = cli(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("is a PostgreSQL superuser")), qPrintable(r.err));
        QVERIFY2(r.err.contains(trialcrf::ServerRoles::groupRole(owner.databaseName())), qPrintable(r.err));
    }
    // The owner's and the read-only commands take it.
    const ProcessRun verify = cli({QStringLiteral("verify"), QStringLiteral("--server"), owner.toString()});
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
    const ProcessRun asWorkstation = cli({QStringLiteral("summary"), QStringLiteral("--server"), workstation.toString()});
    QVERIFY2(asWorkstation.code == 0, qPrintable(asWorkstation.err));
}

void TestCliRoles::aWorkstationCannotUpgrade()
{
    TRIALCRF_SERVER_ONLY();
    const StudyLocation workstation = trialcrf::fixtures::studyAt(m_dir.filePath(QStringLiteral("d.db")));
    QString error;
    {
        trialcrf::Database db;
        QVERIFY(db.open(workstation));
        QSqlQuery q(db.connection());
        QVERIFY(trialcrf::fixtures::execPortable(
            q, QStringLiteral("PRAGMA user_version = %1").arg(trialcrf::Database::currentSchemaVersion() - 1)));
    }
    for (const QString &command : {QStringLiteral("summary"), QStringLiteral("init")}) {
        const ProcessRun r = cli({command, QStringLiteral("--server"), workstation.toString()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("only the database's owner can run")), qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(TestCliRoles)
#include "tst_cli_roles.moc"
