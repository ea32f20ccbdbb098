// SPDX-License-Identifier: Apache-2.0
#include "storage/deviationrepository.h"

#include "storage/statement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {

QString selectSql(const QString &where)
{
    return QStringLiteral("SELECT %1, s.code AS subject_code FROM deviations d"
                          " JOIN subjects s ON s.id = d.subject_id")
               .arg(RowReader::columnList(DeviationRepository::columns(), QStringLiteral("d")))
        + where;
}

bool readAll(Statement &st, const QVariantList &values,
             const std::function<bool(const Deviation &)> &fn, QString *error)
{
    if (!st.exec(values)) {
        *error = Database::describe(st.query().lastError());
        return false;
    }
    QSqlQuery &q = st.query();
    const RowReader r(q);
    while (q.next()) {
        if (!fn(DeviationRepository::read(r)))
            break;
    }
    return true;
}

}  // namespace

QStringList DeviationRepository::columns()
{
    return {QStringLiteral("id"),          QStringLiteral("version"),
            QStringLiteral("subject_id"),  QStringLiteral("visit"),
            QStringLiteral("kind"),        QStringLiteral("source_table"),
            QStringLiteral("source_id"),   QStringLiteral("detected_at"),
            QStringLiteral("reason"),      QStringLiteral("recorded_by"),
            QStringLiteral("resolved"),    QStringLiteral("resolved_at")};
}

UniqueKey DeviationRepository::uniqueKey()
{
    return UniqueKey{QStringLiteral("kind"),
                     QT_TRANSLATE_NOOP("Validation", "This deviation is already in the log."),
                     {}};
}

Row DeviationRepository::toRow(const Deviation &d)
{
    Row row;
    row.integer(QStringLiteral("subject_id"), d.subjectId)
        .text(QStringLiteral("visit"), d.visit)
        .text(QStringLiteral("kind"), d.kind)
        .text(QStringLiteral("source_table"), d.sourceTable)
        .integer(QStringLiteral("source_id"), d.sourceId)
        .timestamp(QStringLiteral("detected_at"), d.detectedAt)
        .text(QStringLiteral("reason"), d.reason.trimmed())
        .text(QStringLiteral("recorded_by"), d.recordedBy)
        .flag(QStringLiteral("resolved"), d.resolved)
        .timestamp(QStringLiteral("resolved_at"), d.resolved ? d.resolvedAt : QDateTime());
    return row;
}

Deviation DeviationRepository::read(const RowReader &r)
{
    Deviation d;
    d.id = r.id(QStringLiteral("id"));
    d.version = r.integer(QStringLiteral("version")).value_or(0);
    d.subjectId = r.id(QStringLiteral("subject_id"));
    d.visit = r.text(QStringLiteral("visit"));
    d.kind = r.text(QStringLiteral("kind"));
    d.sourceTable = r.text(QStringLiteral("source_table"));
    d.sourceId = r.id(QStringLiteral("source_id"));
    d.detectedAt = r.timestamp(QStringLiteral("detected_at"));
    d.reason = r.text(QStringLiteral("reason"));
    d.recordedBy = r.text(QStringLiteral("recorded_by"));
    d.resolved = r.flag(QStringLiteral("resolved"));
    d.resolvedAt = r.timestamp(QStringLiteral("resolved_at"));
    if (r.has(QStringLiteral("subject_code")))
        d.subjectCode = r.text(QStringLiteral("subject_code"));
    return d;
}

std::optional<Deviation> DeviationRepository::byId(const Database &db, qint64 id,
                                                   QString *error)
{
    Statement st(db, selectSql(QStringLiteral(" WHERE d.id = ?")));
    std::optional<Deviation> out;
    if (!readAll(st, {id}, [&](const Deviation &d) { out = d; return false; }, error))
        return std::nullopt;
    return out;
}

bool DeviationRepository::forSource(const Database &db, const QString &sourceTable,
                                    qint64 sourceId, QList<Deviation> *out, QString *error)
{
    Statement st(db, selectSql(QStringLiteral(" WHERE d.source_table = ? AND d.source_id = ?"
                                              " ORDER BY d.id")));
    return readAll(st, {sourceTable, sourceId},
                   [&](const Deviation &d) { out->append(d); return true; }, error);
}

bool DeviationRepository::forSubject(const Database &db, qint64 subjectId,
                                     QList<Deviation> *out, QString *error)
{
    Statement st(db, selectSql(QStringLiteral(" WHERE d.subject_id = ? ORDER BY d.id")));
    return readAll(st, {subjectId}, [&](const Deviation &d) { out->append(d); return true; },
                   error);
}

bool DeviationRepository::forEach(const Database &db,
                                  const std::function<bool(const Deviation &)> &fn,
                                  QString *error)
{
    Statement st(db, selectSql(QStringLiteral(" ORDER BY s.code, d.id")));
    return readAll(st, {}, fn, error);
}

}  // namespace trialcrf
