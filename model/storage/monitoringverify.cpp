// SPDX-License-Identifier: Apache-2.0
// The tamper checks of `trialcrf-cli verify` for the monitoring tables: each row must match the
// chained audit row that wrote it, as the e-signatures must.
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

Found found(QString *problem, qint64 id, const QString &what)
{
    if (problem)
        *problem = what;
    return id;
}

/// The audit rows written for `table`, by record id; false with *error when unreadable.
bool auditRows(const Database &db, const QString &table, QMap<qint64, AuditEntry> *out,
               QString *error)
{
    AuditFilter f;
    f.tableName = table;
    return AuditLog(db).forEachEntry(
        f,
        [out](const AuditEntry &e) {
            out->insert(e.recordId, e);
            return true;
        },
        error);
}

/// The first differing item of `checks`, as "the <what> differs from audit row <seq>".
Found firstDifference(QString *problem, const QString &kind, qint64 id, qint64 seq,
                      const QList<QPair<const char *, bool>> &checks)
{
    for (const auto &[what, same] : checks) {
        if (!same)
            return found(problem, id, QStringLiteral("%1 %2: the %3 differs from audit row %4")
                                          .arg(kind)
                                          .arg(id)
                                          .arg(QLatin1String(what))
                                          .arg(seq));
    }
    return std::nullopt;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

}  // namespace

std::optional<qint64> QueryStore::firstForgedQuery(const Database &db, QString *problem)
{
    if (!db.connection().tables().contains(QStringLiteral("query_messages")))
        return std::nullopt;
    QMap<qint64, AuditEntry> written;
    QString error;
    if (!auditRows(db, QStringLiteral("query_messages"), &written, &error))
        return found(problem, 0, error);
    struct Thread {
        QJsonObject raised;
        QString raisedBy, subject, state;
    };
    QMap<qint64, Thread> threads;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, query_id, kind, author, author_role, at_utc, text,"
                               " coalesce(audit_seq, 0) FROM query_messages ORDER BY id")))
        return found(problem, 0, Database::describe(q.lastError()));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const auto it = written.constFind(id);
        if (it == written.constEnd())
            return found(problem, id, QStringLiteral("query message %1 has no audit row").arg(id));
        const AuditEntry &e = *it;
        const QJsonObject o = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
        const QString kind = q.value(2).toString();
        if (const Found f = firstDifference(
                problem, QStringLiteral("query message"), id, e.seq,
                {{"query", o.value(QStringLiteral("query_id")).toInteger()
                               == q.value(1).toLongLong()},
                 {"kind", text(o, "kind") == kind && e.action == QLatin1String("query_") + kind},
                 {"author", e.userName == q.value(3).toString()},
                 {"role", text(o, "role") == q.value(4).toString()},
                 {"time", AuditLog::formatTime(e.atUtc) == q.value(5).toString()},
                 {"text", text(o, "text") == q.value(6).toString()},
                 {"linked change",
                  o.value(QStringLiteral("audit_seq")).toInteger() == q.value(7).toLongLong()}}))
            return f;
        Thread &t = threads[q.value(1).toLongLong()];
        if (kind == QLatin1String("raise")) {
            t.raised = o;
            t.raisedBy = e.userName;
            t.subject = e.subjectCode;
        }
        t.state = text(o, "state");
        written.remove(id);
    }
    if (!written.isEmpty())
        return found(problem, written.firstKey(),
                     QStringLiteral("query message %1 was deleted (audit row %2 wrote it)")
                         .arg(written.firstKey())
                         .arg(written.first().seq));
    if (!q.exec(QStringLiteral("SELECT q.id, subjects.code, q.record_table, q.record_key,"
                               " q.field, q.state, q.raised_by FROM queries q"
                               " JOIN subjects ON subjects.id = q.subject_id ORDER BY q.id")))
        return found(problem, 0, Database::describe(q.lastError()));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const Thread t = threads.take(id);
        if (t.raisedBy.isEmpty())
            return found(problem, id, QStringLiteral("query %1 has no raising message").arg(id));
        if (const Found f = firstDifference(
                problem, QStringLiteral("query"), id, 0,
                {{"subject", t.subject == q.value(1).toString()},
                 {"page", text(t.raised, "record_table") == q.value(2).toString()
                              && text(t.raised, "record_key") == q.value(3).toString()},
                 {"field", text(t.raised, "field") == q.value(4).toString()},
                 {"state", t.state == q.value(5).toString()},
                 {"raiser", t.raisedBy == q.value(6).toString()}}))
            return f;
    }
    if (!threads.isEmpty())
        return found(problem, threads.firstKey(),
                     QStringLiteral("query %1 was deleted").arg(threads.firstKey()));
    return std::nullopt;
}

std::optional<qint64> SdvStore::firstForgedMark(const Database &db, QString *problem)
{
    if (!db.connection().tables().contains(QStringLiteral("sdv_marks")))
        return std::nullopt;
    QMap<qint64, AuditEntry> written;
    QString error;
    if (!auditRows(db, QStringLiteral("sdv_marks"), &written, &error))
        return found(problem, 0, error);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT m.id, subjects.code, m.record_table, m.record_key,"
                               " m.field, m.verified, m.content_hash, m.by_user, m.by_role,"
                               " m.at_utc FROM sdv_marks m"
                               " JOIN subjects ON subjects.id = m.subject_id ORDER BY m.id")))
        return found(problem, 0, Database::describe(q.lastError()));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const auto it = written.constFind(id);
        if (it == written.constEnd())
            return found(problem, id, QStringLiteral("SDV mark %1 has no audit row").arg(id));
        const AuditEntry &e = *it;
        const QJsonObject o = QJsonDocument::fromJson(e.newValue.toUtf8()).object();
        const bool verified = q.value(5).toInt() == 1;
        if (const Found f = firstDifference(
                problem, QStringLiteral("SDV mark"), id, e.seq,
                {{"subject", e.subjectCode == q.value(1).toString()},
                 {"page", text(o, "record_table") == q.value(2).toString()
                              && text(o, "record_key") == q.value(3).toString()},
                 {"field", text(o, "field") == q.value(4).toString()},
                 {"mark", o.value(QStringLiteral("verified")).toBool() == verified
                              && e.action == (verified ? QLatin1String("sdv_mark")
                                                       : QLatin1String("sdv_unmark"))},
                 {"content hash", text(o, "content_hash") == q.value(6).toString()},
                 {"user", e.userName == q.value(7).toString()},
                 {"role", text(o, "role") == q.value(8).toString()},
                 {"time", AuditLog::formatTime(e.atUtc) == q.value(9).toString()}}))
            return f;
        written.remove(id);
    }
    if (!written.isEmpty())
        return found(problem, written.firstKey(),
                     QStringLiteral("SDV mark %1 was deleted (audit row %2 wrote it)")
                         .arg(written.firstKey())
                         .arg(written.first().seq));
    return std::nullopt;
}

}  // namespace trialcrf
