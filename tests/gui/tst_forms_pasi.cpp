// SPDX-License-Identifier: Apache-2.0
// The PASI page as a physician scores it: totals and improvement follow each typed score.
#include "numberedit.h"
#include "optionaldateedit.h"
#include "pasiform.h"
#include "tst_formsfixture.h"

#include <QSpinBox>
#include <QtTest>

using namespace trialcrf;
using namespace trialcrf::formstest;

using Scores = QList<int>;  // per region: erythema, induration, desquamation, area
Q_DECLARE_METATYPE(Scores)

class TestPasiForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void physicianEntryUpdatesTotalLive_data();
    void physicianEntryUpdatesTotalLive();
    void showsIncompleteTotalUntilEveryScore();
    void improvementAgainstBaselineLive();
    void baselineVisitShowsNoImprovement();
    void areaPercentGivesAreaScore_data();
    void areaPercentGivesAreaScore();
    void savesAndReloads();
    void nurseCannotEditPasi();

private:
    void openPage(const Session &as, const QString &visit);
    /// Types the 16 scores by keyboard, starting at the first region's erythema.
    void typeScores(const Scores &scores);
    bool seedPasi(const QString &visit, const Scores &scores);

    std::unique_ptr<Study> m_study;
    PasiForm *m_form = nullptr;
    std::unique_ptr<Host> m_host;
};

namespace {
const char *const kRegions[] = {"head", "upperLimbs", "trunk", "lowerLimbs"};
}

void TestPasiForm::init()
{
    m_study = std::make_unique<Study>();
    QString error;
    QVERIFY2(m_study->setUp(&error), qPrintable(error));
}

void TestPasiForm::cleanup()
{
    m_host.reset();
    m_form = nullptr;
    m_study.reset();
}

void TestPasiForm::openPage(const Session &as, const QString &visit)
{
    m_form = new PasiForm(m_study->store());
    m_form->setSession(as);
    m_form->open(m_study->casebook(as), visit);
    m_host = std::make_unique<Host>(m_form);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowActive(m_host.get()));
}

bool TestPasiForm::seedPasi(const QString &visit, const Scores &scores)
{
    PasiAssessment a = PasiAssessment::blank(Protocol::builtIn());
    a.subjectId = m_study->subjectId;
    a.visit = visit;
    a.assessmentDate = Study::today().addDays(-14);
    for (int r = 0; r < 4; ++r)
        a.regions[r] = rules::RegionScores{scores.at(4 * r), scores.at(4 * r + 1),
                                           scores.at(4 * r + 2), scores.at(4 * r + 3)};
    a.bsaPct = 20;
    return m_study->store().savePasi(m_study->physician, a).ok();
}

void TestPasiForm::typeScores(const Scores &scores)
{
    auto *first = m_form->findChild<QSpinBox *>(QStringLiteral("headErythema"));
    first->setFocus(Qt::TabFocusReason);
    QCOMPARE(focused(), first);
    for (int r = 0; r < 4; ++r) {
        enter(QString::number(scores.at(4 * r)));      // erythema
        enter(QString::number(scores.at(4 * r + 1)));  // induration
        enter(QString::number(scores.at(4 * r + 2)));  // desquamation
        press(Qt::Key_Return);                          // area % left empty
        QCOMPARE(focused()->objectName(), QLatin1String(kRegions[r]) + QLatin1String("Area"));
        enter(QString::number(scores.at(4 * r + 3)));  // area score
    }
}

void TestPasiForm::physicianEntryUpdatesTotalLive_data()
{
    QTest::addColumn<Scores>("scores");
    QTest::addColumn<QString>("total");
    QTest::newRow("all zero") << Scores(16, 0) << "0.0";
    QTest::newRow("mixed scores 25.0")
        << Scores{2, 1, 1, 2, 2, 2, 1, 3, 3, 2, 2, 4, 3, 3, 2, 4} << "25.0";
    QTest::newRow("one point on the head only 0.3")
        << Scores{1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0} << "0.3";
    QTest::newRow("maximum 72.0") << Scores{4, 4, 4, 6, 4, 4, 4, 6, 4, 4, 4, 6, 4, 4, 4, 6}
                                  << "72.0";
    QTest::newRow("tenths exact 12.6")
        << Scores{3, 1, 1, 3, 2, 1, 0, 3, 2, 2, 1, 3, 1, 1, 1, 4} << "12.6";
}

void TestPasiForm::physicianEntryUpdatesTotalLive()
{
    QFETCH(Scores, scores);
    QFETCH(QString, total);
    openPage(m_study->physician, QStringLiteral("week4"));
    typeScores(scores);
    QCOMPARE(m_form->totalText(), total);
}

void TestPasiForm::showsIncompleteTotalUntilEveryScore()
{
    openPage(m_study->physician, QStringLiteral("week4"));
    QCOMPARE(m_form->totalText(), QStringLiteral("— (0 of 16 scores entered)"));
    auto *spin = m_form->findChild<QSpinBox *>(QStringLiteral("headErythema"));
    spin->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(spin, "3");
    QCOMPARE(m_form->totalText(), QStringLiteral("— (1 of 16 scores entered)"));
}

void TestPasiForm::improvementAgainstBaselineLive()
{
    // Baseline (week 0) 25.0; week 4 typed: 5.6 → improvement 77.6 %.
    QVERIFY(seedPasi(QStringLiteral("week0"), {2, 1, 1, 2, 2, 2, 1, 3, 3, 2, 2, 4, 3, 3, 2, 4}));
    openPage(m_study->physician, QStringLiteral("week4"));
    typeScores({1, 1, 0, 1, 1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 2});
    QCOMPARE(m_form->totalText(), QStringLiteral("5.6"));
    QCOMPARE(m_form->improvementText(), QStringLiteral("77.6 %"));
    QCOMPARE(m_form->responseText(),
             QStringLiteral("PASI 50 reached · PASI 75 reached · PASI 90 not reached"));
    // A worse score lowers the improvement at once.
    auto *trunkArea = m_form->findChild<QSpinBox *>(QStringLiteral("trunkArea"));
    trunkArea->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(trunkArea, "4");
    QCOMPARE(m_form->totalText(), QStringLiteral("7.4"));
    QCOMPARE(m_form->improvementText(), QStringLiteral("70.4 %"));
    QCOMPARE(m_form->responseText(),
             QStringLiteral("PASI 50 reached · PASI 75 not reached · PASI 90 not reached"));
}

void TestPasiForm::baselineVisitShowsNoImprovement()
{
    openPage(m_study->physician, QStringLiteral("week0"));
    typeScores({2, 1, 1, 2, 2, 2, 1, 3, 3, 2, 2, 4, 3, 3, 2, 4});
    QCOMPARE(m_form->totalText(), QStringLiteral("25.0"));
    QCOMPARE(m_form->improvementText(), QStringLiteral("— (this assessment is the baseline)"));
}

void TestPasiForm::areaPercentGivesAreaScore_data()
{
    QTest::addColumn<QString>("percent");
    QTest::addColumn<int>("score");
    QTest::addColumn<bool>("error");
    QTest::newRow("0 % is none") << "0" << 0 << false;
    QTest::newRow("9.9 % is 1") << "9.9" << 1 << false;
    QTest::newRow("10 % is 2") << "10" << 2 << false;
    QTest::newRow("49 % is 3") << "49" << 3 << false;
    QTest::newRow("50 % is 4") << "50" << 4 << false;
    QTest::newRow("89.9 % is 5") << "89.9" << 5 << false;
    QTest::newRow("100 % is 6") << "100" << 6 << false;
    QTest::newRow("101 % is refused") << "101" << -1 << true;
}

void TestPasiForm::areaPercentGivesAreaScore()
{
    QFETCH(QString, percent);
    QFETCH(int, score);
    QFETCH(bool, error);
    openPage(m_study->physician, QStringLiteral("week4"));
    auto *pct = m_form->findChild<NumberEdit *>(QStringLiteral("trunkAreaPct"));
    pct->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(pct, percent);
    QCOMPARE(m_form->findChild<QSpinBox *>(QStringLiteral("trunkArea"))->value(), score);
    QCOMPARE(m_form->shownError(QStringLiteral("trunk_area_pct")).isEmpty(), !error);
}

void TestPasiForm::savesAndReloads()
{
    openPage(m_study->physician, QStringLiteral("week4"));
    press(Qt::Key_Space);  // assessment date: today
    press(Qt::Key_Return);
    // Today is outside week 4's window here: the reason's field stands under the date and
    // comes next; left empty, the deviation is saved and listed for a reason later.
    QCOMPARE(focused()->objectName(), QStringLiteral("deviationReason_visit_out_of_window"));
    press(Qt::Key_Return);
    QCOMPARE(focused()->objectName(), QStringLiteral("headErythema"));
    typeScores({2, 1, 1, 2, 2, 2, 1, 3, 3, 2, 2, 4, 3, 3, 2, 4});
    QCOMPARE(focused()->objectName(), QStringLiteral("bsaEdit"));
    type(QStringLiteral("18.5"));
    QVERIFY2(m_form->canSave(), qPrintable(m_form->statusText()));
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_form->isDirty());
    const Casebook cb = m_study->casebook(m_study->physician);
    const PasiAssessment *a = cb.pasiAt(QStringLiteral("week4"));
    QVERIFY(a);
    QCOMPARE(a->pasiTenths(Protocol::builtIn()), std::optional<int>(250));
    QCOMPARE(a->bsaPct, std::optional<double>(18.5));
    QCOMPARE(a->assessmentDate, std::optional<QDate>(Study::today()));
    QCOMPARE(m_form->totalText(), QStringLiteral("25.0"));
}

void TestPasiForm::nurseCannotEditPasi()
{
    openPage(m_study->nurse, QStringLiteral("week4"));
    QVERIFY(!m_form->isEditable());
    QVERIFY(!m_form->findChild<QSpinBox *>(QStringLiteral("headErythema"))->isEnabled());
    QVERIFY(!m_form->saveButton()->isEnabled());
    QVERIFY(!m_form->save());
}

QTEST_MAIN(TestPasiForm)
#include "tst_forms_pasi.moc"
