// SPDX-License-Identifier: Apache-2.0
#include "testserver.h"

#include "storage/sqldialect.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QVariant>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <cstdlib>

namespace trialcrf::fixtures {

namespace {

QMutex mutex;
QHash<QString, StudyLocation> studies;  // by path
QStringList created;                    // database names to drop
QAtomicInt adminCounter;

QString serverUrl()
{
    return qEnvironmentVariable("TRIALCRF_TEST_SERVER");
}

void dropAll()
{
    QStringList names;
    {
        QMutexLocker lock(&mutex);
        names.swap(created);
        studies.clear();
    }
    for (const QString &name : std::as_const(names)) {
        QString error;
        if (!runOnTestServer(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name),
                             &error))
            qWarning("test server: cannot drop %s: %s", qPrintable(name), qPrintable(error));
    }
}

}  // namespace

bool onTestServer()
{
    return !serverUrl().isEmpty();
}

bool runOnTestServer(const QString &sql, QString *error)
{
    const std::optional<StudyLocation> admin = StudyLocation::server(serverUrl(), error);
    if (!admin)
        return false;
    const QString name = QStringLiteral("trialcrf-test-admin-%1").arg(adminCounter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin->host());
        if (admin->port() > 0)
            db.setPort(admin->port());
        db.setDatabaseName(admin->databaseName());
        db.setUserName(admin->userName());
        db.setConnectOptions(admin->connectOptions());
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

StudyLocation studyAt(const QString &path)
{
    if (!onTestServer())
        return StudyLocation::file(path);
    QMutexLocker lock(&mutex);
    // A file stands for its server database: while it exists, the same database; a test that
    // removes the file (to start afresh) gets a new one on its next open.
    const auto it = studies.constFind(path);
    if (it != studies.constEnd() && QFile::exists(path))
        return *it;
    QString error;
    std::optional<StudyLocation> admin = StudyLocation::server(serverUrl(), &error);
    if (!admin) {
        qWarning("TRIALCRF_TEST_SERVER: %s", qPrintable(error));
        return *StudyLocation::server(QStringLiteral("postgresql:///no-test-server"), &error);
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("t_%1_%2_%3")
                             .arg(QCoreApplication::applicationName().left(24))
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    if (created.isEmpty()) {
        if (QCoreApplication::instance())
            qAddPostRoutine(dropAll);
        else
            std::atexit(dropAll);
    }
    if (!runOnTestServer(QStringLiteral("CREATE DATABASE \"%1\"").arg(name), &error)) {
        qWarning("test server: cannot create a database: %s", qPrintable(error));
    } else {
        created << name;
    }
    QString url = serverUrl();
    const qsizetype query = url.indexOf(QLatin1Char('?'));
    const qsizetype slash = url.indexOf(QLatin1Char('/'), url.indexOf(QLatin1String("//")) + 2);
    url = url.left(slash + 1) + name + (query >= 0 ? url.mid(query) : QString());
    std::optional<StudyLocation> study = StudyLocation::server(url, &error);
    if (!study) {
        qWarning("test server: %s", qPrintable(error));
        return *StudyLocation::server(QStringLiteral("postgresql:///no-test-server"), &error);
    }
    studies.insert(path, *study);
    if (QFileInfo(path).absoluteDir().exists() && !QFile::exists(path)) {
        QFile marker(path);
        if (!marker.open(QIODevice::WriteOnly))
            qWarning("test server: cannot write the marker %s", qPrintable(path));
    }
    return *study;
}

bool execPortable(QSqlQuery &q, const QString &sqliteSql)
{
    const bool server = q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    if (!server)
        return q.exec(sqliteSql);
    static const QRegularExpression dropTrigger(QStringLiteral("^\\s*DROP TRIGGER (\\w+)\\s*$"));
    static const QRegularExpression version(QStringLiteral("^\\s*PRAGMA user_version = (\\d+)\\s*$"));
    static const QRegularExpression tempTrigger(QStringLiteral("^\\s*CREATE TEMP TRIGGER"));
    if (const QRegularExpressionMatch m = dropTrigger.match(sqliteSql); m.hasMatch()) {
        QSqlQuery find(q.driver()->createResult());
        find.prepare(QStringLiteral("SELECT tgrelid::regclass::text FROM pg_catalog.pg_trigger"
                                    " WHERE tgname = ? AND NOT tgisinternal"));
        find.addBindValue(m.captured(1));
        if (!find.exec() || !find.next())
            return q.exec(sqliteSql);  // fails, with the server's error
        return q.exec(QStringLiteral("DROP TRIGGER %1 ON %2").arg(m.captured(1), find.value(0).toString()));
    }
    QStringList statements;
    if (const QRegularExpressionMatch m = version.match(sqliteSql); m.hasMatch()) {
        statements = {QStringLiteral("UPDATE trialcrf_schema SET version = %1").arg(m.captured(1))};
    } else if (tempTrigger.match(sqliteSql).hasMatch()) {
        statements = SqlDialect::toPostgres(QString(sqliteSql).replace(
            QStringLiteral("CREATE TEMP TRIGGER"), QStringLiteral("CREATE TRIGGER")));
    } else if (sqliteSql.trimmed() == QLatin1String("PRAGMA foreign_keys = OFF")) {
        statements = {QStringLiteral("SET session_replication_role = replica")};
    } else {
        statements = {sqliteSql};
    }
    for (const QString &sql : std::as_const(statements)) {
        if (!q.exec(sql))
            return false;
    }
    return true;
}

}  // namespace trialcrf::fixtures
