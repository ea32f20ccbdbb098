// SPDX-License-Identifier: Apache-2.0
#include "storage/sitestore.h"

#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace trialcrf {

namespace {

const QString kUserSites = QStringLiteral("user_sites");
const QString kSiteCode = QStringLiteral("site_code");

bool fail(QString *error, const char *source)
{
    if (error)
        *error = QCoreApplication::translate("Validation", source);
    return false;
}

bool failSql(QString *error, const QSqlError &e)
{
    if (error)
        *error = Database::describe(e);
    return false;
}

bool failWith(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

struct Account {
    qint64 id = 0;
    Role role = Role::Nurse;
};

std::optional<Account> account(const Database &db, const QString &userName, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, role FROM users WHERE lower(user_name) = lower(?)"));
    q.addBindValue(userName.trimmed());
    if (!q.exec()) {
        failSql(error, q.lastError());
        return std::nullopt;
    }
    if (!q.next()) {
        fail(error, QT_TRANSLATE_NOOP("Validation", "There is no such user."));
        return std::nullopt;
    }
    const std::optional<Role> role = roleFromCode(q.value(1).toString());
    if (!role) {
        failWith(error, QStringLiteral("unknown role %1").arg(q.value(1).toString()));
        return std::nullopt;
    }
    return Account{q.value(0).toLongLong(), *role};
}

}  // namespace

SiteStore::SiteStore(const Database &db, Clock clock)
    : m_db(db), m_clock(std::move(clock)), m_audit(db, m_clock)
{
}

QList<Site> SiteStore::sites(QString *error) const
{
    QList<Site> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name FROM sites ORDER BY id"))) {
        failSql(error, q.lastError());
        return {};
    }
    while (q.next())
        out << Site{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

QStringList SiteStore::codes(const Database &db, QString *error)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code FROM sites ORDER BY id"))) {
        failSql(error, q.lastError());
        return {};
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::optional<QStringList> SiteStore::userSites(const Database &db, qint64 userId,
                                                QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT site_code FROM user_sites WHERE user_id = ?"
                             " ORDER BY site_code"));
    q.addBindValue(userId);
    if (!q.exec()) {
        failSql(error, q.lastError());
        return std::nullopt;
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList SiteStore::userSites(const QString &userName) const
{
    const std::optional<Account> a = account(m_db, userName, nullptr);
    return a ? userSites(m_db, a->id).value_or(QStringList()) : QStringList();
}

QString SiteStore::assignmentProblem(Role role, const QStringList &codes,
                                     const QStringList &existing)
{
    if (codes.isEmpty())
        return QString::fromLatin1(QT_TRANSLATE_NOOP("Validation", "Choose at least one site."));
    const bool oneSite = role == Role::Nurse || role == Role::Physician;
    if (oneSite && codes.size() != 1)
        return QString::fromLatin1(QT_TRANSLATE_NOOP(
            "Validation", "A nurse or a physician works at exactly one site."));
    for (const QString &code : codes) {
        if (!existing.contains(code))
            return QString::fromLatin1(QT_TRANSLATE_NOOP("Validation", "There is no such site."));
    }
    if (QSet<QString>(codes.cbegin(), codes.cend()).size() != codes.size())
        return QString::fromLatin1(QT_TRANSLATE_NOOP("Validation", "A site is given twice."));
    return {};
}

bool SiteStore::roleFits(const Database &db, qint64 userId, Role role, QString *error)
{
    const std::optional<QStringList> sites = userSites(db, userId, error);
    if (!sites)
        return false;
    const QString problem = assignmentProblem(role, *sites, *sites);
    return problem.isEmpty() || fail(error, problem.toLatin1().constData());
}

bool SiteStore::writeChanges(const QString &by, qint64 userId, const QStringList &from,
                             const QStringList &to, QString *error)
{
    const auto write = [&](const QString &sql, const QString &code, bool granted) {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        q.addBindValue(userId);
        q.addBindValue(code);
        if (!q.exec())
            return failSql(error, q.lastError());
        AuditEntry e;
        e.atUtc = m_clock();
        e.userName = by;
        e.action = granted ? QStringLiteral("site_grant") : QStringLiteral("site_revoke");
        e.tableName = kUserSites;
        e.recordId = userId;
        e.field = kSiteCode;
        (granted ? e.newValue : e.oldValue) = code;
        return m_audit.append(e, error);
    };
    for (const QString &code : from) {
        if (!to.contains(code)
            && !write(QStringLiteral("DELETE FROM user_sites WHERE user_id = ? AND site_code = ?"),
                      code, false))
            return false;
    }
    for (const QString &code : to) {
        if (!from.contains(code)
            && !write(QStringLiteral("INSERT INTO user_sites (user_id, site_code) VALUES (?, ?)"),
                      code, true))
            return false;
    }
    return true;
}

bool SiteStore::chooseNewUserSites(Role role, const QStringList &wanted, QStringList *chosenOut,
                                   QString *error) const
{
    QString sqlError;
    const QStringList existing = codes(m_db, &sqlError);
    if (!sqlError.isEmpty())
        return failWith(error, sqlError);
    QStringList chosen;
    for (const QString &code : wanted)
        chosen << code.trimmed();
    if (chosen.isEmpty() && existing.size() == 1)
        chosen = existing;
    const QString problem = assignmentProblem(role, chosen, existing);
    if (!problem.isEmpty())
        return fail(error, problem.toLatin1().constData());
    chosen.sort();
    *chosenOut = chosen;
    return true;
}

bool SiteStore::setUserSites(const Session &by, const QString &userName,
                             const QStringList &codes, QString *error)
{
    if (!by.may(Action::ManageUsers))
        return fail(error, QT_TRANSLATE_NOOP("Validation", "Only a data manager may manage users."));
    Transaction t(m_db);
    if (!t.isActive())
        return failWith(error, t.errorString());
    const std::optional<Account> a = account(m_db, userName, error);
    if (!a)
        return false;
    const std::optional<QStringList> old = userSites(m_db, a->id, error);
    if (!old)
        return false;
    QStringList chosen;
    for (const QString &code : codes)
        chosen << code.trimmed();
    QString sqlError;
    const QStringList existing = SiteStore::codes(m_db, &sqlError);
    if (!sqlError.isEmpty())
        return failWith(error, sqlError);
    const QString problem = assignmentProblem(a->role, chosen, existing);
    if (!problem.isEmpty())
        return fail(error, problem.toLatin1().constData());
    if (!writeChanges(by.userName, a->id, *old, chosen, error))
        return false;
    return t.commit() || failWith(error, t.errorString());
}

bool SiteStore::grant(const Session &by, const QString &userName, const QString &code,
                      QString *error)
{
    QStringList now = userSites(userName);
    if (!now.contains(code.trimmed()))
        now << code.trimmed();
    return setUserSites(by, userName, now, error);
}

bool SiteStore::revoke(const Session &by, const QString &userName, const QString &code,
                       QString *error)
{
    QStringList now = userSites(userName);
    now.removeAll(code.trimmed());
    return setUserSites(by, userName, now, error);
}

bool SiteStore::addSite(const Session &by, const QString &code, const QString &name,
                        QString *error)
{
    if (!by.may(Action::ManageUsers))
        return fail(error, QT_TRANSLATE_NOOP("Validation", "Only a data manager may add sites."));
    static const QRegularExpression validCode(QStringLiteral("^[A-Za-z0-9-]{1,20}$"));
    const QString c = code.trimmed();
    const QString n = name.trimmed();
    if (!validCode.match(c).hasMatch())
        return fail(error, QT_TRANSLATE_NOOP("Validation",
                                             "A site code is 1–20 letters, digits or '-'."));
    if (n.isEmpty())
        return fail(error, QT_TRANSLATE_NOOP("Validation", "A site needs a name."));
    Transaction t(m_db);
    if (!t.isActive())
        return failWith(error, t.errorString());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sites WHERE lower(code) = lower(?) OR name = ?"));
    q.addBindValue(c);
    q.addBindValue(n);
    if (!q.exec() || !q.next())
        return failSql(error, q.lastError());
    if (q.value(0).toInt() > 0)
        return fail(error, QT_TRANSLATE_NOOP("Validation", "This site code or name is already taken."));
    q.finish();
    q.prepare(SqlDialect::returningId(
        m_db.connection(), QStringLiteral("INSERT INTO sites (code, name, version, created_at,"
                                          " created_by) VALUES (?, ?, 1, ?, ?)")));
    q.addBindValue(c);
    q.addBindValue(n);
    q.addBindValue(AuditLog::formatTime(m_clock()));
    q.addBindValue(by.userName);
    if (!q.exec())
        return failSql(error, q.lastError());
    AuditEntry e;
    e.atUtc = m_clock();
    e.userName = by.userName;
    e.action = QStringLiteral("site_add");
    e.tableName = QStringLiteral("sites");
    e.recordId = SqlDialect::insertedId(q);
    const QJsonObject added{{QStringLiteral("code"), c}, {QStringLiteral("name"), n}};
    e.newValue = QString::fromUtf8(QJsonDocument(added).toJson(QJsonDocument::Compact));
    if (!m_audit.append(e, error))
        return false;
    // The data manager who adds a site works there too (a session without a login: nobody).
    if (by.userId > 0 && !writeChanges(by.userName, by.userId, {}, {c}, error))
        return false;
    return t.commit() || failWith(error, t.errorString());
}

QString SiteStore::siteCondition(const Session &s, const QString &column, QVariantList *values)
{
    if (!s.siteCodes)
        return {};
    if (s.siteCodes->isEmpty())
        return QStringLiteral("1 = 0");
    QStringList marks;
    for (const QString &code : *s.siteCodes) {
        marks << QStringLiteral("?");
        *values << code;
    }
    return QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
}

bool SiteStore::subjectCodes(const Database &db, const Session &s,
                             std::optional<QSet<QString>> *out, QString *error)
{
    out->reset();
    if (!s.siteCodes)
        return true;
    QVariantList values;
    const QString site = siteCondition(s, QStringLiteral("site_code"), &values);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT code FROM subjects WHERE ") + site);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return failSql(error, q.lastError());
    out->emplace();
    while (q.next())
        (*out)->insert(q.value(0).toString());
    return true;
}

std::optional<bool> SiteStore::maySubject(const Database &db, const Session &s, qint64 subjectId,
                                          QString *error)
{
    if (!s.siteCodes)
        return true;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT site_code FROM subjects WHERE id = ?"));
    q.addBindValue(subjectId);
    if (!q.exec()) {
        failSql(error, q.lastError());
        return std::nullopt;
    }
    return q.next() && s.maySite(q.value(0).toString());
}

std::optional<QMap<QString, int>> SiteStore::subjectCounts(const Session &s, QString *error) const
{
    QMap<QString, int> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT site_code, count(*) FROM subjects GROUP BY site_code"
                               " ORDER BY site_code"))) {
        failSql(error, q.lastError());
        return std::nullopt;
    }
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (s.maySite(code))
            out.insert(code, q.value(1).toInt());
    }
    return out;
}

}  // namespace trialcrf
