// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

namespace trialcrf {

class IdleLock;
class LanguageManager;
class LockScreen;
class MainWindow;
class SecurityActions;
class SignatureStore;
class StudyStore;
class UserStore;

/// Sessions on one workstation: the idle lock, the lock screen, and a window per logged-in
/// user ("seat").
///
/// When a session is locked (idle, or Lock screen) its window is covered. The same user
/// unlocks with their password and finds everything as they left it, unsaved page included.
/// Another user may log in instead: they get a window of their own, and the locked user's
/// window is kept as it is, hidden, unsaved data and all. Whoever logs in later finds their
/// own window again (a login of the locked user from the lock screen is an unlock). Logging
/// out of a window closes it (its own page is asked about as always) and shows the lock screen
/// of the user before. The app cannot be quit while another user's hidden window holds unsaved
/// changes. The rule: keep the data for its owner, never hand it to the next user,
/// never drop it.
class SecurityController : public QObject {
    Q_OBJECT
public:
    SecurityController(StudyStore &store, UserStore &users, LanguageManager &language,
                       QObject *parent = nullptr);
    ~SecurityController() override;

    /// Takes in the start-up window (owned by the caller) for `session`.
    void attach(MainWindow *window, const Session &session);
    /// The start-up window's user changed (logged out and someone logged in).
    void setSession(MainWindow *window, const Session &session);
    /// Called before the start-up window's own logout: true when other users' windows are
    /// open, in which case this window is vacated and the lock screen of the user before is
    /// shown instead of a new login (the caller then does nothing more). When false, *session
    /// is set to the window's user now (the one to log out), which may differ from the one
    /// the caller logged in first.
    bool handleLogout(MainWindow *window, Session *session = nullptr);

    /// Covers the active window now (what the idle timeout does).
    void lockNow();
    bool isLocked() const;

    IdleLock *idleLock() const { return m_idle.get(); }
    LockScreen *lockScreen() const { return m_lockScreen.get(); }
    SignatureStore *signatures() const { return m_signatures.get(); }
    /// The window in use (or under the lock screen).
    MainWindow *activeWindow() const;
    SecurityActions *actionsOf(MainWindow *window) const;
    /// Windows with a logged-in user.
    int occupiedSeats() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Seat {
        QPointer<MainWindow> window;
        SecurityActions *actions = nullptr;
        Session session;  ///< empty user name: vacant
        bool owned = false;
        bool locked = false;
        QDateTime lockedAtUtc;
        quint64 lastUsed = 0;
        bool vacant() const { return session.userName.isEmpty(); }
    };

    Seat *seatOf(MainWindow *window);
    Seat *seatOfUser(qint64 userId);
    Seat *active();
    void addSeat(MainWindow *window, const Session &session, bool owned);
    void activate(Seat &seat);
    void coverWith(Seat *seat);
    void unlocked();
    void loggedIn(const Session &session);
    void logOutSeat(MainWindow *window);
    /// The most recently used seat with a user, other than `except`.
    Seat *previousSeat(const Seat *except);
    QString unsavedNote(const Seat &seat) const;
    QStringList othersWithUnsavedData(const Seat *except) const;

    StudyStore &m_store;
    UserStore &m_users;
    LanguageManager &m_language;
    std::unique_ptr<SignatureStore> m_signatures;
    std::unique_ptr<IdleLock> m_idle;
    std::unique_ptr<LockScreen> m_lockScreen;
    std::vector<std::unique_ptr<Seat>> m_seats;
    Seat *m_active = nullptr;
    quint64 m_uses = 0;
};

}  // namespace trialcrf
