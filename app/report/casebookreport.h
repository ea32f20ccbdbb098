// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "reportinput.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QString>
#include <optional>

namespace trialcrf {

class ReportDocument;
class StudyStore;
struct Session;

/// The printable casebook of one subject: study and subject identity, consent, the
/// eligibility verdict with every criterion, the infusion log, vital signs, the PASI table
/// and trajectory chart, adverse events, signatures and an audit summary; every page headed
/// with the study id and numbered "n of m". Text is in the current UI language (install the
/// translators first, see ReportTranslations). The same render() serves the PDF writer of
/// the CLI and of File → Export PDF…, and the QPrinter of File → Print….
class CasebookReport {
    Q_DECLARE_TR_FUNCTIONS(CasebookReport)
public:
    CasebookReport(const Protocol &protocol, ReportInput input);

    /// Reads the subject's casebook and audit trail. nullopt with a translated *error when
    /// the subject does not exist or the session may not read it.
    static std::optional<ReportInput> load(const StudyStore &store, const Session &session,
                                           const QString &subjectCode, QString *error);

    /// Lays out (first pass: the page count) and paints every page on `device`, A4 or
    /// whatever page the device has. Returns the number of pages; 0 when painting failed.
    int render(QPagedPaintDevice *device) const;
    /// Writes an A4 PDF, all or nothing (a failed write leaves no file behind).
    bool writePdf(const QString &path, QString *error, int *pages = nullptr) const;
    /// The document title (PDF metadata, print job name).
    QString documentTitle() const;

private:
    void build(ReportDocument &doc) const;
    void identity(ReportDocument &doc) const;
    void consent(ReportDocument &doc) const;
    void eligibility(ReportDocument &doc) const;
    void infusions(ReportDocument &doc) const;
    void vitalSigns(ReportDocument &doc) const;
    void pasi(ReportDocument &doc) const;
    void adverseEvents(ReportDocument &doc) const;
    void deviations(ReportDocument &doc) const;
    void signatures(ReportDocument &doc) const;
    /// "Approved (complete and correct) on … by …", "Changed since signed: …", "Not signed".
    QString signedState() const;
    void audit(ReportDocument &doc) const;
    /// Queries with their threads and the SDV of each page (casebookreportmonitoring.cpp).
    void monitoring(ReportDocument &doc) const;
    static bool loadMonitoring(const StudyStore &store, const Session &session, ReportInput *in,
                               QString *error);
    void decorate(QPainter &painter, const QRectF &page, int n, int pages, qreal dpi) const;

    const Protocol &m_protocol;
    ReportInput m_in;
};

}  // namespace trialcrf
