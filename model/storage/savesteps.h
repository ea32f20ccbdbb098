// SPDX-License-Identifier: Apache-2.0
// The steps the saves of SavePipeline share (internal to storage/).
#pragma once

#include "rules/deviations.h"
#include "storage/database.h"
#include "storage/eligibilityrepository.h"
#include "storage/savepipeline.h"

namespace trialcrf::savesteps {

inline SaveResult readFailure(const QString &error)
{
    return SaveResult::failure(SaveResult::Status::DatabaseError, error);
}

inline SaveResult gone()
{
    return SaveResult::failure(SaveResult::Status::Stale, QStringLiteral("this record no longer exists"));
}

inline SaveResult lockedCasebook(const QString &code)
{
    return SaveResult::failure(SaveResult::Status::Locked,
                               QStringLiteral("the casebook of %1 is locked").arg(code));
}

/// The record's hard validate() errors (Invalid); missing items do not refuse (the page is
/// saved incomplete). A correction without a reason is refused where the stored record is
/// known: RowWriter::update.
inline SaveResult checkPage(const FieldErrors &errors)
{
    if (hasHardErrors(errors))
        return SaveResult::invalid(hardErrors(errors));
    return SaveResult::saved();
}

/// The reason a page gives for a deviation kind; nullopt keeps the stored one. The dose's
/// reason is the infusion's own column, so the log always shows what the column holds.
inline std::optional<QString> pageReason(const Infusion &i, const QString &kind)
{
    const QString reason = i.deviationReasonFor(kind);
    if (kind == QLatin1String(rules::deviation::kDoseOutOfTolerance) || !reason.trimmed().isEmpty())
        return reason;
    return std::nullopt;
}
inline std::optional<QString> pageReason(const PasiAssessment &a, const QString &kind)
{
    const QString reason = a.deviationReasons.value(kind);
    return reason.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(reason);
}

/// The record a repository's byId returns (eligibility comes with its confirmation).
template <typename T>
const T &recordOf(const T &stored)
{
    return stored;
}
inline const Eligibility &recordOf(const StoredEligibility &stored)
{
    return stored.eligibility;
}

/// A change must find its record, still of the same subject, at the version the user
/// edited. For a new record (id 0) nothing is read.
template <typename Record, typename Stored>
inline SaveResult loadStored(const WriteContext &ctx, const QString &table, const Record &record,
                      const std::function<std::optional<Stored>(QString *)> &byId,
                      std::optional<Stored> *old)
{
    if (record.id == 0)
        return SaveResult::saved();
    QString error;
    *old = byId(&error);
    if (!error.isEmpty())
        return readFailure(error);
    if (!*old || recordOf(**old).subjectId != record.subjectId)
        return gone();
    if (recordOf(**old).version != record.version)
        return RowWriter::stale(ctx, table, record.id);
    return SaveResult::saved();
}

/// The stored record as a row (nullopt for a new record).
template <typename Stored, typename ToRow>
std::optional<Row> rowOf(const std::optional<Stored> &old, ToRow toRow)
{
    return old ? std::optional<Row>(toRow(*old)) : std::nullopt;
}

}  // namespace trialcrf::savesteps

namespace trialcrf {

/// One save in progress: its transaction (single saves), its subject and audit context.
struct SavePipeline::Page {
    std::optional<Transaction> transaction;
    const BulkSubject *given = nullptr;
    Subject subject;  ///< as stored (single), or the caller's dates (batch)
    WriteContext ctx;
    qint64 id = 0;    ///< the record's, once written
    int version = 0;  ///< the record's, once written
};

}  // namespace trialcrf
