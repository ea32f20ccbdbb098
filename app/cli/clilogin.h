// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"
#include "storage/userstore.h"

#include <QString>

namespace trialcrf::cli {

/// A command's login as a named user (audited like the app's), logged out again when the
/// command ends. The commands that act for a user (import, backup, user) share it.
class CliLogin {
public:
    explicit CliLogin(UserStore &users) : m_users(users) {}
    ~CliLogin();
    CliLogin(const CliLogin &) = delete;
    CliLogin &operator=(const CliLogin &) = delete;

    /// False with a one-line, translated *error ("cannot log in as NAME: …").
    bool logIn(const QString &userName, const QString &password, QString *error);
    /// logIn() with the password read as every command reads it (TRIALCRF_PASSWORD, else
    /// the terminal without echo).
    bool logInAsked(const QString &userName, QString *error);
    const Session &session() const { return m_session; }

    /// The message for a failed login, without telling an unknown name from a wrong password.
    static QString problem(UserStore::LoginResult r, const QString &userName,
                           const QString &detail = {});

private:
    UserStore &m_users;
    Session m_session;
    bool m_loggedIn = false;
};

}  // namespace trialcrf::cli
