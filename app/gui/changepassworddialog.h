// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace trialcrf {

class UserStore;

/// Changes a password: one's own (the current password first), or, for a data manager,
/// another user's (a reset: the user then changes it at once). The policy (10+ characters,
/// not containing the user name) is shown as the new password is typed; UserStore enforces
/// it and audits the change.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    /// `userName` empty (or the session's own): change one's own password.
    ChangePasswordDialog(UserStore &users, const Session &session, const QString &userName = {},
                         QWidget *parent = nullptr);

    bool isOwn() const { return m_own; }
    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateProblems();

    UserStore &m_users;
    Session m_session;
    QString m_userName;
    bool m_own = true;

    QLabel *m_intro = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLineEdit *m_current = nullptr;
    QLabel *m_newLabel = nullptr;
    QLineEdit *m_new = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace trialcrf
