// SPDX-License-Identifier: Apache-2.0
// The main window on a small study (offscreen): the list, search and status filter, the
// casebook timeline on a pinned day, the language switch, DEMO marking, and the messages for a
// database that cannot be opened or a failed login.
#include "casebookview.h"
#include "databaseopener.h"
#include "firstadmindialog.h"
#include "itemmodels/subjectlistmodel.h"
#include "itemmodels/visittimelinemodel.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "shellfixture.h"
#include "subjectlistview.h"

#include "crfform.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace trialcrf;

Q_DECLARE_METATYPE(trialcrf::Database::Status)
Q_DECLARE_METATYPE(trialcrf::UserStore::LoginResult)

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listShowsEverySubject();
    void searchFiltersByCode_data();
    void searchFiltersByCode();
    void typingInTheListSearches();
    void statusFilterNarrowsTheList();
    void selectingSubjectShowsTimeline_data();
    void selectingSubjectShowsTimeline();
    void enterMovesToTheNextVisit();
    void statusBarShowsUserRoleAndDatabase();
    void languageSwitchRetranslatesAndBack();
    void pageKeysReachTheOpenForm();
    void aShortPageShowsItsSaveStatusWithoutScrolling();
    void closingWithUnsavedPageAsksFirst();
    void demoDatabaseIsMarked();
    void quitAsksWhileLoggedInAndStandsApartFromLogOut_data();
    void quitAsksWhileLoggedInAndStandsApartFromLogOut();
    void monitorMayNotAddSubjects();
    void databaseFailureMessages_data();
    void databaseFailureMessages();
    void failureMessagesAreTranslated();
    void firstAdminDialogCreatesTheDataManager();
    void loginDialogLogsInAndExplainsFailures();
    void demoLoginListsTheAccounts();
    void loginMessages_data();
    void loginMessages();

private:
    void openWindow(const Session &session = ShellFixture::nurse());
    /// Answers the next modal message box with `button` once it shows; *asked says it did.
    void answerNextQuestion(QMessageBox::StandardButton button, bool *asked);
    /// Opens S001's subject page and types "Z1" as its initials: unsaved and invalid.
    QLineEdit *openDirtySubjectPage();
    int rowOf(const QString &code) const;
    QStringList listedCodes() const;
    QStringList menuTitles() const;

    LanguageManager m_language;
    std::unique_ptr<ShellFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
}

void TestMainWindow::init()
{
    m_fixture = std::make_unique<ShellFixture>(ShellFixture::standardToday());
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->addStandardSubjects(), qPrintable(m_fixture->error()));
}

void TestMainWindow::cleanup()
{
    // A question a failed test never met must not answer the next test's.
    for (QTimer *poll : findChildren<QTimer *>())
        delete poll;
    m_window.reset();
    m_fixture.reset();
    m_language.setLanguage(QStringLiteral("en"), false);
}

void TestMainWindow::openWindow(const Session &session)
{
    m_window = std::make_unique<MainWindow>(m_fixture->store(), m_language);
    m_window->setSession(session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::answerNextQuestion(QMessageBox::StandardButton button, bool *asked)
{
    *asked = false;
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [poll, button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        *asked = true;
        box->button(button)->click();
    });
    poll->start();
}

QLineEdit *TestMainWindow::openDirtySubjectPage()
{
    CasebookView *casebook = m_window->casebook();
    if (!m_window->openSubject(QStringLiteral("S001"))
        || !casebook->openPage(CasebookView::Page::Subject))
        return nullptr;
    auto *initials = casebook->openForm()->findChild<QLineEdit *>(QStringLiteral("initialsEdit"));
    if (!initials || initials->text() != QLatin1String("ZXM"))
        return nullptr;
    initials->setFocus();
    initials->clear();
    // Empty initials would only be missing (the page saves incomplete): a digit is impossible.
    QTest::keyClicks(initials, QStringLiteral("Z1"));
    return casebook->openForm()->isDirty() ? initials : nullptr;
}

int TestMainWindow::rowOf(const QString &code) const
{
    const SubjectListModel *model = m_window->subjectList()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, SubjectListModel::Code).data().toString() == code)
            return row;
    }
    return -1;
}

QStringList TestMainWindow::listedCodes() const
{
    const SubjectListModel *model = m_window->subjectList()->model();
    QStringList codes;
    for (int row = 0; row < model->rowCount(); ++row)
        codes << model->index(row, SubjectListModel::Code).data().toString();
    return codes;
}

QStringList TestMainWindow::menuTitles() const
{
    QStringList titles;
    for (QAction *action : m_window->menuBar()->actions())
        titles << action->text();
    return titles;
}

void TestMainWindow::listShowsEverySubject()
{
    openWindow();
    QCOMPARE(listedCodes(), (QStringList{"S001", "S002", "S003", "S004", "S005", "X100"}));
    QVERIFY(!m_window->findChild<QLabel *>(QStringLiteral("subjectListEmpty"))->isVisible());
    // Nothing selected yet: the casebook says what to do.
    QCOMPARE(m_window->casebook()->subjectId(), 0);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("casebookPlaceholder"))->isVisible());
}

void TestMainWindow::searchFiltersByCode_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("series S") << "S" << QStringList{"S001", "S002", "S003", "S004", "S005"};
    QTest::newRow("one code") << "S002" << QStringList{"S002"};
    QTest::newRow("lower case") << "x" << QStringList{"X100"};
    QTest::newRow("no match shows the empty state") << "Q9" << QStringList();
    QTest::newRow("cleared search shows all again")
        << "" << QStringList{"S001", "S002", "S003", "S004", "S005", "X100"};
}

void TestMainWindow::searchFiltersByCode()
{
    QFETCH(QString, search);
    QFETCH(QStringList, codes);
    openWindow();
    QLineEdit *edit = m_window->subjectList()->searchEdit();
    edit->setText(QStringLiteral("S00"));
    edit->setText(search);
    QCOMPARE(listedCodes(), codes);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("subjectListEmpty"))->isVisible(),
             codes.isEmpty());
}

void TestMainWindow::typingInTheListSearches()
{
    openWindow();
    QTableView *table = m_window->subjectList()->table();
    table->setFocus();
    QTest::keyClicks(table, QStringLiteral("x1"));
    QCOMPARE(m_window->subjectList()->searchEdit()->text(), QStringLiteral("x1"));
    QCOMPARE(listedCodes(), QStringList{"X100"});
    // Enter in the search box opens the first match.
    QTest::keyClick(m_window->subjectList()->searchEdit(), Qt::Key_Return);
    QCOMPARE(m_window->casebook()->casebook()->subject.code, QStringLiteral("X100"));
}

void TestMainWindow::statusFilterNarrowsTheList()
{
    openWindow();
    QComboBox *status = m_window->subjectList()->statusFilter();
    QCOMPARE(status->itemText(0), QStringLiteral("All statuses"));
    status->setCurrentIndex(status->findData(QStringLiteral("enrolled")));
    QCOMPARE(listedCodes(), (QStringList{"S001", "S002", "S003"}));
    status->setCurrentIndex(status->findData(QStringLiteral("withdrawn")));
    QCOMPARE(listedCodes(), QStringList{"S005"});
    status->setCurrentIndex(0);
    QCOMPARE(listedCodes().size(), 6);
}

void TestMainWindow::selectingSubjectShowsTimeline_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("states");  // screening, week0, week2 … week12, as shown

    QTest::newRow("S001: week 2 missed")
        << "S001"
        << QStringList{"Done", "Done", "Overdue", "Not yet due", "Not yet due", "Not yet due",
                       "Not yet due"};
    QTest::newRow("S002: week 2 due today")
        << "S002"
        << QStringList{"Done", "Done", "Due today", "Not yet due", "Not yet due", "Not yet due",
                       "Not yet due"};
    QTest::newRow("S003: week 2 done out of window")
        << "S003"
        << QStringList{"Done", "Done", "Done out of window", "Not yet due", "Not yet due",
                       "Not yet due", "Not yet due"};
    QTest::newRow("S004: screening window open")
        << "S004"
        << QStringList{"Due (window open)", "Not yet due", "Not yet due", "Not yet due",
                       "Not yet due", "Not yet due", "Not yet due"};
    QTest::newRow("S005: withdrawn, nothing expected")
        << "S005" << QStringList{"—", "—", "—", "—", "—", "—", "—"};
}

void TestMainWindow::selectingSubjectShowsTimeline()
{
    QFETCH(QString, code);
    QFETCH(QStringList, states);
    openWindow();
    const int row = rowOf(code);
    QVERIFY(row >= 0);
    QTableView *table = m_window->subjectList()->table();
    table->setCurrentIndex(table->model()->index(row, 0));

    CasebookView *casebook = m_window->casebook();
    QVERIFY(casebook->casebook().has_value());
    QCOMPARE(casebook->casebook()->subject.code, code);
    QVERIFY(casebook->headerText().startsWith(code));
    const VisitTimelineModel *timeline = casebook->timeline();
    QStringList shown;
    for (int r = 0; r < timeline->rowCount(); ++r)
        shown << timeline->index(r, VisitTimelineModel::State).data().toString();
    QCOMPARE(shown, states);
    QVERIFY(casebook->timelineView()->isVisible());
}

void TestMainWindow::enterMovesToTheNextVisit()
{
    openWindow();
    QTableView *table = m_window->subjectList()->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(rowOf(QStringLiteral("S002")), 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTableView *timeline = m_window->casebook()->timelineView();
    QVERIFY(timeline->hasFocus());
    QCOMPARE(m_window->casebook()->timeline()->visitCodeAt(timeline->currentIndex().row()),
             QStringLiteral("week2"));
}

void TestMainWindow::statusBarShowsUserRoleAndDatabase()
{
    openWindow();
    QStringList texts;
    for (QLabel *label : m_window->statusBar()->findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('|'));
    QVERIFY2(all.contains(QStringLiteral("nurse (Research nurse)")), qPrintable(all));
    QVERIFY2(all.contains(m_fixture->path()), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("DEMO")), qPrintable(all));
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("DEMO")));
}

void TestMainWindow::languageSwitchRetranslatesAndBack()
{
    openWindow();
    QTableView *table = m_window->subjectList()->table();
    table->setCurrentIndex(table->model()->index(rowOf(QStringLiteral("S001")), 0));
    const auto header = [this] {
        return m_window->subjectList()->model()->headerData(SubjectListModel::Code,
                                                            Qt::Horizontal).toString();
    };
    const auto week2State = [this] {
        const VisitTimelineModel *t = m_window->casebook()->timeline();
        return t->index(t->rowOfVisit(QStringLiteral("week2")), VisitTimelineModel::State)
            .data()
            .toString();
    };
    QVERIFY(menuTitles().contains(QStringLiteral("Lan&guage")));
    QCOMPARE(header(), QStringLiteral("Subject code"));

    // The menu's own action switches at once, no restart.
    QAction *chinese = nullptr;
    for (QAction *a : m_window->languageMenu()->actions()) {
        if (a->data().toString() == QLatin1String("zh_CN"))
            chinese = a;
    }
    QVERIFY(chinese);
    QCOMPARE(chinese->text(), QStringLiteral("中文"));
    chinese->trigger();
    QCOMPARE(m_language.language(), QStringLiteral("zh_CN"));
    QTRY_VERIFY2(menuTitles().contains(QStringLiteral("语言(&G)")),
                 qPrintable(menuTitles().join(QLatin1Char(' '))));
    QVERIFY(chinese->isChecked());
    QCOMPARE(header(), QStringLiteral("受试者编号"));
    QCOMPARE(week2State(), QStringLiteral("已逾期"));
    QCOMPARE(m_window->subjectList()->statusFilter()->itemText(0), QStringLiteral("全部状态"));
    QVERIFY(m_window->casebook()->headerText().contains(QStringLiteral("已入组")));
    // The language names never change, so anyone finds their own.
    QCOMPARE(chinese->text(), QStringLiteral("中文"));

    m_language.setLanguage(QStringLiteral("en"), false);
    QTRY_VERIFY(menuTitles().contains(QStringLiteral("Lan&guage")));
    QCOMPARE(header(), QStringLiteral("Subject code"));
    QCOMPARE(week2State(), QStringLiteral("Overdue"));
    QCOMPARE(m_window->subjectList()->statusFilter()->itemText(0), QStringLiteral("All statuses"));
    QVERIFY(!chinese->isChecked());
}

void TestMainWindow::pageKeysReachTheOpenForm()
{
    openWindow();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QLineEdit *initials = openDirtySubjectPage();
    QVERIFY(initials);
    CasebookView *casebook = m_window->casebook();
    QVERIFY(m_window->saveAction()->isEnabled());
    QVERIFY(m_window->closePageAction()->isEnabled());

    // Ctrl+S reaches the page: it refuses the digit in the initials at the field, saves nothing.
    QTest::keyClick(initials, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!casebook->openForm()->shownError(QStringLiteral("initials")).isEmpty());
    QVERIFY(casebook->hasOpenPage());
    const qint64 id = casebook->subjectId();
    QCOMPARE(m_fixture->store().loadCasebook(ShellFixture::nurse(), id)->subject.initials,
             QStringLiteral("ZXM"));

    // Esc asks first; Cancel keeps the page and what was typed.
    bool asked = false;
    answerNextQuestion(QMessageBox::Cancel, &asked);
    QTest::keyClick(initials, Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(casebook->hasOpenPage());
    QVERIFY(casebook->openForm()->isDirty());

    // Esc again, Discard: back to the timeline, nothing saved. (Offscreen, the window is not
    // made active again by itself when the question closes.)
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    answerNextQuestion(QMessageBox::Discard, &asked);
    QTest::keyClick(initials, Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(!casebook->hasOpenPage());
    QVERIFY(casebook->timelineView()->isVisible());
    QVERIFY(!m_window->saveAction()->isEnabled());
    QCOMPARE(m_fixture->store().loadCasebook(ShellFixture::nurse(), id)->subject.initials,
             QStringLiteral("ZXM"));
}

void TestMainWindow::aShortPageShowsItsSaveStatusWithoutScrolling()
{
    openWindow();
    m_window->resize(1250, 780);  // a laptop's window: the overview is taller than the pane
    QVERIFY(m_window->openSubject(QStringLiteral("S001")));
    CasebookView *casebook = m_window->casebook();
    auto *scroll = m_window->findChild<QScrollArea *>(QStringLiteral("casebookScroll"));
    QVERIFY(scroll);
    QVERIFY(casebook->openPage(CasebookView::Page::Consent));
    auto *status = casebook->openForm()->findChild<QLabel *>(QStringLiteral("saveStatus"));
    QVERIFY(status);
    // The page is as tall as itself, not as the overview: its status line is in sight.
    QTRY_VERIFY(scroll->viewport()->rect().contains(
        QRect(status->mapTo(scroll->viewport(), QPoint(0, 0)), status->size())));
}

void TestMainWindow::closingWithUnsavedPageAsksFirst()
{
    openWindow();
    QVERIFY(openDirtySubjectPage());
    bool asked = false;
    answerNextQuestion(QMessageBox::Cancel, &asked);
    QVERIFY(!m_window->close());
    QVERIFY(asked);
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->casebook()->hasOpenPage());

    // Choosing another subject asks too; staying keeps the list on S001.
    answerNextQuestion(QMessageBox::Cancel, &asked);
    QTableView *table = m_window->subjectList()->table();
    table->setCurrentIndex(table->model()->index(rowOf(QStringLiteral("S002")), 0));
    QVERIFY(asked);
    QCOMPARE(m_window->casebook()->casebook()->subject.code, QStringLiteral("S001"));
    QCOMPARE(m_window->subjectList()->currentSubjectId(), m_window->casebook()->subjectId());

    answerNextQuestion(QMessageBox::Discard, &asked);
    QVERIFY(m_window->close());
    QVERIFY(asked);
}

void TestMainWindow::quitAsksWhileLoggedInAndStandsApartFromLogOut_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("quits");
    QTest::newRow("stay") << int(QMessageBox::No) << false;
    QTest::newRow("quit") << int(QMessageBox::Yes) << true;
}

void TestMainWindow::quitAsksWhileLoggedInAndStandsApartFromLogOut()
{
    QFETCH(int, answer);
    QFETCH(bool, quits);
    openWindow();
    // A separator stands between Log out and Quit in the File menu.
    const QList<QAction *> file = m_window->fileMenu()->actions();
    const qsizetype quit = file.indexOf(m_window->quitAction());
    QVERIFY(quit >= 2);
    QVERIFY(file.at(quit - 1)->isSeparator());
    bool asked = false;
    QString question;
    auto *poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [poll, &question, &asked, answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            asked = true;
            question = box->text();
            box->button(QMessageBox::StandardButton(answer))->click();
        }
    });
    poll->start();
    // Ctrl+Q, as a user presses it.
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(asked);
    QVERIFY2(question.contains(QLatin1String("nurse")), qPrintable(question));
    QCOMPARE(m_window->isVisible(), !quits);
}

void TestMainWindow::demoDatabaseIsMarked()
{
    QVERIFY(m_fixture->database().setMeta(QStringLiteral("demo"), QStringLiteral("1")));
    openWindow();
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("DEMO")));
    QLabel *banner = m_window->findChild<QLabel *>(QStringLiteral("demoBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("DEMO")));
    QLabel *status = m_window->findChild<QLabel *>(QStringLiteral("demoStatus"));
    QVERIFY(status && status->isVisible());
}

void TestMainWindow::monitorMayNotAddSubjects()
{
    openWindow(ShellFixture::monitor());
    QVERIFY(!m_window->newSubjectAction()->isEnabled());
    m_window->setSession(ShellFixture::nurse());
    QVERIFY(m_window->newSubjectAction()->isEnabled());
    // No page open: nothing to save or close.
    QVERIFY(!m_window->saveAction()->isEnabled());
    QVERIFY(!m_window->closePageAction()->isEnabled());
}

void TestMainWindow::databaseFailureMessages_data()
{
    QTest::addColumn<Database::Status>("status");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("not found") << Database::Status::NotFound << "does not exist";
    QTest::newRow("folder missing") << Database::Status::FolderMissing << "folder";
    QTest::newRow("read-only") << Database::Status::ReadOnly << "read-only";
    QTest::newRow("locked") << Database::Status::Locked << "another program (import, backup) is writing";
    QTest::newRow("corrupt") << Database::Status::Corrupt << "damaged";
    QTest::newRow("newer schema") << Database::Status::NewerSchema << "newer version";
    QTest::newRow("other error") << Database::Status::Error << "could not be opened";
}

void TestMainWindow::databaseFailureMessages()
{
    QFETCH(Database::Status, status);
    QFETCH(QString, phrase);
    const QString path = QStringLiteral("/data/study.db");
    const QString message = DatabaseOpener::failureMessage(status, path);
    QVERIFY2(message.contains(phrase), qPrintable(message));
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY(DatabaseOpener::failureMessage(Database::Status::Ok, path).isEmpty());
    QVERIFY(!DatabaseOpener::failureTitle().isEmpty());
}

void TestMainWindow::failureMessagesAreTranslated()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("zh_CN"), false));
    const QString message =
        DatabaseOpener::failureMessage(Database::Status::Locked, QStringLiteral("/d/s.db"));
    QVERIFY2(message.contains(QStringLiteral("正忙")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("/d/s.db")));
    const QString login = LoginDialog::loginMessage(UserStore::LoginResult::WrongPassword);
    QVERIFY2(login.contains(QStringLiteral("密码")), qPrintable(login));
    const QString full = LoginDialog::loginMessage(UserStore::LoginResult::Error, {},
                                                   QStringLiteral("database or disk is full"));
    QVERIFY2(full.contains(QStringLiteral("磁盘")) && full.contains(QStringLiteral("已满")),
             qPrintable(full));
    const QString other = LoginDialog::loginMessage(UserStore::LoginResult::Error, {},
                                                    QStringLiteral("disk I/O error"));
    QVERIFY(!other.contains(QStringLiteral("已满")));
}

void TestMainWindow::firstAdminDialogCreatesTheDataManager()
{
    UserStore users(m_fixture->database());
    QCOMPARE(users.userCount(), 0);
    FirstAdminDialog dialog(users, m_fixture->path());
    const auto field = [&dialog](const char *name) {
        return dialog.findChild<QLineEdit *>(QLatin1String(name));
    };
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("adminMessage"));
    field("adminUser")->setText(QStringLiteral("manager"));

    // Too short: refused with the policy's reason, nothing created.
    field("adminPassword")->setText(QStringLiteral("short"));
    field("adminRepeat")->setText(QStringLiteral("short"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(message->text().contains(QStringLiteral("10 characters")), qPrintable(message->text()));
    QCOMPARE(users.userCount(), 0);

    // The two passwords differ: refused.
    field("adminPassword")->setText(QStringLiteral("correct-horse-9"));
    field("adminRepeat")->setText(QStringLiteral("correct-horse-8"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(message->text().contains(QStringLiteral("differ")));
    QCOMPARE(users.userCount(), 0);

    field("adminRepeat")->setText(QStringLiteral("correct-horse-9"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(users.userCount(), 1);
    QCOMPARE(users.user(QStringLiteral("manager"))->role, Role::DataManager);
    QCOMPARE(dialog.password(), QStringLiteral("correct-horse-9"));
}

void TestMainWindow::loginDialogLogsInAndExplainsFailures()
{
    UserStore users(m_fixture->database());
    QString error;
    QVERIFY2(users.createFirstAdmin(QStringLiteral("manager"), QStringLiteral("correct-horse-9"),
                                    &error),
             qPrintable(error));
    LoginDialog dialog(users, false, &m_language);
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("loginUser"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("loginMessage"));
    // A real database never lists its accounts.
    QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("demoAccounts")));

    user->setText(QStringLiteral("manager"));
    password->setText(QStringLiteral("wrong-password-1"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(message->text().contains(QStringLiteral("password is wrong")),
             qPrintable(message->text()));
    QVERIFY(password->text().isEmpty());  // never left in the field

    password->setText(QStringLiteral("correct-horse-9"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().userName, QStringLiteral("manager"));
    QCOMPARE(dialog.session().role, Role::DataManager);
}

void TestMainWindow::demoLoginListsTheAccounts()
{
    UserStore users(m_fixture->database());
    QString error;
    QVERIFY(users.createFirstAdmin(QStringLiteral("datamanager"),
                                   QStringLiteral("demo-password-1"), &error));
    LoginDialog dialog(users, true, &m_language);
    auto *accounts = dialog.findChild<QListWidget *>(QStringLiteral("demoAccounts"));
    QVERIFY(accounts);
    QCOMPARE(accounts->count(), 1);
    QVERIFY(accounts->item(0)->text().startsWith(QStringLiteral("datamanager")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("demoAccountsLabel"))
                ->text()
                .contains(QStringLiteral("demo-password-1")));
    // Choosing an account fills in its name and the demo password.
    Q_EMIT accounts->itemActivated(accounts->item(0));
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("loginUser"))->text(),
             QStringLiteral("datamanager"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.session().userName, QStringLiteral("datamanager"));
}

void TestMainWindow::loginMessages_data()
{
    QTest::addColumn<UserStore::LoginResult>("result");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("wrong password") << UserStore::LoginResult::WrongPassword
                                    << "user name or the password is wrong";
    QTest::newRow("unknown user reads the same")
        << UserStore::LoginResult::UnknownUser << "user name or the password is wrong";
    QTest::newRow("disabled") << UserStore::LoginResult::Disabled << "disabled";
    QTest::newRow("locked out") << UserStore::LoginResult::LockedOut << "locked until";
    QTest::newRow("database error") << UserStore::LoginResult::Error << "database";
}

void TestMainWindow::loginMessages()
{
    QFETCH(UserStore::LoginResult, result);
    QFETCH(QString, phrase);
    const QDateTime until(QDate(2026, 3, 20), QTime(9, 30), Qt::UTC);
    const QString message = LoginDialog::loginMessage(result, until);
    QVERIFY2(message.contains(phrase), qPrintable(message));
    QVERIFY(LoginDialog::loginMessage(UserStore::LoginResult::Ok).isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
