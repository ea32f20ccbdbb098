// SPDX-License-Identifier: Apache-2.0
#include "storage/runninginfusions.h"

#include "storage/statement.h"
#include "storage/studystore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

std::optional<QList<RunningInfusion>> RunningInfusions::on(const StudyStore &store,
                                                           const Session &s, const QDate &day,
                                                           QString *error)
{
    if (!s.may(Action::ReadClinical)) {
        if (error)
            *error = QStringLiteral("the role may not read clinical data");
        return std::nullopt;
    }
    Statement st(store.database(),
                 QStringLiteral("SELECT i.subject_id, i.visit FROM infusions i"
                                " JOIN subjects s ON s.id = i.subject_id"
                                " WHERE i.infusion_date = ? AND i.start_time IS NOT NULL"
                                " AND i.end_time IS NULL ORDER BY s.code, i.id"));
    QSqlQuery &q = st.query();
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QList<QPair<qint64, QString>> found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toString()});
    q.finish();
    QList<RunningInfusion> out;
    for (const auto &[subjectId, visit] : std::as_const(found)) {
        const std::optional<Casebook> book = store.loadCasebook(s, subjectId, error);
        if (!book)
            return std::nullopt;
        if (const Infusion *i = book->infusion(visit))
            out.append({subjectId, book->subject.code, *i});
    }
    return out;
}

}  // namespace trialcrf
