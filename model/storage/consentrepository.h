// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/consent.h"
#include "storage/row.h"
#include "storage/rowreader.h"
#include "storage/rowwriter.h"

#include "storage/database.h"
#include <functional>
#include <optional>

namespace trialcrf {

/// The SQL of the consents table (one consent per subject).
class ConsentRepository {
public:
    static QString table() { return QStringLiteral("consents"); }
    static QStringList columns();
    static UniqueKey uniqueKey();

    static Consent read(const RowReader &r);
    static Row toRow(const Consent &c);

    static std::optional<Consent> byId(const Database &db, qint64 id, QString *error);
    static std::optional<Consent> forSubject(const Database &db, qint64 subjectId,
                                             QString *error);
    /// Every consent with its subject's code, ordered by subject code, streamed.
    static bool forEach(const Database &db,
                        const std::function<bool(const QString &, const Consent &)> &fn,
                        QString *error);
};

}  // namespace trialcrf
