// SPDX-License-Identifier: Apache-2.0
#include "newuserdialog.h"

#include "itemmodels/itemlabels.h"
#include "palette.h"
#include "storage/userstore.h"
#include "usersitesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialcrf {

NewUserDialog::NewUserDialog(UserStore &users, const Session &session, QWidget *parent)
    : QDialog(parent), m_users(users), m_session(session)
{
    setObjectName(QStringLiteral("newUserDialog"));
    m_userNameLabel = new QLabel(this);
    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("newUserName"));
    m_userName->setMaxLength(64);
    m_userNameLabel->setBuddy(m_userName);
    m_fullNameLabel = new QLabel(this);
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("newFullName"));
    m_fullNameLabel->setBuddy(m_fullName);
    m_roleLabel = new QLabel(this);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("newRole"));
    for (const QString &code : roleCodes())
        m_role->addItem(QString(), code);
    m_roleLabel->setBuddy(m_role);
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel = new QLabel(this);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("newPasswordRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeatLabel->setBuddy(m_repeat);
    // The sites, while the study has several (with one, a new user works there).
    m_sitesLabel = new QLabel(this);
    m_sites = new SiteChecklist(users.database(), this);
    m_sitesLabel->setBuddy(m_sites);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("newUserMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewUserDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_userNameLabel, m_userName);
    form->addRow(m_fullNameLabel, m_fullName);
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_sitesLabel, m_sites);
    m_sitesLabel->setVisible(m_sites->siteCount() > 1);
    m_sites->setVisible(m_sites->siteCount() > 1);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    retranslate();
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

QString NewUserDialog::userName() const
{
    return m_userName->text().trimmed();
}

void NewUserDialog::accept()
{
    QString error;
    if (m_password->text() != m_repeat->text()) {
        error = tr("The two passwords differ.");
    } else {
        const std::optional<Role> role = roleFromCode(m_role->currentData().toString());
        if (m_users.addUser(m_session, userName(), m_fullName->text(), role.value_or(Role::Nurse),
                            m_password->text(), &error, m_sites->checkedCodes())) {
            m_password->clear();
            m_repeat->clear();
            QDialog::accept();
            return;
        }
    }
    m_message->setText(error);
    m_message->show();
}

void NewUserDialog::changeEvent(QEvent *event)
{
    // Queued: the button box's own LanguageChange comes after ours and resets its standard
    // buttons' text, which would undo the OK button's own text.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &NewUserDialog::retranslate, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

void NewUserDialog::retranslate()
{
    setWindowTitle(tr("Add a user"));
    m_userNameLabel->setText(tr("&User name:"));
    m_userName->setPlaceholderText(tr("letters, digits, '.', '_', '-' or '@'"));
    m_fullNameLabel->setText(tr("&Printed name:"));
    m_fullName->setPlaceholderText(tr("as it appears under a signature"));
    m_roleLabel->setText(tr("&Role:"));
    m_sitesLabel->setText(tr("&Sites:"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, ItemLabels::role(*roleFromCode(m_role->itemData(i).toString())));
    m_passwordLabel->setText(tr("First pass&word:"));
    m_repeatLabel->setText(tr("R&epeat it:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
}

}  // namespace trialcrf
