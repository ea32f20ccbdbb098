// SPDX-License-Identifier: Apache-2.0
// The sections of the casebook report, in the order build() writes them.
#include "casebookreport.h"

#include "casebookcells.h"
#include "chartstyle.h"
#include "labels/changereason.h"
#include "labels/codelabels.h"
#include "labels/fieldlabels.h"
#include "reportdocument.h"
#include "reportfonts.h"
#include "reportlabels.h"
#include "rules/rules.h"
#include "storage/signaturestore.h"
#include "storage/studystore.h"
#include "trajectorychart.h"
#include "trajectorydata.h"

#include <QLocale>

namespace trialcrf {

using namespace casebookcells;

namespace {

using Cell = ReportDocument::Cell;
using TableRow = ReportDocument::Row;
using Tone = ReportDocument::Tone;

}  // namespace

void CasebookReport::identity(ReportDocument &doc) const
{
    const Subject &s = m_in.casebook.subject;
    doc.title(documentTitle(), QStringLiteral("%1\n%2 / %3")
                                   .arg(m_protocol.title, m_protocol.registryId, m_protocol.sponsorStudyId));
    if (m_in.demo)
        doc.paragraph(tr("DEMO DATA: synthetic subjects for training and testing, not clinical data."),
                      Tone::Alert);
    doc.heading(tr("Study and subject"));
    doc.fields({
        {tr("Registry id"), m_protocol.registryId},
        {tr("Sponsor's study id"), m_protocol.sponsorStudyId},
        {tr("Site"), m_protocol.site},
        {tr("Principal investigator"), m_protocol.principalInvestigator},
        {tr("Subject code"), s.code},
        {tr("Initials"), text(s.initials)},
        {tr("Sex"), ReportLabels::orNone(CodeLabels::sex(s.sex))},
        {tr("Birth date"), ReportLabels::date(s.birthDate)},
        {tr("Week-0 date (first infusion)"), ReportLabels::date(s.week0Date)},
        {tr("Status"), CodeLabels::subjectStatus(s.status)},
        {tr("Signed"), signedState()},
        {tr("Casebook"), m_in.casebook.locked ? tr("Locked") : tr("Not locked")},
        {tr("Printed"), tr("%1 UTC by %2").arg(utc(m_in.generatedAtUtc), text(m_in.generatedBy))},
    });
}

QString CasebookReport::signedState() const
{
    // What the signatures say now, never more: an approval whose content changed since is
    // not an approval of what this report shows.
    const std::optional<Signature> s = SignatureStore::casebookSignature(m_in.signatures);
    if (!s)
        return tr("Not signed");
    const QString when = utc(s->signedAtUtc) + QStringLiteral(" UTC");
    const QString who = text(s->printedName);
    const bool approved = s->meaning == SignatureStore::meaningApproved();
    if (s->status == Signature::Status::Broken)
        return (approved ? tr("Changed since signed: approved on %1 by %2, to be signed again")
                         : tr("Changed since signed: reviewed on %1 by %2, to be signed again"))
            .arg(when, who);
    return (approved ? tr("Approved (complete and correct) on %1 by %2")
                     : tr("Reviewed on %1 by %2"))
        .arg(when, who);
}

void CasebookReport::consent(ReportDocument &doc) const
{
    doc.heading(tr("Informed consent"));
    const std::optional<Consent> &c = m_in.casebook.consent;
    if (!c) {
        doc.paragraph(tr("No consent recorded."), Tone::Alert);
        return;
    }
    QString signedOn = ReportLabels::date(c->consentDate);
    if (c->consentTime)
        signedOn += QLatin1Char(' ') + time(c->consentTime);
    doc.fields({
        {tr("Consent form version"), text(c->consentVersion)},
        {tr("Date signed"), signedOn},
        {tr("Signed by the subject"), ReportLabels::yesNo(c->subjectSigned)},
        {tr("Consent obtained by"), text(c->obtainedBy)},
    });
}

void CasebookReport::eligibility(ReportDocument &doc) const
{
    doc.heading(tr("Eligibility"));
    const std::optional<Eligibility> &e = m_in.casebook.eligibility;
    if (!e) {
        doc.paragraph(tr("No eligibility assessment recorded."), Tone::Alert);
        return;
    }
    const rules::EligibilityResult r =
        rules::assessEligibility(m_protocol, m_in.casebook.eligibilityInput());
    const QString computed = ReportLabels::orNone(CodeLabels::verdict(rules::verdictCode(r.verdict)));
    QList<std::pair<QString, QString>> f{
        {tr("Computed verdict"), computed},
        {tr("Confirmed by the investigator"),
         e->confirmedVerdict.isEmpty() ? tr("Not confirmed") : ReportLabels::orNone(CodeLabels::verdict(e->confirmedVerdict))},
        {tr("Assessed on"), ReportLabels::date(e->assessedDate)},
        {tr("Age on the day of consent"), r.age ? tr("%n year(s)", nullptr, *r.age) : ReportLabels::notRecorded()},
    };
    if (!e->overrideReason.trimmed().isEmpty())
        f.append({tr("Reason for overruling"), e->overrideReason});
    doc.fields(f);
    if (!r.missing.isEmpty()) {
        QStringList items;
        for (const QString &m : r.missing)
            items << CodeLabels::eligibilityItem(m);
        doc.paragraph(tr("Missing data: %1").arg(items.join(tr(", "))), Tone::Alert);
    }

    QList<TableRow> rows;
    for (const QString &code : rules::allCriterionCodes()) {
        const bool inclusion = code.startsWith(QLatin1String("INC"));
        Cell outcome;
        if (r.failed.contains(code))
            outcome = Cell(inclusion ? tr("Not met") : tr("Applies: excludes"), Tone::Alert, true);
        else if (r.undecided.contains(code))
            outcome = Cell(tr("Not decided: data missing"), Tone::Muted);
        else
            outcome = Cell(inclusion ? tr("Met") : tr("Does not apply"), Tone::Good);
        rows << TableRow{Cell(code), Cell(ReportLabels::criterion(m_protocol, code)), outcome};
    }
    doc.table({tr("Criterion"), tr("Description"), tr("Outcome")}, rows, {1.3, 6, 2.2});

    doc.paragraph(tr("Values recorded at screening:"), Tone::Normal, true);
    const auto uln = [](const std::optional<double> &v, const std::optional<double> &limit) {
        return tr("%1 (ULN %2)").arg(num(v), num(limit));
    };
    const auto lastDose = [](const rules::LastDose &d) {
        return d.never ? tr("Never") : ReportLabels::date(d.date);
    };
    doc.fields({
        {tr("Psoriasis vulgaris"), ReportLabels::yesNo(e->psoriasisVulgaris)},
        {tr("PASI at screening"), e->pasiTenths ? rules::formatTenths(*e->pasiTenths) : ReportLabels::notRecorded()},
        {tr("Body surface area involved (BSA, %)"), num(e->bsaPct)},
        {tr("SAS / SDS"), QStringLiteral("%1 / %2").arg(num(e->sas), num(e->sds))},
        {tr("Serum calcium (mmol/L)"), num(e->calcium)},
        {tr("AST"), uln(e->ast, e->astUln)},
        {tr("ALT"), uln(e->alt, e->altUln)},
        {tr("Creatinine"), uln(e->creatinine, e->creatinineUln)},
        {tr("Cystatin C"), uln(e->cystatinC, e->cystatinCUln)},
        {tr("Haemoglobin (g/L)"), tr("%1 (normal %2–%3)").arg(num(e->hemoglobin), num(e->hemoglobinLln), num(e->hemoglobinUln))},
        {tr("Platelets (10⁹/L)"), num(e->platelets)},
        {tr("White blood cells (10⁹/L)"), num(e->wbc)},
        {tr("Last topical treatment"), lastDose(e->lastTopical)},
        {tr("Last systemic therapy or phototherapy"), lastDose(e->lastSystemic)},
        {tr("Last biologic"), lastDose(e->lastBiologic)},
    });
}

void CasebookReport::infusions(ReportDocument &doc) const
{
    doc.heading(tr("Infusion log"));
    const TrajectoryData t = TrajectoryData::fromCasebook(m_in.casebook, m_protocol);
    const QString tol = QLocale::c().toString(m_protocol.doseTolerancePct, 'g', 6);
    QList<TableRow> rows;
    QStringList reactions;
    for (const InfusionMark &m : t.infusions) {
        const Infusion *inf = m_in.casebook.infusion(m.visit);
        if (!inf) {
            rows << TableRow{Cell(CodeLabels::visit(m.visit)), Cell(tr("Not recorded"), Tone::Muted)};
            continue;
        }
        const bool deviation = m.deviationPct && !m.withinTolerance;
        rows << TableRow{
            Cell(CodeLabels::visit(m.visit)),
            Cell(ReportLabels::date(m.date) + QLatin1Char('\n')
                     + QStringLiteral("%1–%2").arg(time(inf->startTime), time(inf->endTime))
                     + (m.outOfWindow ? QLatin1Char('\n') + tr("out of window") : QString()),
                 m.outOfWindow ? Tone::Alert : Tone::Normal),
            Cell(num(inf->weightKg)),
            Cell(ReportLabels::cells(m.targetCells)),
            Cell(ReportLabels::cells(m.actualCells)),
            Cell(m.deviationPct ? QLocale::c().toString(*m.deviationPct, 'f', 1) : ReportLabels::notRecorded(),
                 deviation ? Tone::Alert : Tone::Normal, deviation),
            Cell(m.deviationPct ? ReportLabels::yesNo(m.withinTolerance) : ReportLabels::notRecorded(),
                 deviation ? Tone::Alert : Tone::Good),
            Cell(text(inf->lotNumber)),
            Cell(num(inf->viabilityPct)),
            Cell(text(inf->deviationReason), deviation ? Tone::Alert : Tone::Normal),
        };
        if (inf->reaction)
            reactions << tr("Infusion reaction at %1: %2")
                             .arg(CodeLabels::visit(m.visit), text(inf->reactionDescription));
    }
    doc.table({tr("Visit"), tr("Date, start–end"), tr("Weight (kg)"), tr("Target dose (cells)"),
               tr("Actual dose (cells)"), tr("Deviation (%)"), tr("Within ±%1 %").arg(tol),
               tr("Lot number"), tr("Viability (%)"), tr("Deviation reason")},
              rows, {1, 1.2, 0.8, 1.1, 1.1, 0.9, 0.8, 1.1, 0.8, 2});
    for (const QString &r : reactions)
        doc.paragraph(r, Tone::Alert);
}

void CasebookReport::vitalSigns(ReportDocument &doc) const
{
    doc.heading(tr("Vital signs"));
    QList<TableRow> rows;
    for (const Infusion &inf : m_in.casebook.infusions) {
        for (const VitalSigns &v : inf.vitals) {
            rows << TableRow{Cell(CodeLabels::visit(inf.visit)), Cell(CodeLabels::vitalPhase(v.phase)),
                        Cell(num(v.minute)), Cell(time(v.time)), Cell(num(v.temperatureC)),
                        Cell(num(v.pulseBpm)), Cell(num(v.respirationPerMin)),
                        Cell(QStringLiteral("%1/%2").arg(num(v.systolicMmHg), num(v.diastolicMmHg)))};
        }
    }
    if (rows.isEmpty()) {
        doc.paragraph(tr("No vital signs recorded."), Tone::Muted);
        return;
    }
    doc.table({tr("Visit"), tr("Phase"), tr("Minute"), tr("Time"), tr("Temperature (°C)"),
               tr("Pulse (/min)"), tr("Respiration (/min)"), tr("Blood pressure (mmHg)")},
              rows, {1.2, 1, 0.8, 0.9, 1.3, 1.1, 1.3, 1.6});
}

void CasebookReport::pasi(ReportDocument &doc) const
{
    doc.heading(tr("Psoriasis Area and Severity Index (PASI)"));
    const TrajectoryData t = TrajectoryData::fromCasebook(m_in.casebook, m_protocol);
    QList<TableRow> rows;
    for (const VisitDef &v : m_protocol.visits) {
        if (!v.pasi)
            continue;
        const PasiAssessment *a = m_in.casebook.pasiAt(v.code);
        if (!a) {
            rows << TableRow{Cell(CodeLabels::visit(v.code)), Cell(tr("Not recorded"), Tone::Muted)};
            continue;
        }
        const TrajectoryPoint *point = nullptr;
        for (const TrajectoryPoint &p : t.points) {
            if (p.visit == v.code)
                point = &p;
        }
        TableRow row{Cell(CodeLabels::visit(v.code)),
                Cell(ReportLabels::date(a->assessmentDate)
                         + (point && point->outOfWindow ? QLatin1Char('\n') + tr("out of window") : QString()),
                     point && point->outOfWindow ? Tone::Alert : Tone::Normal)};
        for (const rules::RegionScores &r : a->regions) {
            const auto s = [](const std::optional<int> &v) { return v ? QString::number(*v) : QStringLiteral("–"); };
            row << Cell(tr("%1/%2/%3 × %4").arg(s(r.erythema), s(r.induration), s(r.desquamation), s(r.area)));
        }
        QString response;
        if (point && point->improvementTenthsPct && !point->baseline) {
            for (const int level : rules::responsesReached(m_protocol, point->improvementTenthsPct))
                response = tr("PASI %1").arg(level);
        }
        row << Cell(num(a->bsaPct))
            << Cell(point ? rules::formatTenths(point->pasiTenths) : tr("incomplete"),
                    point ? Tone::Normal : Tone::Alert, true)
            << Cell(point && point->baseline ? tr("baseline")
                                              : ReportLabels::percentTenths(point ? point->improvementTenthsPct : std::nullopt))
            << Cell(response, Tone::Good);
        rows << row;
    }
    QStringList header{tr("Visit"), tr("Date")};
    for (const PasiRegionDef &r : m_protocol.pasiRegions) {
        if (r.code == QLatin1String("head"))
            header << tr("Head");
        else if (r.code == QLatin1String("upper_limbs"))
            header << tr("Upper limbs");
        else if (r.code == QLatin1String("trunk"))
            header << tr("Trunk");
        else if (r.code == QLatin1String("lower_limbs"))
            header << tr("Lower limbs");
        else
            header << r.code;
    }
    header << tr("BSA (%)") << tr("PASI") << tr("Improvement") << tr("Response");
    QList<qreal> weights{1.2, 1.5};
    for (int i = 0; i < m_protocol.pasiRegions.size(); ++i)
        weights << 1.1;
    weights << 0.8 << 0.8 << 1.4 << 1.2;
    doc.table(header, rows, weights);
    doc.paragraph(tr("Each region: erythema/induration/desquamation (0–4) × area score (0–6). "
                     "Improvement = (baseline PASI − PASI) / baseline PASI × 100."),
                  Tone::Muted);
    doc.chart(230, [t](QPainter &p, const QRectF &rect, qreal dpi) {
        paintTrajectory(p, rect, t, ChartStyle::forDpi(dpi, ReportFonts::font(9)));
    });
}

void CasebookReport::adverseEvents(ReportDocument &doc) const
{
    doc.heading(tr("Adverse events"));
    if (m_in.casebook.adverseEvents.isEmpty()) {
        doc.paragraph(tr("No adverse events recorded."), Tone::Muted);
        return;
    }
    QList<TableRow> rows;
    for (const AdverseEvent &ae : m_in.casebook.adverseEvents) {
        QString serious = ReportLabels::yesNo(ae.serious);
        if (ae.serious.value_or(false) && !ae.saeCriteria.isEmpty()) {
            QStringList criteria;
            for (const QString &c : ae.saeCriteria)
                criteria << CodeLabels::saeCriterion(c);
            serious += QStringLiteral(": ") + criteria.join(tr(", "));
        }
        rows << TableRow{Cell(QString::number(ae.aeNumber)), Cell(text(ae.term)),
                    Cell(ReportLabels::date(ae.onsetDate)), Cell(ReportLabels::date(ae.endDate)),
                    Cell(ReportLabels::orNone(CodeLabels::aeGrade(ae.ctcaeGrade))),
                    Cell(serious, ae.serious.value_or(false) ? Tone::Alert : Tone::Normal, ae.serious.value_or(false)),
                    Cell(ReportLabels::orNone(CodeLabels::relatedness(ae.relatedness))), Cell(ReportLabels::orNone(CodeLabels::actionTaken(ae.actionTaken))),
                    Cell(ReportLabels::orNone(CodeLabels::outcome(ae.outcome)))};
    }
    doc.table({tr("No."), tr("Term"), tr("Onset"), tr("End"), tr("Grade (CTCAE %1)").arg(m_protocol.adverseEvents.ctcaeVersion),
               tr("Serious (SAE)"), tr("Relationship to UCMSCs"), tr("Action taken"), tr("Outcome")},
              rows, {0.6, 2.2, 1.4, 1.4, 1.2, 1.6, 1.4, 1.6, 1.4});
}

void CasebookReport::deviations(ReportDocument &doc) const
{
    doc.heading(tr("Protocol deviations"));
    if (m_in.casebook.deviations.isEmpty()) {
        doc.paragraph(tr("No protocol deviations recorded."), Tone::Muted);
        return;
    }
    QList<TableRow> rows;
    for (const Deviation &d : m_in.casebook.deviations) {
        const bool missing = d.reasonMissing();
        const QString reason = !d.reason.isEmpty() ? text(d.reason)
                               : missing           ? tr("Reason missing")
                                                   : ReportLabels::orNone(QString());
        rows << TableRow{Cell(CodeLabels::visit(d.visit)),
                         Cell(CodeLabels::deviationKind(d.kind), Tone::Normal, !d.resolved),
                         Cell(d.detectedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                         Cell(reason, missing ? Tone::Alert : Tone::Normal, missing),
                         Cell(text(d.recordedBy)),
                         Cell(d.resolved ? tr("Resolved") : tr("Open"),
                              d.resolved ? Tone::Muted : Tone::Normal)};
    }
    doc.table({tr("Visit"), tr("Protocol deviation"), tr("Detected (UTC)"), tr("Reason"),
               tr("Recorded by"), tr("State")},
              rows, {1.2, 3.2, 2.0, 4.0, 1.6, 1.2});
}

void CasebookReport::signatures(ReportDocument &doc) const
{
    doc.heading(tr("Signatures"));
    if (m_in.signatures.isEmpty()) {
        doc.paragraph(tr("No signatures"), Tone::Muted);
        return;
    }
    QList<TableRow> rows;
    int broken = 0;
    for (const Signature &s : m_in.signatures) {
        const QString covers = s.scope == SignatureStore::scopeCasebook()
                                   ? CodeLabels::signatureScope(s.scope)
                                   : tr("Visit: %1").arg(CodeLabels::visit(s.visit));
        const QString signer =
            tr("%1 (%2)\n%3").arg(s.printedName, s.signerUserName, CodeLabels::role(s.signerRole));
        const QDateTime at = s.signedAtUtc.toUTC();
        const QString when = tr("%1 UTC\n%2 local time")
                                 .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                      at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        Cell state;
        if (s.status == Signature::Status::Valid) {
            state = Cell(s.superseded ? tr("Valid (signed again since)") : tr("Valid"), Tone::Good);
        } else if (s.superseded) {
            state = Cell(tr("Broken by a later change (signed again since)"), Tone::Muted);
        } else {
            state = Cell(tr("Broken by a later change: needs re-signing"), Tone::Alert, true);
            ++broken;
        }
        rows << TableRow{Cell(covers), Cell(CodeLabels::signatureMeaning(s.meaning)), Cell(signer),
                         Cell(when), state};
    }
    doc.paragraph(tr("Each signature is bound to a hash of the content it covers; a change to that "
                     "content after signing breaks it."),
                  Tone::Muted, true);
    doc.table({tr("Covers"), tr("Meaning of signature"), tr("Signed by"), tr("Date and time"), tr("Status")},
              rows, {1.4, 1.1, 2.0, 3.0, 1.9});
    if (broken > 0)
        doc.paragraph(tr("%n signature(s) broken by later changes must be signed again.", nullptr, broken),
                      Tone::Alert);
}

void CasebookReport::audit(ReportDocument &doc) const
{
    doc.heading(tr("Audit trail summary"));
    const AuditSummary &a = m_in.audit;
    if (a.entries == 0) {
        doc.paragraph(tr("No audit entries for this subject."), Tone::Muted);
        return;
    }
    const auto who = [](const std::optional<AuditEntry> &e) {
        return e ? tr("%1 UTC by %2").arg(utc(e->atUtc), e->userName) : ReportLabels::notRecorded();
    };
    doc.fields({
        {tr("Audit entries"), QString::number(a.entries)},
        {tr("Records created"), QString::number(a.created)},
        {tr("Fields changed after saving"), QString::number(a.changed)},
        {tr("Users"), QString::number(a.users)},
        {tr("First entry"), who(a.first)},
        {tr("Last entry"), who(a.last)},
    });
    if (a.recentChanges.isEmpty())
        return;
    QList<TableRow> rows;
    for (const AuditEntry &e : a.recentChanges) {
        // Labels in the report's language, as the audit viewer shows them; stored codes stay
        // in the database and the CSV export.
        const QString field = tr("%1 — %2").arg(CodeLabels::auditTable(e.tableName),
                                                FieldLabels::column(e.field));
        const QString change = tr("%1 → %2").arg(text(FieldLabels::value(e.field, e.oldValue)),
                                                 text(FieldLabels::value(e.field, e.newValue)));
        rows << TableRow{Cell(utc(e.atUtc)), Cell(e.userName), Cell(field), Cell(change),
                         Cell(text(ChangeReason::display(e.reason)))};
    }
    doc.paragraph(tr("Latest changes to saved data:"), Tone::Normal, true);
    doc.table({tr("When (UTC)"), tr("User"), tr("Field"), tr("Old → new"), tr("Reason for change")}, rows,
              {1.6, 1.2, 2, 2.2, 2.4});
}

}  // namespace trialcrf
