// SPDX-License-Identifier: Apache-2.0
#include "testserver.h"

#include "storage/database.h"
#include "storage/serverroles.h"
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
#include <QThread>
#include <cstdlib>
#include <optional>

namespace trialcrf::fixtures {

namespace {

/// One test database: its owner's location, and the workstation login once there is one.
struct Study {
    StudyLocation owner;
    QString login;
    bool ownerMade = false;  ///< made by ownerStudyAt: left as the test leaves it
};

QMutex mutex;
QHash<QString, Study> studies;  // by path
QStringList created;            // database names to drop
QAtomicInt adminCounter;

QString serverUrl()
{
    return qEnvironmentVariable("TRIALCRF_TEST_SERVER");
}

QString ownerName()
{
    QString error;
    const std::optional<StudyLocation> admin = StudyLocation::server(serverUrl(), &error);
    return admin ? admin->userName() : QString();
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
        // The database first: its grants hold the roles.
        if (!runOnTestServer(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name),
                             &error)
            || !runOnTestServer(QStringLiteral("SET client_min_messages = warning; DROP ROLE IF EXISTS %1, %2")
                                    .arg(ServerRoles::quoteIdentifier(name + QLatin1String("_ws")),
                                         ServerRoles::quoteIdentifier(ServerRoles::groupRole(name))),
                                &error))
            qWarning("test server: cannot drop %s: %s", qPrintable(name), qPrintable(error));
    }
}

StudyLocation nowhere()
{
    QString error;
    return *StudyLocation::server(QStringLiteral("postgresql:///no-test-server"), &error);
}

/// The owner's connection to `database` for this thread, opened on first use.
QSqlDatabase ownerConnection(const QString &database, QString *error)
{
    const QString name = QStringLiteral("trialcrf-test-owner-%1-%2")
                             .arg(database)
                             .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return db;
    }
    const std::optional<StudyLocation> admin = StudyLocation::server(serverUrl(), error);
    if (!admin)
        return {};
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(admin->host());
    if (admin->port() > 0)
        db.setPort(admin->port());
    db.setDatabaseName(database);
    db.setUserName(admin->userName());
    db.setConnectOptions(admin->connectOptions());
    if (!db.open()) {
        *error = db.lastError().text();
        return {};
    }
    QSqlQuery q(db);
    // A tampering statement that waits for the product's transaction fails instead of hanging.
    q.exec(QStringLiteral("SET lock_timeout = 10000"));
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

/// Creates `path`'s database when it has none (the mutex is held).
Study *databaseFor(const QString &path)
{
    // A file stands for its server database: while it exists, the same database; a test that
    // removes the file (to start afresh) gets a new one on its next open.
    const auto it = studies.find(path);
    if (it != studies.end() && QFile::exists(path))
        return &*it;
    QString error;
    std::optional<StudyLocation> admin = StudyLocation::server(serverUrl(), &error);
    if (!admin) {
        qWarning("TRIALCRF_TEST_SERVER: %s", qPrintable(error));
        return nullptr;
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
    std::optional<StudyLocation> owner = StudyLocation::server(url, &error);
    if (!owner) {
        qWarning("test server: %s", qPrintable(error));
        return nullptr;
    }
    Study &study = studies[path];
    study = Study{*owner, QString(), false};
    if (QFileInfo(path).absoluteDir().exists() && !QFile::exists(path)) {
        QFile marker(path);
        if (!marker.open(QIODevice::WriteOnly))
            qWarning("test server: cannot write the marker %s", qPrintable(path));
    }
    return &study;
}

/// Makes the database a study as its owner (unless a test made it its own way) and gives it
/// a workstation login, a member of the group the grants go to (the mutex is held).
bool addWorkstation(Study &study)
{
    if (!study.ownerMade) {
        Database db;
        db.allowSuperuser(true);
        if (!db.open(study.owner)) {
            qWarning("test server: cannot make a study: %s", qPrintable(db.errorString()));
            return false;
        }
    }
    const QString database = study.owner.databaseName();
    const QString group = ServerRoles::groupRole(database);
    const QString login = database + QLatin1String("_ws");
    QString error;
    const bool made =
        runOnTestServer(QStringLiteral("DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles"
                                       " WHERE rolname = '%1') THEN CREATE ROLE %2 NOLOGIN; END IF;"
                                       " END $do$")
                            .arg(group, ServerRoles::quoteIdentifier(group)),
                        &error)
        && runOnTestServer(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2")
                               .arg(ServerRoles::quoteIdentifier(login),
                                    ServerRoles::quoteIdentifier(group)),
                           &error);
    if (!made) {
        qWarning("test server: cannot add a workstation login: %s", qPrintable(error));
        return false;
    }
    study.login = login;
    return true;
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
    Study *study = databaseFor(path);
    if (!study || (study->login.isEmpty() && !addWorkstation(*study)))
        return nowhere();
    StudyLocation workstation = study->owner;
    workstation.setUserName(study->login);
    return workstation;
}

StudyLocation ownerStudyAt(const QString &path)
{
    if (!onTestServer())
        return StudyLocation::file(path);
    QMutexLocker lock(&mutex);
    const bool isNew = !studies.contains(path) || !QFile::exists(path);
    Study *study = databaseFor(path);
    if (!study)
        return nowhere();
    if (isNew)
        study->ownerMade = true;
    return study->owner;
}

StudyLocation ownerOf(const StudyLocation &study)
{
    if (!study.isServer())
        return study;
    StudyLocation owner = study;
    owner.setUserName(ownerName());
    return owner;
}

namespace {

/// Where a test's statement runs: q itself (a file, or an owner's connection), or the owner's
/// connection to q's database when q is a workstation login.
bool ownerQuery(QSqlQuery &q, std::optional<QSqlQuery> *owner)
{
    QSqlQuery who(q.driver()->createResult());
    if (!who.exec(QStringLiteral("SELECT current_database(), rolsuper FROM pg_catalog.pg_roles"
                                 " WHERE rolname = current_user"))
        || !who.next())
        return false;
    if (who.value(1).toBool())
        return true;
    QString error;
    QSqlDatabase db = ownerConnection(who.value(0).toString(), &error);
    if (!db.isOpen()) {
        qWarning("test server: no owner connection: %s", qPrintable(error));
        return false;
    }
    owner->emplace(db);
    return true;
}

}  // namespace

bool execPortable(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    const bool server = q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    std::optional<QSqlQuery> owner;
    if (server && !ownerQuery(q, &owner))
        return false;
    QSqlQuery &run = owner ? *owner : q;
    if (!run.prepare(sql))
        return false;
    for (const QVariant &v : values)
        run.addBindValue(v);
    return run.exec();
}

bool execPortable(QSqlQuery &q, const QString &sqliteSql)
{
    const bool server = q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    if (!server)
        return q.exec(sqliteSql);
    std::optional<QSqlQuery> owner;
    if (!ownerQuery(q, &owner))
        return false;
    QSqlQuery &run = owner ? *owner : q;
    static const QRegularExpression dropTrigger(QStringLiteral("^\\s*DROP TRIGGER (\\w+)\\s*$"));
    static const QRegularExpression version(QStringLiteral("^\\s*PRAGMA user_version = (\\d+)\\s*$"));
    static const QRegularExpression tempTrigger(QStringLiteral("^\\s*CREATE TEMP TRIGGER"));
    if (const QRegularExpressionMatch m = dropTrigger.match(sqliteSql); m.hasMatch()) {
        QSqlQuery find(run.driver()->createResult());
        find.prepare(QStringLiteral("SELECT tgrelid::regclass::text FROM pg_catalog.pg_trigger"
                                    " WHERE tgname = ? AND NOT tgisinternal"));
        find.addBindValue(m.captured(1));
        if (!find.exec() || !find.next())
            return run.exec(sqliteSql);  // fails, with the server's error
        return run.exec(QStringLiteral("DROP TRIGGER %1 ON %2").arg(m.captured(1), find.value(0).toString()));
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
        if (!run.exec(sql)) {
            if (owner)
                qWarning("test server (as the owner): %s", qPrintable(run.lastError().text()));
            return false;
        }
    }
    return true;
}

}  // namespace trialcrf::fixtures
