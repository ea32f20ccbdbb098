// SPDX-License-Identifier: Apache-2.0
#include "storage/lotusage.h"

#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

std::optional<QList<LotUse>> LotUsage::otherSubjects(const Database &db, const Session &s,
                                                     const QString &lot, qint64 subjectId,
                                                     QString *error)
{
    if (!s.may(Action::ReadClinical)) {
        if (error)
            *error = QStringLiteral("the role may not read clinical data");
        return std::nullopt;
    }
    QList<LotUse> out;
    const QString trimmed = lot.trimmed();
    if (trimmed.isEmpty())
        return out;
    Statement st(db, QStringLiteral("SELECT s.code, i.visit, i.id FROM infusions i"
                                    " JOIN subjects s ON s.id = i.subject_id"
                                    " WHERE TRIM(i.lot_number) = ? AND i.subject_id <> ?"
                                    " ORDER BY s.code, i.id"));
    QSqlQuery &q = st.query();
    q.addBindValue(trimmed);
    q.addBindValue(subjectId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        out << LotUse{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
    return out;
}

std::optional<bool> LotUsage::reusedBefore(const Database &db, const QString &lot,
                                           qint64 subjectId, qint64 infusionId, QString *error)
{
    const QString trimmed = lot.trimmed();
    if (trimmed.isEmpty())
        return false;
    Statement st(db, QStringLiteral("SELECT 1 FROM infusions WHERE TRIM(lot_number) = ?"
                                    " AND subject_id <> ? AND id < ? LIMIT 1"));
    QSqlQuery &q = st.query();
    q.addBindValue(trimmed);
    q.addBindValue(subjectId);
    q.addBindValue(infusionId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    return q.next();
}

}  // namespace trialcrf
