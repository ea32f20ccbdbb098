// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace trialcrf {

enum class Role { Nurse, Physician, Monitor, DataManager };
QString roleCode(Role r);                         ///< nurse, physician, monitor, data_manager
std::optional<Role> roleFromCode(const QString &code);
QStringList roleCodes();

/// What a user may attempt; checked in model/ on every repository call.
enum class Action {
    ReadClinical,
    EditSubject,
    EditConsent,
    EditEligibility,
    ConfirmEligibility,
    EditInfusion,
    EditPasi,
    EditAdverseEvent,
    JudgeCausality,   ///< set an AE's relatedness
    Sign,
    ManageUsers,
    ImportData,
    ExportData,
    Backup,
    LockCasebook,
    ReadAudit,
};
bool isAllowed(Role r, Action a);

/// The logged-in user. Repositories take it for every call.
struct Session {
    qint64 userId = 0;
    QString userName;
    Role role = Role::Monitor;
    bool may(Action a) const { return isAllowed(role, a); }
};

/// The source of "now" (UTC), injectable so tests can pin the clock.
using Clock = std::function<QDateTime()>;
Clock systemClock();

}  // namespace trialcrf
