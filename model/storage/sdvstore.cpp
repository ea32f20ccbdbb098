// SPDX-License-Identifier: Apache-2.0
#include "storage/sdvstore.h"

#include "protocol/protocol.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/monitoringsql.h"
#include "storage/sqldialect.h"
#include "storage/studystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {

/// Each field's latest row, standing marks only.
const QString kStanding = QStringLiteral(
    "SELECT m.id, m.subject_id, m.record_table, m.record_key, m.field, m.content_hash,"
    " m.by_user, m.by_role, m.at_utc, subjects.code FROM sdv_marks m"
    " JOIN subjects ON subjects.id = m.subject_id"
    " WHERE m.verified = 1 AND m.id = (SELECT max(l.id) FROM sdv_marks l"
    "  WHERE l.subject_id = m.subject_id AND l.record_table = m.record_table"
    "  AND l.record_key = m.record_key AND l.field = m.field)");

SdvMark readMark(const QSqlQuery &q)
{
    SdvMark m;
    m.id = q.value(0).toLongLong();
    m.ref = {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
             q.value(4).toString()};
    m.contentHash = q.value(5).toString();
    m.byUser = q.value(6).toString();
    m.byRole = q.value(7).toString();
    m.atUtc = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    m.subjectCode = q.value(9).toString();
    return m;
}

SdvProgress progressOf(const QList<MonitoredField> &fields, const QList<SdvMark> &marks)
{
    SdvProgress p;
    for (const MonitoredField &f : fields) {
        ++p.total;
        if (const SdvMark *m = SdvStore::markOf(marks, f.ref)) {
            if (m->status == SdvMark::Status::Valid)
                ++p.verified;
            else
                ++p.broken;
        }
    }
    return p;
}

}  // namespace

SdvStore::SdvStore(const StudyStore &store) : m_store(store) {}

SaveResult SdvStore::mark(const Session &s, const FieldRef &ref, int *marked)
{
    return write(s, ref.subjectId, {ref.page()}, ref.field, true, marked);
}

SaveResult SdvStore::markVisit(const Session &s, qint64 subjectId, const QString &visit,
                               int *marked)
{
    if (!m_store.protocol().visit(visit))
        return SaveResult::failure(SaveResult::Status::Invalid,
                                   QStringLiteral("unknown visit '%1'").arg(visit));
    // A visit's pages: its infusion and PASI assessment; the screening visit also holds the
    // subject, consent and eligibility pages. Pages not recorded have no fields to mark.
    QList<FieldRef> ofVisit;
    for (const QString &table : monitoredfields::tables()) {
        const bool visitPage = table == QLatin1String("infusions")
                               || table == QLatin1String("pasi_assessments");
        const FieldRef page{subjectId, table, visitPage ? visit : QString(), QString()};
        if (monitoredfields::visitOf(m_store.protocol(), page) == visit)
            ofVisit << page;
    }
    return write(s, subjectId, ofVisit, {}, true, marked);
}

SaveResult SdvStore::unmark(const Session &s, const FieldRef &ref, int *unmarked)
{
    return write(s, ref.subjectId, {ref.page()}, ref.field, false, unmarked);
}

SaveResult SdvStore::write(const Session &s, qint64 subjectId, const QList<FieldRef> &pages,
                           const QString &onlyField, bool verified, int *count)
{
    using Status = SaveResult::Status;
    if (count)
        *count = 0;
    if (!s.may(Action::VerifySource))
        return SaveResult::failure(Status::Denied, QStringLiteral("%1 (%2) may not mark SDV")
                                                       .arg(s.userName, roleCode(s.role)));
    const Protocol &p = m_store.protocol();
    const Database &db = m_store.database();
    Transaction t(db);
    if (!t.isActive())
        return SaveResult::failure(Status::DatabaseError, t.errorString());
    QString error;
    const std::optional<Casebook> book = m_store.loadCasebook(s, subjectId, &error);
    if (!book)
        return SaveResult::failure(Status::Invalid, error);
    const std::optional<QList<SdvMark>> standing = marks(*book, &error);
    if (!standing)
        return SaveResult::failure(Status::DatabaseError, error);
    QList<MonitoredField> targets;
    for (const FieldRef &page : pages) {
        for (const MonitoredField &f : monitoredfields::fields(p, *book, page)) {
            if (onlyField.isEmpty() || f.ref.field == onlyField)
                targets << f;
        }
    }
    if (targets.isEmpty())
        return SaveResult::failure(Status::Invalid, QStringLiteral("nothing recorded to verify"));
    const QString now = AuditLog::formatTime(m_store.clock()().toUTC());
    AuditLog audit(db, m_store.clock());
    int written = 0;
    for (const MonitoredField &f : std::as_const(targets)) {
        const SdvMark *current = markOf(*standing, f.ref);
        const QString hash = verified ? monitoredfields::valueHash(f) : QString();
        if (verified ? (current && current->contentHash == hash) : !current)
            continue;
        QSqlQuery q(db.connection());
        q.prepare(SqlDialect::returningId(db.connection(), QStringLiteral(
            "INSERT INTO sdv_marks (subject_id, record_table, record_key, field, verified,"
            " content_hash, by_user, by_role, at_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        for (const QVariant &v : QVariantList{subjectId, f.ref.table,
                                              monitoringsql::notNull(f.ref.recordKey),
                                              f.ref.field, verified ? 1 : 0,
                                              monitoringsql::notNull(hash), s.userName,
                                              roleCode(s.role), now})
            q.addBindValue(v);
        if (!q.exec())
            return SaveResult::failure(Status::DatabaseError, Database::describe(q.lastError()));
        const QJsonObject what{{QStringLiteral("record_table"), f.ref.table},
                               {QStringLiteral("record_key"), f.ref.recordKey},
                               {QStringLiteral("field"), f.ref.field},
                               {QStringLiteral("verified"), verified},
                               {QStringLiteral("role"), roleCode(s.role)},
                               {QStringLiteral("content_hash"), hash}};
        AuditEntry e;
        e.atUtc = QDateTime::fromString(now, Qt::ISODateWithMs);
        e.userName = s.userName;
        e.action = verified ? QStringLiteral("sdv_mark") : QStringLiteral("sdv_unmark");
        e.tableName = QStringLiteral("sdv_marks");
        e.recordId = SqlDialect::insertedId(q);
        e.subjectCode = book->subject.code;
        e.field = f.ref.field;
        e.newValue = QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact));
        if (!audit.append(e, &error))
            return SaveResult::failure(Status::DatabaseError, error);
        ++written;
    }
    if (!t.commit())
        return SaveResult::failure(Status::DatabaseError, t.errorString());
    if (count)
        *count = written;
    return SaveResult::saved();
}

std::optional<QList<SdvMark>> SdvStore::marks(const Casebook &casebook, QString *error) const
{
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    q.prepare(kStanding + QStringLiteral(" AND m.subject_id = ? ORDER BY m.id"));
    q.addBindValue(casebook.subject.id);
    if (!q.exec()) {
        if (error)
            *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    QList<SdvMark> out;
    while (q.next()) {
        SdvMark m = readMark(q);
        const std::optional<MonitoredField> f =
            monitoredfields::field(m_store.protocol(), casebook, m.ref);
        m.status = f && monitoredfields::valueHash(*f) == m.contentHash ? SdvMark::Status::Valid
                                                                        : SdvMark::Status::Broken;
        out << m;
    }
    return out;
}

std::optional<QList<SdvMark>> SdvStore::brokenMarks(const Session &s, qint64 subjectId,
                                                    QString *error) const
{
    const std::optional<QList<qint64>> subjects =
        subjectId != 0 ? QList<qint64>{subjectId} : markedSubjects(error);
    if (!subjects)
        return std::nullopt;
    QList<SdvMark> out;
    for (qint64 id : *subjects) {
        const std::optional<Casebook> book = m_store.loadCasebook(s, id, error);
        if (!book)
            return std::nullopt;
        const std::optional<QList<SdvMark>> list = marks(*book, error);
        if (!list)
            return std::nullopt;
        for (const SdvMark &m : *list) {
            if (m.status == SdvMark::Status::Broken)
                out << m;
        }
    }
    return out;
}

std::optional<QList<qint64>> SdvStore::markedSubjects(QString *error) const
{
    QSqlQuery q(m_store.database().connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT subjects.id, subjects.code FROM sdv_marks"
                               " JOIN subjects ON subjects.id = sdv_marks.subject_id"
                               " ORDER BY subjects.code"))) {
        if (error)
            *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

const SdvMark *SdvStore::markOf(const QList<SdvMark> &marks, const FieldRef &ref)
{
    for (const SdvMark &m : marks) {
        if (m.ref == ref)
            return &m;
    }
    return nullptr;
}

SdvProgress SdvStore::pageProgress(const Protocol &p, const Casebook &casebook,
                                   const QList<SdvMark> &marks, const FieldRef &page)
{
    return progressOf(monitoredfields::fields(p, casebook, page.page()), marks);
}

SdvProgress SdvStore::visitProgress(const Protocol &p, const Casebook &casebook,
                                    const QList<SdvMark> &marks, const QString &visit)
{
    SdvProgress out;
    for (const FieldRef &page : monitoredfields::pages(p, casebook)) {
        if (monitoredfields::visitOf(p, page) == visit)
            out += pageProgress(p, casebook, marks, page);
    }
    return out;
}

SdvProgress SdvStore::subjectProgress(const Protocol &p, const Casebook &casebook,
                                      const QList<SdvMark> &marks)
{
    SdvProgress out;
    for (const FieldRef &page : monitoredfields::pages(p, casebook))
        out += pageProgress(p, casebook, marks, page);
    return out;
}

}  // namespace trialcrf
