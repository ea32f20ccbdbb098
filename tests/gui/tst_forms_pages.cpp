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
#include <QSqlError>
#include <QSqlQuery>
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
    void fullDiskKeepsTheEntriesAndSaysSo();
    void consentNotSignedIsNoted();
    void nurseRecordsAdverseEventButCannotJudgeCausality();
    void seriousEventNeedsCriteria();
    void outcomeAndEndDateAgree();
    void physicianJudgesCausality();
    void adverseEventListOpensEvents();
    void reasonDialogNeedsThreeCharacters_data();
    void reasonDialogNeedsThreeCharacters();
    void reasonDialogByKeyboard_data();
    void reasonDialogByKeyboard();
    void reasonDialogListsTheChanges();
    void storedValuesShownAsOnTheForm_data();
    void storedValuesShownAsOnTheForm();
    void maybeCloseAsksOnlyWhenDirty();
    void dateNotRecordedUntilTyped();
    void codeLabelsKeepUnknownCodes();
    void cellCountsFormatted_data();
    void cellCountsFormatted();

private:
    template<typename Form>
    Form *show(const Session &as, const QString &visit = {}, int aeNumber = 0);
    /// The nurse's New subject page, shown and active; null when it did not become active.
    SubjectForm *showNewSubject();

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

SubjectForm *TestFormPages::showNewSubject()
{
    auto *form = new SubjectForm(m_study->store());
    form->setSession(m_study->nurse);
    form->openNew();
    m_host = std::make_unique<Host>(form);
    m_host->show();
    return QTest::qWaitForWindowActive(m_host.get()) ? form : nullptr;
}

void TestFormPages::newSubjectIsSavedByKeyboard()
{
    SubjectForm *form = showNewSubject();
    QVERIFY(form);
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

void TestFormPages::fullDiskKeepsTheEntriesAndSaysSo()
{
    // The study may not grow past the pages it has (SQLite then answers as on a full disk),
    // and subjects are saved until one needs a page more: the next save needs it too.
    Database &db = m_study->database();
    const qint64 pages = db.number(QStringLiteral("PRAGMA page_count"));
    QVERIFY(db.number(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) >= pages);
    SaveResult filled;
    for (int i = 0; i < 2000 && filled.ok(); ++i) {
        Subject s;
        s.code = QStringLiteral("S6%1").arg(i, 3, 10, QLatin1Char('0'));
        s.initials = QStringLiteral("WXY");
        filled = m_study->store().saveSubject(m_study->nurse, s);
    }
    QVERIFY2(filled.message.contains(QLatin1String("full")), qPrintable(filled.message));

    SubjectForm *form = showNewSubject();
    QVERIFY(form);
    enter(QStringLiteral("S777"));
    enter(QStringLiteral("WXY"));
    ModalLog log;
    ModalAnswerer answerer(&log);
    QSignalSpy saved(form, &CrfForm::saved);
    press(Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(log.messages.size(), 1);
    QVERIFY2(log.messages.first().contains(QLatin1String("disk that holds the study is full")),
             qPrintable(log.messages.first()));
    QCOMPARE(saved.count(), 0);
    QVERIFY(!m_study->store().subjectIdByCode(QStringLiteral("S777")));
    // What was typed is still there; with room again the same Ctrl+S saves it.
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("codeEdit"))->text(),
             QStringLiteral("S777"));
    QVERIFY(db.number(QStringLiteral("PRAGMA max_page_count = %1").arg(pages * 10)) > pages);
    m_host->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_host.get()));
    form->findChild<QLineEdit *>(QStringLiteral("initialsEdit"))->setFocus();
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QVERIFY(m_study->store().subjectIdByCode(QStringLiteral("S777")));
    QCOMPARE(log.messages.size(), 1);
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
    enter(QStringLiteral("Fever"));
    press(Qt::Key_Space);  // onset today
    press(Qt::Key_Return);
    press(Qt::Key_Return);  // end date: ongoing
    enter(QStringLiteral("1"));
    QCOMPARE(focused()->objectName(), QStringLiteral("seriousBox"));
    press(Qt::Key_Y);
    QVERIFY(hospital->isEnabled());
    QCOMPARE(form->shownError(QStringLiteral("sae_criteria")),
             QStringLiteral("A serious adverse event needs at least one seriousness criterion."));
    // The footer names the group by its label, never by its column.
    QVERIFY2(form->statusText().contains(QStringLiteral("Seriousness criteria")),
             qPrintable(form->statusText()));
    QVERIFY(!form->statusText().contains(QStringLiteral("sae_criteria")));
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
    // The judgement fills what the nurse left for the physician: no correction, no reason.
    QVERIFY(form->save());
    QCOMPARE(log.reasonsAsked.size(), 0);
    QCOMPARE(m_study->casebook(m_study->physician).adverseEvents.first().relatedness,
             QStringLiteral("probable"));
    // Judging it again differently corrects the judgement: that asks why.
    relatedness->setFocus();
    press(Qt::Key_3);
    QVERIFY(form->save());
    QCOMPARE(log.reasonsAsked.size(), 1);
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
    // A lock reason is typed text (a correction's reason is chosen: see below).
    ReasonDialog dialog(nullptr, ReasonDialog::Purpose::Lock);
    dialog.setReason(typed);
    QCOMPARE(dialog.isAcceptable(), acceptable);
    QCOMPARE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(),
             acceptable);
    QCOMPARE(dialog.reason(), typed.trimmed());
}

void TestFormPages::reasonDialogByKeyboard_data()
{
    QTest::addColumn<QString>("choice");   // typed on the reason list ("" = nothing)
    QTest::addColumn<QString>("details");  // typed after Tab ("" = nothing)
    QTest::addColumn<bool>("accepted");    // by Enter
    QTest::addColumn<QString>("reason");
    QTest::newRow("nothing chosen: Enter does nothing") << "" << "" << false << "";
    QTest::newRow("a listed reason") << "Transcription" << "" << true << "transcription_error";
    QTest::newRow("a listed reason with details") << "Corrected" << "CRF p. 3" << true
                                                  << "source_corrected: CRF p. 3";
    QTest::newRow("query answered") << "Data" << "" << true << "data_clarification";
    QTest::newRow("Other without details") << "Other" << "" << false << "other";
    QTest::newRow("Other with two characters") << "Other" << "ab" << false << "other: ab";
    QTest::newRow("Other with three characters") << "Other" << "abc" << true << "other: abc";
}

void TestFormPages::reasonDialogByKeyboard()
{
    QFETCH(QString, choice);
    QFETCH(QString, details);
    QFETCH(bool, accepted);
    QFETCH(QString, reason);
    ReasonDialog dialog;
    dialog.setWhat(QStringLiteral("Infusion — Week 2"));
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("reasonCombo"));
    // Opens on the reason choice (the dialog's focus widget; keys go to it once the window
    // is active, which the offscreen platform does not always report).
    QCOMPARE(dialog.focusWidget(), combo);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    if (!choice.isEmpty())
        QTest::keyClicks(combo, choice);
    if (!details.isEmpty()) {
        QTest::keyClick(combo, Qt::Key_Tab);
        auto *detail = dialog.findChild<QLineEdit *>(QStringLiteral("detailEdit"));
        QCOMPARE(dialog.focusWidget(), detail);
        QTest::keyClicks(detail, details);
    }
    QCOMPARE(dialog.reason(), reason);
    QCOMPARE(ok->isEnabled(), accepted);
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.isVisible(), !accepted);
    QCOMPARE(dialog.result(), accepted ? int(QDialog::Accepted) : int(QDialog::Rejected));
    if (!accepted) {
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
}

void TestFormPages::reasonDialogListsTheChanges()
{
    ReasonDialog dialog;
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("changesLabel"))->isHidden());
    QList<ReasonDialog::Change> changes;
    for (int i = 1; i <= ReasonDialog::maximumListed() + 2; ++i)
        changes << ReasonDialog::Change{QStringLiteral("Field %1").arg(i), QStringLiteral("a"),
                                        QStringLiteral("b")};
    dialog.setChanges(changes.mid(0, 1));
    QCOMPARE(dialog.changesText(), QStringLiteral("What changes:\nField 1: a → b"));
    dialog.setChanges(changes);
    const QStringList lines = dialog.changesText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + ReasonDialog::maximumListed() + 1);
    QCOMPARE(lines.last(), QStringLiteral("… and 2 more."));
}

void TestFormPages::storedValuesShownAsOnTheForm_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("a date in the UI format") << "infusion_date" << "2024-06-03"
                                             << DisplayFormat::date(QDate(2024, 6, 3));
    QTest::newRow("a code as its label") << "sex" << "F" << "Female";
    QTest::newRow("yes/no") << "serious" << "yes" << "Yes";
    QTest::newRow("tenths") << "pasi_tenths" << "126" << "12.6";
    QTest::newRow("a decimal keeps its decimals") << "weight_kg" << "63.50" << "63.50";
    QTest::newRow("typed text as typed") << "lot_number" << "UC2024-0815" << "UC2024-0815";
    QTest::newRow("not recorded") << "lot_number" << "" << "not recorded";
    QTest::newRow("never had one") << "last_biologic_date" << "never" << "Never";
}

void TestFormPages::storedValuesShownAsOnTheForm()
{
    QFETCH(QString, column);
    QFETCH(QString, stored);
    QTEST(DisplayFormat::storedValue(column, stored), "shown");
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
    QCOMPARE(edit.text(), QString());
    QCOMPARE(edit.placeholderText(), QStringLiteral("not recorded"));
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
    QTest::newRow("protocol example") << qint64(127000000) << "127,000,000 cells (1.27 × 10⁸)";
    QTest::newRow("rounding carries to the next power") << qint64(99960000)
                                                        << "99,960,000 cells (1.00 × 10⁸)";
    QTest::newRow("a billion") << qint64(1000000000) << "1,000,000,000 cells (1.00 × 10⁹)";
    QTest::newRow("the dose a user read") << qint64(125000000) << "125,000,000 cells (1.25 × 10⁸)";
    QTest::newRow("two-digit exponent") << qint64(12300000000) << "12,300,000,000 cells (1.23 × 10¹⁰)";
    QTest::newRow("exponents 1, 2, 3 use Latin-1 superscripts") << qint64(4560)
                                                                << "4,560 cells (4.56 × 10³)";
    QTest::newRow("under ten") << qint64(7) << "7 cells (7.00 × 10⁰)";
}

void TestFormPages::cellCountsFormatted()
{
    QFETCH(qint64, cells);
    QFETCH(QString, text);
    QCOMPARE(DisplayFormat::cells(cells), text);
}

QTEST_MAIN(TestFormPages)
#include "tst_forms_pages.moc"
