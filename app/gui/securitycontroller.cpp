// SPDX-License-Identifier: Apache-2.0
#include "securitycontroller.h"

#include "casebookview.h"
#include "idlelock.h"
#include "lockscreen.h"
#include "mainwindow.h"
#include "securityactions.h"
#include "storage/signaturestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <algorithm>

namespace trialcrf {

SecurityController::SecurityController(StudyStore &store, UserStore &users,
                                       LanguageManager &language, QObject *parent)
    : QObject(parent), m_store(store), m_users(users), m_language(language),
      m_signatures(std::make_unique<SignatureStore>(store, users)),
      m_idle(std::make_unique<IdleLock>()), m_lockScreen(std::make_unique<LockScreen>(users))
{
    connect(m_idle.get(), &IdleLock::idle, this, &SecurityController::lockNow);
    connect(m_lockScreen.get(), &LockScreen::unlocked, this, &SecurityController::unlocked);
    connect(m_lockScreen.get(), &LockScreen::loggedIn, this, &SecurityController::loggedIn);
}

SecurityController::~SecurityController()
{
    for (const std::unique_ptr<Seat> &seat : m_seats) {
        if (seat->window)
            seat->window->removeEventFilter(this);
        delete seat->actions;
        if (seat->owned)
            delete seat->window.data();
    }
    m_seats.clear();
}

void SecurityController::attach(MainWindow *window, const Session &session)
{
    addSeat(window, session, false);
    activate(*m_seats.back());
}

void SecurityController::setSession(MainWindow *window, const Session &session)
{
    if (Seat *seat = seatOf(window)) {
        seat->session = session;
        seat->actions->setSession(session);
        activate(*seat);
    }
}

void SecurityController::addSeat(MainWindow *window, const Session &session, bool owned)
{
    auto seat = std::make_unique<Seat>();
    seat->window = window;
    seat->owned = owned;
    seat->session = session;
    seat->actions = new SecurityActions(*window, m_store, m_users, *m_signatures, this);
    seat->actions->setSession(session);
    connect(seat->actions, &SecurityActions::lockScreenRequested, this,
            &SecurityController::lockNow);
    window->installEventFilter(this);
    if (owned) {
        connect(window, &MainWindow::logoutRequested, this,
                [this, window] { logOutSeat(window); });
    }
    m_seats.push_back(std::move(seat));
}

SecurityController::Seat *SecurityController::seatOf(MainWindow *window)
{
    for (const std::unique_ptr<Seat> &seat : m_seats) {
        if (seat->window == window)
            return seat.get();
    }
    return nullptr;
}

SecurityController::Seat *SecurityController::seatOfUser(qint64 userId)
{
    for (const std::unique_ptr<Seat> &seat : m_seats) {
        if (!seat->vacant() && seat->session.userId == userId)
            return seat.get();
    }
    return nullptr;
}

SecurityController::Seat *SecurityController::active()
{
    return m_active;
}

MainWindow *SecurityController::activeWindow() const
{
    return m_active ? m_active->window.data() : nullptr;
}

SecurityActions *SecurityController::actionsOf(MainWindow *window) const
{
    for (const std::unique_ptr<Seat> &seat : m_seats) {
        if (seat->window == window)
            return seat->actions;
    }
    return nullptr;
}

int SecurityController::occupiedSeats() const
{
    int n = 0;
    for (const std::unique_ptr<Seat> &seat : m_seats)
        n += seat->vacant() ? 0 : 1;
    return n;
}

bool SecurityController::isLocked() const
{
    return m_lockScreen->isVisible();
}

void SecurityController::activate(Seat &seat)
{
    m_active = &seat;
    seat.lastUsed = ++m_uses;
    seat.locked = false;
}

void SecurityController::lockNow()
{
    Seat *seat = active();
    // Nothing to lock while nobody works in a window (e.g. during the login dialog).
    if (!seat || seat->vacant() || isLocked() || !seat->window || !seat->window->isVisible())
        return;
    m_users.recordScreenLock(seat->session);
    seat->locked = true;
    seat->lockedAtUtc = QDateTime::currentDateTimeUtc();
    coverWith(seat);
}

void SecurityController::coverWith(Seat *seat)
{
    m_idle->setActive(false);
    if (seat) {
        m_lockScreen->setLocked(seat->session, seat->lockedAtUtc, unsavedNote(*seat));
    } else {
        m_lockScreen->setVacant();
    }
    // A modal dialog of the locked user would block another user's window: they log in once
    // it is closed.
    QString blocked;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != m_lockScreen.get() && w->isVisible() && w->isModal() && seat) {
            blocked = tr("%1 has a dialog open: another user can log in here once %1 has "
                         "unlocked and closed it.")
                          .arg(seat->session.userName);
            break;
        }
    }
    m_lockScreen->setOtherLoginBlocked(blocked);
    QWidget *under = seat && seat->window ? seat->window.data() : activeWindow();
    m_lockScreen->cover(under);
}

void SecurityController::unlocked()
{
    Seat *seat = active();
    m_lockScreen->hide();
    m_idle->setActive(true);
    if (!seat)
        return;
    seat->locked = false;
    seat->lastUsed = ++m_uses;
    if (seat->window) {
        seat->window->show();
        seat->window->raise();
        seat->window->activateWindow();
    }
}

void SecurityController::loggedIn(const Session &session)
{
    Seat *current = active();
    Seat *target = seatOfUser(session.userId);
    if (target) {
        // Their own window, as they left it. A role changed meanwhile takes effect.
        if (target->session.role != session.role && target->window) {
            target->window->setSession(session);
            target->actions->setSession(session);
        }
        target->session = session;
    } else {
        for (const std::unique_ptr<Seat> &seat : m_seats) {
            if (seat->vacant() && seat->window) {
                target = seat.get();
                break;
            }
        }
        if (target) {
            target->session = session;
            target->window->setSession(session);
            target->actions->setSession(session);
        } else {
            auto *window = new MainWindow(m_store, m_language);
            window->setSession(session);
            addSeat(window, session, true);
            target = m_seats.back().get();
        }
    }
    if (current && current != target && current->window)
        current->window->hide();  // stays locked, with whatever it holds
    activate(*target);
    unlocked();
}

SecurityController::Seat *SecurityController::previousSeat(const Seat *except)
{
    Seat *best = nullptr;
    for (const std::unique_ptr<Seat> &seat : m_seats) {
        if (seat.get() == except || seat->vacant() || !seat->window)
            continue;
        if (!best || seat->lastUsed > best->lastUsed)
            best = seat.get();
    }
    return best;
}

void SecurityController::logOutSeat(MainWindow *window)
{
    Seat *seat = seatOf(window);
    if (!seat || seat->vacant())
        return;
    m_users.logout(seat->session);
    Seat *previous = previousSeat(seat);
    window->hide();
    if (seat->owned) {
        window->removeEventFilter(this);
        delete seat->actions;
        window->deleteLater();
        const bool wasActive = m_active == seat;
        m_seats.erase(std::find_if(m_seats.begin(), m_seats.end(),
                                   [seat](const std::unique_ptr<Seat> &s) { return s.get() == seat; }));
        if (wasActive)
            m_active = nullptr;
    } else {
        seat->session = Session{};
        seat->session.userName.clear();
        seat->actions->setSession(seat->session);
    }
    if (previous) {
        m_active = previous;
        previous->locked = true;
        if (!previous->lockedAtUtc.isValid())
            previous->lockedAtUtc = QDateTime::currentDateTimeUtc();
        coverWith(previous);
        return;
    }
    // Nobody is left: the start-up window waits, vacant, for the next login.
    for (const std::unique_ptr<Seat> &s : m_seats) {
        if (s->vacant())
            m_active = s.get();
    }
    coverWith(nullptr);
}

bool SecurityController::handleLogout(MainWindow *window, Session *session)
{
    Seat *seat = seatOf(window);
    if (!seat)
        return false;
    if (occupiedSeats() <= 1) {
        if (session)
            *session = seat->session;
        return false;
    }
    logOutSeat(window);
    return true;
}

QString SecurityController::unsavedNote(const Seat &seat) const
{
    if (!seat.window || !seat.window->casebook()->isPageDirty())
        return {};
    const std::optional<Casebook> &book = seat.window->casebook()->casebook();
    return tr("a page of subject %1").arg(book ? book->subject.code : QString());
}

QStringList SecurityController::othersWithUnsavedData(const Seat *except) const
{
    QStringList users;
    for (const std::unique_ptr<Seat> &seat : m_seats) {
        if (seat.get() != except && !seat->vacant() && seat->window
            && seat->window->casebook()->isPageDirty())
            users << seat->session.userName;
    }
    return users;
}

bool SecurityController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Close)
        return QObject::eventFilter(watched, event);
    auto *window = qobject_cast<MainWindow *>(watched);
    Seat *seat = window ? seatOf(window) : nullptr;
    if (!seat)
        return QObject::eventFilter(watched, event);
    const QStringList others = othersWithUnsavedData(seat);
    if (!others.isEmpty()) {
        QMessageBox::warning(window, tr("Unsaved changes of other users"),
                             tr("%1 left unsaved changes in a locked window. Log in as them "
                                "(Security ▸ Lock screen, then log in) and save or discard "
                                "them before quitting.")
                                 .arg(others.join(QStringLiteral(", "))));
        event->ignore();
        return true;
    }
    if (seat->owned) {
        // Closing an extra user's window is their logout; the app ends with the last user.
        if (!window->maybeCloseAll()) {
            event->ignore();
            return true;
        }
        if (occupiedSeats() > 1) {
            logOutSeat(window);
        } else {
            m_users.logout(seat->session);
            QApplication::quit();
        }
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace trialcrf
