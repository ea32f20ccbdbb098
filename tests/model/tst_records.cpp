// SPDX-License-Identifier: Apache-2.0
// The records' validate(): a valid baseline of each record passes, and each row changes one
// thing and names exactly the fields that must then be in error (both sides of every bound).
#include "protocol/protocol.h"
#include "records/adverseevent.h"
#include "records/consent.h"
#include "records/eligibility.h"
#include "records/fielderror.h"
#include "records/infusion.h"
#include "records/pasiassessment.h"
#include "records/subject.h"
#include "rules/rules.h"

#include <QRegularExpression>
#include <QtTest>
#include <functional>

using namespace trialcrf;

using SubjectEdit = std::function<void(Subject &)>;
using ConsentEdit = std::function<void(Consent &)>;
using EligibilityEdit = std::function<void(Eligibility &)>;
using InfusionEdit = std::function<void(Infusion &)>;
using PasiEdit = std::function<void(PasiAssessment &)>;
using AdverseEventEdit = std::function<void(AdverseEvent &)>;
Q_DECLARE_METATYPE(SubjectEdit)
Q_DECLARE_METATYPE(ConsentEdit)
Q_DECLARE_METATYPE(EligibilityEdit)
Q_DECLARE_METATYPE(InfusionEdit)
Q_DECLARE_METATYPE(PasiEdit)
Q_DECLARE_METATYPE(AdverseEventEdit)

namespace {

const QDate kToday(2022, 6, 1);
const QDate kBirth(1980, 5, 10);
const QDate kWeek0(2022, 3, 1);

ValidationContext context()
{
    ValidationContext ctx;
    ctx.today = kToday;
    ctx.week0 = kWeek0;
    ctx.birthDate = kBirth;
    return ctx;
}

/// The error fields, sorted, so a row compares the exact set (with repeats) it expects. A
/// missing item (a required field not recorded: saved, page incomplete) reads "missing:FIELD";
/// a hard error (refused) the bare field key.
QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields.append(e.isMissing() ? QLatin1String("missing:") + e.field : e.field);
    fields.sort();
    return fields;
}

/// Every message is a real sentence with every placeholder filled.
void verifyTexts(const FieldErrors &errors)
{
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    for (const FieldError &e : errors) {
        QVERIFY2(e.source != nullptr, qPrintable(e.field));
        const QString text = e.text();
        QVERIFY2(!text.isEmpty(), qPrintable(e.field));
        QVERIFY2(!text.contains(placeholder), qPrintable(e.field + QLatin1String(": ") + text));
    }
}

/// The expected form of a missing item in fieldsOf().
QString missing(const QString &field)
{
    return QLatin1String("missing:") + field;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

Subject validSubject()
{
    Subject s;
    s.code = QStringLiteral("S001");
    s.initials = QStringLiteral("ZXM");
    s.sex = QStringLiteral("M");
    s.birthDate = kBirth;
    s.week0Date = kWeek0;
    s.status = QStringLiteral("enrolled");
    return s;
}

Consent validConsent()
{
    Consent c;
    c.consentVersion = QStringLiteral("2.1");
    c.consentDate = QDate(2022, 2, 10);
    c.consentTime = QTime(10, 30);
    c.subjectSigned = true;
    c.obtainedBy = QStringLiteral("Li Na");
    return c;
}

Eligibility validEligibility()
{
    Eligibility e;
    e.assessedDate = QDate(2022, 2, 15);
    e.psoriasisVulgaris = true;
    e.pasiTenths = 126;
    e.bsaPct = 15;
    e.sas = 40;
    e.sds = 45;
    e.calcium = 2.4;
    e.ast = 25;
    e.astUln = 40;
    e.alt = 30;
    e.altUln = 40;
    e.creatinine = 70;
    e.creatinineUln = 110;
    e.cystatinC = 0.9;
    e.cystatinCUln = 1.2;
    e.hemoglobin = 140;
    e.hemoglobinLln = 120;
    e.hemoglobinUln = 160;
    e.platelets = 220;
    e.wbc = 6.5;
    e.lastTopical.date = QDate(2022, 1, 20);
    e.lastSystemic.never = true;
    e.lastBiologic.never = true;
    e.guttateInverseFace = e.acuteProgressiveErythroderma = e.pregnancyLactation = false;
    e.psychiatricDisorder = e.uncontrolledDisease = e.otherLabAbnormal = false;
    e.malignancy = e.allergyHistory = e.otherTrial = e.investigatorJudgement = false;
    return e;
}

VitalSigns vitals(const QString &phase, std::optional<int> minute)
{
    VitalSigns v;
    v.phase = phase;
    v.minute = minute;
    v.temperatureC = 36.6;
    v.pulseBpm = 78;
    v.respirationPerMin = 16;
    v.systolicMmHg = 120;
    v.diastolicMmHg = 80;
    return v;
}

/// 63.5 kg: target 127,000,000 cells; ±10 % is 114,300,000 … 139,700,000.
Infusion validInfusion()
{
    Infusion i;
    i.visit = QStringLiteral("week2");
    i.infusionDate = QDate(2022, 3, 15);
    i.weightKg = 63.5;
    i.actualCells = 127000000;
    i.lotNumber = QStringLiteral("UC-2022-031");
    i.viabilityPct = 92.5;
    i.thawTime = QTime(8, 40);
    i.startTime = QTime(9, 0);
    i.endTime = QTime(9, 45);
    i.vitals = {vitals(QStringLiteral("before"), std::nullopt),
                vitals(QStringLiteral("during"), 15), vitals(QStringLiteral("during"), 30),
                vitals(QStringLiteral("after"), std::nullopt)};
    return i;
}

rules::RegionScores region(int e, int i, int d, int a)
{
    rules::RegionScores r;
    r.erythema = e;
    r.induration = i;
    r.desquamation = d;
    r.area = a;
    return r;
}

/// PASI = 0.1×5×2 + 0.2×6×3 + 0.3×7×3 + 0.4×8×4 = 1.0 + 3.6 + 6.3 + 12.8 = 23.7.
PasiAssessment validPasi()
{
    PasiAssessment a = PasiAssessment::blank(Protocol::builtIn());
    a.visit = QStringLiteral("week4");
    a.assessmentDate = QDate(2022, 3, 29);
    a.regions = {region(2, 2, 1, 2), region(2, 2, 2, 3), region(3, 2, 2, 3), region(3, 3, 2, 4)};
    a.bsaPct = 12.5;
    return a;
}

AdverseEvent validAdverseEvent()
{
    AdverseEvent ae;
    ae.aeNumber = 1;
    ae.term = QStringLiteral("Fever");
    ae.onsetDate = QDate(2022, 3, 16);
    ae.endDate = QDate(2022, 3, 18);
    ae.ctcaeGrade = QStringLiteral("grade1");
    ae.serious = false;
    ae.relatedness = QStringLiteral("possible");
    ae.actionTaken = QStringLiteral("none");
    ae.outcome = QStringLiteral("recovered");
    return ae;
}

}  // namespace

class TestRecords : public QObject {
    Q_OBJECT

private slots:
    void fieldErrorTextSubstitutesArguments_data();
    void fieldErrorTextSubstitutesArguments();
    void hasErrorFindsTheField();

    void subjectRules_data();
    void subjectRules();
    void consentRules_data();
    void consentRules();
    void eligibilityRules_data();
    void eligibilityRules();
    void eligibilityToInputMergesEveryFact();
    void infusionRules_data();
    void infusionRules();
    void infusionWeightTenths_data();
    void infusionWeightTenths();
    void pasiRules_data();
    void pasiRules();
    void pasiBlankHasEveryProtocolRegion();
    void pasiTenthsOfTheRecord();
    void adverseEventRules_data();
    void adverseEventRules();

    void adverseEventOutcomeAndEndDate_data();
    void adverseEventOutcomeAndEndDate();
    void areaPercentAndScoreAgree_data();
    void areaPercentAndScoreAgree();
    void hardErrorsAndMissingItemsSplit();
    void identifiersStayHardRequired();
    void severalProblemsAreAllReported();
    void futureIsJudgedAgainstTheInjectedToday();
};

// ---- FieldError -----------------------------------------------------------------------------

void TestRecords::fieldErrorTextSubstitutesArguments_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");

    QTest::newRow("two numbers") << QStringLiteral("Weight must be between %1 and %2 kg.")
                                 << QStringList{"20", "250"}
                                 << QStringLiteral("Weight must be between 20 and 250 kg.");
    QTest::newRow("no arguments") << QStringLiteral("The date cannot be in the future.")
                                  << QStringList{}
                                  << QStringLiteral("The date cannot be in the future.");
    QTest::newRow("argument repeated") << QStringLiteral("a multiple of %1 (%1, %2, …)")
                                       << QStringList{"15", "30"}
                                       << QStringLiteral("a multiple of 15 (15, 30, …)");
    QTest::newRow("out of order") << QStringLiteral("%2 before %1") << QStringList{"a", "b"}
                                  << QStringLiteral("b before a");
    QTest::newRow("argument holding a marker is not substituted again")
        << QStringLiteral("%1 and %2") << QStringList{"%2", "x"} << QStringLiteral("%2 and x");
    QTest::newRow("percent sign kept") << QStringLiteral("deviates %1 % from the target")
                                       << QStringList{"12.0"}
                                       << QStringLiteral("deviates 12.0 % from the target");
    QTest::newRow("marker without argument kept") << QStringLiteral("%1 of %2")
                                                  << QStringList{"3"} << QStringLiteral("3 of %2");
}

void TestRecords::fieldErrorTextSubstitutesArguments()
{
    QFETCH(QString, source);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const QByteArray utf8 = source.toUtf8();
    const FieldError e{QStringLiteral("weight_kg"), utf8.constData(), args};
    QCOMPARE(e.text(), expected);
}

void TestRecords::hasErrorFindsTheField()
{
    const FieldErrors errors{{QStringLiteral("weight_kg"), "x", {}},
                             {QStringLiteral("lot_number"), "y", {}}};
    QVERIFY(hasError(errors, QStringLiteral("lot_number")));
    QVERIFY(!hasError(errors, QStringLiteral("viability_pct")));
    QVERIFY(!hasError({}, QStringLiteral("weight_kg")));
}

// ---- Subject --------------------------------------------------------------------------------

void TestRecords::subjectRules_data()
{
    QTest::addColumn<SubjectEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    const QString code = QStringLiteral("subject_code");
    const QString initials = QStringLiteral("initials");

    QTest::newRow("valid baseline") << SubjectEdit([](Subject &) {}) << QStringList{};
    QTest::newRow("code missing") << SubjectEdit([](Subject &s) { s.code.clear(); })
                                  << QStringList{code};
    QTest::newRow("code 20 characters")
        << SubjectEdit([](Subject &s) { s.code = QString(20, QLatin1Char('A')); })
        << QStringList{};
    QTest::newRow("code 21 characters")
        << SubjectEdit([](Subject &s) { s.code = QString(21, QLatin1Char('A')); })
        << QStringList{code};
    QTest::newRow("code with dash and lower case")
        << SubjectEdit([](Subject &s) { s.code = QStringLiteral("gz-s01a"); }) << QStringList{};
    QTest::newRow("code with space")
        << SubjectEdit([](Subject &s) { s.code = QStringLiteral("S 01"); }) << QStringList{code};
    QTest::newRow("code with underscore")
        << SubjectEdit([](Subject &s) { s.code = QStringLiteral("S_01"); }) << QStringList{code};
    QTest::newRow("code with Chinese")
        << SubjectEdit([](Subject &s) { s.code = QStringLiteral("受试者1"); })
        << QStringList{code};

    QTest::newRow("initials missing") << SubjectEdit([](Subject &s) { s.initials.clear(); })
                                      << QStringList{missing(initials)};
    QTest::newRow("initials one letter")
        << SubjectEdit([](Subject &s) { s.initials = QStringLiteral("Z"); }) << QStringList{};
    QTest::newRow("initials four letters")
        << SubjectEdit([](Subject &s) { s.initials = QStringLiteral("ABCD"); }) << QStringList{};
    QTest::newRow("initials five letters")
        << SubjectEdit([](Subject &s) { s.initials = QStringLiteral("ABCDE"); })
        << QStringList{initials};
    QTest::newRow("initials lower case")
        << SubjectEdit([](Subject &s) { s.initials = QStringLiteral("zx"); })
        << QStringList{initials};
    QTest::newRow("initials with digit")
        << SubjectEdit([](Subject &s) { s.initials = QStringLiteral("Z1"); })
        << QStringList{initials};

    QTest::newRow("sex F") << SubjectEdit([](Subject &s) { s.sex = QStringLiteral("F"); })
                           << QStringList{};
    QTest::newRow("sex missing") << SubjectEdit([](Subject &s) { s.sex.clear(); })
                                 << QStringList{missing(QStringLiteral("sex"))};
    QTest::newRow("sex unknown code") << SubjectEdit([](Subject &s) { s.sex = QStringLiteral("X"); })
                                      << QStringList{QStringLiteral("sex")};

    QTest::newRow("birth date missing") << SubjectEdit([](Subject &s) { s.birthDate.reset(); })
                                        << QStringList{missing(QStringLiteral("birth_date"))};
    QTest::newRow("birth date today")
        << SubjectEdit([](Subject &s) {
               s.birthDate = kToday;
               s.week0Date.reset();
           })
        << QStringList{};
    QTest::newRow("birth date tomorrow")
        << SubjectEdit([](Subject &s) {
               s.birthDate = kToday.addDays(1);
               s.week0Date.reset();
           })
        << QStringList{QStringLiteral("birth_date")};
    QTest::newRow("birth date on week 0")
        << SubjectEdit([](Subject &s) { s.birthDate = kWeek0; }) << QStringList{};
    QTest::newRow("birth date after week 0")
        << SubjectEdit([](Subject &s) { s.birthDate = kWeek0.addDays(1); })
        << QStringList{QStringLiteral("birth_date"), QStringLiteral("week0_date")};
    QTest::newRow("week 0 not yet planned")
        << SubjectEdit([](Subject &s) { s.week0Date.reset(); }) << QStringList{};
    QTest::newRow("week 0 planned in the future")
        << SubjectEdit([](Subject &s) { s.week0Date = kToday.addDays(20); }) << QStringList{};

    for (const QString &status : Subject::statusCodes()) {
        QTest::addRow("status %s", qPrintable(status))
            << SubjectEdit([status](Subject &s) { s.status = status; }) << QStringList{};
    }
    QTest::newRow("status missing") << SubjectEdit([](Subject &s) { s.status.clear(); })
                                    << QStringList{QStringLiteral("status")};
    QTest::newRow("status unknown")
        << SubjectEdit([](Subject &s) { s.status = QStringLiteral("lost"); })
        << QStringList{QStringLiteral("status")};
}

void TestRecords::subjectRules()
{
    QFETCH(SubjectEdit, edit);
    QFETCH(QStringList, fields);
    Subject s = validSubject();
    edit(s);
    const FieldErrors errors = s.validate(Protocol::builtIn(), context());
    QCOMPARE(fieldsOf(errors), sorted(fields));
    verifyTexts(errors);
}

// ---- Consent --------------------------------------------------------------------------------

void TestRecords::consentRules_data()
{
    QTest::addColumn<ConsentEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    const QString date = QStringLiteral("consent_date");

    QTest::newRow("valid baseline") << ConsentEdit([](Consent &) {}) << QStringList{};
    QTest::newRow("version missing")
        << ConsentEdit([](Consent &c) { c.consentVersion = QStringLiteral("  "); })
        << QStringList{missing(QStringLiteral("consent_version"))};
    QTest::newRow("date missing") << ConsentEdit([](Consent &c) { c.consentDate.reset(); })
                                  << QStringList{missing(date)};
    QTest::newRow("date in the future")
        << ConsentEdit([](Consent &c) { c.consentDate = kToday.addDays(1); })
        << QStringList{date, date};  // also after week 0
    QTest::newRow("date on the birth date")
        << ConsentEdit([](Consent &c) { c.consentDate = kBirth; }) << QStringList{};
    QTest::newRow("date before the birth date")
        << ConsentEdit([](Consent &c) { c.consentDate = kBirth.addDays(-1); })
        << QStringList{date};
    QTest::newRow("date on week 0")
        << ConsentEdit([](Consent &c) { c.consentDate = kWeek0; }) << QStringList{};
    QTest::newRow("date the day after week 0")
        << ConsentEdit([](Consent &c) { c.consentDate = kWeek0.addDays(1); })
        << QStringList{date};
    QTest::newRow("date long before week 0 is a schedule matter, not an error")
        << ConsentEdit([](Consent &c) { c.consentDate = kWeek0.addDays(-60); }) << QStringList{};
    QTest::newRow("signed not recorded")
        << ConsentEdit([](Consent &c) { c.subjectSigned.reset(); })
        << QStringList{missing(QStringLiteral("subject_signed"))};
    QTest::newRow("not signed is a fact, not an input error")
        << ConsentEdit([](Consent &c) { c.subjectSigned = false; }) << QStringList{};
    QTest::newRow("obtained by missing")
        << ConsentEdit([](Consent &c) { c.obtainedBy.clear(); })
        << QStringList{missing(QStringLiteral("obtained_by"))};
}

void TestRecords::consentRules()
{
    QFETCH(ConsentEdit, edit);
    QFETCH(QStringList, fields);
    Consent c = validConsent();
    edit(c);
    const FieldErrors errors = c.validate(Protocol::builtIn(), context());
    QCOMPARE(fieldsOf(errors), sorted(fields));
    verifyTexts(errors);
}

// ---- Eligibility ----------------------------------------------------------------------------

void TestRecords::eligibilityRules_data()
{
    QTest::addColumn<EligibilityEdit>("edit");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("valid baseline") << EligibilityEdit([](Eligibility &) {}) << QStringList{};
    QTest::newRow("nothing recorded yet")
        << EligibilityEdit([](Eligibility &e) { e = Eligibility(); }) << QStringList{};

    struct Bound {
        const char *name;
        double value;
        bool ok;
    };
    const auto addBounds = [](const char *field, std::optional<double> Eligibility::*member,
                              std::initializer_list<Bound> bounds) {
        for (const Bound &b : bounds) {
            QTest::addRow("%s %s", field, b.name)
                << EligibilityEdit([member, b](Eligibility &e) { e.*member = b.value; })
                << (b.ok ? QStringList{} : QStringList{QString::fromLatin1(field)});
        }
    };
    addBounds("sas", &Eligibility::sas,
              {{"19.9", 19.9, false}, {"20", 20, true}, {"100", 100, true}, {"100.1", 100.1, false}});
    addBounds("sds", &Eligibility::sds,
              {{"19.9", 19.9, false}, {"20", 20, true}, {"100", 100, true}, {"100.1", 100.1, false}});
    addBounds("bsa_pct", &Eligibility::bsaPct,
              {{"-0.1", -0.1, false}, {"0", 0, true}, {"100", 100, true}, {"100.1", 100.1, false}});
    addBounds("calcium_mmol_l", &Eligibility::calcium, {{"-0.1", -0.1, false}, {"0", 0, true}});
    addBounds("ast", &Eligibility::ast, {{"-1", -1, false}, {"0", 0, true}});
    addBounds("alt", &Eligibility::alt, {{"-1", -1, false}, {"0", 0, true}});
    addBounds("creatinine", &Eligibility::creatinine, {{"-1", -1, false}, {"0", 0, true}});
    addBounds("cystatin_c", &Eligibility::cystatinC, {{"-0.1", -0.1, false}, {"0", 0, true}});
    addBounds("hemoglobin_g_l", &Eligibility::hemoglobin, {{"-1", -1, false}, {"0", 0, true}});
    addBounds("platelets_10e9_l", &Eligibility::platelets, {{"-1", -1, false}, {"0", 0, true}});
    addBounds("wbc_10e9_l", &Eligibility::wbc, {{"-0.1", -0.1, false}, {"0", 0, true}});
    addBounds("calcium_mmol_l", &Eligibility::calcium,
              {{"not a number", std::numeric_limits<double>::quiet_NaN(), false}});
    addBounds("ast_uln", &Eligibility::astUln, {{"0", 0, false}, {"0.1", 0.1, true}});
    addBounds("alt_uln", &Eligibility::altUln, {{"0", 0, false}, {"-5", -5, false}});
    addBounds("creatinine_uln", &Eligibility::creatinineUln, {{"0", 0, false}});
    addBounds("cystatin_c_uln", &Eligibility::cystatinCUln, {{"0", 0, false}});
    addBounds("hemoglobin_uln", &Eligibility::hemoglobinUln,
              {{"0", 0, false}, {"120.1 just above lln", 120.1, true}});
    addBounds("hemoglobin_lln", &Eligibility::hemoglobinLln,
              {{"-1", -1, false}, {"0", 0, true}, {"159.9", 159.9, true}});
    QTest::newRow("hemoglobin lln equal to uln")
        << EligibilityEdit([](Eligibility &e) { e.hemoglobinLln = 160; })
        << QStringList{QStringLiteral("hemoglobin_lln")};
    QTest::newRow("hemoglobin lln above uln")
        << EligibilityEdit([](Eligibility &e) { e.hemoglobinLln = 170; })
        << QStringList{QStringLiteral("hemoglobin_lln")};

    const QString pasi = QStringLiteral("pasi");
    QTest::newRow("pasi -0.1") << EligibilityEdit([](Eligibility &e) { e.pasiTenths = -1; })
                               << QStringList{pasi};
    QTest::newRow("pasi 0") << EligibilityEdit([](Eligibility &e) { e.pasiTenths = 0; })
                            << QStringList{};
    QTest::newRow("pasi 72.0") << EligibilityEdit([](Eligibility &e) { e.pasiTenths = 720; })
                               << QStringList{};
    QTest::newRow("pasi 72.1") << EligibilityEdit([](Eligibility &e) { e.pasiTenths = 721; })
                               << QStringList{pasi};

    QTest::newRow("assessed today")
        << EligibilityEdit([](Eligibility &e) { e.assessedDate = kToday; }) << QStringList{};
    QTest::newRow("assessed tomorrow")
        << EligibilityEdit([](Eligibility &e) { e.assessedDate = kToday.addDays(1); })
        << QStringList{QStringLiteral("assessed_date")};

    const QString topical = QStringLiteral("last_topical_date");
    const QString biologic = QStringLiteral("last_biologic_date");
    QTest::newRow("last topical on the assessment date")
        << EligibilityEdit([](Eligibility &e) { e.lastTopical.date = e.assessedDate; })
        << QStringList{};
    QTest::newRow("last topical after the assessment date")
        << EligibilityEdit([](Eligibility &e) { e.lastTopical.date = QDate(2022, 2, 16); })
        << QStringList{topical};
    QTest::newRow("last biologic on week 0")
        << EligibilityEdit([](Eligibility &e) {
               e.assessedDate.reset();
               e.lastBiologic = {false, kWeek0};
           })
        << QStringList{};
    QTest::newRow("last biologic after week 0")
        << EligibilityEdit([](Eligibility &e) {
               e.assessedDate.reset();
               e.lastBiologic = {false, kWeek0.addDays(1)};
           })
        << QStringList{biologic};
    QTest::newRow("last systemic in the future")
        << EligibilityEdit([](Eligibility &e) {
               e.assessedDate.reset();
               e.lastSystemic = {false, kToday.addDays(1)};
           })
        << QStringList{QStringLiteral("last_systemic_date"),
                       QStringLiteral("last_systemic_date")};  // and after week 0
    QTest::newRow("last topical both never and a date")
        << EligibilityEdit([](Eligibility &e) { e.lastTopical.never = true; })
        << QStringList{topical};
    QTest::newRow("last topical not recorded")
        << EligibilityEdit([](Eligibility &e) { e.lastTopical = {}; }) << QStringList{};

    const QString reason = QStringLiteral("override_reason");
    QTest::newRow("confirmed as computed")
        << EligibilityEdit([](Eligibility &e) { e.confirmedVerdict = QStringLiteral("eligible"); })
        << QStringList{};
    QTest::newRow("overruled without reason")
        << EligibilityEdit([](Eligibility &e) {
               e.confirmedVerdict = QStringLiteral("not_eligible");
           })
        << QStringList{reason};
    QTest::newRow("overruled with blank reason")
        << EligibilityEdit([](Eligibility &e) {
               e.confirmedVerdict = QStringLiteral("incomplete");
               e.overrideReason = QStringLiteral("   ");
           })
        << QStringList{reason};
    QTest::newRow("overruled with reason")
        << EligibilityEdit([](Eligibility &e) {
               e.confirmedVerdict = QStringLiteral("not_eligible");
               e.overrideReason = QStringLiteral("Investigator judges the lesions guttate.");
           })
        << QStringList{};
    QTest::newRow("confirmed verdict unknown")
        << EligibilityEdit([](Eligibility &e) { e.confirmedVerdict = QStringLiteral("yes"); })
        << QStringList{QStringLiteral("confirmed_verdict")};
}

void TestRecords::eligibilityRules()
{
    QFETCH(EligibilityEdit, edit);
    QFETCH(QStringList, fields);
    Eligibility e = validEligibility();
    edit(e);
    const FieldErrors errors =
        e.validate(Protocol::builtIn(), context(), rules::Verdict::Eligible);
    QCOMPARE(fieldsOf(errors), sorted(fields));
    verifyTexts(errors);
}

void TestRecords::eligibilityToInputMergesEveryFact()
{
    const Eligibility e = validEligibility();
    const QDate consent(2022, 2, 10);
    const rules::EligibilityInput in = e.toInput(kBirth, kWeek0, consent, true);
    QCOMPARE(in.birthDate, std::optional<QDate>(kBirth));
    QCOMPARE(in.week0Date, std::optional<QDate>(kWeek0));
    QCOMPARE(in.consentDate, std::optional<QDate>(consent));
    QCOMPARE(in.consentSigned, std::optional<bool>(true));
    QCOMPARE(in.pasiTenths, std::optional<int>(126));
    QCOMPARE(in.bsaPct, std::optional<double>(15));
    QCOMPARE(in.sds, std::optional<double>(45));
    QCOMPARE(in.hemoglobinLln, std::optional<double>(120));
    QCOMPARE(in.hemoglobinUln, std::optional<double>(160));
    QCOMPARE(in.wbc, std::optional<double>(6.5));
    QCOMPARE(in.lastTopical.date, e.lastTopical.date);
    QVERIFY(in.lastSystemic.never);
    QCOMPARE(in.investigatorJudgement, std::optional<bool>(false));

    // Merged facts decide the verdict: this baseline is eligible, unsigned consent fails INC3.
    const Protocol &p = Protocol::builtIn();
    QCOMPARE(rules::assessEligibility(p, in).verdict, rules::Verdict::Eligible);
    const rules::EligibilityResult unsigned_ =
        rules::assessEligibility(p, e.toInput(kBirth, kWeek0, consent, false));
    QCOMPARE(unsigned_.verdict, rules::Verdict::NotEligible);
    QVERIFY(unsigned_.failed.contains(QStringLiteral("INC3")));
}

// ---- Infusion -------------------------------------------------------------------------------

void TestRecords::infusionRules_data()
{
    QTest::addColumn<InfusionEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    const QString weight = QStringLiteral("weight_kg");
    const QString cells = QStringLiteral("actual_cells");
    const QString lot = QStringLiteral("lot_number");
    const QString viability = QStringLiteral("viability_pct");
    const QString date = QStringLiteral("infusion_date");

    QTest::newRow("valid baseline") << InfusionEdit([](Infusion &) {}) << QStringList{};

    // visit
    QTest::newRow("visit week0") << InfusionEdit([](Infusion &i) { i.visit = "week0"; })
                                 << QStringList{};
    QTest::newRow("visit week8") << InfusionEdit([](Infusion &i) { i.visit = "week8"; })
                                 << QStringList{};
    QTest::newRow("visit screening has no infusion")
        << InfusionEdit([](Infusion &i) { i.visit = "screening"; })
        << QStringList{QStringLiteral("visit")};
    QTest::newRow("visit week12 has no infusion")
        << InfusionEdit([](Infusion &i) { i.visit = "week12"; })
        << QStringList{QStringLiteral("visit")};
    QTest::newRow("visit unknown") << InfusionEdit([](Infusion &i) { i.visit = "week3"; })
                                   << QStringList{QStringLiteral("visit")};
    QTest::newRow("visit missing") << InfusionEdit([](Infusion &i) { i.visit.clear(); })
                                   << QStringList{QStringLiteral("visit")};

    // date
    QTest::newRow("date missing, times not required")
        << InfusionEdit([](Infusion &i) {
               i.infusionDate.reset();
               i.startTime.reset();
               i.endTime.reset();
           })
        << QStringList{missing(date)};
    QTest::newRow("date today") << InfusionEdit([](Infusion &i) { i.infusionDate = kToday; })
                                << QStringList{};
    QTest::newRow("date tomorrow")
        << InfusionEdit([](Infusion &i) { i.infusionDate = kToday.addDays(1); })
        << QStringList{date};
    QTest::newRow("date at the start of the week-0 window")
        << InfusionEdit([](Infusion &i) {
               i.visit = "week0";
               i.infusionDate = kWeek0.addDays(-3);
           })
        << QStringList{};
    // Earlier is a protocol deviation (rules::detectDeviations), saved as it happened.
    QTest::newRow("date a day before the week-0 window is saved")
        << InfusionEdit([](Infusion &i) {
               i.visit = "week0";
               i.infusionDate = kWeek0.addDays(-4);
           })
        << QStringList{};
    QTest::newRow("date a month before week 0 is saved")
        << InfusionEdit([](Infusion &i) {
               i.visit = "week0";
               i.infusionDate = kWeek0.addDays(-30);
           })
        << QStringList{};

    // weight, with cells at the target so the dose stays within tolerance
    const auto weightRow = [&](const char *name, std::optional<double> kg, qint64 actual,
                               bool ok) {
        QTest::newRow(name) << InfusionEdit([kg, actual](Infusion &i) {
            i.weightKg = kg;
            i.actualCells = actual;
        }) << (ok ? QStringList{} : QStringList{kg ? weight : missing(weight)});
    };
    weightRow("weight 19.9", 19.9, 39800000, false);
    weightRow("weight 20", 20.0, 40000000, true);
    weightRow("weight 250", 250.0, 500000000, true);
    weightRow("weight 250.1", 250.1, 500200000, false);
    weightRow("weight 70.1 one decimal", 70.1, 140200000, true);
    weightRow("weight 63.55 two decimals", 63.55, 127100000, false);
    weightRow("weight missing", std::nullopt, 127000000, false);

    // cells
    QTest::newRow("cells missing")
        << InfusionEdit([](Infusion &i) { i.actualCells.reset(); }) << QStringList{missing(cells)};
    QTest::newRow("cells negative")
        << InfusionEdit([](Infusion &i) { i.actualCells = -1; }) << QStringList{cells};
    QTest::newRow("cells above range")
        << InfusionEdit([](Infusion &i) { i.actualCells = Q_INT64_C(10000000001); })
        << QStringList{cells};
    QTest::newRow("cells at range maximum, dose reason given")
        << InfusionEdit([](Infusion &i) {
               i.actualCells = Q_INT64_C(10000000000);
               i.deviationReason = QStringLiteral("Whole bag infused by mistake.");
           })
        << QStringList{};

    // dose tolerance: 63.5 kg → target 127,000,000, ±10 % → 114,300,000 … 139,700,000.
    // Outside it is a protocol deviation: saved, with or without its reason (the log lists a
    // missing one), never refused here.
    QTest::newRow("dose exactly +10 % needs no reason")
        << InfusionEdit([](Infusion &i) { i.actualCells = 139700000; }) << QStringList{};
    QTest::newRow("dose exactly -10 % needs no reason")
        << InfusionEdit([](Infusion &i) { i.actualCells = 114300000; }) << QStringList{};
    QTest::newRow("dose above +10 % is saved without a reason")
        << InfusionEdit([](Infusion &i) { i.actualCells = 139800000; })
        << QStringList{};
    QTest::newRow("dose below -10 % is saved without a reason")
        << InfusionEdit([](Infusion &i) { i.actualCells = 114200000; })
        << QStringList{};
    QTest::newRow("dose outside tolerance with a reason")
        << InfusionEdit([](Infusion &i) {
               i.actualCells = 100000000;
               i.deviationReason = QStringLiteral("Viable cells short in the bag.");
           })
        << QStringList{};
    QTest::newRow("dose outside tolerance with a blank reason")
        << InfusionEdit([](Infusion &i) {
               i.actualCells = 100000000;
               i.deviationReason = QStringLiteral(" ");
           })
        << QStringList{};

    // lot number
    QTest::newRow("lot missing") << InfusionEdit([](Infusion &i) { i.lotNumber.clear(); })
                                 << QStringList{missing(lot)};
    QTest::newRow("lot blank") << InfusionEdit([](Infusion &i) { i.lotNumber = "   "; })
                               << QStringList{missing(lot)};
    QTest::newRow("lot 40 characters")
        << InfusionEdit([](Infusion &i) { i.lotNumber = QString(40, QLatin1Char('7')); })
        << QStringList{};
    QTest::newRow("lot 41 characters")
        << InfusionEdit([](Infusion &i) { i.lotNumber = QString(41, QLatin1Char('7')); })
        << QStringList{lot};
    QTest::newRow("lot with a control character")
        << InfusionEdit([](Infusion &i) { i.lotNumber = QStringLiteral("UC-01\t2"); })
        << QStringList{lot};

    // viability
    QTest::newRow("viability -0.1") << InfusionEdit([](Infusion &i) { i.viabilityPct = -0.1; })
                                    << QStringList{viability};
    QTest::newRow("viability 0") << InfusionEdit([](Infusion &i) { i.viabilityPct = 0.0; })
                                 << QStringList{};
    QTest::newRow("viability 100") << InfusionEdit([](Infusion &i) { i.viabilityPct = 100.0; })
                                   << QStringList{};
    QTest::newRow("viability 100.1") << InfusionEdit([](Infusion &i) { i.viabilityPct = 100.1; })
                                     << QStringList{viability};
    QTest::newRow("viability not recorded")
        << InfusionEdit([](Infusion &i) { i.viabilityPct.reset(); }) << QStringList{};

    // times
    QTest::newRow("start time missing")
        << InfusionEdit([](Infusion &i) { i.startTime.reset(); })
        << QStringList{missing(QStringLiteral("start_time"))};
    QTest::newRow("end time missing") << InfusionEdit([](Infusion &i) { i.endTime.reset(); })
                                      << QStringList{missing(QStringLiteral("end_time"))};
    QTest::newRow("end one minute after start")
        << InfusionEdit([](Infusion &i) { i.endTime = QTime(9, 1); }) << QStringList{};
    QTest::newRow("end equal to start")
        << InfusionEdit([](Infusion &i) { i.endTime = QTime(9, 0); })
        << QStringList{QStringLiteral("end_time")};
    QTest::newRow("end before start")
        << InfusionEdit([](Infusion &i) { i.endTime = QTime(8, 59); })
        << QStringList{QStringLiteral("end_time")};
    QTest::newRow("thaw one minute before start")
        << InfusionEdit([](Infusion &i) { i.thawTime = QTime(8, 59); }) << QStringList{};
    QTest::newRow("thaw at start")
        << InfusionEdit([](Infusion &i) { i.thawTime = QTime(9, 0); })
        << QStringList{QStringLiteral("thaw_time")};
    QTest::newRow("thaw after start")
        << InfusionEdit([](Infusion &i) { i.thawTime = QTime(9, 10); })
        << QStringList{QStringLiteral("thaw_time")};
    QTest::newRow("thaw not recorded")
        << InfusionEdit([](Infusion &i) { i.thawTime.reset(); }) << QStringList{};

    // reaction
    QTest::newRow("reaction without description")
        << InfusionEdit([](Infusion &i) { i.reaction = true; })
        << QStringList{missing(QStringLiteral("reaction_description"))};
    QTest::newRow("reaction with description")
        << InfusionEdit([](Infusion &i) {
               i.reaction = true;
               i.reactionDescription = QStringLiteral("Chills at minute 20.");
           })
        << QStringList{};

    // vital signs: vitals[0] is "before", [1] and [2] are "during" 15 and 30
    QTest::newRow("no vital signs") << InfusionEdit([](Infusion &i) { i.vitals.clear(); })
                                    << QStringList{};
    QTest::newRow("vitals phase missing")
        << InfusionEdit([](Infusion &i) { i.vitals[0].phase.clear(); })
        << QStringList{missing(QStringLiteral("vitals[0].phase"))};
    QTest::newRow("vitals phase unknown")
        << InfusionEdit([](Infusion &i) { i.vitals[3].phase = QStringLiteral("later"); })
        << QStringList{QStringLiteral("vitals[3].phase")};
    QTest::newRow("vitals during without minute")
        << InfusionEdit([](Infusion &i) { i.vitals[1].minute.reset(); })
        << QStringList{missing(QStringLiteral("vitals[1].minute"))};
    QTest::newRow("vitals during at minute 0")
        << InfusionEdit([](Infusion &i) { i.vitals[1].minute = 0; })
        << QStringList{QStringLiteral("vitals[1].minute")};
    QTest::newRow("vitals during at minute 20")
        << InfusionEdit([](Infusion &i) { i.vitals[2].minute = 20; })
        << QStringList{QStringLiteral("vitals[2].minute")};
    QTest::newRow("vitals during at minute 45")
        << InfusionEdit([](Infusion &i) { i.vitals[2].minute = 45; }) << QStringList{};
    QTest::newRow("vitals during minute repeated")
        << InfusionEdit([](Infusion &i) { i.vitals[2].minute = 15; })
        << QStringList{QStringLiteral("vitals[2].minute")};
    QTest::newRow("vitals before without minute is fine")
        << InfusionEdit([](Infusion &i) { i.vitals[0].minute.reset(); }) << QStringList{};
    QTest::newRow("vitals before at a negative minute")
        << InfusionEdit([](Infusion &i) { i.vitals[0].minute = -5; })
        << QStringList{QStringLiteral("vitals[0].minute")};

    struct Bound {
        const char *name;
        double value;
        bool ok;
    };
    const auto vitalBounds = [](const char *key, std::function<void(VitalSigns &, double)> set,
                                std::initializer_list<Bound> bounds) {
        for (const Bound &b : bounds) {
            QTest::addRow("vitals %s %s", key, b.name)
                << InfusionEdit([set, b](Infusion &i) { set(i.vitals[1], b.value); })
                << (b.ok ? QStringList{}
                         : QStringList{QStringLiteral("vitals[1].") + QLatin1String(key)});
        }
    };
    vitalBounds("temperature_c", [](VitalSigns &v, double x) { v.temperatureC = x; },
                {{"33.9", 33.9, false}, {"34", 34, true}, {"43", 43, true}, {"43.1", 43.1, false}});
    vitalBounds("pulse_bpm", [](VitalSigns &v, double x) { v.pulseBpm = int(x); },
                {{"19", 19, false}, {"20", 20, true}, {"250", 250, true}, {"251", 251, false}});
    vitalBounds("respiration_min", [](VitalSigns &v, double x) { v.respirationPerMin = int(x); },
                {{"3", 3, false}, {"4", 4, true}, {"60", 60, true}, {"61", 61, false}});
    vitalBounds("systolic_mmhg", [](VitalSigns &v, double x) { v.systolicMmHg = int(x); },
                {{"260", 260, true}, {"261", 261, false}});
    vitalBounds("diastolic_mmhg", [](VitalSigns &v, double x) { v.diastolicMmHg = int(x); },
                {{"19", 19, false}, {"20", 20, true}, {"119", 119, true}, {"161", 161, false}});
    QTest::newRow("vitals systolic 49 below range")
        << InfusionEdit([](Infusion &i) {
               i.vitals[1].systolicMmHg = 49;
               i.vitals[1].diastolicMmHg = 30;
           })
        << QStringList{QStringLiteral("vitals[1].systolic_mmhg")};
    QTest::newRow("vitals systolic 50 at range minimum")
        << InfusionEdit([](Infusion &i) {
               i.vitals[1].systolicMmHg = 50;
               i.vitals[1].diastolicMmHg = 30;
           })
        << QStringList{};
    QTest::newRow("vitals diastolic 160 at range maximum")
        << InfusionEdit([](Infusion &i) {
               i.vitals[1].systolicMmHg = 200;
               i.vitals[1].diastolicMmHg = 160;
           })
        << QStringList{};
    QTest::newRow("vitals systolic equal to diastolic")
        << InfusionEdit([](Infusion &i) {
               i.vitals[1].systolicMmHg = 80;
               i.vitals[1].diastolicMmHg = 80;
           })
        << QStringList{QStringLiteral("vitals[1].diastolic_mmhg")};
    QTest::newRow("vitals systolic one above diastolic")
        << InfusionEdit([](Infusion &i) {
               i.vitals[1].systolicMmHg = 81;
               i.vitals[1].diastolicMmHg = 80;
           })
        << QStringList{};
    QTest::newRow("vitals diastolic above systolic")
        << InfusionEdit([](Infusion &i) {
               i.vitals[0].systolicMmHg = 90;
               i.vitals[0].diastolicMmHg = 100;
           })
        << QStringList{QStringLiteral("vitals[0].diastolic_mmhg")};
    QTest::newRow("vitals values not recorded")
        << InfusionEdit([](Infusion &i) {
               VitalSigns &v = i.vitals[3];
               v.temperatureC.reset();
               v.pulseBpm.reset();
               v.respirationPerMin.reset();
               v.systolicMmHg.reset();
           })
        << QStringList{};
}

void TestRecords::infusionRules()
{
    QFETCH(InfusionEdit, edit);
    QFETCH(QStringList, fields);
    Infusion i = validInfusion();
    edit(i);
    const FieldErrors errors = i.validate(Protocol::builtIn(), context());
    QCOMPARE(fieldsOf(errors), sorted(fields));
    verifyTexts(errors);
}

void TestRecords::infusionWeightTenths_data()
{
    QTest::addColumn<std::optional<double>>("weight");
    QTest::addColumn<std::optional<int>>("tenths");
    QTest::newRow("63.5 kg") << std::optional<double>(63.5) << std::optional<int>(635);
    QTest::newRow("70.1 kg") << std::optional<double>(70.1) << std::optional<int>(701);
    QTest::newRow("20 kg") << std::optional<double>(20.0) << std::optional<int>(200);
    QTest::newRow("not recorded") << std::optional<double>() << std::optional<int>();
}

void TestRecords::infusionWeightTenths()
{
    QFETCH(std::optional<double>, weight);
    QFETCH(std::optional<int>, tenths);
    Infusion i;
    i.weightKg = weight;
    QCOMPARE(i.weightTenths(), tenths);
}

// ---- PASI -----------------------------------------------------------------------------------

void TestRecords::pasiRules_data()
{
    QTest::addColumn<PasiEdit>("edit");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("valid baseline") << PasiEdit([](PasiAssessment &) {}) << QStringList{};
    for (const char *v : {"screening", "week0", "week12"}) {
        QTest::addRow("visit %s", v)
            << PasiEdit([v](PasiAssessment &a) { a.visit = QString::fromLatin1(v); })
            << QStringList{};
    }
    QTest::newRow("visit unknown")
        << PasiEdit([](PasiAssessment &a) { a.visit = QStringLiteral("week5"); })
        << QStringList{QStringLiteral("visit")};
    QTest::newRow("visit missing") << PasiEdit([](PasiAssessment &a) { a.visit.clear(); })
                                   << QStringList{QStringLiteral("visit")};
    QTest::newRow("date missing") << PasiEdit([](PasiAssessment &a) { a.assessmentDate.reset(); })
                                  << QStringList{missing(QStringLiteral("assessment_date"))};
    QTest::newRow("date today") << PasiEdit([](PasiAssessment &a) { a.assessmentDate = kToday; })
                                << QStringList{};
    QTest::newRow("date tomorrow")
        << PasiEdit([](PasiAssessment &a) { a.assessmentDate = kToday.addDays(1); })
        << QStringList{QStringLiteral("assessment_date")};

    using Member = std::optional<int> rules::RegionScores::*;
    struct Score {
        int region;
        const char *key;
        Member member;
    };
    const Score scores[] = {{0, "head_erythema", &rules::RegionScores::erythema},
                            {1, "upper_limbs_induration", &rules::RegionScores::induration},
                            {2, "trunk_desquamation", &rules::RegionScores::desquamation},
                            {3, "lower_limbs_erythema", &rules::RegionScores::erythema}};
    for (const Score &s : scores) {
        for (const int value : {-1, 0, 4, 5}) {
            QTest::addRow("%s %d", s.key, value)
                << PasiEdit([s, value](PasiAssessment &a) { a.regions[s.region].*s.member = value; })
                << (value >= 0 && value <= 4 ? QStringList{}
                                              : QStringList{QString::fromLatin1(s.key)});
        }
        QTest::addRow("%s missing", s.key)
            << PasiEdit([s](PasiAssessment &a) { (a.regions[s.region].*s.member).reset(); })
            << QStringList{missing(QString::fromLatin1(s.key))};
    }
    for (const int value : {-1, 0, 6, 7}) {
        QTest::addRow("trunk_area %d", value)
            << PasiEdit([value](PasiAssessment &a) { a.regions[2].area = value; })
            << (value >= 0 && value <= 6 ? QStringList{} : QStringList{"trunk_area"});
    }
    QTest::newRow("head_area missing")
        << PasiEdit([](PasiAssessment &a) { a.regions[0].area.reset(); })
        << QStringList{missing("head_area")};

    QTest::newRow("bsa -0.1") << PasiEdit([](PasiAssessment &a) { a.bsaPct = -0.1; })
                              << QStringList{"bsa_pct"};
    QTest::newRow("bsa 0") << PasiEdit([](PasiAssessment &a) { a.bsaPct = 0.0; })
                           << QStringList{};
    QTest::newRow("bsa 100") << PasiEdit([](PasiAssessment &a) { a.bsaPct = 100.0; })
                             << QStringList{};
    QTest::newRow("bsa 100.1") << PasiEdit([](PasiAssessment &a) { a.bsaPct = 100.1; })
                               << QStringList{"bsa_pct"};
    QTest::newRow("bsa not recorded") << PasiEdit([](PasiAssessment &a) { a.bsaPct.reset(); })
                                      << QStringList{};

    QStringList everyScore;
    for (const char *r : {"head", "upper_limbs", "trunk", "lower_limbs"}) {
        for (const char *s : {"erythema", "induration", "desquamation", "area"})
            everyScore << missing(QStringLiteral("%1_%2").arg(QLatin1String(r), QLatin1String(s)));
    }
    QTest::newRow("no region recorded names every score")
        << PasiEdit([](PasiAssessment &a) { a.regions.clear(); }) << everyScore;
    QTest::newRow("blank form names every score")
        << PasiEdit([](PasiAssessment &a) {
               a.regions = PasiAssessment::blank(Protocol::builtIn()).regions;
           })
        << everyScore;
    QTest::newRow("a region too many")
        << PasiEdit([](PasiAssessment &a) { a.regions.append(region(0, 0, 0, 0)); })
        << QStringList{"regions"};
}

void TestRecords::pasiRules()
{
    QFETCH(PasiEdit, edit);
    QFETCH(QStringList, fields);
    PasiAssessment a = validPasi();
    edit(a);
    const FieldErrors errors = a.validate(Protocol::builtIn(), context());
    QCOMPARE(fieldsOf(errors), sorted(fields));
    verifyTexts(errors);
}

void TestRecords::pasiBlankHasEveryProtocolRegion()
{
    const Protocol &p = Protocol::builtIn();
    const PasiAssessment a = PasiAssessment::blank(p);
    QCOMPARE(a.regions.size(), p.pasiRegions.size());
    QCOMPARE(a.regions.size(), 4);
    for (const rules::RegionScores &r : a.regions)
        QVERIFY(!r.erythema && !r.induration && !r.desquamation && !r.area);
    QVERIFY(a.visit.isEmpty());
    QVERIFY(!a.assessmentDate);
    QCOMPARE(a.pasiTenths(p), std::optional<int>());
}

void TestRecords::pasiTenthsOfTheRecord()
{
    const Protocol &p = Protocol::builtIn();
    PasiAssessment a = validPasi();
    QCOMPARE(a.pasiTenths(p), std::optional<int>(237));
    a.regions[3].area = 6;  // lower limbs 0.4 × 8 × 6 = 19.2 instead of 12.8
    QCOMPARE(a.pasiTenths(p), std::optional<int>(301));
    a.regions[1].induration.reset();
    QCOMPARE(a.pasiTenths(p), std::optional<int>());
}

// ---- Adverse event --------------------------------------------------------------------------

void TestRecords::adverseEventRules_data()
{
    QTest::addColumn<AdverseEventEdit>("edit");
    QTest::addColumn<QStringList>("fields");
    const QString sae = QStringLiteral("sae_criteria");

    QTest::newRow("valid baseline") << AdverseEventEdit([](AdverseEvent &) {}) << QStringList{};
    QTest::newRow("number 0") << AdverseEventEdit([](AdverseEvent &e) { e.aeNumber = 0; })
                              << QStringList{"ae_number"};
    QTest::newRow("number 2") << AdverseEventEdit([](AdverseEvent &e) { e.aeNumber = 2; })
                              << QStringList{};
    QTest::newRow("term missing") << AdverseEventEdit([](AdverseEvent &e) { e.term = " "; })
                                  << QStringList{missing("term")};
    QTest::newRow("term 200 characters")
        << AdverseEventEdit([](AdverseEvent &e) { e.term = QString(200, QLatin1Char('x')); })
        << QStringList{};
    QTest::newRow("term 201 characters")
        << AdverseEventEdit([](AdverseEvent &e) { e.term = QString(201, QLatin1Char('x')); })
        << QStringList{"term"};
    QTest::newRow("term in Chinese")
        << AdverseEventEdit([](AdverseEvent &e) { e.term = QStringLiteral("发热"); })
        << QStringList{};

    QTest::newRow("onset missing")
        << AdverseEventEdit([](AdverseEvent &e) { e.onsetDate.reset(); })
        << QStringList{missing("onset_date")};
    QTest::newRow("onset today, ongoing")
        << AdverseEventEdit([](AdverseEvent &e) {
               e.onsetDate = kToday;
               e.endDate.reset();
               e.outcome = QStringLiteral("not_recovered");
           })
        << QStringList{};
    QTest::newRow("onset tomorrow")
        << AdverseEventEdit([](AdverseEvent &e) {
               e.onsetDate = kToday.addDays(1);
               e.endDate.reset();
           })
        << QStringList{"onset_date", missing("end_date")};
    QTest::newRow("end on the onset day")
        << AdverseEventEdit([](AdverseEvent &e) { e.endDate = e.onsetDate; }) << QStringList{};
    QTest::newRow("end the day before onset")
        << AdverseEventEdit([](AdverseEvent &e) { e.endDate = e.onsetDate->addDays(-1); })
        << QStringList{"end_date"};
    QTest::newRow("end tomorrow")
        << AdverseEventEdit([](AdverseEvent &e) { e.endDate = kToday.addDays(1); })
        << QStringList{"end_date"};

    QTest::newRow("grade missing")
        << AdverseEventEdit([](AdverseEvent &e) { e.ctcaeGrade.clear(); })
        << QStringList{missing("ctcae_grade")};
    QTest::newRow("grade unknown")
        << AdverseEventEdit([](AdverseEvent &e) { e.ctcaeGrade = QStringLiteral("grade6"); })
        << QStringList{"ctcae_grade"};
    QTest::newRow("grade as display text")
        << AdverseEventEdit([](AdverseEvent &e) { e.ctcaeGrade = QStringLiteral("Grade 1"); })
        << QStringList{"ctcae_grade"};
    QTest::newRow("relatedness not judged yet")
        << AdverseEventEdit([](AdverseEvent &e) { e.relatedness.clear(); }) << QStringList{};
    QTest::newRow("relatedness definite")
        << AdverseEventEdit([](AdverseEvent &e) { e.relatedness = QStringLiteral("definite"); })
        << QStringList{};
    QTest::newRow("relatedness unknown")
        << AdverseEventEdit([](AdverseEvent &e) { e.relatedness = QStringLiteral("likely"); })
        << QStringList{"relatedness"};
    QTest::newRow("action missing")
        << AdverseEventEdit([](AdverseEvent &e) { e.actionTaken.clear(); })
        << QStringList{missing("action_taken")};
    QTest::newRow("action unknown")
        << AdverseEventEdit([](AdverseEvent &e) { e.actionTaken = QStringLiteral("ignored"); })
        << QStringList{"action_taken"};
    QTest::newRow("outcome missing")
        << AdverseEventEdit([](AdverseEvent &e) { e.outcome.clear(); })
        << QStringList{missing("outcome")};
    QTest::newRow("outcome unknown")
        << AdverseEventEdit([](AdverseEvent &e) { e.outcome = QStringLiteral("better"); })
        << QStringList{"outcome"};

    QTest::newRow("serious not recorded")
        << AdverseEventEdit([](AdverseEvent &e) { e.serious.reset(); })
        << QStringList{missing("serious")};
    QTest::newRow("serious without criterion")
        << AdverseEventEdit([](AdverseEvent &e) { e.serious = true; }) << QStringList{missing(sae)};
    QTest::newRow("serious with hospitalisation")
        << AdverseEventEdit([](AdverseEvent &e) {
               e.serious = true;
               e.saeCriteria = {QStringLiteral("hospitalisation")};
           })
        << QStringList{};
    QTest::newRow("serious with two criteria")
        << AdverseEventEdit([](AdverseEvent &e) {
               e.serious = true;
               e.saeCriteria = {QStringLiteral("life_threatening"),
                                QStringLiteral("important_medical_event")};
           })
        << QStringList{};
    QTest::newRow("serious with unknown criterion")
        << AdverseEventEdit([](AdverseEvent &e) {
               e.serious = true;
               e.saeCriteria = {QStringLiteral("hospitalisation"), QStringLiteral("severe")};
           })
        << QStringList{sae};
    QTest::newRow("not serious with a criterion")
        << AdverseEventEdit([](AdverseEvent &e) {
               e.saeCriteria = {QStringLiteral("hospitalisation")};
           })
        << QStringList{sae};

    QTest::newRow("fatal at grade 5")
        << AdverseEventEdit([](AdverseEvent &e) {
               e.ctcaeGrade = QStringLiteral("grade5");
               e.outcome = QStringLiteral("fatal");
               e.serious = true;
               e.saeCriteria = {QStringLiteral("death")};
           })
        << QStringList{};
    QTest::newRow("fatal at grade 4")
        << AdverseEventEdit([](AdverseEvent &e) {
               e.ctcaeGrade = QStringLiteral("grade4");
               e.outcome = QStringLiteral("fatal");
               e.serious = true;
               e.saeCriteria = {QStringLiteral("death")};
           })
        << QStringList{"ctcae_grade"};
    QTest::newRow("grade 5 recovered")
        << AdverseEventEdit([](AdverseEvent &e) {
               e.ctcaeGrade = QStringLiteral("grade5");
               e.serious = true;
               e.saeCriteria = {QStringLiteral("death")};
           })
        << QStringList{"outcome"};
}

void TestRecords::adverseEventRules()
{
    QFETCH(AdverseEventEdit, edit);
    QFETCH(QStringList, fields);
    AdverseEvent e = validAdverseEvent();
    edit(e);
    const FieldErrors errors = e.validate(Protocol::builtIn(), context());
    QCOMPARE(fieldsOf(errors), sorted(fields));
    verifyTexts(errors);
}

// An outcome that says the event ended needs its end date (missing until recorded); one that
// says it goes on cannot have one (impossible: hard); "unknown" takes either.
void TestRecords::adverseEventOutcomeAndEndDate_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<bool>("hasEndDate");
    QTest::addColumn<QStringList>("fields");
    const QStringList none;
    const QStringList endMissing{missing("end_date")};
    const QStringList endImpossible{"end_date"};
    QTest::newRow("recovered with end date") << "recovered" << true << none;
    QTest::newRow("recovered without end date") << "recovered" << false << endMissing;
    QTest::newRow("recovered with sequelae, end date") << "recovered_with_sequelae" << true << none;
    QTest::newRow("recovered with sequelae, no end date")
        << "recovered_with_sequelae" << false << endMissing;
    QTest::newRow("fatal with date of death") << "fatal" << true << none;
    QTest::newRow("fatal without date of death") << "fatal" << false << endMissing;
    QTest::newRow("recovering with end date") << "recovering" << true << endImpossible;
    QTest::newRow("recovering ongoing") << "recovering" << false << none;
    QTest::newRow("not recovered with end date") << "not_recovered" << true << endImpossible;
    QTest::newRow("not recovered ongoing") << "not_recovered" << false << none;
    QTest::newRow("unknown with end date") << "unknown" << true << none;
    QTest::newRow("unknown without end date") << "unknown" << false << none;
    QTest::newRow("outcome not recorded, end date") << "" << true << QStringList{missing("outcome")};
    QTest::newRow("outcome not recorded, no end date")
        << "" << false << QStringList{missing("outcome")};
}

void TestRecords::adverseEventOutcomeAndEndDate()
{
    QFETCH(QString, outcome);
    QFETCH(bool, hasEndDate);
    QFETCH(QStringList, fields);
    AdverseEvent e = validAdverseEvent();
    e.outcome = outcome;
    if (outcome == QLatin1String("fatal")) {
        e.ctcaeGrade = QStringLiteral("grade5");
        e.serious = true;
        e.saeCriteria = {QStringLiteral("death")};
    }
    if (!hasEndDate)
        e.endDate.reset();
    const FieldErrors errors = e.validate(Protocol::builtIn(), context());
    QCOMPARE(fieldsOf(errors), sorted(fields));
    verifyTexts(errors);
}

// The typed area % is source data; the area score must fall in its band (protocol bands:
// 0: 0 %, 1: < 10 %, 2: 10–29 %, 3: 30–49 %, 4: 50–69 %, 5: 70–89 %, 6: 90–100 %). Each band
// boundary from both sides, with the matching score (accepted) and a neighbour (refused).
void TestRecords::areaPercentAndScoreAgree_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<int>("score");
    QTest::addColumn<QStringList>("fields");
    const QStringList none;
    const QStringList disagree{"trunk_area"};
    const QList<QPair<double, int>> bands{
        {0, 0},    {0.1, 1}, {9.9, 1},  {10, 2}, {29.9, 2}, {30, 3},  {49.9, 3},
        {50, 4},   {69.9, 4}, {70, 5},  {89.9, 5}, {90, 6}, {100, 6}};
    for (const auto &[pct, band] : bands) {
        QTest::addRow("%g %% is score %d", pct, band) << pct << band << none;
        if (band > 0)
            QTest::addRow("%g %% with score %d", pct, band - 1) << pct << band - 1 << disagree;
        if (band < 6)
            QTest::addRow("%g %% with score %d", pct, band + 1) << pct << band + 1 << disagree;
    }
    QTest::newRow("-0.1 % impossible") << -0.1 << 0 << QStringList{"trunk_area_pct"};
    QTest::newRow("100.1 % impossible") << 100.1 << 6 << QStringList{"trunk_area_pct"};
    QTest::newRow("12.25 % two decimals") << 12.25 << 2 << QStringList{"trunk_area_pct"};
}

void TestRecords::areaPercentAndScoreAgree()
{
    QFETCH(double, percent);
    QFETCH(int, score);
    QFETCH(QStringList, fields);
    PasiAssessment a = validPasi();
    a.regions[2].areaPct = percent;
    a.regions[2].area = score;
    const FieldErrors errors = a.validate(Protocol::builtIn(), context());
    QCOMPARE(fieldsOf(errors), sorted(fields));
    verifyTexts(errors);
    // Without a typed percentage the score alone is fine (picked directly).
    a.regions[2].areaPct.reset();
    QVERIFY(!hasError(a.validate(Protocol::builtIn(), context()), QStringLiteral("trunk_area")));
}

void TestRecords::hardErrorsAndMissingItemsSplit()
{
    const Protocol &p = Protocol::builtIn();
    Infusion i = validInfusion();
    i.weightKg.reset();         // missing
    i.lotNumber.clear();        // missing
    i.viabilityPct = 100.1;     // impossible
    const FieldErrors all = i.validate(p, context());
    QCOMPARE(fieldsOf(hardErrors(all)), QStringList{"viability_pct"});
    QCOMPARE(fieldsOf(missingItems(all)), sorted({missing("weight_kg"), missing("lot_number")}));
    QVERIFY(hasHardErrors(all));
    QVERIFY(!hasHardErrors(missingItems(all)));
    QVERIFY(!hasHardErrors({}));
}

void TestRecords::identifiersStayHardRequired()
{
    // What makes a record (subject code, visit, AE number) is never "missing": without it
    // there is no record to mark incomplete.
    const Protocol &p = Protocol::builtIn();
    Subject s = validSubject();
    s.code.clear();
    QVERIFY(hasHardErrors(s.validate(p, context())));
    Infusion i = validInfusion();
    i.visit.clear();
    QVERIFY(hasHardErrors(i.validate(p, context())));
    PasiAssessment a = validPasi();
    a.visit.clear();
    QVERIFY(hasHardErrors(a.validate(p, context())));
    AdverseEvent e = validAdverseEvent();
    e.aeNumber = 0;
    QVERIFY(hasHardErrors(e.validate(p, context())));
}

// ---- Across records -------------------------------------------------------------------------

void TestRecords::severalProblemsAreAllReported()
{
    const Protocol &p = Protocol::builtIn();
    Infusion i = validInfusion();
    i.weightKg = 250.1;
    i.viabilityPct = 100.1;
    i.endTime = QTime(8, 0);
    i.vitals[2].temperatureC = 43.1;
    i.vitals[2].minute = 20;
    i.lotNumber.clear();
    const FieldErrors errors = i.validate(p, context());
    QCOMPARE(fieldsOf(errors),
             sorted({"weight_kg", "viability_pct", "end_time", "vitals[2].temperature_c",
                     "vitals[2].minute", missing("lot_number")}));

    // The messages carry the protocol's numbers.
    for (const FieldError &e : errors) {
        if (e.field == QLatin1String("weight_kg"))
            QCOMPARE(e.text(), QStringLiteral("Weight must be between 20 and 250 kg."));
        if (e.field == QLatin1String("vitals[2].temperature_c"))
            QCOMPARE(e.text(), QStringLiteral("Temperature must be between 34 and 43 °C."));
        if (e.field == QLatin1String("vitals[2].minute"))
            QCOMPARE(e.args.value(0), QStringLiteral("15"));
    }

    Subject s;
    s.status.clear();
    // The identifier is hard-required (no record without it); the rest is missing.
    QCOMPARE(fieldsOf(s.validate(p, context())),
             sorted({"subject_code", missing("initials"), missing("sex"), missing("birth_date"),
                     "status"}));

    AdverseEvent ae;
    QCOMPARE(fieldsOf(ae.validate(p, context())),
             sorted({"ae_number", missing("term"), missing("onset_date"), missing("ctcae_grade"),
                     missing("action_taken"), missing("outcome"), missing("serious")}));
}

void TestRecords::futureIsJudgedAgainstTheInjectedToday()
{
    // The same date is in the future for one clock and in the past for another.
    const Protocol &p = Protocol::builtIn();
    AdverseEvent ae = validAdverseEvent();
    ValidationContext ctx = context();
    ctx.today = QDate(2022, 3, 17);
    QVERIFY(hasError(ae.validate(p, ctx), QStringLiteral("end_date")));
    ctx.today = QDate(2022, 3, 18);
    QVERIFY(!hasError(ae.validate(p, ctx), QStringLiteral("end_date")));
    ctx.today = QDate(2099, 1, 1);
    QVERIFY(ae.validate(p, ctx).isEmpty());
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
