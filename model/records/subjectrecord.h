// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "records/fielderror.h"

#include <QDate>
#include <optional>

namespace trialcrf {

/// What every record of a subject's casebook has besides its fields: its row, the row
/// version the user edited (a save of an older version is refused) and its subject.
struct SubjectRecord {
    qint64 id = 0;         ///< 0 until saved
    int version = 0;       ///< 0 until saved
    qint64 subjectId = 0;
};

}  // namespace trialcrf
