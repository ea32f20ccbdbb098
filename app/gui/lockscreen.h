// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"

#include <QDateTime>
#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace trialcrf {

class UserStore;

/// What covers the app when a session is locked (idle lock, or Lock screen): nothing of the
/// study shows through. The locked user unlocks with their password; anyone else may log in as
/// themselves instead, and the locked user's window, with any unsaved page, is kept as it is
/// until they come back (SecurityController does the keeping). With no locked session
/// ("vacant") it is a plain login.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(UserStore &users, QWidget *parent = nullptr);

    /// Covers the app for `locked`, locked at `atUtc`. `unsavedNote` names pages with unsaved
    /// changes that are kept (empty: none).
    void setLocked(const Session &locked, const QDateTime &atUtc, const QString &unsavedNote);
    /// Nobody's session is covered: only "log in".
    void setVacant();
    /// Disables "log in as another user", saying why (empty: allowed again).
    void setOtherLoginBlocked(const QString &why);
    bool isVacant() const { return m_locked.userName.isEmpty(); }
    const Session &lockedSession() const { return m_locked; }

    /// Shows the lock screen over the whole screen of `window` (or where it is), modal to the
    /// application, with the keyboard in the password field.
    void cover(QWidget *window);

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *otherUserEdit() const { return m_otherUser; }
    QLineEdit *otherPasswordEdit() const { return m_otherPassword; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *otherLoginButton() const { return m_otherLogin; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    /// The locked user proved their password: uncover their window.
    void unlocked(const Session &session);
    /// Another user (or anyone, when vacant) logged in.
    void loggedIn(const Session &session);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void unlock();
    void logInOther();
    void showMessage(const QString &text);

    UserStore &m_users;
    Session m_locked;
    QDateTime m_lockedAtUtc;
    QString m_unsavedNote;
    QString m_otherBlocked;

    QFrame *m_panel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_unsaved = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_otherTitle = nullptr;
    QLabel *m_otherUserLabel = nullptr;
    QLineEdit *m_otherUser = nullptr;
    QLabel *m_otherPasswordLabel = nullptr;
    QLineEdit *m_otherPassword = nullptr;
    QPushButton *m_otherLogin = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_unlockBox = nullptr;
};

}  // namespace trialcrf
