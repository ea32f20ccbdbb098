// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/deviation.h"
#include "storage/recordtable.h"

namespace trialcrf {

/// The SQL of the deviations table (the protocol-deviation log).
class DeviationRepository
    : public recordquery::FieldTableRows<DeviationRepository, Deviation, &fields::deviation> {
public:
    static QString table() { return QStringLiteral("deviations"); }
    static UniqueKey uniqueKey();

    /// A row of a query that selected columns() plus "subject_code".
    static Deviation read(const RowReader &r);

    static std::optional<Deviation> byId(const Database &db, qint64 id, QString *error);
    /// The rows of one record (any state).
    static bool forSource(const Database &db, const QString &sourceTable, qint64 sourceId,
                          QList<Deviation> *out, QString *error);
    /// The rows of one subject (any state), in storage order; the caller sorts.
    static bool forSubject(const Database &db, qint64 subjectId, QList<Deviation> *out,
                           QString *error);
    /// Every row ordered by subject code, then id; the callback returns false to stop.
    static bool forEach(const Database &db, const std::function<bool(const Deviation &)> &fn,
                        QString *error);
};

}  // namespace trialcrf
