// SPDX-License-Identifier: Apache-2.0
#include "storage/exchangequeries.h"

#include "storage/visitorder.h"

namespace trialcrf {

bool ExchangeQueries::run(const QString &sql, const QStringList &visitOrder, const Visitor &fn,
                          QString *error) const
{
    SqliteStatement st(m_db, sql);
    if (!st.isPrepared()) {
        *error = st.errorString();
        return false;
    }
    for (int i = 0; i < visitOrder.size(); ++i)  // the codes of VisitOrder::orderExpression
        st.bindText(i + 1, visitOrder.at(i));
    const Row row(st);
    while (st.next()) {
        if (!fn(row))
            return true;
    }
    if (!st.errorString().isEmpty()) {
        *error = st.errorString();
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
    QStringList percents;
    for (const QString &r : regions)
        percents << QStringLiteral("a.") + r + QLatin1String("_area_pct");
    return run(QStringLiteral("SELECT s.code, a.visit,"
                              " a.assessment_date, %1, a.bsa_pct, %3"
                              " FROM subjects s CROSS JOIN pasi_assessments a ON a.subject_id = s.id"
                              " ORDER BY s.code, %2, a.id")
                   .arg(scores.join(QStringLiteral(", ")),
                        VisitOrder::orderExpression(QStringLiteral("a.visit"), visitOrder),
                        percents.join(QStringLiteral(", "))),
               visitOrder, fn, error);
}

bool ExchangeQueries::forEachInfusion(const QStringList &visitOrder, const Visitor &fn,
                                      QString *error) const
{
    return run(QStringLiteral("SELECT s.code, i.visit,"
                              " i.infusion_date, i.weight_kg, i.actual_cells,"
                              " i.lot_number, i.viability_pct,"
                              " i.start_time, i.end_time,"
                              " i.deviation_reason, i.thaw_time,"
                              " i.reaction, i.reaction_description"
                              " FROM subjects s CROSS JOIN infusions i ON i.subject_id = s.id"
                              " ORDER BY s.code, %1, i.id")
                   .arg(VisitOrder::orderExpression(QStringLiteral("i.visit"), visitOrder)),
               visitOrder, fn, error);
}

bool ExchangeQueries::forEachVitalSigns(const QStringList &visitOrder, const Visitor &fn,
                                        QString *error) const
{
    return run(QStringLiteral("SELECT s.code, i.visit,"
                              " v.phase, v.minute, v.time,"
                              " v.temperature_c, v.pulse, v.respiration, v.systolic, v.diastolic"
                              " FROM subjects s CROSS JOIN infusions i ON i.subject_id = s.id"
                              " CROSS JOIN vital_signs v ON v.infusion_id = i.id"
                              " ORDER BY s.code, %1, i.id, v.seq")
                   .arg(VisitOrder::orderExpression(QStringLiteral("i.visit"), visitOrder)),
               visitOrder, fn, error);
}

bool ExchangeQueries::forEachAudit(qint64 upToSeq, const Visitor &fn, QString *error) const
{
    return run(QStringLiteral("SELECT seq, at_utc, user_name,"
                              " action, table_name, record_id,"
                              " subject_code, field,"
                              " old_value, new_value,"
                              " reason, prev_hash, hash"
                              " FROM audit_log WHERE seq <= %1 ORDER BY seq")
                   .arg(upToSeq),
               {}, fn, error);
}

std::optional<qint64> ExchangeQueries::lastAuditSeq(QString *error) const
{
    SqliteStatement st(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log"));
    if (!st.next()) {
        *error = st.errorString();
        return std::nullopt;
    }
    return st.integer(0);
}

}  // namespace trialcrf
