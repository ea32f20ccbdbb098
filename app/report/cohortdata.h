// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace trialcrf {

struct Casebook;
struct PasiAssessment;
struct Session;
class StudyStore;

/// One subject's improvement % by week, from the baseline on.
struct CohortSubject {
    QString code;
    /// (week, improvement in tenths of a percent), in week order; the baseline visit is 0 %.
    QList<std::pair<int, int>> improvement;
};

/// Statistics of one post-baseline PASI visit across the cohort.
struct CohortVisit {
    QString visit;
    int week = 0;
    int n = 0;             ///< subjects with an improvement at this visit
    double meanPct = 0;
    double sdPct = 0;      ///< sample SD (n − 1); 0 when n < 2
    QList<int> responders; ///< per response level: subjects at or above it
    double responderPct(int levelIndex) const;
};

/// Everything the cohort chart and the responders table draw.
struct CohortData {
    QList<CohortSubject> subjects;  ///< subjects with at least one improvement value
    QList<CohortVisit> visits;      ///< the PASI visits with a week, in schedule order
    QList<int> responseLevelsPct;
    QList<int> weeks;               ///< PASI weeks (axis ticks)
    int lastWeek = 0;
    int totalSubjects = 0;          ///< subjects looked at, with or without data

    bool isEmpty() const { return subjects.isEmpty(); }
    /// Lowest improvement of any subject, in percent; 0 when none is negative.
    double minPct() const;

    /// One subject's series from its casebook (empty series when there is no baseline).
    static CohortSubject subjectFrom(const Casebook &casebook, const Protocol &protocol);
    /// The same from the subject's PASI assessments alone.
    static CohortSubject subjectFrom(const QString &code, const QList<PasiAssessment> &pasi,
                                     const Protocol &protocol);
    /// Statistics and responders from the subjects' series.
    static CohortData build(const Protocol &protocol, QList<CohortSubject> subjects,
                            int totalSubjects = -1);
    /// Every subject of the study, streamed with StudyStore::forEachPasi (one forward-only
    /// query, flat memory). nullopt with *error when the session may not read or SQL fails.
    static std::optional<CohortData> fromStore(const StudyStore &store, const Session &session,
                                               QString *error = nullptr);
};

}  // namespace trialcrf
