// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/adverseevent.h"
#include "storage/recordtable.h"

namespace trialcrf {

/// The SQL of the adverse_events table (numbered 1, 2, … per subject).
class AdverseEventRepository
    : public recordquery::FieldTableRows<AdverseEventRepository, AdverseEvent,
                                         &fields::adverseEvent> {
public:
    static QString table() { return QStringLiteral("adverse_events"); }
    static UniqueKey uniqueKey(const AdverseEvent &ae);

    static bool forSubject(const Database &db, qint64 subjectId, QList<AdverseEvent> *out,
                           QString *error);
    /// The number the subject's next adverse event gets (highest + 1).
    static std::optional<int> nextNumber(const Database &db, qint64 subjectId,
                                         QString *error);
    /// Every adverse event ordered by subject code and number, streamed.
    static bool forEach(const Database &db,
                        const std::function<bool(const QString &, const AdverseEvent &)> &fn,
                        QString *error);
};

}  // namespace trialcrf
