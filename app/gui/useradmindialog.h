// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"
#include "storage/userstore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace trialcrf {

/// User administration for the data manager: every account with its role and state (active,
/// disabled, locked out until …); add a user, change a role or printed name, disable or enable
/// (never delete), reset a password. UserStore checks the role and audits every change.
class UserAdminDialog : public QDialog {
    Q_OBJECT
public:
    UserAdminDialog(UserStore &users, const Session &session, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    /// The selected account's user name (empty: none).
    QString selectedUser() const;
    void selectUser(const QString &userName);

    QPushButton *addButton() const { return m_add; }
    QPushButton *roleButton() const { return m_role; }
    QPushButton *nameButton() const { return m_name; }
    QPushButton *disableButton() const { return m_disable; }
    QPushButton *passwordButton() const { return m_password; }
    QPushButton *sitesButton() const { return m_sites; }

    /// The actions behind the buttons, each asking what it needs (tests drive them).
    bool addUser();
    bool changeRole();
    bool changePrintedName();
    /// The selected user's sites (UserSitesDialog).
    bool changeSites();
    bool toggleDisabled();
    bool resetPassword();

    static QString stateText(const UserAccount &account, const QDateTime &nowUtc);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void showError(const QString &error);

    UserStore &m_users;
    Session m_session;
    QList<UserAccount> m_accounts;

    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_name = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_sites = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace trialcrf
