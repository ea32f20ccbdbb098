// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/infusion.h"
#include "storage/session.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace trialcrf {

class StudyStore;

/// A saved infusion that has started and not ended.
struct RunningInfusion {
    qint64 subjectId = 0;
    QString subjectCode;
    Infusion infusion;  ///< as saved, with its vital signs
};

/// The infusions running at the chair, for the vital-sign watch away from the infusion page.
class RunningInfusions {
public:
    /// The infusions dated `day` with a start time and no end time, by subject code.
    /// nullopt when the role may not read clinical data or on an SQL error (*error).
    static std::optional<QList<RunningInfusion>> on(const StudyStore &store, const Session &s,
                                                    const QDate &day, QString *error = nullptr);
};

}  // namespace trialcrf
