// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "records/adverseevent.h"
#include "records/consent.h"
#include "records/deviation.h"
#include "records/eligibility.h"
#include "records/infusion.h"
#include "records/pasiassessment.h"
#include "records/subject.h"
#include "storage/database.h"
#include "storage/session.h"

#include <functional>

namespace trialcrf {

/// The exporters' reads of the clinical data (StudyStore offers them as its own).
class ExportStreams {
public:
    /// Called with each record and its subject's code; returns false to stop.
    template <typename R>
    using RecordFn = std::function<bool(const QString &subjectCode, const R &)>;

    ExportStreams(const Database &db, const Protocol &protocol);

    // ---- Streaming reads for exporters -------------------------------------------------------
    // Each is one ordered, forward-only query, so memory stays flat however large the study.
    // All need ReadClinical (an exporter also checks ExportData). The callback returns false
    // to stop early. Each returns false on Denied or an SQL error, with *error set.
    // Rows come ordered by subject code; within a subject by protocol visit order or
    // ae_number.

    /// Every subject with its casebook lock.
    bool forEachSubject(const Session &s,
                        const std::function<bool(const Subject &, bool locked)> &fn,
                        QString *error = nullptr) const;
    bool forEachConsent(const Session &s, const RecordFn<Consent> &fn,
                        QString *error = nullptr) const;
    /// With the rule input merged from the subject and its consent (for age and verdict).
    bool forEachEligibility(
        const Session &s,
        const std::function<bool(const QString &subjectCode, const Eligibility &,
                                 const rules::EligibilityInput &)> &fn,
        QString *error = nullptr) const;
    /// Each infusion with its vital signs.
    bool forEachInfusion(const Session &s, const RecordFn<Infusion> &fn,
                         QString *error = nullptr) const;
    bool forEachPasi(const Session &s, const RecordFn<PasiAssessment> &fn,
                     QString *error = nullptr) const;
    bool forEachAdverseEvent(const Session &s, const RecordFn<AdverseEvent> &fn,
                             QString *error = nullptr) const;

    /// The protocol-deviation log, open and resolved, ordered by subject code then visit
    /// order and kind (with subject codes).
    bool forEachDeviation(const Session &s, const std::function<bool(const Deviation &)> &fn,
                          QString *error = nullptr) const;

    /// Visit order, then the order of rules::deviationKinds(), then oldest first.
    static void sortDeviations(const QStringList &visits, QList<Deviation> *list);
    /// ReadClinical, else false with *error set.
    static bool readAllowed(const Session &s, QString *error);

private:
    const Database &m_db;
    const Protocol &m_protocol;
};

}  // namespace trialcrf
