// SPDX-License-Identifier: Apache-2.0
#include "codelabels.h"

#include <QRegularExpression>

namespace trialcrf {

QString CodeLabels::notRecorded()
{
    return tr("not recorded");
}

QString CodeLabels::visit(const QString &code)
{
    if (code == QLatin1String("screening"))
        return tr("Screening");
    static const QRegularExpression week(QStringLiteral("^week(\\d+)$"));
    const QRegularExpressionMatch m = week.match(code);
    if (m.hasMatch())
        return tr("Week %1").arg(m.captured(1).toInt());
    return code;
}

QString CodeLabels::subjectStatus(const QString &code)
{
    if (code == QLatin1String("screening"))
        return tr("Screening");
    if (code == QLatin1String("enrolled"))
        return tr("Enrolled");
    if (code == QLatin1String("screen_failed"))
        return tr("Screen failure");
    if (code == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    if (code == QLatin1String("completed"))
        return tr("Completed");
    return code;
}

QString CodeLabels::sex(const QString &code)
{
    if (code == QLatin1String("M"))
        return tr("Male");
    if (code == QLatin1String("F"))
        return tr("Female");
    return code;
}

QString CodeLabels::role(const QString &code)
{
    if (code == QLatin1String("nurse"))
        return tr("Research nurse");
    if (code == QLatin1String("physician"))
        return tr("Physician");
    if (code == QLatin1String("monitor"))
        return tr("Monitor");
    if (code == QLatin1String("data_manager"))
        return tr("Data manager");
    return code;
}

QString CodeLabels::aeGrade(const QString &code)
{
    if (code == QLatin1String("grade1"))
        return tr("Grade 1 — mild");
    if (code == QLatin1String("grade2"))
        return tr("Grade 2 — moderate");
    if (code == QLatin1String("grade3"))
        return tr("Grade 3 — severe");
    if (code == QLatin1String("grade4"))
        return tr("Grade 4 — life-threatening");
    if (code == QLatin1String("grade5"))
        return tr("Grade 5 — death");
    return code;
}

QString CodeLabels::relatedness(const QString &code)
{
    if (code == QLatin1String("not_related"))
        return tr("Not related");
    if (code == QLatin1String("unlikely"))
        return tr("Unlikely");
    if (code == QLatin1String("possible"))
        return tr("Possible");
    if (code == QLatin1String("probable"))
        return tr("Probable");
    if (code == QLatin1String("definite"))
        return tr("Definite");
    return code;
}

QString CodeLabels::actionTaken(const QString &code)
{
    if (code == QLatin1String("none"))
        return tr("None");
    if (code == QLatin1String("infusion_slowed"))
        return tr("Infusion slowed");
    if (code == QLatin1String("infusion_interrupted"))
        return tr("Infusion interrupted");
    if (code == QLatin1String("infusion_stopped"))
        return tr("Infusion stopped");
    if (code == QLatin1String("treatment_withdrawn"))
        return tr("Treatment withdrawn");
    if (code == QLatin1String("medication_given"))
        return tr("Medication given");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

QString CodeLabels::outcome(const QString &code)
{
    if (code == QLatin1String("recovered"))
        return tr("Recovered");
    if (code == QLatin1String("recovering"))
        return tr("Recovering");
    if (code == QLatin1String("not_recovered"))
        return tr("Not recovered");
    if (code == QLatin1String("recovered_with_sequelae"))
        return tr("Recovered with sequelae");
    if (code == QLatin1String("fatal"))
        return tr("Fatal");
    if (code == QLatin1String("unknown"))
        return tr("Unknown");
    return code;
}

QString CodeLabels::saeCriterion(const QString &code)
{
    if (code == QLatin1String("death"))
        return tr("Resulted in death");
    if (code == QLatin1String("life_threatening"))
        return tr("Life-threatening");
    if (code == QLatin1String("hospitalisation"))
        return tr("Hospitalisation or longer stay");
    if (code == QLatin1String("disability"))
        return tr("Disability or incapacity");
    if (code == QLatin1String("congenital_anomaly"))
        return tr("Congenital anomaly");
    if (code == QLatin1String("important_medical_event"))
        return tr("Important medical event");
    return code;
}

QString CodeLabels::vitalPhase(const QString &code)
{
    if (code == QLatin1String("before"))
        return tr("Before");
    if (code == QLatin1String("during"))
        return tr("During");
    if (code == QLatin1String("after"))
        return tr("After");
    return code;
}

QString CodeLabels::verdict(const QString &code)
{
    if (code == QLatin1String("eligible"))
        return tr("Eligible");
    if (code == QLatin1String("not_eligible"))
        return tr("Not eligible");
    if (code == QLatin1String("incomplete"))
        return tr("Incomplete");
    return code;
}

QString CodeLabels::visitState(const QString &code)
{
    if (code == QLatin1String("not_yet_due"))
        return tr("Not yet due");
    if (code == QLatin1String("due"))
        return tr("Due");
    if (code == QLatin1String("overdue"))
        return tr("Overdue");
    if (code == QLatin1String("done"))
        return tr("Done");
    if (code == QLatin1String("out_of_window"))
        return tr("Out of window");
    return code;
}

QString CodeLabels::pasiRegion(const QString &code)
{
    if (code == QLatin1String("head"))
        return tr("Head");
    if (code == QLatin1String("upper_limbs"))
        return tr("Upper limbs");
    if (code == QLatin1String("trunk"))
        return tr("Trunk");
    if (code == QLatin1String("lower_limbs"))
        return tr("Lower limbs");
    return code;
}

QString CodeLabels::yesNo(const QString &code)
{
    if (code == QLatin1String("yes"))
        return tr("Yes");
    if (code == QLatin1String("no"))
        return tr("No");
    if (code.isEmpty())
        return notRecorded();
    return code;
}

QString CodeLabels::criterion(const QString &code)
{
    QString meaning;
    if (code == QLatin1String("INC1"))
        meaning = tr("Moderate to severe psoriasis vulgaris (PASI or BSA)");
    else if (code == QLatin1String("INC2"))
        meaning = tr("Age at consent");
    else if (code == QLatin1String("INC3"))
        meaning = tr("Signed informed consent");
    else if (code == QLatin1String("EXC1"))
        meaning = tr("Guttate or inverse psoriasis, or psoriasis of the face only");
    else if (code == QLatin1String("EXC2"))
        meaning = tr("Acute progressive psoriasis or tendency to erythroderma");
    else if (code == QLatin1String("EXC3"))
        meaning = tr("Pregnancy or lactation");
    else if (code == QLatin1String("EXC4-sas"))
        meaning = tr("Anxiety: SAS too high");
    else if (code == QLatin1String("EXC4-sds"))
        meaning = tr("Depression: SDS too high");
    else if (code == QLatin1String("EXC4-psychiatric"))
        meaning = tr("Other psychiatric disorder");
    else if (code == QLatin1String("EXC5-calcium"))
        meaning = tr("Serum calcium out of range");
    else if (code == QLatin1String("EXC5-ast"))
        meaning = tr("AST too high");
    else if (code == QLatin1String("EXC5-alt"))
        meaning = tr("ALT too high");
    else if (code == QLatin1String("EXC5-creatinine"))
        meaning = tr("Creatinine above the upper limit of normal");
    else if (code == QLatin1String("EXC5-cystatin_c"))
        meaning = tr("Cystatin C above the upper limit of normal");
    else if (code == QLatin1String("EXC5-hemoglobin"))
        meaning = tr("Haemoglobin too high or anaemia");
    else if (code == QLatin1String("EXC5-platelets"))
        meaning = tr("Platelet count too low");
    else if (code == QLatin1String("EXC5-wbc"))
        meaning = tr("White blood cell count too low");
    else if (code == QLatin1String("EXC5-uncontrolled"))
        meaning = tr("Uncontrolled primary disease");
    else if (code == QLatin1String("EXC5-other_lab"))
        meaning = tr("Other abnormal laboratory result");
    else if (code == QLatin1String("EXC6"))
        meaning = tr("Malignancy, abnormal tumour markers or organ dysfunction");
    else if (code == QLatin1String("EXC7"))
        meaning = tr("History of allergy");
    else if (code == QLatin1String("EXC8"))
        meaning = tr("Another clinical trial now or within the last month");
    else if (code == QLatin1String("EXC9-topical"))
        meaning = tr("Washout of topical treatment not met");
    else if (code == QLatin1String("EXC9-systemic"))
        meaning = tr("Washout of systemic therapy or phototherapy not met");
    else if (code == QLatin1String("EXC9-biologic"))
        meaning = tr("Washout of biologics not met");
    else if (code == QLatin1String("EXC10"))
        meaning = tr("Other condition the investigator judges unsuitable");
    if (meaning.isEmpty())
        return code;
    return tr("%1 — %2").arg(code, meaning);
}

QString CodeLabels::eligibilityItem(const QString &code)
{
    struct Item {
        const char *code;
        const char *label;
    };
    static const Item items[] = {
        {"birth_date", QT_TR_NOOP("Birth date")},
        {"week0_date", QT_TR_NOOP("Planned week-0 date")},
        {"consent", QT_TR_NOOP("Informed consent")},
        {"consent_date", QT_TR_NOOP("Consent date")},
        {"assessed_date", QT_TR_NOOP("Assessment date")},
        {"psoriasis_vulgaris", QT_TR_NOOP("Psoriasis vulgaris")},
        {"pasi", QT_TR_NOOP("PASI")},
        {"bsa_pct", QT_TR_NOOP("BSA")},
        {"sas", QT_TR_NOOP("SAS score")},
        {"sds", QT_TR_NOOP("SDS score")},
        {"calcium_mmol_l", QT_TR_NOOP("Serum calcium")},
        {"ast", QT_TR_NOOP("AST")},
        {"ast_uln", QT_TR_NOOP("AST upper limit of normal")},
        {"alt", QT_TR_NOOP("ALT")},
        {"alt_uln", QT_TR_NOOP("ALT upper limit of normal")},
        {"creatinine", QT_TR_NOOP("Creatinine")},
        {"creatinine_uln", QT_TR_NOOP("Creatinine upper limit of normal")},
        {"cystatin_c", QT_TR_NOOP("Cystatin C")},
        {"cystatin_c_uln", QT_TR_NOOP("Cystatin C upper limit of normal")},
        {"hemoglobin_g_l", QT_TR_NOOP("Haemoglobin")},
        {"hemoglobin_lln", QT_TR_NOOP("Haemoglobin lower limit of normal")},
        {"hemoglobin_uln", QT_TR_NOOP("Haemoglobin upper limit of normal")},
        {"platelets_10e9_l", QT_TR_NOOP("Platelet count")},
        {"wbc_10e9_l", QT_TR_NOOP("White blood cell count")},
        {"last_topical_date", QT_TR_NOOP("Last topical treatment")},
        {"last_systemic_date", QT_TR_NOOP("Last systemic therapy or phototherapy")},
        {"last_biologic_date", QT_TR_NOOP("Last biologic")},
        {"exc_guttate_inverse_face", QT_TR_NOOP("Guttate, inverse or facial psoriasis")},
        {"exc_acute_progressive_erythroderma", QT_TR_NOOP("Acute progressive psoriasis / erythroderma")},
        {"exc_pregnancy_lactation", QT_TR_NOOP("Pregnancy or lactation")},
        {"exc_psychiatric_disorder", QT_TR_NOOP("Other psychiatric disorder")},
        {"exc_uncontrolled_disease", QT_TR_NOOP("Uncontrolled primary disease")},
        {"exc_other_lab_abnormal", QT_TR_NOOP("Other abnormal laboratory result")},
        {"exc_malignancy", QT_TR_NOOP("Malignancy or organ dysfunction")},
        {"exc_allergy_history", QT_TR_NOOP("History of allergy")},
        {"exc_other_trial", QT_TR_NOOP("Another clinical trial")},
        {"exc_investigator_judgement", QT_TR_NOOP("Investigator's judgement")},
    };
    for (const Item &item : items) {
        if (code == QLatin1String(item.code))
            return tr(item.label);
    }
    return code;
}

}  // namespace trialcrf
