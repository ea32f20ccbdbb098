// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/subject.h"
#include "rules/rules.h"
#include "storage/row.h"
#include "storage/rowreader.h"
#include "storage/rowwriter.h"

#include "storage/database.h"
#include <functional>
#include <optional>

namespace trialcrf {

/// A subject row as stored: the record plus the casebook lock.
struct StoredSubject {
    Subject subject;
    bool locked = false;
};

/// The SQL of the subjects table.
class SubjectRepository {
public:
    static QString table() { return QStringLiteral("subjects"); }
    static QStringList columns();
    static UniqueKey uniqueKey(const Subject &s);

    static StoredSubject read(const RowReader &r);
    static Row toRow(const Subject &s);

    /// nullopt when there is no such subject, or on an SQL error (then *error is set).
    static std::optional<StoredSubject> byId(const Database &db, qint64 id, QString *error);
    static std::optional<qint64> idByCode(const Database &db, const QString &code);
    /// Every subject ordered by code, streamed.
    static bool forEach(const Database &db,
                        const std::function<bool(const StoredSubject &)> &fn, QString *error);
    static bool setLocked(const Database &db, qint64 id, bool locked, QString *error);
    /// The derived status only (the store's life cycle); the row's version stays.
    static bool setStatus(const Database &db, qint64 id, const QString &status, QString *error);
    /// What the subject's status follows from, as stored now: its consent's signature, the
    /// confirmed verdict, whether `finalVisit` has a dated PASI assessment, and `s`'s
    /// withdrawal. nullopt on an SQL error.
    static std::optional<rules::LifeCycleInput> lifeCycle(const Database &db, const Subject &s,
                                                          const QString &finalVisit,
                                                          QString *error);
};

}  // namespace trialcrf
