// SPDX-License-Identifier: Apache-2.0
#include "storage/lockreadiness.h"

#include "labels/codelabels.h"
#include "labels/monitoringlabels.h"
#include "storage/adverseeventrepository.h"
#include "storage/consentrepository.h"
#include "storage/eligibilityrepository.h"
#include "storage/infusionrepository.h"
#include "storage/pasirepository.h"
#include "storage/subjectrepository.h"

#include <QCoreApplication>

namespace trialcrf::rules {

namespace {

const char *const kContext = "LockReadiness";

QString translated(const char *source)
{
    return QCoreApplication::translate(kContext, source);
}

bool wasEnrolled(const Casebook &c)
{
    return c.subject.status == QLatin1String("enrolled") ||
           c.subject.status == QLatin1String("completed");
}

void addCasebookBlockers(const Protocol &p, const SubjectLockFacts &f, const QDate &today,
                         QList<LockBlocker> *out)
{
    const Casebook &c = f.casebook;
    const QString primary = primaryPasiVisit(p);
    for (const ApprovalBlocker &a : approvalBlockers(p, c, today)) {
        // The primary endpoint is listed once, as such, below.
        if (a.kind == ApprovalBlocker::Kind::MissingPage && a.page == Page::pasi &&
            a.visit == primary && wasEnrolled(c))
            continue;
        LockBlocker b;
        b.kind = LockBlocker::Kind::Casebook;
        b.approval = a;
        b.place = pagePlace(c.subject.id, a.page.isEmpty() ? Page::subject : a.page, a.visit,
                            a.aeNumber);
        if (a.kind == ApprovalBlocker::Kind::ReasonMissing) {
            // The deviation belongs to the visit's infusion or PASI page.
            for (const Deviation &d : c.deviations) {
                if (d.reasonMissing() && d.visit == a.visit && d.kind == a.items.value(0)) {
                    b.place = pagePlace(c.subject.id,
                                        d.sourceCode() == QLatin1String("pasi") ? Page::pasi
                                                                               : Page::infusion,
                                        d.visit, 0);
                    break;
                }
            }
        }
        if (a.kind == ApprovalBlocker::Kind::IncompletePage && a.items.size() == 1)
            b.place.field = a.items.first();
        out->append(b);
    }
    if (!primary.isEmpty() && wasEnrolled(c) && !c.pasiAt(primary)) {
        LockBlocker b;
        b.kind = LockBlocker::Kind::PrimaryPasiMissing;
        b.place = pagePlace(c.subject.id, Page::pasi, primary, 0);
        b.approval = ApprovalBlocker{ApprovalBlocker::Kind::MissingPage, Page::pasi, primary, 0, {}};
        out->append(b);
    }
}

void addMonitoringBlockers(const Protocol &p, const SubjectLockFacts &f, QList<LockBlocker> *out)
{
    const Casebook &c = f.casebook;
    for (const Query &q : f.queries) {
        if (!q.isOpen())
            continue;
        LockBlocker b;
        b.kind = LockBlocker::Kind::OpenQuery;
        b.queryId = q.id;
        b.place = q.ref;
        b.detail = q.state;
        out->append(b);
    }
    const std::optional<Signature> signature = SignatureStore::casebookSignature(f.signatures);
    if (!signature || signature->meaning != SignatureStore::meaningApproved() ||
        signature->status != Signature::Status::Valid) {
        LockBlocker b;
        b.kind = LockBlocker::Kind::NotApproved;
        b.place = pagePlace(c.subject.id, Page::subject, {}, 0);
        out->append(b);
    }
    for (const Signature &s : f.signatures) {
        if (!s.needsResigning())
            continue;
        LockBlocker b;
        b.kind = LockBlocker::Kind::SignatureBroken;
        b.place = s.visit.isEmpty() ? pagePlace(c.subject.id, Page::subject, {}, 0)
                                    : pagePlace(c.subject.id, Page::pasi, s.visit, 0);
        b.detail = s.visit;
        out->append(b);
    }
    // Page by page, so each row opens the page whose fields wait.
    for (const FieldRef &page : monitoredfields::pages(p, c)) {
        const SdvProgress progress = SdvStore::pageProgress(p, c, f.sdvMarks, page);
        if (progress.verified >= progress.total)
            continue;
        LockBlocker b;
        b.kind = LockBlocker::Kind::SdvIncomplete;
        b.place = page;
        b.verified = progress.verified;
        b.total = progress.total;
        out->append(b);
    }
}

}  // namespace

QString primaryPasiVisit(const Protocol &p)
{
    QString last;
    for (const VisitDef &v : p.visits) {
        if (v.pasi)
            last = v.code;
    }
    return last;
}

FieldRef pagePlace(qint64 subjectId, const QString &page, const QString &visit, int aeNumber)
{
    FieldRef ref;
    ref.subjectId = subjectId;
    if (page == Page::infusion) {
        ref.table = InfusionRepository::table();
        ref.recordKey = visit;
    } else if (page == Page::pasi) {
        ref.table = PasiRepository::table();
        ref.recordKey = visit;
    } else if (page == Page::adverseEvent) {
        ref.table = AdverseEventRepository::table();
        ref.recordKey = QString::number(aeNumber);
    } else if (page == Page::consent) {
        ref.table = ConsentRepository::table();
    } else if (page == Page::eligibility) {
        ref.table = EligibilityRepository::table();
    } else {
        ref.table = SubjectRepository::table();
    }
    return ref;
}

QList<LockBlocker> lockBlockers(const Protocol &p, const QList<SubjectLockFacts> &subjects,
                                const QDate &today)
{
    QList<LockBlocker> out;
    for (const SubjectLockFacts &f : subjects) {
        const qsizetype first = out.size();
        addCasebookBlockers(p, f, today, &out);
        addMonitoringBlockers(p, f, &out);
        for (qsizetype i = first; i < out.size(); ++i) {
            out[i].subjectId = f.casebook.subject.id;
            out[i].subjectCode = f.casebook.subject.code;
        }
    }
    return out;
}

QString LockBlocker::code() const
{
    switch (kind) {
    case Kind::Casebook:
        return approval.code();
    case Kind::PrimaryPasiMissing:
        return QStringLiteral("primary_pasi_missing");
    case Kind::OpenQuery:
        return QStringLiteral("open_query");
    case Kind::NotApproved:
        return QStringLiteral("not_approved");
    case Kind::SignatureBroken:
        return QStringLiteral("signature_broken");
    case Kind::SdvIncomplete:
        return QStringLiteral("sdv_incomplete");
    }
    return {};
}

QString LockBlocker::text() const
{
    switch (kind) {
    case Kind::Casebook:
        return approval.text();
    case Kind::PrimaryPasiMissing:
        return translated(QT_TRANSLATE_NOOP("LockReadiness",
                                            "Primary endpoint not recorded: %1"))
            .arg(pageTitle(Page::pasi, approval.visit));
    case Kind::OpenQuery:
        return translated(QT_TRANSLATE_NOOP("LockReadiness", "Query %1 not closed (%2): %3"))
            .arg(queryId)
            .arg(MonitoringLabels::queryState(detail), MonitoringLabels::place(place));
    case Kind::NotApproved:
        return translated(QT_TRANSLATE_NOOP("LockReadiness",
                                            "The casebook is not signed as approved."));
    case Kind::SignatureBroken:
        return detail.isEmpty()
                   ? translated(QT_TRANSLATE_NOOP("LockReadiness",
                                                  "The casebook's signature is broken: sign "
                                                  "it again."))
                   : translated(QT_TRANSLATE_NOOP("LockReadiness",
                                                  "The signature of %1 is broken: sign it "
                                                  "again."))
                         .arg(CodeLabels::visit(detail));
    case Kind::SdvIncomplete:
        return translated(QT_TRANSLATE_NOOP("LockReadiness",
                                            "Source data not verified: %1 (%2 of %3 fields)"))
            .arg(MonitoringLabels::page(place))
            .arg(verified)
            .arg(total);
    }
    return {};
}

}  // namespace trialcrf::rules
