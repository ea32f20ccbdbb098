// SPDX-License-Identifier: Apache-2.0
#include "storage/exchangequeries.h"

#include "storage/sqldialect.h"
#include "storage/visitorder.h"

namespace trialcrf {

bool ExchangeQueries::run(const QString &sql, const QStringList &visitOrder, const Visitor &fn,
                          QString *error) const
{
    SqliteStatement st(m_db, sql, SqliteStatement::Read::Streamed);
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

namespace {

QString qualified(const QString &alias, const QStringList &columns)
{
    QStringList out;
    out.reserve(columns.size());
    for (const QString &c : columns)
        out << alias + QLatin1Char('.') + c;
    return out.join(QStringLiteral(", "));
}

}  // namespace

bool ExchangeQueries::forEachRecord(const QString &table, const QStringList &columns,
                                    const QStringList &visitOrder, const Visitor &fn,
                                    QString *error) const
{
    // Table and column names come from the field tables, never from input.
    return run(QStringLiteral("SELECT s.code, %1"
                              " FROM subjects s %4 %2 r ON r.subject_id = s.id"
                              " ORDER BY s.code, %3, r.id")
                   .arg(qualified(QStringLiteral("r"), columns), table,
                        VisitOrder::orderExpression(QStringLiteral("r.visit"), visitOrder),
                        SqlDialect::orderedJoin(m_db.connection())),
               visitOrder, fn, error);
}

bool ExchangeQueries::forEachVitalSigns(const QStringList &columns,
                                        const QStringList &visitOrder, const Visitor &fn,
                                        QString *error) const
{
    return run(QStringLiteral("SELECT s.code, i.visit, %1"
                              " FROM subjects s %3 infusions i ON i.subject_id = s.id"
                              " %3 vital_signs v ON v.infusion_id = i.id"
                              " ORDER BY s.code, %2, i.id, v.seq")
                   .arg(qualified(QStringLiteral("v"), columns),
                        VisitOrder::orderExpression(QStringLiteral("i.visit"), visitOrder),
                        SqlDialect::orderedJoin(m_db.connection())),
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
