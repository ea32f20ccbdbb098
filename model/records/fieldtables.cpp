// SPDX-License-Identifier: Apache-2.0
#include "records/fieldbuilders.h"

namespace trialcrf::fields {

using namespace build;

const FieldTable<Subject> &subject()
{
    using S = Subject;
    static const FieldTable<S> t{
        field<S>("subject_code", T::Text, QT_TRANSLATE_NOOP("FieldLabels", "Subject code"))
            .key().trimmed().column("code").member(&S::code)
            .allowed(QStringLiteral("letters, digits and -")),
        field<S>("initials", T::Text, QT_TRANSLATE_NOOP("FieldLabels", "Initials"))
            .trimmed().member(&S::initials).allowed(QStringLiteral("A-Z, 1..4 letters")),
        field<S>("sex", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Sex"))
            .codes("sex").member(&S::sex),
        field<S>("birth_date", T::Date, QT_TRANSLATE_NOOP("FieldLabels", "Birth date"))
            .member(&S::birthDate),
        field<S>("week0_date", T::Date, QT_TRANSLATE_NOOP("FieldLabels", "Week-0 date"))
            .exportLabel(QT_TRANSLATE_NOOP("FieldLabels", "Week-0 date (planned first infusion)"))
            .member(&S::week0Date),
        field<S>("status", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Status"))
            .exportLabel(QT_TRANSLATE_NOOP("FieldLabels", "Status (follows from the data)"))
            .codes("subject_status").member(&S::status),
        field<S>("withdrawal_date", T::Date, QT_TRANSLATE_NOOP("FieldLabels", "Withdrawal date"))
            .optional().member(&S::withdrawalDate),
        field<S>("withdrawal_reason", T::Text,
                 QT_TRANSLATE_NOOP("FieldLabels", "Reason for withdrawal"))
            .optional().member(&S::withdrawalReason),
        // Optional: an export from before sites has no such column (its subjects go to the
        // study's first site).
        field<S>("site_code", T::Text, QT_TRANSLATE_NOOP("FieldLabels", "Site"))
            .exportLabel(QT_TRANSLATE_NOOP("FieldLabels", "Site (its code)"))
            .optional().trimmed().member(&S::siteCode)
            .allowed(QStringLiteral("a site code of the study")),
    };
    return t;
}

const FieldTable<Consent> &consent()
{
    using C = Consent;
    static const FieldTable<C> t{
        subjectCode<C>(),
        field<C>("consent_version", T::Text,
                 QT_TRANSLATE_NOOP("FieldLabels", "Consent form version"))
            .member(&C::consentVersion),
        field<C>("consent_date", T::Date, QT_TRANSLATE_NOOP("FieldLabels", "Date signed"))
            .member(&C::consentDate),
        field<C>("subject_signed", T::YesNo,
                 QT_TRANSLATE_NOOP("FieldLabels", "Signed by the subject"))
            .member(&C::subjectSigned),
        field<C>("obtained_by", T::Text, QT_TRANSLATE_NOOP("FieldLabels", "Consent obtained by"))
            .member(&C::obtainedBy),
        field<C>("consent_time", T::Time, QT_TRANSLATE_NOOP("FieldLabels", "Time signed"))
            .optional().member(&C::consentTime),
    };
    return t;
}

const FieldTable<Eligibility> &eligibility()
{
    using E = Eligibility;
    const auto lab = [](const char *key, const char *label, std::optional<double> E::*m,
                        const char *unit) {
        return field<E>(key, T::Decimal, label).member(m).unit(QString::fromUtf8(unit));
    };
    const auto exclusion = [](const char *key, const char *label, std::optional<bool> E::*m) {
        return field<E>(key, T::YesNo, label).member(m);
    };
    static const FieldTable<E> t{
        subjectCode<E>(),
        field<E>("assessed_date", T::Date, QT_TRANSLATE_NOOP("FieldLabels", "Assessment date"))
            .member(&E::assessedDate),
        field<E>("psoriasis_vulgaris", T::YesNo,
                 QT_TRANSLATE_NOOP("FieldLabels", "Diagnosis of psoriasis vulgaris"))
            .member(&E::psoriasisVulgaris),
        // Not an input: the screening PASI assessment's value, shown beside the criteria.
        field<E>("pasi", T::Tenths, QT_TRANSLATE_NOOP("FieldLabels", "PASI at screening"))
            .exportLabel(QT_TRANSLATE_NOOP(
                "FieldLabels", "PASI at screening (from the screening row of pasi.csv)"))
            .column("pasi_tenths").notStored().optional().member(&E::pasiTenths)
            .allowedBy(&pasiRange),
        field<E>("bsa_pct", T::Decimal,
                 QT_TRANSLATE_NOOP("FieldLabels", "Body surface area involved (BSA)"))
            .member(&E::bsaPct).unit(QStringLiteral("%")).range(&R::bsaPct),
        field<E>("sas", T::Decimal,
                 QT_TRANSLATE_NOOP("FieldLabels", "Self-rating Anxiety Scale (SAS) score"))
            .member(&E::sas).range(&R::sas),
        field<E>("sds", T::Decimal,
                 QT_TRANSLATE_NOOP("FieldLabels", "Self-rating Depression Scale (SDS) score"))
            .member(&E::sds).range(&R::sds),
        lab("calcium_mmol_l", QT_TRANSLATE_NOOP("FieldLabels", "Serum calcium"), &E::calcium,
            "mmol/L"),
        lab("ast", QT_TRANSLATE_NOOP("FieldLabels", "AST"), &E::ast, "U/L"),
        lab("ast_uln", QT_TRANSLATE_NOOP("FieldLabels", "AST upper limit of normal"),
            &E::astUln, "U/L"),
        lab("alt", QT_TRANSLATE_NOOP("FieldLabels", "ALT"), &E::alt, "U/L"),
        lab("alt_uln", QT_TRANSLATE_NOOP("FieldLabels", "ALT upper limit of normal"),
            &E::altUln, "U/L"),
        lab("creatinine", QT_TRANSLATE_NOOP("FieldLabels", "Creatinine"), &E::creatinine,
            "µmol/L"),
        lab("creatinine_uln", QT_TRANSLATE_NOOP("FieldLabels", "Creatinine upper limit of normal"),
            &E::creatinineUln, "µmol/L"),
        lab("cystatin_c", QT_TRANSLATE_NOOP("FieldLabels", "Cystatin C"), &E::cystatinC, "mg/L"),
        lab("cystatin_c_uln", QT_TRANSLATE_NOOP("FieldLabels", "Cystatin C upper limit of normal"),
            &E::cystatinCUln, "mg/L"),
        lab("hemoglobin_g_l", QT_TRANSLATE_NOOP("FieldLabels", "Haemoglobin"), &E::hemoglobin,
            "g/L"),
        lab("hemoglobin_lln",
            QT_TRANSLATE_NOOP("FieldLabels", "Haemoglobin lower limit of normal"),
            &E::hemoglobinLln, "g/L"),
        lab("hemoglobin_uln",
            QT_TRANSLATE_NOOP("FieldLabels", "Haemoglobin upper limit of normal"),
            &E::hemoglobinUln, "g/L"),
        lab("platelets_10e9_l", QT_TRANSLATE_NOOP("FieldLabels", "Platelet count"),
            &E::platelets, "10^9/L"),
        lab("wbc_10e9_l", QT_TRANSLATE_NOOP("FieldLabels", "White blood cell count"), &E::wbc,
            "10^9/L"),
        field<E>("last_topical_date", T::LastDose,
                 QT_TRANSLATE_NOOP("FieldLabels", "Last topical treatment"))
            .exportLabel(QT_TRANSLATE_NOOP("FieldLabels",
                                           "Last topical treatment (corticosteroids, retinoids, "
                                           "vitamin D analogues)"))
            .member(&E::lastTopical),
        field<E>("last_systemic_date", T::LastDose,
                 QT_TRANSLATE_NOOP("FieldLabels", "Last systemic therapy or phototherapy"))
            .exportLabel(QT_TRANSLATE_NOOP("FieldLabels",
                                           "Last systemic therapy or phototherapy (UVB, PUVA)"))
            .member(&E::lastSystemic),
        field<E>("last_biologic_date", T::LastDose,
                 QT_TRANSLATE_NOOP("FieldLabels", "Last biologic"))
            .member(&E::lastBiologic),
        exclusion("exc_guttate_inverse_face",
                  QT_TRANSLATE_NOOP("FieldLabels",
                                    "Guttate or inverse psoriasis, or psoriasis only on the face "
                                    "(EXC1)"),
                  &E::guttateInverseFace),
        exclusion("exc_acute_progressive_erythroderma",
                  QT_TRANSLATE_NOOP("FieldLabels",
                                    "Acute progressive psoriasis or tendency to erythroderma "
                                    "(EXC2)"),
                  &E::acuteProgressiveErythroderma),
        exclusion("exc_pregnancy_lactation",
                  QT_TRANSLATE_NOOP("FieldLabels",
                                    "Pregnancy or lactation now or within the last year (EXC3)"),
                  &E::pregnancyLactation),
        exclusion("exc_psychiatric_disorder",
                  QT_TRANSLATE_NOOP("FieldLabels", "Other psychiatric disorder (EXC4)"),
                  &E::psychiatricDisorder),
        exclusion("exc_uncontrolled_disease",
                  QT_TRANSLATE_NOOP("FieldLabels",
                                    "Uncontrolled primary disease, infection, electrolyte or "
                                    "acid-base disturbance (EXC5)"),
                  &E::uncontrolledDisease),
        exclusion("exc_other_lab_abnormal",
                  QT_TRANSLATE_NOOP("FieldLabels",
                                    "Other abnormal laboratory result judged unsuitable (EXC5)"),
                  &E::otherLabAbnormal),
        exclusion("exc_malignancy",
                  QT_TRANSLATE_NOOP("FieldLabels",
                                    "Malignant tumour, abnormal tumour markers or other organ "
                                    "dysfunction (EXC6)"),
                  &E::malignancy),
        exclusion("exc_allergy_history",
                  QT_TRANSLATE_NOOP("FieldLabels", "Any history of allergy (EXC7)"),
                  &E::allergyHistory),
        exclusion("exc_other_trial",
                  QT_TRANSLATE_NOOP("FieldLabels",
                                    "In another clinical trial now or within the last month "
                                    "(EXC8)"),
                  &E::otherTrial),
        exclusion("exc_investigator_judgement",
                  QT_TRANSLATE_NOOP("FieldLabels",
                                    "Other condition the investigator judges unsuitable "
                                    "(EXC10)"),
                  &E::investigatorJudgement),
        computed<E>("age", T::Integer, QT_TRANSLATE_NOOP("FieldLabels", "Age on the consent date"))
            .unit(QStringLiteral("years")),
        computed<E>("verdict", T::Code,
                    QT_TRANSLATE_NOOP("FieldLabels", "Eligibility verdict (computed)"))
            .codes("verdict"),
        computed<E>("failed_criteria", T::CodeList,
                    QT_TRANSLATE_NOOP("FieldLabels", "Failed criteria"))
            .codes("criterion"),
        computed<E>("missing_items", T::CodeList, QT_TRANSLATE_NOOP("FieldLabels", "Missing items"))
            .allowed(QStringLiteral("column names")),
        field<E>("confirmed_verdict", T::Code,
                 QT_TRANSLATE_NOOP("FieldLabels", "Confirmed verdict (investigator)"))
            .optional().codes("verdict").member(&E::confirmedVerdict),
        field<E>("override_reason", T::Text, QT_TRANSLATE_NOOP("FieldLabels", "Override reason"))
            .exportLabel(QT_TRANSLATE_NOOP(
                "FieldLabels", "Override reason (confirmed verdict differs from the computed one)"))
            .optional().member(&E::overrideReason),
    };
    return t;
}

const FieldTable<AdverseEvent> &adverseEvent()
{
    using A = AdverseEvent;
    static const FieldTable<A> t{
        subjectCode<A>(),
        field<A>("ae_number", T::Integer, QT_TRANSLATE_NOOP("FieldLabels", "Adverse event number"))
            .key().member(&A::aeNumber).allowed(QStringLiteral("1..")),
        field<A>("term", T::Text, QT_TRANSLATE_NOOP("FieldLabels", "Adverse event term"))
            .member(&A::term),
        field<A>("onset_date", T::Date, QT_TRANSLATE_NOOP("FieldLabels", "Onset date"))
            .member(&A::onsetDate),
        field<A>("end_date", T::Date, QT_TRANSLATE_NOOP("FieldLabels", "End date"))
            .member(&A::endDate),
        field<A>("ctcae_grade", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Severity grade (CTCAE)"))
            .codes("ctcae_grade").member(&A::ctcaeGrade),
        field<A>("serious", T::YesNo,
                 QT_TRANSLATE_NOOP("FieldLabels", "Serious adverse event (SAE)"))
            .member(&A::serious),
        field<A>("relatedness", T::Code,
                 QT_TRANSLATE_NOOP("FieldLabels", "Relationship to study treatment"))
            .codes("relatedness").member(&A::relatedness),
        field<A>("action_taken", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Action taken"))
            .codes("action_taken").member(&A::actionTaken),
        field<A>("outcome", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Outcome"))
            .codes("outcome").member(&A::outcome),
        field<A>("sae_criteria", T::CodeList,
                 QT_TRANSLATE_NOOP("FieldLabels", "Seriousness criteria"))
            .optional().codes("sae_criterion").member(&A::saeCriteria),
        field<A>("onset_time", T::Time, QT_TRANSLATE_NOOP("FieldLabels", "Onset time"))
            .optional().member(&A::onsetTime),
        field<A>("infusion_visit", T::Code,
                 QT_TRANSLATE_NOOP("FieldLabels", "After the infusion of visit"))
            .optional().codes("infusion_visit").member(&A::infusionVisit),
    };
    return t;
}

const FieldTable<Deviation> &deviation()
{
    using D = Deviation;
    static const FieldTable<D> t{
        field<D>("subject_code", T::Text, QT_TRANSLATE_NOOP("FieldLabels", "Subject code"))
            .key().trimmed().context().notStored().member(&D::subjectCode)
            .allowed(QStringLiteral("letters, digits and -")),
        field<D>("visit", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Visit"))
            .key().codes("visit").member(&D::visit),
        field<D>("kind", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Protocol deviation"))
            .key().codes("deviation_kind").member(&D::kind),
        field<D>("source_table", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Recorded on"))
            .notExported().member(&D::sourceTable),
        field<D>("source_id", T::Integer, QT_TRANSLATE_NOOP("FieldLabels", "Record number"))
            .notExported().member(&D::sourceId),
        field<D>("detected_at", T::DateTime, QT_TRANSLATE_NOOP("FieldLabels", "Detected (UTC)"))
            .optional().member(&D::detectedAt),
        field<D>("reason", T::Text, QT_TRANSLATE_NOOP("FieldLabels", "Protocol deviation: reason"))
            .optional()
            .access([](const D &d) { return FieldValue(d.reason.trimmed()); },
                    [](D &d, const FieldValue &v) { fieldvalue::to(v, &d.reason); }),
        field<D>("recorded_by", T::Text, QT_TRANSLATE_NOOP("FieldLabels", "Recorded by"))
            .optional().member(&D::recordedBy),
        // The exported name of source_table.
        field<D>("source", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Recorded on"))
            .key().codes("deviation_source").notStored()
            .access([](const D &d) { return FieldValue(d.sourceCode()); },
                    [](D &d, const FieldValue &v) {
                        QString code;
                        fieldvalue::to(v, &code);
                        d.sourceTable = Deviation::sourceTableOf(code);
                    }),
        field<D>("resolved", T::Flag, QT_TRANSLATE_NOOP("FieldLabels", "Resolved"))
            .exportLabel(QT_TRANSLATE_NOOP("FieldLabels",
                                           "Resolved: the data no longer shows it (computed)"))
            .use(FieldInfo::Use::Computed).member(&D::resolved),
        field<D>("resolved_at", T::DateTime, QT_TRANSLATE_NOOP("FieldLabels", "Resolved (UTC)"))
            .optional()
            .access([](const D &d) {
                        return d.resolved ? fieldvalue::from(d.resolvedAt) : FieldValue();
                    },
                    [](D &d, const FieldValue &v) { fieldvalue::to(v, &d.resolvedAt); }),
    };
    return t;
}

QList<RecordFields> all(const Protocol &p)
{
    return {
        {QStringLiteral("subjects"), QStringLiteral("subjects"),
         QT_TRANSLATE_NOOP("FieldLabels", "Subjects"), infos(subject())},
        {QStringLiteral("consents"), QStringLiteral("consents"),
         QT_TRANSLATE_NOOP("FieldLabels", "Informed consent"), infos(consent())},
        {QStringLiteral("eligibility"), QStringLiteral("eligibility"),
         QT_TRANSLATE_NOOP("FieldLabels", "Eligibility assessment"), infos(eligibility())},
        {QStringLiteral("pasi"), QStringLiteral("pasi_assessments"),
         QT_TRANSLATE_NOOP("FieldLabels", "PASI assessments"), infos(pasi(p))},
        {QStringLiteral("infusions"), QStringLiteral("infusions"),
         QT_TRANSLATE_NOOP("FieldLabels", "Infusion log"), infos(infusion())},
        {QStringLiteral("vital_signs"), QStringLiteral("vital_signs"),
         QT_TRANSLATE_NOOP("FieldLabels", "Vital signs"), infos(vitalSigns())},
        {QStringLiteral("adverse_events"), QStringLiteral("adverse_events"),
         QT_TRANSLATE_NOOP("FieldLabels", "Adverse events"), infos(adverseEvent())},
        {QStringLiteral("deviations"), QStringLiteral("deviations"),
         QT_TRANSLATE_NOOP("FieldLabels", "Protocol deviation log"), infos(deviation())},
    };
}

const FieldInfo *find(const QString &name)
{
    static const QList<RecordFields> tables = all(Protocol::builtIn());
    for (const RecordFields &r : tables) {
        for (const FieldInfo &f : r.fields) {
            if (f.key == name || f.column == name)
                return &f;
        }
    }
    return nullptr;
}

}  // namespace trialcrf::fields
