// SPDX-License-Identifier: Apache-2.0
#include "startupcontroller.h"

#include "connectiondialog.h"
#include "databaseopener.h"
#include "firstadmindialog.h"
#include "languagemanager.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "protocol/protocol.h"
#include "securitycontroller.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/userstore.h"
#include "studychooser.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

namespace trialcrf {

StartupController::StartupController(LanguageManager &language, QObject *parent)
    : QObject(parent), m_language(language)
{
}

StartupController::~StartupController()
{
    // The window and the stores refer to the database: end them first.
    m_security.reset();
    m_window.reset();
    m_store.reset();
    m_users.reset();
    m_db.reset();
}

bool StartupController::start(const StartupOptions &options)
{
    m_db = openAtStart(options);
    return m_db && enterStudy(options);
}

std::unique_ptr<Database> StartupController::openAtStart(const StartupOptions &options)
{
    StudyChooser chooser;
    if (!options.databasePath.isEmpty())
        return chooser.openFile(options.databasePath);
    if (!options.serverUrl.isEmpty()) {
        QString error;
        const std::optional<StudyLocation> server =
            StudyLocation::server(options.serverUrl, &error);
        if (!server) {
            std::fprintf(stderr, "trialcrf: --server: %s\n", qPrintable(error));
            return nullptr;
        }
        return chooser.openOrChoose(*server);
    }
    const StudyLocation last = ConnectionDialog::remembered();
    if (last.isEmpty())
        return chooser.choose(StudyChooser::startLocation());
    return chooser.openOrChoose(last);
}

bool StartupController::enterStudy(const StartupOptions &options)
{
    m_store = std::make_unique<StudyStore>(*m_db, Protocol::builtIn());
    m_users = std::make_unique<UserStore>(*m_db);

    std::optional<Session> session;
    if (!ensureFirstAdmin(&session))
        return false;
    if (!session)
        session = logIn(options);
    if (!session)
        return false;
    m_session = *session;

    m_window = std::make_unique<MainWindow>(*m_store, m_language);
    m_window->setSession(m_session);
    connect(m_window.get(), &MainWindow::logoutRequested, this, &StartupController::logOut);
    // Queued: the window that asks is replaced by the new study's.
    connect(m_window.get(), &MainWindow::openStudyRequested, this,
            &StartupController::switchStudy, Qt::QueuedConnection);
    m_security = std::make_unique<SecurityController>(*m_store, *m_users, m_language);
    m_security->attach(m_window.get(), m_session);
    m_window->show();
    if (!options.subjectCode.isEmpty() && !m_window->openSubject(options.subjectCode))
        std::fprintf(stderr, "trialcrf: no subject %s\n", qPrintable(options.subjectCode));
    return true;
}

void StartupController::switchStudy()
{
    if (!m_window || !m_window->maybeCloseAll())
        return;
    if (m_security->occupiedSeats() > 1) {
        QMessageBox::information(m_window.get(), tr("Open study"),
                                 tr("Others are still logged in on this workstation (their "
                                    "windows are locked). They log out first; then open the "
                                    "other study."));
        return;
    }
    StudyLocation current = m_db->location();
    current.setPassword(QString());
    std::unique_ptr<Database> db = StudyChooser(m_window.get()).choose(current);
    if (!db)
        return;
    // The normal logout: the session ends in this study's audit trail, then the window and
    // the stores of this study go before its database.
    m_users->logout(m_session);
    m_session = Session();
    m_security.reset();
    m_window.reset();
    m_store.reset();
    m_users.reset();
    m_db = std::move(db);
    if (!enterStudy({}))
        QApplication::quit();
}

bool StartupController::ensureFirstAdmin(std::optional<Session> *session)
{
    if (m_users->userCount() > 0)
        return true;
    FirstAdminDialog dialog(*m_users, m_db->path());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The data manager just chose the password: log in with it at once.
    Session s;
    if (m_users->login(dialog.userName(), dialog.password(), &s) == UserStore::LoginResult::Ok)
        *session = s;
    return true;
}

std::optional<Session> StartupController::logIn(const StartupOptions &options)
{
    const bool demo = m_db->isDemo();
    if (!options.autoLoginUser.isEmpty()) {
        if (!demo) {
            std::fprintf(stderr, "trialcrf: --user logs in by itself on a DEMO database only\n");
        } else {
            Session s;
            const UserStore::LoginResult result =
                m_users->login(options.autoLoginUser, options.autoLoginPassword, &s);
            if (result == UserStore::LoginResult::Ok)
                return s;
            std::fprintf(stderr, "trialcrf: %s\n",
                         qPrintable(LoginDialog::loginMessage(result, {}, m_users->lastError())));
        }
    }
    LoginDialog dialog(*m_users, demo, &m_language, m_window.get());
    if (!options.autoLoginUser.isEmpty())
        dialog.setUserName(options.autoLoginUser);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

void StartupController::logOut()
{
    // Other users' locked windows stay: their lock screen comes back instead of a login.
    if (m_security->handleLogout(m_window.get(), &m_session))
        return;
    m_users->logout(m_session);
    m_window->hide();
    const std::optional<Session> session = logIn({});
    if (!session) {
        QApplication::quit();
        return;
    }
    m_session = *session;
    m_window->setSession(m_session);
    m_security->setSession(m_window.get(), m_session);
    m_window->show();
}

}  // namespace trialcrf
