// SPDX-License-Identifier: Apache-2.0
#include "storage/querystore.h"

#include "protocol/protocol.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/monitoringsql.h"
#include "storage/sitestore.h"
#include "storage/sqldialect.h"
#include "storage/studystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT q.id, q.subject_id, q.record_table, q.record_key, q.field, q.state, q.raised_by,"
    " q.raised_at, q.version, q.updated_at, subjects.code"
    " FROM queries q JOIN subjects ON subjects.id = q.subject_id");

Query readQuery(const QSqlQuery &q, const Protocol &p)
{
    Query r;
    r.id = q.value(0).toLongLong();
    r.ref = {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
             q.value(4).toString()};
    r.state = q.value(5).toString();
    r.raisedBy = q.value(6).toString();
    r.raisedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.version = q.value(8).toInt();
    r.updatedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    r.subjectCode = q.value(10).toString();
    r.visit = monitoredfields::visitOf(p, r.ref);
    return r;
}

/// What follows a query's raising: who may write each kind of message, after which states,
/// and whether it needs words (closing may go without).
struct Step {
    const char *kind;
    Action action;
    const char *verb;
    QStringList from;
    bool needsText;
};

const QList<Step> &steps()
{
    static const QList<Step> all{
        {"answer", Action::AnswerQuery, "answer", {QStringLiteral("open"), QStringLiteral("answered")}, true},
        {"close", Action::CloseQuery, "close", {QStringLiteral("open"), QStringLiteral("answered")}, false},
        {"reopen", Action::CloseQuery, "re-open", {QStringLiteral("answered"), QStringLiteral("closed")}, true},
    };
    return all;
}

const Step *stepOf(const QString &kind)
{
    for (const Step &s : steps()) {
        if (kind == QLatin1String(s.kind))
            return &s;
    }
    return nullptr;
}

}  // namespace

QString Query::mustAct() const
{
    if (state == QueryStore::stateOpen())
        return QStringLiteral("site");
    if (state == QueryStore::stateAnswered())
        return QStringLiteral("monitor");
    return {};
}

QueryStore::QueryStore(const StudyStore &store) : m_store(store) {}

SaveResult QueryStore::raise(const Session &s, const FieldRef &ref, const QString &text,
                             qint64 *id)
{
    using Status = SaveResult::Status;
    if (!s.may(Action::RaiseQuery))
        return SaveResult::failure(Status::Denied, QStringLiteral("%1 (%2) may not raise a query")
                                                       .arg(s.userName, roleCode(s.role)));
    if (text.trimmed().isEmpty())
        return SaveResult::failure(Status::Invalid, QStringLiteral("a query needs a question"));
    const Protocol &p = m_store.protocol();
    if (!monitoredfields::tables().contains(ref.table)
        || (!ref.isPage() && !monitoredfields::isField(p, ref.table, ref.field)))
        return SaveResult::failure(Status::Invalid, QStringLiteral("no field %1 on page %2")
                                                        .arg(ref.field, ref.table));
    const Database &db = m_store.database();
    Transaction t(db);
    if (!t.isActive())
        return SaveResult::failure(Status::DatabaseError, t.errorString());
    QString error;
    const std::optional<Casebook> book = m_store.loadCasebook(s, ref.subjectId, &error);
    if (!book)
        return SaveResult::failure(Status::Invalid, error);
    const qint64 recordId = monitoredfields::recordId(*book, ref.page());
    if (recordId == 0)
        return SaveResult::failure(Status::Invalid, QStringLiteral("the page is not recorded"));
    if (s.role == Role::Physician) {
        // A physician queries a nurse's entry, never another physician's or their own.
        QString column;
        if (const auto f = monitoredfields::field(p, *book, ref); f && !ref.isPage())
            column = f->column;
        const QString writer = monitoringsql::lastWriter(db, ref.table, recordId, column);
        if (monitoringsql::roleOf(db, writer) != roleCode(Role::Nurse))
            return SaveResult::failure(Status::Denied,
                                       QStringLiteral("a physician queries a nurse's entry only"));
    }
    const QString now = AuditLog::formatTime(m_store.clock()().toUTC());
    QSqlQuery q(db.connection());
    q.prepare(SqlDialect::returningId(db.connection(), QStringLiteral(
        "INSERT INTO queries (subject_id, record_table, record_key, field, state, raised_by,"
        " raised_at, version, updated_at, updated_by) VALUES (?, ?, ?, ?, 'open', ?, ?, 1, ?, ?)")));
    for (const QVariant &v : QVariantList{ref.subjectId, ref.table, monitoringsql::notNull(ref.recordKey),
                                          monitoringsql::notNull(ref.field),
                                          s.userName, now, now, s.userName})
        q.addBindValue(v);
    if (!q.exec())
        return SaveResult::failure(Status::DatabaseError, Database::describe(q.lastError()));
    const qint64 queryId = SqlDialect::insertedId(q);
    monitoringsql::Message m{queryId, QStringLiteral("raise"), s, text.trimmed(), 0, std::nullopt};
    if (!monitoringsql::writeMessage(db, m_store.clock(), book->subject.code, ref, {},
                                     stateOpen(), m, &error))
        return SaveResult::failure(Status::DatabaseError, error);
    if (!t.commit())
        return SaveResult::failure(Status::DatabaseError, t.errorString());
    if (id)
        *id = queryId;
    return SaveResult::saved();
}

QString QueryStore::stateAfter(const QString &kind)
{
    if (kind == QLatin1String("answer"))
        return stateAnswered();
    if (kind == QLatin1String("close"))
        return stateClosed();
    return stateOpen();
}

QStringList QueryStore::statesBefore(const QString &kind)
{
    const Step *step = stepOf(kind);
    return step ? step->from : QStringList();
}

SaveResult QueryStore::answer(const Session &s, qint64 queryId, const QString &text)
{
    return addMessage(s, queryId, QStringLiteral("answer"), text);
}

SaveResult QueryStore::close(const Session &s, qint64 queryId, const QString &text)
{
    return addMessage(s, queryId, QStringLiteral("close"), text);
}

SaveResult QueryStore::reopen(const Session &s, qint64 queryId, const QString &text)
{
    return addMessage(s, queryId, QStringLiteral("reopen"), text);
}

SaveResult QueryStore::addMessage(const Session &s, qint64 queryId, const QString &kind,
                                  const QString &text)
{
    using Status = SaveResult::Status;
    const Step *step = stepOf(kind);
    if (!step)
        return SaveResult::failure(Status::Invalid, QStringLiteral("no such step: %1").arg(kind));
    if (!s.may(step->action))
        return SaveResult::failure(Status::Denied, QStringLiteral("%1 (%2) may not %3 a query")
                                                       .arg(s.userName, roleCode(s.role),
                                                            QLatin1String(step->verb)));
    if (step->needsText && text.trimmed().isEmpty())
        return SaveResult::failure(Status::Invalid, QStringLiteral("the message is empty"));
    const Database &db = m_store.database();
    Transaction t(db);
    if (!t.isActive())
        return SaveResult::failure(Status::DatabaseError, t.errorString());
    QString error;
    const std::optional<Query> query = thread(s, queryId, &error);
    if (!query)
        return SaveResult::failure(error.isEmpty() ? Status::Invalid : Status::DatabaseError,
                                   error.isEmpty() ? QStringLiteral("no query %1").arg(queryId)
                                                   : error);
    if (!step->from.contains(query->state)) {
        SaveResult r = SaveResult::failure(
            Status::Stale, QStringLiteral("the query is %1 now").arg(query->state));
        r.changedBy = query->messages.isEmpty() ? QString() : query->messages.last().author;
        r.changedAt = query->updatedAt;
        return r;
    }
    monitoringsql::Message m{queryId, kind, s, text.trimmed(), 0, std::nullopt};
    if (kind == QLatin1String("answer")) {
        const std::optional<Casebook> book = m_store.loadCasebook(s, query->ref.subjectId, &error);
        if (!book)
            return SaveResult::failure(Status::DatabaseError, error);
        QString column;
        if (const auto f = monitoredfields::field(m_store.protocol(), *book, query->ref);
            f && !query->ref.isPage())
            column = f->column;
        const qint64 since = monitoringsql::messageAuditSeq(db, query->messages.last().id);
        m.auditSeq = monitoringsql::latestChange(
            db, query->ref.table, monitoredfields::recordId(*book, query->ref.page()), column,
            since);
    }
    const QString state = stateAfter(kind);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE queries SET state = ?, version = version + 1,"
                             " updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    for (const QVariant &v :
         QVariantList{state, AuditLog::formatTime(m_store.clock()().toUTC()), s.userName,
                      queryId, query->version})
        q.addBindValue(v);
    if (!q.exec())
        return SaveResult::failure(Status::DatabaseError, Database::describe(q.lastError()));
    if (!monitoringsql::writeMessage(db, m_store.clock(), query->subjectCode, query->ref,
                                     query->state, state, m, &error))
        return SaveResult::failure(Status::DatabaseError, error);
    if (!t.commit())
        return SaveResult::failure(Status::DatabaseError, t.errorString());
    return SaveResult::saved();
}

std::optional<QList<Query>> QueryStore::queries(const Session &s, const QueryFilter &filter,
                                                QString *error) const
{
    if (!s.may(Action::ReadClinical)) {
        if (error)
            *error = QStringLiteral("%1 may not read clinical data").arg(s.userName);
        return std::nullopt;
    }
    QStringList where;
    QVariantList values;
    if (!filter.state.isEmpty()) {
        where << QStringLiteral("q.state = ?");
        values << filter.state;
    }
    if (filter.subjectId != 0) {
        where << QStringLiteral("q.subject_id = ?");
        values << filter.subjectId;
    }
    // The queries of the reader's sites only.
    if (const QString site = SiteStore::siteCondition(s, QStringLiteral("subjects.site_code"), &values);
        !site.isEmpty())
        where << site;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(kSelect
              + (where.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
              + QStringLiteral(" ORDER BY subjects.code, q.id"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    const QDateTime now = m_store.clock()().toUTC();
    QList<Query> out;
    while (q.next()) {
        Query r = readQuery(q, m_store.protocol());
        if (!filter.visit.isEmpty() && r.visit != filter.visit)
            continue;
        if (!filter.mustAct.isEmpty() && r.mustAct() != filter.mustAct)
            continue;
        if (filter.minAgeDays > 0 && r.raisedAt.daysTo(now) < filter.minAgeDays)
            continue;
        out << r;
    }
    return out;
}

std::optional<QList<Query>> QueryStore::subjectQueries(const Session &s, qint64 subjectId,
                                                       QString *error) const
{
    QueryFilter f;
    f.subjectId = subjectId;
    return queries(s, f, error);
}

std::optional<Query> QueryStore::thread(const Session &s, qint64 queryId, QString *error) const
{
    if (!s.may(Action::ReadClinical)) {
        if (error)
            *error = QStringLiteral("%1 may not read clinical data").arg(s.userName);
        return std::nullopt;
    }
    const Database &db = m_store.database();
    QSqlQuery q(db.connection());
    QVariantList values{queryId};
    const QString site = SiteStore::siteCondition(s, QStringLiteral("subjects.site_code"), &values);
    q.prepare(kSelect + QStringLiteral(" WHERE q.id = ?")
              + (site.isEmpty() ? QString() : QStringLiteral(" AND ") + site));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Query r = readQuery(q, m_store.protocol());
    if (!monitoringsql::readMessages(db, queryId, &r.messages, error))
        return std::nullopt;
    return r;
}

}  // namespace trialcrf
