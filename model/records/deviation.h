// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/subjectrecord.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace trialcrf {

/// One row of the protocol-deviation log: a soft check a saved record showed (kind codes in
/// rules::deviationKinds()). Written by the store with the record's save; never deleted:
/// when the data no longer shows it, it is marked resolved.
struct Deviation : SubjectRecord {
    QString subjectCode;
    QString visit;        ///< visit code
    QString kind;         ///< deviation kind code
    QString sourceTable;  ///< "infusions" or "pasi_assessments"
    qint64 sourceId = 0;  ///< the record's id in sourceTable
    QDateTime detectedAt; ///< UTC, when a save first showed it
    QString reason;       ///< why it happened; empty = reason missing
    QString recordedBy;   ///< who gave the reason, else who saved the record
    bool resolved = false;  ///< the data no longer shows it
    QDateTime resolvedAt;   ///< UTC; invalid while open

    /// Open and without a reason: listed as "reason missing"; blocks approval signing.
    bool reasonMissing() const { return !resolved && reason.trimmed().isEmpty(); }
    /// "infusion" or "pasi": the exported name of sourceTable.
    QString sourceCode() const;
    static QString sourceTableOf(const QString &sourceCode);  ///< empty when unknown
    static QStringList sourceCodes();  ///< infusion, pasi
};

}  // namespace trialcrf
