// SPDX-License-Identifier: Apache-2.0
#include "storage/session.h"

namespace trialcrf {

namespace {
struct RoleName {
    Role role;
    const char *code;
};
constexpr RoleName kRoles[] = {
    {Role::Nurse, "nurse"},
    {Role::Physician, "physician"},
    {Role::Monitor, "monitor"},
    {Role::DataManager, "data_manager"},
};
}  // namespace

QString roleCode(Role r)
{
    for (const RoleName &n : kRoles) {
        if (n.role == r)
            return QLatin1String(n.code);
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (const RoleName &n : kRoles) {
        if (code == QLatin1String(n.code))
            return n.role;
    }
    return std::nullopt;
}

QStringList roleCodes()
{
    QStringList codes;
    for (const RoleName &n : kRoles)
        codes << QLatin1String(n.code);
    return codes;
}

// The role matrix. Written as one switch per role so that a new Action is a compile-time
// decision for every role (no default branch: -Wswitch flags a forgotten one).
bool isAllowed(Role r, Action a)
{
    switch (r) {
    case Role::Nurse:
        switch (a) {
        case Action::ReadClinical:
        case Action::EditSubject:
        case Action::EditConsent:
        case Action::EditEligibility:  // the items: labs, scores, washout, exclusions
        case Action::EditInfusion:
        case Action::EditAdverseEvent:
            return true;
        case Action::ConfirmEligibility:  // the verdict is the physician's
        case Action::EditPasi:
        case Action::JudgeCausality:
        case Action::Sign:
        case Action::ManageUsers:
        case Action::ImportData:
        case Action::ExportData:
        case Action::Backup:
        case Action::LockCasebook:
        case Action::ReadAudit:
            return false;
        }
        return false;
    case Role::Physician:
        switch (a) {
        case Action::ReadClinical:
        case Action::EditSubject:
        case Action::EditConsent:
        case Action::EditEligibility:
        case Action::ConfirmEligibility:
        case Action::EditInfusion:
        case Action::EditPasi:
        case Action::EditAdverseEvent:
        case Action::JudgeCausality:
        case Action::Sign:
            return true;
        case Action::ManageUsers:
        case Action::ImportData:
        case Action::ExportData:
        case Action::Backup:
        case Action::LockCasebook:
        case Action::ReadAudit:
            return false;
        }
        return false;
    case Role::Monitor:
        switch (a) {
        case Action::ReadClinical:
        case Action::ReadAudit:
        case Action::ExportData:
            return true;
        case Action::EditSubject:
        case Action::EditConsent:
        case Action::EditEligibility:
        case Action::ConfirmEligibility:
        case Action::EditInfusion:
        case Action::EditPasi:
        case Action::EditAdverseEvent:
        case Action::JudgeCausality:
        case Action::Sign:
        case Action::ManageUsers:
        case Action::ImportData:
        case Action::Backup:
        case Action::LockCasebook:
            return false;
        }
        return false;
    case Role::DataManager:
        switch (a) {
        case Action::ReadClinical:
        case Action::ManageUsers:
        case Action::ImportData:
        case Action::ExportData:
        case Action::Backup:
        case Action::LockCasebook:
        case Action::ReadAudit:
            return true;
        case Action::EditSubject:
        case Action::EditConsent:
        case Action::EditEligibility:
        case Action::ConfirmEligibility:
        case Action::EditInfusion:
        case Action::EditPasi:
        case Action::EditAdverseEvent:
        case Action::JudgeCausality:
        case Action::Sign:
            return false;
        }
        return false;
    }
    return false;
}

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

}  // namespace trialcrf
