// SPDX-License-Identifier: Apache-2.0
#include "infusionform.h"

#include "palette.h"
#include "records/lifecycle.h"

#include "labels/codelabels.h"
#include "records/fieldtables.h"
#include "deviationpanel.h"
#include "displayformat.h"
#include "fielderrorlabel.h"
#include "infusionprogress.h"
#include "numberedit.h"
#include "optionaltimeedit.h"
#include "rules/deviations.h"
#include "rules/rules.h"
#include "storage/studystore.h"
#include "ui_infusionform.h"
#include "vitalsignseditor.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <cmath>

namespace trialcrf {

namespace {
const QString kOkStyle = Palette::textStyle(Palette::ok());
const QString kWarnStyle = Palette::textStyle(Palette::error(), true);
const QString kNoteStyle = Palette::textStyle(Palette::note());
}  // namespace

InfusionForm::InfusionForm(StudyStore &store, QWidget *parent)
    : CrfForm(store, parent), m_ui(std::make_unique<Ui::InfusionForm>())
{
    m_ui->setupUi(contentWidget());
    m_ui->weightEdit->setDecimals(1);
    m_ui->cellsEdit->setDecimals(0);
    m_ui->viabilityEdit->setDecimals(1);
    m_ui->lotEdit->setMaxLength(80);  // a scanner's junk is visible and reported, not cut
    m_ui->windowNote->setStyleSheet(kNoteStyle);
    m_ui->reactionNote->setStyleSheet(kNoteStyle);
    m_ui->vitalsEditor->setInterval(protocol().ranges.vitalsIntervalMin);

    bindField(QStringLiteral("infusion_date"), m_ui->dateEdit);
    bindField(QStringLiteral("weight_kg"), m_ui->weightEdit);
    bindField(QStringLiteral("actual_cells"), m_ui->cellsEdit);
    bindField(QStringLiteral("deviation_reason"), m_ui->deviationReasonEdit);
    bindField(QStringLiteral("lot_number"), m_ui->lotEdit);
    bindField(QStringLiteral("viability_pct"), m_ui->viabilityEdit);
    bindField(QStringLiteral("thaw_time"), m_ui->thawEdit);
    bindField(QStringLiteral("start_time"), m_ui->startEdit);
    bindField(QStringLiteral("end_time"), m_ui->endEdit);
    bindField(QStringLiteral("reaction"), m_ui->reactionCheck);
    bindField(QStringLiteral("reaction_description"), m_ui->reactionDescriptionEdit);

    connect(m_ui->vitalsEditor, &VitalSignsEditor::rowAdded, this, &InfusionForm::bindVitalRow);
    connect(m_ui->vitalsEditor, &VitalSignsEditor::rowRemoving, this,
            &InfusionForm::unbindVitalRow);
    connect(m_ui->vitalsEditor, &VitalSignsEditor::rowsChanged, this, [this] {
        fixTabOrder();
        noteChanged();
    });
    m_deviations = new DeviationPanel(contentWidget());
    // Below the vital signs and the reaction: what is still missing once the page is typed
    // (a vital-sign set) shows there, and Tab reaches the reasons last, not in the middle.
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->reactionGroup) + 1,
                                   m_deviations);
    connect(m_deviations, &DeviationPanel::reasonEdited, this, &InfusionForm::noteChanged);

    setupChair();
    m_ui->vitalsEditor->setVitals({});
    fixTabOrder();
    finishSetup();
}

InfusionForm::~InfusionForm() = default;

void InfusionForm::bindVitalRow(int rowId)
{
    for (const VitalSignsEditor::Row &r : m_ui->vitalsEditor->rows()) {
        if (r.id != rowId)
            continue;
        const QString prefix = QStringLiteral("vitals.%1.").arg(VitalSignsEditor::rowKey(r.id));
        bindField(prefix + QLatin1String("phase"), r.time, r.errors);
        for (const auto &[key, input] : r.fields())
            bindField(prefix + key, input, r.errors);
        watchVitalRow(rowId);
        if (!isLoading())
            fixTabOrder();
        return;
    }
}

void InfusionForm::unbindVitalRow(int rowId)
{
    for (const VitalSignsEditor::Row &r : m_ui->vitalsEditor->rows()) {
        if (r.id == rowId) {
            for (QWidget *input : r.inputs())
                unwatch(input);
        }
    }
}

void InfusionForm::fixTabOrder()
{
    QWidget::setTabOrder(m_ui->endEdit, m_progress->startButton());
    QWidget *previous = m_progress->startButton();
    for (QWidget *w : m_ui->vitalsEditor->focusOrder()) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    QWidget::setTabOrder(previous, m_ui->reactionCheck);
    QWidget::setTabOrder(m_ui->reactionCheck, m_ui->reactionDescriptionEdit);
    // Tab follows the page down: the deviations' reasons come last, as they stand.
    QWidget::setTabOrder(m_deviations->placeInTabOrder(m_ui->reactionDescriptionEdit),
                         saveButton());
}

void InfusionForm::open(const Casebook &casebook, const QString &visit, int aeNumber)
{
    Q_UNUSED(aeNumber);
    beginLoad(casebook, visit, 0);
    Infusion rec;
    if (const Infusion *saved = casebook.infusion(visit))
        rec = *saved;
    showFields(fields::infusion(), rec);
    m_ui->vitalsEditor->setVitals(rec.vitals);
    m_deviations->setReasons(rec.deviationReasons);
    m_askedAlerts.clear();
    m_checkedLot.clear();
    fixTabOrder();
    endLoad(rec.id != 0);
}

Infusion InfusionForm::collect(QStringList *vitalRowKeys) const
{
    Infusion rec;
    if (const Infusion *saved = casebook().infusion(visit()))
        rec = *saved;  // id and version of what was opened
    rec.subjectId = casebook().subject.id;
    rec.visit = visit();
    readFields(fields::infusion(), &rec);
    rec.vitals = m_ui->vitalsEditor->vitals(vitalRowKeys);
    rec.deviationReasons = m_deviations->reasons();
    return rec;
}

FieldErrors InfusionForm::mapVitalKeys(FieldErrors errors, const QStringList &rowKeys) const
{
    static const QRegularExpression key(QStringLiteral("^vitals\\[(\\d+)\\]\\.(.+)$"));
    for (FieldError &e : errors) {
        const QRegularExpressionMatch m = key.match(e.field);
        if (!m.hasMatch())
            continue;
        const int index = m.captured(1).toInt();
        if (index >= 0 && index < rowKeys.size())
            e.field = QStringLiteral("vitals.%1.%2").arg(rowKeys.at(index), m.captured(2));
    }
    return errors;
}

FieldErrors InfusionForm::currentErrors() const
{
    QStringList rowKeys;
    const Infusion rec = collect(&rowKeys);
    return mapVitalKeys(rec.validate(protocol(), validationContext()), rowKeys);
}

SaveResult InfusionForm::write(const QString &reason)
{
    QStringList rowKeys;
    Infusion rec = collect(&rowKeys);
    SaveResult result = store().saveInfusion(session(), rec, reason);
    result.errors = mapVitalKeys(result.errors, rowKeys);
    return result;
}

bool InfusionForm::outsideTolerance() const
{
    const Infusion rec = collect();
    const std::optional<int> tenths = rec.weightTenths();
    if (!tenths || *tenths <= 0 || !rec.actualCells)
        return false;
    if (!protocol().ranges.weightKg.contains(*rec.weightKg))
        return false;
    const std::optional<rules::DoseCheck> dose = rules::checkDose(protocol(), *tenths, *rec.actualCells);
    return dose && !dose->withinTolerance;
}

QString InfusionForm::targetDoseText() const
{
    return m_ui->targetValue->text();
}

QString InfusionForm::deviationText() const
{
    return m_ui->deviationValue->text();
}

void InfusionForm::updateComputed()
{
    const Protocol &p = protocol();
    const std::optional<double> weight = m_ui->weightEdit->value();
    const std::optional<qint64> cells = m_ui->cellsEdit->integerValue();

    // Target dose: only from a weight the protocol accepts; a dose from a typo is no help.
    std::optional<int> tenths;
    if (weight && p.ranges.weightKg.contains(*weight))
        tenths = qRound(*weight * 10.0);
    if (tenths && *tenths > 0) {
        m_ui->targetValue->setText(DisplayFormat::cells(rules::targetCells(p, *tenths)));
        m_ui->targetValue->setStyleSheet(QString());
    } else {
        m_ui->targetValue->setText(tr("— (enter the weight)"));
        m_ui->targetValue->setStyleSheet(kNoteStyle);
    }

    const QString tolerance = DisplayFormat::number(p.doseTolerancePct, 0);
    if (tenths && *tenths > 0 && cells) {
        const std::optional<rules::DoseCheck> dose = rules::checkDose(p, *tenths, *cells);
        if (dose) {
            const QString pct = (dose->deviationPct > 0 ? QStringLiteral("+") : QString())
                                + DisplayFormat::number(dose->deviationPct, 1);
            if (dose->withinTolerance) {
                m_ui->deviationValue->setText(
                    tr("%1 % — within the tolerance of ±%2 %").arg(pct, tolerance));
                m_ui->deviationValue->setStyleSheet(kOkStyle);
            } else {
                m_ui->deviationValue->setText(
                    tr("%1 % — outside the tolerance of ±%2 %: a protocol deviation; give the "
                       "reason")
                        .arg(pct, tolerance));
                m_ui->deviationValue->setStyleSheet(kWarnStyle);
            }
        }
    } else {
        m_ui->deviationValue->setText(tr("— (enter the weight and the cells infused)"));
        m_ui->deviationValue->setStyleSheet(kNoteStyle);
    }

    // The visit's target date and window, and whether the infusion date falls inside.
    QString window;
    const std::optional<QDate> week0 = casebook().subject.week0Date;
    if (week0) {
        if (const std::optional<QDate> target = rules::visitTargetDate(p, visit(), *week0)) {
            window = tr("Target date %1, window ±%2 days.")
                         .arg(DisplayFormat::date(*target))
                         .arg(p.visitWindowDays);
            const std::optional<QDate> date = m_ui->dateEdit->value();
            if (date && !rules::withinWindow(p, visit(), *week0, *date))
                window += QLatin1Char(' ') + tr("This date is outside the visit window.");
        }
    } else {
        window = tr("The subject has no planned week-0 date, so the visit window is unknown.");
    }
    m_ui->windowNote->setText(window);
    m_ui->windowNote->setVisible(!window.isEmpty());

    updateChair();
    const QStringList kinds = deviationKinds();
    if (kinds != m_deviations->kinds()) {
        m_deviations->setKinds(kinds, {QLatin1String(rules::deviation::kDoseOutOfTolerance)});
        for (QLineEdit *reason : m_deviations->reasonEdits())
            moveOnEnter(reason);
        fixTabOrder();
    }
}

QStringList InfusionForm::deviationKinds() const
{
    return rules::detectDeviations(protocol(),
                                   collect().deviationInput(casebook().subject.week0Date));
}

QString InfusionForm::saveNote() const
{
    return m_deviations->summary();
}

void InfusionForm::updateEnabled(bool editable)
{
    CrfForm::updateEnabled(editable);
    m_ui->vitalsEditor->setEditable(editable);
    m_deviations->setEditable(editable);
    m_progress->setEditable(editable);
    // Asked for only when needed; text already there stays editable so it can be removed.
    const bool outside = outsideTolerance();
    m_ui->deviationReasonEdit->setEnabled(
        editable && (outside || !m_ui->deviationReasonEdit->text().isEmpty()));
    if (outside)
        revealField(QStringLiteral("deviation_reason"));
    m_ui->reactionDescriptionEdit->setEnabled(
        editable
        && (m_ui->reactionCheck->isChecked() || !m_ui->reactionDescriptionEdit->text().isEmpty()));
}

QString InfusionForm::fieldName(const QString &key) const
{
    if (key.startsWith(QLatin1String("vitals.")))
        return tr("Vital signs");
    return CrfForm::fieldName(key);
}

QString InfusionForm::pageTitle() const
{
    return tr("Infusion — %1").arg(CodeLabels::visit(visit()));
}

void InfusionForm::retranslate()
{
    m_ui->retranslateUi(contentWidget());
}

QList<FieldChange> InfusionForm::pendingChanges() const
{
    const Infusion *saved = casebook().infusion(visit());
    if (!saved || saved->id == 0)
        return {};
    return FieldChanges::between(*saved, collect());
}

QString InfusionForm::blockedReason() const
{
    const Infusion *saved = casebook().infusion(visit());
    const FieldErrors gate = lifecycle::infusionGateErrors(
        casebook().lifeCycle(protocol()), saved ? saved->infusionDate : std::nullopt);
    if (gate.isEmpty() || casebook().subject.id == 0)
        return {};
    QStringList lines{tr("%1 is not enrolled: no infusion can be saved.")
                          .arg(casebook().subject.code)};
    for (const FieldError &e : gate)
        lines << QStringLiteral("• ") + DisplayFormat::errorText(e);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace trialcrf
