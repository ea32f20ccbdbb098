// SPDX-License-Identifier: Apache-2.0
#include "casebookreport.h"

#include "casebookcells.h"
#include "palette.h"
#include "reportdocument.h"
#include "reportfonts.h"
#include "storage/exportstreams.h"
#include "storage/signaturestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace trialcrf {

using namespace casebookcells;

CasebookReport::CasebookReport(const Protocol &protocol, ReportInput input)
    : m_protocol(protocol), m_in(std::move(input))
{
}

std::optional<ReportInput> CasebookReport::load(const StudyStore &store, const Session &session,
                                                const QString &subjectCode, QString *error)
{
    const std::optional<qint64> id = store.subjectIdByCode(subjectCode);
    if (!id) {
        if (error)
            *error = tr("No subject has the code %1.").arg(subjectCode);
        return std::nullopt;
    }
    QString readError;
    std::optional<Casebook> casebook = store.loadCasebook(session, *id, &readError);
    if (!casebook) {
        // An account without access reads nothing; a read that failed is the file's fault.
        if (error)
            *error = !ExportStreams::readAllowed(session, nullptr)
                         ? tr("The casebook of %1 cannot be read with this account.").arg(subjectCode)
                         : tr("The casebook of %1 cannot be read: the database may be damaged — "
                              "run verify; restore from a backup (%2)")
                               .arg(subjectCode, readError);
        return std::nullopt;
    }
    ReportInput in;
    in.casebook = std::move(*casebook);
    AuditFilter filter;
    filter.subjectCode = in.casebook.subject.code;
    in.audit = AuditSummary::from(AuditLog(store.database()).entries(filter));
    // Reading signatures checks no password: a UserStore on the same file is all it needs.
    UserStore users(store.database(), store.clock());
    QString signatureError;
    const std::optional<QList<Signature>> signatures =
        SignatureStore(store, users).signatures(session, *id, &signatureError);
    if (!signatures) {
        if (error)
            *error = tr("The signatures of %1 cannot be read: %2").arg(subjectCode, signatureError);
        return std::nullopt;
    }
    in.signatures = *signatures;
    QString monitoringError;
    if (!loadMonitoring(store, session, &in, &monitoringError)) {
        if (error)
            *error = tr("The queries of %1 cannot be read: %2").arg(subjectCode, monitoringError);
        return std::nullopt;
    }
    in.generatedAtUtc = store.clock()();
    in.generatedBy = session.userName;
    in.demo = store.database().isDemo();
    return in;
}

QString CasebookReport::documentTitle() const
{
    return tr("Case report form — subject %1").arg(m_in.casebook.subject.code);
}

void CasebookReport::build(ReportDocument &doc) const
{
    identity(doc);
    consent(doc);
    eligibility(doc);
    infusions(doc);
    vitalSigns(doc);
    pasi(doc);
    adverseEvents(doc);
    deviations(doc);
    signatures(doc);
    monitoring(doc);
    audit(doc);
}

void CasebookReport::decorate(QPainter &p, const QRectF &page, int n, int pages, qreal dpi) const
{
    const qreal pt = dpi / 72.0;
    const QFont small = ReportFonts::font(8), bold = ReportFonts::font(8, true);
    const qreal line = QFontMetricsF(small, p.device()).height();
    const ReportColours colours = Palette::report();

    const QRectF top(page.left(), page.top(), page.width(), line);
    p.setFont(bold);
    p.setPen(colours.text);
    p.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("%1 / %2").arg(m_protocol.registryId, m_protocol.sponsorStudyId));
    p.setFont(small);
    p.drawText(top, Qt::AlignHCenter | Qt::AlignVCenter, tr("Case report form"));
    p.drawText(top, Qt::AlignRight | Qt::AlignVCenter, tr("Subject %1").arg(m_in.casebook.subject.code));
    p.setPen(QPen(colours.rule, 0.6 * pt));
    p.drawLine(QPointF(page.left(), top.bottom() + 3 * pt), QPointF(page.right(), top.bottom() + 3 * pt));

    const QRectF bottom(page.left(), page.bottom() - line, page.width(), line);
    p.drawLine(QPointF(page.left(), bottom.top() - 3 * pt), QPointF(page.right(), bottom.top() - 3 * pt));
    p.setPen(colours.muted);
    p.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
               tr("Printed %1 UTC by %2").arg(utc(m_in.generatedAtUtc), text(m_in.generatedBy)));
    if (m_in.demo) {
        p.setFont(bold);
        p.setPen(colours.alert);
        p.drawText(bottom, Qt::AlignHCenter | Qt::AlignVCenter, tr("DEMO DATA"));
        p.setFont(small);
    }
    p.setPen(colours.text);
    p.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(n).arg(pages));
}

int CasebookReport::render(QPagedPaintDevice *device) const
{
    ReportDocument doc(ReportFonts::font(9));
    build(doc);
    return doc.paint(device, [this](QPainter &p, const QRectF &page, int n, int pages, qreal dpi) {
        decorate(p, page, n, pages, dpi);
    });
}

bool CasebookReport::writePdf(const QString &path, QString *error, int *pages) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    int count = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setTitle(documentTitle());
        writer.setCreator(QStringLiteral("trialcrf"));
        count = render(&writer);
    }
    if (count == 0) {
        file.cancelWriting();
        if (error)
            *error = tr("Cannot write %1: the PDF could not be painted.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (pages)
        *pages = count;
    return true;
}

}  // namespace trialcrf
