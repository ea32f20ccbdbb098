// SPDX-License-Identifier: Apache-2.0
#include "processrun.h"

#include "testserver.h"
#include "storage/serverroles.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <unistd.h>

namespace trialcrf::fixtures {

namespace {

ProcessRun run(const QString &program, const QStringList &args,
               const QMap<QString, QString> &env, const QStringList &removed, bool ownSession)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &name : removed)
        e.remove(name);
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    if (ownSession)
        p.setChildProcessModifier([] { ::setsid(); });
    p.start(program, args);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    ProcessRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const QStringList kPasswordVariables = {
    QStringLiteral("TRIALCRF_PASSWORD"), QStringLiteral("TRIALCRF_AS_PASSWORD"),
    QStringLiteral("TRIALCRF_DB_PASSWORD"), QStringLiteral("PGPASSWORD"),
    QStringLiteral("PGSERVICE")};

/// The demo of `args` ("demo --db PATH …") built in a file beside PATH, then migrated onto
/// the server database of PATH: the demo's output followed by the migration's.
ProcessRun demoOnServer(const QString &program, const QStringList &args,
                        const QMap<QString, QString> &env)
{
    const qsizetype at = args.indexOf(QStringLiteral("--db"));
    const QString path = args.value(at + 1);
    const QString source = path + QStringLiteral(".demo-source.db");
    QStringList demo = args;
    demo[at + 1] = source;
    QFile::remove(source);
    ProcessRun r = runCliOnFile(program, demo, env);
    if (r.code != 0)
        return r;
    QMap<QString, QString> migrateEnv = env;
    migrateEnv.insert(QStringLiteral("TRIALCRF_PASSWORD"), QStringLiteral("demo-password-1"));
    const ProcessRun m = runCli(program,
                                {QStringLiteral("migrate"), QStringLiteral("--db"), source,
                                 // migrate is the owner's command: a workstation login may
                                 // not move the identity sequences past the copied ids
                                 QStringLiteral("--server"), ownerOf(studyAt(path)).toString(),
                                 QStringLiteral("--user"), QStringLiteral("datamanager")},
                                migrateEnv);
    QFile::remove(source);
    r.code = m.code;
    r.out += m.out;
    r.err += m.err;
    return r;
}

}  // namespace

ProcessRun runProgram(const QString &program, const QStringList &args,
                      const QMap<QString, QString> &env)
{
    return run(program, args, env,
               {QStringLiteral("TRIALCRF_PASSWORD"), QStringLiteral("TRIALCRF_AS_PASSWORD")},
               false);
}

QString testServerPassword()
{
    return QStringLiteral("test-db-password");
}

QStringList locationArgs(const QString &path)
{
    if (!onTestServer())
        return {QStringLiteral("--db"), path};
    return {QStringLiteral("--server"), studyAt(path).toString()};
}

ProcessRun runCli(const QString &program, const QStringList &args,
                  const QMap<QString, QString> &env)
{
    if (!onTestServer())
        return runCliOnFile(program, args, env);
    if (args.value(0) == QLatin1String("demo") && args.contains(QStringLiteral("--db"))
        && !args.contains(QStringLiteral("--help")))
        return demoOnServer(program, args, env);
    // init creates and upgrades the tables: the owner's command, as an operator runs it.
    const bool asOwner = args.value(0) == QLatin1String("init");
    QStringList located;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db") && i + 1 < args.size()
            && args.value(0) != QLatin1String("migrate")) {
            const QString path = args.at(++i);
            located << (asOwner ? QStringList{QStringLiteral("--server"),
                                              ownerOf(studyAt(path)).toString()}
                                : locationArgs(path));
        } else
            located << args.at(i);
    }
    QMap<QString, QString> withPassword = env;
    if (!withPassword.contains(QStringLiteral("TRIALCRF_DB_PASSWORD")))
        withPassword.insert(QStringLiteral("TRIALCRF_DB_PASSWORD"), testServerPassword());
    return run(program, located, withPassword, kPasswordVariables, true);
}

ProcessRun runCliOnFile(const QString &program, const QStringList &args,
                        const QMap<QString, QString> &env)
{
    return run(program, args, env, kPasswordVariables, true);
}

bool copyStudy(const QString &from, const QString &to)
{
    if (!onTestServer())
        return QFile::copy(from, to);
    const QString source = studyAt(from).databaseName();
    const QString target = studyAt(to).databaseName();  // made, and dropped at the end
    QString error;
    if (!runOnTestServer(QStringLiteral("DROP DATABASE \"%1\" WITH (FORCE)").arg(target), &error)
        || !runOnTestServer(
            QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE \"%2\"").arg(target, source), &error)) {
        qWarning("test server: cannot copy %s: %s", qPrintable(source), qPrintable(error));
        return false;
    }
    // The copy's grants name the source's workstations group: the copy's own login joins it.
    if (!runOnTestServer(QStringLiteral("GRANT %1 TO %2")
                             .arg(ServerRoles::quoteIdentifier(ServerRoles::groupRole(source)),
                                  ServerRoles::quoteIdentifier(target + QLatin1String("_ws"))),
                         &error)) {
        qWarning("test server: cannot grant the copy %s: %s", qPrintable(target), qPrintable(error));
        return false;
    }
    return true;
}

void sqlOnFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("behind-the-app");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1String(": ") + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void sqlOnStudy(const QString &path, const QStringList &statements)
{
    if (!onTestServer()) {
        sqlOnFile(path, statements);
        return;
    }
    const StudyLocation where = studyAt(path);
    const QString name = QStringLiteral("behind-the-app-on-the-server");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(where.host());
        if (where.port() > 0)
            db.setPort(where.port());
        db.setDatabaseName(where.databaseName());
        db.setUserName(where.userName());
        db.setConnectOptions(where.connectOptions());
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(execPortable(q, sql),
                     qPrintable(sql + QLatin1String(": ") + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

}  // namespace trialcrf::fixtures
