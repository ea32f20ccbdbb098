// SPDX-License-Identifier: Apache-2.0
#include "changepassworddialog.h"

#include "palette.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialcrf {

ChangePasswordDialog::ChangePasswordDialog(UserStore &users, const Session &session,
                                           const QString &userName, QWidget *parent)
    : QDialog(parent), m_users(users), m_session(session),
      m_userName(userName.isEmpty() ? session.userName : userName)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_own = m_userName.compare(session.userName, Qt::CaseInsensitive) == 0;
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    const auto passwordEdit = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_currentLabel = new QLabel(this);
    m_current = passwordEdit("currentPassword");
    m_currentLabel->setBuddy(m_current);
    m_newLabel = new QLabel(this);
    m_new = passwordEdit("newPassword");
    m_newLabel->setBuddy(m_new);
    m_repeatLabel = new QLabel(this);
    m_repeat = passwordEdit("repeatPassword");
    m_repeatLabel->setBuddy(m_repeat);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("passwordProblems"));
    m_problems->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *form = new QFormLayout;
    if (m_own) {
        form->addRow(m_currentLabel, m_current);
    } else {
        m_currentLabel->hide();
        m_current->hide();
    }
    form->addRow(m_newLabel, m_new);
    form->addRow(m_repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_new, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateProblems);
    connect(m_repeat, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateProblems);
    retranslate();
    (m_own ? m_current : m_new)->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void ChangePasswordDialog::updateProblems()
{
    QStringList lines;
    for (const QString &p : UserStore::passwordProblems(m_userName, m_new->text()))
        lines << QCoreApplication::translate("Validation", p.toUtf8().constData());
    if (!m_repeat->text().isEmpty() && m_repeat->text() != m_new->text())
        lines << tr("The two new passwords differ.");
    m_problems->setText(lines.isEmpty() ? tr("The new password meets the policy.")
                                        : lines.join(QLatin1Char('\n')));
    m_problems->setStyleSheet(lines.isEmpty() ? Palette::textStyle(Palette::ok())
                                              : Palette::textStyle(Palette::warning()));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(lines.isEmpty() && !m_new->text().isEmpty()
                     && m_repeat->text() == m_new->text());
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text())
        return;
    QString error;
    const bool ok = m_own ? m_users.changeOwnPassword(m_session, m_current->text(), m_new->text(),
                                                      &error)
                          : m_users.changePassword(m_session, m_userName, m_new->text(), &error);
    m_current->clear();
    if (ok) {
        m_new->clear();
        m_repeat->clear();
        QDialog::accept();
        return;
    }
    m_message->setText(error);
    m_message->show();
    (m_own ? m_current : m_new)->setFocus();
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    // Queued: the button box's own LanguageChange comes after ours and resets its standard
    // buttons' text, which would undo the OK button's own text.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &ChangePasswordDialog::retranslate, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

void ChangePasswordDialog::retranslate()
{
    setWindowTitle(m_own ? tr("Change my password") : tr("Reset the password of %1").arg(m_userName));
    m_intro->setText(m_own ? tr("Enter your current password, then the new one twice.")
                           : tr("Give %1 a new password and tell it to them in person; they "
                                "should change it at once.")
                                 .arg(m_userName));
    m_currentLabel->setText(tr("&Current password:"));
    m_newLabel->setText(tr("&New password:"));
    m_repeatLabel->setText(tr("&Repeat the new password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_own ? tr("Change") : tr("Reset"));
    updateProblems();
}

}  // namespace trialcrf
