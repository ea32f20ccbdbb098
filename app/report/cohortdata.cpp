// SPDX-License-Identifier: Apache-2.0
#include "cohortdata.h"

#include "storage/studystore.h"
#include "trajectorydata.h"

#include <algorithm>
#include <cmath>

namespace trialcrf {

double CohortVisit::responderPct(int levelIndex) const
{
    if (n == 0 || levelIndex < 0 || levelIndex >= responders.size())
        return 0;
    return 100.0 * responders.at(levelIndex) / n;
}

double CohortData::minPct() const
{
    int m = 0;
    for (const CohortSubject &s : subjects) {
        for (const auto &[week, tenths] : s.improvement)
            m = std::min(m, tenths);
    }
    return m / 10.0;
}

CohortSubject CohortData::subjectFrom(const Casebook &casebook, const Protocol &protocol)
{
    const TrajectoryData t = TrajectoryData::fromCasebook(casebook, protocol);
    CohortSubject s;
    s.code = t.subjectCode;
    for (const TrajectoryPoint &p : t.points) {
        if (p.week && p.improvementTenthsPct)
            s.improvement.append({*p.week, *p.improvementTenthsPct});
    }
    return s;
}

CohortData CohortData::build(const Protocol &protocol, QList<CohortSubject> subjects,
                             int totalSubjects)
{
    CohortData d;
    d.responseLevelsPct = protocol.responseLevelsPct;
    d.totalSubjects = totalSubjects < 0 ? int(subjects.size()) : totalSubjects;
    subjects.erase(std::remove_if(subjects.begin(), subjects.end(),
                                  [](const CohortSubject &s) { return s.improvement.isEmpty(); }),
                   subjects.end());
    d.subjects = std::move(subjects);

    for (const VisitDef &v : protocol.visits) {
        if (!v.week)
            continue;
        d.lastWeek = std::max(d.lastWeek, *v.week);
        if (!v.pasi)
            continue;
        d.weeks << *v.week;
        CohortVisit cv;
        cv.visit = v.code;
        cv.week = *v.week;
        cv.responders.fill(0, d.responseLevelsPct.size());
        double sum = 0, sumSq = 0;
        for (const CohortSubject &s : std::as_const(d.subjects)) {
            for (const auto &[week, tenths] : s.improvement) {
                if (week != cv.week)
                    continue;
                ++cv.n;
                const double pct = tenths / 10.0;
                sum += pct;
                sumSq += pct * pct;
                for (int i = 0; i < d.responseLevelsPct.size(); ++i) {
                    if (tenths >= d.responseLevelsPct.at(i) * 10)
                        ++cv.responders[i];
                }
            }
        }
        if (cv.n > 0)
            cv.meanPct = sum / cv.n;
        if (cv.n > 1)
            cv.sdPct = std::sqrt(std::max(0.0, (sumSq - cv.n * cv.meanPct * cv.meanPct) / (cv.n - 1)));
        d.visits << cv;
    }
    return d;
}

CohortData CohortData::fromStore(const StudyStore &store, const Session &session)
{
    constexpr int kPage = 500;
    QList<CohortSubject> subjects;
    int total = 0;
    for (int offset = 0;; offset += kPage) {
        const QList<SubjectSummary> page = store.subjects(offset, kPage);
        for (const SubjectSummary &s : page) {
            ++total;
            if (const std::optional<Casebook> cb = store.loadCasebook(session, s.id))
                subjects << subjectFrom(*cb, store.protocol());
        }
        if (page.size() < kPage)
            break;
    }
    return build(store.protocol(), std::move(subjects), total);
}

}  // namespace trialcrf
