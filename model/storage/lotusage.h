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
    qint64 infusionId = 0;  ///< that infusion's id: a lower one was recorded earlier
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
    /// Whether an infusion of another subject than `subjectId`, recorded before infusion
    /// `infusionId` (a lower id), has this lot (trimmed): the soft check "lot reused".
    /// Inside a save (no role check). nullopt on an SQL error (*error).
    static std::optional<bool> reusedBefore(const Database &db, const QString &lot,
                                            qint64 subjectId, qint64 infusionId,
                                            QString *error);
};

}  // namespace trialcrf
