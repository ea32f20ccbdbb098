// SPDX-License-Identifier: Apache-2.0
// What stands in the way of locking the study (database lock), as a pure function of the
// protocol and the data: every casebook's approval blockers (pages, outcomes, deviation
// reasons), the primary endpoint's PASI, open queries, casebooks not approved or with a
// broken signature, and fields not source-verified. No I/O, no clock: "today" is passed in.
#pragma once

#include "protocol/protocol.h"
#include "storage/casebook.h"
#include "storage/completeness.h"
#include "storage/monitoredfields.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"
#include "storage/signaturestore.h"

#include <QDate>
#include <QList>
#include <QString>

namespace trialcrf::rules {

/// One thing that stops the database lock, with the place that holds it.
struct LockBlocker {
    enum class Kind {
        Casebook,            ///< `approval` says what (missing or incomplete page, AE outcome,
                             ///< deviation without a reason, still in screening)
        PrimaryPasiMissing,  ///< the last PASI visit of the schedule is not recorded
        OpenQuery,           ///< a query not closed (`queryId`)
        NotApproved,         ///< the casebook has no valid "approved" signature
        SignatureBroken,     ///< a signature of the casebook is broken and not signed again
        SdvIncomplete,       ///< fields not verified against the source (`verified`/`total`)
    };
    Kind kind = Kind::Casebook;
    qint64 subjectId = 0;
    QString subjectCode;
    ApprovalBlocker approval;  ///< for Kind::Casebook
    FieldRef place;            ///< where to open it (a page when field is empty)
    qint64 queryId = 0;        ///< for Kind::OpenQuery
    QString detail;            ///< the query's state; the broken signature's scope/visit
    int verified = 0, total = 0;  ///< for Kind::SdvIncomplete

    /// "missing_page", "incomplete_page", "ae_no_outcome", "reason_missing",
    /// "still_screening", "primary_pasi_missing", "open_query", "not_approved",
    /// "signature_broken", "sdv_incomplete".
    QString code() const;
    /// One line in the current UI language, without the subject code.
    QString text() const;
};

/// What the readiness check reads of one subject.
struct SubjectLockFacts {
    Casebook casebook;
    QList<Signature> signatures;  ///< every signature, status and superseded filled in
    QList<SdvMark> sdvMarks;      ///< the standing marks with their status
    QList<Query> queries;         ///< the subject's queries (closed ones are skipped)
};

/// The visit of the primary endpoint's PASI: the last PASI visit of the schedule.
QString primaryPasiVisit(const Protocol &p);

/// Every blocker to locking, subject by subject in the order given:
/// - each approval blocker of the casebook on `today` (approvalBlockers()), except a missing
///   PASI at the primary visit, which is listed as PrimaryPasiMissing for every subject who
///   was enrolled (enrolled, completed; a withdrawn or screen-failed subject is not expected
///   to have it);
/// - each query not closed;
/// - NotApproved when no "approved" casebook signature is valid and current (the latest
///   whole-casebook signature must be "approved" and not broken);
/// - each signature that needs signing again (broken, not superseded);
/// - SdvIncomplete when fields of recorded pages are not verified (broken marks count as
///   not verified).
/// Empty: the study may be locked.
QList<LockBlocker> lockBlockers(const Protocol &p, const QList<SubjectLockFacts> &subjects,
                                const QDate &today);

/// The place of a page of the casebook (page codes of completeness.h): its table and key.
FieldRef pagePlace(qint64 subjectId, const QString &page, const QString &visit, int aeNumber);

}  // namespace trialcrf::rules
