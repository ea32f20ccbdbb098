// SPDX-License-Identifier: Apache-2.0
// Alt+letter in the main window, in both languages: with the casebook overview or any page
// open, no two things visible at once (menu titles, the subject list's labels, the casebook's
// buttons, the page's fields) answer the same Alt+letter. When two do, Qt takes turns between
// them, so Alt+C meant for a field opens the Security menu instead.
#include "casebookview.h"
#include "crfform.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "securitycontroller.h"
#include "storage/userstore.h"
#include "shellfixture.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QTest>

using namespace trialcrf;

Q_DECLARE_METATYPE(trialcrf::CasebookView::Page)

namespace {

/// The Alt+letter of a text ("Securit&y" → "Y"), empty without one.
QString mnemonicOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return {};
    return QKeySequence(key[0].key()).toString();
}

/// Every Alt+letter that is live in the window now, with what it belongs to.
QMultiMap<QString, QString> liveMnemonics(QMainWindow *window)
{
    QMultiMap<QString, QString> live;
    const auto add = [&live](const QString &text, const QString &what) {
        const QString key = mnemonicOf(text);
        if (!key.isEmpty())
            live.insert(key, what + QLatin1String(" \"") + text + QLatin1Char('"'));
    };
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->isVisible())
            add(menu->text(), QStringLiteral("menu"));
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        // A label's shortcut moves to its buddy; one without a buddy has none.
        if (label->isVisibleTo(window) && label->buddy() && label->buddy()->isEnabled())
            add(label->text(), QStringLiteral("label ") + label->objectName());
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(window) && button->isEnabled())
            add(button->text(), QStringLiteral("button ") + button->objectName());
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (box->isVisibleTo(window) && box->isCheckable())
            add(box->title(), QStringLiteral("group ") + box->objectName());
    }
    return live;
}

/// Every Alt+letter inside each menu of the menu bar, keyed by menu and letter: within one
/// open menu a letter shared by two entries only cycles between them.
QMultiMap<QString, QString> menuMnemonics(QMainWindow *window)
{
    QMultiMap<QString, QString> inMenus;
    for (QAction *title : window->menuBar()->actions()) {
        if (!title->isVisible() || !title->menu())
            continue;
        for (QAction *entry : title->menu()->actions()) {
            const QString key = mnemonicOf(entry->text());
            if (entry->isVisible() && !entry->isSeparator() && !key.isEmpty())
                inMenus.insert(title->text() + QLatin1Char(' ') + key,
                               QLatin1Char('"') + entry->text() + QLatin1Char('"'));
        }
    }
    return inMenus;
}

QString collisions(const QMultiMap<QString, QString> &live)
{
    QStringList found;
    for (const QString &key : live.uniqueKeys()) {
        const QStringList owners = live.values(key);
        if (owners.size() > 1)
            found << QStringLiteral("Alt+%1: %2").arg(key, owners.join(QLatin1String(", ")));
    }
    return found.join(QLatin1Char('\n'));
}

}  // namespace

class TestMnemonics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void noTwoThingsShareAnAltLetter_data();
    void noTwoThingsShareAnAltLetter();
    void noMenuRepeatsALetter_data();
    void noMenuRepeatsALetter();

private:
    /// The main window in `language` for `role`, with the Security menu as the app adds it.
    void openWindow(const QString &language, const QString &role);

    LanguageManager m_language;
    std::unique_ptr<ShellFixture> m_fixture;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SecurityController> m_security;
};

void TestMnemonics::init()
{
    m_fixture = std::make_unique<ShellFixture>(ShellFixture::standardToday());
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->addStandardSubjects(), qPrintable(m_fixture->error()));
}

void TestMnemonics::cleanup()
{
    m_security.reset();
    m_window.reset();
    m_users.reset();
    m_fixture.reset();
    m_language.setLanguage(QStringLiteral("en"), false);
}

void TestMnemonics::openWindow(const QString &language, const QString &role)
{
    QVERIFY(m_language.setLanguage(language, false));
    m_window = std::make_unique<MainWindow>(m_fixture->store(), m_language);
    const Session session = role == QLatin1String("nurse")       ? ShellFixture::nurse()
                            : role == QLatin1String("physician") ? ShellFixture::physician()
                                                                 : ShellFixture::monitor();
    m_window->setSession(session);
    m_users = std::make_unique<UserStore>(m_fixture->database());
    m_security = std::make_unique<SecurityController>(m_fixture->store(), *m_users, m_language);
    m_security->attach(m_window.get(), session);
}

void TestMnemonics::noTwoThingsShareAnAltLetter_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("page");  // -1: the casebook overview, no page open
    QTest::addColumn<QString>("visit");
    using P = CasebookView::Page;
    const std::pair<const char *, int> pages[] = {
        {"overview", -1},
        {"subject", int(P::Subject)},
        {"consent", int(P::Consent)},
        {"eligibility", int(P::Eligibility)},
        {"infusion", int(P::Infusion)},
        {"pasi", int(P::Pasi)},
        {"adverse event", int(P::AdverseEvent)},
    };
    for (const char *language : {"en", "zh_CN"}) {
        for (const char *role : {"nurse", "physician", "monitor"}) {
            for (const auto &[name, page] : pages) {
                QTest::addRow("%s %s %s", language, role, name)
                    << QString::fromLatin1(language) << QString::fromLatin1(role) << page
                    << (page == int(P::Infusion) || page == int(P::Pasi)
                            ? QStringLiteral("week2")
                            : QString());
            }
        }
    }
}

void TestMnemonics::noTwoThingsShareAnAltLetter()
{
    QFETCH(QString, language);
    QFETCH(QString, role);
    QFETCH(int, page);
    QFETCH(QString, visit);
    openWindow(language, role);
    if (QTest::currentTestFailed())
        return;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // S002 is enrolled with week 0 done: every page of the study can open for it.
    QVERIFY(m_window->openSubject(QStringLiteral("S002")));
    if (page >= 0) {
        QVERIFY(m_window->casebook()->openPage(CasebookView::Page(page), visit));
        QVERIFY(m_window->casebook()->openForm());
    }
    const QMultiMap<QString, QString> live = liveMnemonics(m_window.get());
    QVERIFY2(live.size() > 3, "the window shows almost no Alt+letter: the test reads nothing");
    const QString clash = collisions(live);
    QVERIFY2(clash.isEmpty(), qPrintable(QLatin1Char('\n') + clash));
}

void TestMnemonics::noMenuRepeatsALetter_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("role");
    for (const char *language : {"en", "zh_CN"}) {
        for (const char *role : {"nurse", "physician", "monitor"})
            QTest::addRow("%s %s", language, role)
                << QString::fromLatin1(language) << QString::fromLatin1(role);
    }
}

void TestMnemonics::noMenuRepeatsALetter()
{
    QFETCH(QString, language);
    QFETCH(QString, role);
    openWindow(language, role);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_window->openSubject(QStringLiteral("S002")));
    const QMultiMap<QString, QString> inMenus = menuMnemonics(m_window.get());
    QVERIFY2(inMenus.size() > 5, "the menus show almost no Alt+letter: the test reads nothing");
    const QString clash = collisions(inMenus);
    QVERIFY2(clash.isEmpty(), qPrintable(QLatin1Char('\n') + clash));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
