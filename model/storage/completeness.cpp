// SPDX-License-Identifier: Apache-2.0
#include "storage/completeness.h"

#include "labels/codelabels.h"
#include "labels/fieldlabels.h"

#include <QCoreApplication>
#include <utility>

namespace trialcrf::rules {

namespace {

const char *const kContext = "Completeness";

QString translated(const char *source)
{
    return QCoreApplication::translate(kContext, source);
}

ValidationContext contextOf(const Casebook &c)
{
    // No "today": a missing item never depends on the clock (a date in the future is a hard
    // error, refused when typed).
    ValidationContext ctx;
    ctx.week0 = c.subject.week0Date;
    ctx.birthDate = c.subject.birthDate;
    return ctx;
}

void addPage(QList<IncompletePage> *out, const QString &page, const QString &visit, int ae,
             const FieldErrors &errors)
{
    const QStringList fields = missingFieldKeys(errors);
    if (!fields.isEmpty())
        out->append({page, visit, ae, fields});
}

/// The items the verdict misses that the eligibility page itself holds: the consent and the
/// birth date are missing on their own pages.
QStringList eligibilityMissing(const Protocol &p, const Casebook &c)
{
    const EligibilityResult r = assessEligibility(p, c.eligibilityInput());
    QStringList out;
    for (const QString &item : r.missing) {
        if (item != QLatin1String("consent") && item != QLatin1String("consent_date") &&
            item != QLatin1String("birth_date"))
            out << item;
    }
    return out;
}

bool hasVisitData(const Casebook &c, const QString &visit)
{
    return c.infusion(visit) || c.pasiAt(visit);
}

QString fieldLabel(const QString &page, const QString &field)
{
    if (page == Page::eligibility)
        return CodeLabels::eligibilityItem(field);
    return FieldLabels::column(field);
}

}  // namespace

QStringList missingFieldKeys(const FieldErrors &errors)
{
    static const QLatin1String kVitals("vitals[");
    QStringList keys;
    for (const FieldError &e : errors) {
        if (!e.isMissing())
            continue;
        const QString key =
            e.field.startsWith(kVitals) ? QStringLiteral("vital_signs") : e.field;
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

QList<IncompletePage> incompletePages(const Protocol &p, const Casebook &c)
{
    const ValidationContext ctx = contextOf(c);
    QList<IncompletePage> out;
    if (c.subject.id != 0)
        addPage(&out, Page::subject, {}, 0, c.subject.validate(p, ctx));
    if (c.consent)
        addPage(&out, Page::consent, {}, 0, c.consent->validate(p, ctx));
    if (c.eligibility) {
        const QStringList missing = eligibilityMissing(p, c);
        if (!missing.isEmpty())
            out.append({Page::eligibility, {}, 0, missing});
    }
    for (const VisitDef &v : p.visits) {
        if (const Infusion *i = c.infusion(v.code))
            addPage(&out, Page::infusion, v.code, 0, i->validate(p, ctx));
        if (const PasiAssessment *a = c.pasiAt(v.code))
            addPage(&out, Page::pasi, v.code, 0, a->validate(p, ctx));
    }
    for (const AdverseEvent &ae : c.adverseEvents)
        addPage(&out, Page::adverseEvent, {}, ae.aeNumber, ae.validate(p, ctx));
    return out;
}

QList<ExpectedPage> expectedPages(const Protocol &p, const Casebook &c, const QDate &today)
{
    QList<ExpectedPage> out{{Page::consent, {}}, {Page::eligibility, {}}};
    const QString &status = c.subject.status;
    const bool pastScreening = status == QLatin1String("enrolled") ||
                               status == QLatin1String("completed") ||
                               status == QLatin1String("withdrawn");
    // The last visit with data: every visit before it is expected (done in order).
    qsizetype lastWithData = -1;
    for (qsizetype i = 0; i < p.visits.size(); ++i) {
        if (hasVisitData(c, p.visits.at(i).code))
            lastWithData = i;
    }
    for (qsizetype i = 0; i < p.visits.size(); ++i) {
        const VisitDef &v = p.visits.at(i);
        bool expected = !v.week.has_value();  // screening: always
        if (!expected && pastScreening) {
            if (status == QLatin1String("completed")) {
                expected = true;
            } else if (i <= lastWithData) {
                expected = true;
            } else if (status == QLatin1String("enrolled") && c.subject.week0Date &&
                       today.isValid()) {
                const std::optional<VisitWindow> w = visitWindow(p, v.code, *c.subject.week0Date);
                expected = w && w->last < today;
            }
        }
        if (!expected)
            continue;
        if (v.infusion)
            out.append({Page::infusion, v.code});
        if (v.pasi)
            out.append({Page::pasi, v.code});
    }
    return out;
}

namespace {

bool present(const Casebook &c, const ExpectedPage &e)
{
    if (e.page == Page::consent)
        return c.consent.has_value();
    if (e.page == Page::eligibility)
        return c.eligibility.has_value();
    if (e.page == Page::infusion)
        return c.infusion(e.visit) != nullptr;
    if (e.page == Page::pasi)
        return c.pasiAt(e.visit) != nullptr;
    return true;
}

ApprovalBlocker missingPage(const ExpectedPage &e)
{
    return {ApprovalBlocker::Kind::MissingPage, e.page, e.visit, 0, {}};
}

ApprovalBlocker incomplete(const IncompletePage &i)
{
    return {ApprovalBlocker::Kind::IncompletePage, i.page, i.visit, i.aeNumber, i.fields};
}

}  // namespace

QList<ApprovalBlocker> approvalBlockers(const Protocol &p, const Casebook &c, const QDate &today)
{
    QList<ApprovalBlocker> out;
    if (c.subject.status == QLatin1String("screening")) {
        ApprovalBlocker b;
        b.kind = ApprovalBlocker::Kind::StillScreening;
        out << b;
    }
    for (const ExpectedPage &e : expectedPages(p, c, today)) {
        if (!present(c, e))
            out << missingPage(e);
    }
    for (const IncompletePage &i : incompletePages(p, c))
        out << incomplete(i);
    // An adverse event without its outcome is listed once, as such (not also as an
    // incomplete page for that one item).
    for (ApprovalBlocker &b : out) {
        if (b.kind == ApprovalBlocker::Kind::IncompletePage && b.page == Page::adverseEvent &&
            b.items.contains(QLatin1String("outcome"))) {
            b.items.removeAll(QStringLiteral("outcome"));
            if (b.items.isEmpty())
                b.kind = ApprovalBlocker::Kind::AdverseEventNoOutcome;
            else
                out.append(ApprovalBlocker{ApprovalBlocker::Kind::AdverseEventNoOutcome,
                                           Page::adverseEvent, {}, b.aeNumber, {}});
        }
    }
    for (const Deviation &d : c.deviations) {
        if (d.reasonMissing())
            out.append(ApprovalBlocker{ApprovalBlocker::Kind::ReasonMissing, {}, d.visit, 0,
                                       {d.kind}});
    }
    return out;
}

QList<ApprovalBlocker> visitApprovalBlockers(const Protocol &p, const Casebook &c,
                                             const QString &visit)
{
    QList<ApprovalBlocker> out;
    const VisitDef *v = p.visit(visit);
    if (!v)
        return out;
    QList<ExpectedPage> expected;
    if (v->infusion)
        expected.append({Page::infusion, visit});
    if (v->pasi)
        expected.append({Page::pasi, visit});
    for (const ExpectedPage &e : std::as_const(expected)) {
        if (!present(c, e))
            out << missingPage(e);
    }
    for (const IncompletePage &i : incompletePages(p, c)) {
        if (i.visit == visit && (i.page == Page::infusion || i.page == Page::pasi))
            out << incomplete(i);
    }
    return out;
}

QString ApprovalBlocker::code() const
{
    switch (kind) {
    case Kind::StillScreening:
        return QStringLiteral("still_screening");
    case Kind::MissingPage:
        return QStringLiteral("missing_page");
    case Kind::IncompletePage:
        return QStringLiteral("incomplete_page");
    case Kind::AdverseEventNoOutcome:
        return QStringLiteral("ae_no_outcome");
    case Kind::ReasonMissing:
        return QStringLiteral("reason_missing");
    }
    return {};
}

QString ApprovalBlocker::text() const
{
    switch (kind) {
    case Kind::StillScreening:
        return translated(QT_TRANSLATE_NOOP("Completeness",
                                    "The subject is still in screening (not enrolled)."));
    case Kind::MissingPage:
        return translated(QT_TRANSLATE_NOOP("Completeness", "Not recorded: %1"))
            .arg(pageTitle(page, visit, aeNumber));
    case Kind::IncompletePage: {
        QStringList labels;
        for (const QString &f : items)
            labels << fieldLabel(page, f);
        return translated(QT_TRANSLATE_NOOP("Completeness", "Incomplete: %1 (missing: %2)"))
            .arg(pageTitle(page, visit, aeNumber), CodeLabels::list(labels));
    }
    case Kind::AdverseEventNoOutcome:
        return translated(QT_TRANSLATE_NOOP("Completeness", "Adverse event %1 has no outcome recorded."))
            .arg(aeNumber);
    case Kind::ReasonMissing:
        return translated(QT_TRANSLATE_NOOP("Completeness",
                                            "Protocol deviation without a reason: %1 (%2)"))
            .arg(CodeLabels::deviationKind(items.value(0)), CodeLabels::visit(visit));
    }
    return {};
}

QString pageLabel(const QString &page)
{
    static const QList<std::pair<QString, const char *>> labels = {
        {Page::subject, QT_TRANSLATE_NOOP("Completeness", "Subject")},
        {Page::consent, QT_TRANSLATE_NOOP("Completeness", "Informed consent")},
        {Page::eligibility, QT_TRANSLATE_NOOP("Completeness", "Eligibility")},
        {Page::infusion, QT_TRANSLATE_NOOP("Completeness", "Infusion")},
        {Page::pasi, QT_TRANSLATE_NOOP("Completeness", "PASI")},
        {Page::adverseEvent, QT_TRANSLATE_NOOP("Completeness", "Adverse event")}};
    for (const auto &[code, label] : labels) {
        if (page == code)
            return translated(label);
    }
    return page;
}

QString pageTitle(const QString &page, const QString &visit, int aeNumber)
{
    if (page == Page::adverseEvent && aeNumber > 0)
        return translated(QT_TRANSLATE_NOOP("Completeness", "Adverse event %1")).arg(aeNumber);
    if (!visit.isEmpty())
        return translated(QT_TRANSLATE_NOOP("Completeness", "%1 — %2"))
            .arg(pageLabel(page), CodeLabels::visit(visit));
    return pageLabel(page);
}

}  // namespace trialcrf::rules
