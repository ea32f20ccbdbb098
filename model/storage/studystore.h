// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/casebook.h"
#include "storage/database.h"
#include "storage/saveresult.h"
#include "storage/session.h"

#include <QList>
#include <QMap>
#include <functional>
#include <optional>

namespace trialcrf {

class Row;
struct StoredEligibility;
struct StoredSubject;
struct UniqueKey;
struct WriteContext;

/// One line of the subject list.
struct SubjectSummary {
    qint64 id = 0;
    QString code, initials, status;
    std::optional<QDate> week0Date;
    bool locked = false;
    /// Visit code → date the visit was done (its infusion date, else its PASI date), so the
    /// list can show the next visit due and overdue / out-of-window flags without N+1 queries.
    QMap<QString, QDate> visitDates;
    /// The casebook's signature that counts: the latest "approved" one, else the latest
    /// "reviewed" one (whole-casebook signatures only); meaning empty when never signed.
    QString signedMeaning;
    QDateTime signedAtUtc;
    QString signedBy;  ///< printed name at signing
    /// A page of the casebook was saved after that signature (the list's cheap test, by the
    /// rows' updated_at; the signature dock and the report check the content hash).
    bool changedSinceSigned = false;
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
    /// The subject withdraws on `date` for `reason` (both required; a reason for the audit
    /// trail too). Nurse or physician (EditSubject), like every edit of the subject page; the
    /// status becomes "withdrawn" in the same transaction.
    SaveResult withdrawSubject(const Session &s, qint64 subjectId, const QDate &date,
                               const QString &reason);
    /// Writes the status the stored data implies (rules::subjectStatus) when it differs, with
    /// its audit row; every save that changes the data does this itself. For a caller that
    /// wrote through the BulkWriter (import into subjects already in the database).
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
    int subjectCount() const;
    /// The number of subjects subjects() lists for this filter.
    int subjectCount(const QString &codePrefix, const QString &status) const;
    /// A page of the subject list, ordered by code, for lazy item models. codePrefix matches
    /// as typed or upper-cased; status is a status code, empty = any. limit < 0 = all.
    QList<SubjectSummary> subjects(int offset, int limit, const QString &codePrefix = {},
                                   const QString &status = {}) const;

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
    bool forEachConsent(const Session &s,
                        const std::function<bool(const QString &subjectCode, const Consent &)> &fn,
                        QString *error = nullptr) const;
    /// With the rule input merged from the subject and its consent (for age and verdict).
    bool forEachEligibility(
        const Session &s,
        const std::function<bool(const QString &subjectCode, const Eligibility &,
                                 const rules::EligibilityInput &)> &fn,
        QString *error = nullptr) const;
    /// Each infusion with its vital signs.
    bool forEachInfusion(const Session &s,
                         const std::function<bool(const QString &subjectCode, const Infusion &)> &fn,
                         QString *error = nullptr) const;
    bool forEachPasi(
        const Session &s,
        const std::function<bool(const QString &subjectCode, const PasiAssessment &)> &fn,
        QString *error = nullptr) const;
    bool forEachAdverseEvent(
        const Session &s,
        const std::function<bool(const QString &subjectCode, const AdverseEvent &)> &fn,
        QString *error = nullptr) const;

    /// The protocol-deviation log, open and resolved, ordered by subject code then visit
    /// order and kind (with subject codes).
    bool forEachDeviation(const Session &s, const std::function<bool(const Deviation &)> &fn,
                          QString *error = nullptr) const;

    /// For the all-or-nothing CSV import (and the demo generator): while on, a session whose
    /// role may ImportData may save every record type and every field (relatedness, confirmed
    /// verdict) as if it held the edit rights. Saves are still validated and audited.
    void setImportMode(bool on) { m_importMode = on; }
    bool importMode() const { return m_importMode; }

    const Database &database() const { return m_db; }
    const Protocol &protocol() const { return m_protocol; }
    Clock clock() const { return m_clock; }

private:
    friend class BulkWriter;  // the bulk save path shares the role check and the page cursor

    bool may(const Session &s, Action a) const;
    /// The step every save of a subject's page shares once its role is checked: inside the
    /// open transaction `t`, the subject must exist and its casebook be unlocked.
    SaveResult openSubject(qint64 subjectId, const Transaction &t, StoredSubject *out) const;
    /// The start every page save shares: the role may `action`, then openSubject().
    SaveResult openPage(const Session &s, Action action, qint64 subjectId, const Transaction &t,
                        StoredSubject *out) const;
    /// "NAME (role) may not do this" (Denied). Shared with BulkWriter.
    static SaveResult denied(const Session &s);
    /// The record's hard validate() errors (Invalid); missing items do not refuse (the page is
    /// saved incomplete). A correction without a reason is refused by RowWriter::update, which
    /// knows what was recorded.
    static SaveResult checkPage(const FieldErrors &errors);
    ValidationContext validationContext(const Subject &subject) const;
    WriteContext writeContext(const Session &s, const QString &subjectCode,
                                     const QString &reason);
    /// Inserts (id 0) or updates after the version check; sets *id / *version to what the
    /// caller's object gets after commit.
    SaveResult write(const WriteContext &ctx, const QString &table, qint64 recordId,
                     int recordVersion, const Row *before, const Row &after, const UniqueKey &key,
                     qint64 *id, int *version);
    bool readAllowed(const Session &s, QString *error) const;
    /// Inside the save's transaction: the status the data implies now, written with one
    /// "update" audit row when it changed (the row's version stays: no one typed it).
    /// *status gets the status as stored after.
    SaveResult applyStatus(const WriteContext &ctx, const Subject &subject,
                           QString *status = nullptr);
    /// The screening PASI in tenths as stored, for the eligibility verdict.
    std::optional<int> screeningPasiTenths(qint64 subjectId, QString *error) const;
    /// Brings the deviation rows of one record in line with the kinds its data shows
    /// (inside the save's transaction, with audit rows): a new kind is inserted with the
    /// page's reason (recorded_by: who saves), a changed reason updates its row, an open row
    /// the data no longer shows is resolved, a resolved one shown again is reopened.
    /// `reasonFor` gives the page's reason for a kind (nullopt: keep the stored one).
    SaveResult syncDeviations(const WriteContext &ctx, qint64 subjectId, const QString &visit,
                              const QString &sourceTable, qint64 sourceId,
                              const QStringList &kinds,
                              const std::function<std::optional<QString>(const QString &)> &reasonFor);
    /// syncDeviations() for every infusion and PASI assessment of a subject whose week-0
    /// date is `week0` (after the subject's dates changed), keeping the stored reasons.
    SaveResult resyncSubjectDeviations(const WriteContext &ctx, qint64 subjectId,
                                       const std::optional<QDate> &week0);
    /// Confirming (or changing the confirmation of) the eligibility verdict is the
    /// investigator's act, stamped with who and when (`now`); otherwise the old stamp stays.
    /// *out is `e` as stored; Denied when `s` may not confirm. Shared with BulkWriter.
    SaveResult stampConfirmation(const Session &s, const Eligibility &e,
                                 const std::optional<StoredEligibility> &old,
                                 const QDateTime &now, StoredEligibility *out) const;
    /// Causality is a physician's judgement: only they may set or change it. Shared with
    /// BulkWriter.
    SaveResult checkCausality(const Session &s, const AdverseEvent &ae,
                              const std::optional<AdverseEvent> &old) const;

    const Database &m_db;
    const Protocol &m_protocol;
    Clock m_clock;
    AuditLog m_audit;
    bool m_importMode = false;

    /// Fills the signed state of a page of summaries: two queries per page, whatever its size.
    void readSignedStates(QList<SubjectSummary> &page) const;
    /// Where the last subjects() page ended, so the next sequential page continues after its
    /// last code instead of counting past `offset` rows (OFFSET costs O(offset)). Dropped by
    /// every subject save of this store.
    struct PageCursor {
        QString codePrefix, status;
        int nextOffset = -1;
        QString lastCode;
    };
    mutable PageCursor m_pageCursor;
};

}  // namespace trialcrf
