// SPDX-License-Identifier: Apache-2.0
#include "protocol/protocol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <cmath>
#include <cstdio>
#include <cstdlib>

// The resource lives in the static trialcrf_model library; registering it explicitly makes
// builtIn() work from any executable, whether or not the linker kept the initializer.
static void initProtocolResource()
{
    Q_INIT_RESOURCE(protocol);
}

namespace trialcrf {

namespace {

/// Reads typed values out of the JSON, remembering the first error as one line that names
/// the full key path. Once an error is set every further read is a no-op.
class Reader
{
public:
    QString error;
    bool ok() const { return error.isEmpty(); }

    void fail(const QString &message)
    {
        if (ok())
            error = QStringLiteral("protocol: ") + message;
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString index(const QString &path, qsizetype i)
    {
        return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    }

    /// The value under key, or Undefined after recording "missing key".
    QJsonValue value(const QJsonObject &o, const QString &path, const QString &key)
    {
        if (!ok())
            return {};
        const auto it = o.constFind(key);
        if (it == o.constEnd()) {
            fail(QStringLiteral("missing key ") + join(path, key));
            return {};
        }
        return it.value();
    }

    QJsonObject object(const QJsonValue &v, const QString &where)
    {
        if (ok() && !v.isObject())
            fail(where + QStringLiteral(" must be an object"));
        return v.toObject();
    }
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key)
    {
        return object(value(o, path, key), join(path, key));
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = value(o, path, key);
        if (ok() && !v.isArray())
            fail(join(path, key) + QStringLiteral(" must be an array"));
        else if (ok() && v.toArray().isEmpty())
            fail(join(path, key) + QStringLiteral(" must not be empty"));
        return v.toArray();
    }

    double number(const QJsonValue &v, const QString &where)
    {
        if (ok() && !v.isDouble())
            fail(where + QStringLiteral(" must be a number"));
        return v.toDouble();
    }
    double number(const QJsonObject &o, const QString &path, const QString &key)
    {
        return number(value(o, path, key), join(path, key));
    }

    qint64 int64(const QJsonValue &v, const QString &where)
    {
        if (!ok())
            return 0;
        const double d = v.toDouble();
        // 2^53: the largest range in which a JSON number holds every integer exactly.
        if (!v.isDouble() || std::floor(d) != d || std::fabs(d) > 9007199254740992.0) {
            fail(where + QStringLiteral(" must be an integer"));
            return 0;
        }
        return static_cast<qint64>(d);
    }
    qint64 int64(const QJsonObject &o, const QString &path, const QString &key)
    {
        return int64(value(o, path, key), join(path, key));
    }

    int integer(const QJsonValue &v, const QString &where)
    {
        const qint64 i = int64(v, where);
        if (ok() && (i < -2147483647 || i > 2147483647)) {
            fail(where + QStringLiteral(" must be an integer"));
            return 0;
        }
        return static_cast<int>(i);
    }
    int integer(const QJsonObject &o, const QString &path, const QString &key)
    {
        return integer(value(o, path, key), join(path, key));
    }

    QString string(const QJsonValue &v, const QString &where)
    {
        if (ok() && !v.isString())
            fail(where + QStringLiteral(" must be a string"));
        else if (ok() && v.toString().isEmpty())
            fail(where + QStringLiteral(" must not be empty"));
        return v.toString();
    }
    QString string(const QJsonObject &o, const QString &path, const QString &key)
    {
        return string(value(o, path, key), join(path, key));
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = value(o, path, key);
        if (ok() && !v.isBool())
            fail(join(path, key) + QStringLiteral(" must be true or false"));
        return v.toBool();
    }

    /// A non-empty list of distinct, non-empty strings.
    QStringList codes(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonArray a = array(o, path, key);
        QStringList out;
        for (qsizetype i = 0; i < a.size() && ok(); ++i) {
            const QString s = string(a.at(i), index(join(path, key), i));
            if (ok() && out.contains(s))
                fail(index(join(path, key), i) + QStringLiteral(" repeats \"") + s
                     + QStringLiteral("\""));
            out << s;
        }
        return out;
    }

    Range range(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QString where = join(path, key);
        const QJsonObject r = object(o, path, key);
        Range out;
        out.min = number(r, where, QStringLiteral("min"));
        out.max = number(r, where, QStringLiteral("max"));
        if (ok() && out.min > out.max)
            fail(where + QStringLiteral(".min must not exceed ") + where + QStringLiteral(".max"));
        return out;
    }

    void check(bool condition, const QString &message)
    {
        if (ok() && !condition)
            fail(message);
    }
};

void readStudy(Reader &r, const QJsonObject &root, Protocol &p)
{
    const QString s = QStringLiteral("study");
    const QJsonObject o = r.object(root, QString(), s);
    p.registryId = r.string(o, s, QStringLiteral("registry_id"));
    p.sponsorStudyId = r.string(o, s, QStringLiteral("sponsor_study_id"));
    p.title = r.string(o, s, QStringLiteral("title"));
    p.site = r.string(o, s, QStringLiteral("site"));
    p.siteCode = r.string(o, s, QStringLiteral("site_code"));
    p.principalInvestigator = r.string(o, s, QStringLiteral("principal_investigator"));
    p.targetEnrollment = r.integer(o, s, QStringLiteral("target_enrollment"));
    r.check(p.targetEnrollment > 0, QStringLiteral("study.target_enrollment must be positive"));
}

void readVisits(Reader &r, const QJsonObject &root, Protocol &p)
{
    const QString v = QStringLiteral("visits");
    const QJsonArray a = r.array(root, QString(), v);
    QSet<QString> codes;
    QSet<int> weeks;
    int withoutWeek = 0;
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        const QString where = Reader::index(v, i);
        const QJsonObject o = r.object(a.at(i), where);
        VisitDef d;
        d.code = r.string(o, where, QStringLiteral("code"));
        const QJsonValue week = r.value(o, where, QStringLiteral("week"));
        if (r.ok() && week.isNull()) {
            ++withoutWeek;
        } else if (r.ok()) {
            const QString key = Reader::join(where, QStringLiteral("week"));
            if (!week.isDouble() || std::floor(week.toDouble()) != week.toDouble())
                r.fail(key + QStringLiteral(" must be an integer or null"));
            else
                d.week = r.integer(week, key);
            r.check(!d.week || *d.week >= 0, key + QStringLiteral(" must not be negative"));
            r.check(!d.week || !weeks.contains(*d.week),
                    key + QStringLiteral(" repeats week ") + QString::number(d.week.value_or(0)));
            if (d.week)
                weeks.insert(*d.week);
        }
        d.pasi = r.boolean(o, where, QStringLiteral("pasi"));
        d.infusion = r.boolean(o, where, QStringLiteral("infusion"));
        r.check(!codes.contains(d.code),
                Reader::join(where, QStringLiteral("code")) + QStringLiteral(" repeats \"")
                    + d.code + QStringLiteral("\""));
        codes.insert(d.code);
        p.visits << d;
    }
    r.check(withoutWeek == 1,
            QStringLiteral("visits must hold exactly one visit with week null (screening)"));
}

void readWindowsAndDose(Reader &r, const QJsonObject &root, Protocol &p)
{
    const QString w = QStringLiteral("windows");
    const QJsonObject wo = r.object(root, QString(), w);
    p.visitWindowDays = r.integer(wo, w, QStringLiteral("visit_window_days"));
    p.screeningWindowDays = r.integer(wo, w, QStringLiteral("screening_window_days"));
    r.check(p.visitWindowDays >= 0, QStringLiteral("windows.visit_window_days must not be negative"));
    r.check(p.screeningWindowDays >= 0,
            QStringLiteral("windows.screening_window_days must not be negative"));

    const QString d = QStringLiteral("dose");
    const QJsonObject dose = r.object(root, QString(), d);
    p.cellsPerKg = r.int64(dose, d, QStringLiteral("cells_per_kg"));
    p.doseTolerancePct = r.number(dose, d, QStringLiteral("tolerance_pct"));
    r.check(p.cellsPerKg > 0, QStringLiteral("dose.cells_per_kg must be positive"));
    r.check(p.doseTolerancePct >= 0 && p.doseTolerancePct <= 100,
            QStringLiteral("dose.tolerance_pct must be between 0 and 100"));
}

void readPasi(Reader &r, const QJsonObject &root, Protocol &p)
{
    const QString s = QStringLiteral("pasi");
    const QJsonObject o = r.object(root, QString(), s);
    const QString regionsKey = Reader::join(s, QStringLiteral("regions"));
    const QJsonArray regions = r.array(o, s, QStringLiteral("regions"));
    QSet<QString> codes;
    int sum = 0;
    for (qsizetype i = 0; i < regions.size() && r.ok(); ++i) {
        const QString where = Reader::index(regionsKey, i);
        const QJsonObject ro = r.object(regions.at(i), where);
        PasiRegionDef d;
        d.code = r.string(ro, where, QStringLiteral("code"));
        const double weight = r.number(ro, where, QStringLiteral("weight"));
        // Weights are whole tenths (0.1 → 1) so that PASI stays an exact integer of tenths.
        const double tenths = weight * 10.0;
        d.weightTenths = static_cast<int>(std::lround(tenths));
        r.check(std::isfinite(tenths) && std::fabs(tenths - d.weightTenths) < 1e-9
                    && d.weightTenths > 0 && d.weightTenths <= 10,
                Reader::join(where, QStringLiteral("weight"))
                    + QStringLiteral(" must be a whole number of tenths between 0.1 and 1.0"));
        r.check(!codes.contains(d.code), Reader::join(where, QStringLiteral("code"))
                                             + QStringLiteral(" repeats \"") + d.code
                                             + QStringLiteral("\""));
        codes.insert(d.code);
        sum += d.weightTenths;
        p.pasiRegions << d;
    }
    r.check(sum == 10, regionsKey + QStringLiteral(" weights must sum to 1.0"));

    p.severityMax = r.integer(o, s, QStringLiteral("severity_max"));
    r.check(p.severityMax > 0, QStringLiteral("pasi.severity_max must be positive"));

    const QString boundsKey = Reader::join(s, QStringLiteral("area_score_upper_bounds_pct"));
    const QJsonArray bounds = r.array(o, s, QStringLiteral("area_score_upper_bounds_pct"));
    for (qsizetype i = 0; i < bounds.size() && r.ok(); ++i) {
        const QString where = Reader::index(boundsKey, i);
        const double b = r.number(bounds.at(i), where);
        r.check(b >= 0 && b <= 100, where + QStringLiteral(" must be between 0 and 100"));
        r.check(p.areaScoreUpperBoundsPct.isEmpty() || b > p.areaScoreUpperBoundsPct.last(),
                boundsKey + QStringLiteral(" must be strictly ascending"));
        p.areaScoreUpperBoundsPct << b;
    }

    const QString levelsKey = Reader::join(s, QStringLiteral("response_levels_pct"));
    const QJsonArray levels = r.array(o, s, QStringLiteral("response_levels_pct"));
    for (qsizetype i = 0; i < levels.size() && r.ok(); ++i) {
        const QString where = Reader::index(levelsKey, i);
        const int l = r.integer(levels.at(i), where);
        r.check(l > 0 && l <= 100, where + QStringLiteral(" must be between 1 and 100"));
        r.check(p.responseLevelsPct.isEmpty() || l > p.responseLevelsPct.last(),
                levelsKey + QStringLiteral(" must be strictly ascending"));
        p.responseLevelsPct << l;
    }
}

void readEligibility(Reader &r, const QJsonObject &root, Protocol &p)
{
    const QString s = QStringLiteral("eligibility");
    const QJsonObject o = r.object(root, QString(), s);
    Protocol::Eligibility &e = p.eligibility;
    const auto num = [&](const char *key) { return r.number(o, s, QLatin1String(key)); };
    const auto days = [&](const char *key) { return r.integer(o, s, QLatin1String(key)); };
    e.ageMinYears = days("age_min_years");
    e.ageMaxYears = days("age_max_years");
    e.pasiGreaterThan = num("pasi_greater_than");
    e.bsaGreaterThanPct = num("bsa_greater_than_pct");
    e.sasMax = num("sas_max");
    e.sdsMax = num("sds_max");
    e.calciumMin = num("calcium_min_mmol_l");
    e.calciumMax = num("calcium_max_mmol_l");
    e.astMaxXUln = num("ast_max_x_uln");
    e.altMaxXUln = num("alt_max_x_uln");
    e.creatinineMaxXUln = num("creatinine_max_x_uln");
    e.cystatinCMaxXUln = num("cystatin_c_max_x_uln");
    e.hemoglobinMaxAboveUln = num("hemoglobin_max_above_uln_g_l");
    e.plateletsMin = num("platelets_min_10e9_l");
    e.wbcMin = num("wbc_min_10e9_l");
    e.washoutTopicalDays = days("washout_topical_days");
    e.washoutSystemicDays = days("washout_systemic_days");
    e.washoutBiologicDays = days("washout_biologic_days");
    r.check(e.ageMinYears >= 0 && e.ageMinYears <= e.ageMaxYears,
            QStringLiteral("eligibility.age_min_years must not exceed eligibility.age_max_years"));
    r.check(e.calciumMin <= e.calciumMax,
            QStringLiteral(
                "eligibility.calcium_min_mmol_l must not exceed eligibility.calcium_max_mmol_l"));
    r.check(e.washoutTopicalDays >= 0 && e.washoutSystemicDays >= 0 && e.washoutBiologicDays >= 0,
            QStringLiteral("eligibility washout days must not be negative"));
}

void readRanges(Reader &r, const QJsonObject &root, Protocol &p)
{
    const QString s = QStringLiteral("ranges");
    const QJsonObject o = r.object(root, QString(), s);
    Protocol::Ranges &g = p.ranges;
    const auto range = [&](const char *key) { return r.range(o, s, QLatin1String(key)); };
    g.weightKg = range("weight_kg");
    g.viabilityPct = range("viability_pct");
    g.temperatureC = range("temperature_c");
    g.pulseBpm = range("pulse_bpm");
    g.respirationPerMin = range("respiration_min");
    g.systolicMmHg = range("systolic_mmhg");
    g.diastolicMmHg = range("diastolic_mmhg");
    g.bsaPct = range("bsa_pct");
    g.sas = range("sas");
    g.sds = range("sds");
    g.actualCells = range("actual_cells");
    g.spo2Pct = range("spo2_pct");
    g.vitalsIntervalMin = r.integer(o, s, QStringLiteral("vitals_interval_min"));
    r.check(g.vitalsIntervalMin > 0, QStringLiteral("ranges.vitals_interval_min must be positive"));
    g.vitalsRequiredPhases = r.codes(o, s, QStringLiteral("vitals_required_phases"));
}

void readChair(Reader &r, const QJsonObject &root, Protocol &p)
{
    const QString s = QStringLiteral("chair");
    const QJsonObject o = r.object(root, QString(), s);
    Protocol::Chair &c = p.chair;
    const auto num = [&](const char *key) { return r.number(o, s, QLatin1String(key)); };
    const auto whole = [&](const char *key) { return r.integer(o, s, QLatin1String(key)); };
    c.feverFromC = num("fever_from_c");
    c.systolicBelowMmHg = whole("systolic_below_mmhg");
    c.systolicFallFromMmHg = whole("systolic_fall_from_mmhg");
    c.pulseAboveBpm = whole("pulse_above_bpm");
    c.spo2BelowPct = whole("spo2_below_pct");
    c.vitalsOverdueAfterMin = whole("vitals_overdue_after_min");
    c.thawToStartMaxMin = whole("thaw_to_start_max_min");
    c.viabilityMinPct = num("viability_min_pct");
    c.pasiTotalJumpAboveTenths = int(std::lround(num("pasi_total_jump_above") * 10.0));
    c.pasiAreaJumpFrom = whole("pasi_area_jump_from");
    r.check(c.vitalsOverdueAfterMin >= 0 && c.thawToStartMaxMin >= 0 && c.pasiAreaJumpFrom > 0
                && c.pasiTotalJumpAboveTenths >= 0,
            QStringLiteral("chair minutes and PASI jumps must not be negative"));
}

void readAdverseEvents(Reader &r, const QJsonObject &root, Protocol &p)
{
    const QString s = QStringLiteral("adverse_events");
    const QJsonObject o = r.object(root, QString(), s);
    Protocol::AdverseEvents &a = p.adverseEvents;
    a.ctcaeVersion = r.string(o, s, QStringLiteral("ctcae_version"));
    a.grades = r.codes(o, s, QStringLiteral("grades"));
    a.relatedness = r.codes(o, s, QStringLiteral("relatedness"));
    a.actions = r.codes(o, s, QStringLiteral("actions"));
    a.outcomes = r.codes(o, s, QStringLiteral("outcomes"));
    a.saeCriteria = r.codes(o, s, QStringLiteral("sae_criteria"));
}

}  // namespace

const VisitDef *Protocol::visit(const QString &code) const
{
    for (const VisitDef &v : visits) {
        if (v.code == code)
            return &v;
    }
    return nullptr;
}

QStringList Protocol::visitCodes() const
{
    QStringList out;
    for (const VisitDef &v : visits)
        out << v.code;
    return out;
}

QStringList Protocol::infusionVisitCodes() const
{
    QStringList out;
    for (const VisitDef &v : visits) {
        if (v.infusion)
            out << v.code;
    }
    return out;
}

std::optional<Protocol> Protocol::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    Reader r;
    if (parseError.error != QJsonParseError::NoError) {
        r.fail(QStringLiteral("not valid JSON at offset ") + QString::number(parseError.offset)
               + QStringLiteral(": ") + parseError.errorString());
    } else if (!doc.isObject()) {
        r.fail(QStringLiteral("the top level must be an object"));
    }
    const QJsonObject root = doc.object();
    const int format = r.integer(root, QString(), QStringLiteral("format"));
    r.check(format == 1, QStringLiteral("format ") + QString::number(format)
                             + QStringLiteral(" is not supported (expected 1)"));

    Protocol p;
    readStudy(r, root, p);
    readVisits(r, root, p);
    readWindowsAndDose(r, root, p);
    readPasi(r, root, p);
    readEligibility(r, root, p);
    readRanges(r, root, p);
    readChair(r, root, p);
    readAdverseEvents(r, root, p);

    if (!r.ok()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    if (error)
        error->clear();
    return p;
}

std::optional<Protocol> Protocol::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("protocol: cannot read ") + path + QStringLiteral(": ")
                     + file.errorString();
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

const Protocol &Protocol::builtIn()
{
    static const Protocol protocol = [] {
        initProtocolResource();
        QString error;
        std::optional<Protocol> p = load(QStringLiteral(":/protocol/nct03745417.json"), &error);
        if (!p) {
            std::fprintf(stderr, "trialcrf: the built-in protocol is broken: %s\n",
                         qPrintable(error));
            std::abort();
        }
        return *p;
    }();
    return protocol;
}

}  // namespace trialcrf
