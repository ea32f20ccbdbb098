// SPDX-License-Identifier: Apache-2.0
#include "lockstudydialog.h"

#include "itemmodels/itemlabels.h"
#include "storage/userstore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialcrf {

LockStudyDialog::LockStudyDialog(UserStore &users, const Session &session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("lockStudyDialog"));
    const std::optional<UserAccount> account = users.user(session.userName);
    m_printedName = account && !account->fullName.trimmed().isEmpty()
                        ? account->fullName.trimmed()
                        : session.userName;
    auto *layout = new QVBoxLayout(this);
    m_what = new QLabel(this);
    m_what->setWordWrap(true);
    layout->addWidget(m_what);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("lockReason"));
    m_reason->setMaxLength(500);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reason);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &LockStudyDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &LockStudyDialog::updateButtons);
    setMinimumWidth(560);
    retranslate();
    updateButtons();
}

QString LockStudyDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString LockStudyDialog::password() const
{
    return m_password->text();
}

void LockStudyDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!reason().isEmpty() && !m_password->text().isEmpty());
}

void LockStudyDialog::retranslate()
{
    setWindowTitle(tr("Lock study"));
    m_what->setText(tr("Every casebook is locked, and you sign the lock manifest: the time, "
                       "your name, the records per table and the SHA-256 of the final export. "
                       "Signed by %1 (%2). Enter the reason and your password again to sign.")
                        .arg(m_printedName, ItemLabels::role(m_session.role)));
    m_reasonLabel->setText(tr("&Reason:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Lock and sign"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void LockStudyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace trialcrf
