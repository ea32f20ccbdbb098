// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"

#include <QObject>
#include <QString>
#include <memory>

namespace trialcrf {

class Database;
class LanguageManager;
class MainWindow;
class SecurityController;
class StudyStore;
class UserStore;

struct StartupOptions {
    QString databasePath;  ///< --db FILE
    /// --server URL (already checked by StudyLocation::server). With neither: the study used
    /// last, else the connection dialog.
    QString serverUrl;
    /// --user with TRIALCRF_PASSWORD: logs in without the dialog, on a DEMO database only
    /// (screenshots and tests).
    QString autoLoginUser;
    QString autoLoginPassword;
    QString subjectCode;  ///< --subject: the casebook to show first
};

/// Start-up: opens the database (a clear dialog for every failure), asks for the first data
/// manager on a new database, logs in, and shows the main window. Logging out returns to the
/// login dialog. Owns the database, the stores and the main window.
class StartupController : public QObject {
    Q_OBJECT
public:
    explicit StartupController(LanguageManager &language, QObject *parent = nullptr);
    ~StartupController() override;

    /// False when the app should end: the database cannot be opened (a dialog said why) or
    /// the user cancelled the first account or the login.
    bool start(const StartupOptions &options);
    MainWindow *mainWindow() const { return m_window.get(); }
    /// Idle lock, lock screen, e-signatures and the Security menu.
    SecurityController *security() const { return m_security.get(); }

    /// File → Open study…: the connection dialog; when another study opens, the current
    /// user is logged out of this one and logs in to that one. Cancel changes nothing.
    void switchStudy();

private:
    std::unique_ptr<Database> openAtStart(const StartupOptions &options);
    /// The stores, the first data manager, the login and the main window on m_db.
    bool enterStudy(const StartupOptions &options);
    bool ensureFirstAdmin(std::optional<Session> *session);
    std::optional<Session> logIn(const StartupOptions &options);
    void logOut();

    LanguageManager &m_language;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StudyStore> m_store;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SecurityController> m_security;
    Session m_session;
};

}  // namespace trialcrf
