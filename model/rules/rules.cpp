// SPDX-License-Identifier: Apache-2.0
#include "rules/rules.h"

#include <cmath>
#include <utility>

namespace trialcrf::rules {

namespace {

// ---- Exact arithmetic ---------------------------------------------------------------------
// Values typed by users are decimals; as binary doubles 80.2 is not exactly 2 × 40.1. Each
// value is therefore turned into an integer count of millionths before any boundary is
// compared, and products are compared in 128 bits so that nothing can overflow.

constexpr qint64 kMicro = 1000000;

/// v in millionths, or nullopt for values no form can hold (not finite, beyond 10^12).
std::optional<qint64> toMicro(std::optional<double> v)
{
    if (!v || !std::isfinite(*v) || std::fabs(*v) > 1e12)
        return std::nullopt;
    return std::llround(*v * double(kMicro));
}
qint64 toMicro(double v)
{
    return toMicro(std::optional<double>(v)).value_or(0);
}

struct U128 {
    quint64 hi = 0, lo = 0;
};

U128 multiply(quint64 a, quint64 b)
{
    const quint64 mask = 0xffffffffULL;
    const quint64 a0 = a & mask, a1 = a >> 32, b0 = b & mask, b1 = b >> 32;
    const quint64 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    const quint64 mid = (p00 >> 32) + (p01 & mask) + (p10 & mask);
    return {p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32), (mid << 32) | (p00 & mask)};
}

int compare(U128 x, U128 y)
{
    if (x.hi != y.hi)
        return x.hi < y.hi ? -1 : 1;
    if (x.lo != y.lo)
        return x.lo < y.lo ? -1 : 1;
    return 0;
}

quint64 magnitude(qint64 v)
{
    return v < 0 ? 0 - quint64(v) : quint64(v);
}
int signOf(qint64 v)
{
    return (v > 0) - (v < 0);
}

/// The sign of a × b − c × d, exactly.
int compareProducts(qint64 a, qint64 b, qint64 c, qint64 d)
{
    const int left = signOf(a) * signOf(b), right = signOf(c) * signOf(d);
    if (left != right)
        return left < right ? -1 : 1;
    if (left == 0)
        return 0;
    const int m = compare(multiply(magnitude(a), magnitude(b)),
                          multiply(magnitude(c), magnitude(d)));
    return left > 0 ? m : -m;
}

/// num / den rounded half away from zero; den ≠ 0.
qint64 divideRounded(qint64 num, qint64 den)
{
    const quint64 n = magnitude(num), d = magnitude(den);
    const qint64 q = qint64((2 * n + d) / (2 * d));
    return signOf(num) * signOf(den) < 0 ? -q : q;
}

bool isValid(const std::optional<QDate> &d)
{
    return d && d->isValid();
}

// ---- Eligibility --------------------------------------------------------------------------

/// Three-valued logic: a criterion holds, fails, or cannot be decided for missing data.
enum class Tri { Pass, Fail, Unknown };

Tri tri(bool failed)
{
    return failed ? Tri::Fail : Tri::Pass;
}

class Verdictor
{
public:
    explicit Verdictor(EligibilityResult &r) : m_result(r) {}

    /// Records the outcome of one criterion; `missing` matters only when it is Unknown.
    void record(const char *code, Tri t, const QStringList &missing = {})
    {
        if (t == Tri::Fail)
            m_result.failed << QLatin1String(code);
        if (t == Tri::Unknown) {
            m_result.undecided << QLatin1String(code);
            for (const QString &item : missing) {
                if (!m_result.missing.contains(item))
                    m_result.missing << item;
            }
        }
    }

    /// A yes/no exclusion item: yes excludes.
    void exclusion(const char *code, const std::optional<bool> &applies, const char *item)
    {
        record(code, applies ? tri(*applies) : Tri::Unknown, {QLatin1String(item)});
    }

    /// A lab value that must not be below `min` (nullopt: no lower bound) nor above `max`.
    void bounded(const char *code, std::optional<double> value, const char *item,
                 std::optional<double> min, std::optional<double> max)
    {
        const std::optional<qint64> v = toMicro(value);
        if (!v)
            return record(code, Tri::Unknown, {QLatin1String(item)});
        record(code, tri((min && *v < toMicro(*min)) || (max && *v > toMicro(*max))));
    }

    /// value ≤ factor × uln passes.
    void timesUln(const char *code, std::optional<double> value, const char *valueItem,
                  std::optional<double> uln, const char *ulnItem, double factor)
    {
        const std::optional<qint64> v = toMicro(value), u = toMicro(uln);
        QStringList missing;
        if (!v)
            missing << QLatin1String(valueItem);
        if (!u)
            missing << QLatin1String(ulnItem);
        if (!missing.isEmpty())
            return record(code, Tri::Unknown, missing);
        record(code, tri(compareProducts(*v, kMicro, toMicro(factor), *u) > 0));
    }

    /// Days from the last dose to week 0 must reach `days`; "never" passes.
    void washout(const char *code, const LastDose &last, const char *item,
                 const std::optional<QDate> &week0, int days)
    {
        if (last.never)
            return record(code, Tri::Pass);
        QStringList missing;
        if (!isValid(last.date))
            missing << QLatin1String(item);
        if (!isValid(week0))
            missing << QStringLiteral("week0_date");
        if (!missing.isEmpty())
            return record(code, Tri::Unknown, missing);
        record(code, tri(last.date->daysTo(*week0) < days));
    }

private:
    EligibilityResult &m_result;
};

Tri inclusion1(const Protocol &p, const EligibilityInput &in, QStringList *missing)
{
    const Protocol::Eligibility &e = p.eligibility;
    // severity = PASI > threshold OR BSA > threshold
    std::optional<bool> pasiOver, bsaOver;
    if (in.pasiTenths)
        pasiOver = compareProducts(*in.pasiTenths, kMicro / 10, 1, toMicro(e.pasiGreaterThan)) > 0;
    if (const std::optional<qint64> bsa = toMicro(in.bsaPct))
        bsaOver = *bsa > toMicro(e.bsaGreaterThanPct);
    Tri severity = Tri::Unknown;
    if (pasiOver.value_or(false) || bsaOver.value_or(false))
        severity = Tri::Pass;
    else if (pasiOver && bsaOver)
        severity = Tri::Fail;

    const Tri vulgaris = in.psoriasisVulgaris ? tri(!*in.psoriasisVulgaris) : Tri::Unknown;
    if (vulgaris == Tri::Fail || severity == Tri::Fail)
        return Tri::Fail;
    if (vulgaris == Tri::Pass && severity == Tri::Pass)
        return Tri::Pass;
    if (vulgaris == Tri::Unknown)
        *missing << QStringLiteral("psoriasis_vulgaris");
    if (severity == Tri::Unknown) {
        if (!pasiOver)
            *missing << QStringLiteral("pasi");
        if (!bsaOver)
            *missing << QStringLiteral("bsa_pct");
    }
    return Tri::Unknown;
}

Tri inclusion2(const Protocol &p, const EligibilityInput &in, QStringList *missing,
               std::optional<int> *age)
{
    if (!isValid(in.birthDate))
        *missing << QStringLiteral("birth_date");
    if (!isValid(in.consentDate))  // without any consent record, "consent" says it all
        *missing << (in.consentSigned ? QStringLiteral("consent_date") : QStringLiteral("consent"));
    if (!missing->isEmpty())
        return Tri::Unknown;
    *age = ageInYears(*in.birthDate, *in.consentDate);
    // A consent dated before the birth date cannot be of an adult: it fails, it is not missing.
    return tri(!*age || **age < p.eligibility.ageMinYears || **age > p.eligibility.ageMaxYears);
}

Tri hemoglobin(const Protocol &p, const EligibilityInput &in, QStringList *missing)
{
    const std::optional<qint64> hb = toMicro(in.hemoglobin), lln = toMicro(in.hemoglobinLln),
                                uln = toMicro(in.hemoglobinUln);
    const qint64 above = toMicro(p.eligibility.hemoglobinMaxAboveUln);
    if ((hb && uln && *hb > *uln + above) || (hb && lln && *hb < *lln))
        return Tri::Fail;
    if (hb && lln && uln)
        return Tri::Pass;
    if (!hb)
        *missing << QStringLiteral("hemoglobin_g_l");
    if (!lln)
        *missing << QStringLiteral("hemoglobin_lln");
    if (!uln)
        *missing << QStringLiteral("hemoglobin_uln");
    return Tri::Unknown;
}

}  // namespace

// ---- PASI ---------------------------------------------------------------------------------

std::optional<int> pasiTenths(const Protocol &p, const QList<RegionScores> &regions)
{
    if (regions.size() != p.pasiRegions.size())
        return std::nullopt;
    const int areaMax = int(p.areaScoreUpperBoundsPct.size());
    int total = 0;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const RegionScores &r = regions.at(i);
        if (!r.complete())
            return std::nullopt;
        for (int s : {*r.erythema, *r.induration, *r.desquamation}) {
            if (s < 0 || s > p.severityMax)
                return std::nullopt;
        }
        if (*r.area < 0 || *r.area > areaMax)
            return std::nullopt;
        total += p.pasiRegions.at(i).weightTenths * (*r.erythema + *r.induration + *r.desquamation)
                 * *r.area;
    }
    return total;
}

std::optional<int> areaScoreFromPercent(const Protocol &p, double percent)
{
    const QList<double> &bounds = p.areaScoreUpperBoundsPct;
    if (!std::isfinite(percent) || percent < 0 || percent > 100 || bounds.isEmpty())
        return std::nullopt;
    if (percent <= bounds.first())
        return 0;
    for (int k = 1; k < bounds.size(); ++k) {
        if (percent < bounds.at(k))
            return k;
    }
    return int(bounds.size());
}

QString formatTenths(int tenths)
{
    const quint64 m = magnitude(tenths);
    return (tenths < 0 ? QStringLiteral("-") : QString()) + QString::number(m / 10)
           + QLatin1Char('.') + QString::number(m % 10);
}

QStringList baselineVisits(const Protocol &p)
{
    QStringList visits;
    for (const VisitDef &v : p.visits) {
        if (v.pasi && v.week == 0)
            visits << v.code;
    }
    for (const VisitDef &v : p.visits) {
        if (v.pasi && !v.week)
            visits << v.code;
    }
    return visits;
}

Baseline baseline(const Protocol &p, const QList<PasiPoint> &points)
{
    for (const QString &visit : baselineVisits(p)) {
        for (const PasiPoint &pt : points) {
            if (pt.visit == visit && pt.tenths)
                return {visit, pt.tenths};
        }
    }
    return {};
}

std::optional<int> baselineTenths(const Protocol &p, const QList<PasiPoint> &points)
{
    return baseline(p, points).tenths;
}

bool isBaselineVisit(const Protocol &p, const QString &visit, const QList<PasiPoint> &points)
{
    if (visit.isEmpty())
        return false;
    return visit == baselineVisits(p).value(0) || visit == baseline(p, points).visit;
}

std::optional<int> improvementTenthsPct(std::optional<int> baselineTenths,
                                        std::optional<int> visitTenths)
{
    if (!baselineTenths || !visitTenths || *baselineTenths == 0)
        return std::nullopt;
    // (baseline − visit) / baseline × 100 %, in tenths of a percent: × 1000.
    return int(divideRounded((qint64(*baselineTenths) - *visitTenths) * 1000, *baselineTenths));
}

QList<int> responsesReached(const Protocol &p, std::optional<int> improvementTenthsPct)
{
    QList<int> out;
    if (!improvementTenthsPct)
        return out;
    for (int level : p.responseLevelsPct) {
        if (*improvementTenthsPct >= level * 10)
            out << level;
    }
    return out;
}

// ---- Dose ---------------------------------------------------------------------------------

qint64 targetCells(const Protocol &p, int weightTenthsKg)
{
    return divideRounded(p.cellsPerKg * weightTenthsKg, 10);
}

std::optional<DoseCheck> checkDose(const Protocol &p, int weightTenthsKg, qint64 actualCells)
{
    if (weightTenthsKg <= 0)
        return std::nullopt;
    DoseCheck c;
    c.target = targetCells(p, weightTenthsKg);
    if (c.target <= 0)
        return std::nullopt;
    const bool over = actualCells >= c.target;
    // Unsigned difference: cannot overflow whatever actualCells holds.
    const quint64 diff = over ? quint64(actualCells) - quint64(c.target)
                              : quint64(c.target) - quint64(actualCells);
    c.deviationPct = (over ? 1.0 : -1.0) * double(diff) * 100.0 / double(c.target);
    // |diff| / target × 100 ≤ tolerance  ⇔  |diff| × 100 × 10^6 ≤ tolerance × 10^6 × target
    c.withinTolerance = compare(multiply(diff, 100 * quint64(kMicro)),
                                multiply(quint64(toMicro(p.doseTolerancePct)), quint64(c.target)))
                        <= 0;
    return c;
}

// ---- Age ----------------------------------------------------------------------------------

std::optional<int> ageInYears(QDate birth, QDate on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return std::nullopt;
    int years = on.year() - birth.year();
    // Not yet had this year's birthday; 29 Feb compares as after 28 Feb, so it turns on 1 Mar.
    if (std::make_pair(on.month(), on.day()) < std::make_pair(birth.month(), birth.day()))
        --years;
    return years;
}

// ---- Eligibility --------------------------------------------------------------------------

QString verdictCode(Verdict v)
{
    switch (v) {
    case Verdict::Eligible:
        return QStringLiteral("eligible");
    case Verdict::NotEligible:
        return QStringLiteral("not_eligible");
    case Verdict::Incomplete:
        return QStringLiteral("incomplete");
    }
    return QString();
}

EligibilityResult assessEligibility(const Protocol &p, const EligibilityInput &in)
{
    const Protocol::Eligibility &e = p.eligibility;
    EligibilityResult res;
    Verdictor v(res);

    QStringList missing;
    v.record("INC1", inclusion1(p, in, &missing), missing);
    missing.clear();
    v.record("INC2", inclusion2(p, in, &missing, &res.age), missing);
    v.record("INC3", in.consentSigned ? tri(!*in.consentSigned) : Tri::Unknown,
             {QStringLiteral("consent")});

    v.exclusion("EXC1", in.guttateInverseFace, "exc_guttate_inverse_face");
    v.exclusion("EXC2", in.acuteProgressiveErythroderma, "exc_acute_progressive_erythroderma");
    v.exclusion("EXC3", in.pregnancyLactation, "exc_pregnancy_lactation");
    v.bounded("EXC4-sas", in.sas, "sas", std::nullopt, e.sasMax);
    v.bounded("EXC4-sds", in.sds, "sds", std::nullopt, e.sdsMax);
    v.exclusion("EXC4-psychiatric", in.psychiatricDisorder, "exc_psychiatric_disorder");

    v.bounded("EXC5-calcium", in.calcium, "calcium_mmol_l", e.calciumMin, e.calciumMax);
    v.timesUln("EXC5-ast", in.ast, "ast", in.astUln, "ast_uln", e.astMaxXUln);
    v.timesUln("EXC5-alt", in.alt, "alt", in.altUln, "alt_uln", e.altMaxXUln);
    v.timesUln("EXC5-creatinine", in.creatinine, "creatinine", in.creatinineUln, "creatinine_uln",
               e.creatinineMaxXUln);
    v.timesUln("EXC5-cystatin_c", in.cystatinC, "cystatin_c", in.cystatinCUln, "cystatin_c_uln",
               e.cystatinCMaxXUln);
    missing.clear();
    v.record("EXC5-hemoglobin", hemoglobin(p, in, &missing), missing);
    v.bounded("EXC5-platelets", in.platelets, "platelets_10e9_l", e.plateletsMin, std::nullopt);
    v.bounded("EXC5-wbc", in.wbc, "wbc_10e9_l", e.wbcMin, std::nullopt);
    v.exclusion("EXC5-uncontrolled", in.uncontrolledDisease, "exc_uncontrolled_disease");
    v.exclusion("EXC5-other_lab", in.otherLabAbnormal, "exc_other_lab_abnormal");

    v.exclusion("EXC6", in.malignancy, "exc_malignancy");
    v.exclusion("EXC7", in.allergyHistory, "exc_allergy_history");
    v.exclusion("EXC8", in.otherTrial, "exc_other_trial");
    v.washout("EXC9-topical", in.lastTopical, "last_topical_date", in.week0Date,
              e.washoutTopicalDays);
    v.washout("EXC9-systemic", in.lastSystemic, "last_systemic_date", in.week0Date,
              e.washoutSystemicDays);
    v.washout("EXC9-biologic", in.lastBiologic, "last_biologic_date", in.week0Date,
              e.washoutBiologicDays);
    v.exclusion("EXC10", in.investigatorJudgement, "exc_investigator_judgement");

    if (!res.failed.isEmpty())
        res.verdict = Verdict::NotEligible;
    else if (!res.missing.isEmpty())
        res.verdict = Verdict::Incomplete;
    else
        res.verdict = Verdict::Eligible;
    return res;
}

QStringList allCriterionCodes()
{
    return {QStringLiteral("INC1"),           QStringLiteral("INC2"),
            QStringLiteral("INC3"),           QStringLiteral("EXC1"),
            QStringLiteral("EXC2"),           QStringLiteral("EXC3"),
            QStringLiteral("EXC4-sas"),       QStringLiteral("EXC4-sds"),
            QStringLiteral("EXC4-psychiatric"), QStringLiteral("EXC5-calcium"),
            QStringLiteral("EXC5-ast"),       QStringLiteral("EXC5-alt"),
            QStringLiteral("EXC5-creatinine"), QStringLiteral("EXC5-cystatin_c"),
            QStringLiteral("EXC5-hemoglobin"), QStringLiteral("EXC5-platelets"),
            QStringLiteral("EXC5-wbc"),       QStringLiteral("EXC5-uncontrolled"),
            QStringLiteral("EXC5-other_lab"), QStringLiteral("EXC6"),
            QStringLiteral("EXC7"),           QStringLiteral("EXC8"),
            QStringLiteral("EXC9-topical"),   QStringLiteral("EXC9-systemic"),
            QStringLiteral("EXC9-biologic"),  QStringLiteral("EXC10")};
}

}  // namespace trialcrf::rules
