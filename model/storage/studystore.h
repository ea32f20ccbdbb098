// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/casebook.h"
#include "storage/database.h"
#include "storage/exportstreams.h"
#include "storage/saveresult.h"
#include "storage/savepipeline.h"
#include "storage/session.h"
#include "storage/subjectlist.h"

#include <QList>
#include <functional>
#include <optional>

namespace trialcrf {

/// The clinical data of a study: all SQL for subjects and their CRF pages lives behind this
/// facade (one repository per record type inside storage/). Every call takes the Session and
/// checks its role. Saves go through the SavePipeline: each is one transaction with its audit
/// rows and is refused when the record's version is stale, the casebook locked, the record
/// invalid, or a change to saved data comes without a reason. The subject list's reads are
/// SubjectList's, the exporters' streams ExportStreams'.
class StudyStore : public ExportStreams {
public:
    StudyStore(const Database &db, const Protocol &protocol, Clock clock = systemClock());

    SaveResult saveSubject(const Session &s, Subject &subject, const QString &reason = {});
    SaveResult saveConsent(const Session &s, Consent &consent, const QString &reason = {});
    SaveResult saveEligibility(const Session &s, Eligibility &e, const QString &reason = {});
    SaveResult saveInfusion(const Session &s, Infusion &infusion, const QString &reason = {});
    SaveResult savePasi(const Session &s, PasiAssessment &pasi, const QString &reason = {});
    SaveResult saveAdverseEvent(const Session &s, AdverseEvent &ae, const QString &reason = {});
    /// The subject withdraws on `date` for `reason` (both required; a reason for the audit
    /// trail too). Nurse or physician (EditSubject), like every edit of the subject page; the
    /// status becomes "withdrawn" in the same transaction.
    SaveResult withdrawSubject(const Session &s, qint64 subjectId, const QDate &date,
                               const QString &reason);
    /// Writes the status the stored data implies (rules::subjectStatus) when it differs, with
    /// its audit row; every save that changes the data does this itself. For a caller that
    /// wrote through the BulkWriter (the import, with Session::importing(); the demo).
    SaveResult refreshStatus(const Session &s, qint64 subjectId, const QString &reason);
    /// Gives (or changes) the reason of a deviation in the log, later than the record's save;
    /// recorded_by becomes `s`. The role must be allowed to edit the record the deviation
    /// belongs to; refused when the deviation's version is stale or the casebook locked.
    /// The dose's reason is the infusion's deviation_reason too, updated with it.
    SaveResult setDeviationReason(const Session &s, Deviation &deviation, const QString &reason);
    /// Data manager only; a reason is required to unlock.
    SaveResult setLocked(const Session &s, qint64 subjectId, bool locked, const QString &reason);

    /// Everything recorded for one subject in a handful of indexed queries. nullopt when the
    /// role may not read (ReadClinical), the subject does not exist, or on an SQL error
    /// (then *error says which).
    std::optional<Casebook> loadCasebook(const Session &s, qint64 subjectId,
                                         QString *error = nullptr) const;
    std::optional<qint64> subjectIdByCode(const QString &code) const;
    /// The number of subjects; -1 on an SQL error (then *error says which).
    int subjectCount(QString *error = nullptr) const;
    /// The number of subjects subjects() lists for this filter; -1 on an SQL error.
    int subjectCount(const QString &codePrefix, const QString &status,
                     QString *error = nullptr) const;
    /// A page of the subject list from row `offset`, ordered by code. codePrefix matches as
    /// typed or upper-cased; status is a status code, empty = any. limit < 0 = all. Empty on
    /// an SQL error (then *error says which), never a partial page.
    QList<SubjectSummary> subjects(int offset, int limit, const QString &codePrefix = {},
                                   const QString &status = {}, QString *error = nullptr) const;
    /// The page after the subject coded `afterCode` (empty: the first page), for reading the
    /// list on (lazy item models, exports): keyset paging, as fast at the end as at the top.
    QList<SubjectSummary> subjectsAfter(const QString &afterCode, int limit,
                                        const QString &codePrefix = {},
                                        const QString &status = {},
                                        QString *error = nullptr) const;
    const SubjectList &subjectList() const { return m_subjectList; }

    // The exporters' streaming reads (forEachSubject, forEachConsent, …) are ExportStreams'.

    const Database &database() const { return m_db; }
    const Protocol &protocol() const { return m_protocol; }
    Clock clock() const { return m_clock; }

private:
    const Database &m_db;
    const Protocol &m_protocol;
    Clock m_clock;
    AuditLog m_audit;
    DirectSink m_sink;
    SavePipeline m_pipeline;
    SubjectList m_subjectList;
};

}  // namespace trialcrf
