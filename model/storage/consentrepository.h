// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/consent.h"
#include "storage/recordtable.h"

namespace trialcrf {

/// The SQL of the consents table (one consent per subject).
class ConsentRepository
    : public recordquery::FieldTableRows<ConsentRepository, Consent, &fields::consent> {
public:
    static QString table() { return QStringLiteral("consents"); }
    static UniqueKey uniqueKey();

    static std::optional<Consent> forSubject(const Database &db, qint64 subjectId,
                                             QString *error);
    /// Every consent with its subject's code, ordered by subject code, streamed.
    static bool forEach(const Database &db,
                        const std::function<bool(const QString &, const Consent &)> &fn,
                        QString *error);
};

}  // namespace trialcrf
