// SPDX-License-Identifier: Apache-2.0
// The casebook's visit timeline: target dates, windows and states of each visit on a pinned day.
#include "itemmodels/itemroles.h"
#include "itemmodels/visittimelinemodel.h"

#include <QTest>

using namespace trialcrf;

class TestVisitTimelineModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statesOnPinnedDay_data();
    void statesOnPinnedDay();
    void withoutWeek0NothingIsScheduled();
    void infusionDateCountsBeforePasiDate();
    void leftSubjectsExpectNoMoreVisits();
    void incompletePagesSayWhatIsMissing();

private:
    static Casebook casebook(const QString &status, std::optional<QDate> week0,
                             const QMap<QString, QDate> &pasiDates);
};

void TestVisitTimelineModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

Casebook TestVisitTimelineModel::casebook(const QString &status, std::optional<QDate> week0,
                                          const QMap<QString, QDate> &pasiDates)
{
    Casebook c;
    c.subject.id = 7;
    c.subject.code = QStringLiteral("S007");
    c.subject.status = status;
    c.subject.week0Date = week0;
    for (const VisitDef &v : Protocol::builtIn().visits) {
        if (!pasiDates.contains(v.code))
            continue;
        PasiAssessment a = PasiAssessment::blank(Protocol::builtIn());
        a.visit = v.code;
        a.assessmentDate = pasiDates.value(v.code);
        c.pasi << a;
    }
    return c;
}

void TestVisitTimelineModel::statesOnPinnedDay_data()
{
    QTest::addColumn<QString>("visit");
    QTest::addColumn<QString>("stateCode");
    QTest::addColumn<QString>("stateText");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("window");
    QTest::addColumn<QString>("doneOn");

    // Week 0 on 2026-03-02, today 2026-03-16 (week 2's target day).
    QTest::newRow("screening done in its window")
        << "screening" << "done" << "Done" << "—" << "2/2/2026 – 3/2/2026" << "2/20/2026";
    QTest::newRow("week 0 done 4 days late: out of window")
        << "week0" << "out_of_window" << "Done out of window" << "3/2/2026"
        << "2/27/2026 – 3/5/2026" << "3/6/2026";
    QTest::newRow("week 2 on its target day: due today")
        << "week2" << "due" << "Due today" << "3/16/2026" << "3/13/2026 – 3/19/2026" << "—";
    QTest::newRow("week 4: not yet due") << "week4" << "not_yet_due" << "Not yet due"
                                         << "3/30/2026" << "3/27/2026 – 4/2/2026" << "—";
    QTest::newRow("week 12: not yet due") << "week12" << "not_yet_due" << "Not yet due"
                                          << "5/25/2026" << "5/22/2026 – 5/28/2026" << "—";
}

void TestVisitTimelineModel::statesOnPinnedDay()
{
    QFETCH(QString, visit);
    QFETCH(QString, stateCode);
    QFETCH(QString, stateText);
    QFETCH(QString, target);
    QFETCH(QString, window);
    QFETCH(QString, doneOn);

    VisitTimelineModel model(Protocol::builtIn());
    model.setCasebook(casebook(QStringLiteral("enrolled"), QDate(2026, 3, 2),
                               {{QStringLiteral("screening"), QDate(2026, 2, 20)},
                                {QStringLiteral("week0"), QDate(2026, 3, 6)}}),
                      QDate(2026, 3, 16));
    QCOMPARE(model.rowCount(), Protocol::builtIn().visits.size());
    const int row = model.rowOfVisit(visit);
    QVERIFY(row >= 0);
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role).toString();
    };
    QCOMPARE(cell(VisitTimelineModel::State, ItemRoles::StateCode), stateCode);
    QCOMPARE(cell(VisitTimelineModel::State), stateText);
    QCOMPARE(cell(VisitTimelineModel::TargetDate), target);
    QCOMPARE(cell(VisitTimelineModel::Window), window);
    QCOMPARE(cell(VisitTimelineModel::DoneOn), doneOn);
}

void TestVisitTimelineModel::withoutWeek0NothingIsScheduled()
{
    VisitTimelineModel model(Protocol::builtIn());
    model.setCasebook(casebook(QStringLiteral("screening"), std::nullopt, {}), QDate(2026, 3, 16));
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.stateAt(row).has_value());
        QCOMPARE(model.index(row, VisitTimelineModel::TargetDate).data().toString(),
                 QStringLiteral("—"));
        QCOMPARE(model.index(row, VisitTimelineModel::State, {}).data(ItemRoles::StateCode)
                     .toString(),
                 QString());
    }
}

void TestVisitTimelineModel::infusionDateCountsBeforePasiDate()
{
    Casebook c = casebook(QStringLiteral("enrolled"), QDate(2026, 3, 2),
                          {{QStringLiteral("week2"), QDate(2026, 3, 12)}});
    Infusion infusion;
    infusion.visit = QStringLiteral("week2");
    infusion.infusionDate = QDate(2026, 3, 16);
    c.infusions << infusion;
    VisitTimelineModel model(Protocol::builtIn());
    model.setCasebook(c, QDate(2026, 3, 20));
    const int row = model.rowOfVisit(QStringLiteral("week2"));
    QCOMPARE(model.stateAt(row), std::optional<rules::VisitState>(rules::VisitState::Done));
    QCOMPARE(model.index(row, VisitTimelineModel::DoneOn).data().toString(),
             QStringLiteral("3/16/2026"));
    // Both pages are there, and say how far from complete they are (at most three items named).
    const QString recorded = model.index(row, VisitTimelineModel::Recorded).data().toString();
    QVERIFY2(recorded.startsWith(QStringLiteral("Infusion incomplete (missing: Body weight, ")),
             qPrintable(recorded));
    QVERIFY2(recorded.contains(QStringLiteral("PASI incomplete (missing: Head — Erythema, ")),
             qPrintable(recorded));
    QVERIFY2(recorded.contains(QStringLiteral("13 more")), qPrintable(recorded));
    QVERIFY(model.index(row, 0).data(VisitTimelineModel::HasInfusionRole).toBool());
}

// A page saved with required items not recorded is marked on its visit, in words (what is
// missing) and colour (the "incomplete" state code); a complete page reads as before.
void TestVisitTimelineModel::incompletePagesSayWhatIsMissing()
{
    Casebook c = casebook(QStringLiteral("enrolled"), QDate(2026, 3, 2), {});
    Infusion infusion;
    infusion.visit = QStringLiteral("week2");
    infusion.infusionDate = QDate(2026, 3, 16);
    infusion.weightKg = 63.5;
    infusion.actualCells = 127000000;
    infusion.startTime = QTime(9, 0);
    infusion.endTime = QTime(9, 45);
    c.infusions << infusion;  // no lot number yet
    PasiAssessment pasi = PasiAssessment::blank(Protocol::builtIn());
    pasi.visit = QStringLiteral("week0");
    pasi.assessmentDate = QDate(2026, 3, 2);
    for (rules::RegionScores &r : pasi.regions)
        r = rules::RegionScores{1, 1, 1, 1};
    c.pasi << pasi;
    VisitTimelineModel model(Protocol::builtIn());
    model.setCasebook(c, QDate(2026, 3, 20));

    const QModelIndex week2 =
        model.index(model.rowOfVisit(QStringLiteral("week2")), VisitTimelineModel::Recorded);
    QCOMPARE(week2.data().toString(), QStringLiteral("Infusion incomplete (missing: Lot number)"));
    QCOMPARE(week2.data(ItemRoles::StateCode).toString(), QStringLiteral("incomplete"));
    QCOMPARE(week2.data(VisitTimelineModel::MissingItemsRole).toStringList(),
             QStringList{QStringLiteral("infusion:lot_number")});

    const QModelIndex week0 =
        model.index(model.rowOfVisit(QStringLiteral("week0")), VisitTimelineModel::Recorded);
    QCOMPARE(week0.data().toString(), QStringLiteral("PASI"));
    QCOMPARE(week0.data(ItemRoles::StateCode).toString(), QString());
    QVERIFY(week0.data(VisitTimelineModel::MissingItemsRole).toStringList().isEmpty());
}

void TestVisitTimelineModel::leftSubjectsExpectNoMoreVisits()
{
    VisitTimelineModel model(Protocol::builtIn());
    model.setCasebook(casebook(QStringLiteral("withdrawn"), QDate(2026, 3, 2),
                               {{QStringLiteral("screening"), QDate(2026, 2, 20)}}),
                      QDate(2026, 5, 1));
    QCOMPARE(model.stateAt(model.rowOfVisit(QStringLiteral("screening"))),
             std::optional<rules::VisitState>(rules::VisitState::Done));
    // Not "overdue": a withdrawn subject owes no visit.
    QVERIFY(!model.stateAt(model.rowOfVisit(QStringLiteral("week2"))).has_value());
}

QTEST_GUILESS_MAIN(TestVisitTimelineModel)
#include "tst_visittimelinemodel.moc"
