// SPDX-License-Identifier: Apache-2.0
#include "withdrawdialog.h"

#include "palette.h"
#include "optionaldateedit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialcrf {

WithdrawDialog::WithdrawDialog(const QString &subjectCode, const QDate &today, QWidget *parent)
    : QDialog(parent), m_code(subjectCode), m_today(today)
{
    setObjectName(QStringLiteral("WithdrawDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_date = new OptionalDateEdit(this);
    m_date->setObjectName(QStringLiteral("withdrawalDateEdit"));
    m_date->setToday(today);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setBuddy(m_date);
    form->addRow(m_dateLabel, m_date);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("withdrawalReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(60);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("withdrawalProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Palette::errorStyle());
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &OptionalDateEdit::valueChanged, this, &WithdrawDialog::updateState);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &WithdrawDialog::updateState);
    retranslate();
}

std::optional<QDate> WithdrawDialog::date() const
{
    return m_date->value();
}

QString WithdrawDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool WithdrawDialog::isAcceptable() const
{
    const std::optional<QDate> d = date();
    return d && *d <= m_today && !reason().isEmpty();
}

void WithdrawDialog::updateState()
{
    const std::optional<QDate> d = date();
    QString problem;
    if (d && *d > m_today)
        problem = tr("The withdrawal date cannot be in the future.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
}

void WithdrawDialog::retranslate()
{
    setWindowTitle(tr("Withdraw subject %1").arg(m_code));
    m_intro->setText(tr("The subject's status becomes Withdrawn. What was recorded stays; no "
                        "infusion after the withdrawal date can be saved."));
    m_dateLabel->setText(tr("Withdrawal &date:"));
    m_reasonLabel->setText(tr("&Reason for withdrawal:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Withdraw"));
    updateState();
}

void WithdrawDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace trialcrf
