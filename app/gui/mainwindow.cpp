// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "aboutdialog.h"
#include "backupactions.h"
#include "monitoringactions.h"

#include "casebookview.h"
#include "crfform.h"
#include "deviationlogdialog.h"
#include "formdialog.h"
#include "itemmodels/itemlabels.h"
#include "languagemanager.h"
#include "liverefresh.h"
#include "monitoringactions.h"
#include "palette.h"
#include "panescrollarea.h"
#include "reportactions.h"
#include "storage/studystore.h"
#include "subjectform.h"
#include "subjectlistview.h"
#include "itemmodels/subjectlistmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace trialcrf {

MainWindow::MainWindow(StudyStore &store, LanguageManager &language, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_demo = store.database().isDemo();

    m_list = new SubjectListView(store, this);
    m_casebook = new CasebookView(store, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_list);
    // On a small screen (1280×720 at 150 %) the casebook overview is taller than the room
    // left beside the docks: the pane scrolls instead of pushing the window off the screen.
    auto *casebookScroll = new PaneScrollArea(m_splitter);
    casebookScroll->setObjectName(QStringLiteral("casebookScroll"));
    casebookScroll->setWidget(m_casebook);
    m_splitter->addWidget(casebookScroll);
    // The list starts at the width its columns need (its size hint); a wider window widens
    // the casebook.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (m_demo) {
        m_banner = new QLabel(central);
        m_banner->setObjectName(QStringLiteral("demoBanner"));
        m_banner->setAlignment(Qt::AlignCenter);
        m_banner->setWordWrap(true);
        m_banner->setStyleSheet(
            Palette::onLightStyle(Palette::demo(), QStringLiteral("6px"), true));
        layout->addWidget(m_banner);
    }
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_userStatus = new QLabel(this);
    m_databaseStatus = new QLabel(this);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addWidget(m_userStatus);
    statusBar()->addWidget(m_databaseStatus, 1);
    m_chairStatus = new QLabel(this);
    m_chairStatus->setObjectName(QStringLiteral("chairStatus"));
    m_chairStatus->setStyleSheet(Palette::textStyle(Palette::error(), true));
    m_chairStatus->hide();
    statusBar()->addPermanentWidget(m_chairStatus);
    connect(m_casebook, &CasebookView::alertChanged, m_chairStatus, [this](const QString &text) {
        m_chairStatus->setText(text);
        m_chairStatus->setVisible(!text.isEmpty());
    });
    if (m_demo) {
        m_demoStatus = new QLabel(this);
        m_demoStatus->setObjectName(QStringLiteral("demoStatus"));
        m_demoStatus->setStyleSheet(
            Palette::onLightStyle(Palette::demo(), QStringLiteral("0 8px"), true));
        statusBar()->addPermanentWidget(m_demoStatus);
    }

    createActions();
    createMenus();
    m_reportActions = new ReportActions(*this, store, this);
    m_backupActions = new BackupActions(*this, store, this);
    // A restored study has its own accounts: show it fresh, then log in again.
    connect(m_backupActions, &BackupActions::restored, this, [this] {
        m_list->reload();
        m_casebook->reload();
        Q_EMIT logoutRequested();
    });
    m_monitoringActions = new MonitoringActions(*this, store, this);
    m_liveRefresh = new LiveRefresh(*this, store, this);

    connect(m_list, &SubjectListView::currentSubjectChanged, this, &MainWindow::selectSubject);
    connect(m_list, &SubjectListView::subjectActivated, this, [this](qint64 id) {
        selectSubject(id);
        if (m_casebook->subjectId() == id)
            m_casebook->focusTimeline();
    });
    connect(m_casebook, &CasebookView::subjectSaved, m_list, &SubjectListView::reload);
    connect(m_casebook, &CasebookView::pageOpenChanged, this, &MainWindow::updateActions);
    connect(&m_language, &LanguageManager::languageChanged, this, [this](const QString &code) {
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == code);
    });

    retranslate();
    updateActions();
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    // Leave room for the window frame and the taskbar on a small (e.g. 125 %) screen.
    resize(qMin(1440, screen.width() - 48), qMin(900, screen.height() - 64));
}

void MainWindow::setSession(const Session &session)
{
    m_session = session;
    m_list->model()->setSession(session);
    m_list->reload();
    m_casebook->setSession(session);
    m_reportActions->setSession(session);
    m_backupActions->setSession(session);
    m_monitoringActions->setSession(session);
    if (m_deviationLog)
        m_deviationLog->setSession(session);
    updateStatusBar();
    updateActions();
}

bool MainWindow::maybeCloseAll()
{
    return m_casebook->closePage();
}

bool MainWindow::openSubject(const QString &code)
{
    const std::optional<qint64> id = m_store.subjectIdByCode(code);
    if (!id || !m_list->showSubject(*id, code))
        return false;
    selectSubject(*id);
    m_casebook->focusTimeline();
    return m_casebook->subjectId() == *id;
}

bool MainWindow::confirmQuit()
{
    if (m_session.userName.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Quit"),
                    tr("%1 is logged in. Quit trialcrf and log out?").arg(m_session.userName),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("confirmQuit"));
    box.button(QMessageBox::Yes)->setText(tr("&Quit"));
    box.button(QMessageBox::No)->setText(tr("&Stay"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A nurse closing the window mid-entry is asked first; nothing typed is lost silently.
    if (maybeCloseAll())
        event->accept();
    else
        event->ignore();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::createActions()
{
    m_newSubjectAction = new QAction(this);
    m_newSubjectAction->setShortcut(QKeySequence::New);
    connect(m_newSubjectAction, &QAction::triggered, this, &MainWindow::newSubject);
    m_openStudyAction = new QAction(this);
    m_openStudyAction->setObjectName(QStringLiteral("openStudyAction"));
    connect(m_openStudyAction, &QAction::triggered, this, [this] {
        if (maybeCloseAll())
            Q_EMIT openStudyRequested();
    });
    m_logoutAction = new QAction(this);
    connect(m_logoutAction, &QAction::triggered, this, [this] {
        if (maybeCloseAll())
            Q_EMIT logoutRequested();
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, [this] {
        if (confirmQuit())
            close();
    });

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, m_casebook, &CasebookView::savePage);
    m_closePageAction = new QAction(this);
    m_closePageAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_closePageAction, &QAction::triggered, m_casebook, &CasebookView::closePage);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_list, &SubjectListView::focusSearch);
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_list->reload();
        m_casebook->reload();
    });

    m_deviationLogAction = new QAction(this);
    m_deviationLogAction->setObjectName(QStringLiteral("deviationLogAction"));
    connect(m_deviationLogAction, &QAction::triggered, this, &MainWindow::showDeviationLog);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageManager::languages()) {
        auto *action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == m_language.language());
        connect(action, &QAction::triggered, this,
                [this, code] { m_language.setLanguage(code); });
    }
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newSubjectAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_openStudyAction);
    m_fileMenu->addAction(m_logoutAction);
    // Quit is kept apart from Log out: a slip of the mouse should not end the program.
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_pageMenu = menuBar()->addMenu(QString());
    m_pageMenu->addAction(m_saveAction);
    m_pageMenu->addAction(m_closePageAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_deviationLogAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    QString title = tr("trialcrf — %1").arg(m_store.protocol().registryId);
    if (m_demo)
        title += QStringLiteral(" — ") + tr("DEMO");
    setWindowTitle(title);
    if (m_banner)
        m_banner->setText(tr("DEMO database: synthetic subjects for training and trying out. "
                             "Never enter real patient data here."));
    if (m_demoStatus)
        m_demoStatus->setText(tr("DEMO"));

    m_fileMenu->setTitle(tr("&File"));
    m_newSubjectAction->setText(tr("&New subject…"));
    m_openStudyAction->setText(tr("&Open study…"));
    m_logoutAction->setText(tr("&Log out"));
    m_quitAction->setText(tr("&Quit"));
    m_pageMenu->setTitle(tr("&Page"));
    m_saveAction->setText(tr("&Save page"));
    m_closePageAction->setText(tr("&Close page"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Find subject"));
    m_refreshAction->setText(tr("&Refresh"));
    m_deviationLogAction->setText(tr("Protocol &deviations…"));
    // The language names stay in their own language, so anyone can find theirs.
    m_languageMenu->setTitle(tr("Lan&guage"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About trialcrf"));
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    m_userStatus->setText(m_session.userName.isEmpty()
                              ? tr("Not logged in")
                              : tr("User: %1 (%2)")
                                    .arg(m_session.userName, ItemLabels::role(m_session.role)));
    // Where the study is, at all times: the file, or user@host/database on a server.
    const StudyLocation where = m_store.database().location();
    if (where.isServer()) {
        m_databaseStatus->setText(tr("Server: %1").arg(where.displayName()));
        m_databaseStatus->setToolTip(where.toString());
    } else {
        const QString path = QDir::toNativeSeparators(m_store.database().path());
        m_databaseStatus->setText(tr("Database: %1").arg(path));
        m_databaseStatus->setToolTip(path);
    }
}

void MainWindow::updateActions()
{
    const bool open = m_casebook->hasOpenPage();
    m_saveAction->setEnabled(open);
    m_closePageAction->setEnabled(open);
    m_newSubjectAction->setEnabled(m_session.may(Action::EditSubject));
}

void MainWindow::showDeviationLog()
{
    if (!m_deviationLog) {
        m_deviationLog = new DeviationLogDialog(m_store, m_session, this);
        connect(m_deviationLog, &DeviationLogDialog::openSubjectRequested, this,
                [this](const QString &code) { openSubject(code); });
        connect(m_deviationLog, &DeviationLogDialog::deviationChanged, m_casebook,
                &CasebookView::reload);
        // A save shows in the log at once.
        connect(m_casebook, &CasebookView::casebookLoaded, m_deviationLog, [this] {
            if (m_deviationLog->isVisible())
                m_deviationLog->refresh();
        });
    } else {
        m_deviationLog->refresh();
    }
    m_deviationLog->show();
    m_deviationLog->raise();
    m_deviationLog->activateWindow();
}

void MainWindow::selectSubject(qint64 subjectId)
{
    const qint64 previous = m_casebook->subjectId();
    // The open page may hold unsaved data: if the user stays, so does the list.
    if (!m_casebook->showSubject(subjectId) && previous != 0)
        m_list->selectSubject(previous);
}

void MainWindow::newSubject()
{
    if (!m_session.may(Action::EditSubject) || !maybeCloseAll())
        return;
    auto *form = new SubjectForm(m_store);
    form->setSession(m_session);
    form->open(Casebook{}, QString());
    FormDialog dialog(form, this);
    dialog.setWindowTitle(tr("New subject"));
    if (dialog.exec() != QDialog::Accepted || dialog.savedSubjectId() == 0)
        return;
    const qint64 id = dialog.savedSubjectId();
    const std::optional<Casebook> created = m_store.loadCasebook(m_session, id);
    if (created)
        m_list->showSubject(id, created->subject.code);
    selectSubject(id);
    m_casebook->focusTimeline();
}

void MainWindow::about()
{
    AboutDialog dialog(m_store, this);
    dialog.exec();
}

}  // namespace trialcrf
