// SPDX-License-Identifier: Apache-2.0
// The infusion page at the chair: the running infusion's panel, the lot number looked up when
// it is entered, and the question about an infusion reaction when a reading passes an alert
// threshold (the site's defaults in the protocol file).
#include "infusionform.h"

#include "displayformat.h"
#include "infusionprogress.h"
#include "labels/codelabels.h"
#include "numberedit.h"
#include "optionaldateedit.h"
#include "optionaltimeedit.h"
#include "palette.h"
#include "rules/chair.h"
#include "storage/lotusage.h"
#include "storage/studystore.h"
#include "ui_infusionform.h"
#include "vitalsignseditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimer>

namespace trialcrf {

namespace {
/// The whole number typed in a vital-sign field; nothing when blank or not a number.
std::optional<int> wholeNumber(const NumberEdit *edit)
{
    const std::optional<qint64> i = edit->integerValue();
    return i && *i < 100000 ? std::optional<int>(int(*i)) : std::nullopt;
}
}  // namespace

void InfusionForm::setupChair()
{
    m_progress = new InfusionProgressPanel(protocol(), store().clock(), contentWidget());
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->vitalsGroup), m_progress);
    connect(m_progress, &InfusionProgressPanel::startRequested, this, &InfusionForm::stampStart);
    connect(m_progress, &InfusionProgressPanel::overdueChanged, this,
            &InfusionForm::vitalsOverdueChanged);

    m_lotNote = new QLabel(contentWidget());
    m_lotNote->setObjectName(QStringLiteral("lotNote"));
    m_lotNote->setWordWrap(true);
    m_lotNote->setTextFormat(Qt::PlainText);
    m_lotNote->setStyleSheet(Palette::textStyle(Palette::error(), true));
    m_lotNote->hide();
    int row = -1;
    QFormLayout::ItemRole role;
    m_ui->formLayout->getWidgetPosition(m_ui->lotEdit, &row, &role);
    m_ui->formLayout->insertRow(row + 1, QString(), m_lotNote);
    // Enter (a scanner ends with it) or leaving the field ends the lot number.
    connect(m_ui->lotEdit, &QLineEdit::editingFinished, this, &InfusionForm::checkLot);
}

void InfusionForm::updateChair()
{
    QList<rules::VitalSetFacts> sets;
    for (const VitalSigns &v : m_ui->vitalsEditor->vitals())
        sets << rules::VitalSetFacts{v.phase, v.minute};
    m_progress->setInfusion(m_ui->dateEdit->value(), m_ui->startEdit->value(),
                            m_ui->endEdit->value(), sets);
    if (m_ui->lotEdit->text().trimmed() != m_checkedLot)
        m_lotNote->hide();  // a new lot is looked up when it is entered
}

void InfusionForm::stampStart(const QDateTime &now)
{
    if (!m_ui->dateEdit->value())
        m_ui->dateEdit->setValue(now.date());
    m_ui->startEdit->setValue(now.time());
    m_ui->startEdit->setFocus(Qt::OtherFocusReason);  // the nurse may correct it at once
}

QString InfusionForm::lotNoteText() const
{
    return m_lotNote->isVisible() || !m_lotNote->text().isEmpty() ? m_lotNote->text() : QString();
}

void InfusionForm::checkLot()
{
    const QString lot = m_ui->lotEdit->text().trimmed();
    if (lot == m_checkedLot)
        return;
    m_checkedLot = lot;
    m_lotReused = false;
    m_lotNote->clear();
    m_lotNote->hide();
    if (lot.isEmpty()) {
        updateComputed();
        return;
    }
    QString error;
    const std::optional<QList<LotUse>> uses = LotUsage::otherSubjects(
        store().database(), session(), lot, casebook().subject.id, &error);
    if (!uses) {
        m_lotNote->setText(tr("The lot number could not be looked up: %1").arg(error));
    } else if (!uses->isEmpty()) {
        // The check of the save (LotUsage::reusedBefore): an infusion recorded before this one.
        const Infusion *saved = casebook().infusion(visit());
        QStringList where;
        for (const LotUse &u : *uses) {
            where << tr("%1 (%2)").arg(u.subjectCode, CodeLabels::visit(u.visit));
            if (!saved || u.infusionId < saved->id)
                m_lotReused = true;
        }
        m_lotNote->setText(tr("Lot %1 was already infused to another subject: %2. One lot is "
                              "not expected for two subjects: check the label before the "
                              "infusion.")
                               .arg(lot, where.join(QStringLiteral(", "))));
    }
    m_lotNote->setVisible(!m_lotNote->text().isEmpty());
    updateComputed();  // the deviation panel asks the reason of a reused lot
}

void InfusionForm::watchVitalRow(int rowId)
{
    for (const VitalSignsEditor::Row &r : m_ui->vitalsEditor->rows()) {
        if (r.id != rowId)
            continue;
        // Asked once the value is committed: on leaving the field (or Enter), not per key.
        for (NumberEdit *edit : {r.temperature, r.pulse, r.systolic, r.spo2})
            connect(edit, &QLineEdit::editingFinished, this,
                    [this, rowId] { checkAlerts(rowId); });
    }
}

QString InfusionForm::alertText(const QString &alert, const VitalSigns &v) const
{
    const Protocol::Chair &c = protocol().chair;
    if (alert == QLatin1String(rules::alert::kFever))
        return tr("temperature %1 °C (alert from %2 °C)")
            .arg(DisplayFormat::number(v.temperatureC.value_or(0), 1),
                 DisplayFormat::number(c.feverFromC, 1));
    if (alert == QLatin1String(rules::alert::kLowSystolic))
        return tr("systolic pressure %1 mmHg (alert below %2 mmHg)")
            .arg(v.systolicMmHg.value_or(0))
            .arg(c.systolicBelowMmHg);
    if (alert == QLatin1String(rules::alert::kSystolicFall))
        return tr("systolic pressure %1 mmHg, %2 mmHg or more below the value before the "
                  "infusion")
            .arg(v.systolicMmHg.value_or(0))
            .arg(c.systolicFallFromMmHg);
    if (alert == QLatin1String(rules::alert::kTachycardia))
        return tr("pulse %1 /min (alert above %2 /min)")
            .arg(v.pulseBpm.value_or(0))
            .arg(c.pulseAboveBpm);
    return tr("SpO2 %1 % (alert below %2 %)").arg(v.spo2Pct.value_or(0)).arg(c.spo2BelowPct);
}

void InfusionForm::checkAlerts(int rowId)
{
    if (isLoading() || !isEditable())
        return;
    std::optional<int> beforeSystolic;
    const VitalSignsEditor::Row *row = nullptr;
    for (const VitalSignsEditor::Row &r : m_ui->vitalsEditor->rows()) {
        if (r.phase == QLatin1String("before") && wholeNumber(r.systolic))
            beforeSystolic = wholeNumber(r.systolic);
        if (r.id == rowId)
            row = &r;
    }
    if (!row)
        return;
    rules::VitalReading reading;
    reading.phase = row->phase;
    reading.temperatureC = row->temperature->value();
    reading.pulseBpm = wholeNumber(row->pulse);
    reading.systolicMmHg = wholeNumber(row->systolic);
    reading.spo2Pct = wholeNumber(row->spo2);
    QStringList fresh;
    for (const QString &a : rules::vitalAlerts(protocol(), reading, beforeSystolic)) {
        const QString key = VitalSignsEditor::rowKey(rowId) + QLatin1Char('|') + a;
        if (!m_askedAlerts.contains(key)) {
            m_askedAlerts.insert(key);
            fresh << a;
        }
    }
    if (!fresh.isEmpty())
        askReaction(rowId, fresh);
}

void InfusionForm::askReaction(int rowId, const QStringList &alerts)
{
    VitalSigns v;
    QString when;
    for (const VitalSignsEditor::Row &r : m_ui->vitalsEditor->rows()) {
        if (r.id != rowId)
            continue;
        v.temperatureC = r.temperature->value();
        v.pulseBpm = wholeNumber(r.pulse);
        v.systolicMmHg = wholeNumber(r.systolic);
        v.spo2Pct = wholeNumber(r.spo2);
        when = r.minute ? tr("at %1 min").arg(r.minute->value())
                        : CodeLabels::vitalPhase(r.phase).toLower();
    }
    QStringList lines;
    for (const QString &a : alerts)
        lines << QStringLiteral("• ") + alertText(a, v);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Infusion reaction?"),
                                tr("The reading %1 passes the site's alert threshold:\n%2\n\n"
                                   "Was there an infusion reaction? Yes opens an adverse event "
                                   "with the infusion, the onset and the term filled in, for "
                                   "the physician to grade.")
                                    .arg(when, lines.join(QLatin1Char('\n'))),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("reactionPrompt"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, rowId](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_ui->reactionCheck->setChecked(true);
        emit reactionReported(reactionDraft(rowId));
    });
    // Window-modal and asynchronous: the value just left is committed first.
    QTimer::singleShot(0, box, [box] { box->open(); });
}

AdverseEvent InfusionForm::reactionDraft(int rowId) const
{
    AdverseEvent ae;
    ae.subjectId = casebook().subject.id;
    ae.term = tr("Infusion reaction");
    ae.infusionVisit = visit();
    ae.onsetDate = m_ui->dateEdit->value();
    for (const VitalSignsEditor::Row &r : m_ui->vitalsEditor->rows()) {
        if (r.id != rowId)
            continue;
        ae.onsetTime = r.time->value();
        // Not typed yet: the time the set was due (start + its minute).
        const std::optional<QTime> start = m_ui->startEdit->value();
        if (!ae.onsetTime && r.minute && start)
            ae.onsetTime = start->addSecs(r.minute->value() * 60);
    }
    return ae;
}

}  // namespace trialcrf
