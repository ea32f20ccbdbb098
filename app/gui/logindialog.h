// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"
#include "storage/userstore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace trialcrf {

class LanguageManager;

/// Login at start (and after logging out): user name and password checked by
/// UserStore::login, with a clear message for a wrong password, a locked-out or a disabled
/// account. A DEMO database lists its demo accounts and their password; a real one never.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(UserStore &users, bool demo, LanguageManager *language,
                QWidget *parent = nullptr);

    /// The logged-in user once the dialog was accepted.
    const Session &session() const { return m_session; }
    void setUserName(const QString &userName);

    /// What to tell the user about a failed login (empty for Ok). `lockedUntilUtc` is shown
    /// in local time for LockedOut; `detail` is UserStore::lastError() for Error (a full
    /// disk is named as such).
    static QString loginMessage(UserStore::LoginResult result,
                                const QDateTime &lockedUntilUtc = {},
                                const QString &detail = {});

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillDemoAccounts();

    UserStore &m_users;
    bool m_demo = false;
    LanguageManager *m_language = nullptr;
    Session m_session;

    QLabel *m_intro = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageBox = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_demoLabel = nullptr;
    QListWidget *m_demoAccounts = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace trialcrf
