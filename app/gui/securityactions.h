// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;

namespace trialcrf {

class LockReadinessWindow;
class MainWindow;
class SignatureStore;
class SignaturesPanel;
class StudyStore;
class UserStore;

/// The security features of one main window, added without the window knowing: a Security
/// menu (sign, lock and unlock the casebook, the audit trail, users, one's own password, lock
/// the screen) and the e-signatures of the shown casebook in a dock below it. Each action is
/// offered only to a role that may do it; model/ checks again whatever the menu offers.
class SecurityActions : public QObject {
    Q_OBJECT
public:
    SecurityActions(MainWindow &window, StudyStore &store, UserStore &users,
                    SignatureStore &signatures, QObject *parent = nullptr);

    void setSession(const Session &session);
    const Session &session() const { return m_session; }

    QMenu *menu() const { return m_menu; }
    SignaturesPanel *signaturesPanel() const { return m_panel; }
    QDockWidget *signaturesDock() const { return m_dock; }
    QAction *signAction() const { return m_sign; }
    QAction *resignListAction() const { return m_toResign; }
    QAction *lockCasebookAction() const { return m_lockCasebook; }
    QAction *unlockCasebookAction() const { return m_unlockCasebook; }
    /// Database lock readiness… (data manager): the blockers and "Lock study".
    QAction *lockReadinessAction() const { return m_lockReadiness; }
    /// The readiness window (nullptr until first shown).
    LockReadinessWindow *lockReadinessWindow() const;
    /// Shows the readiness window, read afresh.
    void showLockReadiness();
    QAction *auditAction() const { return m_audit; }
    QAction *subjectAuditAction() const { return m_subjectAudit; }
    QAction *usersAction() const { return m_users; }
    QAction *passwordAction() const { return m_password; }
    QAction *lockScreenAction() const { return m_lockScreen; }

    /// Brings the signatures dock to the front.
    void showSignatures();
    /// Locks or unlocks the shown casebook after asking the reason; true when done.
    bool setCasebookLocked(bool locked);

Q_SIGNALS:
    /// "Lock screen" was chosen (SecurityController covers the window).
    void lockScreenRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void subjectShown();
    void openAudit(bool thisSubject);
    void openUsers();
    void openResignList();
    void changePassword();

    MainWindow &m_window;
    StudyStore &m_store;
    UserStore &m_userStore;
    SignatureStore &m_signatures;
    Session m_session;

    QMenu *m_menu = nullptr;
    QDockWidget *m_dock = nullptr;
    SignaturesPanel *m_panel = nullptr;
    QAction *m_sign = nullptr;
    QAction *m_showSignatures = nullptr;
    QAction *m_toResign = nullptr;
    QAction *m_lockCasebook = nullptr;
    QAction *m_lockReadiness = nullptr;
    QPointer<LockReadinessWindow> m_lockWindow;
    QAction *m_unlockCasebook = nullptr;
    QAction *m_audit = nullptr;
    QAction *m_subjectAudit = nullptr;
    QAction *m_users = nullptr;
    QAction *m_password = nullptr;
    QAction *m_lockScreen = nullptr;
};

}  // namespace trialcrf
