// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/eligibility.h"
#include "storage/row.h"
#include "storage/rowreader.h"
#include "storage/rowwriter.h"

#include <QDateTime>
#include "storage/database.h"
#include <functional>
#include <optional>

namespace trialcrf {

/// An eligibility row as stored: the record plus who confirmed its verdict and when.
struct StoredEligibility {
    Eligibility eligibility;
    QString confirmedBy;
    QDateTime confirmedAt;
};

/// The SQL of the eligibility table (one assessment per subject).
class EligibilityRepository {
public:
    static QString table() { return QStringLiteral("eligibility"); }
    static QStringList columns();
    static UniqueKey uniqueKey();

    static StoredEligibility read(const RowReader &r);
    static Row toRow(const StoredEligibility &e);

    static std::optional<StoredEligibility> byId(const Database &db, qint64 id,
                                                 QString *error);
    static std::optional<StoredEligibility> forSubject(const Database &db, qint64 subjectId,
                                                       QString *error);
    /// Every assessment ordered by subject code, with the rule input merged from the subject
    /// and the consent (one query, streamed).
    /// With the screening PASI (from its PASI assessment) in each record's pasiTenths.
    static bool forEach(const Database &db, const Protocol &p,
                        const std::function<bool(const QString &, const StoredEligibility &,
                                                 const rules::EligibilityInput &)> &fn,
                        QString *error);
};

}  // namespace trialcrf
