// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/adverseevent.h"
#include "records/consent.h"
#include "records/deviation.h"
#include "records/eligibility.h"
#include "records/infusion.h"
#include "records/pasiassessment.h"
#include "records/subject.h"
#include "storage/saveresult.h"
#include "storage/session.h"

#include <QHash>
#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace trialcrf {

class AuditBatch;
class Row;
class SqliteStatement;
class StudyStore;
struct UniqueKey;

/// What the bulk path needs to know about the subject a new record belongs to. The caller
/// (the importer, the demo generator) knows it already, so no row is read back per record.
struct BulkSubject {
    qint64 id = 0;
    QString code;
    bool locked = false;
    std::optional<QDate> birthDate, week0Date;
    /// The subject's consent, for the eligibility verdict.
    std::optional<QDate> consentDate;
    std::optional<bool> consentSigned;
    /// The life cycle, for the enrolment gate of addInfusion(): the confirmed verdict (empty
    /// until confirmed) and the withdrawal date.
    QString confirmedVerdict;
    std::optional<QDate> withdrawalDate;
    /// The screening PASI assessment's total, the eligibility verdict's PASI.
    std::optional<int> screeningPasiTenths;

    rules::LifeCycleInput lifeCycle() const
    {
        rules::LifeCycleInput in;
        in.consentSigned = consentSigned;
        in.confirmedVerdict = confirmedVerdict;
        in.withdrawalDate = withdrawalDate;
        return in;
    }

    /// A saved subject's page (no consent yet: set it once saved).
    static BulkSubject of(const Subject &s)
    {
        BulkSubject b;
        b.id = s.id;
        b.code = s.code;
        b.birthDate = s.birthDate;
        b.week0Date = s.week0Date;
        b.withdrawalDate = s.withdrawalDate;
        return b;
    }
};

/// The bulk save path of StudyStore, for writing many NEW records inside one transaction the
/// caller holds open (the all-or-nothing import; the demo generator). Each add checks the
/// same role as the store's save (import mode included), refuses a locked casebook, validates
/// the record with the same validate() and context as the store, and writes the row with its
/// "insert" audit row (record as JSON, chained and hashed; see AuditBatch). What it leaves
/// out is what only costs time when thousands of new records are written at once: a savepoint
/// per record, a SELECT of the subject per record (the caller passes a BulkSubject) and
/// statements prepared per record (each table's INSERT is prepared once, on the connection's
/// sqlite3 handle, see SqliteStatement).
///
/// All or nothing is the caller's: after any failed add the transaction holds part of that
/// record, so the caller must roll back (the importer writes nothing once a problem is found).
/// finish() writes the queued audit rows and must succeed before the caller commits.
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
    /// A new event needs its ae_number (the bulk path does not number events).
    SaveResult addAdverseEvent(const Session &s, const BulkSubject &subject, AdverseEvent &ae,
                               const QString &reason = {});

    /// Deviation rows known from an earlier export (deviations.csv), by deviationKey(). Each
    /// add of an infusion or a PASI assessment records the deviations its data shows (as
    /// StudyStore does); where one is known here, its reason, recorded_by and detected_at are
    /// taken from it (the page's own reason wins where it gives one).
    void setKnownDeviations(QHash<QString, Deviation> known) { m_known = std::move(known); }
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
    /// The checks every add of a subject's page shares: role, a new record, an unlocked
    /// casebook that exists.
    SaveResult admit(const Session &s, Action action, qint64 recordId,
                     const BulkSubject &subject) const;
    ValidationContext context(const std::optional<QDate> &birthDate,
                              const std::optional<QDate> &week0) const;
    /// INSERT of `row` into `table` plus its audit row; *id is the new row's id. The audit
    /// row's JSON is what `auditJson` returns (`row`'s insertJson() when none), called on the
    /// audit batch's hashing thread.
    SaveResult insert(const Session &s, const QString &subjectCode, const QString &reason,
                      const QString &table, const Row &row, const UniqueKey &key, qint64 *id,
                      std::function<QString()> auditJson = {});
    SqliteStatement &statement(const QString &sql);
    /// The deviation rows of a new record: one per kind, with the known row's details.
    SaveResult addDeviations(const Session &s, const BulkSubject &subject, const QString &reason,
                             const QString &visit,
                             const QString &sourceTable, qint64 sourceId, const QStringList &kinds,
                             const std::function<QString(const QString &)> &pageReason);
    /// INSERT of `rows` vital signs (1..kVitalsPerInsert), prepared once per count.
    SqliteStatement &vitalsInsert(int rows);
    static constexpr int kVitalsPerInsert = 8;

    /// The page cache while a writer lives (negative: KiB), instead of SQLite's 2 MB.
    static constexpr int kCacheSizeKib = -65536;

    StudyStore &m_store;
    std::optional<qint64> m_previousCacheSize;
    std::optional<qint64> m_previousTempStore;
    std::unique_ptr<AuditBatch> m_audit;
    QHash<QString, std::shared_ptr<SqliteStatement>> m_statements;  ///< by SQL text
    QHash<QString, SqliteStatement *> m_insertByTable;  ///< into m_statements
    std::array<SqliteStatement *, kVitalsPerInsert + 1> m_vitalsInsert{};  ///< by row count
    QDateTime m_lastNow;
    QString m_lastNowText;
    QDate m_today;
    QHash<QString, Deviation> m_known;  ///< by deviationKey(), consumed as adds show them
    struct Source {
        qint64 subjectId = 0, id = 0;
        QString table, subjectCode, visit;
    };
    QHash<QString, Source> m_sources;  ///< by "code|visit|source": the records added
};

}  // namespace trialcrf
