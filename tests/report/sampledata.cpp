// SPDX-License-Identifier: Apache-2.0
#include "sampledata.h"

#include "protocol/protocol.h"

#include <QRandomGenerator>
#include <cmath>

namespace trialcrf::sample {

TrajectoryData trajectory()
{
    const Protocol &p = Protocol::builtIn();
    TrajectoryData d = TrajectoryData::schedule(p);
    d.subjectCode = QStringLiteral("S003");
    d.baselineTenths = 228;
    const QDate week0(2021, 9, 6);
    const struct {
        const char *visit;
        std::optional<int> week;
        int tenths;
        int dayOffset;  ///< days from the target date
    } rows[] = {{"screening", std::nullopt, 246, -12}, {"week0", 0, 228, 0}, {"week2", 2, 181, 1},
                {"week4", 4, 126, 5},                  {"week6", 6, 84, -1}, {"week8", 8, 51, 0},
                {"week12", 12, 20, 2}};
    for (const auto &r : rows) {
        TrajectoryPoint t;
        t.visit = QLatin1String(r.visit);
        t.week = r.week;
        t.pasiTenths = r.tenths;
        t.date = week0.addDays(7 * r.week.value_or(0) + r.dayOffset);
        t.baseline = r.week == 0;
        if (r.week)
            t.improvementTenthsPct = int(std::lround((228.0 - r.tenths) / 228.0 * 1000));
        t.outOfWindow = r.dayOffset > p.visitWindowDays;
        d.points << t;
    }
    for (InfusionMark &m : d.infusions) {
        m.given = true;
        m.date = week0.addDays(7 * m.week);
        m.targetCells = 127'000'000;
        m.actualCells = m.week == 4 ? 110'000'000 : 128'000'000;
        m.deviationPct = (double(*m.actualCells) - 127e6) / 127e6 * 100;
        m.withinTolerance = std::abs(*m.deviationPct) <= p.doseTolerancePct;
    }
    return d;
}

CohortData cohort(int subjects, quint32 seed)
{
    const Protocol &p = Protocol::builtIn();
    QRandomGenerator rng(seed);
    QList<CohortSubject> list;
    list.reserve(subjects);
    for (int i = 0; i < subjects; ++i) {
        CohortSubject s;
        s.code = QStringLiteral("S%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        // Final response between −10 % and 100 %, most subjects responding, reached with a
        // time constant of 2.5–6.5 weeks.
        const double final = -10 + 110 * std::sqrt(rng.generateDouble());
        const double tau = 2.5 + rng.bounded(4.0);
        s.improvement.append({0, 0});
        for (const VisitDef &v : p.visits) {
            if (!v.week || *v.week == 0 || !v.pasi)
                continue;
            if (rng.bounded(100) < 6)  // a missed visit
                continue;
            const double pct = final * (1 - std::exp(-*v.week / tau)) + (rng.bounded(10.0) - 5);
            s.improvement.append({*v.week, int(std::lround(std::clamp(pct, -60.0, 100.0) * 10))});
        }
        list << s;
    }
    return CohortData::build(p, std::move(list));
}

}  // namespace trialcrf::sample
