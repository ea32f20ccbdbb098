// SPDX-License-Identifier: Apache-2.0
// The tamper checks of `trialcrf-cli verify` for the monitoring tables: each row must match the
// chained audit row that wrote it, as the e-signatures must. Both tables are checked by one
// walk (rowsMatchAudit) given a table of the items to compare.
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {

using Found = std::optional<qint64>;
/// Items of a row compared with its audit row: what, and whether they agree.
using Checks = QList<QPair<const char *, bool>>;

Found found(QString *problem, qint64 id, const QString &what)
{
    if (problem)
        *problem = what;
    return id;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/// Who wrote the row and when: the audit row's user and time, or for a row imported from
/// another database's export the original ones its audit row holds (`userKey`, at_utc).
QString writer(const AuditEntry &e, const QJsonObject &o, const char *userKey)
{
    return o.contains(QLatin1String(userKey)) ? text(o, userKey) : e.userName;
}

QString writtenAt(const AuditEntry &e, const QJsonObject &o)
{
    return o.contains(QLatin1String("at_utc")) ? text(o, "at_utc") : AuditLog::formatTime(e.atUtc);
}

/// One monitoring table checked against the audit rows that wrote it.
struct RowCheck {
    QString table;  ///< the audit rows' table_name
    QString kind;   ///< "query message": how a problem names a row
    QString select;  ///< the rows, id first, in id order
    std::function<Checks(const QSqlQuery &, const AuditEntry &, const QJsonObject &)> checks;
    /// Called with each sound row (optional).
    std::function<void(const QSqlQuery &, const AuditEntry &, const QJsonObject &)> seen;
};

/// Every row has its audit row and agrees with it; no audit row lost its row.
Found rowsMatchAudit(const Database &db, const RowCheck &check, QString *problem)
{
    if (!db.connection().tables().contains(check.table))
        return std::nullopt;
    QMap<qint64, AuditEntry> written;
    QString error;
    AuditFilter filter;
    filter.tableName = check.table;
    if (!AuditLog(db).forEachEntry(
            filter,
            [&written](const AuditEntry &e) {
                written.insert(e.recordId, e);
                return true;
            },
            &error))
        return found(problem, 0, error);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(check.select))
        return found(problem, 0, Database::describe(q.lastError()));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const auto it = written.constFind(id);
        if (it == written.constEnd())
            return found(problem, id, QStringLiteral("%1 %2 has no audit row").arg(check.kind).arg(id));
        const QJsonObject o = QJsonDocument::fromJson(it->newValue.toUtf8()).object();
        for (const auto &[what, same] : check.checks(q, *it, o)) {
            if (!same)
                return found(problem, id, QStringLiteral("%1 %2: the %3 differs from audit row %4")
                                              .arg(check.kind)
                                              .arg(id)
                                              .arg(QLatin1String(what))
                                              .arg(it->seq));
        }
        if (check.seen)
            check.seen(q, *it, o);
        written.remove(id);
    }
    if (!written.isEmpty())
        return found(problem, written.firstKey(),
                     QStringLiteral("%1 %2 was deleted (audit row %3 wrote it)")
                         .arg(check.kind)
                         .arg(written.firstKey())
                         .arg(written.first().seq));
    return std::nullopt;
}

}  // namespace

std::optional<qint64> QueryStore::firstForgedQuery(const Database &db, QString *problem)
{
    struct Thread {
        QJsonObject raised;
        QString raisedBy, subject, state;
    };
    QMap<qint64, Thread> threads;
    const RowCheck messages{
        QStringLiteral("query_messages"), QStringLiteral("query message"),
        QStringLiteral("SELECT id, query_id, kind, author, author_role, at_utc, text,"
                       " coalesce(audit_seq, 0) FROM query_messages ORDER BY id"),
        [](const QSqlQuery &q, const AuditEntry &e, const QJsonObject &o) -> Checks {
            const QString kind = q.value(2).toString();
            return {{"query", o.value(QStringLiteral("query_id")).toInteger() == q.value(1).toLongLong()},
                    {"kind", text(o, "kind") == kind && e.action == QLatin1String("query_") + kind},
                    {"author", writer(e, o, "author") == q.value(3).toString()},
                    {"role", text(o, "role") == q.value(4).toString()},
                    {"time", writtenAt(e, o) == q.value(5).toString()},
                    {"text", text(o, "text") == q.value(6).toString()},
                    {"linked change",
                     o.value(QStringLiteral("audit_seq")).toInteger() == q.value(7).toLongLong()}};
        },
        [&threads](const QSqlQuery &q, const AuditEntry &e, const QJsonObject &o) {
            Thread &t = threads[q.value(1).toLongLong()];
            if (q.value(2).toString() == QLatin1String("raise")) {
                t.raised = o;
                t.raisedBy = writer(e, o, "author");
                t.subject = e.subjectCode;
            }
            t.state = text(o, "state");
        }};
    if (const Found f = rowsMatchAudit(db, messages, problem))
        return f;
    if (!db.connection().tables().contains(QStringLiteral("queries")))
        return std::nullopt;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT q.id, subjects.code, q.record_table, q.record_key,"
                               " q.field, q.state, q.raised_by FROM queries q"
                               " JOIN subjects ON subjects.id = q.subject_id ORDER BY q.id")))
        return found(problem, 0, Database::describe(q.lastError()));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const Thread t = threads.take(id);
        if (t.raisedBy.isEmpty())
            return found(problem, id, QStringLiteral("query %1 has no raising message").arg(id));
        const Checks checks{{"subject", t.subject == q.value(1).toString()},
                            {"page", text(t.raised, "record_table") == q.value(2).toString()
                                         && text(t.raised, "record_key") == q.value(3).toString()},
                            {"field", text(t.raised, "field") == q.value(4).toString()},
                            {"state", t.state == q.value(5).toString()},
                            {"raiser", t.raisedBy == q.value(6).toString()}};
        for (const auto &[what, same] : checks) {
            if (!same)
                return found(problem, id, QStringLiteral("query %1: the %2 differs from its thread")
                                              .arg(id)
                                              .arg(QLatin1String(what)));
        }
    }
    if (!threads.isEmpty())
        return found(problem, threads.firstKey(),
                     QStringLiteral("query %1 was deleted").arg(threads.firstKey()));
    return std::nullopt;
}

std::optional<qint64> SdvStore::firstForgedMark(const Database &db, QString *problem)
{
    const RowCheck marks{
        QStringLiteral("sdv_marks"), QStringLiteral("SDV mark"),
        QStringLiteral("SELECT m.id, subjects.code, m.record_table, m.record_key, m.field,"
                       " m.verified, m.content_hash, m.by_user, m.by_role, m.at_utc"
                       " FROM sdv_marks m JOIN subjects ON subjects.id = m.subject_id"
                       " ORDER BY m.id"),
        [](const QSqlQuery &q, const AuditEntry &e, const QJsonObject &o) -> Checks {
            const bool verified = q.value(5).toInt() == 1;
            return {{"subject", e.subjectCode == q.value(1).toString()},
                    {"page", text(o, "record_table") == q.value(2).toString()
                                 && text(o, "record_key") == q.value(3).toString()},
                    {"field", text(o, "field") == q.value(4).toString()},
                    {"mark", o.value(QStringLiteral("verified")).toBool() == verified
                                 && e.action == (verified ? QLatin1String("sdv_mark")
                                                          : QLatin1String("sdv_unmark"))},
                    {"content hash", text(o, "content_hash") == q.value(6).toString()},
                    {"user", writer(e, o, "by_user") == q.value(7).toString()},
                    {"role", text(o, "role") == q.value(8).toString()},
                    {"time", writtenAt(e, o) == q.value(9).toString()}};
        },
        {}};
    return rowsMatchAudit(db, marks, problem);
}

}  // namespace trialcrf
