// SPDX-License-Identifier: Apache-2.0
// The smaller pages and shared pieces: subject, consent, adverse event and its list, the
// reason dialog, the Save / Discard / Cancel question, and the labels of codes.
#include "adverseeventform.h"
#include "adverseeventlist.h"
#include "codecombobox.h"
#include "labels/codelabels.h"
#include "consentform.h"
#include "displayformat.h"
#include "optionaldateedit.h"
#include "subjectform.h"
#include "tst_formsfixture.h"
#include "yesnobox.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTableWidget>
#include <QtTest>

using namespace trialcrf;
using namespace trialcrf::formstest;

class TestFormPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void newSubjectIsSavedByKeyboard();
    void takenSubjectCodeShowsAtTheField();
    void consentNotSignedIsNoted();
    void nurseRecordsAdverseEventButCannotJudgeCausality();
    void seriousEventNeedsCriteria();
    void outcomeAndEndDateAgree();
    void physicianJudgesCausality();
    void adverseEventListOpensEvents();
    void reasonDialogNeedsThreeCharacters_data();
    void reasonDialogNeedsThreeCharacters();
    void maybeCloseAsksOnlyWhenDirty();
    void dateNotRecordedUntilTyped();
    void codeLabelsKeepUnknownCodes();
    void cellCountsFormatted_data();
    void cellCountsFormatted();

private:
    template<typename Form>
    Form *show(const Session &as, const QString &visit = {}, int aeNumber = 0);

    std::unique_ptr<Study> m_study;
    std::unique_ptr<Host> m_host;
};

void TestFormPages::init()
{
    m_study = std::make_unique<Study>();
    QString error;
    QVERIFY2(m_study->setUp(&error), qPrintable(error));
}

void TestFormPages::cleanup()
{
    m_host.reset();
    m_study.reset();
}

template<typename Form>
Form *TestFormPages::show(const Session &as, const QString &visit, int aeNumber)
{
    auto *form = new Form(m_study->store());
    form->setSession(as);
    form->open(m_study->casebook(as), visit, aeNumber);
    m_host = std::make_unique<Host>(form);
    m_host->show();
    if (!QTest::qWaitForWindowActive(m_host.get()))
        qWarning("window not active");
    return form;
}

void TestFormPages::newSubjectIsSavedByKeyboard()
{
    auto *form = new SubjectForm(m_study->store());
    form->setSession(m_study->nurse);
    form->openNew();
    m_host = std::make_unique<Host>(form);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowActive(m_host.get()));
    QCOMPARE(form->title(), QStringLiteral("New subject"));
    QCOMPARE(focused()->objectName(), QStringLiteral("codeEdit"));
    enter(QStringLiteral("S002"));
    enter(QStringLiteral("lhm"));  // initials are made capitals
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("initialsEdit"))->text(),
             QStringLiteral("LHM"));
    enter(QStringLiteral("2"));  // sex: the second code, female
    QCOMPARE(form->findChild<CodeComboBox *>(QStringLiteral("sexCombo"))->code(),
             QStringLiteral("F"));
    form->findChild<OptionalDateEdit *>(QStringLiteral("birthDateEdit"))
        ->setValue(QDate(1975, 11, 2));
    form->findChild<OptionalDateEdit *>(QStringLiteral("week0DateEdit"))
        ->setValue(Study::today().addDays(10));
    QVERIFY2(form->canSave(), qPrintable(form->statusText()));
    QSignalSpy saved(form, &CrfForm::saved);
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    const std::optional<qint64> id = m_study->store().subjectIdByCode(QStringLiteral("S002"));
    QVERIFY(id);
    QCOMPARE(saved.first().first().toLongLong(), *id);
    const Casebook cb = m_study->store().loadCasebook(m_study->nurse, *id).value();
    QCOMPARE(cb.subject.initials, QStringLiteral("LHM"));
    QCOMPARE(cb.subject.status, QStringLiteral("screening"));
    QCOMPARE(form->title(), QStringLiteral("Subject S002"));
}

void TestFormPages::takenSubjectCodeShowsAtTheField()
{
    auto *form = new SubjectForm(m_study->store());
    form->setSession(m_study->nurse);
    m_host = std::make_unique<Host>(form);
    m_host->show();
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("codeEdit")), "S001");
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("initialsEdit")), "ABC");
    form->findChild<CodeComboBox *>(QStringLiteral("sexCombo"))->setCode(QStringLiteral("M"));
    form->findChild<OptionalDateEdit *>(QStringLiteral("birthDateEdit"))
        ->setValue(QDate(1970, 1, 1));
    ModalLog log;
    ModalAnswerer answerer(&log);
    QVERIFY(!form->save());
    QCOMPARE(form->shownError(QStringLiteral("subject_code")),
             QStringLiteral("The subject code S001 is already in use."));
    QVERIFY(!form->canSave());
    QVERIFY2(log.messages.isEmpty(), qPrintable(log.messages.join(u',')));
    // Changing the code clears the message.
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("codeEdit")), "9");
    QVERIFY(form->shownError(QStringLiteral("subject_code")).isEmpty());
    QVERIFY(form->canSave());
}

void TestFormPages::consentNotSignedIsNoted()
{
    auto *form = show<ConsentForm>(m_study->nurse);
    auto *note = form->findChild<QLabel *>(QStringLiteral("notSignedNote"));
    QVERIFY(note->isHidden());
    auto *signedBox = form->findChild<YesNoBox *>(QStringLiteral("signedBox"));
    signedBox->setFocus();
    press(Qt::Key_N);
    QCOMPARE(signedBox->value(), std::optional<bool>(false));
    QVERIFY(!note->isHidden());
    QVERIFY(note->text().contains(QStringLiteral("INC3")));
    press(Qt::Key_Y);
    QCOMPARE(signedBox->value(), std::optional<bool>(true));
    QVERIFY(note->isHidden());
}

// "Recovered" says the event ended: its end date is then missing (the page saves, marked
// incomplete); an end date with "recovering" is impossible and stops Save at the end date.
void TestFormPages::outcomeAndEndDateAgree()
{
    auto *form = show<AdverseEventForm>(m_study->nurse);
    enter(QStringLiteral("Fever"));
    press(Qt::Key_Space);  // onset today
    press(Qt::Key_Return);
    press(Qt::Key_Return);  // end date: ongoing
    enter(QStringLiteral("1"));
    enter(QStringLiteral("n"));
    enter(QStringLiteral("6"));  // medication given
    QCOMPARE(focused()->objectName(), QStringLiteral("outcomeCombo"));
    enter(QStringLiteral("1"));  // recovered
    QCOMPARE(form->missingFields(), QStringList{QStringLiteral("end_date")});
    QVERIFY2(form->shownError(QStringLiteral("end_date")).contains(QLatin1String("ended")),
             qPrintable(form->shownError(QStringLiteral("end_date"))));
    QVERIFY2(form->statusText().startsWith(QStringLiteral("Incomplete: End date")),
             qPrintable(form->statusText()));
    QVERIFY(form->canSave());

    auto *end = form->findChild<OptionalDateEdit *>(QStringLiteral("endEdit"));
    end->setFocus();
    press(Qt::Key_Space);  // ended today
    QVERIFY2(form->missingFields().isEmpty(), qPrintable(form->missingFields().join(u',')));
    QVERIFY2(form->statusText() == QStringLiteral("Ready to save."), qPrintable(form->statusText()));

    auto *outcome = form->findChild<CodeComboBox *>(QStringLiteral("outcomeCombo"));
    outcome->setFocus();
    press(Qt::Key_2);  // recovering, with an end date: impossible
    QCOMPARE(outcome->code(), QStringLiteral("recovering"));
    QCOMPARE(form->errorFields(), QStringList{QStringLiteral("end_date")});
    QVERIFY(!form->canSave());
    QVERIFY(end->property("crfError").toBool());
}

void TestFormPages::nurseRecordsAdverseEventButCannotJudgeCausality()
{
    auto *form = show<AdverseEventForm>(m_study->nurse);
    QCOMPARE(form->title(), QStringLiteral("New adverse event"));
    QVERIFY(!form->findChild<CodeComboBox *>(QStringLiteral("relatednessCombo"))->isEnabled());
    QVERIFY(!form->findChild<QLabel *>(QStringLiteral("relatednessNote"))->isHidden());
    QCOMPARE(focused()->objectName(), QStringLiteral("termEdit"));
    enter(QStringLiteral("Fever"));
    press(Qt::Key_Space);  // onset today
    press(Qt::Key_Return);
    press(Qt::Key_Return);  // end date: ongoing
    QCOMPARE(focused()->objectName(), QStringLiteral("gradeCombo"));
    enter(QStringLiteral("1"));
    QCOMPARE(focused()->objectName(), QStringLiteral("seriousBox"));
    enter(QStringLiteral("n"));
    // The SAE boxes are off for a non-serious event, relatedness is the physician's:
    // Enter goes straight to the action taken.
    QCOMPARE(focused()->objectName(), QStringLiteral("actionCombo"));
    enter(QStringLiteral("6"));  // medication given
    enter(QStringLiteral("2"));  // recovering
    QVERIFY2(form->canSave(), qPrintable(form->statusText()));
    press(Qt::Key_S, Qt::ControlModifier);
    const Casebook cb = m_study->casebook(m_study->nurse);
    QCOMPARE(cb.adverseEvents.size(), 1);
    const AdverseEvent &ae = cb.adverseEvents.first();
    QCOMPARE(ae.aeNumber, 1);
    QCOMPARE(ae.term, QStringLiteral("Fever"));
    QCOMPARE(ae.ctcaeGrade, QStringLiteral("grade1"));
    QCOMPARE(ae.serious, std::optional<bool>(false));
    QCOMPARE(ae.actionTaken, QStringLiteral("medication_given"));
    QCOMPARE(ae.outcome, QStringLiteral("recovering"));
    QVERIFY(ae.relatedness.isEmpty());
    QCOMPARE(form->title(), QStringLiteral("Adverse event 1"));
}

void TestFormPages::seriousEventNeedsCriteria()
{
    auto *form = show<AdverseEventForm>(m_study->nurse);
    auto *hospital = form->findChild<QCheckBox *>(QStringLiteral("sae_hospitalisation"));
    QVERIFY(hospital);
    QVERIFY(!hospital->isEnabled());
    auto *serious = form->findChild<YesNoBox *>(QStringLiteral("seriousBox"));
    serious->setFocus();
    press(Qt::Key_Y);
    QVERIFY(hospital->isEnabled());
    QCOMPARE(form->shownError(QStringLiteral("sae_criteria")),
             QStringLiteral("A serious adverse event needs at least one seriousness criterion."));
    hospital->setChecked(true);
    QVERIFY(form->shownError(QStringLiteral("sae_criteria")).isEmpty());
}

void TestFormPages::physicianJudgesCausality()
{
    AdverseEvent ae;
    ae.subjectId = m_study->subjectId;
    ae.aeNumber = 1;
    ae.term = QStringLiteral("Chills");
    ae.onsetDate = Study::today();
    ae.ctcaeGrade = QStringLiteral("grade2");
    ae.serious = false;
    ae.actionTaken = QStringLiteral("infusion_slowed");
    ae.outcome = QStringLiteral("recovered");
    QVERIFY(m_study->store().saveAdverseEvent(m_study->nurse, ae).ok());

    auto *form = show<AdverseEventForm>(m_study->physician, {}, 1);
    QCOMPARE(form->title(), QStringLiteral("Adverse event 1"));
    auto *relatedness = form->findChild<CodeComboBox *>(QStringLiteral("relatednessCombo"));
    QVERIFY(relatedness->isEnabled());
    relatedness->setFocus();
    press(Qt::Key_4);  // probable
    QCOMPARE(relatedness->code(), QStringLiteral("probable"));
    ModalLog log;
    ModalAnswerer answerer(&log, QStringLiteral("Causality judged by the investigator"));
    QVERIFY(form->save());
    QCOMPARE(log.reasonsAsked.size(), 1);
    QCOMPARE(m_study->casebook(m_study->physician).adverseEvents.first().relatedness,
             QStringLiteral("probable"));
}

void TestFormPages::adverseEventListOpensEvents()
{
    for (int n = 1; n <= 2; ++n) {
        AdverseEvent ae;
        ae.subjectId = m_study->subjectId;
        ae.aeNumber = n;
        ae.term = n == 1 ? QStringLiteral("Headache") : QStringLiteral("Rash");
        ae.onsetDate = Study::today();
        ae.ctcaeGrade = QStringLiteral("grade1");
        ae.serious = false;
        ae.actionTaken = QStringLiteral("none");
        ae.outcome = QStringLiteral("recovered");
        QVERIFY(m_study->store().saveAdverseEvent(m_study->nurse, ae).ok());
    }
    AdverseEventList list;
    list.setSession(m_study->nurse);
    list.setCasebook(m_study->casebook(m_study->nurse));
    QCOMPARE(list.table()->rowCount(), 2);
    QCOMPARE(list.table()->item(1, 1)->text(), QStringLiteral("Rash"));
    QCOMPARE(list.table()->item(1, 4)->text(), QStringLiteral("Grade 1 — mild"));
    QCOMPARE(list.table()->item(1, 6)->text(), QStringLiteral("not judged yet"));
    QSignalSpy open(&list, &AdverseEventList::openRequested);
    QSignalSpy created(&list, &AdverseEventList::newRequested);
    list.table()->selectRow(1);
    QCOMPARE(list.selectedNumber(), 2);
    list.findChild<QPushButton *>(QStringLiteral("openAdverseEventButton"))->click();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toInt(), 2);
    auto *newButton = list.findChild<QPushButton *>(QStringLiteral("newAdverseEventButton"));
    QVERIFY(newButton->isEnabled());
    newButton->click();
    QCOMPARE(created.count(), 1);
    list.setSession(m_study->monitor);
    QVERIFY(!newButton->isEnabled());
}

void TestFormPages::reasonDialogNeedsThreeCharacters_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("empty") << "" << false;
    QTest::newRow("two letters") << "ok" << false;
    QTest::newRow("blanks around two letters") << "  ok  " << false;
    QTest::newRow("three letters") << "typ" << true;
    QTest::newRow("three Chinese characters") << QStringLiteral("录入错") << true;
}

void TestFormPages::reasonDialogNeedsThreeCharacters()
{
    QFETCH(QString, typed);
    QFETCH(bool, acceptable);
    ReasonDialog dialog;
    dialog.setReason(typed);
    QCOMPARE(dialog.isAcceptable(), acceptable);
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(),
             acceptable);
    QCOMPARE(dialog.reason(), typed.trimmed());
}

void TestFormPages::maybeCloseAsksOnlyWhenDirty()
{
    auto *form = show<ConsentForm>(m_study->nurse);
    QVERIFY(form->maybeClose());  // nothing typed: no question
    auto *version = form->findChild<QLineEdit *>(QStringLiteral("versionEdit"));
    QTest::keyClicks(version, "2.1");
    QVERIFY(form->isDirty());
    {
        ModalLog log;
        ModalAnswerer answerer(&log);
        // The answerer clicks the default button, Save: the page is incomplete, and an
        // incomplete page saves (marked so), so it closes.
        QVERIFY(form->maybeClose());
        QCOMPARE(log.messages.size(), 1);
        QVERIFY(!form->isDirty());
    }
    const std::optional<Consent> saved = m_study->casebook(m_study->nurse).consent;
    QVERIFY(saved);
    QCOMPARE(saved->consentVersion, QStringLiteral("2.1"));
    QVERIFY(!form->missingFields().isEmpty());
}

void TestFormPages::dateNotRecordedUntilTyped()
{
    OptionalDateEdit edit;
    edit.setToday(QDate(2024, 6, 3));
    QVERIFY(!edit.isRecorded());
    QCOMPARE(edit.value(), std::nullopt);
    QCOMPARE(edit.text(), QStringLiteral("not recorded"));
    QTest::keyClick(&edit, Qt::Key_Space);
    QCOMPARE(edit.value(), std::optional<QDate>(QDate(2024, 6, 3)));
    QTest::keyClick(&edit, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(edit.value(), std::nullopt);
    edit.setValue(QDate(2023, 12, 31));
    QCOMPARE(edit.value(), std::optional<QDate>(QDate(2023, 12, 31)));
}

void TestFormPages::codeLabelsKeepUnknownCodes()
{
    QCOMPARE(CodeLabels::visit(QStringLiteral("week12")), QStringLiteral("Week 12"));
    QCOMPARE(CodeLabels::visit(QStringLiteral("screening")), QStringLiteral("Screening"));
    QCOMPARE(CodeLabels::relatedness(QStringLiteral("definite")), QStringLiteral("Definite"));
    QCOMPARE(CodeLabels::aeGrade(QStringLiteral("grade9")), QStringLiteral("grade9"));
    QCOMPARE(CodeLabels::criterion(QStringLiteral("EXC99")), QStringLiteral("EXC99"));
    for (const QString &code : rules::allCriterionCodes())
        QVERIFY2(CodeLabels::criterion(code) != code, qPrintable(code));
    const Protocol &p = Protocol::builtIn();
    for (const QString &c : p.adverseEvents.actions)
        QVERIFY2(CodeLabels::actionTaken(c) != c, qPrintable(c));
    for (const QString &c : p.adverseEvents.outcomes)
        QVERIFY2(CodeLabels::outcome(c) != c, qPrintable(c));
    for (const QString &c : p.adverseEvents.saeCriteria)
        QVERIFY2(CodeLabels::saeCriterion(c) != c, qPrintable(c));
    for (const QString &c : Subject::statusCodes())
        QVERIFY2(CodeLabels::subjectStatus(c) != c, qPrintable(c));
}

void TestFormPages::cellCountsFormatted_data()
{
    QTest::addColumn<qint64>("cells");
    QTest::addColumn<QString>("text");
    QTest::newRow("protocol example") << qint64(127000000) << "127,000,000 cells (1.27 × 10^8)";
    QTest::newRow("rounding carries to the next power") << qint64(99960000)
                                                        << "99,960,000 cells (1.00 × 10^8)";
    QTest::newRow("a billion") << qint64(1000000000) << "1,000,000,000 cells (1.00 × 10^9)";
}

void TestFormPages::cellCountsFormatted()
{
    QFETCH(qint64, cells);
    QFETCH(QString, text);
    QCOMPARE(DisplayFormat::cells(cells), text);
}

QTEST_MAIN(TestFormPages)
#include "tst_forms_pages.moc"
