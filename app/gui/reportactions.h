// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "storage/eventaudit.h"
#include "storage/session.h"

#include <QObject>

class QAction;
class QDockWidget;
class QPagedPaintDevice;
class QWidget;

namespace trialcrf {

class CasebookCharts;
class MainWindow;
class StudyStore;

/// The charts, reports and data exchange of one main window, added without the window
/// knowing: the shown subject's PASI charts in a dock (refreshed whenever the casebook is
/// loaded, so after every save, and as a PASI page is typed, its value drawn as provisional),
/// View → Cohort…, File → Export PDF…, Print…, Export… and Import…. The
/// dialog-free halves (exportPdf, exportData, importData) are public so tests drive them.
class ReportActions : public QObject {
    Q_OBJECT
public:
    enum class Format { Csv, Odm };

    ReportActions(MainWindow &window, StudyStore &store, QObject *parent = nullptr);

    void setSession(const Session &session);

    CasebookCharts *charts() const { return m_charts; }
    QDockWidget *chartsDock() const { return m_dock; }
    QAction *cohortAction() const { return m_cohort; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *printAction() const { return m_print; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    /// Re-reads the charts from the casebook the window shows.
    void refreshCharts();
    /// Writes the shown subject's casebook report as a PDF and audits it (report_pdf, the
    /// file, the subject: EventAudit); false with a translated *error (the file may exist
    /// when only the audit row failed).
    bool exportPdf(const QString &path, QString *error);
    /// Renders the shown subject's casebook report on a printer (or any paged device) and
    /// audits it (print, `printer` names where it went, the subject); the number of pages, 0
    /// with a translated *error.
    int printTo(QPagedPaintDevice *device, QString *error, const QString &printer = {});
    /// Exports into a new folder (CSV) or file (ODM) at `target`, showing a progress dialog
    /// with Cancel over `progressParent` (none when null).
    ExportResult exportData(const QString &target, Format format, bool byteOrderMark,
                            QWidget *progressParent);
    /// Imports an export folder, with a progress dialog with Cancel over `progressParent`.
    ImportReport importData(const QString &folder, QWidget *progressParent);
    /// The export's target inside `parentFolder`: "<study>-export-<time>" (+ ".xml" for ODM).
    QString exportTarget(const QString &parentFolder, Format format) const;
    /// The import report in words (every problem listed with file, line, column and reason).
    static QString describe(const ImportReport &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void openCohort();
    void exportPdfInteractive();
    void printInteractive();
    void exportInteractive();
    void importInteractive();
    QString shownCode() const;
    bool audited(EventAudit::Kind kind, const QString &what, const QString &code,
                 QString *error);

    MainWindow &m_window;
    StudyStore &m_store;
    Session m_session;

    QDockWidget *m_dock = nullptr;
    CasebookCharts *m_charts = nullptr;
    QAction *m_cohort = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_print = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_separator = nullptr;
};

}  // namespace trialcrf
