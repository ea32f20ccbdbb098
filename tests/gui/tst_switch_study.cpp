// SPDX-License-Identifier: Apache-2.0
// File → Open study… while the app runs, by keyboard: the connection dialog names another
// study file, the user is logged out of this study (its audit trail records the logout) and
// logs in to the other through the login dialog; the status bar then names the other file.
// Cancel in the dialog changes nothing.
#include "demo/demogenerator.h"
#include "languagemanager.h"
#include "modaltypist.h"
#include "mainwindow.h"
#include "protocol/protocol.h"
#include "startupcontroller.h"
#include "storage/database.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace trialcrf;

namespace {

bool makeDemo(const QString &path, int subjects)
{
    Database db;
    if (!db.open(path))
        return false;
    QString error;
    DemoGenerator generator(db, Protocol::builtIn());
    if (!generator.generate(subjects, 1, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QString statusText(MainWindow *window)
{
    return window->findChild<QLabel *>(QStringLiteral("databaseStatus"))->text();
}

int logouts(const QString &path)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly))
        return -1;
    return int(db.number(QStringLiteral(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'logout'")));
}

}  // namespace

class TestSwitchStudy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cancelChangesNothing();
    void otherStudyAfterLogoutAndLogin();

private:
    LanguageManager m_language;
    QTemporaryDir m_dir;
    QString m_first, m_second;
};

void TestSwitchStudy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("study/location"));
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
    m_first = m_dir.filePath(QStringLiteral("first.db"));
    m_second = m_dir.filePath(QStringLiteral("second.db"));
    QVERIFY(makeDemo(m_first, 1));
    QVERIFY(makeDemo(m_second, 2));
}

void TestSwitchStudy::cancelChangesNothing()
{
    StartupController startup(m_language);
    StartupOptions options;
    options.databasePath = m_first;
    options.autoLoginUser = QStringLiteral("nurse");
    options.autoLoginPassword = DemoGenerator::password();
    QVERIFY(startup.start(options));
    MainWindow *window = startup.mainWindow();
    guitest::ModalTypist typist;
    typist.expect("trialcrf::ConnectionDialog",
                  [](QWidget *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    window->openStudyAction()->trigger();
    QTRY_VERIFY(typist.finished());
    QTest::qWait(50);
    QCOMPARE(startup.mainWindow(), window);
    QCOMPARE(window->session().userName, QStringLiteral("nurse"));
    QCOMPARE(statusText(window), QStringLiteral("Database: %1").arg(m_first));
}

void TestSwitchStudy::otherStudyAfterLogoutAndLogin()
{
    const int before = logouts(m_first);
    QVERIFY(before >= 0);
    StartupController startup(m_language);
    StartupOptions options;
    options.databasePath = m_first;
    options.autoLoginUser = QStringLiteral("nurse");
    options.autoLoginPassword = DemoGenerator::password();
    QVERIFY(startup.start(options));
    guitest::ModalTypist typist;
    typist.expect("trialcrf::ConnectionDialog", [this](QWidget *dialog) {
        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        auto *path = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(path);
        path->selectAll();
        QTest::keyClick(path, Qt::Key_Delete);
        QTest::keyClicks(path, m_second);
        QTest::keyClick(path, Qt::Key_Return);
    });
    typist.expect("trialcrf::LoginDialog", [](QWidget *dialog) {
        auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("loginUser"));
        user->setFocus();
        user->selectAll();
        QTest::keyClicks(user, QStringLiteral("monitor"));
        QTest::keyClick(user, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), DemoGenerator::password());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    startup.mainWindow()->openStudyAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(typist.finished(), 10000);
    QTRY_VERIFY(startup.mainWindow()
                && startup.mainWindow()->session().userName == QLatin1String("monitor"));
    QCOMPARE(statusText(startup.mainWindow()), QStringLiteral("Database: %1").arg(m_second));
    // The nurse was logged out of the first study, as Log out does.
    QCOMPARE(logouts(m_first), before + 1);
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("study/location")).toString(), m_second);
}

QTEST_MAIN(TestSwitchStudy)
#include "tst_switch_study.moc"
