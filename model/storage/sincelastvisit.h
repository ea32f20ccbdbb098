// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/monitoredfields.h"
#include "storage/sdvstore.h"
#include "storage/session.h"
#include "storage/signaturestore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace trialcrf {

class StudyStore;

/// One value created or changed: its audit row (action insert or update; `field` is the
/// storage column, empty when a page was created with its values in newValue as JSON), the
/// field it changed and that field's visit.
struct ChangedValue : AuditEntry {
    FieldRef ref;
    QString visit;  ///< monitoredfields::visitOf(ref)
};

/// What changed since the logged-in user's previous session: every value created or changed
/// on a casebook page (from the audit trail), the signatures broken and the SDV marks broken,
/// each by subject code, then visit order.
struct SinceLastVisit {
    QDateTime previousLogin;  ///< the start of the previous session; invalid for a first one
    QList<ChangedValue> changes;
    QList<Signature> brokenSignatures;
    QList<SdvMark> brokenMarks;
};

namespace sincelastvisit {

/// The report for session `s` (whose latest login row is the current session's). Needs
/// ReadAudit (monitor, data manager); nullopt with *error otherwise or on an SQL error.
std::optional<SinceLastVisit> read(const StudyStore &store, const Session &s,
                                   QString *error = nullptr);

}  // namespace sincelastvisit

}  // namespace trialcrf
