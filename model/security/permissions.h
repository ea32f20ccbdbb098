// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace trialcrf {

enum class Role { Nurse, Physician, Monitor, DataManager };
QString roleCode(Role r);  ///< nurse, physician, monitor, data_manager
std::optional<Role> roleFromCode(const QString &code);
QStringList roleCodes();

/// What a user may attempt; checked in model/ on every store call.
enum class Action {
    ReadClinical,
    EditSubject,
    EditConsent,
    EditEligibility,
    ConfirmEligibility,
    EditInfusion,
    EditPasi,
    EditAdverseEvent,
    JudgeCausality,  ///< set an AE's relatedness
    Sign,
    ManageUsers,
    ImportData,
    ExportData,
    Backup,
    LockCasebook,
    ReadAudit,
    RaiseQuery,     ///< a physician only on a nurse's entry (checked by QueryStore)
    AnswerQuery,
    CloseQuery,     ///< close and re-open a query
    VerifySource,   ///< mark fields verified against the source documents (SDV)
};

/// Why a record is written: typed on its page (the role needs the page's own right) or
/// loaded from an export folder (every write of the import needs ImportData, the data
/// manager's right, whatever page it belongs to).
enum class Purpose { Entry, Import };

/// One line of the role matrix (docs: DESIGN.md "Roles"): which roles may do `action`.
struct Permission {
    Action action;
    bool nurse, physician, monitor, dataManager;
};

/// The role matrix as data, one line per Action in the enum's order.
const QList<Permission> &permissionTable();
bool isAllowed(Role r, Action a);
/// The right a write of `a` needs for `purpose`: `a` itself when typed, ImportData for the
/// page edits when imported (reading, signing, locking and the rest keep their own right).
Action requiredAction(Action a, Purpose purpose);

}  // namespace trialcrf
