// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace trialcrf {

class UserStore;

/// The first start of a new database: creates the first data manager, who then adds every
/// other account. There is no default account and no default password.
class FirstAdminDialog : public QDialog {
    Q_OBJECT
public:
    FirstAdminDialog(UserStore &users, const QString &databasePath, QWidget *parent = nullptr);

    QString userName() const;
    /// The password just set, so the app can log the new data manager in at once.
    QString password() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showProblem(const QString &text, QLineEdit *field);

    UserStore &m_users;
    QString m_path;
    QLabel *m_intro = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace trialcrf
