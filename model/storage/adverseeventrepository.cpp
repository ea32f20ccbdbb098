// SPDX-License-Identifier: Apache-2.0
#include "storage/adverseeventrepository.h"

#include "records/fieldtables.h"
#include "storage/fieldrows.h"
#include "storage/recordquery.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

UniqueKey AdverseEventRepository::uniqueKey(const AdverseEvent &ae)
{
    return {QStringLiteral("ae_number"),
            QT_TRANSLATE_NOOP("Validation", "This subject already has adverse event number %1."),
            {QString::number(ae.aeNumber)}};
}

bool AdverseEventRepository::forSubject(const Database &db, qint64 subjectId,
                                        QList<AdverseEvent> *out, QString *error)
{
    return recordquery::all(db,
                            recordquery::selectBy(table(), columns(), QStringLiteral("subject_id"),
                                                  QStringLiteral("ae_number")),
                            {subjectId}, &read, out, error);
}

std::optional<int> AdverseEventRepository::nextNumber(const Database &db, qint64 subjectId,
                                                      QString *error)
{
    Statement st(db, QStringLiteral("SELECT MAX(ae_number) FROM adverse_events WHERE subject_id = ?"));
    QSqlQuery &q = st.query();
    q.addBindValue(subjectId);
    if (!q.exec() || !q.next()) {
        *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    return q.value(0).toInt() + 1;
}

bool AdverseEventRepository::forEach(
    const Database &db, const std::function<bool(const QString &, const AdverseEvent &)> &fn,
    QString *error)
{
    return recordquery::stream(
        db,
        QStringLiteral("SELECT %1, s.code AS subject_code FROM adverse_events a"
                       " JOIN subjects s ON s.id = a.subject_id"
                       " ORDER BY s.code, a.ae_number")
            .arg(RowReader::columnList(columns(), QStringLiteral("a"))),
        [&](const RowReader &r) { return fn(r.text(QStringLiteral("subject_code")), read(r)); },
        error);
}

}  // namespace trialcrf
