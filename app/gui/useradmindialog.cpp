// SPDX-License-Identifier: Apache-2.0
#include "useradmindialog.h"
#include "palette.h"
#include "recordlisttable.h"

#include "changepassworddialog.h"
#include "itemmodels/itemlabels.h"
#include "newuserdialog.h"
#include "storage/sitestore.h"
#include "usersitesdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trialcrf {

namespace {
enum Column { UserName, FullName, RoleColumn, SitesColumn, StateColumn, ColumnCount };
}

UserAdminDialog::UserAdminDialog(UserStore &users, const Session &session, QWidget *parent)
    : QDialog(parent), m_users(users), m_session(session)
{
    setObjectName(QStringLiteral("userAdminDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    setUpRecordListTable(m_table);
    m_add = new QPushButton(this);
    m_role = new QPushButton(this);
    m_name = new QPushButton(this);
    m_disable = new QPushButton(this);
    m_password = new QPushButton(this);
    m_sites = new QPushButton(this);
    m_sites->setObjectName(QStringLiteral("userSitesButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("userAdminMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserAdminDialog::reject);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_role, m_sites, m_name, m_disable, m_password})
        side->addWidget(b);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &UserAdminDialog::addUser);
    connect(m_role, &QPushButton::clicked, this, &UserAdminDialog::changeRole);
    connect(m_name, &QPushButton::clicked, this, &UserAdminDialog::changePrintedName);
    connect(m_disable, &QPushButton::clicked, this, &UserAdminDialog::toggleDisabled);
    connect(m_password, &QPushButton::clicked, this, &UserAdminDialog::resetPassword);
    connect(m_sites, &QPushButton::clicked, this, &UserAdminDialog::changeSites);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UserAdminDialog::updateButtons);
    reload();
    retranslate();
    // A CJK font's average character is wide: never larger than the screen, with its frame.
    resize(QSize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 26)
               .boundedTo(screen()->availableGeometry().size() * 0.9));
}

QString UserAdminDialog::stateText(const UserAccount &account, const QDateTime &nowUtc)
{
    if (account.disabled)
        return tr("Disabled");
    if (account.lockedUntilUtc.isValid() && nowUtc < account.lockedUntilUtc)
        return tr("Locked out until %1")
            .arg(QLocale().toString(account.lockedUntilUtc.toLocalTime(), QLocale::ShortFormat));
    return tr("Active");
}

void UserAdminDialog::reload()
{
    const QString selected = selectedUser();
    m_accounts = m_users.users();
    m_table->setRowCount(int(m_accounts.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_accounts.size(); ++row) {
        const UserAccount &a = m_accounts.at(row);
        const auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (a.disabled)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        };
        set(UserName, a.userName);
        set(FullName, a.fullName);
        set(RoleColumn, ItemLabels::role(a.role));
        set(SitesColumn, SiteStore::userSites(m_users.database(), a.id)
                             .value_or(QStringList())
                             .join(QLatin1String(", ")));
        set(StateColumn, stateText(a, now));
    }
    if (!selected.isEmpty())
        selectUser(selected);
    updateButtons();
}

QString UserAdminDialog::selectedUser() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_accounts.size() ? m_accounts.at(row).userName : QString();
}

void UserAdminDialog::selectUser(const QString &userName)
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).userName.compare(userName, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(row);
            return;
        }
    }
}

void UserAdminDialog::updateButtons()
{
    const bool manager = m_session.may(Action::ManageUsers);
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_accounts.size();
    m_add->setEnabled(manager);
    m_role->setEnabled(manager && selected);
    m_name->setEnabled(manager && selected);
    m_disable->setEnabled(manager && selected);
    m_password->setEnabled(manager && selected);
    m_sites->setEnabled(manager && selected);
    m_disable->setText(selected && m_accounts.at(row).disabled ? tr("&Enable") : tr("&Disable"));
}

void UserAdminDialog::showError(const QString &error)
{
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

bool UserAdminDialog::addUser()
{
    NewUserDialog dialog(m_users, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString added = dialog.userName();
    reload();
    selectUser(added);
    showError({});
    return true;
}

bool UserAdminDialog::changeRole()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return false;
    const std::optional<UserAccount> account = m_users.user(user);
    QStringList labels;
    int current = 0;
    const QStringList codes = roleCodes();
    for (int i = 0; i < codes.size(); ++i) {
        const Role r = *roleFromCode(codes.at(i));
        labels << ItemLabels::role(r);
        if (account && account->role == r)
            current = i;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Change role"),
                                                 tr("Role of %1:").arg(user), labels, current,
                                                 false, &ok);
    if (!ok)
        return false;
    QString error;
    const Role role = *roleFromCode(codes.at(int(labels.indexOf(chosen))));
    const bool done = m_users.setRole(m_session, user, role, &error);
    showError(done ? QString() : error);
    reload();
    return done;
}

bool UserAdminDialog::changeSites()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return false;
    UserSitesDialog dialog(m_users, m_session, user, this);
    const bool done = dialog.exec() == QDialog::Accepted;
    showError({});
    reload();
    return done;
}

bool UserAdminDialog::changePrintedName()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return false;
    const std::optional<UserAccount> account = m_users.user(user);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Printed name"),
                                               tr("Printed name of %1, as signatures show it:")
                                                   .arg(user),
                                               QLineEdit::Normal,
                                               account ? account->fullName : QString(), &ok);
    if (!ok)
        return false;
    QString error;
    const bool done = m_users.setFullName(m_session, user, name, &error);
    showError(done ? QString() : error);
    reload();
    return done;
}

bool UserAdminDialog::toggleDisabled()
{
    const QString user = selectedUser();
    const std::optional<UserAccount> account = m_users.user(user);
    if (!account)
        return false;
    const bool disable = !account->disabled;
    if (disable) {
        const auto answer = QMessageBox::question(
            this, tr("Disable user"),
            tr("Disable %1? They can no longer log in. The account and everything it recorded "
               "stay; a data manager can enable it again.")
                .arg(user),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    QString error;
    const bool done = m_users.setDisabled(m_session, user, disable, &error);
    showError(done ? QString() : error);
    reload();
    return done;
}

bool UserAdminDialog::resetPassword()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return false;
    ChangePasswordDialog dialog(m_users, m_session, user, this);
    const bool done = dialog.exec() == QDialog::Accepted;
    reload();
    return done;
}

void UserAdminDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UserAdminDialog::retranslate()
{
    setWindowTitle(tr("Users"));
    m_intro->setText(tr("Each person has their own account. Accounts are disabled, never "
                        "deleted, so the audit trail always names who did what."));
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Printed name"), tr("Role"), tr("Sites"), tr("State")});
    m_add->setText(tr("&Add user…"));
    m_role->setText(tr("Change &role…"));
    m_name->setText(tr("Printed &name…"));
    m_password->setText(tr("Reset &password…"));
    m_sites->setText(tr("&Sites…"));
    updateButtons();
    reload();
}

}  // namespace trialcrf
