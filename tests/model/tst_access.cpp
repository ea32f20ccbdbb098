// SPDX-License-Identifier: Apache-2.0
// The role matrix, pinned pair by pair against an explicit table.
#include "storage/session.h"

#include <QTest>

using namespace trialcrf;

Q_DECLARE_METATYPE(trialcrf::Role)
Q_DECLARE_METATYPE(trialcrf::Action)

class TestAccess : public QObject {
    Q_OBJECT

private slots:
    void roleMatrix_data();
    void roleMatrix();
    void roleCodesRoundTrip();
    void unknownRoleCodeIsRejected();
};

namespace {

struct ActionName {
    Action action;
    const char *name;
};
const ActionName kActions[] = {
    {Action::ReadClinical, "ReadClinical"},
    {Action::EditSubject, "EditSubject"},
    {Action::EditConsent, "EditConsent"},
    {Action::EditEligibility, "EditEligibility"},
    {Action::ConfirmEligibility, "ConfirmEligibility"},
    {Action::EditInfusion, "EditInfusion"},
    {Action::EditPasi, "EditPasi"},
    {Action::EditAdverseEvent, "EditAdverseEvent"},
    {Action::JudgeCausality, "JudgeCausality"},
    {Action::Sign, "Sign"},
    {Action::ManageUsers, "ManageUsers"},
    {Action::ImportData, "ImportData"},
    {Action::ExportData, "ExportData"},
    {Action::Backup, "Backup"},
    {Action::LockCasebook, "LockCasebook"},
    {Action::ReadAudit, "ReadAudit"},
};

// The expected matrix, one row per action, columns nurse / physician / monitor / data_manager.
struct Expected {
    Action action;
    bool nurse, physician, monitor, dataManager;
};
const Expected kMatrix[] = {
    //                               nurse  phys   mon    dm
    {Action::ReadClinical,          true,  true,  true,  true},
    {Action::EditSubject,           true,  true,  false, false},
    {Action::EditConsent,           true,  true,  false, false},
    {Action::EditEligibility,       true,  true,  false, false},
    {Action::ConfirmEligibility,    false, true,  false, false},
    {Action::EditInfusion,          true,  true,  false, false},
    {Action::EditPasi,              false, true,  false, false},
    {Action::EditAdverseEvent,      true,  true,  false, false},
    {Action::JudgeCausality,        false, true,  false, false},
    {Action::Sign,                  false, true,  false, false},
    {Action::ManageUsers,           false, false, false, true},
    {Action::ImportData,            false, false, false, true},
    {Action::ExportData,            true,  true,  true,  true},
    {Action::Backup,                false, false, false, true},
    {Action::LockCasebook,          false, false, false, true},
    {Action::ReadAudit,             true,  true,  true,  true},
};

const char *actionName(Action a)
{
    for (const ActionName &n : kActions) {
        if (n.action == a)
            return n.name;
    }
    return "?";
}

}  // namespace

void TestAccess::roleMatrix_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    // The table must cover every action exactly once.
    QCOMPARE(std::size(kMatrix), std::size(kActions));
    for (const Expected &row : kMatrix) {
        const std::pair<Role, bool> cells[] = {{Role::Nurse, row.nurse},
                                               {Role::Physician, row.physician},
                                               {Role::Monitor, row.monitor},
                                               {Role::DataManager, row.dataManager}};
        for (const auto &[role, allowed] : cells) {
            QTest::addRow("%s %s %s", qPrintable(roleCode(role)), allowed ? "may" : "may not",
                          actionName(row.action))
                << role << row.action << allowed;
        }
    }
}

void TestAccess::roleMatrix()
{
    QFETCH(Role, role);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowed(role, action), allowed);
    Session s;
    s.role = role;
    QCOMPARE(s.may(action), allowed);
}

void TestAccess::roleCodesRoundTrip()
{
    QCOMPARE(roleCodes(), (QStringList{QStringLiteral("nurse"), QStringLiteral("physician"),
                                       QStringLiteral("monitor"), QStringLiteral("data_manager")}));
    for (const QString &code : roleCodes()) {
        const std::optional<Role> r = roleFromCode(code);
        QVERIFY(r.has_value());
        QCOMPARE(roleCode(*r), code);
    }
}

void TestAccess::unknownRoleCodeIsRejected()
{
    QVERIFY(!roleFromCode(QStringLiteral("admin")).has_value());
    QVERIFY(!roleFromCode(QStringLiteral("Nurse")).has_value());
    QVERIFY(!roleFromCode(QString()).has_value());
}

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
