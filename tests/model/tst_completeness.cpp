// SPDX-License-Identifier: Apache-2.0
// What a casebook still lacks: pages saved incomplete (with what they miss), pages the schedule
// expects by the subject's status and not recorded, and from both what stops "approved —
// complete and correct". Pure functions over an in-memory casebook: no database.
#include "fixtures.h"
#include "storage/completeness.h"

#include <QTest>
#include <functional>

using namespace trialcrf;
using namespace trialcrf::fixtures;

using CasebookEdit = std::function<void(Casebook &)>;
Q_DECLARE_METATYPE(CasebookEdit)

namespace {

const Protocol &P()
{
    return Protocol::builtIn();
}

/// A completed subject with every page of the schedule recorded and complete.
Casebook completeCasebook()
{
    Casebook c;
    c.subject = subject();
    c.subject.id = 1;
    c.subject.status = QStringLiteral("completed");
    c.consent = consent(1);
    c.eligibility = eligibility(1);
    for (const VisitDef &v : P().visits) {
        const QDate day = v.week ? c.subject.week0Date->addDays(7 * *v.week)
                                 : c.subject.week0Date->addDays(-10);
        if (v.infusion)
            c.infusions << infusion(1, v.code, day);
        if (v.pasi)
            c.pasi << pasi(1, v.code, day);
    }
    return c;
}

void removeVisit(Casebook &c, const QString &visit)
{
    c.infusions.removeIf([&](const Infusion &i) { return i.visit == visit; });
    c.pasi.removeIf([&](const PasiAssessment &a) { return a.visit == visit; });
}

void removeFrom(Casebook &c, const QString &firstVisit)
{
    bool from = false;
    for (const VisitDef &v : P().visits) {
        from = from || v.code == firstVisit;
        if (from)
            removeVisit(c, v.code);
    }
}

/// "missing_page pasi week0", "incomplete_page infusion week2 weight_kg", "ae_no_outcome 1".
QString describe(const rules::ApprovalBlocker &b)
{
    QStringList parts{b.code()};
    if (!b.page.isEmpty())
        parts << b.page;
    if (!b.visit.isEmpty())
        parts << b.visit;
    if (b.aeNumber > 0)
        parts << QString::number(b.aeNumber);
    if (!b.items.isEmpty())
        parts << b.items.join(QLatin1Char(','));
    return parts.join(QLatin1Char(' '));
}

QStringList describe(const QList<rules::ApprovalBlocker> &blockers)
{
    QStringList out;
    for (const rules::ApprovalBlocker &b : blockers)
        out << describe(b);
    out.sort();
    return out;
}

/// The last day of a visit's window for the fixture's week-0 date.
QDate windowLast(const QString &visit)
{
    return rules::visitWindow(P(), visit, *subject().week0Date)->last;
}

}  // namespace

class TestCompleteness : public QObject {
    Q_OBJECT

private slots:
    void approvalBlockers_data();
    void approvalBlockers();
    void reasonItemsWithoutReasonBlock();
    void visitApprovalLooksAtItsVisitOnly();
    void incompletePagesNameWhatIsMissing();
    void blockersReadAsSentences();
};

void TestCompleteness::approvalBlockers_data()
{
    QTest::addColumn<CasebookEdit>("edit");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("blockers");
    const QDate later(2025, 1, 1);

    QTest::newRow("completed, every page complete")
        << CasebookEdit([](Casebook &) {}) << later << QStringList{};
    QTest::newRow("week-0 PASI missing")
        << CasebookEdit([](Casebook &c) {
               c.pasi.removeIf([](const PasiAssessment &a) { return a.visit == "week0"; });
           })
        << later << QStringList{"missing_page pasi week0"};
    QTest::newRow("completed, week 12 missing")
        << CasebookEdit([](Casebook &c) { removeVisit(c, "week12"); }) << later
        << QStringList{"missing_page pasi week12"};
    QTest::newRow("no consent, no eligibility")
        << CasebookEdit([](Casebook &c) {
               c.consent.reset();
               c.eligibility.reset();
           })
        << later << QStringList{"missing_page consent", "missing_page eligibility"};
    QTest::newRow("still in screening")
        << CasebookEdit([](Casebook &c) {
               c.subject.status = "screening";
               removeFrom(c, "week0");
           })
        << later << QStringList{"still_screening"};
    QTest::newRow("screening without its PASI")
        << CasebookEdit([](Casebook &c) {
               c.subject.status = "screening";
               removeFrom(c, "screening");
           })
        << later << QStringList{"missing_page pasi screening", "still_screening"};
    QTest::newRow("screen failure: screening pages only")
        << CasebookEdit([](Casebook &c) {
               c.subject.status = "screen_failed";
               removeFrom(c, "week0");
           })
        << later << QStringList{};
    QTest::newRow("infusion saved without weight")
        << CasebookEdit([](Casebook &c) { c.infusions[1].weightKg.reset(); }) << later
        << QStringList{"incomplete_page infusion week2 weight_kg"};
    QTest::newRow("infusion vital sign without phase")
        << CasebookEdit([](Casebook &c) { c.infusions[0].vitals[1].phase.clear(); }) << later
        << QStringList{"incomplete_page infusion week0 vital_signs"};
    QTest::newRow("eligibility lab not recorded")
        << CasebookEdit([](Casebook &c) { c.eligibility->calcium.reset(); }) << later
        << QStringList{"incomplete_page eligibility calcium_mmol_l"};
    QTest::newRow("consent without who obtained it")
        << CasebookEdit([](Casebook &c) { c.consent->obtainedBy.clear(); }) << later
        << QStringList{"incomplete_page consent obtained_by"};
    QTest::newRow("adverse event complete")
        << CasebookEdit([](Casebook &c) { c.adverseEvents << adverseEvent(1); }) << later
        << QStringList{};
    QTest::newRow("adverse event without outcome")
        << CasebookEdit([](Casebook &c) {
               AdverseEvent ae = adverseEvent(1);
               ae.outcome.clear();
               c.adverseEvents << ae;
           })
        << later << QStringList{"ae_no_outcome adverse_event 1"};
    QTest::newRow("adverse event ongoing")
        << CasebookEdit([](Casebook &c) {
               AdverseEvent ae = adverseEvent(1, 2);
               ae.outcome = "not_recovered";
               ae.endDate.reset();
               c.adverseEvents << ae;
           })
        << later << QStringList{};
    QTest::newRow("adverse event recovered without end date")
        << CasebookEdit([](Casebook &c) {
               AdverseEvent ae = adverseEvent(1, 3);
               ae.endDate.reset();
               c.adverseEvents << ae;
           })
        << later << QStringList{"incomplete_page adverse_event 3 end_date"};
    QTest::newRow("adverse event without outcome nor term")
        << CasebookEdit([](Casebook &c) {
               AdverseEvent ae = adverseEvent(1, 2);
               ae.outcome.clear();
               ae.term.clear();
               c.adverseEvents << ae;
           })
        << later
        << QStringList{"ae_no_outcome adverse_event 2", "incomplete_page adverse_event 2 term"};

    // Enrolled: the visits done so far, and each visit whose window has closed.
    const auto enrolledUpToWeek2 = CasebookEdit([](Casebook &c) {
        c.subject.status = "enrolled";
        removeFrom(c, "week4");
    });
    QTest::newRow("enrolled, week 4 window still open (last day)")
        << enrolledUpToWeek2 << windowLast("week4") << QStringList{};
    QTest::newRow("enrolled, week 4 window closed yesterday")
        << enrolledUpToWeek2 << windowLast("week4").addDays(1)
        << QStringList{"missing_page infusion week4", "missing_page pasi week4"};
    QTest::newRow("enrolled, a gap before the last visit done")
        << CasebookEdit([](Casebook &c) {
               c.subject.status = "enrolled";
               removeFrom(c, "week8");
               removeVisit(c, "week2");
           })
        << windowLast("week4")
        << QStringList{"missing_page infusion week2", "missing_page pasi week2"};
    QTest::newRow("enrolled without a week-0 date: what was done")
        << CasebookEdit([](Casebook &c) {
               c.subject.status = "enrolled";
               c.subject.week0Date.reset();
               c.eligibility->lastTopical = {true, std::nullopt};  // no washout to count back
               removeFrom(c, "week4");
           })
        << later << QStringList{};

    // Withdrawn: nothing after the last visit with data is expected.
    QTest::newRow("withdrawn after week 2")
        << CasebookEdit([](Casebook &c) {
               c.subject.status = "withdrawn";
               removeFrom(c, "week4");
           })
        << later << QStringList{};
    QTest::newRow("withdrawn, week 2 PASI missing before the last infusion")
        << CasebookEdit([](Casebook &c) {
               c.subject.status = "withdrawn";
               removeFrom(c, "week4");
               c.pasi.removeIf([](const PasiAssessment &a) { return a.visit == "week2"; });
           })
        << later << QStringList{"missing_page pasi week2"};
}

void TestCompleteness::approvalBlockers()
{
    QFETCH(CasebookEdit, edit);
    QFETCH(QDate, today);
    QFETCH(QStringList, blockers);
    Casebook c = completeCasebook();
    edit(c);
    blockers.sort();
    QCOMPARE(describe(rules::approvalBlockers(P(), c, today)), blockers);
}

void TestCompleteness::reasonItemsWithoutReasonBlock()
{
    Casebook c = completeCasebook();
    Deviation late;
    late.visit = QStringLiteral("week2");
    late.kind = QStringLiteral("infusion_out_of_window");
    Deviation dose = late;
    dose.kind = QStringLiteral("dose_out_of_tolerance");
    dose.reason = QStringLiteral("Bag held fewer cells than ordered");
    Deviation resolved = late;
    resolved.visit = QStringLiteral("week4");
    resolved.resolved = true;
    c.deviations = {late, dose, resolved};
    QCOMPARE(describe(rules::approvalBlockers(P(), c, QDate(2025, 1, 1))),
             QStringList{"reason_missing week2 infusion_out_of_window"});
    c.deviations = {dose, resolved};
    QVERIFY(rules::approvalBlockers(P(), c, QDate(2025, 1, 1)).isEmpty());
}

void TestCompleteness::visitApprovalLooksAtItsVisitOnly()
{
    Casebook c = completeCasebook();
    c.subject.status = QStringLiteral("screening");  // the casebook's matter, not a visit's
    c.infusions[1].lotNumber.clear();                // week 2
    c.pasi.removeIf([](const PasiAssessment &a) { return a.visit == "week4"; });
    QCOMPARE(describe(rules::visitApprovalBlockers(P(), c, "week0")), QStringList{});
    QCOMPARE(describe(rules::visitApprovalBlockers(P(), c, "week2")),
             QStringList{"incomplete_page infusion week2 lot_number"});
    QCOMPARE(describe(rules::visitApprovalBlockers(P(), c, "week4")),
             QStringList{"missing_page pasi week4"});
}

void TestCompleteness::incompletePagesNameWhatIsMissing()
{
    Casebook c = completeCasebook();
    QVERIFY(rules::incompletePages(P(), c).isEmpty());
    c.infusions[0].weightKg.reset();
    c.infusions[0].lotNumber.clear();
    c.infusions[0].viabilityPct = 120;  // a hard error is not "missing"
    c.pasi[1].regions[0].area.reset();
    const QList<rules::IncompletePage> pages = rules::incompletePages(P(), c);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).page, rules::Page::infusion);
    QCOMPARE(pages.at(0).visit, QStringLiteral("week0"));
    QCOMPARE(pages.at(0).fields, (QStringList{"weight_kg", "lot_number"}));
    QCOMPARE(pages.at(1).page, rules::Page::pasi);
    QCOMPARE(pages.at(1).visit, QStringLiteral("week0"));
    QCOMPARE(pages.at(1).fields, QStringList{"head_area"});
}

void TestCompleteness::blockersReadAsSentences()
{
    Casebook c = completeCasebook();
    c.subject.status = QStringLiteral("screening");
    removeFrom(c, "week0");
    c.consent->obtainedBy.clear();
    c.pasi.clear();
    AdverseEvent ae = adverseEvent(1, 2);
    ae.outcome.clear();
    c.adverseEvents << ae;
    QStringList texts;
    for (const rules::ApprovalBlocker &b : rules::approvalBlockers(P(), c, QDate(2025, 1, 1)))
        texts << b.text();
    QCOMPARE(texts, (QStringList{"The subject is still in screening (not enrolled).",
                                 "Not recorded: PASI — Screening",
                                 "Incomplete: Informed consent (missing: Consent obtained by)",
                                 "Adverse event 2 has no outcome recorded."}));
}

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
