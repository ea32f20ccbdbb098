// SPDX-License-Identifier: Apache-2.0
#include "storage/saveresult.h"

namespace trialcrf {

SaveResult SaveResult::failure(Status s, const QString &message)
{
    SaveResult r;
    r.status = s;
    r.message = message;
    return r;
}

SaveResult SaveResult::invalid(const FieldErrors &errors)
{
    SaveResult r = failure(Status::Invalid, QStringLiteral("%1 field error(s)").arg(errors.size()));
    r.errors = errors;
    return r;
}

}  // namespace trialcrf
