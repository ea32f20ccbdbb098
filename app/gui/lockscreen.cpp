// SPDX-License-Identifier: Apache-2.0
#include "lockscreen.h"

#include "itemmodels/itemlabels.h"
#include "logindialog.h"
#include "palette.h"
#include "storage/userstore.h"

#include <QCloseEvent>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace trialcrf {

LockScreen::LockScreen(UserStore &users, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint), m_users(users)
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowModality(Qt::ApplicationModal);
    // Opaque: nothing of the study shows through while the owner is away.
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#lockScreen { background: %1; }"
                                 "#lockPanel { background: palette(window); border-radius: 8px; }"
                                 "#lockTitle { font-size: 20pt; font-weight: bold; }"
                                 "#lockUnsaved { %2 }"
                                 "#lockMessage { %3 }")
                      .arg(Palette::lockScreen().name(),
                           Palette::onLightStyle(Palette::highlight(), QStringLiteral("6px")),
                           Palette::errorStyle()));

    m_panel = new QFrame(this);
    m_panel->setObjectName(QStringLiteral("lockPanel"));
    m_title = new QLabel(m_panel);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_who = new QLabel(m_panel);
    m_who->setObjectName(QStringLiteral("lockWho"));
    m_who->setWordWrap(true);
    m_unsaved = new QLabel(m_panel);
    m_unsaved->setObjectName(QStringLiteral("lockUnsaved"));
    m_unsaved->setWordWrap(true);
    m_unsaved->hide();

    m_unlockBox = new QWidget(m_panel);
    m_passwordLabel = new QLabel(m_unlockBox);
    m_password = new QLineEdit(m_unlockBox);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_unlock = new QPushButton(m_unlockBox);
    m_unlock->setObjectName(QStringLiteral("lockUnlock"));
    m_unlock->setDefault(true);
    auto *unlockRow = new QHBoxLayout(m_unlockBox);
    unlockRow->setContentsMargins(0, 0, 0, 0);
    unlockRow->addWidget(m_passwordLabel);
    unlockRow->addWidget(m_password, 1);
    unlockRow->addWidget(m_unlock);

    m_otherTitle = new QLabel(m_panel);
    m_otherTitle->setObjectName(QStringLiteral("lockOtherTitle"));
    m_otherTitle->setWordWrap(true);
    m_otherUserLabel = new QLabel(m_panel);
    m_otherUser = new QLineEdit(m_panel);
    m_otherUser->setObjectName(QStringLiteral("lockOtherUser"));
    m_otherUserLabel->setBuddy(m_otherUser);
    m_otherPasswordLabel = new QLabel(m_panel);
    m_otherPassword = new QLineEdit(m_panel);
    m_otherPassword->setObjectName(QStringLiteral("lockOtherPassword"));
    m_otherPassword->setEchoMode(QLineEdit::Password);
    m_otherPasswordLabel->setBuddy(m_otherPassword);
    m_otherLogin = new QPushButton(m_panel);
    m_otherLogin->setObjectName(QStringLiteral("lockOtherLogin"));
    auto *otherForm = new QFormLayout;
    otherForm->addRow(m_otherUserLabel, m_otherUser);
    otherForm->addRow(m_otherPasswordLabel, m_otherPassword);

    m_message = new QLabel(m_panel);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(24, 24, 24, 24);
    panelLayout->setSpacing(10);
    panelLayout->addWidget(m_title);
    panelLayout->addWidget(m_who);
    panelLayout->addWidget(m_unsaved);
    panelLayout->addWidget(m_unlockBox);
    panelLayout->addWidget(m_message);
    panelLayout->addSpacing(12);
    panelLayout->addWidget(m_otherTitle);
    panelLayout->addLayout(otherForm);
    auto *otherButtons = new QHBoxLayout;
    otherButtons->addStretch(1);
    otherButtons->addWidget(m_otherLogin);
    panelLayout->addLayout(otherButtons);
    m_panel->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_panel->setMaximumWidth(fontMetrics().averageCharWidth() * 90);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addStretch(1);
    middle->addWidget(m_panel);
    middle->addStretch(1);
    outer->addLayout(middle);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_otherLogin, &QPushButton::clicked, this, &LockScreen::logInOther);
    connect(m_otherPassword, &QLineEdit::returnPressed, this, &LockScreen::logInOther);
    connect(m_otherUser, &QLineEdit::returnPressed, m_otherPassword,
            qOverload<>(&QWidget::setFocus));
    retranslate();
}

void LockScreen::setLocked(const Session &locked, const QDateTime &atUtc,
                           const QString &unsavedNote)
{
    m_locked = locked;
    m_lockedAtUtc = atUtc;
    m_unsavedNote = unsavedNote;
    m_password->clear();
    m_otherUser->clear();
    m_otherPassword->clear();
    m_message->hide();
    retranslate();
}

void LockScreen::setVacant()
{
    setLocked(Session{0, QString(), Role::Monitor}, {}, {});
}

void LockScreen::setOtherLoginBlocked(const QString &why)
{
    m_otherBlocked = why;
    retranslate();
}

void LockScreen::cover(QWidget *window)
{
    QScreen *screen = window ? window->screen() : QGuiApplication::primaryScreen();
    if (screen)
        setGeometry(screen->geometry());
    show();
    raise();
    activateWindow();
    (isVacant() ? m_otherUser : m_password)->setFocus();
}

void LockScreen::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LockScreen::unlock()
{
    if (isVacant())
        return;
    if (m_password->text().isEmpty()) {
        showMessage(tr("Enter your password to unlock."));
        m_password->setFocus();
        return;
    }
    const UserStore::LoginResult result = m_users.unlockScreen(m_locked, m_password->text());
    m_password->clear();
    if (result == UserStore::LoginResult::Ok) {
        showMessage({});
        Q_EMIT unlocked(m_locked);
        return;
    }
    if (result == UserStore::LoginResult::WrongPassword) {
        showMessage(tr("The password is wrong. Repeated failures lock the account for a "
                       "while."));
    } else {
        QDateTime until;
        if (const std::optional<UserAccount> a = m_users.user(m_locked.userName))
            until = a->lockedUntilUtc;
        showMessage(LoginDialog::loginMessage(result, until, m_users.lastError()));
    }
    m_password->setFocus();
}

void LockScreen::logInOther()
{
    if (!m_otherBlocked.isEmpty() && !isVacant())
        return;
    const QString user = m_otherUser->text().trimmed();
    if (user.isEmpty() || m_otherPassword->text().isEmpty()) {
        showMessage(tr("Enter a user name and its password."));
        (user.isEmpty() ? m_otherUser : m_otherPassword)->setFocus();
        return;
    }
    Session session;
    const UserStore::LoginResult result = m_users.login(user, m_otherPassword->text(), &session);
    m_otherPassword->clear();
    if (result != UserStore::LoginResult::Ok) {
        QDateTime until;
        if (result == UserStore::LoginResult::LockedOut) {
            if (const std::optional<UserAccount> a = m_users.user(user))
                until = a->lockedUntilUtc;
        }
        showMessage(LoginDialog::loginMessage(result, until, m_users.lastError()));
        m_otherPassword->setFocus();
        return;
    }
    showMessage({});
    m_otherUser->clear();
    // The locked user logging in "as another user" is simply back.
    if (!isVacant() && session.userId == m_locked.userId)
        Q_EMIT unlocked(m_locked);
    else
        Q_EMIT loggedIn(session);
}

void LockScreen::keyPressEvent(QKeyEvent *event)
{
    // Escape must not dismiss the lock.
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LockScreen::closeEvent(QCloseEvent *event)
{
    // Only unlocking or another login ends the lock (SecurityController hides it then).
    event->ignore();
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockScreen::retranslate()
{
    setWindowTitle(tr("trialcrf — locked"));
    const bool vacant = isVacant();
    m_title->setText(vacant ? tr("Log in") : tr("trialcrf is locked"));
    if (vacant) {
        m_who->setText(tr("Nobody is logged in on this workstation. Log in with your own "
                          "account."));
    } else {
        const QString since =
            m_lockedAtUtc.isValid()
                ? QLocale().toString(m_lockedAtUtc.toLocalTime(), QLocale::ShortFormat)
                : QString();
        m_who->setText(tr("Locked for %1 (%2) since %3. Only %1 can unlock it.")
                           .arg(m_locked.userName, ItemLabels::role(m_locked.role), since));
    }
    m_unsaved->setVisible(!vacant && !m_unsavedNote.isEmpty());
    if (!m_unsavedNote.isEmpty())
        m_unsaved->setText(tr("Unsaved changes are kept: %1. They stay as they are while "
                              "someone else logs in, and are there again when %2 unlocks.")
                               .arg(m_unsavedNote, m_locked.userName));
    m_unlockBox->setVisible(!vacant);
    m_passwordLabel->setText(tr("&Password:"));
    m_unlock->setText(tr("&Unlock"));
    m_otherTitle->setText(vacant ? QString()
                          : m_otherBlocked.isEmpty() ? tr("Or log in as another user:")
                                                     : m_otherBlocked);
    m_otherTitle->setVisible(!vacant);
    for (QWidget *w : {static_cast<QWidget *>(m_otherUser), static_cast<QWidget *>(m_otherPassword),
                       static_cast<QWidget *>(m_otherLogin)})
        w->setEnabled(m_otherBlocked.isEmpty() || vacant);
    m_otherUserLabel->setText(tr("User &name:"));
    m_otherPasswordLabel->setText(tr("Pass&word:"));
    m_otherLogin->setText(tr("&Log in"));
}

}  // namespace trialcrf
