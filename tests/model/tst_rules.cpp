// SPDX-License-Identifier: Apache-2.0
// The pure rules with the built-in protocol: PASI, improvement and responses, dose, visit
// windows and age, one row on each side of every boundary the protocol page names.
#include "protocol/protocol.h"
#include "rules/rules.h"

#include <QTest>
#include <climits>

using namespace trialcrf;
using namespace trialcrf::rules;

namespace {

constexpr int kNone = INT_MIN;  // "nullopt" in int columns

std::optional<int> opt(int v)
{
    return v == kNone ? std::nullopt : std::optional<int>(v);
}

const Protocol &P()
{
    return Protocol::builtIn();
}

/// Sixteen scores: erythema, induration, desquamation, area for head, upper limbs, trunk and
/// lower limbs in turn; kNone is "not recorded".
QList<RegionScores> regions(const QList<int> &s)
{
    QList<RegionScores> out;
    for (qsizetype i = 0; i + 3 < s.size(); i += 4)
        out << RegionScores{opt(s[i]), opt(s[i + 1]), opt(s[i + 2]), opt(s[i + 3])};
    return out;
}

const QDate kWeek0(2024, 3, 4);  // a Monday; week 2 is 2024-03-18

}  // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    // ---- PASI -----------------------------------------------------------------------------

    void pasiTotal_data()
    {
        QTest::addColumn<QList<int>>("scores");
        QTest::addColumn<int>("tenths");
        QTest::newRow("all zero is 0.0") << QList<int>(16, 0) << 0;
        QTest::newRow("every score at its maximum is 72.0")
            << QList<int>{4, 4, 4, 6, 4, 4, 4, 6, 4, 4, 4, 6, 4, 4, 4, 6} << 720;
        // head 0.1×4×2 + upper 0.2×7×3 + trunk 0.3×2×1 + lower 0.4×7×4 = 0.8+4.2+0.6+11.2
        QTest::newRow("mixed example is 16.8")
            << QList<int>{2, 1, 1, 2, 3, 2, 2, 3, 1, 1, 0, 1, 2, 2, 3, 4} << 168;
        // 0.1×6×1 + 0.2×3×2 + 0.3×5×4 + 0.4×3×4 = 0.6+1.2+6.0+4.8: exact, no 12.599999
        QTest::newRow("mixed example is 12.6")
            << QList<int>{2, 2, 2, 1, 1, 1, 1, 2, 2, 2, 1, 4, 2, 1, 0, 4} << 126;
        QTest::newRow("head alone weighs 0.1")
            << QList<int>{1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0} << 1;
        QTest::newRow("lower limbs alone weigh 0.4")
            << QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1} << 4;
        QTest::newRow("a missing area score leaves PASI undefined")
            << QList<int>{2, 1, 1, 2, 3, 2, 2, kNone, 1, 1, 0, 1, 2, 2, 3, 4} << kNone;
        QTest::newRow("a missing severity score leaves PASI undefined")
            << QList<int>{kNone, 1, 1, 2, 3, 2, 2, 3, 1, 1, 0, 1, 2, 2, 3, 4} << kNone;
        QTest::newRow("severity 5 is out of range")
            << QList<int>{5, 1, 1, 2, 3, 2, 2, 3, 1, 1, 0, 1, 2, 2, 3, 4} << kNone;
        QTest::newRow("negative severity is out of range")
            << QList<int>{-1, 1, 1, 2, 3, 2, 2, 3, 1, 1, 0, 1, 2, 2, 3, 4} << kNone;
        QTest::newRow("area 7 is out of range")
            << QList<int>{2, 1, 1, 7, 3, 2, 2, 3, 1, 1, 0, 1, 2, 2, 3, 4} << kNone;
        QTest::newRow("negative area is out of range")
            << QList<int>{2, 1, 1, -1, 3, 2, 2, 3, 1, 1, 0, 1, 2, 2, 3, 4} << kNone;
        QTest::newRow("three regions are not a PASI")
            << QList<int>{2, 1, 1, 2, 3, 2, 2, 3, 1, 1, 0, 1} << kNone;
        QTest::newRow("five regions are not a PASI") << QList<int>(20, 0) << kNone;
    }
    void pasiTotal()
    {
        QFETCH(QList<int>, scores);
        QFETCH(int, tenths);
        QCOMPARE(pasiTenths(P(), regions(scores)), opt(tenths));
    }

    void formatsTenths_data()
    {
        QTest::addColumn<int>("tenths");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0 << "0.0";
        QTest::newRow("below one") << 5 << "0.5";
        QTest::newRow("whole") << 10 << "1.0";
        QTest::newRow("PASI 12.6") << 126 << "12.6";
        QTest::newRow("PASI maximum") << 720 << "72.0";
        QTest::newRow("negative below one") << -5 << "-0.5";
        QTest::newRow("negative improvement") << -754 << "-75.4";
    }
    void formatsTenths()
    {
        QFETCH(int, tenths);
        QFETCH(QString, text);
        QCOMPARE(formatTenths(tenths), text);
    }

    void areaScore_data()
    {
        QTest::addColumn<double>("percent");
        QTest::addColumn<int>("score");
        QTest::newRow("below 0 % is invalid") << -0.1 << kNone;
        QTest::newRow("0 % scores 0") << 0.0 << 0;
        QTest::newRow("0.1 % scores 1") << 0.1 << 1;
        QTest::newRow("9.9 % scores 1") << 9.9 << 1;
        QTest::newRow("10 % scores 2") << 10.0 << 2;
        QTest::newRow("29.9 % scores 2") << 29.9 << 2;
        QTest::newRow("30 % scores 3") << 30.0 << 3;
        QTest::newRow("49.9 % scores 3") << 49.9 << 3;
        QTest::newRow("50 % scores 4") << 50.0 << 4;
        QTest::newRow("69.9 % scores 4") << 69.9 << 4;
        QTest::newRow("70 % scores 5") << 70.0 << 5;
        QTest::newRow("89.9 % scores 5") << 89.9 << 5;
        QTest::newRow("90 % scores 6") << 90.0 << 6;
        QTest::newRow("100 % scores 6") << 100.0 << 6;
        QTest::newRow("above 100 % is invalid") << 100.1 << kNone;
        QTest::newRow("not a number is invalid") << std::nan("") << kNone;
    }
    void areaScore()
    {
        QFETCH(double, percent);
        QFETCH(int, score);
        QCOMPARE(areaScoreFromPercent(P(), percent), opt(score));
    }

    void baseline_data()
    {
        // each column: PASI tenths at that visit; kNone: incomplete; -1: no assessment at all
        QTest::addColumn<int>("screening");
        QTest::addColumn<int>("week0");
        QTest::addColumn<int>("week2");
        QTest::addColumn<int>("baseline");
        QTest::newRow("week 0 is preferred over screening") << 100 << 120 << 50 << 120;
        QTest::newRow("week 0 of 0.0 is still the baseline") << 100 << 0 << -1 << 0;
        QTest::newRow("screening when week 0 is not assessed") << 100 << -1 << 50 << 100;
        QTest::newRow("screening when week 0 is incomplete") << 100 << kNone << 50 << 100;
        QTest::newRow("week 0 alone") << -1 << 130 << -1 << 130;
        QTest::newRow("neither screening nor week 0") << -1 << -1 << 50 << kNone;
        QTest::newRow("both incomplete") << kNone << kNone << 50 << kNone;
    }
    void baseline()
    {
        QFETCH(int, screening);
        QFETCH(int, week0);
        QFETCH(int, week2);
        QFETCH(int, baseline);
        QList<PasiPoint> points;
        // later visits first: the order of the list must not matter
        if (week2 != -1)
            points << PasiPoint{QStringLiteral("week2"), opt(week2)};
        if (week0 != -1)
            points << PasiPoint{QStringLiteral("week0"), opt(week0)};
        if (screening != -1)
            points << PasiPoint{QStringLiteral("screening"), opt(screening)};
        QCOMPARE(baselineTenths(P(), points), opt(baseline));
        std::reverse(points.begin(), points.end());
        QCOMPARE(baselineTenths(P(), points), opt(baseline));
        const QString from = baseline == kNone             ? QString()
                             : week0 != -1 && week0 != kNone ? QStringLiteral("week0")
                                                             : QStringLiteral("screening");
        QCOMPARE(rules::baseline(P(), points).visit, from);
    }

    void baselineVisitsComeFromTheProtocol()
    {
        QCOMPARE(baselineVisits(P()), QStringList({QStringLiteral("week0"), QStringLiteral("screening")}));
        // Other codes, another order: the visit of week 0 first, then the one without a week.
        Protocol p = P();
        std::reverse(p.visits.begin(), p.visits.end());
        for (VisitDef &v : p.visits)
            v.code = QStringLiteral("v_") + v.code;
        QCOMPARE(baselineVisits(p),
                 QStringList({QStringLiteral("v_week0"), QStringLiteral("v_screening")}));
        const QList<PasiPoint> points{{QStringLiteral("v_screening"), 90},
                                      {QStringLiteral("v_week0"), 80}};
        QCOMPARE(rules::baseline(p, points).visit, QStringLiteral("v_week0"));
        QCOMPARE(baselineTenths(p, points), std::optional<int>(80));
    }

    void isBaselineVisit_data()
    {
        QTest::addColumn<QString>("visit");
        QTest::addColumn<int>("screening");
        QTest::addColumn<int>("week0");
        QTest::addColumn<bool>("expected");
        QTest::newRow("week 0 scored") << "week0" << 100 << 120 << true;
        QTest::newRow("week 0 not scored yet is still the baseline") << "week0" << 100 << kNone << true;
        QTest::newRow("screening while week 0 is not scored") << "screening" << 100 << kNone << true;
        QTest::newRow("screening once week 0 is scored") << "screening" << 100 << 120 << false;
        QTest::newRow("screening not scored, week 0 neither") << "screening" << kNone << kNone << false;
        QTest::newRow("week 2 never") << "week2" << 100 << kNone << false;
        QTest::newRow("no visit") << "" << 100 << kNone << false;
    }
    void isBaselineVisit()
    {
        QFETCH(QString, visit);
        QFETCH(int, screening);
        QFETCH(int, week0);
        QFETCH(bool, expected);
        const QList<PasiPoint> points{{QStringLiteral("screening"), opt(screening)},
                                      {QStringLiteral("week0"), opt(week0)}};
        QCOMPARE(rules::isBaselineVisit(P(), visit, points), expected);
    }

    void improvement_data()
    {
        QTest::addColumn<int>("baseline");
        QTest::addColumn<int>("visit");
        QTest::addColumn<int>("tenthsPct");
        QTest::newRow("12.6 to 3.1 is 75.4 %") << 126 << 31 << 754;
        QTest::newRow("cleared is 100.0 %") << 126 << 0 << 1000;
        QTest::newRow("unchanged is 0.0 %") << 126 << 126 << 0;
        QTest::newRow("1/3 rounds down to 33.3 %") << 30 << 20 << 333;
        QTest::newRow("2/3 rounds up to 66.7 %") << 30 << 10 << 667;
        QTest::newRow("1.25 % half rounds away from zero to 1.3 %") << 80 << 79 << 13;
        QTest::newRow("-1.25 % half rounds away from zero to -1.3 %") << 80 << 81 << -13;
        QTest::newRow("worsening 10.0 to 15.0 is -50.0 %") << 100 << 150 << -500;
        QTest::newRow("-1/3 rounds toward zero to -33.3 %") << 30 << 40 << -333;
        QTest::newRow("baseline 0.0 is undefined") << 0 << 0 << kNone;
        QTest::newRow("baseline 0.0 with later PASI is undefined") << 0 << 12 << kNone;
        QTest::newRow("missing visit PASI is undefined") << 126 << kNone << kNone;
        QTest::newRow("missing baseline is undefined") << kNone << 31 << kNone;
    }
    void improvement()
    {
        QFETCH(int, baseline);
        QFETCH(int, visit);
        QFETCH(int, tenthsPct);
        QCOMPARE(improvementTenthsPct(opt(baseline), opt(visit)), opt(tenthsPct));
    }

    void responses_data()
    {
        QTest::addColumn<int>("tenthsPct");
        QTest::addColumn<QList<int>>("reached");
        QTest::newRow("49.9 % reaches none") << 499 << QList<int>{};
        QTest::newRow("50.0 % reaches PASI 50") << 500 << QList<int>{50};
        QTest::newRow("74.9 % reaches PASI 50") << 749 << QList<int>{50};
        QTest::newRow("75.0 % reaches PASI 75") << 750 << QList<int>{50, 75};
        QTest::newRow("89.9 % reaches PASI 75") << 899 << QList<int>{50, 75};
        QTest::newRow("90.0 % reaches PASI 90") << 900 << QList<int>{50, 75, 90};
        QTest::newRow("100.0 % reaches all") << 1000 << QList<int>{50, 75, 90};
        QTest::newRow("worsening reaches none") << -500 << QList<int>{};
        QTest::newRow("undefined reaches none") << kNone << QList<int>{};
    }
    void responses()
    {
        QFETCH(int, tenthsPct);
        QFETCH(QList<int>, reached);
        QCOMPARE(responsesReached(P(), opt(tenthsPct)), reached);
    }

    // ---- Dose -----------------------------------------------------------------------------

    void targetDose_data()
    {
        QTest::addColumn<int>("weightTenths");
        QTest::addColumn<qint64>("cells");
        QTest::newRow("63.5 kg gets 127,000,000 cells") << 635 << qint64(127000000);
        QTest::newRow("60.0 kg gets 120,000,000 cells") << 600 << qint64(120000000);
        QTest::newRow("70.3 kg gets 140,600,000 cells") << 703 << qint64(140600000);
        QTest::newRow("0.1 kg gets 200,000 cells") << 1 << qint64(200000);
        QTest::newRow("250.0 kg gets 500,000,000 cells") << 2500 << qint64(500000000);
    }
    void targetDose()
    {
        QFETCH(int, weightTenths);
        QFETCH(qint64, cells);
        QCOMPARE(targetCells(P(), weightTenths), cells);
    }

    void doseTolerance_data()
    {
        QTest::addColumn<int>("weightTenths");
        QTest::addColumn<qint64>("actual");
        QTest::addColumn<bool>("within");
        QTest::addColumn<double>("deviation");
        QTest::newRow("exactly the target") << 635 << qint64(127000000) << true << 0.0;
        QTest::newRow("+10.0 % passes") << 635 << qint64(139700000) << true << 10.0;
        QTest::newRow("-10.0 % passes") << 635 << qint64(114300000) << true << -10.0;
        QTest::newRow("+10.01 % fails") << 635 << qint64(139712700) << false << 10.01;
        QTest::newRow("-10.01 % fails") << 635 << qint64(114287300) << false << -10.01;
        QTest::newRow("one cell above +10.0 % fails") << 635 << qint64(139700001) << false
                                                      << 10.0000007874;
        QTest::newRow("one cell below -10.0 % fails") << 635 << qint64(114299999) << false
                                                      << -10.0000007874;
        // 154,660,000 / 140,600,000 is 1.1 in decimals but not in binary doubles
        QTest::newRow("70.3 kg +10.0 % passes") << 703 << qint64(154660000) << true << 10.0;
        QTest::newRow("70.3 kg -10.0 % passes") << 703 << qint64(126540000) << true << -10.0;
        QTest::newRow("70.3 kg one cell above fails") << 703 << qint64(154660001) << false
                                                      << 10.0000007112;
        QTest::newRow("no cells at all fails") << 635 << qint64(0) << false << -100.0;
    }
    void doseTolerance()
    {
        QFETCH(int, weightTenths);
        QFETCH(qint64, actual);
        QFETCH(bool, within);
        QFETCH(double, deviation);
        const std::optional<DoseCheck> c = checkDose(P(), weightTenths, actual);
        QVERIFY(c);
        QCOMPARE(c->target, targetCells(P(), weightTenths));
        QCOMPARE(c->withinTolerance, within);
        QVERIFY2(std::fabs(c->deviationPct - deviation) < 1e-6,
                 qPrintable(QString::number(c->deviationPct, 'g', 12)));
    }

    void doseNeedsAPositiveWeight_data()
    {
        QTest::addColumn<int>("weightTenths");
        QTest::newRow("zero weight") << 0;
        QTest::newRow("negative weight") << -635;
    }
    void doseNeedsAPositiveWeight()
    {
        QFETCH(int, weightTenths);
        QVERIFY(!checkDose(P(), weightTenths, 127000000));
    }

    // ---- Visits ---------------------------------------------------------------------------

    void targetDate_data()
    {
        QTest::addColumn<QString>("visit");
        QTest::addColumn<QDate>("week0");
        QTest::addColumn<QDate>("target");
        QTest::newRow("week 0 is the week-0 date") << "week0" << kWeek0 << kWeek0;
        QTest::newRow("week 2 is 14 days on") << "week2" << kWeek0 << QDate(2024, 3, 18);
        QTest::newRow("week 8 is 56 days on") << "week8" << kWeek0 << QDate(2024, 4, 29);
        QTest::newRow("week 12 is 84 days on") << "week12" << kWeek0 << QDate(2024, 5, 27);
        QTest::newRow("across a year end") << "week4" << QDate(2023, 12, 20) << QDate(2024, 1, 17);
        QTest::newRow("screening has no target") << "screening" << kWeek0 << QDate();
        QTest::newRow("unknown visit has no target") << "week3" << kWeek0 << QDate();
        QTest::newRow("no week-0 date, no target") << "week2" << QDate() << QDate();
    }
    void targetDate()
    {
        QFETCH(QString, visit);
        QFETCH(QDate, week0);
        QFETCH(QDate, target);
        const std::optional<QDate> got = visitTargetDate(P(), visit, week0);
        QCOMPARE(got.has_value(), target.isValid());
        if (target.isValid())
            QCOMPARE(*got, target);
    }

    void window_data()
    {
        QTest::addColumn<QString>("visit");
        QTest::addColumn<int>("offset");  // days from the target (screening: from week 0)
        QTest::addColumn<bool>("within");
        for (const char *v : {"week0", "week2", "week12"}) {
            const QString visit = QLatin1String(v);
            QTest::addRow("%s 4 days early is out", v) << visit << -4 << false;
            QTest::addRow("%s 3 days early is in", v) << visit << -3 << true;
            QTest::addRow("%s on target is in", v) << visit << 0 << true;
            QTest::addRow("%s 3 days late is in", v) << visit << 3 << true;
            QTest::addRow("%s 4 days late is out", v) << visit << 4 << false;
        }
        QTest::newRow("screening 29 days before week 0 is out") << "screening" << -29 << false;
        QTest::newRow("screening 28 days before week 0 is in") << "screening" << -28 << true;
        QTest::newRow("screening the day before week 0 is in") << "screening" << -1 << true;
        QTest::newRow("screening on week 0 is in") << "screening" << 0 << true;
        QTest::newRow("screening after week 0 is out") << "screening" << 1 << false;
        QTest::newRow("unknown visit is never in") << "week3" << 0 << false;
    }
    void window()
    {
        QFETCH(QString, visit);
        QFETCH(int, offset);
        QFETCH(bool, within);
        const QDate target = visitTargetDate(P(), visit, kWeek0).value_or(kWeek0);
        QCOMPARE(withinWindow(P(), visit, kWeek0, target.addDays(offset)), within);
        // the state of a visit done that day agrees
        if (P().visit(visit)) {
            const VisitState s = visitState(P(), visit, kWeek0, target.addDays(offset),
                                            target.addDays(100));
            QCOMPARE(s, within ? VisitState::Done : VisitState::OutOfWindow);
        }
    }

    void windowBounds_data()
    {
        QTest::addColumn<QString>("visit");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("screening: 28 days up to week 0")
            << "screening" << QDate(2024, 2, 5) << kWeek0;
        QTest::newRow("week 0: 3 days either side") << "week0" << QDate(2024, 3, 1)
                                                    << QDate(2024, 3, 7);
        QTest::newRow("week 2: 3 days either side") << "week2" << QDate(2024, 3, 15)
                                                    << QDate(2024, 3, 21);
        QTest::newRow("unknown visit: none") << "week3" << QDate() << QDate();
    }
    void windowBounds()
    {
        QFETCH(QString, visit);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const std::optional<VisitWindow> w = visitWindow(P(), visit, kWeek0);
        QCOMPARE(w.has_value(), first.isValid());
        if (w) {
            QCOMPARE(w->first, first);
            QCOMPARE(w->last, last);
        }
        QVERIFY(!visitWindow(P(), visit, QDate()));
    }

    void state_data()
    {
        QTest::addColumn<QString>("visit");
        QTest::addColumn<QDate>("week0");
        QTest::addColumn<QDate>("actual");  // invalid: not done
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("state");
        const QDate t(2024, 3, 18);  // week 2's target
        QTest::newRow("week 2 before its window opens is not yet due")
            << "week2" << kWeek0 << QDate() << t.addDays(-4) << "not_yet_due";
        QTest::newRow("week 2 is due the day its window opens")
            << "week2" << kWeek0 << QDate() << t.addDays(-3) << "due";
        QTest::newRow("week 2 is due today on its target date")
            << "week2" << kWeek0 << QDate() << t << "due";
        QTest::newRow("week 2 is due on the last day of its window")
            << "week2" << kWeek0 << QDate() << t.addDays(3) << "due";
        QTest::newRow("week 2 is overdue the day after its window")
            << "week2" << kWeek0 << QDate() << t.addDays(4) << "overdue";
        QTest::newRow("week 2 done on target is done")
            << "week2" << kWeek0 << t << t << "done";
        QTest::newRow("week 2 done 3 days late is done")
            << "week2" << kWeek0 << t.addDays(3) << t.addDays(30) << "done";
        QTest::newRow("week 2 done 4 days late is out of window")
            << "week2" << kWeek0 << t.addDays(4) << t.addDays(4) << "out_of_window";
        QTest::newRow("week 2 done 4 days early is out of window")
            << "week2" << kWeek0 << t.addDays(-4) << t.addDays(-4) << "out_of_window";
        QTest::newRow("week 0 is due today on the planned date")
            << "week0" << kWeek0 << QDate() << kWeek0 << "due";
        QTest::newRow("week 0 is overdue 4 days after the planned date")
            << "week0" << kWeek0 << QDate() << kWeek0.addDays(4) << "overdue";
        QTest::newRow("week 0 done 4 days late is out of window")
            << "week0" << kWeek0 << kWeek0.addDays(4) << kWeek0.addDays(5) << "out_of_window";
        QTest::newRow("screening more than 28 days ahead is not yet due")
            << "screening" << kWeek0 << QDate() << kWeek0.addDays(-29) << "not_yet_due";
        QTest::newRow("screening is due 28 days before week 0")
            << "screening" << kWeek0 << QDate() << kWeek0.addDays(-28) << "due";
        QTest::newRow("screening is due on week 0")
            << "screening" << kWeek0 << QDate() << kWeek0 << "due";
        QTest::newRow("screening is overdue after week 0")
            << "screening" << kWeek0 << QDate() << kWeek0.addDays(1) << "overdue";
        QTest::newRow("screening done 29 days before week 0 is out of window")
            << "screening" << kWeek0 << kWeek0.addDays(-29) << kWeek0 << "out_of_window";
        QTest::newRow("without a week-0 date a done visit is done")
            << "week2" << QDate() << t << t << "done";
        QTest::newRow("without a week-0 date a visit is not yet due")
            << "week2" << QDate() << QDate() << t.addDays(100) << "not_yet_due";
    }
    void state()
    {
        QFETCH(QString, visit);
        QFETCH(QDate, week0);
        QFETCH(QDate, actual);
        QFETCH(QDate, today);
        QFETCH(QString, state);
        const std::optional<QDate> done =
            actual.isValid() ? std::optional<QDate>(actual) : std::nullopt;
        QCOMPARE(visitStateCode(visitState(P(), visit, week0, done, today)), state);
    }

    void stateCodes()
    {
        QCOMPARE(visitStateCode(VisitState::NotYetDue), QStringLiteral("not_yet_due"));
        QCOMPARE(visitStateCode(VisitState::Due), QStringLiteral("due"));
        QCOMPARE(visitStateCode(VisitState::Overdue), QStringLiteral("overdue"));
        QCOMPARE(visitStateCode(VisitState::Done), QStringLiteral("done"));
        QCOMPARE(visitStateCode(VisitState::OutOfWindow), QStringLiteral("out_of_window"));
    }

    // ---- Age ------------------------------------------------------------------------------

    void age_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("years");
        QTest::newRow("18th birthday on the day is 18") << QDate(2006, 5, 10) << QDate(2024, 5, 10) << 18;
        QTest::newRow("the day before the 18th birthday is 17")
            << QDate(2006, 5, 10) << QDate(2024, 5, 9) << 17;
        QTest::newRow("the day after the 18th birthday is 18")
            << QDate(2006, 5, 10) << QDate(2024, 5, 11) << 18;
        QTest::newRow("66th birthday on the day is 66") << QDate(1958, 5, 10) << QDate(2024, 5, 10) << 66;
        QTest::newRow("the day before the 66th birthday is 65")
            << QDate(1958, 5, 10) << QDate(2024, 5, 9) << 65;
        QTest::newRow("a month earlier in the year is not yet the birthday")
            << QDate(1980, 6, 1) << QDate(2024, 5, 31) << 43;
        QTest::newRow("29 Feb birthday: 28 Feb of a common year is before it")
            << QDate(2004, 2, 29) << QDate(2022, 2, 28) << 17;
        QTest::newRow("29 Feb birthday: 1 Mar of a common year is after it")
            << QDate(2004, 2, 29) << QDate(2022, 3, 1) << 18;
        QTest::newRow("29 Feb birthday: 29 Feb of a leap year is it")
            << QDate(2004, 2, 29) << QDate(2024, 2, 29) << 20;
        QTest::newRow("29 Feb birthday: 28 Feb of a leap year is before it")
            << QDate(2004, 2, 29) << QDate(2024, 2, 28) << 19;
        QTest::newRow("the day of birth is 0") << QDate(2024, 5, 10) << QDate(2024, 5, 10) << 0;
        QTest::newRow("before birth is undefined") << QDate(2024, 5, 10) << QDate(2024, 5, 9) << kNone;
        QTest::newRow("no birth date is undefined") << QDate() << QDate(2024, 5, 9) << kNone;
        QTest::newRow("no reference date is undefined") << QDate(2000, 1, 1) << QDate() << kNone;
    }
    void age()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, on);
        QFETCH(int, years);
        QCOMPARE(ageInYears(birth, on), opt(years));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
