// SPDX-License-Identifier: Apache-2.0
#include "storage/session.h"

namespace trialcrf {

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

}  // namespace trialcrf
