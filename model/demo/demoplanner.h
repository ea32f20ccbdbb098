// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "records/adverseevent.h"
#include "records/consent.h"
#include "records/eligibility.h"
#include "records/infusion.h"
#include "records/pasiassessment.h"
#include "records/subject.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace trialcrf {

/// One step of a demo subject's history, in the order a site would record it.
struct DemoVisitPlan {
    QString visit;                     ///< visit code
    std::optional<PasiAssessment> pasi;
    std::optional<Infusion> infusion;
    QList<AdverseEvent> adverseEvents; ///< recorded after this visit's infusion
};

/// Everything the demo records for one synthetic subject. Records carry no ids: the
/// generator fills subjectId after saving the subject. Pure data, no I/O.
struct DemoSubjectPlan {
    Subject subject;                   ///< status "screening" as first saved
    Consent consent;
    std::optional<PasiAssessment> screeningPasi;
    Eligibility eligibility;           ///< confirmedVerdict set when the physician confirmed
    QList<DemoVisitPlan> visits;       ///< week0 onward, only visits done by "today"
    /// Status changes after screening, in order (e.g. enrolled, then completed): each follows
    /// from the data written before it (rules::subjectStatus), none is written as such.
    QStringList statusChanges;
    /// When the subject withdrew (status change "withdrawn"), with this reason.
    std::optional<QDate> withdrawalDate;
    QString withdrawalReason;
    QString screenFailReason;          ///< code of the planned failure, empty if none
};

/// Plans realistic synthetic subjects for the demo study: deterministic for a seed, a
/// subject index and "today" (each subject has its own random stream, so subject 7 is the
/// same whether the study has 40 or 100,000 subjects). Numbers of the protocol (visits,
/// windows, dose, thresholds) come from the Protocol; the rest are plausible clinical values.
class DemoPlanner {
public:
    DemoPlanner(const Protocol &protocol, QDate today, quint32 seed, int subjectCount);

    DemoSubjectPlan plan(int index) const;
    /// "S0001" … with at least four digits, wide enough for subjectCount.
    QString subjectCode(int index) const;

    /// Names of the demo staff that appear in records (consent obtained by).
    static QString nurseName();

private:
    const Protocol &m_protocol;
    QDate m_today;
    quint32 m_seed;
    int m_codeWidth;
};

}  // namespace trialcrf
