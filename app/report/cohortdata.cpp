// SPDX-License-Identifier: Apache-2.0
#include "cohortdata.h"

#include "rules/rules.h"
#include "storage/studystore.h"

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
    return subjectFrom(casebook.subject.code, casebook.pasi, protocol);
}

CohortSubject CohortData::subjectFrom(const QString &code, const QList<PasiAssessment> &pasi,
                                      const Protocol &protocol)
{
    QList<rules::PasiPoint> points;
    QList<std::pair<int, std::optional<int>>> byWeek;
    for (const VisitDef &v : protocol.visits) {
        if (!v.pasi)
            continue;
        std::optional<int> tenths;
        for (const PasiAssessment &a : pasi) {
            if (a.visit == v.code)
                tenths = a.pasiTenths(protocol);
        }
        points << rules::PasiPoint{v.code, tenths};
        if (v.week)
            byWeek.append({*v.week, tenths});
    }
    CohortSubject s;
    s.code = code;
    const std::optional<int> baseline = rules::baselineTenths(protocol, points);
    for (const auto &[week, tenths] : byWeek) {
        if (const std::optional<int> imp = rules::improvementTenthsPct(baseline, tenths))
            s.improvement.append({week, *imp});
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

std::optional<CohortData> CohortData::fromStore(const StudyStore &store, const Session &session,
                                                QString *error)
{
    // Rows come grouped by subject code: one subject's assessments are collected, then
    // turned into its series when the next code begins.
    QList<CohortSubject> subjects;
    QString code;
    QList<PasiAssessment> pasi;
    const auto flush = [&] {
        if (!code.isEmpty())
            subjects << subjectFrom(code, pasi, store.protocol());
        pasi.clear();
    };
    const bool ok = store.forEachPasi(
        session,
        [&](const QString &subjectCode, const PasiAssessment &a) {
            if (subjectCode != code) {
                flush();
                code = subjectCode;
            }
            pasi << a;
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    flush();
    return build(store.protocol(), std::move(subjects), store.subjectCount());
}

}  // namespace trialcrf
