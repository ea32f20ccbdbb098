// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "records/adverseevent.h"
#include "records/consent.h"
#include "records/eligibility.h"
#include "records/infusion.h"
#include "records/pasiassessment.h"
#include "records/subject.h"
#include "storage/deviationsync.h"
#include "storage/rowwriter.h"
#include "storage/saveresult.h"
#include "storage/session.h"

#include <functional>
#include <optional>

namespace trialcrf {

class Transaction;
struct StoredEligibility;

/// What a save needs to know about the subject its page belongs to. The single save reads it
/// inside its transaction; a batch's caller (the importer, the demo generator) knows it
/// already and passes it, so no row is read back per record.
struct BulkSubject {
    qint64 id = 0;
    QString code;
    bool locked = false;
    std::optional<QDate> birthDate, week0Date;
    /// The subject's consent, for the eligibility verdict.
    std::optional<QDate> consentDate;
    std::optional<bool> consentSigned;
    /// The life cycle, for the enrolment gate of an infusion: the confirmed verdict (empty
    /// until confirmed) and the withdrawal date.
    QString confirmedVerdict;
    std::optional<QDate> withdrawalDate;
    /// The screening PASI assessment's total, the eligibility verdict's PASI.
    std::optional<int> screeningPasiTenths;

    rules::LifeCycleInput lifeCycle() const;
    /// A saved subject's page (no consent yet: set it once saved).
    static BulkSubject of(const Subject &s);
};

/// Where the pipeline's new rows go: an INSERT with version 1 and its "insert" audit row.
/// The single save writes each at once (RowWriter, AuditLog::append); a batch prepares each
/// table's INSERT once and queues the audit rows (BulkWriter's sink, AuditBatch).
class RowSink {
public:
    virtual ~RowSink() = default;
    /// The audit row's new_value is `auditJson()`, `row.insertJson()` when none (a batch
    /// renders it on its hashing thread: it may only read what it holds by value).
    virtual SaveResult insert(const WriteContext &ctx, const QString &table, const Row &row,
                              const UniqueKey &key, qint64 *id,
                              std::function<QString()> auditJson = {}) = 0;
    /// The infusion's vital signs (`rows` are InfusionRepository::vitalsRows(vitals)).
    virtual SaveResult writeVitals(qint64 infusionId, const QList<VitalSigns> &vitals,
                                   const QList<Row> &rows) = 0;
    /// Writes what the sink still holds (a server batch's COPY buffers, the queued audit
    /// rows): before the pipeline reads what a batch wrote, and before the caller commits.
    virtual SaveResult flushRows() { return SaveResult::saved(); }
    /// LotUsage::reusedBefore, counting the infusions the sink still holds.
    virtual std::optional<bool> lotReusedBefore(const Database &db, const QString &lot,
                                                qint64 subjectId, qint64 infusionId,
                                                QString *error);
};

/// The single saves' sink: each row and its audit row written at once.
class DirectSink : public RowSink {
public:
    SaveResult insert(const WriteContext &ctx, const QString &table, const Row &row,
                      const UniqueKey &key, qint64 *id,
                      std::function<QString()> auditJson = {}) override;
    SaveResult writeVitals(qint64 infusionId, const QList<VitalSigns> &vitals,
                           const QList<Row> &rows) override;

    explicit DirectSink(const Database &db) : m_db(db) {}

private:
    const Database &m_db;
};

/// The one save path of every record, for the app, the CLI, the import and the demo:
/// the role (Session::may, so an import's session is checked against ImportData), the
/// subject (exists, casebook unlocked), validate() with its context, the record's hooks (the
/// eligibility verdict and its confirmation stamp, the AE number and causality, the
/// infusion's enrolment gate and vital signs), the version check, the write with its audit
/// rows, then the subject's status (applyStatus) and the deviation log (DeviationSync).
///
/// Single (`given` null): each save is its own transaction; it reads the subject and the
/// stored record, refuses a stale version and writes the status the data implies.
/// Batched (`given` set, see BulkWriter): new records only, inside the caller's transaction;
/// the subject is the caller's BulkSubject and the status is the caller's (the importer and
/// the demo write it with StudyStore::refreshStatus once the batch is flushed).
class SavePipeline {
public:
    SavePipeline(const Database &db, const Protocol &protocol, Clock clock, AuditLog &audit,
                 RowSink &sink, bool batched);

    /// A batch's subject is written with the status it has; a single save derives it.
    SaveResult saveSubject(const Session &s, Subject &subject, const QString &reason);
    SaveResult saveConsent(const Session &s, const BulkSubject *given, Consent &consent,
                           const QString &reason);
    SaveResult saveEligibility(const Session &s, const BulkSubject *given, Eligibility &e,
                               const QString &reason);
    SaveResult saveInfusion(const Session &s, const BulkSubject *given, Infusion &infusion,
                            const QString &reason);
    SaveResult savePasi(const Session &s, const BulkSubject *given, PasiAssessment &pasi,
                        const QString &reason);
    SaveResult saveAdverseEvent(const Session &s, const BulkSubject *given, AdverseEvent &ae,
                                const QString &reason);
    /// The status the stored data implies, written with its audit row when it changed.
    SaveResult refreshStatus(const Session &s, qint64 subjectId, const QString &reason);
    /// A later reason for a deviation in the log (see StudyStore::setDeviationReason).
    SaveResult setDeviationReason(const Session &s, Deviation &deviation, const QString &reason);

    DeviationSync &deviations() { return m_deviations; }

    static SaveResult denied(const Session &s);
    /// Who writes, now, about which subject and why.
    WriteContext writeContext(const Session &s, const QString &subjectCode,
                              const QString &reason) const;

private:
    struct Page;
    /// Gives a new subject its site (the one named, else the creator's, else the study's
    /// first) and keeps a stored one's: refused when the site does not exist or is not the
    /// session's, or an edit moves the subject.
    SaveResult placeInSite(const Session &s, const Subject *stored, Subject &subject);
    /// Role, then the subject: the caller's (a batch: new records only) or read inside a
    /// new transaction. Fills `page`, including its WriteContext.
    SaveResult open(const Session &s, Action action, qint64 recordId, qint64 subjectId,
                    const BulkSubject *given, const QString &reason, Page *page) const;
    /// open() for a page record, which then belongs to the page's subject.
    template <typename Record>
    SaveResult begin(const Session &s, Action action, const BulkSubject *given, Record &record,
                     const QString &reason, Page *page) const;
    /// Commits a single save's transaction (a batch's is the caller's).
    SaveResult finish(Page &page, const SaveResult &written) const;
    /// finish(), then the record gets the id and version the page wrote.
    template <typename Record>
    SaveResult end(Page &page, const SaveResult &written, Record &record) const;
    /// The record's deviations (infusions, PASI assessments) after its write.
    template <typename Record>
    SaveResult syncDeviations(Page &page, const Record &record, const QString &table,
                              bool isNew);
    template <typename Record, typename Stored>
    struct PageSteps;
    /// The steps a record type's repository gives: its table, the stored record by id, its
    /// row and its unique key.
    template <typename Repo, typename Record, typename Stored = Record>
    PageSteps<Record, Stored> repositorySteps(Action action, bool status, bool deviations) const;
    /// The one sequence of a page's save, with the record type's steps.
    template <typename Record, typename Stored>
    SaveResult savePage(const Session &s, const BulkSubject *given, Record &record,
                        const QString &reason, const PageSteps<Record, Stored> &steps);
    /// The infusion's row and its vital signs' child rows.
    SaveResult writeInfusion(Page &page, const Infusion &infusion,
                             const std::optional<Infusion> &old);
    ValidationContext validationContext(const Page &page) const;
    /// INSERT (id 0) through the sink or UPDATE after the version check (RowWriter); the
    /// page gets the id and version the record has after commit.
    SaveResult write(Page &page, const QString &table, qint64 recordId, int recordVersion,
                     const std::optional<Row> &before, const Row &after, const UniqueKey &key,
                     std::function<QString()> auditJson = {});
    /// Inside the save's transaction: the status the data implies now, written with one
    /// "update" audit row when it changed. *status gets the status as stored after.
    SaveResult applyStatus(const WriteContext &ctx, const Subject &subject,
                           QString *status = nullptr);
    /// Confirming (or changing the confirmation of) the eligibility verdict is the
    /// investigator's act, stamped with who and when; otherwise the old stamp stays.
    SaveResult stampConfirmation(const Session &s, const Eligibility &e,
                                 const std::optional<StoredEligibility> &old,
                                 const QDateTime &now, StoredEligibility *out) const;
    /// Causality is a physician's judgement: only they may set or change it.
    static SaveResult checkCausality(const Session &s, const AdverseEvent &ae,
                                     const std::optional<AdverseEvent> &old);

    const Database &m_db;
    const Protocol &m_protocol;
    Clock m_clock;
    AuditLog &m_audit;
    RowSink &m_sink;
    bool m_batched;
    QDate m_batchToday;  ///< a batch validates against the day it began
    DeviationSync m_deviations;
    QStringList m_siteCodes;  ///< the study's sites (read once by a batch, by each single save)
};

}  // namespace trialcrf
