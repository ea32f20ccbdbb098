// SPDX-License-Identifier: Apache-2.0
#include "storage/exchangequeries.h"

#include "storage/visitorder.h"

#include <QSqlError>

namespace trialcrf {

bool ExchangeQueries::run(const QString &sql, const QStringList &visitOrder, const Visitor &fn,
                          QString *error) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = Database::describe(q.lastError());
        return false;
    }
    VisitOrder::bind(q, visitOrder);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    const Row row(q);
    while (q.next()) {
        if (!fn(row))
            break;
    }
    if (q.lastError().isValid()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    return true;
}

bool ExchangeQueries::forEachPasi(const QStringList &visitOrder, const QStringList &regions,
                                  const Visitor &fn, QString *error) const
{
    QStringList scores;
    for (const QString &r : regions) {
        for (const char *s : {"_erythema", "_induration", "_desquamation", "_area"})
            scores << QStringLiteral("a.") + r + QLatin1String(s);
    }
    return run(QStringLiteral("SELECT CAST(s.code AS BLOB), CAST(a.visit AS BLOB),"
                              " CAST(a.assessment_date AS BLOB), %1, a.bsa_pct"
                              " FROM pasi_assessments a JOIN subjects s ON s.id = a.subject_id"
                              " ORDER BY s.code, %2, a.id")
                   .arg(scores.join(QStringLiteral(", ")),
                        VisitOrder::orderExpression(QStringLiteral("a.visit"), visitOrder)),
               visitOrder, fn, error);
}

bool ExchangeQueries::forEachInfusion(const QStringList &visitOrder, const Visitor &fn,
                                      QString *error) const
{
    return run(QStringLiteral("SELECT CAST(s.code AS BLOB), CAST(i.visit AS BLOB),"
                              " CAST(i.infusion_date AS BLOB), i.weight_kg, i.actual_cells,"
                              " CAST(i.lot_number AS BLOB), i.viability_pct,"
                              " CAST(i.start_time AS BLOB), CAST(i.end_time AS BLOB),"
                              " CAST(i.deviation_reason AS BLOB), CAST(i.thaw_time AS BLOB),"
                              " i.reaction, CAST(i.reaction_description AS BLOB)"
                              " FROM infusions i JOIN subjects s ON s.id = i.subject_id"
                              " ORDER BY s.code, %1, i.id")
                   .arg(VisitOrder::orderExpression(QStringLiteral("i.visit"), visitOrder)),
               visitOrder, fn, error);
}

bool ExchangeQueries::forEachVitalSigns(const QStringList &visitOrder, const Visitor &fn,
                                        QString *error) const
{
    return run(QStringLiteral("SELECT CAST(s.code AS BLOB), CAST(i.visit AS BLOB),"
                              " CAST(v.phase AS BLOB), v.minute, CAST(v.time AS BLOB),"
                              " v.temperature_c, v.pulse, v.respiration, v.systolic, v.diastolic"
                              " FROM vital_signs v JOIN infusions i ON i.id = v.infusion_id"
                              " JOIN subjects s ON s.id = i.subject_id"
                              " ORDER BY s.code, %1, i.id, v.seq")
                   .arg(VisitOrder::orderExpression(QStringLiteral("i.visit"), visitOrder)),
               visitOrder, fn, error);
}

bool ExchangeQueries::forEachAudit(const Visitor &fn, QString *error) const
{
    return run(QStringLiteral("SELECT seq, CAST(at_utc AS BLOB), CAST(user_name AS BLOB),"
                              " CAST(action AS BLOB), CAST(table_name AS BLOB), record_id,"
                              " CAST(subject_code AS BLOB), CAST(field AS BLOB),"
                              " CAST(old_value AS BLOB), CAST(new_value AS BLOB),"
                              " CAST(reason AS BLOB), CAST(prev_hash AS BLOB), CAST(hash AS BLOB)"
                              " FROM audit_log ORDER BY seq"),
               {}, fn, error);
}

}  // namespace trialcrf
