// SPDX-License-Identifier: Apache-2.0
// The audit trail shows stored codes as labels (CodeLabels, FieldLabels) and keeps the stored
// text in Qt::UserRole: a status change, a role change, an insert's record as JSON, a login
// with its purpose and a failed one with its cause.
#include "itemmodels/audittablemodel.h"
#include "labels/codelabels.h"
#include "labels/fieldlabels.h"

#include <QLocale>
#include <QTest>

using namespace trialcrf;

class TestAuditLabels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void labelsOfCodes_data();
    void labelsOfCodes();
    void unknownCodesStayAsStored();
    void storedTextStaysAvailable();
};

void TestAuditLabels::labelsOfCodes_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("oldValue");
    QTest::addColumn<QString>("newValue");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("fieldShown");
    QTest::addColumn<QString>("changeShown");
    QTest::addColumn<QString>("reasonShown");
    QTest::newRow("status") << "update" << "subjects" << "status" << "enrolled" << "completed"
                            << "week 12 done" << "Status" << "Enrolled → Completed"
                            << "week 12 done";
    QTest::newRow("role") << "role_change" << "users" << "role" << "nurse" << "data_manager" << ""
                          << "Role" << "Research nurse → Data manager" << "";
    QTest::newRow("visit of a first entry")
        << "update" << "infusions" << "visit" << "" << "week4" << "" << "Visit" << "Week 4" << "";
    QTest::newRow("yes/no") << "update" << "adverse_events" << "serious" << "no" << "yes" << ""
                            << "Serious adverse event (SAE)" << "No → Yes" << "";
    QTest::newRow("SAE criteria, a list")
        << "update" << "adverse_events" << "sae_criteria" << ""
        << "death;hospitalisation" << "" << "Seriousness criteria"
        << "Resulted in death, Hospitalisation or longer stay" << "";
    QTest::newRow("PASI region score") << "update" << "pasi_assessments" << "head_erythema"
                                       << "1" << "2" << "" << "Head — Erythema" << "1 → 2" << "";
    QTest::newRow("PASI in tenths") << "update" << "eligibility" << "pasi_tenths" << "126"
                                    << "130" << "" << "PASI at screening" << "12.6 → 13.0" << "";
    QTest::newRow("never had a biologic")
        << "update" << "eligibility" << "last_biologic_date" << "2021-03-01" << "never" << ""
        << "Last biologic" << "2021-03-01 → Never" << "";
    QTest::newRow("cleared") << "update" << "adverse_events" << "outcome" << "recovering" << ""
                             << "" << "Outcome" << "Recovering → (empty)" << "";
    QTest::newRow("insert: the record's JSON")
        << "insert" << "subjects" << "" << ""
        << R"({"code":"S0001","sex":"F","status":"screening"})" << "" << ""
        << "Subject code: S0001; Sex: Female; Status: Screening" << "";
    QTest::newRow("vital signs: a list of records")
        << "update" << "infusions" << "vital_signs" << ""
        << R"([{"phase":"before","pulse":72},{"phase":"after","pulse":80}])" << ""
        << "Vital signs" << "(Phase: Before; Pulse: 72); (Phase: After; Pulse: 80)" << "";
    QTest::newRow("signature") << "sign" << "signatures" << "" << ""
                               << R"({"meaning":"approved","scope":"casebook"})" << ""
                               << "" << "Meaning: Approved; What was signed: Whole casebook"
                               << "";
    QTest::newRow("login and its purpose") << "login" << "users" << "unlock" << "" << "" << ""
                                           << "Unlocking the screen" << "" << "";
    QTest::newRow("backup and its file")
        << "backup" << "" << "file" << "" << "/srv/backup/study-2026-11-26.db" << "" << "Backup file"
        << "/srv/backup/study-2026-11-26.db" << "";
    QTest::newRow("failed login and its cause")
        << "login_failed" << "users" << "login" << "" << "" << "wrong_password" << "Login" << ""
        << "Wrong password";
}

void TestAuditLabels::labelsOfCodes()
{
    QFETCH(QString, action);
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QString, oldValue);
    QFETCH(QString, newValue);
    QFETCH(QString, reason);
    AuditEntry e;
    e.action = action;
    e.tableName = table;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.reason = reason;
    QTEST(AuditTableModel::fieldText(e), "fieldShown");
    QTEST(AuditTableModel::changeText(e), "changeShown");
    QTEST(AuditTableModel::reasonText(e), "reasonShown");
}

void TestAuditLabels::unknownCodesStayAsStored()
{
    QCOMPARE(CodeLabels::subjectStatus(QStringLiteral("paused")), QStringLiteral("paused"));
    QCOMPARE(CodeLabels::auditAction(QStringLiteral("archive")), QStringLiteral("archive"));
    QCOMPARE(FieldLabels::column(QStringLiteral("new_column")), QStringLiteral("new_column"));
    QCOMPARE(FieldLabels::value(QStringLiteral("term"), QStringLiteral("yes")),
             QStringLiteral("yes"));  // typed text, not a yes/no code
    QCOMPARE(FieldLabels::json(QStringLiteral("{not json")), QStringLiteral("{not json"));
}

void TestAuditLabels::storedTextStaysAvailable()
{
    AuditEntry e;
    e.seq = 7;
    e.action = QStringLiteral("update");
    e.tableName = QStringLiteral("subjects");
    e.field = QStringLiteral("status");
    e.oldValue = QStringLiteral("enrolled");
    e.newValue = QStringLiteral("withdrawn");
    AuditTableModel model;
    model.setEntries({e});
    const auto at = [&](int column, int role) { return model.index(0, column).data(role); };
    QCOMPARE(at(AuditTableModel::Field, Qt::DisplayRole).toString(), QStringLiteral("Status"));
    QCOMPARE(at(AuditTableModel::Field, Qt::UserRole).toString(), QStringLiteral("status"));
    QCOMPARE(at(AuditTableModel::Change, Qt::DisplayRole).toString(),
             QStringLiteral("Enrolled → Withdrawn"));
    QCOMPARE(at(AuditTableModel::Change, Qt::UserRole).toString(),
             QStringLiteral("enrolled → withdrawn"));
    QCOMPARE(at(AuditTableModel::Change, Qt::ToolTipRole).toString(),
             QStringLiteral("Enrolled → Withdrawn\nStored as: enrolled → withdrawn"));
}

QTEST_GUILESS_MAIN(TestAuditLabels)
#include "tst_auditlabels.moc"
