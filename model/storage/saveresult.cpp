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

}  // namespace trialcrf
