// SPDX-License-Identifier: Apache-2.0
// The eligibility page: the verdict follows the data as it is typed, names every failed
// criterion and every missing item, and is confirmed (or overruled with a reason) by a physician.
#include "codecombobox.h"
#include "displayformat.h"
#include "eligibilityform.h"
#include "numberedit.h"
#include "optionaldateedit.h"
#include "tst_formsfixture.h"
#include "yesnobox.h"

#include <QCheckBox>
#include <QLabel>
#include <QSet>
#include <QLineEdit>
#include <QScrollArea>
#include <QTimer>
#include <QtTest>

using namespace trialcrf;
using namespace trialcrf::formstest;

using FieldValues = QMap<QString, QString>;  // objectName → text typed (NumberEdit) or yes/no/never
Q_DECLARE_METATYPE(FieldValues)

class TestEligibilityForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eligibleWhenEveryCriterionHolds();
    void namesEachFailedCriterion_data();
    void namesEachFailedCriterion();
    void incompleteNamesMissingItems();
    void failureOutranksMissingData();
    void overruleNeedsReasonAndIsSaved();
    void nurseEntersItemsButCannotConfirm();
    void physicianConfirmsWithoutAReasonForChange();
    void altLetterScrollsTheFieldIntoSight();
    void pasiComesFromTheScreeningAssessment();
    void neverTickedEmptiesTheDate();
    void criterionCodesAreDistinct();
    void labLimitsKeepTheirWidth_data();
    void labLimitsKeepTheirWidth();

private:
    void openPage(const Session &as);
    /// Fills the page with data that meets every criterion, then applies `changes`.
    void fill(const FieldValues &changes = {});
    /// Saves (or changes) the screening PASI assessment: 12.6 or 7.0 from its region scores.
    void saveScreeningPasi(int tenths);

    std::unique_ptr<Study> m_study;
    EligibilityForm *m_form = nullptr;
    std::unique_ptr<Host> m_host;
};

void TestEligibilityForm::init()
{
    m_study = std::make_unique<Study>();
    QString error;
    QVERIFY2(m_study->setUp(&error), qPrintable(error));
    Consent c;
    c.subjectId = m_study->subjectId;
    c.consentVersion = QStringLiteral("2.1");
    c.consentDate = Study::today().addDays(-30);
    c.subjectSigned = true;
    c.obtainedBy = QStringLiteral("Li Na");
    const SaveResult r = m_study->store().saveConsent(m_study->nurse, c);
    QVERIFY2(r.ok(), qPrintable(r.message));
    saveScreeningPasi(126);
}

void TestEligibilityForm::saveScreeningPasi(int tenths)
{
    const std::optional<Casebook> book = m_study->casebook(m_study->physician);
    PasiAssessment a = PasiAssessment::blank(Protocol::builtIn());
    if (const PasiAssessment *saved = book->pasiAt(QStringLiteral("screening")))
        a = *saved;
    a.subjectId = m_study->subjectId;
    a.visit = QStringLiteral("screening");
    a.assessmentDate = Study::today().addDays(-21);
    a.bsaPct = 15;
    // head 0.1, upper limbs 0.2, trunk 0.3, lower limbs 0.4 × (E + I + D) × area
    const QList<rules::RegionScores> r126{{0, 0, 0, 0}, {0, 0, 0, 0}, {3, 2, 2, 2}, {3, 2, 2, 3}};
    const QList<rules::RegionScores> r70{{0, 0, 0, 0}, {2, 2, 1, 1}, {0, 0, 0, 0}, {2, 2, 1, 3}};
    a.regions = tenths == 126 ? r126 : r70;
    QCOMPARE(a.pasiTenths(Protocol::builtIn()), std::optional<int>(tenths));
    const SaveResult r = m_study->store().savePasi(m_study->physician, a,
                                                   a.id ? QStringLiteral("rescored") : QString());
    QVERIFY2(r.ok(), qPrintable(r.message));
}

void TestEligibilityForm::cleanup()
{
    m_host.reset();
    m_form = nullptr;
    m_study.reset();
}

void TestEligibilityForm::openPage(const Session &as)
{
    m_form = new EligibilityForm(m_study->store());
    m_form->setSession(as);
    m_form->open(m_study->casebook(as));
    m_host = std::make_unique<Host>(m_form);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestEligibilityForm::fill(const FieldValues &changes)
{
    const QDate week0 = Study::today().addDays(-14);
    FieldValues v{
        {"psoriasisBox", "yes"},      {"bsaEdit", "15"},
        {"sasEdit", "40"},            {"sdsEdit", "45"},            {"calciumEdit", "2.4"},
        {"astEdit", "30"},            {"astUlnEdit", "40"},         {"altEdit", "25"},
        {"altUlnEdit", "40"},         {"creatinineEdit", "70"},     {"creatinineUlnEdit", "97"},
        {"cystatinCEdit", "0.9"},     {"cystatinCUlnEdit", "1.03"}, {"hemoglobinEdit", "130"},
        {"hemoglobinLlnEdit", "115"}, {"hemoglobinUlnEdit", "150"}, {"plateletsEdit", "220"},
        {"wbcEdit", "6.1"},           {"topicalDateEdit", week0.addDays(-30).toString(Qt::ISODate)},
        {"systemicNeverCheck", "never"}, {"biologicNeverCheck", "never"},
        {"guttateBox", "no"},         {"erythrodermaBox", "no"},    {"pregnancyBox", "no"},
        {"psychiatricBox", "no"},     {"uncontrolledBox", "no"},    {"otherLabBox", "no"},
        {"malignancyBox", "no"},      {"allergyBox", "no"},         {"otherTrialBox", "no"},
        {"judgementBox", "no"},
    };
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        v[it.key()] = it.value();
    m_form->findChild<OptionalDateEdit *>(QStringLiteral("assessedDateEdit"))
        ->setValue(Study::today().addDays(-20));
    for (auto it = v.cbegin(); it != v.cend(); ++it) {
        QWidget *w = m_form->findChild<QWidget *>(it.key());
        QVERIFY2(w, qPrintable(it.key()));
        if (auto *n = qobject_cast<NumberEdit *>(w)) {
            n->clear();
            QTest::keyClicks(n, it.value());
        } else if (auto *y = qobject_cast<YesNoBox *>(w)) {
            y->setValue(it.value().isEmpty() ? std::nullopt
                                             : std::optional<bool>(it.value() == "yes"));
        } else if (auto *d = qobject_cast<OptionalDateEdit *>(w)) {
            d->setValue(it.value().isEmpty() ? std::nullopt
                                             : std::optional<QDate>(QDate::fromString(
                                                   it.value(), Qt::ISODate)));
        } else if (auto *c = qobject_cast<QCheckBox *>(w)) {
            c->setChecked(it.value() == "never");
        }
    }
}

void TestEligibilityForm::eligibleWhenEveryCriterionHolds()
{
    openPage(m_study->physician);
    QCOMPARE(m_form->verdictText(), QStringLiteral("Incomplete"));
    fill();
    QCOMPARE(m_form->failedText(), QStringLiteral("none"));
    QCOMPARE(m_form->missingText(), QStringLiteral("none"));
    QCOMPARE(m_form->verdictText(), QStringLiteral("Eligible"));
    QVERIFY2(m_form->errorFields().isEmpty(), qPrintable(m_form->errorFields().join(u',')));
    QCOMPARE(m_form->findChild<QLabel *>(QStringLiteral("inc2Status"))->text(),
             QStringLiteral("✓ met"));
    QVERIFY(m_form->findChild<QLabel *>(QStringLiteral("ageValue"))
                ->text()
                .startsWith(QStringLiteral("Age on the day of consent: 43 years")));
}

void TestEligibilityForm::namesEachFailedCriterion_data()
{
    const QDate week0 = Study::today().addDays(-14);
    QTest::addColumn<FieldValues>("changes");
    QTest::addColumn<QString>("failed");
    QTest::addColumn<QString>("statusLabel");
    QTest::newRow("platelets 74.9 below 75.0")
        << FieldValues{{"plateletsEdit", "74.9"}}
        << "EXC5-platelets — Platelet count too low" << "plateletsStatus";
    QTest::newRow("calcium 2.91 above 2.9")
        << FieldValues{{"calciumEdit", "2.91"}} << "EXC5-calcium — Serum calcium out of range"
        << "calciumStatus";
    QTest::newRow("AST 81 above 2 × ULN 40")
        << FieldValues{{"astEdit", "81"}} << "EXC5-ast — AST too high" << "astStatus";
    QTest::newRow("PASI 7.0 and BSA 10 not above the thresholds")
        << FieldValues{{"screeningPasi", "7.0"}, {"bsaEdit", "10"}}
        << "INC1 — Moderate to severe psoriasis vulgaris (PASI or BSA)" << "inc1Status";
    QTest::newRow("topical 13 days before week 0")
        << FieldValues{{"topicalDateEdit", week0.addDays(-13).toString(Qt::ISODate)}}
        << "EXC9-topical — Washout of topical treatment not met" << "topicalStatus";
    QTest::newRow("history of allergy")
        << FieldValues{{"allergyBox", "yes"}} << "EXC7 — History of allergy" << "allergyStatus";
    QTest::newRow("SDS 54 above 53")
        << FieldValues{{"sdsEdit", "54"}} << "EXC4-sds — Depression: SDS too high" << "sdsStatus";
}

void TestEligibilityForm::namesEachFailedCriterion()
{
    QFETCH(FieldValues, changes);
    QFETCH(QString, failed);
    QFETCH(QString, statusLabel);
    if (changes.contains(QStringLiteral("screeningPasi")))
        saveScreeningPasi(qRound(changes.take(QStringLiteral("screeningPasi")).toDouble() * 10));
    openPage(m_study->physician);
    fill(changes);
    QCOMPARE(m_form->verdictText(), QStringLiteral("Not eligible"));
    QCOMPARE(m_form->failedText(), failed);
    const QString status = m_form->findChild<QLabel *>(statusLabel)->text();
    QVERIFY2(status.startsWith(QStringLiteral("✗")), qPrintable(status));
}

void TestEligibilityForm::incompleteNamesMissingItems()
{
    openPage(m_study->physician);
    fill({{"calciumEdit", ""}, {"hemoglobinUlnEdit", ""}, {"allergyBox", ""}});
    QCOMPARE(m_form->verdictText(), QStringLiteral("Incomplete"));
    QCOMPARE(m_form->failedText(), QStringLiteral("none"));
    QCOMPARE(m_form->missingText(),
             QLocale().createSeparatedList({QStringLiteral("Serum calcium"),
                                            QStringLiteral("Haemoglobin upper limit of normal"),
                                            QStringLiteral("History of allergy")}));
    QCOMPARE(m_form->findChild<QLabel *>(QStringLiteral("calciumStatus"))->text(),
             QStringLiteral("? missing"));
}

void TestEligibilityForm::failureOutranksMissingData()
{
    openPage(m_study->physician);
    fill({{"calciumEdit", ""}, {"wbcEdit", "2.9"}});
    QCOMPARE(m_form->verdictText(), QStringLiteral("Not eligible"));
    QCOMPARE(m_form->failedText(), QStringLiteral("EXC5-wbc — White blood cell count too low"));
    QCOMPARE(m_form->missingText(), QStringLiteral("Serum calcium"));
}

void TestEligibilityForm::overruleNeedsReasonAndIsSaved()
{
    openPage(m_study->physician);
    fill();
    auto *confirmed = m_form->findChild<CodeComboBox *>(QStringLiteral("confirmedCombo"));
    auto *reason = m_form->findChild<QLineEdit *>(QStringLiteral("overrideReasonEdit"));
    QVERIFY(confirmed->isEnabled());
    QVERIFY(!reason->isEnabled());
    confirmed->setCode(QStringLiteral("eligible"));
    QVERIFY(!reason->isEnabled());
    QVERIFY(m_form->canSave());

    confirmed->setCode(QStringLiteral("not_eligible"));
    QVERIFY(reason->isEnabled());
    QCOMPARE(m_form->shownError(QStringLiteral("override_reason")),
             QStringLiteral("A confirmed verdict that differs from the computed one needs a "
                            "written reason."));
    QVERIFY(!m_form->canSave());
    QTest::keyClicks(reason, "Psoriasis flares with infection; investigator excludes");
    QVERIFY2(m_form->canSave(), qPrintable(m_form->statusText()));
    QVERIFY(m_form->save());
    const Casebook cb = m_study->casebook(m_study->physician);
    QVERIFY(cb.eligibility);
    QCOMPARE(cb.eligibility->confirmedVerdict, QStringLiteral("not_eligible"));
    QCOMPARE(cb.eligibility->overrideReason,
             QStringLiteral("Psoriasis flares with infection; investigator excludes"));
    QCOMPARE(cb.eligibility->platelets, std::optional<double>(220));
}

void TestEligibilityForm::nurseEntersItemsButCannotConfirm()
{
    openPage(m_study->nurse);
    QVERIFY(m_form->isEditable());
    auto *confirmed = m_form->findChild<CodeComboBox *>(QStringLiteral("confirmedCombo"));
    auto *hint = m_form->findChild<QLabel *>(QStringLiteral("confirmRoleHint"));
    QVERIFY(!confirmed->isEnabled());
    QVERIFY(!m_form->findChild<QLineEdit *>(QStringLiteral("overrideReasonEdit"))->isEnabled());
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().startsWith(QStringLiteral("A physician confirms the verdict")));
    QVERIFY(!m_form->findChild<QWidget *>(QStringLiteral("readOnlyBanner"))->isVisible());

    // The nurse types the labs and scores as she would.
    auto *platelets = m_form->findChild<NumberEdit *>(QStringLiteral("plateletsEdit"));
    QVERIFY(platelets->isEnabled());
    platelets->setFocus();
    QTest::keyClicks(platelets, "74.9");
    auto *sas = m_form->findChild<NumberEdit *>(QStringLiteral("sasEdit"));
    sas->setFocus();
    QTest::keyClicks(sas, "40");
    QCOMPARE(m_form->findChild<QLabel *>(QStringLiteral("plateletsStatus"))->text(),
             QStringLiteral("✗ excludes"));
    QVERIFY2(m_form->canSave(), qPrintable(m_form->statusText()));
    QVERIFY(m_form->save());

    const Casebook cb = m_study->casebook(m_study->nurse);
    QVERIFY(cb.eligibility);
    QCOMPARE(cb.eligibility->platelets, std::optional<double>(74.9));
    QCOMPARE(cb.eligibility->sas, std::optional<double>(40));
    QVERIFY(cb.eligibility->confirmedVerdict.isEmpty());
    QCOMPARE(cb.subject.status, QStringLiteral("screening"));

    // The physician sees the same page with the confirmation open to them.
    m_host.reset();
    openPage(m_study->physician);
    QVERIFY(m_form->findChild<CodeComboBox *>(QStringLiteral("confirmedCombo"))->isEnabled());
    QVERIFY(!m_form->findChild<QLabel *>(QStringLiteral("confirmRoleHint"))->isVisible());
}

void TestEligibilityForm::physicianConfirmsWithoutAReasonForChange()
{
    openPage(m_study->nurse);
    fill();
    QVERIFY(m_form->save());
    m_host.reset();

    // Any dialog that opens during the save is noted and cancelled.
    QStringList dialogs;
    QTimer watch;
    watch.setInterval(10);
    connect(&watch, &QTimer::timeout, this, [&dialogs] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            dialogs << modal->windowTitle();
            modal->close();
        }
    });
    watch.start();

    openPage(m_study->physician);
    auto *confirmed = m_form->findChild<CodeComboBox *>(QStringLiteral("confirmedCombo"));
    confirmed->setFocus();
    QTest::keyClick(confirmed, Qt::Key_Down);  // the first verdict: eligible
    QCOMPARE(confirmed->code(), QStringLiteral("eligible"));
    QCOMPARE(m_form->statusText(), QStringLiteral("Ready to save."));
    QVERIFY(m_form->save());
    QVERIFY2(dialogs.isEmpty(), qPrintable(dialogs.join(QLatin1String(", "))));
    const Casebook cb = m_study->casebook(m_study->physician);
    QCOMPARE(cb.eligibility->confirmedVerdict, QStringLiteral("eligible"));
    QCOMPARE(cb.eligibilityConfirmedBy, m_study->physician.userName);

    // Correcting a value the nurse recorded still asks why (here: cancelled, nothing saved).
    auto *sas = m_form->findChild<NumberEdit *>(QStringLiteral("sasEdit"));
    sas->setFocus();
    sas->selectAll();
    QTest::keyClicks(sas, "41");
    QVERIFY(m_form->statusText().contains(QStringLiteral("reason for change")));
    QVERIFY(!m_form->save());
    QCOMPARE(dialogs.size(), 1);
    QCOMPARE(m_study->casebook(m_study->physician).eligibility->sas, std::optional<double>(40));
}

void TestEligibilityForm::altLetterScrollsTheFieldIntoSight()
{
    openPage(m_study->physician);
    m_host->resize(700, 400);  // the verdict is far below the first field
    QApplication::setActiveWindow(m_host.get());
    QVERIFY(QTest::qWaitForWindowActive(m_host.get()));
    auto *date = m_form->findChild<OptionalDateEdit *>(QStringLiteral("assessedDateEdit"));
    date->setFocus();
    auto *confirmed = m_form->findChild<CodeComboBox *>(QStringLiteral("confirmedCombo"));
    auto *scroll = m_form->findChild<QScrollArea *>();
    QVERIFY(!scroll->viewport()->rect().contains(
        QRect(confirmed->mapTo(scroll->viewport(), QPoint(0, 0)), confirmed->size())));
    QTest::keyClick(date, Qt::Key_N, Qt::AltModifier);  // Co&nfirmed verdict
    QTRY_VERIFY(confirmed->hasFocus());
    QTRY_VERIFY(scroll->viewport()->rect().contains(
        QRect(confirmed->mapTo(scroll->viewport(), QPoint(0, 0)), confirmed->size())));
}

void TestEligibilityForm::pasiComesFromTheScreeningAssessment()
{
    openPage(m_study->physician);
    auto *pasi = m_form->findChild<QLabel *>(QStringLiteral("pasiValue"));
    QCOMPARE(pasi->text(), QStringLiteral("12.6, from the screening PASI assessment of %1")
                               .arg(DisplayFormat::date(Study::today().addDays(-21))));
    fill();
    QCOMPARE(m_form->verdictText(), QStringLiteral("Eligible"));

    // Without a screening assessment the page says where to score it, and INC1 waits for it
    // unless BSA alone decides.
    Study fresh;
    QString error;
    QVERIFY2(fresh.setUp(&error), qPrintable(error));
    EligibilityForm form(fresh.store());
    form.setSession(fresh.nurse);
    form.open(fresh.casebook(fresh.nurse));
    QCOMPARE(form.findChild<QLabel *>(QStringLiteral("pasiValue"))->text(),
             QStringLiteral("not recorded yet — score it on the Screening PASI page"));
}

void TestEligibilityForm::neverTickedEmptiesTheDate()
{
    openPage(m_study->physician);
    auto *date = m_form->findChild<OptionalDateEdit *>(QStringLiteral("biologicDateEdit"));
    auto *never = m_form->findChild<QCheckBox *>(QStringLiteral("biologicNeverCheck"));
    date->setValue(Study::today().addDays(-200));
    QVERIFY(date->isRecorded());
    never->setChecked(true);
    QVERIFY(!date->isRecorded());
    QVERIFY(!date->isEnabled());
    QCOMPARE(m_form->findChild<QLabel *>(QStringLiteral("biologicDays"))->text(),
             QStringLiteral("never treated"));
}

void TestEligibilityForm::criterionCodesAreDistinct()
{
    openPage(m_study->physician);
    QStringList codes;
    for (const QLabel *label : m_form->findChildren<QLabel *>()) {
        if (label->objectName().endsWith(QLatin1String("Code")))
            codes << label->text();
    }
    QVERIFY(codes.size() >= 10);
    const QSet<QString> distinct(codes.cbegin(), codes.cend());
    QCOMPARE(distinct.size(), codes.size());
    // The two EXC5 questions carry the codes the verdict names them by.
    QCOMPARE(m_form->findChild<QLabel *>(QStringLiteral("uncontrolledCode"))->text(),
             QStringLiteral("EXC5-uncontrolled"));
    QCOMPARE(m_form->findChild<QLabel *>(QStringLiteral("otherLabCode"))->text(),
             QStringLiteral("EXC5-other_lab"));
}

void TestEligibilityForm::labLimitsKeepTheirWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("wide") << 1400;
    QTest::newRow("narrow") << 700;
}

void TestEligibilityForm::labLimitsKeepTheirWidth()
{
    // The allowed range is never wrapped onto a second line, however narrow the page: the
    // column keeps the width of its longest range (in Chinese too, where the result column
    // beside it has long texts).
    QFETCH(int, width);
    openPage(m_study->physician);
    m_host->resize(width, 900);
    fill({});
    QApplication::processEvents();
    for (const char *name : {"calciumLimit", "astLimit", "hemoglobinLimit", "plateletsLimit"}) {
        auto *label = m_form->findChild<QLabel *>(QLatin1String(name));
        QVERIFY(label);
        QVERIFY2(!label->wordWrap(), name);
        QVERIFY2(label->width() >= label->sizeHint().width(),
                 qPrintable(QStringLiteral("%1: %2 < %3").arg(QLatin1String(name))
                                .arg(label->width()).arg(label->sizeHint().width())));
    }
}

QTEST_MAIN(TestEligibilityForm)
#include "tst_forms_eligibility.moc"
