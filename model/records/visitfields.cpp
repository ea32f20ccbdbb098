// SPDX-License-Identifier: Apache-2.0
// The field tables of the records kept per visit: PASI, infusions and their vital signs.
#include "records/fieldbuilders.h"

namespace trialcrf::fields {

using namespace build;

namespace {

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
    // Labelled "<region> — <score>" (FieldLabels::regionItem).
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
        field<V>("spo2_pct", T::Integer, QT_TRANSLATE_NOOP("FieldLabels", "Oxygen saturation (SpO2)"))
            .optional().column("spo2").member(&V::spo2Pct).unit(QStringLiteral("%"))
            .range(&R::spo2Pct),
    };
    return t;
}

}  // namespace trialcrf::fields
