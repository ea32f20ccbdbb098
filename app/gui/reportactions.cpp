// SPDX-License-Identifier: Apache-2.0
#include "reportactions.h"

#include "casebookcharts.h"
#include "casebookreport.h"
#include "casebookview.h"
#include "cohortdata.h"
#include "cohortdialog.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "storage/studystore.h"
#include "subjectlistview.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>
#include <memory>

namespace trialcrf {

namespace {

/// A progress dialog with Cancel driven by the exchange callback; the event loop runs in the
/// callback so the window repaints and Cancel can be clicked while the work goes on.
class ProgressRelay {
public:
    ProgressRelay(QWidget *parent, const QString &label)
    {
        if (!parent)
            return;
        m_dialog = std::make_unique<QProgressDialog>(label, QProgressDialog::tr("Cancel"), 0, 0,
                                                     parent);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(300);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setValue(0);
    }
    ExchangeProgress callback()
    {
        return [this](qint64 done, qint64 total) {
            if (!m_dialog)
                return true;
            // QProgressDialog counts in int: scale to per mille.
            m_dialog->setMaximum(1000);
            m_dialog->setValue(total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(999))) : 0);
            QCoreApplication::processEvents();
            return !m_dialog->wasCanceled();
        };
    }

private:
    std::unique_ptr<QProgressDialog> m_dialog;
};

}  // namespace

ReportActions::ReportActions(MainWindow &window, StudyStore &store, QObject *parent)
    : QObject(parent), m_window(window), m_store(store)
{
    m_charts = new CasebookCharts(store);
    m_dock = new QDockWidget(&window);
    m_dock->setObjectName(QStringLiteral("chartsDock"));
    m_dock->setWidget(m_charts);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);

    m_cohort = new QAction(this);
    m_cohort->setObjectName(QStringLiteral("cohortAction"));
    m_exportPdf = new QAction(this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfAction"));
    m_print = new QAction(this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_import = new QAction(this);
    m_import->setObjectName(QStringLiteral("importAction"));

    // File: after "New subject", before the separator that leads to Log out and Quit.
    QMenu *file = window.fileMenu();
    QAction *before = nullptr;
    for (QAction *a : file->actions()) {
        if (a->isSeparator()) {
            before = a;
            break;
        }
    }
    m_separator = file->insertSeparator(before);
    file->insertActions(before, {m_exportPdf, m_print, m_export, m_import});
    window.viewMenu()->addSeparator();
    window.viewMenu()->addAction(m_cohort);
    window.viewMenu()->addAction(m_dock->toggleViewAction());

    connect(m_cohort, &QAction::triggered, this, &ReportActions::openCohort);
    connect(m_exportPdf, &QAction::triggered, this, &ReportActions::exportPdfInteractive);
    connect(m_print, &QAction::triggered, this, &ReportActions::printInteractive);
    connect(m_export, &QAction::triggered, this, &ReportActions::exportInteractive);
    connect(m_import, &QAction::triggered, this, &ReportActions::importInteractive);
    connect(window.casebook(), &CasebookView::casebookLoaded, this,
            &ReportActions::refreshCharts);
    // What is typed on an open PASI page shows in the charts before it is saved.
    connect(window.casebook(), &CasebookView::draftChanged, this,
            &ReportActions::refreshCharts);
    window.installEventFilter(this);
    retranslate();
    refreshCharts();
}

void ReportActions::setSession(const Session &session)
{
    m_session = session;
    refreshCharts();
}

void ReportActions::refreshCharts()
{
    const CasebookView *view = m_window.casebook();
    const std::optional<Casebook> &book = view->casebook();
    if (view->draft() && view->subjectId() != 0)
        m_charts->setCasebook(*view->draft(), view->draftVisit());
    else
        m_charts->setCasebook(book && view->subjectId() != 0 ? *book : Casebook{});
    updateActions();
}

void ReportActions::updateActions()
{
    const bool in = !m_session.userName.isEmpty();
    const bool shown = m_window.casebook()->casebook().has_value() &&
                       m_window.casebook()->subjectId() != 0;
    m_cohort->setEnabled(in);
    m_exportPdf->setEnabled(in && shown);
    m_print->setEnabled(in && shown);
    m_export->setVisible(m_session.may(Action::ExportData));
    m_export->setEnabled(in && m_session.may(Action::ExportData));
    m_import->setVisible(m_session.may(Action::ImportData));
    m_import->setEnabled(in && m_session.may(Action::ImportData));
}

bool ReportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReportActions::retranslate()
{
    m_dock->setWindowTitle(tr("PASI charts"));
    m_cohort->setText(tr("&Cohort…"));
    m_cohort->setStatusTip(tr("Every subject's PASI improvement and the responders per visit"));
    m_exportPdf->setText(tr("Export &PDF…"));
    m_exportPdf->setStatusTip(tr("Write the shown subject's casebook as a PDF"));
    m_print->setText(tr("P&rint…"));
    m_print->setStatusTip(tr("Print the shown subject's casebook"));
    m_export->setText(tr("&Export…"));
    m_export->setStatusTip(tr("Export the study's data as CSV files or CDISC ODM"));
    m_import->setText(tr("&Import…"));
    m_import->setStatusTip(tr("Import a folder of CSV files"));
}

QString ReportActions::shownCode() const
{
    const std::optional<Casebook> &book = m_window.casebook()->casebook();
    return book && m_window.casebook()->subjectId() != 0 ? book->subject.code : QString();
}

void ReportActions::openCohort()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<CohortData> data = CohortData::fromStore(m_store, m_session, &error);
    QApplication::restoreOverrideCursor();
    if (!data) {
        QMessageBox::warning(&m_window, tr("Cohort"),
                             tr("The cohort could not be read: %1").arg(error));
        return;
    }
    CohortDialog dialog(*data, &m_window);
    dialog.exec();
}

bool ReportActions::exportPdf(const QString &path, QString *error)
{
    const QString code = shownCode();
    if (code.isEmpty()) {
        *error = tr("No subject is shown.");
        return false;
    }
    std::optional<ReportInput> input = CasebookReport::load(m_store, m_session, code, error);
    if (!input)
        return false;
    const CasebookReport report(m_store.protocol(), std::move(*input));
    if (!report.writePdf(path, error))
        return false;
    return audited(EventAudit::Kind::ReportPdf, QFileInfo(path).absoluteFilePath(), code, error);
}

bool ReportActions::audited(EventAudit::Kind kind, const QString &what, const QString &code,
                            QString *error)
{
    const SaveResult r =
        EventAudit(m_store.database(), m_store.clock()).record(m_session, kind, what, code);
    if (r.ok())
        return true;
    *error = tr("It was not recorded in the audit trail: %1").arg(r.message);
    return false;
}

int ReportActions::printTo(QPagedPaintDevice *device, QString *error, const QString &printer)
{
    const QString code = shownCode();
    if (code.isEmpty()) {
        *error = tr("No subject is shown.");
        return 0;
    }
    std::optional<ReportInput> input = CasebookReport::load(m_store, m_session, code, error);
    if (!input)
        return 0;
    const CasebookReport report(m_store.protocol(), std::move(*input));
    const int pages = report.render(device);
    if (pages == 0) {
        *error = tr("The casebook could not be printed.");
        return 0;
    }
    if (!audited(EventAudit::Kind::Print, printer, code, error))
        return 0;
    return pages;
}

void ReportActions::exportPdfInteractive()
{
    const QString code = shownCode();
    if (code.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        &m_window, tr("Export PDF"),
        QDir(ExportDialog::defaultFolder()).filePath(tr("casebook-%1.pdf").arg(code)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportPdf(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok && !QFileInfo::exists(path)) {
        QMessageBox::warning(&m_window, tr("Export PDF"),
                             tr("The PDF could not be written: %1").arg(error));
        return;
    }
    // Where it went: in the status bar, and in a message that can open the folder.
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    m_window.statusBar()->showMessage(tr("PDF saved to %1").arg(shown));
    QMessageBox box(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Export PDF"),
                    ok ? tr("The casebook report of %1 was saved to:\n%2").arg(code, shown)
                       : tr("The casebook report of %1 was saved to:\n%2\n\n%3")
                             .arg(code, shown, error),
                    QMessageBox::Ok, &m_window);
    QPushButton *open = box.addButton(tr("Open &folder"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Ok);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void ReportActions::printInteractive()
{
    const QString code = shownCode();
    if (code.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Casebook %1").arg(code));
    QPrintDialog dialog(&printer, &m_window);
    dialog.setWindowTitle(tr("Print the casebook of %1").arg(code));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // What the audit row names: the printer, or the file when printing to a file.
    const QString where =
        printer.outputFileName().isEmpty() ? printer.printerName() : printer.outputFileName();
    const int pages = printTo(&printer, &error, where);
    QApplication::restoreOverrideCursor();
    if (pages == 0)
        QMessageBox::warning(&m_window, tr("Print"), error);
}

QString ReportActions::exportTarget(const QString &parentFolder, Format format) const
{
    QString name = tr("%1-export-%2", "folder name: study id, time")
                       .arg(m_store.protocol().registryId,
                            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (format == Format::Odm)
        name += QStringLiteral(".xml");
    return QDir(parentFolder).filePath(name);
}

ExportResult ReportActions::exportData(const QString &target, Format format, bool byteOrderMark,
                                       QWidget *progressParent)
{
    Exporter exporter(m_store, m_session);
    ProgressRelay relay(progressParent, tr("Exporting the study's data…"));
    exporter.setProgress(relay.callback());
    if (format == Format::Odm)
        return exporter.exportOdm(target);
    ExportOptions options;
    options.byteOrderMark = byteOrderMark;
    return exporter.exportCsv(target, options);
}

ImportReport ReportActions::importData(const QString &folder, QWidget *progressParent)
{
    Importer importer(m_store, m_session);
    ProgressRelay relay(progressParent, tr("Importing…"));
    importer.setProgress(relay.callback());
    return importer.importCsv(folder);
}

QString ReportActions::describe(const ImportReport &report)
{
    QStringList lines;
    for (const ExchangeProblem &p : report.problems) {
        QString where = p.file.isEmpty() ? tr("(folder)") : p.file;
        if (p.line > 0)
            where += tr(", line %1").arg(p.line);
        if (p.column > 0)
            where += tr(", column %1").arg(p.column);
        if (!p.field.isEmpty())
            where += QStringLiteral(" (%1)").arg(p.field);
        lines << QStringLiteral("%1: %2").arg(where, p.text());
    }
    if (report.problemCount > report.problems.size())
        lines << tr("… and %n more problem(s).", nullptr,
                    int(report.problemCount - report.problems.size()));
    return lines.join(QLatin1Char('\n'));
}

void ReportActions::exportInteractive()
{
    if (!m_session.may(Action::ExportData))
        return;
    ExportDialog dialog(&m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Format format =
        dialog.format() == ExportDialog::Format::Odm ? Format::Odm : Format::Csv;
    const QString target = exportTarget(dialog.folder(), format);
    const ExportResult result = exportData(target, format, dialog.byteOrderMark(), &m_window);
    switch (result.status) {
    case ExportResult::Status::Done: {
        qint64 rows = 0;
        for (qint64 n : result.rows)
            rows += n;
        QString text = tr("The data was exported to %1 (%n row(s)).", nullptr, int(rows))
                           .arg(QDir::toNativeSeparators(target));
        if (!result.auditProblem.isEmpty())
            text += QLatin1Char('\n') + tr("It was not recorded in the audit trail: %1")
                                            .arg(result.auditProblem);
        m_window.statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(target)));
        QMessageBox::information(&m_window, tr("Export data"), text);
        break;
    }
    case ExportResult::Status::Cancelled:
        QMessageBox::information(&m_window, tr("Export data"),
                                 tr("The export was cancelled; nothing was written."));
        break;
    default:
        QMessageBox::warning(&m_window, tr("Export data"),
                             tr("The export failed; nothing was written.\n%1").arg(result.message));
        break;
    }
}

void ReportActions::importInteractive()
{
    if (!m_session.may(Action::ImportData))
        return;
    if (!m_window.casebook()->closePage())
        return;
    const QString folder =
        QFileDialog::getExistingDirectory(&m_window, tr("Import from folder"), QDir::homePath());
    if (folder.isEmpty())
        return;
    const ImportReport report = importData(folder, &m_window);
    QMessageBox box(&m_window);
    box.setWindowTitle(tr("Import report"));
    switch (report.status) {
    case ImportReport::Status::Imported: {
        qint64 rows = 0;
        for (qint64 n : report.rows)
            rows += n;
        box.setIcon(QMessageBox::Information);
        box.setText(tr("%n row(s) imported.", nullptr, int(rows)));
        for (const ExchangeProblem &w : report.warnings)
            box.setInformativeText(w.text());
        break;
    }
    case ImportReport::Status::Rejected:
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("%n problem(s) found; nothing was imported.", nullptr,
                       int(report.problemCount)));
        box.setDetailedText(describe(report));
        break;
    case ImportReport::Status::Cancelled:
        box.setIcon(QMessageBox::Information);
        box.setText(tr("The import was cancelled; nothing was imported."));
        break;
    default:
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("The import failed; nothing was imported.\n%1").arg(report.message));
        break;
    }
    box.exec();
    if (report.ok()) {
        m_window.subjectList()->reload();
        m_window.casebook()->reload();
    }
}

}  // namespace trialcrf
