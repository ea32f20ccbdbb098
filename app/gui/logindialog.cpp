// SPDX-License-Identifier: Apache-2.0
#include "logindialog.h"

#include "demo/demogenerator.h"
#include "itemmodels/itemlabels.h"
#include "languagemanager.h"
#include "palette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialcrf {

LoginDialog::LoginDialog(UserStore &users, bool demo, LanguageManager *language, QWidget *parent)
    : QDialog(parent), m_users(users), m_demo(demo), m_language(language)
{
    setObjectName(QStringLiteral("loginDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_userLabel = new QLabel(this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_userLabel->setBuddy(m_user);
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    if (m_language) {
        m_languageLabel = new QLabel(this);
        m_languageBox = new QComboBox(this);
        for (const QString &code : LanguageManager::languages())
            m_languageBox->addItem(LanguageManager::nativeName(code), code);
        m_languageBox->setCurrentIndex(m_languageBox->findData(m_language->language()));
        m_languageLabel->setBuddy(m_languageBox);
        form->addRow(m_languageLabel, m_languageBox);
        connect(m_languageBox, &QComboBox::currentIndexChanged, this, [this] {
            m_language->setLanguage(m_languageBox->currentData().toString());
        });
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    if (m_demo) {
        m_demoLabel = new QLabel(this);
        m_demoLabel->setObjectName(QStringLiteral("demoAccountsLabel"));
        m_demoLabel->setWordWrap(true);
        m_demoLabel->setStyleSheet(
            Palette::onLightStyle(Palette::highlight(), QStringLiteral("6px")));
        m_demoAccounts = new QListWidget(this);
        m_demoAccounts->setObjectName(QStringLiteral("demoAccounts"));
        m_demoLabel->setBuddy(m_demoAccounts);
        layout->addWidget(m_demoLabel);
        layout->addWidget(m_demoAccounts);
        layout->addStretch(1);
        // Picking a demo account fills in its name and password: the demo is for trying out.
        connect(m_demoAccounts, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            m_user->setText(item->data(Qt::UserRole).toString());
            m_password->setText(DemoGenerator::password());
            m_buttons->button(QDialogButtonBox::Ok)->setFocus();
        });
    }
    layout->addWidget(m_buttons);
    retranslate();
    m_user->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void LoginDialog::setUserName(const QString &userName)
{
    m_user->setText(userName);
    m_password->setFocus();
}

QString LoginDialog::loginMessage(UserStore::LoginResult result, const QDateTime &lockedUntilUtc,
                                  const QString &detail)
{
    switch (result) {
    case UserStore::LoginResult::Ok:
        return QString();
    case UserStore::LoginResult::UnknownUser:
    case UserStore::LoginResult::WrongPassword:
        // One message for both, so a guess does not learn which user names exist.
        return tr("The user name or the password is wrong. Repeated failures lock the account "
                  "for a while.");
    case UserStore::LoginResult::Disabled:
        return tr("This account is disabled. Ask the data manager to enable it.");
    case UserStore::LoginResult::LockedOut:
        if (lockedUntilUtc.isValid())
            return tr("Too many failed attempts: this account is locked until %1. Try again "
                      "then, or ask the data manager.")
                .arg(QLocale().toString(lockedUntilUtc.toLocalTime().time(),
                                        QLocale::ShortFormat));
        return tr("Too many failed attempts: this account is locked for a while.");
    case UserStore::LoginResult::Busy:
        return tr("The study is busy: another program (import, backup) is writing; try again.");
    case UserStore::LoginResult::Error:
        break;
    }
    // SQLite's words for SQLITE_FULL.
    if (detail.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
        return tr("The login could not be recorded: the disk that holds the study is full. "
                  "Free space on it (or ask IT), then try again; nothing was changed.");
    return tr("The login could not be checked because the database reported an error.");
}

void LoginDialog::accept()
{
    const QString user = m_user->text().trimmed();
    if (user.isEmpty() || m_password->text().isEmpty()) {
        m_message->setText(tr("Enter your user name and password."));
        m_message->show();
        (user.isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    Session session;
    const UserStore::LoginResult result = m_users.login(user, m_password->text(), &session);
    m_password->clear();
    if (result == UserStore::LoginResult::Ok) {
        m_session = session;
        QDialog::accept();
        return;
    }
    QDateTime until;
    if (result == UserStore::LoginResult::LockedOut) {
        if (const std::optional<UserAccount> account = m_users.user(user))
            until = account->lockedUntilUtc;
    }
    m_message->setText(loginMessage(result, until, m_users.lastError()));
    m_message->show();
    m_password->setFocus();
}

void LoginDialog::changeEvent(QEvent *event)
{
    // Queued: the button box's own LanguageChange comes after ours and resets its standard
    // buttons' text, which would undo the OK button's own text.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &LoginDialog::retranslate, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Log in — trialcrf"));
    m_intro->setText(tr("Log in with your own account. Everything you record is signed with "
                        "your user name in the audit trail."));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    if (m_languageLabel)
        m_languageLabel->setText(tr("&Language:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    if (m_demo) {
        m_demoLabel->setText(
            tr("DEMO database with synthetic data. Demo &accounts, each with the password "
               "\"%1\" (Enter or double-click to fill in):")
                .arg(DemoGenerator::password()));
        fillDemoAccounts();
    }
}

void LoginDialog::fillDemoAccounts()
{
    const int current = m_demoAccounts->currentRow();
    m_demoAccounts->clear();
    for (const UserAccount &account : m_users.users()) {
        if (account.disabled)
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(account.userName, ItemLabels::role(account.role)), m_demoAccounts);
        item->setData(Qt::UserRole, account.userName);
    }
    m_demoAccounts->setCurrentRow(current);
    // As tall as its accounts, no empty box below them.
    const int rows = qMax(1, m_demoAccounts->count());
    m_demoAccounts->setFixedHeight(rows * m_demoAccounts->sizeHintForRow(0)
                                   + 2 * m_demoAccounts->frameWidth() + 4);
}

}  // namespace trialcrf
