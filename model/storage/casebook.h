// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/adverseevent.h"
#include "records/consent.h"
#include "records/deviation.h"
#include "records/eligibility.h"
#include "records/infusion.h"
#include "records/pasiassessment.h"
#include "records/subject.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace trialcrf {

/// Everything recorded for one subject.
struct Casebook {
    Subject subject;
    std::optional<Consent> consent;
    std::optional<Eligibility> eligibility;
    QList<Infusion> infusions;          ///< in visit order
    QList<PasiAssessment> pasi;         ///< in visit order
    QList<AdverseEvent> adverseEvents;  ///< by ae_number
    /// The protocol-deviation log of the subject, open and resolved, in visit order then
    /// rules::deviationKinds() order.
    QList<Deviation> deviations;
    bool locked = false;
    /// Who confirmed the eligibility verdict and when (empty / invalid until confirmed).
    QString eligibilityConfirmedBy;
    QDateTime eligibilityConfirmedAt;

    // The accessors that return a pointer into the casebook exist for lvalues only: called
    // on a Casebook temporary (a function returning one by value) the pointer would dangle,
    // so that does not compile. Keep the casebook in a variable, or copy the record out.
    const Infusion *infusion(const QString &visit) const &;
    const Infusion *infusion(const QString &visit) const && = delete;
    /// The open deviations of one record ("infusions" / "pasi_assessments", its id).
    QList<Deviation> openDeviations(const QString &sourceTable, qint64 sourceId) const;
    /// True when an open deviation has no reason (approval signing waits for it).
    bool hasDeviationWithoutReason() const;
    const PasiAssessment *pasiAt(const QString &visit) const &;
    const PasiAssessment *pasiAt(const QString &visit) const && = delete;
    /// The rule input for eligibility, merged from subject, consent and eligibility.
    rules::EligibilityInput eligibilityInput() const;
    /// One point per PASI visit of the protocol, in visit order; tenths nullopt where the
    /// assessment is missing or incomplete.
    QList<rules::PasiPoint> pasiPoints(const Protocol &p) const;
    /// What the subject's status follows from (rules::subjectStatus), as this casebook holds it.
    rules::LifeCycleInput lifeCycle(const Protocol &p) const;
    /// The screening PASI assessment, if saved (the eligibility page's PASI comes from it).
    const PasiAssessment *screeningPasi(const Protocol &p) const &;
    const PasiAssessment *screeningPasi(const Protocol &p) const && = delete;
};

}  // namespace trialcrf
