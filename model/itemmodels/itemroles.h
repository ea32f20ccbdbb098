// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Qt>

namespace trialcrf {

/// Data roles shared by the item models, so one view delegate can colour any of them.
namespace ItemRoles {
enum : int {
    /// A visit-state code (rules::visitStateCode: "overdue", "out_of_window", "due", "done",
    /// "not_yet_due") for cells whose colour shows a state; empty for plain cells.
    StateCode = Qt::UserRole + 100,
    SubjectId,   ///< qint64 database id of the row's subject
    VisitCode,   ///< the row's visit code (timeline) or the next visit's code (subject list)
    RawValue,    ///< the stored code or ISO date behind a translated label
};
}  // namespace ItemRoles

}  // namespace trialcrf
