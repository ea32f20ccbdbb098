// SPDX-License-Identifier: Apache-2.0
// The casebook report's monitoring section: every query with its thread, and the source data
// verification of each page with the marks a later change broke.
#include "casebookreport.h"

#include "casebookcells.h"
#include "labels/codelabels.h"
#include "labels/monitoringlabels.h"
#include "reportdocument.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"
#include "storage/studystore.h"

namespace trialcrf {

using namespace casebookcells;

namespace {

using Cell = ReportDocument::Cell;
using TableRow = ReportDocument::Row;
using Tone = ReportDocument::Tone;

}  // namespace

bool CasebookReport::loadMonitoring(const StudyStore &store, const Session &session,
                                    ReportInput *in, QString *error)
{
    QueryStore queries(store);
    const std::optional<QList<Query>> list =
        queries.subjectQueries(session, in->casebook.subject.id, error);
    if (!list)
        return false;
    for (const Query &q : *list) {
        const std::optional<Query> thread = queries.thread(session, q.id, error);
        if (!thread)
            return false;
        in->queries << *thread;
    }
    const std::optional<QList<SdvMark>> marks = SdvStore(store).marks(in->casebook, error);
    if (!marks)
        return false;
    in->sdvMarks = *marks;
    return true;
}

void CasebookReport::monitoring(ReportDocument &doc) const
{
    doc.heading(tr("Queries"));
    if (m_in.queries.isEmpty()) {
        doc.paragraph(tr("No queries"), Tone::Muted);
    } else {
        QList<TableRow> rows;
        int open = 0;
        for (const Query &q : m_in.queries) {
            QStringList thread;
            for (const QueryMessage &m : q.messages) {
                QString line = tr("%1 UTC, %2 (%3), %4: %5")
                                   .arg(utc(m.atUtc), m.author, CodeLabels::role(m.authorRole),
                                        MonitoringLabels::messageKind(m.kind), m.text);
                if (m.auditSeq)
                    line += QLatin1Char('\n')
                            + tr("Value changed from %1 to %2 (audit row %3)")
                                  .arg(text(m.oldValue), text(m.newValue))
                                  .arg(m.auditSeq);
                thread << line;
            }
            const bool isOpen = q.isOpen();
            open += isOpen ? 1 : 0;
            rows << TableRow{Cell(MonitoringLabels::place(q.ref)),
                             Cell(MonitoringLabels::queryState(q.state),
                                  isOpen ? Tone::Alert : Tone::Good, isOpen),
                             Cell(thread.join(QLatin1Char('\n')))};
        }
        doc.table({tr("Field"), tr("State"), tr("Thread")}, rows, {2.0, 1.0, 5.0});
        if (open > 0)
            doc.paragraph(tr("%n query(ies) not closed.", nullptr, open), Tone::Alert);
    }

    doc.heading(tr("Source data verification"));
    const QList<FieldRef> pages = monitoredfields::pages(m_protocol, m_in.casebook);
    QList<TableRow> rows;
    SdvProgress all;
    for (const FieldRef &page : pages) {
        const SdvProgress p = SdvStore::pageProgress(m_protocol, m_in.casebook, m_in.sdvMarks, page);
        all += p;
        QStringList changed;
        for (const SdvMark &m : m_in.sdvMarks) {
            if (m.ref.samePage(page) && m.status == SdvMark::Status::Broken)
                changed << MonitoringLabels::field(m.ref);
        }
        rows << TableRow{Cell(MonitoringLabels::page(page)),
                         Cell(tr("%1 / %2").arg(p.verified).arg(p.total),
                              p.complete() ? Tone::Good : Tone::Normal),
                         changed.isEmpty() ? Cell(QString())
                                           : Cell(changed.join(QStringLiteral(", ")), Tone::Alert)};
    }
    doc.paragraph(tr("Fields verified against the source documents: %1. Each mark is bound to a "
                     "hash of the value verified; a later change breaks it.")
                      .arg(MonitoringLabels::progress(all.verified, all.total, all.broken)),
                  Tone::Muted, true);
    doc.table({tr("Page"), tr("Verified"), tr("Changed since verified")}, rows, {2.5, 1.0, 3.0});
}

}  // namespace trialcrf
