// SPDX-License-Identifier: Apache-2.0
#include "reportlabels.h"

#include "labels/codelabels.h"
#include "rules/rules.h"

#include <QLocale>
#include <QtMath>
#include <cmath>

namespace trialcrf {

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

QString ReportLabels::yesNo(const std::optional<bool> &value)
{
    if (!value)
        return notRecorded();
    return CodeLabels::yesNo(*value ? QStringLiteral("yes") : QStringLiteral("no"));
}

QString ReportLabels::date(const std::optional<QDate> &d)
{
    return d && d->isValid() ? d->toString(Qt::ISODate) : notRecorded();
}

QString ReportLabels::orNone(const QString &label)
{
    return label.isEmpty() ? notRecorded() : label;
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
