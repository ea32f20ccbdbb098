// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/casebook.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"
#include "storage/signaturestore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace trialcrf {

/// What the audit trail says about one subject, in a few numbers.
struct AuditSummary {
    int entries = 0;   ///< audit rows about the subject (one per field written)
    int created = 0;   ///< rows of action insert
    int changed = 0;   ///< rows of action update: changes to saved data, each with a reason
    int users = 0;     ///< distinct users
    std::optional<AuditEntry> first, last;
    QList<AuditEntry> recentChanges;  ///< the latest updates, newest first (at most kRecent)
    static constexpr int kRecent = 5;

    static AuditSummary from(const QList<AuditEntry> &entries);
};

/// Everything the PDF casebook shows.
struct ReportInput {
    Casebook casebook;
    AuditSummary audit;
    /// Every e-signature of the subject, oldest first, with its status now (valid, or broken
    /// by a later change) and whether a newer one superseded it.
    QList<Signature> signatures;
    /// Every query of the subject with its thread, and the standing SDV marks.
    QList<Query> queries;
    QList<SdvMark> sdvMarks;
    QDateTime generatedAtUtc;
    QString generatedBy;
    bool demo = false;  ///< the database is a demo study: every page says so
};

}  // namespace trialcrf
