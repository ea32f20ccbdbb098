// SPDX-License-Identifier: Apache-2.0
// The eligibility verdict with the built-in protocol: one row on each side of every boundary
// the protocol page names, and the three states with their failed and missing lists.
#include "protocol/protocol.h"
#include "rules/rules.h"

#include <QSet>
#include <QTest>
#include <functional>

using namespace trialcrf;
using namespace trialcrf::rules;

Q_DECLARE_METATYPE(trialcrf::rules::EligibilityInput)

namespace {

const QDate kConsent(2024, 3, 1);
const QDate kWeek0(2024, 3, 20);

/// A subject who meets every criterion, with no value near a boundary.
EligibilityInput eligibleSubject()
{
    EligibilityInput in;
    in.birthDate = QDate(1980, 6, 15);
    in.consentDate = kConsent;
    in.week0Date = kWeek0;
    in.consentSigned = true;
    in.psoriasisVulgaris = true;
    in.pasiTenths = 126;
    in.bsaPct = 15.0;
    in.sas = 40;
    in.sds = 40;
    in.calcium = 2.35;
    in.ast = 30;
    in.astUln = 40;
    in.alt = 30;
    in.altUln = 40;
    in.creatinine = 70;
    in.creatinineUln = 100;
    in.cystatinC = 0.9;
    in.cystatinCUln = 1.2;
    in.hemoglobin = 140;
    in.hemoglobinLln = 120;
    in.hemoglobinUln = 160;
    in.platelets = 200;
    in.wbc = 6.0;
    in.lastTopical.never = true;
    in.lastSystemic.never = true;
    in.lastBiologic.never = true;
    for (std::optional<bool> *b :
         {&in.guttateInverseFace, &in.acuteProgressiveErythroderma, &in.pregnancyLactation,
          &in.psychiatricDisorder, &in.uncontrolledDisease, &in.otherLabAbnormal, &in.malignancy,
          &in.allergyHistory, &in.otherTrial, &in.investigatorJudgement})
        *b = false;
    return in;
}

EligibilityInput with(const std::function<void(EligibilityInput &)> &change)
{
    EligibilityInput in = eligibleSubject();
    change(in);
    return in;
}

LastDose daysBeforeWeek0(int days)
{
    LastDose d;
    d.date = kWeek0.addDays(-days);
    return d;
}

/// The yes/no exclusion items: member, criterion code, eligibility.csv column.
struct YesNoItem {
    std::optional<bool> EligibilityInput::*member;
    const char *code;
    const char *column;
};
const YesNoItem kYesNoItems[] = {
    {&EligibilityInput::guttateInverseFace, "EXC1", "exc_guttate_inverse_face"},
    {&EligibilityInput::acuteProgressiveErythroderma, "EXC2", "exc_acute_progressive_erythroderma"},
    {&EligibilityInput::pregnancyLactation, "EXC3", "exc_pregnancy_lactation"},
    {&EligibilityInput::psychiatricDisorder, "EXC4-psychiatric", "exc_psychiatric_disorder"},
    {&EligibilityInput::uncontrolledDisease, "EXC5-uncontrolled", "exc_uncontrolled_disease"},
    {&EligibilityInput::otherLabAbnormal, "EXC5-other_lab", "exc_other_lab_abnormal"},
    {&EligibilityInput::malignancy, "EXC6", "exc_malignancy"},
    {&EligibilityInput::allergyHistory, "EXC7", "exc_allergy_history"},
    {&EligibilityInput::otherTrial, "EXC8", "exc_other_trial"},
    {&EligibilityInput::investigatorJudgement, "EXC10", "exc_investigator_judgement"},
};

/// The eligibility.csv columns of DESIGN.md that are rule input, and the facts taken from the
/// subject and the consent: every missing item must be one of these.
const QStringList kItemNames = {
    "psoriasis_vulgaris", "pasi", "bsa_pct", "sas", "sds", "calcium_mmol_l", "ast", "ast_uln",
    "alt", "alt_uln", "creatinine", "creatinine_uln", "cystatin_c", "cystatin_c_uln",
    "hemoglobin_g_l", "hemoglobin_lln", "hemoglobin_uln", "platelets_10e9_l", "wbc_10e9_l",
    "last_topical_date", "last_systemic_date", "last_biologic_date", "exc_guttate_inverse_face",
    "exc_acute_progressive_erythroderma", "exc_pregnancy_lactation", "exc_psychiatric_disorder",
    "exc_uncontrolled_disease", "exc_other_lab_abnormal", "exc_malignancy",
    "exc_allergy_history", "exc_other_trial", "exc_investigator_judgement", "birth_date",
    "consent_date", "consent", "week0_date"};

}  // namespace

class TestRulesEligibility : public QObject
{
    Q_OBJECT

private slots:
    void verdict_data()
    {
        QTest::addColumn<EligibilityInput>("input");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QStringList>("failed");
        QTest::addColumn<QStringList>("missing");
        const QString ok = QStringLiteral("eligible"), no = QStringLiteral("not_eligible"),
                      incomplete = QStringLiteral("incomplete");
        const auto row = [&](const char *name, const EligibilityInput &in, const QString &verdict,
                             const QStringList &failed = {}, const QStringList &missing = {}) {
            QTest::newRow(name) << in << verdict << failed << missing;
        };

        row("a subject meeting every criterion is eligible", eligibleSubject(), ok);

        // INC1: psoriasis vulgaris and (PASI > 7.0 or BSA > 10.0)
        row("PASI 7.0 and BSA 10.0 fail INC1", with([](auto &in) {
                in.pasiTenths = 70;
                in.bsaPct = 10.0;
            }),
            no, {"INC1"});
        row("PASI 7.1 passes INC1 with BSA 10.0", with([](auto &in) {
                in.pasiTenths = 71;
                in.bsaPct = 10.0;
            }),
            ok);
        row("BSA 10.1 passes INC1 with PASI 7.0", with([](auto &in) {
                in.pasiTenths = 70;
                in.bsaPct = 10.1;
            }),
            ok);
        row("not psoriasis vulgaris fails INC1",
            with([](auto &in) { in.psoriasisVulgaris = false; }), no, {"INC1"});
        row("diagnosis not recorded is missing",
            with([](auto &in) { in.psoriasisVulgaris.reset(); }), incomplete, {},
            {"psoriasis_vulgaris"});
        row("PASI 7.0 with BSA not recorded is missing BSA", with([](auto &in) {
                in.pasiTenths = 70;
                in.bsaPct.reset();
            }),
            incomplete, {}, {"bsa_pct"});
        row("PASI 7.1 with BSA not recorded passes", with([](auto &in) {
                in.pasiTenths = 71;
                in.bsaPct.reset();
            }),
            ok);
        row("BSA 10.1 with PASI not recorded passes", with([](auto &in) {
                in.pasiTenths.reset();
                in.bsaPct = 10.1;
            }),
            ok);
        row("neither PASI nor BSA recorded is missing both", with([](auto &in) {
                in.pasiTenths.reset();
                in.bsaPct.reset();
            }),
            incomplete, {}, {"pasi", "bsa_pct"});
        row("not vulgaris fails INC1 even with severity missing", with([](auto &in) {
                in.psoriasisVulgaris = false;
                in.pasiTenths.reset();
                in.bsaPct.reset();
            }),
            no, {"INC1"});

        // INC2: 18 ≤ age ≤ 65 in completed years on the consent day (2024-03-01)
        row("turning 18 on the consent day passes",
            with([](auto &in) { in.birthDate = QDate(2006, 3, 1); }), ok);
        row("turned 18 the day before consent passes",
            with([](auto &in) { in.birthDate = QDate(2006, 2, 28); }), ok);
        row("turning 18 the day after consent fails INC2",
            with([](auto &in) { in.birthDate = QDate(2006, 3, 2); }), no, {"INC2"});
        row("turning 65 on the consent day passes",
            with([](auto &in) { in.birthDate = QDate(1959, 3, 1); }), ok);
        row("turning 66 the day after consent passes (still 65)",
            with([](auto &in) { in.birthDate = QDate(1958, 3, 2); }), ok);
        row("turning 66 on the consent day fails INC2",
            with([](auto &in) { in.birthDate = QDate(1958, 3, 1); }), no, {"INC2"});
        row("turned 66 the day before consent fails INC2",
            with([](auto &in) { in.birthDate = QDate(1958, 2, 28); }), no, {"INC2"});
        row("consent dated before birth fails INC2",
            with([](auto &in) { in.birthDate = QDate(2024, 5, 1); }), no, {"INC2"});
        row("birth date not recorded is missing",
            with([](auto &in) { in.birthDate.reset(); }), incomplete, {}, {"birth_date"});
        row("consent date not recorded is missing",
            with([](auto &in) { in.consentDate.reset(); }), incomplete, {}, {"consent_date"});

        // INC3: signed consent
        row("unsigned consent fails INC3", with([](auto &in) { in.consentSigned = false; }), no,
            {"INC3"});
        row("no consent record is missing the consent", with([](auto &in) {
                in.consentSigned.reset();
                in.consentDate.reset();
            }),
            incomplete, {}, {"consent"});

        // EXC4: SAS > 50, SDS > 53
        row("SAS 50 passes", with([](auto &in) { in.sas = 50; }), ok);
        row("SAS 51 fails EXC4-sas", with([](auto &in) { in.sas = 51; }), no, {"EXC4-sas"});
        row("SAS 50.1 fails EXC4-sas", with([](auto &in) { in.sas = 50.1; }), no, {"EXC4-sas"});
        row("SDS 53 passes", with([](auto &in) { in.sds = 53; }), ok);
        row("SDS 54 fails EXC4-sds", with([](auto &in) { in.sds = 54; }), no, {"EXC4-sds"});
        row("SAS not recorded is missing", with([](auto &in) { in.sas.reset(); }), incomplete, {},
            {"sas"});
        row("SDS not recorded is missing", with([](auto &in) { in.sds.reset(); }), incomplete, {},
            {"sds"});

        // EXC5 labs
        row("calcium 1.99 fails", with([](auto &in) { in.calcium = 1.99; }), no, {"EXC5-calcium"});
        row("calcium 2.0 passes", with([](auto &in) { in.calcium = 2.0; }), ok);
        row("calcium 2.9 passes", with([](auto &in) { in.calcium = 2.9; }), ok);
        row("calcium 2.91 fails", with([](auto &in) { in.calcium = 2.91; }), no, {"EXC5-calcium"});
        row("calcium not recorded is missing", with([](auto &in) { in.calcium.reset(); }),
            incomplete, {}, {"calcium_mmol_l"});

        row("AST exactly 2 x ULN 40 passes", with([](auto &in) { in.ast = 80; }), ok);
        row("AST 80.1 above 2 x ULN 40 fails", with([](auto &in) { in.ast = 80.1; }), no,
            {"EXC5-ast"});
        row("AST 80.2 exactly 2 x ULN 40.1 passes", with([](auto &in) {
                in.ast = 80.2;
                in.astUln = 40.1;
            }),
            ok);
        row("AST 80.21 above 2 x ULN 40.1 fails", with([](auto &in) {
                in.ast = 80.21;
                in.astUln = 40.1;
            }),
            no, {"EXC5-ast"});
        row("AST ULN not recorded is missing", with([](auto &in) { in.astUln.reset(); }),
            incomplete, {}, {"ast_uln"});
        row("AST not recorded is missing", with([](auto &in) { in.ast.reset(); }), incomplete, {},
            {"ast"});
        row("ALT 70.6 exactly 2 x ULN 35.3 passes", with([](auto &in) {
                in.alt = 70.6;
                in.altUln = 35.3;
            }),
            ok);
        row("ALT 70.7 above 2 x ULN 35.3 fails", with([](auto &in) {
                in.alt = 70.7;
                in.altUln = 35.3;
            }),
            no, {"EXC5-alt"});
        row("ALT and its ULN not recorded are both missing", with([](auto &in) {
                in.alt.reset();
                in.altUln.reset();
            }),
            incomplete, {}, {"alt", "alt_uln"});

        row("creatinine exactly at ULN 97.3 passes", with([](auto &in) {
                in.creatinine = 97.3;
                in.creatinineUln = 97.3;
            }),
            ok);
        row("creatinine 97.4 above ULN 97.3 fails", with([](auto &in) {
                in.creatinine = 97.4;
                in.creatinineUln = 97.3;
            }),
            no, {"EXC5-creatinine"});
        row("cystatin C exactly at ULN 1.03 passes", with([](auto &in) {
                in.cystatinC = 1.03;
                in.cystatinCUln = 1.03;
            }),
            ok);
        row("cystatin C 1.04 above ULN 1.03 fails", with([](auto &in) {
                in.cystatinC = 1.04;
                in.cystatinCUln = 1.03;
            }),
            no, {"EXC5-cystatin_c"});
        row("cystatin C ULN not recorded is missing",
            with([](auto &in) { in.cystatinCUln.reset(); }), incomplete, {}, {"cystatin_c_uln"});

        row("haemoglobin exactly ULN + 20 passes", with([](auto &in) { in.hemoglobin = 180; }), ok);
        row("haemoglobin ULN + 20.1 fails", with([](auto &in) { in.hemoglobin = 180.1; }), no,
            {"EXC5-hemoglobin"});
        row("haemoglobin 175.3 exactly ULN 155.3 + 20 passes", with([](auto &in) {
                in.hemoglobin = 175.3;
                in.hemoglobinUln = 155.3;
            }),
            ok);
        row("haemoglobin 175.4 above ULN 155.3 + 20 fails", with([](auto &in) {
                in.hemoglobin = 175.4;
                in.hemoglobinUln = 155.3;
            }),
            no, {"EXC5-hemoglobin"});
        row("haemoglobin 128.02 exactly ULN 108.02 + 20 passes", with([](auto &in) {
                in.hemoglobin = 128.02;  // 108.02 + 20 is not 128.02 in binary doubles
                in.hemoglobinUln = 108.02;
                in.hemoglobinLln = 90;
            }),
            ok);
        row("haemoglobin 128.03 above ULN 108.02 + 20 fails", with([](auto &in) {
                in.hemoglobin = 128.03;
                in.hemoglobinUln = 108.02;
                in.hemoglobinLln = 90;
            }),
            no, {"EXC5-hemoglobin"});
        row("haemoglobin exactly at LLN passes", with([](auto &in) { in.hemoglobin = 120; }), ok);
        row("haemoglobin just below LLN fails", with([](auto &in) { in.hemoglobin = 119.9; }), no,
            {"EXC5-hemoglobin"});
        row("haemoglobin below LLN fails even with ULN missing", with([](auto &in) {
                in.hemoglobin = 100;
                in.hemoglobinUln.reset();
            }),
            no, {"EXC5-hemoglobin"});
        row("haemoglobin LLN not recorded is missing",
            with([](auto &in) { in.hemoglobinLln.reset(); }), incomplete, {}, {"hemoglobin_lln"});
        row("haemoglobin not recorded is missing", with([](auto &in) { in.hemoglobin.reset(); }),
            incomplete, {}, {"hemoglobin_g_l"});

        row("platelets 74.9 fail", with([](auto &in) { in.platelets = 74.9; }), no,
            {"EXC5-platelets"});
        row("platelets 75.0 pass", with([](auto &in) { in.platelets = 75.0; }), ok);
        row("platelets not recorded are missing", with([](auto &in) { in.platelets.reset(); }),
            incomplete, {}, {"platelets_10e9_l"});
        row("WBC 2.9 fails", with([](auto &in) { in.wbc = 2.9; }), no, {"EXC5-wbc"});
        row("WBC 3.0 passes", with([](auto &in) { in.wbc = 3.0; }), ok);
        row("WBC not recorded is missing", with([](auto &in) { in.wbc.reset(); }), incomplete, {},
            {"wbc_10e9_l"});

        // EXC9: washout counted back from the planned week-0 date
        row("topical 13 days before week 0 fails",
            with([](auto &in) { in.lastTopical = daysBeforeWeek0(13); }), no, {"EXC9-topical"});
        row("topical 14 days before week 0 passes",
            with([](auto &in) { in.lastTopical = daysBeforeWeek0(14); }), ok);
        row("systemic 27 days before week 0 fails",
            with([](auto &in) { in.lastSystemic = daysBeforeWeek0(27); }), no, {"EXC9-systemic"});
        row("systemic 28 days before week 0 passes",
            with([](auto &in) { in.lastSystemic = daysBeforeWeek0(28); }), ok);
        row("biologic 83 days before week 0 fails",
            with([](auto &in) { in.lastBiologic = daysBeforeWeek0(83); }), no, {"EXC9-biologic"});
        row("biologic 84 days before week 0 passes",
            with([](auto &in) { in.lastBiologic = daysBeforeWeek0(84); }), ok);
        row("a last dose after week 0 fails",
            with([](auto &in) { in.lastTopical = daysBeforeWeek0(-1); }), no, {"EXC9-topical"});
        row("never treated passes without a week-0 date",
            with([](auto &in) { in.week0Date.reset(); }), ok);
        row("a dated last dose without a week-0 date is missing week0_date", with([](auto &in) {
                in.week0Date.reset();
                in.lastBiologic = daysBeforeWeek0(200);
            }),
            incomplete, {}, {"week0_date"});
        row("last topical dose not recorded is missing",
            with([](auto &in) { in.lastTopical = LastDose(); }), incomplete, {},
            {"last_topical_date"});
        row("last systemic dose not recorded is missing",
            with([](auto &in) { in.lastSystemic = LastDose(); }), incomplete, {},
            {"last_systemic_date"});
        row("last biologic dose not recorded is missing",
            with([](auto &in) { in.lastBiologic = LastDose(); }), incomplete, {},
            {"last_biologic_date"});

        // yes/no exclusions
        for (const YesNoItem &item : kYesNoItems) {
            const auto member = item.member;
            QTest::addRow("%s yes fails %s", item.column, item.code)
                << with([member](auto &in) { in.*member = true; }) << no
                << QStringList{QLatin1String(item.code)} << QStringList{};
            QTest::addRow("%s not recorded is missing", item.column)
                << with([member](auto &in) { (in.*member).reset(); }) << incomplete
                << QStringList{} << QStringList{QLatin1String(item.column)};
        }

        // the three states together
        row("a failure with missing data is not eligible", with([](auto &in) {
                in.platelets = 74.9;
                in.calcium.reset();
            }),
            no, {"EXC5-platelets"}, {"calcium_mmol_l"});
        row("several failures are listed in protocol order", with([](auto &in) {
                in.wbc = 2.9;
                in.consentSigned = false;
                in.allergyHistory = true;
                in.sas = 60;
                in.lastBiologic = daysBeforeWeek0(10);
            }),
            no, {"INC3", "EXC4-sas", "EXC5-wbc", "EXC7", "EXC9-biologic"});
        row("several missing items are each listed", with([](auto &in) {
                in.allergyHistory.reset();
                in.calcium.reset();
                in.astUln.reset();
            }),
            incomplete, {}, {"calcium_mmol_l", "ast_uln", "exc_allergy_history"});
        row("nothing recorded lists every item", EligibilityInput(), incomplete, {},
            {"psoriasis_vulgaris", "pasi", "bsa_pct", "birth_date", "consent",
             "exc_guttate_inverse_face", "exc_acute_progressive_erythroderma",
             "exc_pregnancy_lactation", "sas", "sds", "exc_psychiatric_disorder",
             "calcium_mmol_l", "ast", "ast_uln", "alt", "alt_uln", "creatinine",
             "creatinine_uln", "cystatin_c", "cystatin_c_uln", "hemoglobin_g_l", "hemoglobin_lln",
             "hemoglobin_uln", "platelets_10e9_l", "wbc_10e9_l", "exc_uncontrolled_disease",
             "exc_other_lab_abnormal", "exc_malignancy", "exc_allergy_history", "exc_other_trial",
             "last_topical_date", "week0_date", "last_systemic_date", "last_biologic_date",
             "exc_investigator_judgement"});
    }
    void verdict()
    {
        QFETCH(EligibilityInput, input);
        QFETCH(QString, verdict);
        QFETCH(QStringList, failed);
        QFETCH(QStringList, missing);
        const EligibilityResult r = assessEligibility(Protocol::builtIn(), input);
        QCOMPARE(verdictCode(r.verdict), verdict);
        QCOMPARE(r.failed, failed);
        QCOMPARE(r.missing, missing);
        for (const QString &code : r.failed)
            QVERIFY2(allCriterionCodes().contains(code), qPrintable(code));
        for (const QString &item : r.missing)
            QVERIFY2(kItemNames.contains(item), qPrintable(item));
    }

    void ageIsReported_data()
    {
        QTest::addColumn<EligibilityInput>("input");
        QTest::addColumn<int>("age");  // -1: none
        QTest::newRow("age on the consent day")
            << with([](auto &in) { in.birthDate = QDate(2006, 3, 1); }) << 18;
        QTest::newRow("age the day before a birthday")
            << with([](auto &in) { in.birthDate = QDate(1958, 3, 2); }) << 65;
        QTest::newRow("no age without a birth date")
            << with([](auto &in) { in.birthDate.reset(); }) << -1;
        QTest::newRow("no age without a consent date")
            << with([](auto &in) { in.consentDate.reset(); }) << -1;
        QTest::newRow("no age before birth")
            << with([](auto &in) { in.birthDate = QDate(2024, 5, 1); }) << -1;
    }
    void ageIsReported()
    {
        QFETCH(EligibilityInput, input);
        QFETCH(int, age);
        const EligibilityResult r = assessEligibility(Protocol::builtIn(), input);
        QCOMPARE(r.age.value_or(-1), age);
    }

    void criterionCodes()
    {
        const QStringList codes = allCriterionCodes();
        QCOMPARE(codes.size(), 26);
        QCOMPARE(codes.first(), QStringLiteral("INC1"));
        QCOMPARE(codes.last(), QStringLiteral("EXC10"));
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
        for (const YesNoItem &item : kYesNoItems)
            QVERIFY(codes.contains(QLatin1String(item.code)));
    }

    void verdictCodes()
    {
        QCOMPARE(verdictCode(Verdict::Eligible), QStringLiteral("eligible"));
        QCOMPARE(verdictCode(Verdict::NotEligible), QStringLiteral("not_eligible"));
        QCOMPARE(verdictCode(Verdict::Incomplete), QStringLiteral("incomplete"));
    }
};

QTEST_GUILESS_MAIN(TestRulesEligibility)
#include "tst_rules_eligibility.moc"
