// SPDX-License-Identifier: Apache-2.0
#include "firstadmindialog.h"

#include "palette.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialcrf {

FirstAdminDialog::FirstAdminDialog(UserStore &users, const QString &databasePath,
                                   QWidget *parent)
    : QDialog(parent), m_users(users), m_path(databasePath)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_userLabel = new QLabel(this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("adminUser"));
    m_userLabel->setBuddy(m_user);
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel = new QLabel(this);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("adminRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeatLabel->setBuddy(m_repeat);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::errorStyle());
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    retranslate();
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
}

QString FirstAdminDialog::userName() const
{
    return m_user->text().trimmed();
}

QString FirstAdminDialog::password() const
{
    return m_password->text();
}

void FirstAdminDialog::accept()
{
    if (userName().isEmpty())
        return showProblem(tr("Enter a user name."), m_user);
    const QStringList problems = UserStore::passwordProblems(userName(), password());
    if (!problems.isEmpty()) {
        QStringList translated;
        for (const QString &p : problems)
            // UserStore gives the source text of a "Validation" message: translate it here.
            translated << QCoreApplication::translate("Validation", p.toUtf8().constData());
        return showProblem(translated.join(QLatin1Char('\n')), m_password);
    }
    if (m_repeat->text() != password())
        return showProblem(tr("The two passwords differ. Type the same password twice."),
                           m_repeat);
    QString error;
    if (!m_users.createFirstAdmin(userName(), password(), &error))
        return showProblem(tr("The account could not be created: %1").arg(error), m_user);
    QDialog::accept();
}

void FirstAdminDialog::showProblem(const QString &text, QLineEdit *field)
{
    m_message->setText(text);
    m_message->show();
    field->setFocus();
    field->selectAll();
}

void FirstAdminDialog::changeEvent(QEvent *event)
{
    // Queued: the button box's own LanguageChange comes after ours and resets its standard
    // buttons' text, which would undo the OK button's own text.
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &FirstAdminDialog::retranslate, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

void FirstAdminDialog::retranslate()
{
    setWindowTitle(tr("New study database — trialcrf"));
    m_intro->setText(
        tr("The study database %1 is new and has no accounts yet. Create the first data "
           "manager: this account adds the nurses, physicians and monitors. There is no "
           "default password.")
            .arg(QDir::toNativeSeparators(m_path)));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create data manager"));
}

}  // namespace trialcrf
