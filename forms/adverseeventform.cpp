// SPDX-License-Identifier: Apache-2.0
#include "adverseeventform.h"

#include "codecombobox.h"
#include "labels/codelabels.h"
#include "records/fieldtables.h"
#include "fielderrorlabel.h"
#include "palette.h"
#include "storage/studystore.h"
#include "optionaltimeedit.h"
#include "ui_adverseeventform.h"

#include <QCheckBox>
#include <QFormLayout>

namespace trialcrf {

namespace {
const QString kNoteStyle = Palette::textStyle(Palette::note());
}

AdverseEventForm::AdverseEventForm(StudyStore &store, QWidget *parent)
    : CrfForm(store, parent), m_ui(std::make_unique<Ui::AdverseEventForm>())
{
    m_ui->setupUi(contentWidget());
    const Protocol::AdverseEvents &lists = protocol().adverseEvents;
    m_ui->gradeCombo->setCodes(lists.grades, &CodeLabels::aeGrade);
    m_ui->relatednessCombo->setCodes(lists.relatedness, &CodeLabels::relatedness);
    m_ui->actionCombo->setCodes(lists.actions, &CodeLabels::actionTaken);
    m_ui->outcomeCombo->setCodes(lists.outcomes, &CodeLabels::outcome);
    m_ui->endNote->setStyleSheet(kNoteStyle);
    m_ui->relatednessNote->setStyleSheet(kNoteStyle);
    m_ui->saeNote->setStyleSheet(kNoteStyle);

    bindField(QStringLiteral("term"), m_ui->termEdit);
    bindField(QStringLiteral("onset_date"), m_ui->onsetEdit);
    bindField(QStringLiteral("end_date"), m_ui->endEdit);
    bindField(QStringLiteral("ctcae_grade"), m_ui->gradeCombo);
    bindField(QStringLiteral("serious"), m_ui->seriousBox);

    // One box per SAE criterion of the protocol, between "serious" and "relatedness" in tab
    // order, as on the paper form.
    auto *saeLayout = m_ui->saeGroup->layout();
    QWidget *previous = m_ui->seriousBox;
    for (const QString &code : lists.saeCriteria) {
        auto *box = new QCheckBox(m_ui->saeGroup);
        box->setObjectName(QStringLiteral("sae_") + code);
        box->setProperty("code", code);  // its code of the field's list (fieldwidgets)
        static_cast<QBoxLayout *>(saeLayout)->insertWidget(saeLayout->count() - 1, box);
        m_criteria.insert(code, box);
        // Bound in the protocol's order: the criteria are stored in it.
        bindField(QStringLiteral("sae_criteria"), box, m_ui->saeErrors);
        QWidget::setTabOrder(previous, box);
        previous = box;
    }
    QWidget::setTabOrder(previous, m_ui->relatednessCombo);
    QWidget::setTabOrder(m_ui->relatednessCombo, m_ui->actionCombo);
    QWidget::setTabOrder(m_ui->actionCombo, m_ui->outcomeCombo);

    bindField(QStringLiteral("relatedness"), m_ui->relatednessCombo);
    bindField(QStringLiteral("action_taken"), m_ui->actionCombo);
    bindField(QStringLiteral("outcome"), m_ui->outcomeCombo);
    addInfusionFields();
    // The outcome decides whether an end date belongs (one source for "it has ended"): say so
    // at the end date at once, though that field was passed before the outcome was chosen.
    connect(m_ui->outcomeCombo, &CodeComboBox::codeChanged, this, [this] {
        if (isLoading())
            return;
        revealField(QStringLiteral("end_date"));
        refresh();
    });
    retranslateCode();
    finishSetup();
}

AdverseEventForm::~AdverseEventForm() = default;

const AdverseEvent *AdverseEventForm::savedEvent() const
{
    if (aeNumber() == 0)
        return nullptr;
    for (const AdverseEvent &ae : casebook().adverseEvents) {
        if (ae.aeNumber == aeNumber())
            return &ae;
    }
    return nullptr;
}

void AdverseEventForm::addInfusionFields()
{
    // After the outcome: the onset's time and the infusion the event followed (filled in by a
    // reaction's draft from the infusion page; Enter from the onset date still goes on to the
    // end date, as on the paper form).
    int row = -1;
    QFormLayout::ItemRole role;
    m_ui->formLayout->getWidgetPosition(m_ui->outcomeCombo, &row, &role);
    m_onsetTimeLabel = new QLabel(contentWidget());
    m_onsetTimeEdit = new OptionalTimeEdit(contentWidget());
    m_onsetTimeEdit->setObjectName(QStringLiteral("onsetTimeEdit"));
    m_onsetTimeLabel->setBuddy(m_onsetTimeEdit);
    m_infusionLabel = new QLabel(contentWidget());
    m_infusionCombo = new CodeComboBox(contentWidget());
    m_infusionCombo->setObjectName(QStringLiteral("infusionVisitCombo"));
    m_infusionCombo->setCodes(protocol().infusionVisitCodes(),
                             [](const QString &code) { return CodeLabels::visit(code); });
    m_infusionLabel->setBuddy(m_infusionCombo);
    m_ui->formLayout->insertRow(row + 1, m_onsetTimeLabel, m_onsetTimeEdit);
    m_ui->formLayout->insertRow(row + 2, m_infusionLabel, m_infusionCombo);
    QWidget::setTabOrder(m_ui->outcomeCombo, m_onsetTimeEdit);
    QWidget::setTabOrder(m_onsetTimeEdit, m_infusionCombo);
    bindField(QStringLiteral("onset_time"), m_onsetTimeEdit);
    bindField(QStringLiteral("infusion_visit"), m_infusionCombo);
}

void AdverseEventForm::openDraft(const Casebook &casebook, const AdverseEvent &draft)
{
    open(casebook, {}, 0);
    // Typed in for the user, as if by hand: the page is dirty until saved or discarded.
    m_ui->termEdit->setText(draft.term);
    m_ui->onsetEdit->setValue(draft.onsetDate);
    m_onsetTimeEdit->setValue(draft.onsetTime);
    m_infusionCombo->setCode(draft.infusionVisit);
}

void AdverseEventForm::open(const Casebook &casebook, const QString &visit, int aeNumber)
{
    Q_UNUSED(visit);
    beginLoad(casebook, {}, aeNumber);
    AdverseEvent rec;
    if (const AdverseEvent *saved = savedEvent()) {
        rec = *saved;
        m_number = rec.aeNumber;
    } else {
        setAeNumber(0);
        int highest = 0;
        for (const AdverseEvent &ae : casebook.adverseEvents)
            highest = qMax(highest, ae.aeNumber);
        m_number = highest + 1;
    }
    showFields(fields::adverseEvent(), rec);
    endLoad(rec.id != 0);
}

AdverseEvent AdverseEventForm::collect() const
{
    AdverseEvent rec;
    if (const AdverseEvent *saved = savedEvent())
        rec = *saved;  // id and version of what was opened
    rec.subjectId = casebook().subject.id;
    rec.aeNumber = m_number;
    readFields(fields::adverseEvent(), &rec);
    return rec;
}

FieldErrors AdverseEventForm::currentErrors() const
{
    return collect().validate(protocol(), validationContext());
}

SaveResult AdverseEventForm::write(const QString &reason)
{
    AdverseEvent rec = collect();
    const SaveResult result = store().saveAdverseEvent(session(), rec, reason);
    if (result.ok())
        setAeNumber(rec.aeNumber);
    return result;
}

void AdverseEventForm::updateComputed()
{
    m_ui->numberValue->setText(aeNumber() == 0 ? tr("AE %1 (new)").arg(m_number)
                                               : tr("AE %1").arg(m_number));
}

void AdverseEventForm::updateEnabled(bool editable)
{
    CrfForm::updateEnabled(editable);
    const bool judge = session().may(Action::JudgeCausality);
    m_ui->relatednessCombo->setEnabled(editable && judge);
    m_ui->relatednessNote->setVisible(editable && !judge);
    const bool serious = m_ui->seriousBox->value().value_or(false);
    for (QCheckBox *box : std::as_const(m_criteria))
        box->setEnabled(editable && (serious || box->isChecked()));
    if (serious)
        revealField(QStringLiteral("sae_criteria"));
}

QString AdverseEventForm::pageTitle() const
{
    return aeNumber() == 0 ? tr("New adverse event") : tr("Adverse event %1").arg(m_number);
}

void AdverseEventForm::retranslateCode()
{
    for (auto it = m_criteria.cbegin(); it != m_criteria.cend(); ++it)
        it.value()->setText(CodeLabels::saeCriterion(it.key()));
    m_ui->gradeLabel->setText(
        tr("CTCAE v%1 gra&de:").arg(protocol().adverseEvents.ctcaeVersion));
    m_onsetTimeLabel->setText(tr("Onset ti&me:"));
    m_infusionLabel->setText(tr("After the &infusion of:"));
    m_infusionCombo->setToolTip(tr("The infusion visit this event followed; leave empty when "
                                   "it did not follow an infusion."));
}

void AdverseEventForm::retranslate()
{
    m_ui->retranslateUi(contentWidget());
    retranslateCode();
}

QList<FieldChange> AdverseEventForm::pendingChanges() const
{
    const AdverseEvent *saved = savedEvent();
    if (!saved || saved->id == 0)
        return {};
    return FieldChanges::between(*saved, collect());
}

}  // namespace trialcrf
