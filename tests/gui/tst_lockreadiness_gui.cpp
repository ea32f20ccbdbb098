// SPDX-License-Identifier: Apache-2.0
// Database lock readiness by keyboard, as the data manager: Security → Database lock
// readiness… lists the blockers, Enter opens a blocker's place in the casebook, and on a
// ready study "Lock study…" takes the reason and the password typed and locks the study.
// Also the chair's watch: an overdue vital-sign set of a running infusion shows in the
// casebook and the status bar while another subject is shown, without taking the focus.
#include "casebookview.h"
#include "crfform.h"
#include "languagemanager.h"
#include "lockreadinesswindow.h"
#include "lockstudydialog.h"
#include "mainwindow.h"
#include "readystudy.h"
#include "securityactions.h"
#include "securitycontroller.h"
#include "idlelock.h"
#include "storage/lockmanifeststore.h"
#include "storage/querystore.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QTest>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::fixtures;

class TestLockReadinessGui : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void blockersListAndEnterOpensThePlace();
    void readyStudyIsLockedByKeyboard();
    void overdueSetShowsWhileAnotherSubjectIsShown();

private:
    void showWindow(const Session &session);
    LockReadinessWindow *openReadiness();

    LanguageManager m_language;
    std::unique_ptr<TestStudy> m_study;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SecurityController> m_security;
    qint64 m_s1 = 0, m_s2 = 0;
};

void TestLockReadinessGui::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
}

void TestLockReadinessGui::init()
{
    m_study = std::make_unique<TestStudy>();
    QVERIFY2(m_study->isValid(), qPrintable(m_study->error()));
    QVERIFY2(m_study->addAccounts(), qPrintable(m_study->error()));
    QString error;
    QVERIFY2(addCompleteSubject(*m_study, QStringLiteral("S001"), &m_s1, &error), qPrintable(error));
    QVERIFY2(addCompleteSubject(*m_study, QStringLiteral("S002"), &m_s2, &error), qPrintable(error));
}

void TestLockReadinessGui::cleanup()
{
    m_security.reset();
    m_window.reset();
    m_study.reset();
}

void TestLockReadinessGui::showWindow(const Session &session)
{
    m_window = std::make_unique<MainWindow>(m_study->store(), m_language);
    m_window->setSession(session);
    m_security = std::make_unique<SecurityController>(m_study->store(), m_study->users(),
                                                      m_language);
    m_security->attach(m_window.get(), session);
    m_security->idleLock()->setTimeout(0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

LockReadinessWindow *TestLockReadinessGui::openReadiness()
{
    SecurityActions *actions = m_security->actionsOf(m_window.get());
    if (!actions)
        return nullptr;
    // Alt+Y opens the Security menu; R is the action's mnemonic.
    QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::AltModifier);
    QMenu *menu = actions->menu();
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }))
        return nullptr;
    QTest::keyClick(menu, Qt::Key_R);
    (void)QTest::qWaitFor([actions] { return actions->lockReadinessWindow() &&
                                       actions->lockReadinessWindow()->isVisible(); });
    return actions->lockReadinessWindow();
}

void TestLockReadinessGui::blockersListAndEnterOpensThePlace()
{
    showWindow(m_study->dataManager);
    LockReadinessWindow *window = openReadiness();
    QVERIFY(window);
    // Neither casebook is approved or verified yet.
    QTreeWidget *list = window->list();
    QVERIFY(list->topLevelItemCount() >= 4);
    QVERIFY(!window->lockButton()->isEnabled());
    QVERIFY(window->summaryLabel()->text().contains(QLatin1String("stand in the way")));
    // The SDV row of S002's week-4 infusion: Enter opens that page.
    int row = -1;
    for (int i = 0; i < window->blockers().size(); ++i) {
        const rules::LockBlocker &b = window->blockers().at(i);
        if (b.subjectCode == QLatin1String("S002") && b.place.table == QLatin1String("infusions") &&
            b.place.recordKey == QLatin1String("week4"))
            row = i;
    }
    QVERIFY(row >= 0);
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    for (int i = 0; i < row; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    CasebookView *casebook = m_window->casebook();
    QTRY_COMPARE(casebook->subjectId(), m_s2);
    QVERIFY(casebook->hasOpenPage());
    QCOMPARE(casebook->openForm()->visit(), QStringLiteral("week4"));
}

void TestLockReadinessGui::readyStudyIsLockedByKeyboard()
{
    QString error;
    QVERIFY2(approveAndVerify(*m_study, m_s1, &error), qPrintable(error));
    QVERIFY2(approveAndVerify(*m_study, m_s2, &error), qPrintable(error));
    showWindow(m_study->dataManager);
    LockReadinessWindow *window = openReadiness();
    QVERIFY(window);
    QCOMPARE(window->list()->topLevelItemCount(), 0);
    QVERIFY(window->lockButton()->isEnabled());
    // TRIALCRF_SHOTS=DIR: the ready window in both languages, for docs/screenshots.
    if (const QString shots = qEnvironmentVariable("TRIALCRF_SHOTS"); !shots.isEmpty()) {
        QVERIFY(window->grab().save(shots + QLatin1String("/lock-readiness-ready-en.png")));
        QVERIFY(m_language.setLanguage(QStringLiteral("zh_CN"), false));
        QTRY_VERIFY(window->windowTitle() != QLatin1String("Database lock readiness"));
        QVERIFY(window->grab().save(shots + QLatin1String("/lock-readiness-ready-zh.png")));
        QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
        QTRY_COMPARE(window->windowTitle(), QStringLiteral("Database lock readiness"));
    }
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    // "Lock study…": the dialog asks the reason and the password.
    bool typed = false;
    // The button's mnemonic clicks it a moment later (animateClick): wait for its dialog.
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&typed, &poll] {
        auto *dialog = qobject_cast<LockStudyDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Database lock after week 12"));
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QTest::keyClicks(dialog->passwordEdit(), TestStudy::accountPassword());
        typed = true;
        // The result box after locking says so; Enter closes it.
        QTimer::singleShot(0, [] {
            QTimer::singleShot(200, [] {
                if (QWidget *box = QApplication::activeModalWidget())
                    QTest::keyClick(box, Qt::Key_Return);
            });
        });
        QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
    });
    poll.start();
    // The button by keyboard: the focus on it, Space.
    window->lockButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(window->lockButton(), Qt::Key_Space);
    QTRY_VERIFY(typed);
    QTRY_COMPARE(scalar(m_study->database(),
                        QStringLiteral("SELECT count(*) FROM subjects WHERE locked = 1")).toInt(),
                 2);
    const std::optional<QList<LockManifest>> manifests =
        LockManifestStore::manifests(m_study->database(), &error);
    QVERIFY(manifests && manifests->size() == 1);
    QCOMPARE(manifests->first().reason, QStringLiteral("Database lock after week 12"));
    QTRY_VERIFY(window->summaryLabel()->text().contains(QLatin1String("The study is locked")));
    QVERIFY(!window->lockButton()->isEnabled());
}

void TestLockReadinessGui::overdueSetShowsWhileAnotherSubjectIsShown()
{
    // S003's week-0 infusion started at 11:30 local time today, nothing recorded since.
    const QDateTime now = m_study->now().toLocalTime();
    Subject s = subject(QStringLiteral("S003"));
    s.week0Date = now.date();
    QVERIFY(m_study->store().saveSubject(m_study->nurse, s).ok());
    QVERIFY(enrol(m_study->store(), s.id, m_study->physician).ok());
    Infusion i = infusion(s.id, QStringLiteral("week0"), now.date());
    i.startTime = now.time().addSecs(-30 * 60);
    i.endTime.reset();
    i.thawTime = now.time().addSecs(-40 * 60);
    i.vitals.clear();
    const SaveResult saved = m_study->store().saveInfusion(m_study->nurse, i);
    QVERIFY2(saved.ok(), qPrintable(saveProblem(saved, "infusion")));

    showWindow(m_study->nurse);
    QVERIFY(m_window->openSubject(QStringLiteral("S001")));
    QWidget *focused = QApplication::focusWidget();
    m_window->casebook()->watchChair();
    const QString alert = m_window->casebook()->alertText();
    QVERIFY2(alert.contains(QLatin1String("S003")), qPrintable(alert));
    QVERIFY2(alert.contains(QLatin1String("overdue")), qPrintable(alert));
    auto *status = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("chairStatus"));
    QVERIFY(status && status->isVisible());
    QCOMPARE(status->text(), alert);
    QCOMPARE(QApplication::focusWidget(), focused);
    // Recorded: the flag goes.
    Casebook book = *m_study->store().loadCasebook(m_study->nurse, s.id);
    Infusion running = *book.infusion(QStringLiteral("week0"));
    running.vitals << vitals(QStringLiteral("before"), std::nullopt, now.time().addSecs(-35 * 60), 36.6)
                   << vitals(QStringLiteral("during"), 15, now.time().addSecs(-15 * 60), 36.8);
    QVERIFY(m_study->store().saveInfusion(m_study->nurse, running, QStringLiteral("recorded")).ok());
    m_window->casebook()->watchChair();
    QVERIFY2(m_window->casebook()->alertText().isEmpty(),
             qPrintable(m_window->casebook()->alertText()));
}

QTEST_MAIN(TestLockReadinessGui)
#include "tst_lockreadiness_gui.moc"
