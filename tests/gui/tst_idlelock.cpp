// SPDX-License-Identifier: Apache-2.0
// The idle lock (offscreen): a nurse types into an infusion page and leaves; the window is
// covered; her unsaved text is still there when she unlocks, and also when a physician logs
// in meanwhile, works in a window of his own and logs out. Nothing of it is lost, nor handed
// to the other user.
#include "accountsfixture.h"
#include "casebookview.h"
#include "crfform.h"
#include "idlelock.h"
#include "languagemanager.h"
#include "lockscreen.h"
#include "mainwindow.h"
#include "protocol/protocol.h"
#include "securityactions.h"
#include "securitycontroller.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace trialcrf;

namespace {

const QString kNursePassword = QStringLiteral("Nurse-Station-2024");
const QString kDoctorPassword = QStringLiteral("Stethoscope-Blue-88");
const QString kTyped = QStringLiteral("LOT-KEEP-0042");

/// Closes the next message box that opens, answering with its default button.
void closeNextMessageBox(QString *text)
{
    QTimer::singleShot(0, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            if (text)
                *text = box->text();
            box->done(QMessageBox::Ok);
        }
    });
}

}  // namespace

class TestIdleLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void idleTimeoutCoversTheWindow();
    void inputPostponesTheLock();
    void timeoutComesFromTheSettings();
    void unlockKeepsUnsavedData();
    void wrongPasswordKeepsItLocked();
    void anotherUserNeverSeesNorLosesTheUnsavedPage();
    void lockedUserLoggingInIsAnUnlock();
    void quittingIsRefusedWhileAnotherUserHasUnsavedData();
    void lockScreenAction();

private:
    QLineEdit *lotEdit(MainWindow *window) const;
    void typeIntoInfusionPage();
    QStringList auditActions() const;
    void unlockWith(const QString &password);

    LanguageManager m_language;
    QTemporaryDir m_dir;
    std::unique_ptr<fixtures::AccountsFixture> m_study;
    Database *m_db = nullptr;  // m_study's
    UserStore *m_users = nullptr;
    StudyStore *m_store = nullptr;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SecurityController> m_security;
    Session m_nurse;
    qint64 m_subject = 0;
};

void TestIdleLock::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
}

void TestIdleLock::init()
{
    QVERIFY(m_dir.isValid());
    m_study = std::make_unique<fixtures::AccountsFixture>();
    QVERIFY2(m_study->open(m_dir.filePath(QStringLiteral("idle.db")), QStringLiteral("dm.zhao"),
                           QStringLiteral("Quartz-Lantern-73")),
             qPrintable(m_study->error()));
    m_db = &m_study->db();
    m_users = &m_study->users();
    m_store = &m_study->store();
    const std::optional<Session> nurse = m_study->addAccount(
        QStringLiteral("nurse.li"), QStringLiteral("Li Na"), Role::Nurse, kNursePassword);
    QVERIFY2(nurse, qPrintable(m_study->error()));
    m_nurse = *nurse;
    QVERIFY2(m_study->addAccount(QStringLiteral("dr.chen"), QStringLiteral("Chen Wei"),
                                 Role::Physician, kDoctorPassword),
             qPrintable(m_study->error()));
    const std::optional<Subject> s =
        m_study->addEnrolledSubject(m_nurse, QStringLiteral("S001"), 14);
    QVERIFY2(s, qPrintable(m_study->error()));
    m_subject = s->id;

    m_window = std::make_unique<MainWindow>(*m_store, m_language);
    m_window->setSession(m_nurse);
    m_security = std::make_unique<SecurityController>(*m_store, *m_users, m_language);
    m_security->attach(m_window.get(), m_nurse);
    m_security->idleLock()->setTimeout(0);  // each test starts the clock itself
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestIdleLock::cleanup()
{
    m_security.reset();
    m_window.reset();
    m_db = nullptr;
    m_users = nullptr;
    m_store = nullptr;
    m_study.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("idle.db")));
}

QLineEdit *TestIdleLock::lotEdit(MainWindow *window) const
{
    CrfForm *form = window->casebook()->openForm();
    return form ? form->findChild<QLineEdit *>(QStringLiteral("lotEdit")) : nullptr;
}

void TestIdleLock::typeIntoInfusionPage()
{
    QVERIFY(m_window->casebook()->showSubject(m_subject));
    QVERIFY(m_window->casebook()->openPage(CasebookView::Page::Infusion, QStringLiteral("week2")));
    QLineEdit *lot = lotEdit(m_window.get());
    QVERIFY(lot);
    lot->setFocus();
    QTest::keyClicks(lot, kTyped);
    QCOMPARE(lot->text(), kTyped);
    QVERIFY(m_window->casebook()->isPageDirty());
}

QStringList TestIdleLock::auditActions() const
{
    QStringList out;
    for (const AuditEntry &e : AuditLog(*m_db).entries())
        out << e.action;
    return out;
}

void TestIdleLock::unlockWith(const QString &password)
{
    LockScreen *lock = m_security->lockScreen();
    lock->passwordEdit()->setText(password);
    QTest::mouseClick(lock->unlockButton(), Qt::LeftButton);
}

void TestIdleLock::idleTimeoutCoversTheWindow()
{
    QVERIFY(!m_security->isLocked());
    m_security->idleLock()->setTimeout(1);
    // The timeout is the app's, not the test's: wait generously for it.
    QTRY_VERIFY_WITH_TIMEOUT(m_security->isLocked(), 60000);
    LockScreen *lock = m_security->lockScreen();
    QVERIFY(lock->isVisible());
    QCOMPARE(lock->windowModality(), Qt::ApplicationModal);
    QCOMPARE(lock->lockedSession().userName, QStringLiteral("nurse.li"));
    QVERIFY(auditActions().contains(QStringLiteral("screen_lock")));
    // Locked, the idle timer rests: no second lock row.
    QTest::qWait(20);
    QCOMPARE(auditActions().count(QStringLiteral("screen_lock")), 1);
}

void TestIdleLock::inputPostponesTheLock()
{
    IdleLock *idle = m_security->idleLock();
    idle->setTimeout(10 * 60 * 1000);
    QVERIFY(idle->isActive());
    QSignalSpy spy(idle, &IdleLock::idle);
    // Input restarts the count: typing for a while never locks.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_window.get(), Qt::Key_Shift);
    QCOMPARE(spy.count(), 0);
    QVERIFY(!m_security->isLocked());
}

void TestIdleLock::timeoutComesFromTheSettings()
{
    QSettings settings;
    const QVariant saved = settings.value(IdleLock::settingsKey());
    settings.remove(IdleLock::settingsKey());
    QCOMPARE(IdleLock::configuredMinutes(), 10);
    settings.setValue(IdleLock::settingsKey(), 3);
    QCOMPARE(IdleLock::configuredMinutes(), 3);
    QCOMPARE(IdleLock().timeout(), 3 * 60 * 1000);
    settings.setValue(IdleLock::settingsKey(), QStringLiteral("soon"));
    QCOMPARE(IdleLock::configuredMinutes(), 10);
    settings.setValue(IdleLock::settingsKey(), 0);  // 0: off
    QCOMPARE(IdleLock().timeout(), 0);
    if (saved.isValid())
        settings.setValue(IdleLock::settingsKey(), saved);
    else
        settings.remove(IdleLock::settingsKey());
}

void TestIdleLock::unlockKeepsUnsavedData()
{
    typeIntoInfusionPage();
    CrfForm *form = m_window->casebook()->openForm();
    m_security->idleLock()->setTimeout(1);
    QTRY_VERIFY_WITH_TIMEOUT(m_security->isLocked(), 60000);
    // The lock screen says the unsaved page is kept.
    QVERIFY(m_security->lockScreen()->findChild<QLabel *>(QStringLiteral("lockUnsaved"))->isVisible());

    m_security->idleLock()->setTimeout(0);
    unlockWith(kNursePassword);
    QVERIFY(!m_security->isLocked());
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->casebook()->openForm(), form);  // the very same page
    QCOMPARE(lotEdit(m_window.get())->text(), kTyped);
    QVERIFY(m_window->casebook()->isPageDirty());
    const QStringList actions = auditActions();
    QCOMPARE(actions.mid(actions.size() - 2),
             (QStringList{QStringLiteral("screen_lock"), QStringLiteral("screen_unlock")}));
}

void TestIdleLock::wrongPasswordKeepsItLocked()
{
    m_security->lockNow();
    QVERIFY(m_security->isLocked());
    unlockWith(QStringLiteral("not-the-password"));
    QVERIFY(m_security->isLocked());
    QVERIFY(m_security->lockScreen()->messageLabel()->isVisible());
    QVERIFY(m_security->lockScreen()->passwordEdit()->text().isEmpty());
    // Another user's password does not unlock the nurse's session.
    unlockWith(kDoctorPassword);
    QVERIFY(m_security->isLocked());
    QCOMPARE(auditActions().count(QStringLiteral("reauth_failed")), 2);
    unlockWith(kNursePassword);
    QVERIFY(!m_security->isLocked());
}

void TestIdleLock::anotherUserNeverSeesNorLosesTheUnsavedPage()
{
    typeIntoInfusionPage();
    m_security->lockNow();
    LockScreen *lock = m_security->lockScreen();
    lock->otherUserEdit()->setText(QStringLiteral("dr.chen"));
    lock->otherPasswordEdit()->setText(kDoctorPassword);
    QTest::mouseClick(lock->otherLoginButton(), Qt::LeftButton);
    QVERIFY(!m_security->isLocked());

    // The physician works in a window of his own; the nurse's is hidden, untouched.
    MainWindow *doctors = m_security->activeWindow();
    QVERIFY(doctors);
    QVERIFY(doctors != m_window.get());
    QCOMPARE(doctors->session().userName, QStringLiteral("dr.chen"));
    QVERIFY(doctors->isVisible());
    QVERIFY(!m_window->isVisible());
    QVERIFY(!doctors->casebook()->hasOpenPage());
    QCOMPARE(m_security->occupiedSeats(), 2);
    QCOMPARE(lotEdit(m_window.get())->text(), kTyped);
    QCOMPARE(m_window->session().userName, QStringLiteral("nurse.li"));

    // He logs out: the nurse's lock screen is back, and her page as she left it.
    Q_EMIT doctors->logoutRequested();
    QVERIFY(m_security->isLocked());
    QCOMPARE(lock->lockedSession().userName, QStringLiteral("nurse.li"));
    QCOMPARE(m_security->occupiedSeats(), 1);
    unlockWith(kNursePassword);
    QVERIFY(!m_security->isLocked());
    QCOMPARE(m_security->activeWindow(), m_window.get());
    QVERIFY(m_window->isVisible());
    QCOMPARE(lotEdit(m_window.get())->text(), kTyped);
    QVERIFY(m_window->casebook()->isPageDirty());
    const QStringList actions = auditActions();
    QVERIFY(actions.contains(QStringLiteral("logout")));
    QCOMPARE(actions.last(), QStringLiteral("screen_unlock"));
}

void TestIdleLock::lockedUserLoggingInIsAnUnlock()
{
    typeIntoInfusionPage();
    m_security->lockNow();
    LockScreen *lock = m_security->lockScreen();
    lock->otherUserEdit()->setText(QStringLiteral("NURSE.LI"));
    lock->otherPasswordEdit()->setText(kNursePassword);
    QTest::mouseClick(lock->otherLoginButton(), Qt::LeftButton);
    QVERIFY(!m_security->isLocked());
    QCOMPARE(m_security->activeWindow(), m_window.get());
    QCOMPARE(m_security->occupiedSeats(), 1);
    QCOMPARE(lotEdit(m_window.get())->text(), kTyped);
}

void TestIdleLock::quittingIsRefusedWhileAnotherUserHasUnsavedData()
{
    typeIntoInfusionPage();
    m_security->lockNow();
    LockScreen *lock = m_security->lockScreen();
    lock->otherUserEdit()->setText(QStringLiteral("dr.chen"));
    lock->otherPasswordEdit()->setText(kDoctorPassword);
    QTest::mouseClick(lock->otherLoginButton(), Qt::LeftButton);
    MainWindow *doctors = m_security->activeWindow();
    QVERIFY(doctors != m_window.get());

    QString said;
    closeNextMessageBox(&said);
    QVERIFY(!doctors->close());  // refused
    QVERIFY(said.contains(QLatin1String("nurse.li")));
    QVERIFY(doctors->isVisible());
    QCOMPARE(lotEdit(m_window.get())->text(), kTyped);
}

void TestIdleLock::lockScreenAction()
{
    SecurityActions *actions = m_security->actionsOf(m_window.get());
    QVERIFY(actions);
    QVERIFY(actions->lockScreenAction()->isEnabled());
    QCOMPARE(actions->lockScreenAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    actions->lockScreenAction()->trigger();
    QVERIFY(m_security->isLocked());
    unlockWith(kNursePassword);
    QVERIFY(!m_security->isLocked());
}

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
