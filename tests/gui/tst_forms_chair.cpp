// SPDX-License-Identifier: Apache-2.0
// At the infusion chair, on a pinned clock the test moves: the nurse starts the infusion, the
// page shows the vital-sign sets due (before, at 15 and 30 minutes, after) and flags the one
// that is overdue without taking the focus; a fever at 30 minutes asks about a reaction and
// yes gives the adverse-event draft; a lot used for another subject is flagged when Enter ends
// it; thaw and viability are soft checks. On the PASI page the previous assessment stands
// beside the scores and an implausible jump is flagged before saving, at its boundary.
#include "adverseeventform.h"
#include "codecombobox.h"
#include "infusionform.h"
#include "infusionprogress.h"
#include "numberedit.h"
#include "optionaldateedit.h"
#include "optionaltimeedit.h"
#include "pasicomparison.h"
#include "pasiform.h"
#include "rules/deviations.h"
#include "vitalsignseditor.h"
#include "tst_formsfixture.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace trialcrf;
using namespace trialcrf::formstest;

Q_DECLARE_METATYPE(trialcrf::AdverseEvent)

namespace {
/// 09:00 local time on the study's "today" (the week-2 target date), in UTC for the clock.
QDateTime nineOClock()
{
    return QDateTime(Study::today(), QTime(9, 0)).toUTC();
}
}  // namespace

class TestChairForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void vitalSetsDueAsTheInfusionRuns();
    void feverAt30MinutesOpensTheReactionDraft();
    void noReactionAsksOnceAndOpensNothing();
    void adverseEventDraftShowsItsFields();
    void lotUsedForAnotherSubjectIsFlagged_data();
    void lotUsedForAnotherSubjectIsFlagged();
    void cellProductSoftChecks_data();
    void cellProductSoftChecks();
    void pasiJumpFlagAtItsBoundary_data();
    void pasiJumpFlagAtItsBoundary();

private:
    void openInfusion();
    void show(QWidget *form);
    /// Types one vital-sign row's time and temperature, field by field, ending with Tab.
    void typeVitals(int row, const QString &time, const QString &temperature);

    std::unique_ptr<Study> m_study;
    std::unique_ptr<CrfForm> m_form;
    std::unique_ptr<Host> m_host;
};

void TestChairForms::init()
{
    qRegisterMetaType<AdverseEvent>();
    m_study = std::make_unique<Study>();
    QString error;
    QVERIFY2(m_study->setUp(&error), qPrintable(error));
    QVERIFY2(m_study->enrolSeed(&error), qPrintable(error));
    m_study->setNow(nineOClock());
}

void TestChairForms::cleanup()
{
    m_host.reset();
    m_form.release();
    m_study.reset();
}

void TestChairForms::show(QWidget *form)
{
    m_host = std::make_unique<Host>(static_cast<CrfForm *>(form));
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    m_host->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_host.get()));
}

void TestChairForms::openInfusion()
{
    auto *form = new InfusionForm(m_study->store());
    m_form.reset(form);
    form->setSession(m_study->nurse);
    form->open(m_study->casebook(m_study->nurse), QStringLiteral("week2"));
    show(form);
}

void TestChairForms::typeVitals(int row, const QString &time, const QString &temperature)
{
    auto *vitals = m_form->findChild<VitalSignsEditor *>();
    const VitalSignsEditor::Row &r = vitals->rows().at(row);
    r.time->setFocus(Qt::TabFocusReason);
    enter(time);
    QCOMPARE(focused(), r.temperature);
    type(temperature);
    press(Qt::Key_Tab);  // the value is committed on leaving the field
}

void TestChairForms::vitalSetsDueAsTheInfusionRuns()
{
    openInfusion();
    auto *form = static_cast<InfusionForm *>(m_form.get());
    InfusionProgressPanel *progress = form->progress();
    QVERIFY(progress->runningText().startsWith(QStringLiteral("Not started")));

    // The nurse starts the infusion: date and start time from the clock, editable.
    progress->startButton()->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    auto *start = form->findChild<OptionalTimeEdit *>(QStringLiteral("startEdit"));
    QCOMPARE(start->value(), std::optional<QTime>(QTime(9, 0)));
    QCOMPARE(form->findChild<OptionalDateEdit *>(QStringLiteral("dateEdit"))->value(),
             std::optional<QDate>(Study::today()));
    QCOMPARE(focused(), start);
    QVERIFY(!progress->startButton()->isEnabled());
    // Minute 0: the set before the infusion is due.
    QCOMPARE(progress->runningText(), QStringLiteral("Running for 0 min (started 09:00)."));
    QCOMPARE(progress->nextText(), QStringLiteral("Next: the set Before, due now (09:00)."));
    QCOMPARE(progress->overdueText(), QString());
    typeVitals(0, QStringLiteral("0858"), QStringLiteral("36.6"));

    // Minute 15: the first set during the infusion is due, the next at 30.
    auto *weight = form->findChild<NumberEdit *>(QStringLiteral("weightEdit"));
    weight->setFocus(Qt::TabFocusReason);
    type(QStringLiteral("63"));  // the nurse is typing elsewhere when the flag comes
    QSignalSpy overdue(form, &InfusionForm::vitalsOverdueChanged);
    m_study->setNow(nineOClock().addSecs(15 * 60));
    progress->refresh();
    QCOMPARE(progress->runningText(), QStringLiteral("Running for 15 min (started 09:00)."));
    QCOMPARE(progress->setsText(),
             QStringLiteral("Vital-sign sets — Before: recorded · 15 min: due now · 30 min: at "
                            "09:30 · After: at the end"));
    QCOMPARE(progress->nextText(), QStringLiteral("Next: the set 15 min, due now (09:15)."));
    // Five minutes late is not overdue yet; a second more is, flagged without a dialog and
    // without taking the focus from the weight being typed.
    m_study->setNow(nineOClock().addSecs(20 * 60));
    progress->refresh();
    QCOMPARE(progress->overdueText(), QString());
    m_study->setNow(nineOClock().addSecs(20 * 60 + 1));
    progress->refresh();
    QCOMPARE(progress->overdueText(), QStringLiteral("Vital signs overdue: 15 min (due 09:15)"));
    QCOMPARE(overdue.count(), 1);
    QCOMPARE(overdue.last().first().toString(), progress->overdueText());
    QCOMPARE(focused(), weight);
    QVERIFY(!QApplication::activeModalWidget());
    type(QStringLiteral(".5"));
    QCOMPARE(weight->text(), QStringLiteral("63.5"));
    // The nurse records it: the flag goes.
    typeVitals(1, QStringLiteral("0921"), QStringLiteral("36.8"));
    QCOMPARE(progress->overdueText(), QString());
    QCOMPARE(overdue.count(), 2);

    // Minute 30: the next set is due.
    m_study->setNow(nineOClock().addSecs(30 * 60));
    progress->refresh();
    QCOMPARE(progress->nextText(), QStringLiteral("Next: the set 30 min, due now (09:30)."));

    // The end typed: the set after is due from then.
    auto *end = form->findChild<OptionalTimeEdit *>(QStringLiteral("endEdit"));
    end->setFocus(Qt::TabFocusReason);
    enter(QStringLiteral("0931"));
    m_study->setNow(nineOClock().addSecs(31 * 60));
    progress->refresh();
    QVERIFY2(progress->setsText().endsWith(QStringLiteral("30 min: overdue · After: due now"))
                 || progress->setsText().endsWith(QStringLiteral("30 min: due now · After: due now")),
             qPrintable(progress->setsText()));
    m_study->setNow(nineOClock().addSecs(36 * 60 + 1));
    progress->refresh();
    QVERIFY2(progress->overdueText().contains(QStringLiteral("After (due 09:31)")),
             qPrintable(progress->overdueText()));
}

void TestChairForms::feverAt30MinutesOpensTheReactionDraft()
{
    openInfusion();
    auto *form = static_cast<InfusionForm *>(m_form.get());
    form->progress()->startButton()->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    auto *vitals = form->findChild<VitalSignsEditor *>();
    auto *add = form->findChild<QPushButton *>(QStringLiteral("addVitalsButton"));
    add->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);  // the reading at 30 minutes
    QCOMPARE(vitals->rows().at(2).minute->value(), 30);

    QSignalSpy reported(form, &InfusionForm::reactionReported);
    m_study->setNow(nineOClock().addSecs(30 * 60));
    // 37.9 °C at 15 minutes: below the alert, nothing asked.
    typeVitals(1, QStringLiteral("0915"), QStringLiteral("37.9"));
    QTest::qWait(0);
    QVERIFY(!QApplication::activeModalWidget());
    // 38.2 °C at 30 minutes: asked at once, on leaving the field.
    typeVitals(2, QStringLiteral("0930"), QStringLiteral("38.2"));
    QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QCOMPARE(box->objectName(), QStringLiteral("reactionPrompt"));
    QVERIFY2(box->text().contains(QStringLiteral("temperature 38.2 °C (alert from 38.0 °C)")),
             qPrintable(box->text()));
    QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier);
    if (box && box->isVisible())  // styles without mnemonics on Yes: the button by keyboard
        QTest::keyClick(box->button(QMessageBox::Yes), Qt::Key_Space);
    QTRY_COMPARE(reported.count(), 1);
    const AdverseEvent draft = reported.first().first().value<AdverseEvent>();
    QCOMPARE(draft.subjectId, m_study->subjectId);
    QCOMPARE(draft.term, QStringLiteral("Infusion reaction"));
    QCOMPARE(draft.infusionVisit, QStringLiteral("week2"));
    QCOMPARE(draft.onsetDate, std::optional<QDate>(Study::today()));
    QCOMPARE(draft.onsetTime, std::optional<QTime>(QTime(9, 30)));
    QVERIFY(draft.ctcaeGrade.isEmpty());  // for the physician to grade
    QVERIFY(form->findChild<QCheckBox *>(QStringLiteral("reactionCheck"))->isChecked());
}

void TestChairForms::noReactionAsksOnceAndOpensNothing()
{
    openInfusion();
    auto *form = static_cast<InfusionForm *>(m_form.get());
    auto *start = form->findChild<OptionalTimeEdit *>(QStringLiteral("startEdit"));
    start->setFocus(Qt::TabFocusReason);
    enter(QStringLiteral("0900"));
    QSignalSpy reported(form, &InfusionForm::reactionReported);
    // Pulse 121 at 15 minutes (tachycardia): No.
    auto *vitals = form->findChild<VitalSignsEditor *>();
    const VitalSignsEditor::Row &row = vitals->rows().at(1);
    row.pulse->setFocus(Qt::TabFocusReason);
    type(QStringLiteral("121"));
    press(Qt::Key_Tab);
    QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QVERIFY(box->text().contains(QStringLiteral("pulse 121 /min")));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(reported.count(), 0);
    // Leaving the field again does not ask again about the same reading.
    m_host->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_host.get()));
    row.pulse->setFocus(Qt::TabFocusReason);
    QTest::keyClick(row.pulse, Qt::Key_Tab);
    QTest::qWait(0);
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!form->findChild<QCheckBox *>(QStringLiteral("reactionCheck"))->isChecked());
}

void TestChairForms::adverseEventDraftShowsItsFields()
{
    auto *form = new AdverseEventForm(m_study->store());
    m_form.reset(form);
    form->setSession(m_study->nurse);
    AdverseEvent draft;
    draft.term = QStringLiteral("Infusion reaction");
    draft.onsetDate = Study::today();
    draft.onsetTime = QTime(9, 30);
    draft.infusionVisit = QStringLiteral("week2");
    form->openDraft(m_study->casebook(m_study->nurse), draft);
    show(form);
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("termEdit"))->text(), draft.term);
    QCOMPARE(form->findChild<OptionalDateEdit *>(QStringLiteral("onsetEdit"))->value(),
             draft.onsetDate);
    QCOMPARE(form->findChild<OptionalTimeEdit *>(QStringLiteral("onsetTimeEdit"))->value(),
             draft.onsetTime);
    QCOMPARE(form->findChild<CodeComboBox *>(QStringLiteral("infusionVisitCombo"))->code(),
             QStringLiteral("week2"));
    QVERIFY(form->isDirty());
    // The nurse may save it incomplete: grade and causality are the physician's.
    QVERIFY2(form->canSave(), qPrintable(form->statusText()));
    QSignalSpy saved(form, &CrfForm::saved);
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    const Casebook cb = m_study->casebook(m_study->physician);
    QCOMPARE(cb.adverseEvents.size(), 1);
    QCOMPARE(cb.adverseEvents.first().infusionVisit, QStringLiteral("week2"));
    QCOMPARE(cb.adverseEvents.first().onsetTime, std::optional<QTime>(QTime(9, 30)));
}

void TestChairForms::lotUsedForAnotherSubjectIsFlagged_data()
{
    QTest::addColumn<QString>("lot");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("the other subject's lot") << "UC2024-0815" << true;
    QTest::newRow("another lot") << "UC2024-0816" << false;
}

void TestChairForms::lotUsedForAnotherSubjectIsFlagged()
{
    QFETCH(QString, lot);
    QFETCH(bool, flagged);
    // S002 was infused lot UC2024-0815 at week 0.
    Subject other = fixtures::subject(QStringLiteral("S002"));
    other.week0Date = Study::today().addDays(-14);
    QVERIFY(m_study->store().saveSubject(m_study->nurse, other).ok());
    QVERIFY(fixtures::enrol(m_study->store(), other.id, m_study->physician).ok());
    saveSeedInfusion(m_study->store(), m_study->nurse, other.id, QStringLiteral("week0"),
                     Study::today().addDays(-14));

    openInfusion();
    auto *form = static_cast<InfusionForm *>(m_form.get());
    auto *lotEdit = form->findChild<QLineEdit *>(QStringLiteral("lotEdit"));
    lotEdit->setFocus(Qt::TabFocusReason);
    type(lot);
    QCOMPARE(form->lotNoteText(), QString());  // not while typing
    press(Qt::Key_Return);                      // the scanner's Enter ends it
    QCOMPARE(focused()->objectName(), QStringLiteral("viabilityEdit"));
    QCOMPARE(!form->lotNoteText().isEmpty(), flagged);
    if (flagged)
        QVERIFY2(form->lotNoteText().contains(QStringLiteral("S002 (Week 0)")),
                 qPrintable(form->lotNoteText()));
    // A soft check: the page asks the deviation's reason, as for thaw time and viability.
    QCOMPARE(form->deviationKinds().contains(QLatin1String(rules::deviation::kLotReused)),
             flagged);
}

void TestChairForms::cellProductSoftChecks_data()
{
    QTest::addColumn<QString>("viability");
    QTest::addColumn<QString>("thaw");
    QTest::addColumn<QStringList>("expected");
    const QString thaw = QLatin1String(rules::deviation::kThawStabilityExceeded);
    const QString viab = QLatin1String(rules::deviation::kViabilityBelowFloor);
    QTest::newRow("70.0 %, 60 min") << "70" << "0800" << QStringList();
    QTest::newRow("69.9 %") << "69.9" << "0800" << QStringList{viab};
    QTest::newRow("61 min") << "96" << "0759" << QStringList{thaw};
}

void TestChairForms::cellProductSoftChecks()
{
    QFETCH(QString, viability);
    QFETCH(QString, thaw);
    QFETCH(QStringList, expected);
    openInfusion();
    auto *form = static_cast<InfusionForm *>(m_form.get());
    form->findChild<QWidget *>(QStringLiteral("viabilityEdit"))->setFocus(Qt::TabFocusReason);
    enter(viability);
    enter(thaw);
    enter(QStringLiteral("0900"));  // start
    QStringList shown;
    for (const QString &k : form->deviationKinds()) {
        if (k == QLatin1String(rules::deviation::kThawStabilityExceeded)
            || k == QLatin1String(rules::deviation::kViabilityBelowFloor))
            shown << k;
    }
    QCOMPARE(shown, expected);
}

void TestChairForms::pasiJumpFlagAtItsBoundary_data()
{
    QTest::addColumn<QString>("headArea");
    QTest::addColumn<bool>("flagged");
    // Week 0 PASI 0.0; week 2: upper limbs 0.2 × 10 × 1 = 2.0, trunk 0.3 × 10 × 6 = 18.0, and
    // the head 0.1 × 1 × area: +20.0 passes, +20.1 is flagged.
    QTest::newRow("+20.0") << "0" << false;
    QTest::newRow("+20.1") << "1" << true;
}

void TestChairForms::pasiJumpFlagAtItsBoundary()
{
    QFETCH(QString, headArea);
    QFETCH(bool, flagged);
    PasiAssessment week0 = PasiAssessment::blank(m_study->store().protocol());
    week0.subjectId = m_study->subjectId;
    week0.visit = QStringLiteral("week0");
    week0.assessmentDate = Study::today().addDays(-14);
    // No severity anywhere (PASI 0.0), with areas that keep each region's area change
    // below the area flag: trunk 4 → 6, upper limbs 1 → 1.
    const int areas[] = {0, 1, 4, 0};
    for (int i = 0; i < week0.regions.size(); ++i)
        week0.regions[i] = rules::RegionScores{0, 0, 0, areas[i]};
    week0.bsaPct = 0;
    QVERIFY(m_study->store().savePasi(m_study->physician, week0).ok());

    auto *form = new PasiForm(m_study->store());
    m_form.reset(form);
    form->setSession(m_study->physician);
    form->open(m_study->casebook(m_study->physician), QStringLiteral("week2"));
    show(form);
    const QList<QStringList> scores{{QStringLiteral("1"), QStringLiteral("0"),
                                     QStringLiteral("0"), headArea},
                                    {"4", "4", "2", "1"},
                                    {"4", "4", "2", "6"},
                                    {"0", "0", "0", "0"}};
    form->findChild<QSpinBox *>(QStringLiteral("headErythema"))->setFocus(Qt::TabFocusReason);
    for (const QStringList &region : scores) {
        enter(region.at(0));
        enter(region.at(1));
        enter(region.at(2));
        press(Qt::Key_Return);  // area % left empty
        enter(region.at(3));
    }
    PasiComparisonPanel *c = form->comparison();
    QCOMPARE(c->comparison().previousVisit, QStringLiteral("week0"));
    QCOMPARE(c->rowTexts(2), (QStringList{QStringLiteral("0.0"), QStringLiteral("18.0"),
                                          QStringLiteral("+18.0")}));
    QCOMPARE(c->comparison().totalJump, flagged);
    QCOMPARE(!c->flagText().isEmpty(), flagged);
    // A flag, not a block: the page saves, and the footer says what to check.
    QVERIFY2(form->canSave(), qPrintable(form->statusText()));
    QCOMPARE(form->statusText().contains(QStringLiteral("Check before saving")), flagged);
}

QTEST_MAIN(TestChairForms)
#include "tst_forms_chair.moc"
