// SPDX-License-Identifier: Apache-2.0
#include "clilogin.h"

#include "cli.h"
#include "passwordprompt.h"

namespace trialcrf::cli {

CliLogin::~CliLogin()
{
    if (m_loggedIn)
        m_users.logout(m_session);
}

bool CliLogin::logIn(const QString &userName, const QString &password, QString *error)
{
    const UserStore::LoginResult r = m_users.login(userName, password, &m_session);
    m_loggedIn = r == UserStore::LoginResult::Ok;
    if (!m_loggedIn && error)
        *error = problem(r, userName, m_users.lastError());
    return m_loggedIn;
}

bool CliLogin::logInAsked(const QString &userName, QString *error)
{
    const std::optional<QString> password = PasswordPrompt::read(
        PasswordPrompt::newPasswordVariable(), Cli::tr("Password for %1: ").arg(userName), false,
        error);
    return password && logIn(userName, *password, error);
}

QString CliLogin::problem(UserStore::LoginResult r, const QString &name, const QString &detail)
{
    switch (r) {
    case UserStore::LoginResult::Ok:
        return {};
    case UserStore::LoginResult::UnknownUser:
    case UserStore::LoginResult::WrongPassword:
        return Cli::tr("cannot log in as %1: wrong user name or password").arg(name);
    case UserStore::LoginResult::Disabled:
        return Cli::tr("cannot log in as %1: the account is disabled").arg(name);
    case UserStore::LoginResult::LockedOut:
        return Cli::tr("cannot log in as %1: locked out after repeated failures; try later")
            .arg(name);
    case UserStore::LoginResult::Busy:
        return Cli::tr("cannot log in as %1: %2").arg(name, Cli::busy());
    case UserStore::LoginResult::Error:
        break;
    }
    if (!detail.isEmpty())
        return Cli::tr("cannot log in as %1: the login could not be recorded: %2")
            .arg(name, detail);
    return Cli::tr("cannot log in as %1: database error").arg(name);
}

}  // namespace trialcrf::cli
