// SPDX-License-Identifier: Apache-2.0
// A nurse types an infusion given two days before the planned week 0: the page flags the
// protocol deviation as it is typed, takes its reason, saves, and the deviation log shows it.
#include "deviationlogdialog.h"
#include "deviationpanel.h"
#include "infusionform.h"
#include "itemmodels/deviationtablemodel.h"
#include "optionaldateedit.h"
#include "optionaltimeedit.h"
#include "tst_formsfixture.h"
#include "vitalsignseditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace trialcrf;
using namespace trialcrf::formstest;

class TestDeviationsGui : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void earlyInfusionIsFlaggedSavedWithItsReasonAndLogged();

private:
    std::unique_ptr<Study> m_study;
    std::unique_ptr<InfusionForm> m_form;
    std::unique_ptr<Host> m_host;
};

void TestDeviationsGui::init()
{
    m_study = std::make_unique<Study>();
    QString error;
    QVERIFY2(m_study->setUp(&error), qPrintable(error));
    // Week 0 was planned for two days from "today": an infusion today is early.
    Subject s = m_study->casebook(m_study->nurse).subject;
    s.week0Date = Study::today().addDays(2);
    const SaveResult r =
        m_study->store().saveSubject(m_study->nurse, s, QStringLiteral("planned date moved"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    // Only an enrolled subject is infused: signed consent, eligibility confirmed.
    QVERIFY2(m_study->enrolSeed(&error), qPrintable(error));
}

void TestDeviationsGui::cleanup()
{
    m_host.reset();
    m_form.release();
    m_study.reset();
}

void TestDeviationsGui::earlyInfusionIsFlaggedSavedWithItsReasonAndLogged()
{
    m_form = std::make_unique<InfusionForm>(m_study->store());
    m_form->setSession(m_study->nurse);
    m_form->open(m_study->casebook(m_study->nurse), QStringLiteral("week0"));
    m_host = std::make_unique<Host>(m_form.get());
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    m_host->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_host.get()));

    auto *panel = m_form->findChild<DeviationPanel *>();
    QVERIFY(panel);
    QVERIFY(!panel->isVisible());  // nothing typed, nothing flagged

    QCOMPARE(focused(), m_form->findChild<OptionalDateEdit *>(QStringLiteral("dateEdit")));
    press(Qt::Key_Space);  // today: two days before the planned week 0
    press(Qt::Key_Return);
    enter(QStringLiteral("63.5"));
    enter(QStringLiteral("127000000"));
    enter(QStringLiteral("UC2024-0815"));
    enter(QStringLiteral("96"));
    enter(QStringLiteral("0850"));  // thaw
    enter(QStringLiteral("0900"));  // start
    enter(QStringLiteral("0915"));  // end: 15 minutes, no set during it is wanted
    auto *vitals = m_form->findChild<VitalSignsEditor *>();
    QCOMPARE(focused(), vitals->rows().first().time);
    for (const char *v : {"0855", "36.6", "72", "16", "118", "76"})
        enter(QLatin1String(v));

    // Flagged on the page as typed; saving is not refused for it.
    QVERIFY(panel->isVisible());
    QCOMPARE(m_form->deviationKinds(),
             (QStringList{"infusion_before_week0", "vitals_after_missing"}));
    QVERIFY2(m_form->canSave(), qPrintable(m_form->statusText()));
    QVERIFY2(m_form->statusText().contains(QLatin1String("Protocol deviations to record: 2.")),
             qPrintable(m_form->statusText()));
    QLineEdit *reason = panel->reasonEdit(QStringLiteral("infusion_before_week0"));
    QVERIFY(reason);
    QTest::mouseClick(reason, Qt::LeftButton);
    QCOMPARE(focused(), reason);
    type(QStringLiteral("Subject travels on the planned day"));
    QVERIFY2(m_form->statusText().contains(QLatin1String("Without a reason: 1 ")),
             qPrintable(m_form->statusText()));

    QSignalSpy saved(m_form.get(), &CrfForm::saved);
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);

    const Casebook book = m_study->casebook(m_study->nurse);
    QVERIFY(book.infusion(QStringLiteral("week0")));
    QCOMPARE(book.infusion(QStringLiteral("week0"))->infusionDate,
             std::optional<QDate>(Study::today()));
    QCOMPARE(book.deviations.size(), 2);
    QCOMPARE(book.deviations.at(0).kind, QStringLiteral("infusion_before_week0"));
    QCOMPARE(book.deviations.at(0).reason, QStringLiteral("Subject travels on the planned day"));
    QVERIFY(book.deviations.at(1).reasonMissing());

    // The study-wide log shows both; the missing reason is listed as such and can be given.
    DeviationLogDialog log(m_study->store(), m_study->nurse);
    log.show();
    QVERIFY(QTest::qWaitForWindowExposed(&log));
    QTableView *view = log.view();
    QCOMPARE(view->model()->rowCount(), 2);
    const auto cell = [&](int row, int column) {
        return view->model()->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, DeviationTableModel::Kind), QStringLiteral("Infusion before week 0"));
    QCOMPARE(cell(0, DeviationTableModel::Reason),
             QStringLiteral("Subject travels on the planned day"));
    QCOMPARE(cell(0, DeviationTableModel::RecordedBy), m_study->nurse.userName);
    QCOMPARE(cell(1, DeviationTableModel::Reason), DeviationTableModel::reasonMissingText());

    QTest::mouseClick(log.missingOnlyCheck(), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(log.giveReason(0, QStringLiteral("Monitor left before the end")));
    QCOMPARE(view->model()->rowCount(), 0);
    QTest::mouseClick(log.missingOnlyCheck(), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(m_study->casebook(m_study->nurse).deviations.at(1).reason,
             QStringLiteral("Monitor left before the end"));

    // Enter on a row opens the subject's casebook.
    QSignalSpy open(&log, &DeviationLogDialog::openSubjectRequested);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), book.subject.code);
}

QTEST_MAIN(TestDeviationsGui)
#include "tst_deviations_gui.moc"
