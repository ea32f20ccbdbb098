// SPDX-License-Identifier: Apache-2.0
// The subject's life cycle as a pure rule: every transition of DESIGN.md's life cycle, each
// with the row just short of it (one fact missing), and the enrolment gate's reasons.
#include "rules/rules.h"

#include <QTest>

using namespace trialcrf;
using namespace trialcrf::rules;

namespace {

const QDate kWithdrew(2024, 4, 10);

/// consent: "" not recorded, "yes", "no"; verdict: the confirmed verdict ("" = not yet).
LifeCycleInput input(const QString &consent, const QString &verdict, bool finalDone,
                     bool withdrawn)
{
    LifeCycleInput in;
    if (!consent.isEmpty())
        in.consentSigned = consent == QLatin1String("yes");
    in.confirmedVerdict = verdict;
    in.finalVisitDone = finalDone;
    if (withdrawn)
        in.withdrawalDate = kWithdrew;
    return in;
}

}  // namespace

class TestRulesLifeCycle : public QObject {
    Q_OBJECT

private slots:
    void statusFollowsFromTheData_data();
    void statusFollowsFromTheData();
    void enrolmentBlockersNameWhatIsMissing_data();
    void enrolmentBlockersNameWhatIsMissing();
    void infusionAfterWithdrawalIsRefused_data();
    void infusionAfterWithdrawalIsRefused();
    void statusCodesRoundTrip();
};

void TestRulesLifeCycle::statusFollowsFromTheData_data()
{
    QTest::addColumn<QString>("consent");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("finalDone");
    QTest::addColumn<bool>("withdrawn");
    QTest::addColumn<QString>("status");

    // screening → enrolled: both facts, and each one alone is not enough.
    QTest::newRow("nothing yet: screening") << "" << "" << false << false << "screening";
    QTest::newRow("consent signed only: screening") << "yes" << "" << false << false << "screening";
    QTest::newRow("confirmed eligible, no consent: screening")
        << "" << "eligible" << false << false << "screening";
    QTest::newRow("confirmed eligible, consent not signed: screening")
        << "no" << "eligible" << false << false << "screening";
    QTest::newRow("confirmed incomplete, consent signed: screening")
        << "yes" << "incomplete" << false << false << "screening";
    QTest::newRow("consent signed + confirmed eligible: enrolled")
        << "yes" << "eligible" << false << false << "enrolled";
    // screening → screen_failed: a confirmed "not eligible", with or without consent.
    QTest::newRow("confirmed not eligible: screen failure")
        << "yes" << "not_eligible" << false << false << "screen_failed";
    QTest::newRow("confirmed not eligible, no consent: screen failure")
        << "" << "not_eligible" << false << false << "screen_failed";
    // enrolled → completed: the final visit done; not without enrolment.
    QTest::newRow("enrolled + final visit done: completed")
        << "yes" << "eligible" << true << false << "completed";
    QTest::newRow("final visit done but never enrolled: screening")
        << "yes" << "" << true << false << "screening";
    QTest::newRow("final visit done but not eligible: screen failure")
        << "yes" << "not_eligible" << true << false << "screen_failed";
    // any state → withdrawn.
    QTest::newRow("withdrawn in screening") << "" << "" << false << true << "withdrawn";
    QTest::newRow("withdrawn when enrolled") << "yes" << "eligible" << false << true << "withdrawn";
    QTest::newRow("withdrawn after screen failure")
        << "yes" << "not_eligible" << false << true << "withdrawn";
    QTest::newRow("withdrawn after completion") << "yes" << "eligible" << true << true << "withdrawn";
}

void TestRulesLifeCycle::statusFollowsFromTheData()
{
    QFETCH(QString, consent);
    QFETCH(QString, verdict);
    QFETCH(bool, finalDone);
    QFETCH(bool, withdrawn);
    QFETCH(QString, status);
    QCOMPARE(subjectStatusCode(subjectStatus(input(consent, verdict, finalDone, withdrawn))),
             status);
}

void TestRulesLifeCycle::enrolmentBlockersNameWhatIsMissing_data()
{
    QTest::addColumn<QString>("consent");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("blockers");

    QTest::newRow("nothing") << "" << ""
                             << QStringList{"consent_not_signed", "eligibility_not_confirmed"};
    QTest::newRow("consent not signed") << "no" << "eligible"
                                        << QStringList{"consent_not_signed"};
    QTest::newRow("not confirmed") << "yes" << "" << QStringList{"eligibility_not_confirmed"};
    QTest::newRow("confirmed incomplete") << "yes" << "incomplete"
                                          << QStringList{"eligibility_not_confirmed"};
    QTest::newRow("confirmed not eligible") << "yes" << "not_eligible"
                                            << QStringList{"confirmed_not_eligible"};
    QTest::newRow("enrolled: none") << "yes" << "eligible" << QStringList{};
}

void TestRulesLifeCycle::enrolmentBlockersNameWhatIsMissing()
{
    QFETCH(QString, consent);
    QFETCH(QString, verdict);
    QFETCH(QStringList, blockers);
    const LifeCycleInput in = input(consent, verdict, false, false);
    QCOMPARE(enrolmentBlockers(in), blockers);
    QCOMPARE(infusionBlockers(in, QDate(2024, 3, 4)), blockers);
}

void TestRulesLifeCycle::infusionAfterWithdrawalIsRefused_data()
{
    QTest::addColumn<QDate>("infusionDate");
    QTest::addColumn<QStringList>("blockers");
    QTest::newRow("the day before withdrawal: allowed") << kWithdrew.addDays(-1) << QStringList{};
    QTest::newRow("the day of withdrawal: allowed") << kWithdrew << QStringList{};
    QTest::newRow("the day after withdrawal: refused")
        << kWithdrew.addDays(1) << QStringList{"withdrawn"};
    QTest::newRow("no date yet: refused") << QDate() << QStringList{"withdrawn"};
}

void TestRulesLifeCycle::infusionAfterWithdrawalIsRefused()
{
    QFETCH(QDate, infusionDate);
    QFETCH(QStringList, blockers);
    const LifeCycleInput in = input(QStringLiteral("yes"), QStringLiteral("eligible"), false, true);
    const std::optional<QDate> date =
        infusionDate.isValid() ? std::optional<QDate>(infusionDate) : std::nullopt;
    QCOMPARE(infusionBlockers(in, date), blockers);
}

void TestRulesLifeCycle::statusCodesRoundTrip()
{
    for (SubjectStatus s : {SubjectStatus::Screening, SubjectStatus::Enrolled,
                            SubjectStatus::ScreenFailure, SubjectStatus::Completed,
                            SubjectStatus::Withdrawn})
        QVERIFY(subjectStatusFromCode(subjectStatusCode(s)) == s);
    QVERIFY(!subjectStatusFromCode(QStringLiteral("screen_failure")));
}

QTEST_GUILESS_MAIN(TestRulesLifeCycle)
#include "tst_rules_lifecycle.moc"
