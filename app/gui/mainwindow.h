// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;

namespace trialcrf {

class BackupActions;
class CasebookView;
class DeviationLogDialog;
class LanguageManager;
class LiveRefresh;
class MonitoringActions;
class ReportActions;
class StudyStore;
class SubjectListView;

/// The main window composes the screens; it implements none of them: the subject list on the
/// left, the selected subject's casebook on the right, menus, the status bar (user, role,
/// database, DEMO) and a banner on a demo database.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(StudyStore &store, LanguageManager &language, QWidget *parent = nullptr);

    void setSession(const Session &session);
    const Session &session() const { return m_session; }

    SubjectListView *subjectList() const { return m_list; }
    CasebookView *casebook() const { return m_casebook; }
    QMenu *languageMenu() const { return m_languageMenu; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *quitAction() const { return m_quitAction; }
    QAction *openStudyAction() const { return m_openStudyAction; }
    /// File → Quit asks this first: while someone is logged in, "Quit and log out?" with
    /// Stay as the default answer; true when there is no one logged in or Quit was chosen.
    bool confirmQuit();
    QMenu *viewMenu() const { return m_viewMenu; }
    /// Charts, cohort, PDF, print, export and import.
    ReportActions *reportActions() const { return m_reportActions; }
    /// File → Back up… and Restore… (data manager).
    BackupActions *backupActions() const { return m_backupActions; }
    MonitoringActions *monitoringActions() const { return m_monitoringActions; }
    /// Follows other workstations' saves (list, casebook, open page).
    LiveRefresh *liveRefresh() const { return m_liveRefresh; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *closePageAction() const { return m_closePageAction; }
    QAction *newSubjectAction() const { return m_newSubjectAction; }

    /// Asks the open page whether it may close (unsaved data): true when the window may go.
    bool maybeCloseAll();
    /// Finds a subject by code, selects it in the list and shows its casebook.
    bool openSubject(const QString &code);
    /// The deviation log window (nullptr until first shown).
    DeviationLogDialog *deviationLog() const { return m_deviationLog; }

Q_SIGNALS:
    void logoutRequested();
    /// File → Open study…: another study file or server (the controller asks where).
    void openStudyRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateStatusBar();
    void updateActions();
    void selectSubject(qint64 subjectId);
    void newSubject();
    void about();
    /// View → Protocol deviations…: the study-wide log, non-modal.
    void showDeviationLog();

    StudyStore &m_store;
    LanguageManager &m_language;
    Session m_session;
    bool m_demo = false;

    QLabel *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    SubjectListView *m_list = nullptr;
    CasebookView *m_casebook = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_pageMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newSubjectAction = nullptr;
    QAction *m_openStudyAction = nullptr;
    QAction *m_logoutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closePageAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_deviationLogAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_aboutAction = nullptr;

    QLabel *m_userStatus = nullptr;
    QLabel *m_databaseStatus = nullptr;
    QLabel *m_demoStatus = nullptr;
    QLabel *m_chairStatus = nullptr;  ///< a vital-sign set overdue on the open infusion page
    ReportActions *m_reportActions = nullptr;
    BackupActions *m_backupActions = nullptr;
    MonitoringActions *m_monitoringActions = nullptr;
    LiveRefresh *m_liveRefresh = nullptr;
    DeviationLogDialog *m_deviationLog = nullptr;  ///< made on first use, kept while open
};

}  // namespace trialcrf
