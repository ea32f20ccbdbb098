// SPDX-License-Identifier: Apache-2.0
#include "eligibilityform.h"

#include "labels/codelabels.h"
#include "records/fieldtables.h"
#include "displayformat.h"
#include "fielderrorlabel.h"
#include "numberedit.h"
#include "optionaldateedit.h"
#include "palette.h"
#include "rules/rules.h"
#include "storage/studystore.h"
#include "ui_eligibilityform.h"
#include "yesnobox.h"

#include <QCheckBox>
#include <cmath>

namespace trialcrf {

namespace {
const QString kPassStyle = Palette::textStyle(Palette::ok());
const QString kFailStyle = Palette::textStyle(Palette::error(), true);
const QString kMissingStyle = Palette::textStyle(Palette::note());

/// The number as the protocol file writes it, in the locale: 2.0 stays "2.0", 75 stays "75".
QString limit(double v)
{
    return DisplayFormat::number(v, std::floor(v) == v && v >= 10 ? 0 : 1);
}
}  // namespace

EligibilityForm::EligibilityForm(StudyStore &store, QWidget *parent)
    : CrfForm(store, parent), m_ui(std::make_unique<Ui::EligibilityForm>())
{
    m_ui->setupUi(contentWidget());
    auto *ui = m_ui.get();
    for (NumberEdit *e : contentWidget()->findChildren<NumberEdit *>())
        e->setDecimals(2);
    ui->confirmedCombo->setCodes({rules::verdictCode(rules::Verdict::Eligible),
                                  rules::verdictCode(rules::Verdict::NotEligible),
                                  rules::verdictCode(rules::Verdict::Incomplete)},
                                 &CodeLabels::verdict);
    for (QLabel *note : {ui->labsNote, ui->confirmNote, ui->ageValue, ui->consentValue})
        note->setStyleSheet(kMissingStyle);
    ui->confirmRoleHint->setStyleSheet(Palette::textStyle(Palette::bannerText(), true));
    ui->pasiValue->setStyleSheet(kMissingStyle);
    QFont bold = ui->verdictValue->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    ui->verdictValue->setFont(bold);
    for (QLabel *title : {ui->inc1Title, ui->inc2Title, ui->inc3Title}) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }

    bindField(QStringLiteral("assessed_date"), ui->assessedDateEdit);
    bindField(QStringLiteral("psoriasis_vulgaris"), ui->psoriasisBox);
    // The screening PASI is the screening PASI assessment's: shown here, typed there.
    bindField(QStringLiteral("pasi"), ui->pasiValue);
    bindField(QStringLiteral("bsa_pct"), ui->bsaEdit);
    bindField(QStringLiteral("exc_guttate_inverse_face"), ui->guttateBox);
    bindField(QStringLiteral("exc_acute_progressive_erythroderma"), ui->erythrodermaBox);
    bindField(QStringLiteral("exc_pregnancy_lactation"), ui->pregnancyBox);
    bindField(QStringLiteral("exc_psychiatric_disorder"), ui->psychiatricBox);
    bindField(QStringLiteral("exc_uncontrolled_disease"), ui->uncontrolledBox);
    bindField(QStringLiteral("exc_other_lab_abnormal"), ui->otherLabBox);
    bindField(QStringLiteral("exc_malignancy"), ui->malignancyBox);
    bindField(QStringLiteral("exc_allergy_history"), ui->allergyBox);
    bindField(QStringLiteral("exc_other_trial"), ui->otherTrialBox);
    bindField(QStringLiteral("exc_investigator_judgement"), ui->judgementBox);
    bindField(QStringLiteral("sas"), ui->sasEdit, ui->sasErrors);
    bindField(QStringLiteral("sds"), ui->sdsEdit, ui->sdsErrors);
    bindField(QStringLiteral("calcium_mmol_l"), ui->calciumEdit, ui->calciumErrors);
    bindField(QStringLiteral("ast"), ui->astEdit, ui->astErrors);
    bindField(QStringLiteral("ast_uln"), ui->astUlnEdit, ui->astErrors);
    bindField(QStringLiteral("alt"), ui->altEdit, ui->altErrors);
    bindField(QStringLiteral("alt_uln"), ui->altUlnEdit, ui->altErrors);
    bindField(QStringLiteral("creatinine"), ui->creatinineEdit, ui->creatinineErrors);
    bindField(QStringLiteral("creatinine_uln"), ui->creatinineUlnEdit, ui->creatinineErrors);
    bindField(QStringLiteral("cystatin_c"), ui->cystatinCEdit, ui->cystatinCErrors);
    bindField(QStringLiteral("cystatin_c_uln"), ui->cystatinCUlnEdit, ui->cystatinCErrors);
    bindField(QStringLiteral("hemoglobin_g_l"), ui->hemoglobinEdit, ui->hemoglobinErrors);
    bindField(QStringLiteral("hemoglobin_lln"), ui->hemoglobinLlnEdit, ui->hemoglobinErrors);
    bindField(QStringLiteral("hemoglobin_uln"), ui->hemoglobinUlnEdit, ui->hemoglobinErrors);
    bindField(QStringLiteral("platelets_10e9_l"), ui->plateletsEdit, ui->plateletsErrors);
    bindField(QStringLiteral("wbc_10e9_l"), ui->wbcEdit, ui->wbcErrors);

    const Protocol::Eligibility &e = protocol().eligibility;
    m_washouts = {
        {ui->topicalDateEdit, ui->topicalNeverCheck, ui->topicalNeeded, ui->topicalDays,
         e.washoutTopicalDays},
        {ui->systemicDateEdit, ui->systemicNeverCheck, ui->systemicNeeded, ui->systemicDays,
         e.washoutSystemicDays},
        {ui->biologicDateEdit, ui->biologicNeverCheck, ui->biologicNeeded, ui->biologicDays,
         e.washoutBiologicDays},
    };
    // A last dose is its date and its "never" box, bound in that order (fieldwidgets).
    bindField(QStringLiteral("last_topical_date"), ui->topicalDateEdit, ui->topicalErrors);
    bindField(QStringLiteral("last_topical_date"), ui->topicalNeverCheck, ui->topicalErrors);
    bindField(QStringLiteral("last_systemic_date"), ui->systemicDateEdit, ui->systemicErrors);
    bindField(QStringLiteral("last_systemic_date"), ui->systemicNeverCheck, ui->systemicErrors);
    bindField(QStringLiteral("last_biologic_date"), ui->biologicDateEdit, ui->biologicErrors);
    bindField(QStringLiteral("last_biologic_date"), ui->biologicNeverCheck, ui->biologicErrors);
    for (const Washout &w : std::as_const(m_washouts)) {
        // "Never" and a date exclude each other: ticking never empties the date.
        OptionalDateEdit *date = w.date;
        connect(w.never, &QCheckBox::toggled, this, [this, date](bool never) {
            if (never && !isLoading())
                date->clearValue();
        });
    }
    bindField(QStringLiteral("confirmed_verdict"), ui->confirmedCombo);
    bindField(QStringLiteral("override_reason"), ui->overrideReasonEdit);

    m_statuses = {
        {QStringLiteral("INC1"),
         {QStringLiteral("psoriasis_vulgaris"), QStringLiteral("pasi"), QStringLiteral("bsa_pct")},
         ui->inc1Status, true},
        {QStringLiteral("INC2"),
         {QStringLiteral("birth_date"), QStringLiteral("consent_date"), QStringLiteral("consent")},
         ui->inc2Status, true},
        {QStringLiteral("INC3"), {QStringLiteral("consent")}, ui->inc3Status, true},
        {QStringLiteral("EXC1"), {QStringLiteral("exc_guttate_inverse_face")}, ui->guttateStatus},
        {QStringLiteral("EXC2"), {QStringLiteral("exc_acute_progressive_erythroderma")},
         ui->erythrodermaStatus},
        {QStringLiteral("EXC3"), {QStringLiteral("exc_pregnancy_lactation")}, ui->pregnancyStatus},
        {QStringLiteral("EXC4-psychiatric"), {QStringLiteral("exc_psychiatric_disorder")},
         ui->psychiatricStatus},
        {QStringLiteral("EXC5-uncontrolled"), {QStringLiteral("exc_uncontrolled_disease")},
         ui->uncontrolledStatus},
        {QStringLiteral("EXC5-other_lab"), {QStringLiteral("exc_other_lab_abnormal")},
         ui->otherLabStatus},
        {QStringLiteral("EXC6"), {QStringLiteral("exc_malignancy")}, ui->malignancyStatus},
        {QStringLiteral("EXC7"), {QStringLiteral("exc_allergy_history")}, ui->allergyStatus},
        {QStringLiteral("EXC8"), {QStringLiteral("exc_other_trial")}, ui->otherTrialStatus},
        {QStringLiteral("EXC10"), {QStringLiteral("exc_investigator_judgement")},
         ui->judgementStatus},
        {QStringLiteral("EXC4-sas"), {QStringLiteral("sas")}, ui->sasStatus},
        {QStringLiteral("EXC4-sds"), {QStringLiteral("sds")}, ui->sdsStatus},
        {QStringLiteral("EXC5-calcium"), {QStringLiteral("calcium_mmol_l")}, ui->calciumStatus},
        {QStringLiteral("EXC5-ast"), {QStringLiteral("ast"), QStringLiteral("ast_uln")},
         ui->astStatus},
        {QStringLiteral("EXC5-alt"), {QStringLiteral("alt"), QStringLiteral("alt_uln")},
         ui->altStatus},
        {QStringLiteral("EXC5-creatinine"),
         {QStringLiteral("creatinine"), QStringLiteral("creatinine_uln")}, ui->creatinineStatus},
        {QStringLiteral("EXC5-cystatin_c"),
         {QStringLiteral("cystatin_c"), QStringLiteral("cystatin_c_uln")}, ui->cystatinCStatus},
        {QStringLiteral("EXC5-hemoglobin"),
         {QStringLiteral("hemoglobin_g_l"), QStringLiteral("hemoglobin_lln"),
          QStringLiteral("hemoglobin_uln")},
         ui->hemoglobinStatus},
        {QStringLiteral("EXC5-platelets"), {QStringLiteral("platelets_10e9_l")},
         ui->plateletsStatus},
        {QStringLiteral("EXC5-wbc"), {QStringLiteral("wbc_10e9_l")}, ui->wbcStatus},
        {QStringLiteral("EXC9-topical"),
         {QStringLiteral("last_topical_date"), QStringLiteral("week0_date")}, ui->topicalStatus},
        {QStringLiteral("EXC9-systemic"),
         {QStringLiteral("last_systemic_date"), QStringLiteral("week0_date")},
         ui->systemicStatus},
        {QStringLiteral("EXC9-biologic"),
         {QStringLiteral("last_biologic_date"), QStringLiteral("week0_date")},
         ui->biologicStatus},
    };
    retranslateCode();
    finishSetup();
}

EligibilityForm::~EligibilityForm() = default;

void EligibilityForm::open(const Casebook &casebook, const QString &visit, int aeNumber)
{
    Q_UNUSED(visit);
    Q_UNUSED(aeNumber);
    beginLoad(casebook, {}, 0);
    Eligibility rec;
    if (casebook.eligibility)
        rec = *casebook.eligibility;
    showFields(fields::eligibility(), rec);
    endLoad(rec.id != 0);
}

Eligibility EligibilityForm::collect() const
{
    Eligibility rec;
    if (casebook().eligibility)
        rec = *casebook().eligibility;  // id and version of what was opened
    rec.subjectId = casebook().subject.id;
    readFields(fields::eligibility(), &rec);
    rec.pasiTenths = screeningPasiTenths();
    return rec;
}

rules::EligibilityResult EligibilityForm::currentVerdict() const
{
    const Casebook &cb = casebook();
    const std::optional<QDate> consentDate = cb.consent ? cb.consent->consentDate : std::nullopt;
    const std::optional<bool> consentSigned = cb.consent ? cb.consent->subjectSigned
                                                         : std::nullopt;
    return rules::assessEligibility(
        protocol(),
        collect().toInput(cb.subject.birthDate, cb.subject.week0Date, consentDate, consentSigned));
}

FieldErrors EligibilityForm::currentErrors() const
{
    return collect().validate(protocol(), validationContext(), currentVerdict().verdict);
}

QList<CrfForm::Problem> EligibilityForm::inputProblems() const
{
    return CrfForm::inputProblems();
}

SaveResult EligibilityForm::write(const QString &reason)
{
    Eligibility rec = collect();
    return store().saveEligibility(session(), rec, reason);
}

QString EligibilityForm::verdictText() const
{
    return m_ui->verdictValue->text();
}

QString EligibilityForm::failedText() const
{
    return m_ui->failedValue->text();
}

QString EligibilityForm::missingText() const
{
    return m_ui->missingValue->text();
}

void EligibilityForm::updateStatuses(const rules::EligibilityResult &result)
{
    for (const CriterionStatus &s : std::as_const(m_statuses)) {
        const bool failed = result.failed.contains(s.code);
        bool missing = false;
        for (const QString &item : s.items)
            missing = missing || result.missing.contains(item);
        if (failed) {
            s.label->setText(s.inclusion ? tr("✗ not met") : tr("✗ excludes"));
            s.label->setStyleSheet(kFailStyle);
        } else if (missing) {
            s.label->setText(tr("? missing"));
            s.label->setStyleSheet(kMissingStyle);
        } else {
            s.label->setText(s.inclusion ? tr("✓ met") : tr("✓ does not exclude"));
            s.label->setStyleSheet(kPassStyle);
        }
    }
}

void EligibilityForm::updateWashoutDays()
{
    const std::optional<QDate> week0 = casebook().subject.week0Date;
    for (const Washout &w : std::as_const(m_washouts)) {
        const std::optional<QDate> date = w.date->value();
        if (w.never->isChecked())
            w.days->setText(tr("never treated"));
        else if (date && week0)
            w.days->setText(QLocale().toString(date->daysTo(*week0)));
        else
            w.days->setText(DisplayFormat::dash());
    }
}

void EligibilityForm::updateComputed()
{
    const Casebook &cb = casebook();
    const rules::EligibilityResult result = currentVerdict();
    auto *ui = m_ui.get();

    // INC2 and INC3 come from the subject and consent pages: shown, not entered here.
    const std::optional<QDate> consentDate = cb.consent ? cb.consent->consentDate : std::nullopt;
    if (result.age && cb.subject.birthDate && consentDate)
        ui->ageValue->setText(tr("Age on the day of consent: %1 years (born %2, consent %3).")
                                  .arg(*result.age)
                                  .arg(DisplayFormat::date(cb.subject.birthDate),
                                       DisplayFormat::date(consentDate)));
    else
        ui->ageValue->setText(tr("Needs the birth date (subject page) and the consent date "
                                 "(consent page)."));
    if (!cb.consent)
        ui->consentValue->setText(tr("No consent recorded yet (consent page)."));
    else if (!cb.consent->subjectSigned)
        ui->consentValue->setText(tr("Whether the subject signed is not recorded (consent page)."));
    else if (*cb.consent->subjectSigned)
        ui->consentValue->setText(tr("Signed by the subject on %1.")
                                      .arg(DisplayFormat::date(cb.consent->consentDate)));
    else
        ui->consentValue->setText(tr("The subject did not sign the consent form."));

    updateStatuses(result);
    updateWashoutDays();
    ui->pasiValue->setText(pasiSourceText());

    const QString code = rules::verdictCode(result.verdict);
    ui->verdictValue->setText(CodeLabels::verdict(code));
    ui->verdictValue->setStyleSheet(result.verdict == rules::Verdict::Eligible ? kPassStyle
                                    : result.verdict == rules::Verdict::NotEligible
                                        ? kFailStyle
                                        : kMissingStyle);
    QStringList failed;
    for (const QString &c : result.failed)
        failed << CodeLabels::criterion(c);
    ui->failedValue->setText(failed.isEmpty() ? tr("none") : failed.join(QLatin1Char('\n')));
    QStringList missing;
    for (const QString &item : result.missing)
        missing << CodeLabels::eligibilityItem(item);
    ui->missingValue->setText(missing.isEmpty() ? tr("none")
                                                : QLocale().createSeparatedList(missing));
}

void EligibilityForm::updateEnabled(bool editable)
{
    CrfForm::updateEnabled(editable);
    for (const Washout &w : std::as_const(m_washouts))
        w.date->setEnabled(editable && !w.never->isChecked());
    const bool confirm = editable && session().may(Action::ConfirmEligibility);
    m_ui->confirmedCombo->setEnabled(confirm);
    m_ui->confirmRoleHint->setVisible(editable && !session().may(Action::ConfirmEligibility));
    const QString confirmed = m_ui->confirmedCombo->code();
    const bool overruling =
        !confirmed.isEmpty() && confirmed != rules::verdictCode(currentVerdict().verdict);
    m_ui->overrideReasonEdit->setEnabled(
        confirm && (overruling || !m_ui->overrideReasonEdit->text().isEmpty()));
    if (overruling)
        revealField(QStringLiteral("override_reason"));
}

std::optional<int> EligibilityForm::screeningPasiTenths() const
{
    const PasiAssessment *screening = casebook().screeningPasi(protocol());
    return screening ? screening->pasiTenths(protocol()) : std::nullopt;
}

QString EligibilityForm::pasiSourceText() const
{
    const PasiAssessment *screening = casebook().screeningPasi(protocol());
    if (!screening)
        return tr("not recorded yet — score it on the Screening PASI page");
    const std::optional<int> tenths = screening->pasiTenths(protocol());
    if (!tenths)
        return tr("incomplete — finish the Screening PASI page");
    return tr("%1, from the screening PASI assessment of %2")
        .arg(DisplayFormat::tenths(*tenths), DisplayFormat::date(screening->assessmentDate));
}

QString EligibilityForm::pageTitle() const
{
    return tr("Eligibility");
}

void EligibilityForm::retranslateCode()
{
    const Protocol::Eligibility &e = protocol().eligibility;
    auto *ui = m_ui.get();
    ui->inc1Title->setText(tr("INC1 — Moderate to severe psoriasis vulgaris: PASI > %1 or "
                              "BSA > %2 %")
                               .arg(limit(e.pasiGreaterThan), limit(e.bsaGreaterThanPct)));
    ui->inc2Title->setText(tr("INC2 — Age %1 to %2 years on the day of consent")
                               .arg(e.ageMinYears)
                               .arg(e.ageMaxYears));
    ui->inc3Title->setText(tr("INC3 — Written informed consent, signed by the subject"));
    ui->sasLimit->setText(limit(e.sasMax));
    ui->sdsLimit->setText(limit(e.sdsMax));
    ui->calciumLimit->setText(tr("%1 to %2").arg(limit(e.calciumMin), limit(e.calciumMax)));
    auto timesUln = [](double factor) {
        return factor == 1.0 ? tr("≤ ULN") : tr("≤ %1 × ULN").arg(limit(factor));
    };
    ui->astLimit->setText(timesUln(e.astMaxXUln));
    ui->altLimit->setText(timesUln(e.altMaxXUln));
    ui->creatinineLimit->setText(timesUln(e.creatinineMaxXUln));
    ui->cystatinCLimit->setText(timesUln(e.cystatinCMaxXUln));
    ui->hemoglobinLimit->setText(
        tr("LLN to ULN + %1").arg(limit(e.hemoglobinMaxAboveUln)));
    ui->plateletsLimit->setText(tr("≥ %1").arg(limit(e.plateletsMin)));
    ui->wbcLimit->setText(tr("≥ %1").arg(limit(e.wbcMin)));
    for (const Washout &w : std::as_const(m_washouts))
        w.needed->setText(tr("≥ %1 days").arg(w.requiredDays));
}

void EligibilityForm::retranslate()
{
    m_ui->retranslateUi(contentWidget());
    retranslateCode();
}

QList<FieldChange> EligibilityForm::pendingChanges() const
{
    if (!casebook().eligibility || casebook().eligibility->id == 0)
        return {};
    return FieldChanges::between(*casebook().eligibility, collect());
}

}  // namespace trialcrf
