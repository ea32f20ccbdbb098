// SPDX-License-Identifier: Apache-2.0
#include "storage/deviationrepository.h"

#include "records/fieldtables.h"
#include "storage/fieldrows.h"
#include "storage/recordquery.h"
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

UniqueKey DeviationRepository::uniqueKey()
{
    return UniqueKey{QStringLiteral("kind"),
                     QT_TRANSLATE_NOOP("Validation", "This deviation is already in the log."),
                     {}};
}

Deviation DeviationRepository::read(const RowReader &r)
{
    Deviation d;
    recordquery::readKeys(r, &d);
    fieldrows::read(r, fields::deviation(), &d);
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
