// SPDX-License-Identifier: Apache-2.0
// The deviation rule at every boundary the protocol names, both sides.
#include "protocol/protocol.h"
#include "rules/deviations.h"

#include <QtTest>

using namespace trialcrf;
using rules::DeviationInput;

namespace {

const QDate kWeek0(2024, 3, 4);  // a Monday

/// An infusion that shows no deviation: on its target day, the exact dose, every set.
DeviationInput cleanInfusion(const QString &visit = QStringLiteral("week0"), int week = 0)
{
    DeviationInput in;
    in.infusion = true;
    in.visit = visit;
    in.week0 = kWeek0;
    in.date = kWeek0.addDays(7 * week);
    in.weightTenthsKg = 635;
    in.actualCells = 127000000;
    in.startTime = QTime(9, 0);
    in.endTime = QTime(9, 30);
    in.vitals = {{QStringLiteral("before"), std::nullopt},
                 {QStringLiteral("during"), 15},
                 {QStringLiteral("after"), std::nullopt}};
    return in;
}

}  // namespace

class TestDeviationsRule : public QObject {
    Q_OBJECT
private:
    const Protocol &p = Protocol::builtIn();

private slots:
    void kindsAreTheContract()
    {
        QCOMPARE(rules::deviationKinds(),
                 (QStringList{"infusion_before_week0", "infusion_out_of_window",
                              "visit_out_of_window", "dose_out_of_tolerance",
                              "vitals_before_missing", "vitals_during_missing",
                              "vitals_after_missing", "thaw_stability_exceeded",
                              "viability_below_floor", "lot_reused"}));
    }

    void cleanInfusionShowsNothing()
    {
        QCOMPARE(rules::detectDeviations(p, cleanInfusion()), QStringList());
        QCOMPARE(rules::detectDeviations(p, cleanInfusion("week4", 4)), QStringList());
    }

    void infusionDate_data()
    {
        QTest::addColumn<QString>("visit");
        QTest::addColumn<int>("daysFromTarget");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        const QStringList early{"infusion_before_week0"};
        const QStringList out{"infusion_out_of_window"};
        const QStringList earlyOut{"infusion_before_week0", "infusion_out_of_window"};
        QTest::newRow("week0 on the day") << "week0" << 0 << none;
        QTest::newRow("week0 a day before: before week 0") << "week0" << -1 << early;
        QTest::newRow("week0 2 days before") << "week0" << -2 << early;
        QTest::newRow("week0 3 days before: in window, still early") << "week0" << -3 << early;
        QTest::newRow("week0 4 days before: also out of window") << "week0" << -4 << earlyOut;
        QTest::newRow("week0 3 days after: in window") << "week0" << 3 << none;
        QTest::newRow("week0 4 days after: out of window") << "week0" << 4 << out;
        QTest::newRow("week2 3 days early: in window") << "week2" << -3 << none;
        QTest::newRow("week2 4 days early: out") << "week2" << -4 << out;
        QTest::newRow("week2 3 days late: in window") << "week2" << 3 << none;
        QTest::newRow("week2 4 days late: out") << "week2" << 4 << out;
        QTest::newRow("week8 +3 in") << "week8" << 3 << none;
        QTest::newRow("week8 -4 out") << "week8" << -4 << out;
        QTest::newRow("week2 15 days early: before week 0 and out")
            << "week2" << -15 << earlyOut;
    }
    void infusionDate()
    {
        QFETCH(QString, visit);
        QFETCH(int, daysFromTarget);
        QFETCH(QStringList, expected);
        const int week = p.visit(visit)->week.value();
        DeviationInput in = cleanInfusion(visit, week);
        in.date = kWeek0.addDays(7 * week + daysFromTarget);
        QCOMPARE(rules::detectDeviations(p, in), expected);
    }

    void noWeek0OrDateJudgesNoWindow()
    {
        DeviationInput in = cleanInfusion();
        in.date = kWeek0.addDays(-20);
        in.week0.reset();
        QCOMPARE(rules::detectDeviations(p, in), QStringList());
        in.week0 = kWeek0;
        in.date.reset();
        QCOMPARE(rules::detectDeviations(p, in), QStringList());
    }

    void dose_data()
    {
        QTest::addColumn<int>("weightTenths");
        QTest::addColumn<qint64>("actual");
        QTest::addColumn<bool>("deviates");
        // 63.5 kg → target 127,000,000; 10 % = 12,700,000; 0.1 % = 127,000.
        QTest::newRow("exact") << 635 << qint64(127000000) << false;
        QTest::newRow("-10.0 % in tolerance") << 635 << qint64(114300000) << false;
        QTest::newRow("-10.1 % out") << 635 << qint64(114173000) << true;
        QTest::newRow("+10.0 % in tolerance") << 635 << qint64(139700000) << false;
        QTest::newRow("+10.1 % out") << 635 << qint64(139827000) << true;
        QTest::newRow("one cell past -10 % out") << 635 << qint64(114299999) << true;
        QTest::newRow("one cell past +10 % out") << 635 << qint64(139700001) << true;
        QTest::newRow("none infused") << 635 << qint64(0) << true;
    }
    void dose()
    {
        QFETCH(int, weightTenths);
        QFETCH(qint64, actual);
        QFETCH(bool, deviates);
        DeviationInput in = cleanInfusion();
        in.weightTenthsKg = weightTenths;
        in.actualCells = actual;
        QCOMPARE(rules::detectDeviations(p, in).contains("dose_out_of_tolerance"), deviates);
    }

    void doseNotJudgedWithoutWeightOrCells()
    {
        DeviationInput in = cleanInfusion();
        in.actualCells = 1;
        in.weightTenthsKg.reset();
        QCOMPARE(rules::detectDeviations(p, in), QStringList());
        in.weightTenthsKg = 635;
        in.actualCells.reset();
        QCOMPARE(rules::detectDeviations(p, in), QStringList());
    }

    void vitals_data()
    {
        QTest::addColumn<QString>("sets");  // "b" before, "a" after, "dNN" during at NN
        QTest::addColumn<int>("minutes");   // infusion length
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        QTest::newRow("every set") << "b d15 a" << 30 << none;
        QTest::newRow("no set at all")
            << "" << 30
            << QStringList{"vitals_before_missing", "vitals_during_missing",
                           "vitals_after_missing"};
        QTest::newRow("before missing") << "d15 a" << 30 << QStringList{"vitals_before_missing"};
        QTest::newRow("after missing") << "b d15" << 30 << QStringList{"vitals_after_missing"};
        QTest::newRow("15 minutes long: no during set wanted") << "b a" << 15 << none;
        QTest::newRow("16 minutes long: the set at 15 wanted")
            << "b a" << 16 << QStringList{"vitals_during_missing"};
        QTest::newRow("30 minutes long: 15 is enough") << "b d15 a" << 30 << none;
        QTest::newRow("31 minutes long: 30 wanted too")
            << "b d15 a" << 31 << QStringList{"vitals_during_missing"};
        QTest::newRow("31 minutes, 15 and 30 taken") << "b d15 d30 a" << 31 << none;
        QTest::newRow("45 minutes, 30 missing")
            << "b d15 a" << 45 << QStringList{"vitals_during_missing"};
    }
    void vitals()
    {
        QFETCH(QString, sets);
        QFETCH(int, minutes);
        QFETCH(QStringList, expected);
        DeviationInput in = cleanInfusion();
        in.vitals.clear();
        for (const QString &s : sets.split(' ', Qt::SkipEmptyParts)) {
            if (s == "b")
                in.vitals << rules::VitalSetFacts{"before", std::nullopt};
            else if (s == "a")
                in.vitals << rules::VitalSetFacts{"after", std::nullopt};
            else
                in.vitals << rules::VitalSetFacts{"during", s.mid(1).toInt()};
        }
        in.endTime = in.startTime->addSecs(60 * minutes);
        QCOMPARE(rules::detectDeviations(p, in), expected);
    }

    void vitalsNotJudgedBeforeTheInfusionHasADate()
    {
        DeviationInput in = cleanInfusion();
        in.vitals.clear();
        in.date.reset();
        QCOMPARE(rules::detectDeviations(p, in), QStringList());
        in.date = kWeek0;
        QCOMPARE(rules::detectDeviations(p, in),
                 (QStringList{"vitals_before_missing", "vitals_during_missing",
                              "vitals_after_missing"}));
    }

    void duringNotJudgedWithoutTimes()
    {
        DeviationInput in = cleanInfusion();
        in.vitals = {{"before", std::nullopt}, {"after", std::nullopt}};
        in.endTime.reset();
        QCOMPARE(rules::detectDeviations(p, in), QStringList());
    }

    void requiredPhasesComeFromTheProtocol()
    {
        Protocol q = p;
        q.ranges.vitalsRequiredPhases = {QStringLiteral("before")};
        DeviationInput in = cleanInfusion();
        in.vitals = {{"before", std::nullopt}};
        in.endTime = QTime(11, 0);
        QCOMPARE(rules::detectDeviations(q, in), QStringList());
        in.vitals.clear();
        QCOMPARE(rules::detectDeviations(q, in), QStringList{"vitals_before_missing"});
    }

    void pasiVisit_data()
    {
        QTest::addColumn<QString>("visit");
        QTest::addColumn<int>("daysFromWeek0");
        QTest::addColumn<bool>("outOfWindow");
        QTest::newRow("screening 28 days before: in") << "screening" << -28 << false;
        QTest::newRow("screening 29 days before: out") << "screening" << -29 << true;
        QTest::newRow("screening on week 0: in") << "screening" << 0 << false;
        QTest::newRow("screening a day after week 0: out") << "screening" << 1 << true;
        QTest::newRow("week0 -3 in") << "week0" << -3 << false;
        QTest::newRow("week0 -4 out") << "week0" << -4 << true;
        QTest::newRow("week12 +3 in") << "week12" << 84 + 3 << false;
        QTest::newRow("week12 +4 out") << "week12" << 84 + 4 << true;
        QTest::newRow("week12 -3 in") << "week12" << 84 - 3 << false;
        QTest::newRow("week12 -4 out") << "week12" << 84 - 4 << true;
    }
    void pasiVisit()
    {
        QFETCH(QString, visit);
        QFETCH(int, daysFromWeek0);
        QFETCH(bool, outOfWindow);
        DeviationInput in;
        in.visit = visit;
        in.week0 = kWeek0;
        in.date = kWeek0.addDays(daysFromWeek0);
        QCOMPARE(rules::detectDeviations(p, in),
                 outOfWindow ? QStringList{"visit_out_of_window"} : QStringList());
    }

    void pasiNeverShowsInfusionKinds()
    {
        DeviationInput in;  // no vitals, no dose: an assessment has neither
        in.visit = QStringLiteral("week0");
        in.week0 = kWeek0;
        in.date = kWeek0.addDays(-2);
        QCOMPARE(rules::detectDeviations(p, in), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDeviationsRule)
#include "tst_deviations_rule.moc"
