// SPDX-License-Identifier: Apache-2.0
#include "records/fieldtables.h"

#include <QCoreApplication>

namespace trialcrf::fields {

namespace {

using T = FieldType;
using R = Protocol::Ranges;

/// The first column of every file but the subjects': the subject's code, from the record's
/// subject (not a column of its table).
template <typename Rec>
Field<Rec> subjectCode()
{
    return field<Rec>("subject_code", T::Text, QT_TRANSLATE_NOOP("FieldLabels", "Subject code"))
        .key()
        .trimmed()
        .context()
        .notStored()
        .allowed(QStringLiteral("letters, digits and -"));
}

template <typename Rec>
FieldBuilder<Rec> computed(const char *key, FieldType type, const char *label)
{
    return field<Rec>(key, type, label).computed();
}

QString range(double min, double max)
{
    return QString::number(min, 'g', 15) + QLatin1String("..") + QString::number(max, 'g', 15);
}

QString severityRange(const Protocol &p)
{
    return range(0, p.severityMax);
}

QString areaScoreRange(const Protocol &p)
{
    return range(0, double(p.areaScoreUpperBoundsPct.size()));
}

/// 0 to the highest PASI the protocol's regions and scores allow.
QString pasiRange(const Protocol &p)
{
    int maxPasi = 0;
    for (const PasiRegionDef &region : p.pasiRegions)
        maxPasi += region.weightTenths * 3 * p.severityMax * int(p.areaScoreUpperBoundsPct.size());
    return QLatin1String("0..") + rules::formatTenths(maxPasi / 10);
}

/// One PASI score of region `i`: a member of its RegionScores.
template <typename M>
Field<PasiAssessment> regionField(const Protocol &p, const char *suffix, FieldType type,
                                  const char *label, int i, M rules::RegionScores::*m)
{
    const QString key = p.pasiRegions.at(i).code + QLatin1String(suffix);
    Field<PasiAssessment> f = field<PasiAssessment>("", type, label)
                                  .access(
                                      [i, m](const PasiAssessment &a) {
                                          return i < a.regions.size()
                                                     ? fieldvalue::from(a.regions.at(i).*m)
                                                     : FieldValue();
                                      },
                                      [i, m](PasiAssessment &a, const FieldValue &v) {
                                          if (i < a.regions.size())
                                              fieldvalue::to(v, &(a.regions[i].*m));
                                      });
    f.key = f.column = key;
    f.region = p.pasiRegions.at(i).code;
    if (type == FieldType::Integer)
        f.flags |= FieldInfo::SmallInt;  // the scores are ints
    return f;
}

}  // namespace

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

namespace {
FieldTable<PasiAssessment> pasiTable(const Protocol &p);
}  // namespace

const FieldTable<PasiAssessment> &pasi(const Protocol &p)
{
    // Built once per thread for the protocol's regions (one protocol at a time, in practice).
    thread_local QStringList regions;
    thread_local FieldTable<PasiAssessment> table;
    QStringList codes;
    for (const PasiRegionDef &r : p.pasiRegions)
        codes << r.code;
    if (table.isEmpty() || codes != regions) {
        regions = codes;
        table = pasiTable(p);
    }
    return table;
}

namespace {

FieldTable<PasiAssessment> pasiTable(const Protocol &p)
{
    using A = PasiAssessment;
    using S = rules::RegionScores;
    FieldTable<A> t{
        subjectCode<A>(),
        field<A>("visit", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Visit"))
            .key().codes("pasi_visit").member(&A::visit),
        field<A>("assessment_date", T::Date, QT_TRANSLATE_NOOP("FieldLabels", "Assessment date"))
            .member(&A::assessmentDate),
    };
    // Labelled "<region>: <score>" in the dictionary (see DataDictionary).
    for (int i = 0; i < int(p.pasiRegions.size()); ++i) {
        t << regionField(p, "_erythema", T::Integer,
                         QT_TRANSLATE_NOOP("FieldLabels", "erythema"), i, &S::erythema)
          << regionField(p, "_induration", T::Integer,
                         QT_TRANSLATE_NOOP("FieldLabels", "induration"), i, &S::induration)
          << regionField(p, "_desquamation", T::Integer,
                         QT_TRANSLATE_NOOP("FieldLabels", "desquamation"), i, &S::desquamation)
          << regionField(p, "_area", T::Integer,
                         QT_TRANSLATE_NOOP("FieldLabels", "area score"), i, &S::area);
        for (qsizetype k = t.size() - 4; k < t.size(); ++k)
            t[k].allowedBy = t.at(k).key.endsWith(QLatin1String("_area")) ? &areaScoreRange
                                                                          : &severityRange;
    }
    t << field<A>("bsa_pct", T::Decimal,
                  QT_TRANSLATE_NOOP("FieldLabels", "Body surface area involved (BSA)"))
             .member(&A::bsaPct).unit(QStringLiteral("%")).range(&R::bsaPct)
      << computed<A>("pasi", T::Decimal, QT_TRANSLATE_NOOP("FieldLabels", "PASI (computed)"))
             .allowedBy(&pasiRange)
      << computed<A>("improvement_pct", T::Decimal,
                     QT_TRANSLATE_NOOP("FieldLabels",
                                       "PASI improvement rate from baseline (computed; empty "
                                       "when baseline PASI is 0 or missing)"))
             .unit(QStringLiteral("%"));
    // The area involved as measured, after the contract's columns.
    for (int i = 0; i < int(p.pasiRegions.size()); ++i) {
        Field<A> f = regionField(p, "_area_pct", T::Decimal,
                                 QT_TRANSLATE_NOOP("FieldLabels", "area involved"), i,
                                 &S::areaPct);
        f.use = FieldInfo::Use::Optional;
        f.unit = QStringLiteral("%");
        f.allowed = QStringLiteral("0..100");
        t << f;
    }
    return t;
}

}  // namespace

const FieldTable<Infusion> &infusion()
{
    using I = Infusion;
    static const FieldTable<I> t{
        subjectCode<I>(),
        field<I>("visit", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Visit"))
            .key().codes("infusion_visit").member(&I::visit),
        field<I>("infusion_date", T::Date, QT_TRANSLATE_NOOP("FieldLabels", "Infusion date"))
            .member(&I::infusionDate),
        field<I>("weight_kg", T::Decimal, QT_TRANSLATE_NOOP("FieldLabels", "Body weight"))
            .member(&I::weightKg).unit(QStringLiteral("kg")).range(&R::weightKg),
        field<I>("actual_cells", T::Integer,
                 QT_TRANSLATE_NOOP("FieldLabels", "Actual dose (cells infused)"))
            .member(&I::actualCells).unit(QStringLiteral("cells")).range(&R::actualCells),
        field<I>("lot_number", T::Text, QT_TRANSLATE_NOOP("FieldLabels", "Lot number"))
            .member(&I::lotNumber),
        field<I>("viability_pct", T::Decimal, QT_TRANSLATE_NOOP("FieldLabels", "Cell viability"))
            .member(&I::viabilityPct).unit(QStringLiteral("%")).range(&R::viabilityPct),
        field<I>("start_time", T::Time, QT_TRANSLATE_NOOP("FieldLabels", "Infusion start time"))
            .member(&I::startTime),
        field<I>("end_time", T::Time, QT_TRANSLATE_NOOP("FieldLabels", "Infusion end time"))
            .member(&I::endTime),
        field<I>("deviation_reason", T::Text,
                 QT_TRANSLATE_NOOP("FieldLabels", "Protocol deviation: reason"))
            .member(&I::deviationReason),
        computed<I>("target_cells", T::Integer,
                    QT_TRANSLATE_NOOP("FieldLabels", "Target dose (computed)"))
            .unit(QStringLiteral("cells")),
        computed<I>("deviation_pct", T::Decimal,
                    QT_TRANSLATE_NOOP("FieldLabels",
                                      "Deviation of the actual from the target dose (computed)"))
            .unit(QStringLiteral("%")),
        computed<I>("within_tolerance", T::YesNo,
                    QT_TRANSLATE_NOOP("FieldLabels", "Dose within tolerance (computed)")),
        field<I>("thaw_time", T::Time, QT_TRANSLATE_NOOP("FieldLabels", "Thaw time"))
            .optional().member(&I::thawTime),
        field<I>("reaction", T::Flag, QT_TRANSLATE_NOOP("FieldLabels", "Infusion reaction"))
            .optional().member(&I::reaction),
        field<I>("reaction_description", T::Text,
                 QT_TRANSLATE_NOOP("FieldLabels", "Infusion reaction: description"))
            .optional().member(&I::reactionDescription),
    };
    return t;
}

const FieldTable<VitalSigns> &vitalSigns()
{
    using V = VitalSigns;
    static const FieldTable<V> t{
        subjectCode<V>(),
        // The infusion's visit: the key that ties a row to its infusion.
        field<V>("visit", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Visit"))
            .key().codes("infusion_visit").context().notStored(),
        field<V>("phase", T::Code, QT_TRANSLATE_NOOP("FieldLabels", "Phase"))
            .codes("vitals_phase").member(&V::phase),
        field<V>("minute", T::Integer,
                 QT_TRANSLATE_NOOP("FieldLabels", "Minutes after the infusion start"))
            .member(&V::minute).unit(QStringLiteral("min")),
        field<V>("time", T::Time, QT_TRANSLATE_NOOP("FieldLabels", "Time measured"))
            .member(&V::time),
        field<V>("temperature_c", T::Decimal, QT_TRANSLATE_NOOP("FieldLabels", "Temperature"))
            .member(&V::temperatureC).unit(QStringLiteral("°C")).range(&R::temperatureC),
        field<V>("pulse_bpm", T::Integer, QT_TRANSLATE_NOOP("FieldLabels", "Pulse"))
            .column("pulse").member(&V::pulseBpm).unit(QStringLiteral("beats/min"))
            .range(&R::pulseBpm),
        field<V>("respiration_min", T::Integer, QT_TRANSLATE_NOOP("FieldLabels", "Respiration"))
            .column("respiration").member(&V::respirationPerMin)
            .unit(QStringLiteral("breaths/min")).range(&R::respirationPerMin),
        field<V>("systolic_mmhg", T::Integer,
                 QT_TRANSLATE_NOOP("FieldLabels", "Systolic blood pressure"))
            .column("systolic").member(&V::systolicMmHg).unit(QStringLiteral("mmHg"))
            .range(&R::systolicMmHg),
        field<V>("diastolic_mmhg", T::Integer,
                 QT_TRANSLATE_NOOP("FieldLabels", "Diastolic blood pressure"))
            .column("diastolic").member(&V::diastolicMmHg).unit(QStringLiteral("mmHg"))
            .range(&R::diastolicMmHg),
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
