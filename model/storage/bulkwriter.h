// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/savepipeline.h"

#include <QHash>
#include <memory>

namespace trialcrf {

class RowSink;
class StudyStore;

/// SavePipeline batched, for writing many NEW records inside one transaction the caller
/// holds open (the all-or-nothing import; the demo generator). Each add runs the same steps
/// as the store's save (role, unlocked casebook, validate() with the same context, the
/// record's hooks, the deviation log, the row with its "insert" audit row, chained and
/// hashed); what a batch leaves out is what only costs time when thousands of new records
/// are written at once: a transaction per record, a SELECT of the subject per record (the
/// caller passes a BulkSubject) and statements prepared per record (each table's INSERT is
/// prepared once, on the connection's sqlite3 handle, see SqliteStatement; audit rows go in
/// batches, see AuditBatch). On a PostgreSQL server the rows go with COPY instead (CopySink). The subject's status is the caller's: StudyStore::refreshStatus
/// once the batch is flushed.
///
/// All or nothing is the caller's: after any failed add the transaction holds part of that
/// record, so the caller must roll back (the importer writes nothing once a problem is found).
/// finish() writes the queued audit rows and must succeed before the caller commits.
/// An import passes its user's Session::importing(): every add is then checked against
/// ImportData.
class BulkWriter {
public:
    explicit BulkWriter(StudyStore &store);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    /// A new subject (id 0); sets its id and version. Its status is written as given: the
    /// caller writes what its data implies (the importer checks subjects.csv's status against
    /// the rows that follow; the demo plans it with rules::subjectStatus).
    SaveResult addSubject(const Session &s, Subject &subject, const QString &reason = {});
    SaveResult addConsent(const Session &s, const BulkSubject &subject, Consent &consent,
                          const QString &reason = {});
    SaveResult addEligibility(const Session &s, const BulkSubject &subject, Eligibility &e,
                              const QString &reason = {});
    SaveResult addPasi(const Session &s, const BulkSubject &subject, PasiAssessment &pasi,
                       const QString &reason = {});
    /// With its vital signs. Refused (Invalid, at subject_code) unless the subject is enrolled
    /// on the infusion's day, as StudyStore::saveInfusion.
    SaveResult addInfusion(const Session &s, const BulkSubject &subject, Infusion &infusion,
                           const QString &reason = {});
    /// A new event without an ae_number gets the subject's next one, as in the store.
    SaveResult addAdverseEvent(const Session &s, const BulkSubject &subject, AdverseEvent &ae,
                               const QString &reason = {});

    /// Deviation rows known from an earlier export (deviations.csv), by deviationKey(). Each
    /// add of an infusion or a PASI assessment records the deviations its data shows (as
    /// StudyStore does); where one is known here, its reason, recorded_by and detected_at are
    /// taken from it (the page's own reason wins where it gives one).
    void setKnownDeviations(QHash<QString, Deviation> known);
    static QString deviationKey(const QString &subjectCode, const QString &visit,
                                const QString &sourceCode, const QString &kind);
    /// The known deviations no add showed: each whose record was added is written as
    /// resolved (history kept); the keys of those without their record are returned in
    /// *orphans (the caller reports them).
    SaveResult addResolvedKnownDeviations(const Session &s, QStringList *orphans,
                                          const QString &reason = {});

    /// Writes the queued audit rows. Call before committing.
    SaveResult finish();

private:
    std::unique_ptr<RowSink> m_sink;  ///< BatchSink on SQLite, CopySink on a server
    AuditLog m_audit;  ///< for the pipeline's context; a batch's rows go through m_sink
    SavePipeline m_pipeline;
};

}  // namespace trialcrf
