// SPDX-License-Identifier: Apache-2.0
// Where a command's study is: every command takes --db FILE or --server URL, exactly one of
// them. Both, neither, a malformed URL and a URL holding a password are usage errors (exit
// 2, one line naming the problem, the password never echoed); commands that only make sense
// for a file refuse a server the same way; a server that does not answer is a failure (exit
// 1) that names the location by user@host/database, never by a password. As
// tst_cli_location_pg, init, summary, migrate, backup and restore run on the throw-away
// server ctest starts.
#include "testserver.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

/// Runs trialcrf-cli without a terminal (its own session), so nothing can prompt.
Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"TRIALCRF_PASSWORD", "TRIALCRF_AS_PASSWORD", "TRIALCRF_DB_PASSWORD",
                             "PGPASSWORD", "PGSERVICE", "PGHOST"})
        e.remove(QLatin1String(name));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral(TRIALCRF_CLI), args);
    p.waitForFinished(-1);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QStringList kCommands = {
    QStringLiteral("init"),   QStringLiteral("demo"),    QStringLiteral("verify"),
    QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("user"),
    QStringLiteral("summary"), QStringLiteral("export"), QStringLiteral("import"),
    QStringLiteral("report"), QStringLiteral("lock"),    QStringLiteral("migrate"),
};

}  // namespace

class TestCliLocation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyCommandOffersBoth_data();
    void everyCommandOffersBoth();
    void optionRulesExitTwo_data();
    void optionRulesExitTwo();
    void fileOnlyCommandsRefuseAServer_data();
    void fileOnlyCommandsRefuseAServer();
    void silentServerFailsWithoutThePassword();
    void realServerInitAndSummary();
    void realServerMigrateAndBackup();
    void realServerRestore();
};

void TestCliLocation::everyCommandOffersBoth_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : kCommands)
        QTest::newRow(qPrintable(command)) << command;
}

void TestCliLocation::everyCommandOffersBoth()
{
    QFETCH(QString, command);
    const Run r = cli({command, QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("--db <FILE>")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("--server <URL>")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("TRIALCRF_DB_PASSWORD")), qPrintable(r.out));
}

void TestCliLocation::optionRulesExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString server = QStringLiteral("--server");
    const QString db = QStringLiteral("--db");
    QTest::newRow("both") << QStringList{QStringLiteral("summary"), db, QStringLiteral("x.db"),
                                         server, QStringLiteral("postgresql://h/study")}
                          << QStringLiteral("give --db FILE or --server URL, not both.");
    QTest::newRow("neither") << QStringList{QStringLiteral("summary")}
                             << QStringLiteral("--db FILE or --server URL is required.");
    QTest::newRow("neither, import (shared user-target parsing)")
        << QStringList{QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("dm"),
                       QStringLiteral("folder")}
        << QStringLiteral("--db FILE or --server URL is required.");
    QTest::newRow("both, user")
        << QStringList{QStringLiteral("user"), db, QStringLiteral("x.db"), server,
                       QStringLiteral("postgresql://h/study"), QStringLiteral("--as"),
                       QStringLiteral("dm"), QStringLiteral("disable"), QStringLiteral("bob")}
        << QStringLiteral("not both");
    QTest::newRow("not a postgresql URL")
        << QStringList{QStringLiteral("verify"), server, QStringLiteral("mysql://h/study")}
        << QStringLiteral("--server: mysql://h/study: not a server URL");
    QTest::newRow("no database")
        << QStringList{QStringLiteral("verify"), server, QStringLiteral("postgresql://h")}
        << QStringLiteral("must name one database");
    QTest::newRow("bad port")
        << QStringList{QStringLiteral("export"), server, QStringLiteral("postgresql://h:0/study"),
                       QStringLiteral("out")}
        << QStringLiteral("the port must be a number from 1 to 65535");
    QTest::newRow("unknown parameter")
        << QStringList{QStringLiteral("init"), server,
                       QStringLiteral("postgresql://h/study?sslmod=require")}
        << QStringLiteral("unknown connection parameter \"sslmod\"");
    QTest::newRow("bad sslmode")
        << QStringList{QStringLiteral("init"), server,
                       QStringLiteral("postgresql://h/study?sslmode=always")}
        << QStringLiteral("sslmode must be one of");
    QTest::newRow("password in the URL")
        << QStringList{QStringLiteral("summary"), server,
                       QStringLiteral("postgresql://ann:Sesame-Secret-1@h/study")}
        << QStringLiteral("a password does not belong in the server URL");
    QTest::newRow("password as a parameter")
        << QStringList{QStringLiteral("lock"), QStringLiteral("--check"), server,
                       QStringLiteral("postgresql://ann@h/study?password=Sesame-Secret-1")}
        << QStringLiteral("a password does not belong in the server URL");
}

void TestCliLocation::optionRulesExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(QDir::setCurrent(dir.path()));
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--help")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("Sesame-Secret-1")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestCliLocation::fileOnlyCommandsRefuseAServer_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString url = QStringLiteral("postgresql://dm@h/study");
    QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--server"), url}
                          << QStringLiteral("--server: demo builds a new study file");
}

void TestCliLocation::fileOnlyCommandsRefuseAServer()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(QDir::setCurrent(dir.path()));
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestCliLocation::silentServerFailsWithoutThePassword()
{
    // A socket folder with nothing in it: no server answers there.
    QTemporaryDir empty;
    const QString url = QStringLiteral("postgresql://ann@/study?host=%1").arg(empty.path());
    const Run r = cli({QStringLiteral("summary"), QStringLiteral("--server"), url},
                      {{QStringLiteral("TRIALCRF_DB_PASSWORD"), QStringLiteral("Sesame-Secret-1")}});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("trialcrf-cli: cannot open ann@%1/study: ")
                                  .arg(empty.path())),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("Sesame-Secret-1")), qPrintable(r.err));
    QVERIFY(QDir(empty.path()).isEmpty());
}

void TestCliLocation::realServerInitAndSummary()
{
    if (!trialcrf::fixtures::onTestServer())
        QSKIP("runs as tst_cli_location_pg, against the throw-away server ctest starts");
    QTemporaryDir dir;
    // init is the owner's; the app and summary connect as a workstation login.
    const trialcrf::StudyLocation owner =
        trialcrf::fixtures::ownerStudyAt(dir.filePath(QStringLiteral("cli.db")));
    QVERIFY(owner.isServer());
    const QMap<QString, QString> env{
        {QStringLiteral("TRIALCRF_DB_PASSWORD"), QStringLiteral("Sesame-Secret-1")}};
    const Run init = cli({QStringLiteral("init"), QStringLiteral("--server"), owner.toString()}, env);
    QVERIFY2(init.code == 0, qPrintable(init.err));
    QVERIFY2(init.out.startsWith(owner.displayName() + QLatin1String(": schema version ")),
             qPrintable(init.out));
    const trialcrf::StudyLocation server =
        trialcrf::fixtures::studyAt(dir.filePath(QStringLiteral("cli.db")));
    const QString url = server.toString();
    const Run summary = cli({QStringLiteral("summary"), QStringLiteral("--server"), url}, env);
    QVERIFY2(summary.code == 0, qPrintable(summary.err));
    QVERIFY2(summary.out.contains(server.displayName()), qPrintable(summary.out));
    QVERIFY2(summary.out.contains(QLatin1String("Subjects: 0")), qPrintable(summary.out));
    const QString everything = init.out + init.err + summary.out + summary.err;
    QVERIFY(!everything.contains(QLatin1String("Sesame-Secret-1")));
}

void TestCliLocation::realServerMigrateAndBackup()
{
    if (!trialcrf::fixtures::onTestServer())
        QSKIP("runs as tst_cli_location_pg, against the throw-away server ctest starts");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.db"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--subjects"),
                  QStringLiteral("8"), QStringLiteral("--seed"), QStringLiteral("3")})
                 .code,
             0);
    // migrate is the owner's command.
    const trialcrf::StudyLocation server =
        trialcrf::fixtures::ownerStudyAt(dir.filePath(QStringLiteral("migrated.db")));
    const QString url = server.toString();
    QMap<QString, QString> env{{QStringLiteral("TRIALCRF_DB_PASSWORD"), QStringLiteral("x")},
                               {QStringLiteral("TRIALCRF_PASSWORD"), QStringLiteral("demo-password-1")}};
    // Only a data manager moves a study.
    const Run nurse = cli({QStringLiteral("migrate"), QStringLiteral("--db"), file,
                           QStringLiteral("--server"), url, QStringLiteral("--user"),
                           QStringLiteral("nurse")}, env);
    QCOMPARE(nurse.code, 1);
    QVERIFY2(nurse.err.contains(QLatin1String("only a data manager")), qPrintable(nurse.err));
    const Run migrate = cli({QStringLiteral("migrate"), QStringLiteral("--db"), file,
                             QStringLiteral("--server"), url, QStringLiteral("--user"),
                             QStringLiteral("datamanager")}, env);
    QVERIFY2(migrate.code == 0, qPrintable(migrate.err));
    QVERIFY2(migrate.out.contains(QLatin1String("audit_log\t")), qPrintable(migrate.out));
    // The study verifies on the server, and a second migrate into it is refused.
    const Run verify = cli({QStringLiteral("verify"), QStringLiteral("--server"), url}, env);
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
    const Run again = cli({QStringLiteral("migrate"), QStringLiteral("--db"), file,
                           QStringLiteral("--server"), url, QStringLiteral("--user"),
                           QStringLiteral("datamanager")}, env);
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QLatin1String("already holds a study")), qPrintable(again.err));
    // The server's backup is a study file that verifies and counts what the server holds.
    const QString backup = dir.filePath(QStringLiteral("server-backup.db"));
    const Run written = cli({QStringLiteral("backup"), QStringLiteral("--server"), url, backup}, env);
    QVERIFY2(written.code == 0, qPrintable(written.err));
    const Run verifyBackup = cli({QStringLiteral("verify"), QStringLiteral("--db"), backup});
    QVERIFY2(verifyBackup.code == 0, qPrintable(verifyBackup.out + verifyBackup.err));
    // summary is a workstation's (the owner is the test server's superuser, which it refuses).
    const Run onServer = cli({QStringLiteral("summary"), QStringLiteral("--server"),
                              trialcrf::fixtures::studyAt(dir.filePath(QStringLiteral("migrated.db"))).toString()},
                             env);
    const Run inBackup = cli({QStringLiteral("summary"), QStringLiteral("--db"), backup});
    QCOMPARE(onServer.code, 0);
    QCOMPARE(inBackup.code, 0);
    const auto counts = [](const QString &summary) {
        return summary.section(QLatin1Char('\n'), 1);  // after the line naming the study
    };
    QCOMPARE(counts(inBackup.out), counts(onServer.out));
    QVERIFY(onServer.out.contains(QLatin1String("Subjects: 8")));
}

void TestCliLocation::realServerRestore()
{
    if (!trialcrf::fixtures::onTestServer())
        QSKIP("runs as tst_cli_location_pg, against the throw-away server ctest starts");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.db"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--subjects"),
                  QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("5")})
                 .code,
             0);
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--db"), file, backup}).code, 0);
    // Restoring onto a server is the owner's work, as migrate is.
    const trialcrf::StudyLocation server = trialcrf::fixtures::ownerOf(
        trialcrf::fixtures::studyAt(dir.filePath(QStringLiteral("restored.db"))));
    const QString url = server.toString();
    QMap<QString, QString> env{{QStringLiteral("TRIALCRF_DB_PASSWORD"), QStringLiteral("x")},
                               {QStringLiteral("TRIALCRF_PASSWORD"), QStringLiteral("demo-password-1")}};
    const auto restore = [&](const QString &user) {
        return cli({QStringLiteral("restore"), QStringLiteral("--server"), url,
                    QStringLiteral("--user"), user, backup},
                   env);
    };
    // Only a data manager of the backup restores; nothing is written otherwise.
    const Run nurse = restore(QStringLiteral("nurse"));
    QCOMPARE(nurse.code, 1);
    QVERIFY2(nurse.err.contains(QLatin1String("only a data manager")), qPrintable(nurse.err));
    const Run restored = restore(QStringLiteral("datamanager"));
    QVERIFY2(restored.code == 0, qPrintable(restored.out + restored.err));
    QVERIFY2(restored.out.contains(QLatin1String("subjects: 6")), qPrintable(restored.out));
    const Run verify = cli({QStringLiteral("verify"), QStringLiteral("--server"), url}, env);
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
    // The workstations read what the owner restored.
    const QString workstation =
        trialcrf::fixtures::studyAt(dir.filePath(QStringLiteral("restored.db"))).toString();
    const Run onServer =
        cli({QStringLiteral("summary"), QStringLiteral("--server"), workstation}, env);
    const Run inBackup = cli({QStringLiteral("summary"), QStringLiteral("--db"), backup});
    QCOMPARE(onServer.code, 0);
    QCOMPARE(inBackup.code, 0);
    QCOMPARE(onServer.out.section(QLatin1Char('\n'), 1), inBackup.out.section(QLatin1Char('\n'), 1));
    // A server database that holds a study is never overwritten.
    const Run again = restore(QStringLiteral("datamanager"));
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QLatin1String("already holds a study")), qPrintable(again.err));
    QCOMPARE(cli({QStringLiteral("summary"), QStringLiteral("--server"), workstation}, env).out,
             onServer.out);
}

QTEST_GUILESS_MAIN(TestCliLocation)
#include "tst_cli_location.moc"
