// SPDX-License-Identifier: Apache-2.0
#include "records/pasiassessment.h"

#include "records/validation.h"

namespace trialcrf {

namespace {

using validation::add;

void score(FieldErrors &errors, const QString &field, const std::optional<int> &value, int max,
           const char *requiredMessage, const char *rangeMessage)
{
    if (!value)
        validation::missing(errors, field, requiredMessage);
    else if (*value < 0 || *value > max)
        add(errors, field, rangeMessage, {QString::number(0), QString::number(max)});
}

/// One source per value: the area involved in % is what the physician measured, the area
/// score follows from it by the protocol's bands. Both recorded and disagreeing is impossible.
void areaPercent(FieldErrors &errors, const Protocol &p, const QString &region,
                 const rules::RegionScores &r)
{
    if (!r.areaPct)
        return;
    const QString field = region + QLatin1String("_area_pct");
    const std::optional<int> banded = rules::areaScoreFromPercent(p, *r.areaPct);
    if (!banded) {
        add(errors, field,
            QT_TRANSLATE_NOOP("Validation", "The area involved must be between 0 and 100 %."));
        return;
    }
    if (!validation::hasAtMostOneDecimal(*r.areaPct)) {
        add(errors, field,
            QT_TRANSLATE_NOOP("Validation", "Enter the area involved with at most one decimal."));
        return;
    }
    if (r.area && *r.area != *banded)
        add(errors, region + QLatin1String("_area"),
            QT_TRANSLATE_NOOP("Validation",
                              "The area score %1 does not agree with the area involved, %2 %, "
                              "which is area score %3."),
            {QString::number(*r.area), validation::number(*r.areaPct), QString::number(*banded)});
}

}  // namespace

PasiAssessment PasiAssessment::blank(const Protocol &p)
{
    PasiAssessment a;
    a.regions.resize(p.pasiRegions.size());
    return a;
}

rules::DeviationInput PasiAssessment::deviationInput(const std::optional<QDate> &week0) const
{
    rules::DeviationInput in;
    in.visit = visit;
    in.date = assessmentDate;
    in.week0 = week0;
    return in;
}

std::optional<int> PasiAssessment::pasiTenths(const Protocol &p) const
{
    if (regions.size() != p.pasiRegions.size())
        return std::nullopt;
    return rules::pasiTenths(p, regions);
}

FieldErrors PasiAssessment::validate(const Protocol &p, const ValidationContext &ctx) const
{
    using namespace validation;
    FieldErrors errors;

    const VisitDef *def = p.visit(visit);
    if (visit.isEmpty())
        add(errors, QStringLiteral("visit"), QT_TRANSLATE_NOOP("Validation", "The visit is required."));
    else if (!def || !def->pasi)
        add(errors, QStringLiteral("visit"),
            QT_TRANSLATE_NOOP("Validation", "No PASI assessment is made at the visit \"%1\"."),
            {visit});

    if (!assessmentDate)
        missing(errors, QStringLiteral("assessment_date"),
            QT_TRANSLATE_NOOP("Validation", "The assessment date is required."));
    else
        notInFuture(errors, QStringLiteral("assessment_date"), assessmentDate, ctx.today);

    // Regions beyond the recorded list count as not recorded, so every protocol region is
    // named in the errors.
    const int areaMax = maxAreaScore(p);
    for (qsizetype i = 0; i < p.pasiRegions.size(); ++i) {
        const QString &code = p.pasiRegions.at(i).code;
        const rules::RegionScores r = i < regions.size() ? regions.at(i) : rules::RegionScores{};
        score(errors, code + QLatin1String("_erythema"), r.erythema, p.severityMax,
              QT_TRANSLATE_NOOP("Validation", "The erythema score is required."),
              QT_TRANSLATE_NOOP("Validation", "The erythema score must be between %1 and %2."));
        score(errors, code + QLatin1String("_induration"), r.induration, p.severityMax,
              QT_TRANSLATE_NOOP("Validation", "The induration score is required."),
              QT_TRANSLATE_NOOP("Validation", "The induration score must be between %1 and %2."));
        score(errors, code + QLatin1String("_desquamation"), r.desquamation, p.severityMax,
              QT_TRANSLATE_NOOP("Validation", "The desquamation score is required."),
              QT_TRANSLATE_NOOP("Validation",
                                "The desquamation score must be between %1 and %2."));
        score(errors, code + QLatin1String("_area"), r.area, areaMax,
              QT_TRANSLATE_NOOP("Validation", "The area score is required."),
              QT_TRANSLATE_NOOP("Validation", "The area score must be between %1 and %2."));
        areaPercent(errors, p, code, r);
    }
    if (regions.size() > p.pasiRegions.size())
        add(errors, QStringLiteral("regions"),
            QT_TRANSLATE_NOOP("Validation", "The assessment has %1 body regions; the protocol has %2."),
            {QString::number(regions.size()), QString::number(p.pasiRegions.size())});

    inRange(errors, QStringLiteral("bsa_pct"), bsaPct, p.ranges.bsaPct,
            QT_TRANSLATE_NOOP("Validation", "BSA must be between %1 and %2 %."));

    return errors;
}

}  // namespace trialcrf
