// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace trialcrf {

/// A closed numeric range [min, max] for a field the forms validate.
struct Range {
    double min = 0;
    double max = 0;
    bool contains(double v) const { return v >= min && v <= max; }
};

/// One visit of the schedule. Screening has no week (it precedes week 0).
struct VisitDef {
    QString code;             ///< "screening", "week0", … "week12"
    std::optional<int> week;  ///< nullopt for screening
    bool pasi = false;        ///< a PASI assessment is made at this visit
    bool infusion = false;    ///< an infusion is given at this visit
};

struct PasiRegionDef {
    QString code;        ///< head, upper_limbs, trunk, lower_limbs
    int weightTenths = 0;  ///< region weight in tenths (0.1 → 1), so PASI stays integer
};

/// Every number of the protocol page, loaded from resources/protocol/nct03745417.json.
/// No rule number lives in code: the rules take a Protocol.
struct Protocol {
    // study identity
    QString registryId, sponsorStudyId, title, site, principalInvestigator;
    /// The code of the study's first site (`site` is its name): the site a study created
    /// before sites, or imported from an export without them, belongs to.
    QString siteCode;
    int targetEnrollment = 0;

    QList<VisitDef> visits;
    int visitWindowDays = 0;
    int screeningWindowDays = 0;

    qint64 cellsPerKg = 0;
    double doseTolerancePct = 0;

    QList<PasiRegionDef> pasiRegions;
    int severityMax = 0;
    QList<double> areaScoreUpperBoundsPct;  ///< [0,10,30,50,70,90]: see areaScoreFromPercent
    QList<int> responseLevelsPct;          ///< 50, 75, 90

    struct Eligibility {
        int ageMinYears = 0, ageMaxYears = 0;
        double pasiGreaterThan = 0, bsaGreaterThanPct = 0;
        double sasMax = 0, sdsMax = 0;
        double calciumMin = 0, calciumMax = 0;
        double astMaxXUln = 0, altMaxXUln = 0;
        double creatinineMaxXUln = 0, cystatinCMaxXUln = 0;
        double hemoglobinMaxAboveUln = 0;
        double plateletsMin = 0, wbcMin = 0;
        int washoutTopicalDays = 0, washoutSystemicDays = 0, washoutBiologicDays = 0;
    } eligibility;

    struct Ranges {
        Range weightKg, viabilityPct, temperatureC, pulseBpm, respirationPerMin, systolicMmHg,
            diastolicMmHg, bsaPct, sas, sds, actualCells, spo2Pct;
        int vitalsIntervalMin = 15;
        /// The vital-sign sets the protocol wants around an infusion ("before", "during"
        /// every vitalsIntervalMin minutes, "after"); one missing is a protocol deviation.
        QStringList vitalsRequiredPhases;
    } ranges;

    /// The site's working values at the infusion chair and for review (site defaults, not
    /// registry facts). Each boundary is inclusive as the key's name says.
    struct Chair {
        double feverFromC = 0;         ///< temperature ≥ this: alert
        int systolicBelowMmHg = 0;     ///< systolic < this: alert
        int systolicFallFromMmHg = 0;  ///< systolic ≥ this below the before value: alert
        int pulseAboveBpm = 0;         ///< pulse > this: alert
        int spo2BelowPct = 0;          ///< SpO2 < this: alert
        int vitalsOverdueAfterMin = 0; ///< a set not recorded more than this after its time
        int thawToStartMaxMin = 0;     ///< start > this after thaw: deviation
        double viabilityMinPct = 0;    ///< viability < this: deviation
        int pasiTotalJumpAboveTenths = 0;  ///< |Δ PASI| > this (tenths): flag
        int pasiAreaJumpFrom = 0;      ///< |Δ area score| ≥ this in a region: flag
    } chair;

    struct AdverseEvents {
        QString ctcaeVersion;
        QStringList grades, relatedness, actions, outcomes, saeCriteria;
    } adverseEvents;

    /// The visit with this code, or nullptr.
    const VisitDef *visit(const QString &code) const;
    QStringList visitCodes() const;
    QStringList infusionVisitCodes() const;

    /// Parses and validates protocol JSON. On failure returns nullopt and sets *error to one
    /// line naming the offending key, e.g. "protocol: missing key dose.cells_per_kg".
    static std::optional<Protocol> fromJson(const QByteArray &json, QString *error);
    /// Reads a file (or a ":/" resource path) and calls fromJson.
    static std::optional<Protocol> load(const QString &path, QString *error);
    /// The protocol built into the binary (":/protocol/nct03745417.json"); aborts with a
    /// message on stderr if the built-in file is broken (a build error, never user input).
    static const Protocol &builtIn();
};

}  // namespace trialcrf
