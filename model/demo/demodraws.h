// SPDX-License-Identifier: Apache-2.0
// The plausible clinical values of one synthetic subject, each drawn from the subject's own
// random stream: names, PASI scores, labs, infusions, vital signs, adverse events (the
// planner decides which records a subject has; these decide what they hold).
#pragma once

#include "protocol/protocol.h"
#include "records/adverseevent.h"
#include "records/eligibility.h"
#include "records/infusion.h"
#include "records/pasiassessment.h"

#include <QRandomGenerator>
#include <cmath>
#include <random>

namespace trialcrf::demodraws {

/// A subject's own random stream with the few draws the planner needs.
class Dice {
public:
    Dice(quint32 seed, int index) : m_rng(seeded(seed, index)) {}
    int between(int lo, int hi) { return lo + int(m_rng.bounded(quint32(hi - lo + 1))); }
    double uniform(double lo, double hi) { return lo + m_rng.generateDouble() * (hi - lo); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    double normal(double mean, double sd)
    {
        // Box–Muller; 1 − u keeps the logarithm finite.
        const double u = 1.0 - m_rng.generateDouble();
        const double v = m_rng.generateDouble();
        return mean + sd * std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
    }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(between(0, int(list.size()) - 1)); }

private:
    static QRandomGenerator seeded(quint32 seed, int index)
    {
        std::seed_seq sequence{seed, quint32(index)};
        return QRandomGenerator(sequence);
    }

    QRandomGenerator m_rng;
};

/// Pinyin initials (subjects are identified by initials only).
QString initials(Dice &d);

/// How one subject's psoriasis is spread over the body regions, fixed for the subject.
struct RegionProfile {
    QList<double> severityBias, areaBias;
};
RegionProfile regionProfile(Dice &d, const Protocol &p);
/// A PASI assessment whose total comes as close as the scores allow to `targetTenths`.
PasiAssessment pasiAt(Dice &d, const Protocol &p, const RegionProfile &profile,
                      const QString &visit, QDate date, int targetTenths);

/// Days back from week 0 for a last treatment: at least `washout` (and not after the
/// screening visit, `gap` days before week 0).
int daysBack(Dice &d, int washout, int gap, int spread);
/// Labs within the usual local reference ranges.
void normalLabs(Dice &d, Eligibility &e, bool male);
/// One lab value outside the protocol's limits.
void abnormalLab(Dice &d, Eligibility &e, const Protocol &p);
void noExclusions(Eligibility &e);

/// The infusion of a visit, for a subject of `weightKg`.
Infusion plannedInfusion(Dice &d, const Protocol &p, const QString &visit, QDate date,
                         double weightKg);
/// An adverse event after an infusion; a fever is also marked on the infusion itself.
AdverseEvent plannedAdverseEvent(Dice &d, const Protocol &p, Infusion &inf, QDate today);

}  // namespace trialcrf::demodraws
