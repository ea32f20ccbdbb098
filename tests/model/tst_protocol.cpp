// SPDX-License-Identifier: Apache-2.0
// The protocol loader: the built-in file loads and every number it holds reaches the Protocol;
// every key is required and type-checked, and each broken file is refused with one line that
// names the offending key.
#include "protocol/protocol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace trialcrf;

namespace {

const QString kProtocolFile =
    QStringLiteral(TRIALCRF_SOURCE_DIR "/resources/protocol/nct03745417.json");

/// One step of a path into the JSON: an object key, or an array index when key is empty.
struct Step {
    QString key;
    qsizetype index = -1;
};
using JsonPath = QList<Step>;

QString pathString(const JsonPath &path)
{
    QString out;
    for (const Step &s : path) {
        if (s.key.isEmpty())
            out += QLatin1Char('[') + QString::number(s.index) + QLatin1Char(']');
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + s.key;
    }
    return out;
}

/// Every key and array element of the document, depth first, each with its value.
void collect(const QJsonValue &v, const JsonPath &at, QList<QPair<JsonPath, QJsonValue>> *out)
{
    if (!at.isEmpty())
        out->append({at, v});
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collect(it.value(), JsonPath(at) << Step{it.key(), -1}, out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collect(a.at(i), JsonPath(at) << Step{QString(), i}, out);
    }
}

/// A copy of v with the value at path replaced, or removed when replacement is nullopt.
QJsonValue edited(const QJsonValue &v, JsonPath path, const std::optional<QJsonValue> &replacement)
{
    const Step step = path.takeFirst();
    if (!step.key.isEmpty()) {
        QJsonObject o = v.toObject();
        if (path.isEmpty() && !replacement)
            o.remove(step.key);
        else
            o[step.key] = path.isEmpty() ? *replacement : edited(o[step.key], path, replacement);
        return o;
    }
    QJsonArray a = v.toArray();
    if (path.isEmpty() && !replacement)
        a.removeAt(step.index);
    else
        a[step.index] = path.isEmpty() ? *replacement : edited(a.at(step.index), path, replacement);
    return a;
}

QJsonObject builtInJson()
{
    QFile f(kProtocolFile);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(kProtocolFile));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

/// The value at a dotted path such as "visits[2].week" or "pasi.response_levels_pct[1]".
QJsonValue valueAt(const QJsonObject &root, const QString &path)
{
    QList<QPair<JsonPath, QJsonValue>> all;
    collect(root, {}, &all);
    for (const auto &entry : all) {
        if (pathString(entry.first) == path)
            return entry.second;
    }
    return QJsonValue(QJsonValue::Undefined);
}

/// Every value the Protocol read, keyed by the JSON path it must have come from.
QList<QPair<QString, QVariant>> protocolValues(const Protocol &p)
{
    QList<QPair<QString, QVariant>> v;
    const auto add = [&v](const QString &path, const QVariant &value) { v.append({path, value}); };
    add(QStringLiteral("format"), 1);
    add(QStringLiteral("study.registry_id"), p.registryId);
    add(QStringLiteral("study.sponsor_study_id"), p.sponsorStudyId);
    add(QStringLiteral("study.title"), p.title);
    add(QStringLiteral("study.site"), p.site);
    add(QStringLiteral("study.site_code"), p.siteCode);
    add(QStringLiteral("study.principal_investigator"), p.principalInvestigator);
    add(QStringLiteral("study.target_enrollment"), p.targetEnrollment);
    for (qsizetype i = 0; i < p.visits.size(); ++i) {
        const QString at = QStringLiteral("visits[%1].").arg(i);
        const VisitDef &d = p.visits.at(i);
        add(at + QStringLiteral("code"), d.code);
        add(at + QStringLiteral("week"), d.week ? QVariant(*d.week) : QVariant());
        add(at + QStringLiteral("pasi"), d.pasi);
        add(at + QStringLiteral("infusion"), d.infusion);
    }
    add(QStringLiteral("windows.visit_window_days"), p.visitWindowDays);
    add(QStringLiteral("windows.screening_window_days"), p.screeningWindowDays);
    add(QStringLiteral("dose.cells_per_kg"), p.cellsPerKg);
    add(QStringLiteral("dose.tolerance_pct"), p.doseTolerancePct);
    for (qsizetype i = 0; i < p.pasiRegions.size(); ++i) {
        const QString at = QStringLiteral("pasi.regions[%1].").arg(i);
        add(at + QStringLiteral("code"), p.pasiRegions.at(i).code);
        add(at + QStringLiteral("weight"), p.pasiRegions.at(i).weightTenths / 10.0);
    }
    add(QStringLiteral("pasi.severity_max"), p.severityMax);
    for (qsizetype i = 0; i < p.areaScoreUpperBoundsPct.size(); ++i)
        add(QStringLiteral("pasi.area_score_upper_bounds_pct[%1]").arg(i),
            p.areaScoreUpperBoundsPct.at(i));
    for (qsizetype i = 0; i < p.responseLevelsPct.size(); ++i)
        add(QStringLiteral("pasi.response_levels_pct[%1]").arg(i), p.responseLevelsPct.at(i));
    const Protocol::Eligibility &e = p.eligibility;
    const QString el = QStringLiteral("eligibility.");
    add(el + QStringLiteral("age_min_years"), e.ageMinYears);
    add(el + QStringLiteral("age_max_years"), e.ageMaxYears);
    add(el + QStringLiteral("pasi_greater_than"), e.pasiGreaterThan);
    add(el + QStringLiteral("bsa_greater_than_pct"), e.bsaGreaterThanPct);
    add(el + QStringLiteral("sas_max"), e.sasMax);
    add(el + QStringLiteral("sds_max"), e.sdsMax);
    add(el + QStringLiteral("calcium_min_mmol_l"), e.calciumMin);
    add(el + QStringLiteral("calcium_max_mmol_l"), e.calciumMax);
    add(el + QStringLiteral("ast_max_x_uln"), e.astMaxXUln);
    add(el + QStringLiteral("alt_max_x_uln"), e.altMaxXUln);
    add(el + QStringLiteral("creatinine_max_x_uln"), e.creatinineMaxXUln);
    add(el + QStringLiteral("cystatin_c_max_x_uln"), e.cystatinCMaxXUln);
    add(el + QStringLiteral("hemoglobin_max_above_uln_g_l"), e.hemoglobinMaxAboveUln);
    add(el + QStringLiteral("platelets_min_10e9_l"), e.plateletsMin);
    add(el + QStringLiteral("wbc_min_10e9_l"), e.wbcMin);
    add(el + QStringLiteral("washout_topical_days"), e.washoutTopicalDays);
    add(el + QStringLiteral("washout_systemic_days"), e.washoutSystemicDays);
    add(el + QStringLiteral("washout_biologic_days"), e.washoutBiologicDays);
    const Protocol::Ranges &g = p.ranges;
    const QList<QPair<const char *, Range>> ranges = {
        {"weight_kg", g.weightKg},          {"viability_pct", g.viabilityPct},
        {"temperature_c", g.temperatureC},  {"pulse_bpm", g.pulseBpm},
        {"respiration_min", g.respirationPerMin}, {"systolic_mmhg", g.systolicMmHg},
        {"diastolic_mmhg", g.diastolicMmHg}, {"bsa_pct", g.bsaPct},
        {"sas", g.sas},                     {"sds", g.sds},
        {"actual_cells", g.actualCells},    {"spo2_pct", g.spo2Pct}};
    for (const auto &r : ranges) {
        const QString at = QStringLiteral("ranges.") + QLatin1String(r.first);
        add(at + QStringLiteral(".min"), r.second.min);
        add(at + QStringLiteral(".max"), r.second.max);
    }
    add(QStringLiteral("ranges.vitals_interval_min"), g.vitalsIntervalMin);
    for (qsizetype i = 0; i < g.vitalsRequiredPhases.size(); ++i)
        add(QStringLiteral("ranges.vitals_required_phases[%1]").arg(i), g.vitalsRequiredPhases.at(i));
    const Protocol::Chair &c = p.chair;
    const QString ch = QStringLiteral("chair.");
    add(ch + QStringLiteral("fever_from_c"), c.feverFromC);
    add(ch + QStringLiteral("systolic_below_mmhg"), c.systolicBelowMmHg);
    add(ch + QStringLiteral("systolic_fall_from_mmhg"), c.systolicFallFromMmHg);
    add(ch + QStringLiteral("pulse_above_bpm"), c.pulseAboveBpm);
    add(ch + QStringLiteral("spo2_below_pct"), c.spo2BelowPct);
    add(ch + QStringLiteral("vitals_overdue_after_min"), c.vitalsOverdueAfterMin);
    add(ch + QStringLiteral("thaw_to_start_max_min"), c.thawToStartMaxMin);
    add(ch + QStringLiteral("viability_min_pct"), c.viabilityMinPct);
    add(ch + QStringLiteral("pasi_total_jump_above"), c.pasiTotalJumpAboveTenths / 10.0);
    add(ch + QStringLiteral("pasi_area_jump_from"), c.pasiAreaJumpFrom);
    const Protocol::AdverseEvents &a = p.adverseEvents;
    add(QStringLiteral("adverse_events.ctcae_version"), a.ctcaeVersion);
    const QList<QPair<const char *, QStringList>> lists = {{"grades", a.grades},
                                                           {"relatedness", a.relatedness},
                                                           {"actions", a.actions},
                                                           {"outcomes", a.outcomes},
                                                           {"sae_criteria", a.saeCriteria}};
    for (const auto &l : lists) {
        for (qsizetype i = 0; i < l.second.size(); ++i)
            add(QStringLiteral("adverse_events.%1[%2]").arg(QLatin1String(l.first)).arg(i),
                l.second.at(i));
    }
    return v;
}

/// JSON leaves: values that are neither an object nor an array.
QStringList leafPaths(const QJsonObject &root)
{
    QList<QPair<JsonPath, QJsonValue>> all;
    collect(root, {}, &all);
    QStringList out;
    for (const auto &entry : all) {
        if (!entry.second.isObject() && !entry.second.isArray())
            out << pathString(entry.first);
    }
    return out;
}

}  // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoads()
    {
        const Protocol &p = Protocol::builtIn();
        QCOMPARE(p.registryId, QStringLiteral("NCT03745417"));
        QCOMPARE(p.visitCodes(),
                 QStringList({"screening", "week0", "week2", "week4", "week6", "week8", "week12"}));
        QCOMPARE(p.infusionVisitCodes(),
                 QStringList({"week0", "week2", "week4", "week6", "week8"}));
        QVERIFY(p.visit(QStringLiteral("week8")));
        QCOMPARE(p.visit(QStringLiteral("week8"))->week, std::optional<int>(8));
        QVERIFY(!p.visit(QStringLiteral("screening"))->week);
        QVERIFY(!p.visit(QStringLiteral("week3")));
        QCOMPARE(&Protocol::builtIn(), &p);  // loaded once
    }

    void builtInMatchesFile()
    {
        QString error;
        const std::optional<Protocol> fromFile = Protocol::load(kProtocolFile, &error);
        QVERIFY2(fromFile, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(protocolValues(*fromFile), protocolValues(Protocol::builtIn()));
    }

    void everyNumberMatchesJson_data()
    {
        QTest::addColumn<QVariant>("read");
        for (const auto &entry : protocolValues(Protocol::builtIn()))
            QTest::newRow(qPrintable(entry.first)) << entry.second;
    }
    void everyNumberMatchesJson()
    {
        QFETCH(QVariant, read);
        const QJsonValue json = valueAt(builtInJson(), QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY2(!json.isUndefined(), "no such key in the protocol file");
        if (json.isNull())
            QVERIFY(!read.isValid());
        else if (json.isString())
            QCOMPARE(read.toString(), json.toString());
        else if (json.isBool())
            QCOMPARE(read.toBool(), json.toBool());
        else
            QCOMPARE(read.toDouble(), json.toDouble());
    }

    /// Nothing in the file goes unread: every leaf has its row above.
    void everyKeyIsRead()
    {
        QStringList read;
        for (const auto &entry : protocolValues(Protocol::builtIn()))
            read << entry.first;
        for (const QString &leaf : leafPaths(builtInJson()))
            QVERIFY2(read.contains(leaf), qPrintable(leaf + QStringLiteral(" is not read")));
    }

    void regionWeightsAreExactTenths()
    {
        const Protocol &p = Protocol::builtIn();
        QList<int> tenths;
        for (const PasiRegionDef &r : p.pasiRegions)
            tenths << r.weightTenths;
        QCOMPARE(tenths, QList<int>({1, 2, 3, 4}));
    }

    void missingKeyIsNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QList<QPair<JsonPath, QJsonValue>> all;
        const QJsonObject root = builtInJson();
        collect(root, {}, &all);
        int rows = 0;
        for (const auto &entry : all) {
            if (entry.first.last().key.isEmpty())
                continue;  // an array element is not a key
            QTest::newRow(qPrintable(pathString(entry.first)))
                << toBytes(edited(root, entry.first, std::nullopt).toObject());
            ++rows;
        }
        QVERIFY(rows > 100);
    }
    void missingKeyIsNamed()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!Protocol::fromJson(json, &error));
        QCOMPARE(error, QStringLiteral("protocol: missing key ")
                            + QString::fromLatin1(QTest::currentDataTag()));
    }

    void wrongTypeIsNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QList<QPair<JsonPath, QJsonValue>> all;
        const QJsonObject root = builtInJson();
        collect(root, {}, &all);
        for (const auto &entry : all) {
            // a string where anything else belongs, a number where a string belongs
            const QJsonValue wrong = entry.second.isString() ? QJsonValue(42)
                                                             : QJsonValue(QStringLiteral("x"));
            QTest::newRow(qPrintable(pathString(entry.first)))
                << toBytes(edited(root, entry.first, wrong).toObject());
        }
    }
    void wrongTypeIsNamed()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!Protocol::fromJson(json, &error));
        const QString expected = QStringLiteral("protocol: ")
                                 + QString::fromLatin1(QTest::currentDataTag())
                                 + QStringLiteral(" must be ");
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void brokenProtocolIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QJsonObject root = builtInJson();
        using Edit = std::function<void(QJsonObject &)>;
        const auto with = [&root](const QString &path, const QJsonValue &value) {
            QList<QPair<JsonPath, QJsonValue>> all;
            collect(root, {}, &all);
            for (const auto &entry : all) {
                if (pathString(entry.first) == path)
                    return toBytes(edited(root, entry.first, value).toObject());
            }
            qFatal("no path %s", qPrintable(path));
            return QByteArray();
        };
        const auto edit = [&root](const Edit &e) {
            QJsonObject o = root;
            e(o);
            return toBytes(o);
        };
        const auto visits = [](QJsonObject &o, const std::function<void(QJsonArray &)> &f) {
            QJsonArray a = o[QStringLiteral("visits")].toArray();
            f(a);
            o[QStringLiteral("visits")] = a;
        };

        QTest::newRow("not JSON") << QByteArray("{ \"format\": 1,") << QString("not valid JSON");
        QTest::newRow("top level an array") << QByteArray("[1, 2]")
                                            << QString("protocol: the top level must be an object");
        QTest::newRow("unknown format") << with("format", 2)
                                        << QString("protocol: format 2 is not supported");
        QTest::newRow("no visits") << with("visits", QJsonArray())
                                   << QString("protocol: visits must not be empty");
        QTest::newRow("repeated visit code")
            << with("visits[2].code", QStringLiteral("week0"))
            << QString("protocol: visits[2].code repeats \"week0\"");
        QTest::newRow("repeated week") << with("visits[2].week", 0)
                                       << QString("protocol: visits[2].week repeats week 0");
        QTest::newRow("fractional week") << with("visits[2].week", 2.5)
                                         << QString("protocol: visits[2].week must be an integer");
        QTest::newRow("two visits without week")
            << with("visits[2].week", QJsonValue::Null)
            << QString("protocol: visits must hold exactly one visit with week null");
        QTest::newRow("no visit without week")
            << with("visits[0].week", 14)
            << QString("protocol: visits must hold exactly one visit with week null");
        QTest::newRow("visit added without week")
            << edit([&](QJsonObject &o) {
                   visits(o, [](QJsonArray &a) {
                       QJsonObject extra = a.at(0).toObject();
                       extra[QStringLiteral("code")] = QStringLiteral("prescreening");
                       a.append(extra);
                   });
               })
            << QString("protocol: visits must hold exactly one visit with week null");
        QTest::newRow("weight not whole tenths")
            << with("pasi.regions[0].weight", 0.15)
            << QString("protocol: pasi.regions[0].weight must be a whole number of tenths");
        QTest::newRow("weight zero") << with("pasi.regions[0].weight", 0)
                                     << QString("protocol: pasi.regions[0].weight must be a whole");
        QTest::newRow("weights sum to 0.9")
            << with("pasi.regions[3].weight", 0.3)
            << QString("protocol: pasi.regions weights must sum to 1.0");
        QTest::newRow("weights sum to 1.1")
            << with("pasi.regions[3].weight", 0.5)
            << QString("protocol: pasi.regions weights must sum to 1.0");
        QTest::newRow("repeated region")
            << with("pasi.regions[1].code", QStringLiteral("head"))
            << QString("protocol: pasi.regions[1].code repeats \"head\"");
        QTest::newRow("area bounds not ascending")
            << with("pasi.area_score_upper_bounds_pct[3]", 30)
            << QString("protocol: pasi.area_score_upper_bounds_pct must be strictly ascending");
        QTest::newRow("area bound above 100")
            << with("pasi.area_score_upper_bounds_pct[5]", 100.5)
            << QString("protocol: pasi.area_score_upper_bounds_pct[5] must be between 0 and 100");
        QTest::newRow("response levels not ascending")
            << with("pasi.response_levels_pct[2]", 75)
            << QString("protocol: pasi.response_levels_pct must be strictly ascending");
        QTest::newRow("cells per kg fractional")
            << with("dose.cells_per_kg", 2000000.5)
            << QString("protocol: dose.cells_per_kg must be an integer");
        QTest::newRow("cells per kg zero") << with("dose.cells_per_kg", 0)
                                           << QString("protocol: dose.cells_per_kg must be positive");
        QTest::newRow("negative tolerance")
            << with("dose.tolerance_pct", -1)
            << QString("protocol: dose.tolerance_pct must be between 0 and 100");
        QTest::newRow("age min above max")
            << with("eligibility.age_min_years", 66)
            << QString("protocol: eligibility.age_min_years must not exceed");
        QTest::newRow("calcium min above max")
            << with("eligibility.calcium_min_mmol_l", 3.0)
            << QString("protocol: eligibility.calcium_min_mmol_l must not exceed");
        QTest::newRow("range min above max")
            << with("ranges.weight_kg.min", 300)
            << QString("protocol: ranges.weight_kg.min must not exceed ranges.weight_kg.max");
        QTest::newRow("empty AE grades") << with("adverse_events.grades", QJsonArray())
                                         << QString("protocol: adverse_events.grades must not be empty");
        QTest::newRow("repeated AE outcome")
            << with("adverse_events.outcomes[1]", QStringLiteral("recovered"))
            << QString("protocol: adverse_events.outcomes[1] repeats \"recovered\"");
        QTest::newRow("empty study title") << with("study.title", QString())
                                           << QString("protocol: study.title must not be empty");
        QTest::newRow("no enrollment") << with("study.target_enrollment", 0)
                                       << QString("protocol: study.target_enrollment must be positive");
    }
    void brokenProtocolIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Protocol::fromJson(json, &error));
        QVERIFY2(error.startsWith(QStringLiteral("protocol: ")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void unreadableFileIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.json"));
        QString error;
        QVERIFY(!Protocol::load(path, &error));
        QVERIFY2(error.startsWith(QStringLiteral("protocol: cannot read ") + path),
                 qPrintable(error));
    }

    void extraKeysAreIgnored()
    {
        QJsonObject root = builtInJson();
        root[QStringLiteral("comment")] = QStringLiteral("local notes");
        QString error = QStringLiteral("stale");
        QVERIFY(Protocol::fromJson(toBytes(root), &error));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
