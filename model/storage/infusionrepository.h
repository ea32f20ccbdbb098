// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/infusion.h"
#include "storage/recordtable.h"

namespace trialcrf {

/// The SQL of the infusions table and its child table vital_signs.
class InfusionRepository
    : public recordquery::FieldTableRows<InfusionRepository, Infusion, &fields::infusion> {
public:
    static QString table() { return QStringLiteral("infusions"); }
    static QStringList vitalColumns();
    static UniqueKey uniqueKey(const Infusion &i);

    /// One vital-signs row; `prefix` is the column alias prefix of a joined query.
    static VitalSigns readVitals(const RowReader &r, const QString &prefix = {});
    /// The infusion's columns plus the audit-only field "vital_signs" (a JSON array):
    /// withVitals(columnsRow(i), vitalsRows(i.vitals)).
    static Row toRow(const Infusion &i);
    /// The infusion's own columns.
    static Row columnsRow(const Infusion &i);
    /// `columns` with the audit-only field "vital_signs" of `vitalRows` added.
    static Row withVitals(Row columns, const QList<Row> &vitalRows);
    /// One vital-signs row's columns (without infusion_id and seq).
    static Row vitalsRow(const VitalSigns &v);
    static QList<Row> vitalsRows(const QList<VitalSigns> &vitals);
    /// The vital signs as the audit trail shows them: a compact JSON array of objects
    /// (empty when there are none).
    static QString vitalsJson(const QList<Row> &vitalRows);

    static std::optional<Infusion> byId(const Database &db, qint64 id, QString *error);
    /// In storage order; the caller sorts by visit.
    static bool forSubject(const Database &db, qint64 subjectId, QList<Infusion> *out,
                           QString *error);
    /// Replaces the infusion's vital signs (inside the caller's transaction).
    static bool writeVitals(const Database &db, qint64 infusionId,
                            const QList<VitalSigns> &vitals, QString *error);
    /// Every infusion with its vital signs, ordered by subject code and `visitOrder`, as one
    /// streamed query.
    static bool forEach(const Database &db, const QStringList &visitOrder,
                        const std::function<bool(const QString &, const Infusion &)> &fn,
                        QString *error);
};

}  // namespace trialcrf
