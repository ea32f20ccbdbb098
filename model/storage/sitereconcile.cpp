// SPDX-License-Identifier: Apache-2.0
// reconcileUserSites (declared in reconcile.h): who works at which site, against the trail.
#include "storage/reconcile.h"

#include "storage/sqldialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace trialcrf {

namespace {

const QString kUserSites = QStringLiteral("user_sites");
const QString kSiteCode = QStringLiteral("site_code");

bool failed(QString *error, const QString &what, const QSqlQuery &q)
{
    if (error)
        *error = what + QLatin1String(": ") + Database::describe(q.lastError());
    return false;
}

}  // namespace

bool reconcileUserSites(const Database &db, const QString &firstSite,
                        const std::function<bool(const Discrepancy &)> &report, QString *error)
{
    for (const QString &table : {kUserSites, QStringLiteral("sites")}) {
        if (!SqlDialect::tableExists(db.connection(), table)) {
            report(Discrepancy{Discrepancy::Kind::TableMissing, table, 0, {}, {}, {}, {}});
            return true;
        }
    }
    // The trail: accounts are few, their site rows fewer; read in the order written.
    QMap<qint64, QSet<QString>> expected;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT record_id, action, old_value, new_value FROM audit_log"
                               " WHERE (table_name = 'users' AND action = 'user_add')"
                               " OR (table_name = 'user_sites'"
                               " AND action IN ('site_grant', 'site_revoke')) ORDER BY seq")))
        return failed(error, kUserSites, q);
    while (q.next()) {
        const qint64 user = q.value(0).toLongLong();
        const QString action = q.value(1).toString();
        if (action == QLatin1String("user_add")) {
            const QJsonObject added = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            expected[user] = added.contains(QStringLiteral("sites")) ? QSet<QString>()
                                                                     : QSet<QString>{firstSite};
        } else if (action == QLatin1String("site_grant")) {
            expected[user].insert(q.value(3).toString());
        } else {
            expected[user].remove(q.value(2).toString());
        }
    }
    QMap<qint64, QSet<QString>> stored;
    if (!q.exec(QStringLiteral("SELECT user_id, site_code FROM user_sites")))
        return failed(error, kUserSites, q);
    while (q.next())
        stored[q.value(0).toLongLong()].insert(q.value(1).toString());

    QSet<qint64> users;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        users.insert(it.key());
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        users.insert(it.key());
    QList<qint64> ordered(users.cbegin(), users.cend());
    std::sort(ordered.begin(), ordered.end());
    for (const qint64 user : ordered) {
        const QSet<QString> want = expected.value(user);
        const QSet<QString> have = stored.value(user);
        QStringList codes(have.cbegin(), have.cend());
        codes.sort();
        for (const QString &code : codes) {
            if (!want.contains(code)
                && !report(Discrepancy{Discrepancy::Kind::FieldDiffers, kUserSites, user, {},
                                       kSiteCode, code, {}}))
                return true;
        }
        codes = QStringList(want.cbegin(), want.cend());
        codes.sort();
        for (const QString &code : codes) {
            if (!have.contains(code)
                && !report(Discrepancy{Discrepancy::Kind::FieldDiffers, kUserSites, user, {},
                                       kSiteCode, {}, code}))
                return true;
        }
    }
    // Every subject at a site of the study (the schema's reference and trigger hold it;
    // a file edited with them switched off does not).
    if (!q.exec(QStringLiteral("SELECT s.id, s.code, s.site_code FROM subjects s"
                               " LEFT JOIN sites t ON t.code = s.site_code"
                               " WHERE t.id IS NULL ORDER BY s.id")))
        return failed(error, QStringLiteral("subjects"), q);
    while (q.next()) {
        if (!report(Discrepancy{Discrepancy::Kind::FieldDiffers, QStringLiteral("subjects"),
                                q.value(0).toLongLong(), q.value(1).toString(), kSiteCode,
                                q.value(2).toString(), QStringLiteral("a site of the study")}))
            return true;
    }
    return true;
}

}  // namespace trialcrf
