// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

namespace trialcrf {

/// The CSV export's queries for its largest files (PASI, infusions, vital signs, audit):
/// one SELECT each on the connection's sqlite3 handle (SqliteStatement), its columns in the
/// export's order, values read in place by position: no QVariant per value, no record
/// objects, no column lookups by name and no date parsing per row, so the export keeps pace
/// with the sqlite3 shell. Rows come in the order of StudyStore's visitors: subject code, then
/// protocol visit order (then storage order); the queries walk the subjects by their code
/// index, so only each subject's few rows are sorted by visit. Text columns come as their
/// stored UTF-8 bytes (no conversion to UTF-16 and back), dates and times as the stored ISO
/// text (YYYY-MM-DD, HH:MM), which is what the export writes; numbers as numbers.
/// Owned by the exchange area; the smaller files go through StudyStore's visitors.
class ExchangeQueries {
public:
    /// One row of a query, read by position; valid during the visitor's call only.
    class Row {
    public:
        explicit Row(const SqliteStatement &st) : m_st(st) {}
        bool isNull(int i) const { return m_st.isNull(i); }
        qint64 integer(int i) const { return m_st.integer(i); }
        double real(int i) const { return m_st.real(i); }
        /// The stored text's UTF-8 bytes in place (size 0 for NULL).
        const char *utf8(int i, int *size) const { return m_st.utf8(i, size); }
        /// A copy of the stored text's bytes.
        QByteArray bytes(int i) const { return m_st.bytes(i); }

    private:
        const SqliteStatement &m_st;
    };
    using Visitor = std::function<bool(const Row &)>;  ///< false stops early

    explicit ExchangeQueries(const Database &db) : m_db(db) {}

    /// For every row of `table` (a record table with subject_id and visit): the subject's
    /// code, then `columns` (column i + 1 is columns[i]); by subject code, then visit order.
    bool forEachRecord(const QString &table, const QStringList &columns,
                       const QStringList &visitOrder, const Visitor &fn, QString *error) const;
    /// For every vital-sign set: the subject's code, the infusion's visit, then `columns` of
    /// vital_signs (column i + 2 is columns[i]); in infusion order, then their recorded order.
    bool forEachVitalSigns(const QStringList &columns, const QStringList &visitOrder,
                           const Visitor &fn, QString *error) const;
    /// seq, at_utc, user_name, action, table_name, record_id, subject_code, field, old_value,
    /// new_value, reason, prev_hash, hash (as stored) of the rows up to `upToSeq`; by seq.
    bool forEachAudit(qint64 upToSeq, const Visitor &fn, QString *error) const;
    /// The audit trail's last seq (0 when empty), or nullopt with *error.
    std::optional<qint64> lastAuditSeq(QString *error) const;

private:
    bool run(const QString &sql, const QStringList &visitOrder, const Visitor &fn,
             QString *error) const;

    const Database &m_db;
};

}  // namespace trialcrf
