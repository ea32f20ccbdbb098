// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace trialcrf {

class SiteChecklist;
class UserStore;

/// A data manager adds a user: user name, printed name, role and a first password (which the
/// user then changes). UserStore checks the name is free and the password meets the policy.
class NewUserDialog : public QDialog {
    Q_OBJECT
public:
    NewUserDialog(UserStore &users, const Session &session, QWidget *parent = nullptr);

    QString userName() const;
    QLineEdit *userNameEdit() const { return m_userName; }
    QLineEdit *fullNameEdit() const { return m_fullName; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }
    SiteChecklist *siteList() const { return m_sites; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    UserStore &m_users;
    Session m_session;

    QLabel *m_userNameLabel = nullptr;
    QLineEdit *m_userName = nullptr;
    QLabel *m_fullNameLabel = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_sitesLabel = nullptr;
    SiteChecklist *m_sites = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace trialcrf
