// SPDX-License-Identifier: Apache-2.0
#include "reportlabels.h"

#include "rules/rules.h"

#include <QLocale>
#include <QtMath>
#include <cmath>

namespace trialcrf {

QString ReportLabels::visit(const QString &code)
{
    if (code == QLatin1String("screening"))
        return tr("Screening");
    if (code.startsWith(QLatin1String("week"))) {
        bool ok = false;
        const int week = QStringView(code).mid(4).toInt(&ok);
        if (ok)
            return tr("Week %1").arg(week);
    }
    return code;
}

QString ReportLabels::subjectStatus(const QString &code)
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

QString ReportLabels::sex(const QString &code)
{
    if (code == QLatin1String("M"))
        return tr("Male");
    if (code == QLatin1String("F"))
        return tr("Female");
    return code.isEmpty() ? notRecorded() : code;
}

QString ReportLabels::verdict(const QString &code)
{
    if (code == QLatin1String("eligible"))
        return tr("Eligible");
    if (code == QLatin1String("not_eligible"))
        return tr("Not eligible");
    if (code == QLatin1String("incomplete"))
        return tr("Incomplete: data missing");
    return code.isEmpty() ? notRecorded() : code;
}

QString ReportLabels::criterion(const Protocol &p, const QString &code)
{
    const Protocol::Eligibility &e = p.eligibility;
    const auto n = [](double v) { return QLocale::c().toString(v, 'g', 6); };
    if (code == QLatin1String("INC1"))
        return tr("Moderate to severe psoriasis vulgaris: PASI > %1 or BSA > %2 %")
            .arg(n(e.pasiGreaterThan), n(e.bsaGreaterThanPct));
    if (code == QLatin1String("INC2"))
        return tr("Age %1 to %2 years on the day of consent").arg(e.ageMinYears).arg(e.ageMaxYears);
    if (code == QLatin1String("INC3"))
        return tr("Written informed consent signed");
    if (code == QLatin1String("EXC1"))
        return tr("Guttate or inverse psoriasis, or psoriasis only on the face");
    if (code == QLatin1String("EXC2"))
        return tr("Acute progressive psoriasis or a tendency to erythroderma");
    if (code == QLatin1String("EXC3"))
        return tr("Pregnancy or lactation now or within the last year");
    if (code == QLatin1String("EXC4-sas"))
        return tr("Self-rating Anxiety Scale (SAS) > %1").arg(n(e.sasMax));
    if (code == QLatin1String("EXC4-sds"))
        return tr("Self-rating Depression Scale (SDS) > %1").arg(n(e.sdsMax));
    if (code == QLatin1String("EXC4-psychiatric"))
        return tr("Another psychiatric disorder");
    if (code == QLatin1String("EXC5-calcium"))
        return tr("Serum calcium below %1 or above %2 mmol/L").arg(n(e.calciumMin), n(e.calciumMax));
    if (code == QLatin1String("EXC5-ast"))
        return tr("AST > %1 × ULN").arg(n(e.astMaxXUln));
    if (code == QLatin1String("EXC5-alt"))
        return tr("ALT > %1 × ULN").arg(n(e.altMaxXUln));
    if (code == QLatin1String("EXC5-creatinine"))
        return tr("Creatinine > %1 × ULN").arg(n(e.creatinineMaxXUln));
    if (code == QLatin1String("EXC5-cystatin_c"))
        return tr("Cystatin C > %1 × ULN").arg(n(e.cystatinCMaxXUln));
    if (code == QLatin1String("EXC5-hemoglobin"))
        return tr("Haemoglobin more than %1 g/L above the ULN, or below the LLN")
            .arg(n(e.hemoglobinMaxAboveUln));
    if (code == QLatin1String("EXC5-platelets"))
        return tr("Platelet count < %1 × 10⁹/L").arg(n(e.plateletsMin));
    if (code == QLatin1String("EXC5-wbc"))
        return tr("White blood cell count < %1 × 10⁹/L").arg(n(e.wbcMin));
    if (code == QLatin1String("EXC5-uncontrolled"))
        return tr("Uncontrolled primary disease, infection, electrolyte or acid–base disturbance");
    if (code == QLatin1String("EXC5-other_lab"))
        return tr("Another abnormal laboratory result the investigator judges unsuitable");
    if (code == QLatin1String("EXC6"))
        return tr("Malignant tumour, abnormal tumour markers or other organ dysfunction");
    if (code == QLatin1String("EXC7"))
        return tr("History of allergy");
    if (code == QLatin1String("EXC8"))
        return tr("Another clinical trial now or within the last month");
    if (code == QLatin1String("EXC9-topical"))
        return tr("Topical treatment less than %1 days before week 0").arg(e.washoutTopicalDays);
    if (code == QLatin1String("EXC9-systemic"))
        return tr("Systemic therapy or phototherapy less than %1 days before week 0")
            .arg(e.washoutSystemicDays);
    if (code == QLatin1String("EXC9-biologic"))
        return tr("Biologics less than %1 days before week 0").arg(e.washoutBiologicDays);
    if (code == QLatin1String("EXC10"))
        return tr("Another condition the investigator judges unsuitable");
    return code;
}

QString ReportLabels::dataItem(const QString &column)
{
    static const struct {
        const char *column;
        const char *label;
    } items[] = {
        {"birth_date", QT_TR_NOOP("birth date")},
        {"consent", QT_TR_NOOP("informed consent")},
        {"consent_date", QT_TR_NOOP("consent date")},
        {"week0_date", QT_TR_NOOP("week-0 date")},
        {"psoriasis_vulgaris", QT_TR_NOOP("psoriasis vulgaris")},
        {"pasi", QT_TR_NOOP("PASI")},
        {"bsa_pct", QT_TR_NOOP("BSA")},
        {"sas", QT_TR_NOOP("SAS")},
        {"sds", QT_TR_NOOP("SDS")},
        {"calcium_mmol_l", QT_TR_NOOP("serum calcium")},
        {"ast", QT_TR_NOOP("AST")},
        {"ast_uln", QT_TR_NOOP("AST ULN")},
        {"alt", QT_TR_NOOP("ALT")},
        {"alt_uln", QT_TR_NOOP("ALT ULN")},
        {"creatinine", QT_TR_NOOP("creatinine")},
        {"creatinine_uln", QT_TR_NOOP("creatinine ULN")},
        {"cystatin_c", QT_TR_NOOP("cystatin C")},
        {"cystatin_c_uln", QT_TR_NOOP("cystatin C ULN")},
        {"hemoglobin_g_l", QT_TR_NOOP("haemoglobin")},
        {"hemoglobin_lln", QT_TR_NOOP("haemoglobin LLN")},
        {"hemoglobin_uln", QT_TR_NOOP("haemoglobin ULN")},
        {"platelets_10e9_l", QT_TR_NOOP("platelet count")},
        {"wbc_10e9_l", QT_TR_NOOP("white blood cell count")},
        {"last_topical_date", QT_TR_NOOP("last topical treatment")},
        {"last_systemic_date", QT_TR_NOOP("last systemic therapy")},
        {"last_biologic_date", QT_TR_NOOP("last biologic")},
        {"exc_guttate_inverse_face", QT_TR_NOOP("guttate, inverse or facial psoriasis")},
        {"exc_acute_progressive_erythroderma", QT_TR_NOOP("acute progressive psoriasis")},
        {"exc_pregnancy_lactation", QT_TR_NOOP("pregnancy or lactation")},
        {"exc_psychiatric_disorder", QT_TR_NOOP("psychiatric disorder")},
        {"exc_uncontrolled_disease", QT_TR_NOOP("uncontrolled disease")},
        {"exc_other_lab_abnormal", QT_TR_NOOP("other abnormal laboratory result")},
        {"exc_malignancy", QT_TR_NOOP("malignancy")},
        {"exc_allergy_history", QT_TR_NOOP("allergy history")},
        {"exc_other_trial", QT_TR_NOOP("other clinical trial")},
        {"exc_investigator_judgement", QT_TR_NOOP("investigator's judgement")},
    };
    for (const auto &item : items) {
        if (column == QLatin1String(item.column))
            return tr(item.label);
    }
    return column;
}

QString ReportLabels::grade(const QString &code)
{
    if (code.startsWith(QLatin1String("grade")))
        return tr("Grade %1").arg(QStringView(code).mid(5));
    return code.isEmpty() ? notRecorded() : code;
}

QString ReportLabels::relatedness(const QString &code)
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
    return code.isEmpty() ? notRecorded() : code;
}

QString ReportLabels::action(const QString &code)
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
    return code.isEmpty() ? notRecorded() : code;
}

QString ReportLabels::outcome(const QString &code)
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
    return code.isEmpty() ? notRecorded() : code;
}

QString ReportLabels::saeCriterion(const QString &code)
{
    if (code == QLatin1String("death"))
        return tr("Death");
    if (code == QLatin1String("life_threatening"))
        return tr("Life-threatening");
    if (code == QLatin1String("hospitalisation"))
        return tr("Hospitalisation");
    if (code == QLatin1String("disability"))
        return tr("Disability");
    if (code == QLatin1String("congenital_anomaly"))
        return tr("Congenital anomaly");
    if (code == QLatin1String("important_medical_event"))
        return tr("Important medical event");
    return code;
}

QString ReportLabels::vitalPhase(const QString &code)
{
    if (code == QLatin1String("before"))
        return tr("Before");
    if (code == QLatin1String("during"))
        return tr("During");
    if (code == QLatin1String("after"))
        return tr("After");
    return code;
}

QString ReportLabels::yesNo(const std::optional<bool> &value)
{
    if (!value)
        return notRecorded();
    return *value ? tr("Yes") : tr("No");
}

QString ReportLabels::auditAction(const QString &code)
{
    if (code == QLatin1String("insert"))
        return tr("Created");
    if (code == QLatin1String("update"))
        return tr("Changed");
    if (code == QLatin1String("delete"))
        return tr("Deleted");
    if (code == QLatin1String("lock"))
        return tr("Locked");
    if (code == QLatin1String("unlock"))
        return tr("Unlocked");
    return code;
}

QString ReportLabels::date(const std::optional<QDate> &d)
{
    return d && d->isValid() ? d->toString(Qt::ISODate) : notRecorded();
}

QString ReportLabels::notRecorded()
{
    return QStringLiteral("—");
}

QString ReportLabels::percentTenths(const std::optional<int> &tenths)
{
    if (!tenths)
        return notRecorded();
    return tr("%1 %").arg(rules::formatTenths(*tenths));
}

QString ReportLabels::cells(const std::optional<qint64> &cells)
{
    if (!cells)
        return notRecorded();
    if (*cells == 0)
        return QStringLiteral("0");
    const int exponent = int(std::floor(std::log10(double(*cells))));
    const double mantissa = double(*cells) / std::pow(10.0, exponent);
    static const char16_t superscripts[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString exp;
    for (const QChar c : QString::number(exponent))
        exp += QChar(superscripts[c.digitValue()]);
    // No-break spaces: the number never wraps inside a narrow table column.
    return QStringLiteral("%1\u00a0×\u00a010%2").arg(QLocale::c().toString(mantissa, 'f', 2), exp);
}

QString ReportLabels::number(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
}

}  // namespace trialcrf
