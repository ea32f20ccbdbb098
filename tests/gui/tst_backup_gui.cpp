// SPDX-License-Identifier: Apache-2.0
// File → Back up… and File → Restore… in the main window (offscreen), by keyboard as a data
// manager does it: the file name typed into Qt's own file dialog, the confirmation answered
// with its Alt key. Backup → a subject added → restore gives the study as it was at the backup,
// verifies, keeps the replaced study beside it, audits the restore and logs out. Other roles
// see both actions disabled. Help → About names the versions and the licences.
#include "aboutdialog.h"
#include "backupactions.h"
#include "fixtures.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "shellfixture.h"
#include "shellwindow.h"
#include "storage/backupcontents.h"
#include "storage/studystore.h"

#include <QAction>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <deque>
#include <functional>

using namespace trialcrf;

namespace {

/// Answers the modal dialogs that open, one step per new dialog, in order (polled, so the
/// test goes on while each exec() runs). What each dialog was is recorded by its object name.
class Script : public QObject {
public:
    using Step = std::function<void(QWidget *)>;
    explicit Script(std::deque<Step> steps) : m_steps(std::move(steps))
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }
    QStringList seen;
    bool finished() const { return m_steps.empty(); }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_last || m_steps.empty() || !modal->isVisible())
            return;
        m_last = modal;
        seen << modal->objectName();
        const Step step = m_steps.front();
        m_steps.pop_front();
        step(modal);
    }
    std::deque<Step> m_steps;
    QTimer m_timer;
    QPointer<QWidget> m_last;
};

/// Offscreen, a new dialog is not made active by itself: do what the window manager does, so
/// its keys (default button, Alt+letter) reach it.
void activate(QWidget *modal)
{
    QApplication::setActiveWindow(modal);
    QVERIFY(QTest::qWaitForWindowActive(modal));
}

/// Types `path` into a file dialog's name field and presses Enter.
Script::Step typeFileName(const QString &path)
{
    return [path](QWidget *modal) {
        auto *name = modal->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY2(name, qPrintable(modal->objectName()));
        activate(modal);
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QTest::keyClicks(name, path);
        // The completer's list may have opened under the field: Escape closes it first.
        if (name->completer() && name->completer()->popup()->isVisible())
            QTest::keyClick(name->completer()->popup(), Qt::Key_Escape);
        QTest::keyClick(name, Qt::Key_Return);
    };
}

Script::Step pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    return [key, modifiers](QWidget *modal) {
        activate(modal);
        QTest::keyClick(modal, key, modifiers);
    };
}

}  // namespace

class TestBackupGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void backupThenRestoreByKeyboard();
    void onlyADataManagerMayBackUpOrRestore_data();
    void onlyADataManagerMayBackUpOrRestore();
    void aboutNamesVersionsAndLicences();

private:
    void openWindow(const Session &session);

    LanguageManager m_language;
    std::unique_ptr<ShellFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_out;
};

void TestBackupGui::initTestCase()
{
    QVERIFY(m_out.isValid());
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
}

void TestBackupGui::init()
{
    m_fixture = std::make_unique<ShellFixture>(ShellFixture::standardToday());
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->addStandardSubjects(), qPrintable(m_fixture->error()));
}

void TestBackupGui::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestBackupGui::openWindow(const Session &session)
{
    m_window = fixtures::activeMainWindow(m_fixture->store(), m_language, session);
    QVERIFY(m_window);
}

void TestBackupGui::backupThenRestoreByKeyboard()
{
    openWindow(fixtures::dataManager());
    const int before = m_fixture->store().subjectCount();
    const QString backup = m_out.filePath(QStringLiteral("by-keyboard.db"));
    QAction *backupAction = m_window->backupActions()->backupAction();
    QVERIFY(backupAction->isEnabled());
    {
        Script script({typeFileName(backup), pressKey(Qt::Key_Return)});
        backupAction->trigger();
        QVERIFY(script.finished());
        QCOMPARE(script.seen, (QStringList{QStringLiteral("backupFileDialog"),
                                           QStringLiteral("backupDone")}));
    }
    QVERIFY(BackupContents::read(backup).sound());
    QCOMPARE(QDir(m_out.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("by-keyboard.db")});

    QVERIFY(m_fixture->addSubject(QStringLiteral("S900"), QStringLiteral("ABC"),
                                  QStringLiteral("screening"), std::nullopt)
            > 0);
    QCOMPARE(m_fixture->store().subjectCount(), before + 1);

    QSignalSpy logout(m_window.get(), &MainWindow::logoutRequested);
    QString confirmation;
    {
        Script script({typeFileName(backup),
                       [&confirmation](QWidget *modal) {
                           confirmation = qobject_cast<QMessageBox *>(modal)->text();
                           activate(modal);
                           QTest::keyClick(modal, Qt::Key_R, Qt::AltModifier);
                       },
                       pressKey(Qt::Key_Return)});
        m_window->backupActions()->restoreAction()->trigger();
        QVERIFY(script.finished());
        QCOMPARE(script.seen, (QStringList{QStringLiteral("restoreFileDialog"),
                                           QStringLiteral("restoreConfirm"),
                                           QStringLiteral("restoreDone")}));
    }
    // What the backup holds and what it replaces were shown before anything changed.
    QVERIFY2(confirmation.contains(QStringLiteral("Subjects: %1,").arg(before)), qPrintable(confirmation));
    QVERIFY2(confirmation.contains(QStringLiteral("Subjects: %1,").arg(before + 1)), qPrintable(confirmation));
    QVERIFY2(confirmation.contains(QLatin1String("schema version")), qPrintable(confirmation));

    QCOMPARE(m_fixture->store().subjectCount(), before);
    const BackupContents now = BackupContents::read(m_fixture->database());
    QVERIFY2(now.sound(), qPrintable(now.problems.join(u'\n')));
    QCOMPARE(now.lastAudit->action, QStringLiteral("restore"));
    QCOMPARE(logout.count(), 1);
    const QStringList kept = QDir(QFileInfo(m_fixture->path()).absolutePath())
                                 .entryList({QStringLiteral("*.replaced-*.db")});
    QCOMPARE(kept.size(), 1);
}

void TestBackupGui::onlyADataManagerMayBackUpOrRestore_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("nurse") << int(Role::Nurse);
    QTest::newRow("physician") << int(Role::Physician);
    QTest::newRow("monitor") << int(Role::Monitor);
}

void TestBackupGui::onlyADataManagerMayBackUpOrRestore()
{
    QFETCH(int, role);
    openWindow(fixtures::session(Role(role), QStringLiteral("someone")));
    QVERIFY(!m_window->backupActions()->backupAction()->isEnabled());
    QVERIFY(!m_window->backupActions()->restoreAction()->isEnabled());
    QString error;
    QVERIFY(!m_window->backupActions()->backUp(m_out.filePath(QStringLiteral("x.db")), nullptr, &error));
    QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("x.db"))));
}

void TestBackupGui::aboutNamesVersionsAndLicences()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    AboutDialog about(m_fixture->store());
    const QString text = about.text();
    for (const QString &expected :
         {QStringLiteral("9.8.7"), QStringLiteral("NCT03745417"), QStringLiteral("S2018-11"),
          QStringLiteral("SHA-256"),
          QStringLiteral("schema version %1").arg(m_fixture->database().schemaVersion()),
          QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())), QStringLiteral("LGPL"),
          QStringLiteral("SQLite"), QStringLiteral("public domain"), QStringLiteral("libsodium"),
          QStringLiteral("ISC"), QStringLiteral("Apache License 2.0")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
}

QTEST_MAIN(TestBackupGui)
#include "tst_backup_gui.moc"
