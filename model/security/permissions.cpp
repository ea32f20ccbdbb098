// SPDX-License-Identifier: Apache-2.0
#include "security/permissions.h"

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

constexpr bool Y = true;
constexpr bool N = false;

}  // namespace

QString roleCode(Role r)
{
    for (const RoleName &rn : kRoles) {
        if (rn.role == r)
            return QLatin1String(rn.code);
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (const RoleName &rn : kRoles) {
        if (code == QLatin1String(rn.code))
            return rn.role;
    }
    return std::nullopt;
}

QStringList roleCodes()
{
    QStringList codes;
    for (const RoleName &rn : kRoles)
        codes << QLatin1String(rn.code);
    return codes;
}

const QList<Permission> &permissionTable()
{
    // clang-format off
    static const QList<Permission> table{
        //  action                       nurse physician monitor data manager
        {Action::ReadClinical,           Y,    Y,        Y,      Y},
        {Action::EditSubject,            Y,    Y,        N,      N},
        {Action::EditConsent,            Y,    Y,        N,      N},
        // The eligibility items (labs, scores, washout, exclusions); the verdict is below.
        {Action::EditEligibility,        Y,    Y,        N,      N},
        {Action::ConfirmEligibility,     N,    Y,        N,      N},
        {Action::EditInfusion,           Y,    Y,        N,      N},
        {Action::EditPasi,               N,    Y,        N,      N},
        {Action::EditAdverseEvent,       Y,    Y,        N,      N},
        {Action::JudgeCausality,         N,    Y,        N,      N},
        {Action::Sign,                   N,    Y,        N,      N},
        {Action::ManageUsers,            N,    N,        N,      Y},
        {Action::ImportData,             N,    N,        N,      Y},
        {Action::ExportData,             Y,    Y,        Y,      Y},
        {Action::Backup,                 N,    N,        N,      Y},
        {Action::LockCasebook,           N,    N,        N,      Y},
        {Action::ReadAudit,              Y,    Y,        Y,      Y},
        {Action::RaiseQuery,             N,    Y,        Y,      Y},
        {Action::AnswerQuery,            Y,    Y,        N,      Y},
        {Action::CloseQuery,             N,    N,        Y,      Y},
        {Action::VerifySource,           N,    N,        Y,      Y},
    };
    // clang-format on
    return table;
}

bool isAllowed(Role r, Action a)
{
    for (const Permission &p : permissionTable()) {
        if (p.action != a)
            continue;
        switch (r) {
        case Role::Nurse: return p.nurse;
        case Role::Physician: return p.physician;
        case Role::Monitor: return p.monitor;
        case Role::DataManager: return p.dataManager;
        }
    }
    return false;
}

Action requiredAction(Action a, Purpose purpose)
{
    if (purpose == Purpose::Entry)
        return a;
    switch (a) {
    case Action::EditSubject:
    case Action::EditConsent:
    case Action::EditEligibility:
    case Action::ConfirmEligibility:
    case Action::EditInfusion:
    case Action::EditPasi:
    case Action::EditAdverseEvent:
    case Action::JudgeCausality:
        return Action::ImportData;
    case Action::ReadClinical:
    case Action::Sign:
    case Action::ManageUsers:
    case Action::ImportData:
    case Action::ExportData:
    case Action::Backup:
    case Action::LockCasebook:
    case Action::ReadAudit:
    case Action::RaiseQuery:
    case Action::AnswerQuery:
    case Action::CloseQuery:
    case Action::VerifySource:
        return a;
    }
    return a;
}

}  // namespace trialcrf
