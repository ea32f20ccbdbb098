// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/casebook.h"
#include "storage/database.h"
#include "storage/saveresult.h"
#include "storage/session.h"

#include <QList>
#include <QMap>
#include <optional>

namespace trialcrf {

/// One line of the subject list.
struct SubjectSummary {
    qint64 id = 0;
    QString code, initials, status;
    std::optional<QDate> week0Date;
    bool locked = false;
    /// Visit code → date the visit was done (its infusion date, else its PASI date), so the
    /// list can show the next visit due and overdue / out-of-window flags without N+1 queries.
    QMap<QString, QDate> visitDates;
};

/// The clinical data of a study: all SQL for subjects and their CRF pages lives behind this
/// facade (one repository per record type inside storage/). Every call takes the Session and
/// checks its role; every save is one transaction with its audit rows and is refused when the
/// record's version is stale, the casebook locked, the record invalid, or a change to saved
/// data comes without a reason.
class StudyStore {
public:
    StudyStore(const Database &db, const Protocol &protocol, Clock clock = systemClock());

    SaveResult saveSubject(const Session &s, Subject &subject, const QString &reason = {});
    SaveResult saveConsent(const Session &s, Consent &consent, const QString &reason = {});
    SaveResult saveEligibility(const Session &s, Eligibility &e, const QString &reason = {});
    SaveResult saveInfusion(const Session &s, Infusion &infusion, const QString &reason = {});
    SaveResult savePasi(const Session &s, PasiAssessment &pasi, const QString &reason = {});
    SaveResult saveAdverseEvent(const Session &s, AdverseEvent &ae, const QString &reason = {});
    /// Data manager only; a reason is required to unlock.
    SaveResult setLocked(const Session &s, qint64 subjectId, bool locked, const QString &reason);

    std::optional<Casebook> loadCasebook(const Session &s, qint64 subjectId) const;
    std::optional<qint64> subjectIdByCode(const QString &code) const;
    int subjectCount() const;
    /// A page of the subject list, ordered by code, for lazy item models.
    QList<SubjectSummary> subjects(int offset, int limit, const QString &codePrefix = {},
                                   const QString &status = {}) const;

    const Database &database() const { return m_db; }
    const Protocol &protocol() const { return m_protocol; }
    Clock clock() const { return m_clock; }

private:
    const Database &m_db;
    const Protocol &m_protocol;
    Clock m_clock;
};

}  // namespace trialcrf
