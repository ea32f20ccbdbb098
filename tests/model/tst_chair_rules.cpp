// SPDX-License-Identifier: Apache-2.0
// The infusion chair's rules (vital-sign sets due, reaction alerts, the cell product's soft
// checks, the PASI jump) at every boundary of the protocol file's site defaults, both sides.
#include "protocol/protocol.h"
#include "rules/chair.h"
#include "rules/deviations.h"

#include <QtTest>

using namespace trialcrf;
using namespace trialcrf::rules;

Q_DECLARE_METATYPE(std::optional<int>)

namespace {

const QDateTime kStart(QDate(2024, 3, 18), QTime(9, 0), Qt::UTC);

/// "b d15 d30 a" → the sets recorded.
QList<VitalSetFacts> sets(const QString &spec)
{
    QList<VitalSetFacts> out;
    for (const QString &s : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (s == QLatin1String("b"))
            out << VitalSetFacts{QStringLiteral("before"), std::nullopt};
        else if (s == QLatin1String("a"))
            out << VitalSetFacts{QStringLiteral("after"), std::nullopt};
        else
            out << VitalSetFacts{QStringLiteral("during"), s.mid(1).toInt()};
    }
    return out;
}

/// "before@0 d15@15 …": the schedule's sets in words, with "!" when overdue, "*" when due,
/// "+" when recorded.
QString describe(const VitalsSchedule &s)
{
    QStringList out;
    for (const VitalsDue &d : s.sets) {
        QString t = d.phase == QLatin1String("during") ? QStringLiteral("d%1").arg(*d.minute)
                                                       : d.phase.left(1);
        if (d.recorded)
            t += QLatin1Char('+');
        if (d.due)
            t += QLatin1Char('*');
        if (d.overdue)
            t += QLatin1Char('!');
        out << t;
    }
    return out.join(QLatin1Char(' '));
}

}  // namespace

class TestChairRules : public QObject {
    Q_OBJECT
private:
    const Protocol &p = Protocol::builtIn();

private slots:
    void siteDefaultsFromTheProtocolFile()
    {
        QCOMPARE(p.chair.feverFromC, 38.0);
        QCOMPARE(p.chair.systolicBelowMmHg, 90);
        QCOMPARE(p.chair.systolicFallFromMmHg, 20);
        QCOMPARE(p.chair.pulseAboveBpm, 120);
        QCOMPARE(p.chair.spo2BelowPct, 92);
        QCOMPARE(p.chair.vitalsOverdueAfterMin, 5);
        QCOMPARE(p.chair.thawToStartMaxMin, 60);
        QCOMPARE(p.chair.viabilityMinPct, 70.0);
        QCOMPARE(p.chair.pasiTotalJumpAboveTenths, 200);
        QCOMPARE(p.chair.pasiAreaJumpFrom, 3);
    }

    void schedule_data()
    {
        QTest::addColumn<int>("elapsedSecs");
        QTest::addColumn<QString>("recorded");
        QTest::addColumn<int>("endMin");  // -1: running
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("next");
        QTest::newRow("at the start: before due") << 0 << "" << -1 << "b* d15 a" << "b";
        QTest::newRow("5 min: before not yet overdue") << 300 << "" << -1 << "b* d15 a" << "b";
        QTest::newRow("5 min 1 s: before overdue") << 301 << "" << -1 << "b*! d15 a" << "d15";
        QTest::newRow("before taken, 14:59") << 899 << "b" << -1 << "b+ d15 a" << "d15";
        QTest::newRow("15 min: d15 due, d30 next") << 900 << "b" << -1 << "b+ d15* d30 a" << "d15";
        QTest::newRow("20 min: d15 due still") << 1200 << "b" << -1 << "b+ d15* d30 a" << "d15";
        QTest::newRow("20 min 1 s: d15 overdue") << 1201 << "b" << -1 << "b+ d15*! d30 a"
                                                << "d30";
        QTest::newRow("30 min: d30 due") << 1800 << "b d15" << -1 << "b+ d15+ d30* d45 a" << "d30";
        QTest::newRow("29:59: d30 not due") << 1799 << "b d15" << -1 << "b+ d15+ d30 a" << "d30";
        QTest::newRow("ended at 31: after due") << 1860 << "b d15 d30" << 31 << "b+ d15+ d30+ a*"
                                               << "a";
        QTest::newRow("ended at 31, 5 min later") << 1860 + 300 << "b d15 d30" << 31
                                                  << "b+ d15+ d30+ a*" << "a";
        QTest::newRow("ended at 31, 5 min 1 s later") << 1860 + 301 << "b d15 d30" << 31
                                                      << "b+ d15+ d30+ a*!" << "";
        QTest::newRow("ended at 30: d30 not wanted") << 1800 << "b d15" << 30 << "b+ d15+ a*"
                                                     << "a";
        QTest::newRow("all recorded") << 4000 << "b d15 d30 a" << 31 << "b+ d15+ d30+ a+" << "";
        // An infusion of an earlier day is history: nothing falls due, nothing comes next.
        constexpr int kToMidnight = 15 * 3600;  // kStart is 09:00
        QTest::newRow("ended, at 23:59:59 the same day") << kToMidnight - 1 << "b d15" << 31
                                                         << "b+ d15+ d30*! a*!" << "";
        QTest::newRow("ended, the next day") << kToMidnight << "b d15" << 31
                                             << "b+ d15+ d30 a" << "";

    }

    void schedule()
    {
        QFETCH(int, elapsedSecs);
        QFETCH(QString, recorded);
        QFETCH(int, endMin);
        QFETCH(QString, expected);
        QFETCH(QString, next);
        InfusionClock c;
        c.start = kStart;
        c.now = kStart.addSecs(elapsedSecs);
        if (endMin >= 0)
            c.end = kStart.addSecs(endMin * 60);
        c.recorded = sets(recorded);
        const VitalsSchedule s = vitalsSchedule(p, c);
        QCOMPARE(describe(s), expected);
        QString nextText;
        if (s.next >= 0) {
            const VitalsDue &d = s.sets.at(s.next);
            nextText = d.phase == QLatin1String("during") ? QStringLiteral("d%1").arg(*d.minute)
                                                          : d.phase.left(1);
        }
        QCOMPARE(nextText, next);
        QCOMPARE(s.runningSeconds, qint64(endMin >= 0 ? qMin(elapsedSecs, endMin * 60)
                                                      : elapsedSecs));
    }

    // Running past midnight is still at the chair; started two days ago and never ended is not.
    void scheduleRunningAcrossMidnight()
    {
        InfusionClock c;
        c.start = QDateTime(QDate(2024, 3, 18), QTime(23, 50), Qt::UTC);
        c.now = c.start.addSecs(30 * 60);  // 00:20 the next day
        c.recorded = sets(QStringLiteral("b"));
        QCOMPARE(describe(vitalsSchedule(p, c)), QStringLiteral("b+ d15*! d30* d45 a"));
        c.now = QDateTime(QDate(2024, 3, 20), QTime(0, 0), Qt::UTC);
        const VitalsSchedule old = vitalsSchedule(p, c);
        QVERIFY(old.overdue.isEmpty());
        QCOMPARE(old.next, -1);
    }

    void scheduleTimes()
    {
        InfusionClock c;
        c.start = kStart;
        c.now = kStart.addSecs(16 * 60);
        const VitalsSchedule s = vitalsSchedule(p, c);
        QCOMPARE(s.sets.at(0).dueAt, kStart);
        QCOMPARE(s.sets.at(1).dueAt, kStart.addSecs(15 * 60));
        QCOMPARE(s.sets.at(2).dueAt, kStart.addSecs(30 * 60));
        QVERIFY(!s.sets.last().dueAt.isValid());  // after: at the end, not known yet
        QVERIFY(vitalsSchedule(p, InfusionClock{}).sets.isEmpty());
    }

    // A saved infusion watched away from its page: overdue more than vitals_overdue_after_min
    // after its time, on both sides of the boundary; nothing once it has ended.
    void overdueWhileRunning_data()
    {
        QTest::addColumn<int>("secondsAfterStart");
        QTest::addColumn<QString>("recorded");
        QTest::addColumn<bool>("ended");
        QTest::addColumn<QString>("overdue");
        const int overdueAfter = Protocol::builtIn().chair.vitalsOverdueAfterMin * 60;
        const int interval = Protocol::builtIn().ranges.vitalsIntervalMin * 60;
        QTest::newRow("before, at the overdue boundary") << overdueAfter << "" << false << "";
        QTest::newRow("before, a second after") << overdueAfter + 1 << "" << false << "b";
        QTest::newRow("before recorded") << overdueAfter + 1 << "b" << false << "";
        QTest::newRow("15 min set, at its boundary")
            << interval + overdueAfter << "b" << false << "";
        QTest::newRow("15 min set, a second after")
            << interval + overdueAfter + 1 << "b" << false << "d15";
        QTest::newRow("15 min set recorded") << interval + overdueAfter + 1 << "b d15" << false << "";
        QTest::newRow("two sets overdue")
            << 2 * interval + overdueAfter + 1 << "" << false << "b d15 d30";
        QTest::newRow("ended: watched on its page only") << 3 * interval << "" << true << "";
    }

    void overdueWhileRunning()
    {
        QFETCH(int, secondsAfterStart);
        QFETCH(QString, recorded);
        QFETCH(bool, ended);
        QFETCH(QString, overdue);
        SavedInfusionClock c{kStart.date(), kStart.time(), std::nullopt, sets(recorded)};
        if (ended)
            c.end = kStart.time().addSecs(40 * 60);
        QStringList found;
        // The saved date and time are local, as typed at the chair.
        const QDateTime start(kStart.date(), kStart.time());
        for (const VitalsDue &d : rules::overdueWhileRunning(p, c, start.addSecs(secondsAfterStart)))
            found << (d.phase == QLatin1String("during") ? QStringLiteral("d%1").arg(*d.minute)
                                                         : d.phase.left(1));
        QCOMPARE(found.join(QLatin1Char(' ')), overdue);
    }

    void overdueNeedsAStartedDatedInfusion()
    {
        const QDateTime late = QDateTime(kStart.date(), kStart.time()).addSecs(3600);
        QVERIFY(rules::overdueWhileRunning(p, {std::nullopt, kStart.time(), std::nullopt, {}}, late)
                    .isEmpty());
        QVERIFY(rules::overdueWhileRunning(p, {kStart.date(), std::nullopt, std::nullopt, {}}, late)
                    .isEmpty());
    }

    void alerts_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<double>("temperature");  // 0: not recorded
        QTest::addColumn<int>("pulse");
        QTest::addColumn<int>("systolic");
        QTest::addColumn<int>("spo2");
        QTest::addColumn<int>("before");  // 0: no before value
        QTest::addColumn<QStringList>("expected");
        const QString d = QStringLiteral("during");
        QTest::newRow("normal") << d << 36.8 << 80 << 120 << 98 << 120 << QStringList();
        QTest::newRow("37.9 no fever") << d << 37.9 << 0 << 0 << 0 << 0 << QStringList();
        QTest::newRow("38.0 fever") << d << 38.0 << 0 << 0 << 0 << 0 << QStringList{"fever"};
        QTest::newRow("fever after") << "after" << 38.4 << 0 << 0 << 0 << 0
                                     << QStringList{"fever"};
        QTest::newRow("fever before: no reaction") << "before" << 38.4 << 0 << 0 << 0 << 0
                                                   << QStringList();
        QTest::newRow("systolic 90") << d << 0.0 << 0 << 90 << 0 << 0 << QStringList();
        QTest::newRow("systolic 89") << d << 0.0 << 0 << 89 << 0 << 0
                                     << QStringList{"low_systolic"};
        QTest::newRow("fall 19") << d << 0.0 << 0 << 111 << 0 << 130 << QStringList();
        QTest::newRow("fall 20") << d << 0.0 << 0 << 110 << 0 << 130
                                 << QStringList{"systolic_fall"};
        QTest::newRow("pulse 120") << d << 0.0 << 120 << 0 << 0 << 0 << QStringList();
        QTest::newRow("pulse 121") << d << 0.0 << 121 << 0 << 0 << 0
                                   << QStringList{"tachycardia"};
        QTest::newRow("spo2 92") << d << 0.0 << 0 << 0 << 92 << 0 << QStringList();
        QTest::newRow("spo2 91") << d << 0.0 << 0 << 0 << 91 << 0 << QStringList{"low_spo2"};
        QTest::newRow("all") << d << 39.0 << 130 << 85 << 88 << 120
                             << QStringList{"fever", "low_systolic", "systolic_fall",
                                            "tachycardia", "low_spo2"};
    }

    void alerts()
    {
        QFETCH(QString, phase);
        QFETCH(double, temperature);
        QFETCH(int, pulse);
        QFETCH(int, systolic);
        QFETCH(int, spo2);
        QFETCH(int, before);
        QFETCH(QStringList, expected);
        VitalReading r;
        r.phase = phase;
        auto opt = [](int v) { return v ? std::optional<int>(v) : std::nullopt; };
        if (temperature > 0)
            r.temperatureC = temperature;
        r.pulseBpm = opt(pulse);
        r.systolicMmHg = opt(systolic);
        r.spo2Pct = opt(spo2);
        QCOMPARE(vitalAlerts(p, r, opt(before)), expected);
    }

    void cellProduct_data()
    {
        QTest::addColumn<QTime>("thaw");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<double>("viability");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("60 min, 70.0 %") << QTime(8, 0) << QTime(9, 0) << 70.0 << QStringList();
        QTest::newRow("61 min") << QTime(8, 0) << QTime(9, 1) << 90.0
                                << QStringList{"thaw_stability_exceeded"};
        QTest::newRow("across midnight 60") << QTime(23, 30) << QTime(0, 30) << 90.0
                                            << QStringList();
        QTest::newRow("across midnight 61") << QTime(23, 30) << QTime(0, 31) << 90.0
                                            << QStringList{"thaw_stability_exceeded"};
        QTest::newRow("69.9 %") << QTime(8, 30) << QTime(9, 0) << 69.9
                                << QStringList{"viability_below_floor"};
        QTest::newRow("both") << QTime(7, 0) << QTime(9, 0) << 50.0
                              << QStringList{"thaw_stability_exceeded", "viability_below_floor"};
    }

    void cellProduct()
    {
        QFETCH(QTime, thaw);
        QFETCH(QTime, start);
        QFETCH(double, viability);
        QFETCH(QStringList, expected);
        DeviationInput in;
        in.infusion = true;
        in.visit = QStringLiteral("week2");
        in.thawTime = thaw;
        in.startTime = start;
        in.viabilityPct = viability;
        QCOMPARE(detectDeviations(p, in), expected);
    }

    void cellProductNotJudgedWithoutData()
    {
        DeviationInput in;
        in.infusion = true;
        in.startTime = QTime(9, 0);
        QCOMPARE(detectDeviations(p, in), QStringList());
    }

    void pasiAreaJump_data()
    {
        QTest::addColumn<int>("areaBefore");  // the lower limbs' area score
        QTest::addColumn<int>("areaNow");
        QTest::addColumn<bool>("jump");
        QTest::newRow("no change") << 2 << 2 << false;
        QTest::newRow("+2") << 1 << 3 << false;
        QTest::newRow("+3") << 1 << 4 << true;
        QTest::newRow("-2") << 4 << 2 << false;
        QTest::newRow("-3") << 4 << 1 << true;
    }

    void pasiAreaJump()
    {
        QFETCH(int, areaBefore);
        QFETCH(int, areaNow);
        QFETCH(bool, jump);
        // Lower limbs 0.4 × (1+1+0) × area: at most 4.8 points, never a total jump.
        const QList<RegionScores> before{{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0},
                                         {1, 1, 0, areaBefore}};
        const QList<RegionScores> now{{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0},
                                      {1, 1, 0, areaNow}};
        const PasiComparison c = comparePasi(p, QStringLiteral("week2"), before, now);
        QVERIFY(!c.totalJump);
        QCOMPARE(c.areaJump.at(3), jump);
        QCOMPARE(c.areaChange.at(3), std::optional<int>(areaNow - areaBefore));
        QCOMPARE(c.shareChange.at(3), std::optional<int>(4 * 2 * (areaNow - areaBefore)));
        QCOMPARE(c.previousShare.at(3), std::optional<int>(4 * 2 * areaBefore));
        QCOMPARE(c.implausible(), jump);
    }

    void pasiTotalBoundary_data()
    {
        QTest::addColumn<int>("areaNow");
        QTest::addColumn<int>("expectedChange");
        QTest::addColumn<bool>("jump");
        // Lower limbs 0.4 × (4+4+4 = 12) × area: from area 1 (4.8) to 5 is +19.2, to 6 is +24.0;
        // the head 0.1 × 12 × area adds 1.2 per area step: see pasiTotalBoundary.
        QTest::newRow("+20.0 exactly: no flag") << 0 << 200 << false;
        QTest::newRow("+20.1: flag") << 1 << 201 << true;
    }

    void pasiTotalBoundary()
    {
        QFETCH(int, areaNow);
        QFETCH(int, expectedChange);
        QFETCH(bool, jump);
        // Before: all 0 (PASI 0.0). Now: trunk 0.3 × (4+4+2 = 10) × 6 = 18.0, upper limbs
        // 0.2 × (E+I+D) × 1: 2.0 with sum 10; +0.1 from the head 0.1 × 1 × 1 when areaNow = 1.
        const QList<RegionScores> before{{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};
        const QList<RegionScores> now{{1, 0, 0, areaNow}, {4, 4, 2, 1}, {4, 4, 2, 6}, {0, 0, 0, 0}};
        const PasiComparison c = comparePasi(p, QStringLiteral("week0"), before, now);
        QCOMPARE(c.totalChange, std::optional<int>(expectedChange));
        QCOMPARE(c.totalJump, jump);
    }

    void pasiWithoutPrevious()
    {
        const QList<RegionScores> now{{1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}};
        const PasiComparison c = comparePasi(p, QString(), {}, now);
        QVERIFY(!c.totalChange);
        QVERIFY(!c.implausible());
        QCOMPARE(c.currentShare.at(0), std::optional<int>(3));
    }

    void previousVisit_data()
    {
        QTest::addColumn<QString>("visit");
        QTest::addColumn<QStringList>("assessed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("screening: none") << "screening" << QStringList{"week0"} << "";
        QTest::newRow("week0 after screening") << "week0" << QStringList{"screening"}
                                               << "screening";
        QTest::newRow("week4 skips a missing week2")
            << "week4" << QStringList{"screening", "week0"} << "week0";
        QTest::newRow("week4 after week2")
            << "week4" << QStringList{"screening", "week0", "week2", "week6"} << "week2";
    }

    void previousVisit()
    {
        QFETCH(QString, visit);
        QFETCH(QStringList, assessed);
        QFETCH(QString, expected);
        QCOMPARE(previousPasiVisit(p, visit, assessed), expected);
    }
};

QTEST_APPLESS_MAIN(TestChairRules)
#include "tst_chair_rules.moc"
