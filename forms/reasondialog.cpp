// SPDX-License-Identifier: Apache-2.0
#include "reasondialog.h"

#include "labels/changereason.h"
#include "palette.h"
#include "ui_reasondialog.h"

#include <QEvent>
#include <QLineEdit>
#include <QPushButton>

namespace trialcrf {

ReasonDialog::ReasonDialog(QWidget *parent, Purpose purpose)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReasonDialog>()), m_purpose(purpose)
{
    m_ui->setupUi(this);
    const bool correction = m_purpose == Purpose::Correction;
    // A correction picks a coded reason; a lock or unlock reason is typed (or picked).
    m_ui->reasonCombo->setEditable(!correction);
    m_ui->detailLabel->setVisible(correction);
    m_ui->detailEdit->setVisible(correction);
    m_ui->changesLabel->setVisible(false);
    m_ui->hintLabel->setStyleSheet(Palette::textStyle(Palette::note()));
    retranslate();
    m_ui->reasonCombo->setCurrentIndex(-1);
    if (!correction) {
        m_ui->reasonCombo->setEditText(QString());
        connect(m_ui->reasonCombo, &QComboBox::editTextChanged, this, &ReasonDialog::updateState);
    } else {
        connect(m_ui->reasonCombo, &QComboBox::currentIndexChanged, this,
                &ReasonDialog::updateState);
        connect(m_ui->detailEdit, &QLineEdit::textChanged, this, &ReasonDialog::updateState);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the details (or the editable combo) accepts through the default button.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    m_ui->reasonCombo->setFocus();
    updateState();
}

ReasonDialog::~ReasonDialog() = default;

std::optional<QString> ReasonDialog::ask(QWidget *parent, const QString &what, Purpose purpose,
                                         const QList<Change> &changes, const QString &preset)
{
    ReasonDialog dialog(parent, purpose);
    dialog.setWhat(what);
    dialog.setChanges(changes);
    if (!preset.isEmpty())
        dialog.setReason(preset);
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

void ReasonDialog::setChanges(const QList<Change> &changes)
{
    m_changes = changes;
    const QString text = changesText();
    m_ui->changesLabel->setText(text);
    m_ui->changesLabel->setVisible(!text.isEmpty());
}

QString ReasonDialog::changesText() const
{
    if (m_changes.isEmpty())
        return {};
    QStringList lines;
    lines << tr("What changes:");
    for (qsizetype i = 0; i < m_changes.size() && i < maximumListed(); ++i) {
        const Change &c = m_changes.at(i);
        lines << tr("%1: %2 → %3", "field: old value → new value")
                     .arg(c.field, c.oldValue, c.newValue);
    }
    if (m_changes.size() > maximumListed())
        lines << tr("… and %1 more.").arg(m_changes.size() - maximumListed());
    return lines.join(QLatin1Char('\n'));
}

void ReasonDialog::setReason(const QString &reason)
{
    if (m_purpose != Purpose::Correction) {
        m_ui->reasonCombo->setEditText(reason);
        return;
    }
    const ChangeReason r = ChangeReason::parse(reason);
    m_ui->reasonCombo->setCurrentIndex(m_ui->reasonCombo->findData(r.code));
    m_ui->detailEdit->setText(r.code.isEmpty() ? QString() : r.text);
}

QString ReasonDialog::chosenCode() const
{
    return m_ui->reasonCombo->currentIndex() < 0 ? QString()
                                                 : m_ui->reasonCombo->currentData().toString();
}

QString ReasonDialog::reason() const
{
    if (m_purpose != Purpose::Correction)
        return m_ui->reasonCombo->currentText().trimmed();
    const QString code = chosenCode();
    if (code.isEmpty())
        return {};
    return ChangeReason{code, m_ui->detailEdit->text()}.stored();
}

bool ReasonDialog::isAcceptable() const
{
    if (m_purpose != Purpose::Correction)
        return reason().size() >= minimumLength();
    return ChangeReason{chosenCode(), m_ui->detailEdit->text()}.isValid();
}

void ReasonDialog::updateState()
{
    const bool ok = isAcceptable();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
    QString hint;
    if (!ok) {
        if (m_purpose != Purpose::Correction)
            hint = tr("Write at least %n characters or pick a common reason.", "",
                      minimumLength());
        else if (chosenCode().isEmpty())
            hint = tr("Choose the reason for the change.");
        else
            hint = tr("For “Other”, write the reason in the details (at least %n characters).",
                      "", ChangeReason::minimumTextLength());
    }
    if (m_purpose == Purpose::Correction) {
        const bool other = chosenCode() == ChangeReason::otherCode();
        m_ui->detailLabel->setText(other ? tr("&Details (required):")
                                         : tr("&Details (optional):"));
    }
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!ok);
}

void ReasonDialog::retranslate()
{
    const QString typed = m_ui->reasonCombo->currentText();
    const int chosen = m_ui->reasonCombo->currentIndex();
    QSignalBlocker block(m_ui->reasonCombo);
    m_ui->reasonCombo->clear();
    switch (m_purpose) {
    case Purpose::Correction:
        for (const QString &code : ChangeReason::codes())
            m_ui->reasonCombo->addItem(ChangeReason::codeLabel(code), code);
        m_ui->reasonCombo->setPlaceholderText(tr("Choose a reason"));
        m_ui->detailEdit->setPlaceholderText(tr("What was wrong, where the right value comes from"));
        m_ui->reasonCombo->setCurrentIndex(chosen);
        return;
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

void ReasonDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Opens on the reason choice, whatever took the focus while the dialog was built.
    m_ui->reasonCombo->setFocus(Qt::OtherFocusReason);
}

void ReasonDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        setWhat(m_what);
        setChanges(m_changes);
        updateState();
    }
    QDialog::changeEvent(event);
}

}  // namespace trialcrf
