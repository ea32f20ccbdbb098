// SPDX-License-Identifier: Apache-2.0
// The casebook while an infusion runs on its page: an overdue vital-sign set shows above the
// casebook (for the status bar too) without taking the focus, and a reaction the nurse
// reports opens the adverse-event draft in its own dialog, the infusion page still open.
#include "adverseeventform.h"
#include "casebookview.h"
#include "codecombobox.h"
#include "formdialog.h"
#include "infusionform.h"
#include "infusionprogress.h"
#include "optionaldateedit.h"
#include "optionaltimeedit.h"
#include "tst_formsfixture.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace trialcrf;
using namespace trialcrf::formstest;

class TestChairCasebook : public QObject {
    Q_OBJECT
private slots:
    void overdueSetShownAboveTheCasebookAndTheDraftOpens();
};

void TestChairCasebook::overdueSetShownAboveTheCasebookAndTheDraftOpens()
{
    Study study;
    QString error;
    QVERIFY2(study.setUp(&error) && study.enrolSeed(&error), qPrintable(error));
    const QDateTime nine = QDateTime(Study::today(), QTime(9, 0)).toUTC();
    study.setNow(nine);
    CasebookView view(study.store());
    view.setSession(study.nurse);
    QVERIFY(view.showSubject(study.subjectId));
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.openPage(CasebookView::Page::Infusion, QStringLiteral("week2")));
    auto *form = qobject_cast<InfusionForm *>(view.openForm());
    QVERIFY(form);
    auto *start = form->findChild<OptionalTimeEdit *>(QStringLiteral("startEdit"));
    form->findChild<OptionalDateEdit *>(QStringLiteral("dateEdit"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);  // today
    start->setFocus();
    QTest::keyClicks(start, QStringLiteral("0900"));
    QTest::keyClick(start, Qt::Key_Tab);
    QCOMPARE(view.alertText(), QString());

    QSignalSpy alert(&view, &CasebookView::alertChanged);
    study.setNow(nine.addSecs(6 * 60));  // the set before is 6 minutes late
    form->progress()->refresh();
    QCOMPARE(alert.count(), 1);
    QCOMPARE(view.alertText(), QStringLiteral("Vital signs overdue: Before (due 09:00)"));
    QVERIFY(!QApplication::activeModalWidget());

    // The reaction reported on the page: the draft opens over it, the page stays.
    QSignalSpy opened(&view, &CasebookView::reactionDraftOpened);
    AdverseEvent draft = form->reactionDraft(0);
    draft.term = QStringLiteral("Infusion reaction");
    emit form->reactionReported(draft);
    QCOMPARE(opened.count(), 1);
    auto *dialog = qobject_cast<FormDialog *>(opened.first().first().value<QDialog *>());
    QVERIFY(dialog);
    auto *ae = qobject_cast<AdverseEventForm *>(dialog->form());
    QVERIFY(ae);
    QCOMPARE(ae->findChild<QLineEdit *>(QStringLiteral("termEdit"))->text(), draft.term);
    QCOMPARE(ae->findChild<CodeComboBox *>(QStringLiteral("infusionVisitCombo"))->code(),
             QStringLiteral("week2"));
    QCOMPARE(view.openForm(), form);
    QVERIFY(form->isDirty());  // what the nurse typed is still there
}

QTEST_MAIN(TestChairCasebook)
#include "tst_chair_casebook.moc"
