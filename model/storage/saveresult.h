// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/fielderror.h"

#include <QDateTime>
#include <QString>

namespace trialcrf {

/// The outcome of a save. Nothing is written unless status is Saved.
struct SaveResult {
    enum class Status {
        Saved,
        Invalid,        ///< validation errors in `errors`
        Stale,          ///< someone saved a newer version: `changedBy`, `changedAt`
        Denied,         ///< the session's role may not do this
        Locked,         ///< the casebook is locked
        ReasonRequired, ///< a change to saved data needs a reason for change
        Conflict,       ///< a unique key is taken (e.g. the subject code): `message`
        DatabaseError,  ///< `message` has the SQL error
    };
    Status status = Status::Saved;
    FieldErrors errors;
    QString changedBy;
    QDateTime changedAt;
    QString message;

    bool ok() const { return status == Status::Saved; }
    static SaveResult saved() { return {}; }
    static SaveResult failure(Status s, const QString &message = {});
    /// Invalid, with the field errors (and their count as the message).
    static SaveResult invalid(const FieldErrors &errors);
};

}  // namespace trialcrf
