// SPDX-License-Identifier: Apache-2.0
// UserStore's new accounts (declared in userstore.h): an account, its audit row and its
// sites in one transaction.
#include "storage/userstore.h"

#include "storage/passwordhash.h"
#include "storage/sitestore.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {

bool setError(QString *error, const char *source)
{
    if (error)
        *error = QCoreApplication::translate("Validation", source);
    return false;
}

bool setSqlError(QString *error, const QSqlError &e)
{
    if (error)
        *error = Database::describe(e);
    return false;
}

}  // namespace

bool UserStore::insertUser(const QString &by, const QString &userName, const QString &fullName,
                           Role role, const QString &password, const QStringList &sites,
                           QString *error)
{
    static const QRegularExpression validName(QStringLiteral("^[\\w.@-]+$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    const QString name = userName.trimmed();
    if (name.isEmpty() || name.size() > kMaxUserNameLength || !validName.match(name).hasMatch())
        return setError(error, QT_TRANSLATE_NOOP("Validation",
                                                 "A user name is 1–64 letters, digits, '.', "
                                                 "'_', '-' or '@', without spaces."));
    const QStringList problems = passwordProblems(name, password);
    if (!problems.isEmpty())
        return setError(error, problems.first().toLatin1().constData());
    if (find(name, nullptr))
        return setError(error, QT_TRANSLATE_NOOP("Validation", "This user name is already taken."));
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return setError(error, QT_TRANSLATE_NOOP("Validation", "The password could not be hashed."));

    Transaction t(m_db);
    if (!t.isActive()) {
        if (error)
            *error = t.errorString();
        return false;
    }
    SiteStore siteStore(m_db, m_clock);  // the account and its sites: one transaction
    QStringList chosen;
    if (!siteStore.chooseNewUserSites(role, sites, &chosen, error))
        return false;
    QSqlQuery q(m_db.connection());
    q.prepare(SqlDialect::returningId(m_db.connection(), QStringLiteral("INSERT INTO users (user_name, full_name, role, password_hash,"
                             " disabled, failed_attempts, version, created_at)"
                             " VALUES (?, COALESCE(?, ''), ?, ?, 0, 0, 1, ?)")));
    q.addBindValue(name);
    q.addBindValue(fullName.trimmed());
    q.addBindValue(roleCode(role));
    q.addBindValue(hash);
    q.addBindValue(AuditLog::formatTime(m_clock()));
    if (!q.exec()) {
        if (Database::isUniqueViolation(q.lastError()))
            return setError(error,
                            QT_TRANSLATE_NOOP("Validation", "This user name is already taken."));
        return setSqlError(error, q.lastError());
    }
    const qint64 id = SqlDialect::insertedId(q);
    // "sites" marks an account added with its sites (its site_grant rows follow).
    QJsonObject added{{QStringLiteral("user_name"), name}, {QStringLiteral("role"), roleCode(role)},
                      {QStringLiteral("sites"), chosen.join(QLatin1Char(','))}};
    if (!fullName.trimmed().isEmpty())
        added.insert(QStringLiteral("full_name"), fullName.trimmed());
    const QString json = QString::fromUtf8(QJsonDocument(added).toJson(QJsonDocument::Compact));
    if (!audit(by, QStringLiteral("user_add"), id, {}, {}, json, {}, error)
        || !siteStore.grantNewUser(by, id, chosen, error))
        return false;
    if (!t.commit()) {
        if (error)
            *error = t.errorString();
        return false;
    }
    return true;
}

bool UserStore::createFirstAdmin(const QString &userName, const QString &password, QString *error)
{
    if (userCount() != 0)
        return setError(error, QT_TRANSLATE_NOOP("Validation",
                                                 "The database already has users; a data "
                                                 "manager must add new ones."));
    return insertUser(userName.trimmed(), userName, {}, Role::DataManager, password, {}, error);
}

bool UserStore::addUser(const Session &by, const QString &userName, const QString &fullName,
                        Role role, const QString &password, QString *error,
                        const QStringList &sites)
{
    if (!checkManager(by, error))
        return false;
    return insertUser(by.userName, userName, fullName, role, password, sites, error);
}

}  // namespace trialcrf
