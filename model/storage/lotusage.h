// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"
#include "storage/session.h"

#include <QList>
#include <QString>
#include <optional>

namespace trialcrf {

/// An infusion of a cell lot: which subject had it, at which visit.
struct LotUse {
    QString subjectCode;
    QString visit;
};

/// Where a cell product's lot has been infused before: the infusions of other subjects that
/// recorded the same lot number (compared as stored, after trimming the typed text).
class LotUsage {
public:
    /// The infusions of subjects other than `subjectId` with this lot, by subject code and
    /// visit. nullopt when the role may not read clinical data or on an SQL error (*error).
    static std::optional<QList<LotUse>> otherSubjects(const Database &db, const Session &s,
                                                      const QString &lot, qint64 subjectId,
                                                      QString *error = nullptr);
};

}  // namespace trialcrf
