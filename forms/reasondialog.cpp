// SPDX-License-Identifier: Apache-2.0
#include "reasondialog.h"

#include "ui_reasondialog.h"

#include <QEvent>
#include <QLineEdit>
#include <QPushButton>

namespace trialcrf {

ReasonDialog::ReasonDialog(QWidget *parent, Purpose purpose)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReasonDialog>()), m_purpose(purpose)
{
    m_ui->setupUi(this);
    m_ui->hintLabel->setStyleSheet(QStringLiteral("color: #5f6368;"));
    retranslate();
    m_ui->reasonCombo->setCurrentIndex(-1);
    m_ui->reasonCombo->setEditText(QString());
    connect(m_ui->reasonCombo, &QComboBox::editTextChanged, this, &ReasonDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->reasonCombo->setFocus();
    updateState();
}

ReasonDialog::~ReasonDialog() = default;

std::optional<QString> ReasonDialog::ask(QWidget *parent, const QString &what, Purpose purpose)
{
    ReasonDialog dialog(parent, purpose);
    dialog.setWhat(what);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

void ReasonDialog::setWhat(const QString &what)
{
    m_what = what;
    m_ui->whatLabel->setText(what);
    m_ui->whatLabel->setVisible(!what.isEmpty());
}

void ReasonDialog::setReason(const QString &reason)
{
    m_ui->reasonCombo->setEditText(reason);
}

QString ReasonDialog::reason() const
{
    return m_ui->reasonCombo->currentText().trimmed();
}

bool ReasonDialog::isAcceptable() const
{
    return reason().size() >= minimumLength();
}

void ReasonDialog::updateState()
{
    const bool ok = isAcceptable();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_ui->hintLabel->setText(ok ? QString()
                                : tr("Write at least %n characters or pick a common reason.", "",
                                     minimumLength()));
    m_ui->hintLabel->setVisible(!ok);
}

void ReasonDialog::retranslate()
{
    const QString typed = m_ui->reasonCombo->currentText();
    m_ui->reasonCombo->clear();
    switch (m_purpose) {
    case Purpose::Correction:
        m_ui->reasonCombo->addItems({
            tr("Transcription error corrected"),
            tr("Corrected from the source document"),
            tr("Data clarification (query answered)"),
            tr("Late entry of a missing value"),
        });
        break;
    case Purpose::Lock:
        setWindowTitle(tr("Reason for locking"));
        m_ui->explanationLabel->setText(
            tr("A locked casebook cannot be changed until a data manager unlocks it. The audit "
               "trail keeps your reason."));
        m_ui->reasonLabel->setText(tr("&Reason for locking:"));
        m_ui->reasonCombo->addItems({
            tr("All data entered and verified against the source documents"),
            tr("Database lock for the interim analysis"),
            tr("Database lock for the final analysis"),
        });
        break;
    case Purpose::Unlock:
        setWindowTitle(tr("Reason for unlocking"));
        m_ui->explanationLabel->setText(
            tr("Unlocking lets the casebook be changed again. The audit trail keeps your "
               "reason."));
        m_ui->reasonLabel->setText(tr("&Reason for unlocking:"));
        m_ui->reasonCombo->addItems({
            tr("Correction needed after a data query"),
            tr("Late data received from the site"),
        });
        break;
    }
    m_ui->reasonCombo->setCurrentIndex(-1);
    m_ui->reasonCombo->setEditText(typed);
    m_ui->reasonCombo->lineEdit()->setPlaceholderText(tr("Type the reason or pick one"));
}

void ReasonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        setWhat(m_what);
        updateState();
    }
    QDialog::changeEvent(event);
}

}  // namespace trialcrf
