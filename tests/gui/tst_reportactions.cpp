// SPDX-License-Identifier: Apache-2.0
// Charts and reports in the main window (offscreen), as a physician uses them:
// - the casebook's PASI charts follow a PASI page as it is typed: the value being entered is
//   a provisional point (drawn in its own colour, named in the legend and the tooltip), it
//   changes with every score, and the charts return to saved data on save and on discard;
// - File → Export PDF… through its file dialog writes the shown subject's casebook, read back
//   with pdftotext, in English and in Chinese;
// - File → Print… through the print dialog, printing to a PDF file (no hardware printer
//   offscreen), the same casebook.
#include "casebookcharts.h"
#include "casebookview.h"
#include "chartwidget.h"
#include "crfform.h"
#include "exportdialog.h"
#include "storage/auditlog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pdftools.h"
#include "reportactions.h"
#include "shellfixture.h"
#include "shellwindow.h"
#include "textcapture.h"
#include "trajectorychart.h"
#include "tst_formsfixture.h"

#include <QAction>
#include <QFileDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace trialcrf;
using formstest::enter;
using formstest::focused;
using formstest::press;

namespace {

using Scores = QList<int>;  // per region: erythema, induration, desquamation, area score

constexpr const char *kRegions[] = {"head", "upperLimbs", "trunk", "lowerLimbs"};

/// Pixels of exactly this colour in the chart as the widget paints it now.
int pixelsOf(const ChartWidget *chart, const QColor &color)
{
    const QImage image = chart->renderImage(chart->size(), 1).convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += (line[x] & 0xffffff) == (color.rgb() & 0xffffff);
    }
    return n;
}

/// Every text the widget paints (title, axes, values, legend).
QString paintedText(ChartWidget *chart)
{
    test::TextCapture capture(chart->size());
    chart->render(&capture);
    return capture.joined();
}

/// Calls `answer` with the next modal dialog of type T once it is open (polled), so the test
/// goes on while the dialog's exec() runs.
template <typename T>
void answerNext(QObject *context, std::function<void(T *)> answer, bool *seen)
{
    *seen = false;
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, context, [poll, answer, seen] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->stop();
        poll->deleteLater();
        *seen = true;
        answer(dialog);
    });
    poll->start();
}

}  // namespace

class TestReportActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typedPasiShowsLiveAsProvisional();
    void savingMakesTheTypedPointSaved();
    void discardingReturnsToSavedData();
    void exportPdfWritesTheShownSubject_data();
    void exportPdfWritesTheShownSubject();
    void printGoesThroughThePrintDialog();
    void noSubjectNothingToExportOrPrint();
    void exportDialogSaysWhyAndCreatesTheFolder_data();
    void exportDialogSaysWhyAndCreatesTheFolder();

private:
    void openWindow();
    /// Opens S001's week-2 PASI page and puts the keyboard on its first score.
    void openWeek2Pasi();
    /// Types whole regions by keyboard, from region `first` on.
    void typeScores(const Scores &scores, int first = 0);
    ChartWidget *trajectory() const { return m_window->reportActions()->charts()->trajectoryChart(); }
    ChartWidget *improvement() const { return m_window->reportActions()->charts()->improvementChart(); }

    LanguageManager m_language;
    std::unique_ptr<ShellFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_out;
};

void TestReportActions::initTestCase()
{
    QVERIFY(m_out.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "poppler-utils is needed (scripts/deps.sh installs it)");
    // Qt's own file dialog, which a test can fill in (a desktop's native one could not be).
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
}

void TestReportActions::init()
{
    m_fixture = std::make_unique<ShellFixture>(ShellFixture::standardToday());
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->addStandardSubjects(), qPrintable(m_fixture->error()));
}

void TestReportActions::cleanup()
{
    m_window.reset();
    m_fixture.reset();
    m_language.setLanguage(QStringLiteral("en"), false);
}

void TestReportActions::openWindow()
{
    m_window = fixtures::activeMainWindow(m_fixture->store(), m_language, ShellFixture::physician());
    QVERIFY(m_window);
}

void TestReportActions::openWeek2Pasi()
{
    openWindow();
    // S001: screening and week 0 saved, every score 1: PASI 3.0 each, baseline 3.0.
    QVERIFY(m_window->openSubject(QStringLiteral("S001")));
    QVERIFY(m_window->casebook()->openPage(CasebookView::Page::Pasi, QStringLiteral("week2")));
    auto *first = m_window->casebook()->openForm()->findChild<QSpinBox *>(
        QStringLiteral("headErythema"));
    QVERIFY(first);
    first->setFocus(Qt::TabFocusReason);
    QCOMPARE(focused(), first);
}

void TestReportActions::typeScores(const Scores &scores, int first)
{
    for (int i = 0; i < scores.size() / 4; ++i) {
        enter(QString::number(scores.at(4 * i)));      // erythema
        enter(QString::number(scores.at(4 * i + 1)));  // induration
        enter(QString::number(scores.at(4 * i + 2)));  // desquamation
        press(Qt::Key_Return);                          // area % left empty
        QCOMPARE(focused()->objectName(),
                 QLatin1String(kRegions[first + i]) + QLatin1String("Area"));
        enter(QString::number(scores.at(4 * i + 3)));  // area score
    }
}

void TestReportActions::typedPasiShowsLiveAsProvisional()
{
    openWeek2Pasi();
    const QColor provisional = ChartStyle::screen().provisional;
    QCOMPARE(trajectory()->trajectory().points.size(), 2);
    QCOMPARE(trajectory()->trajectory().hasProvisional(), false);
    QCOMPARE(pixelsOf(trajectory(), provisional), 0);

    // Head and upper limbs, then the trunk's severities: incomplete, no value to draw yet.
    typeScores({1, 1, 0, 1, 1, 1, 1, 1});
    enter(QStringLiteral("0"));
    QVERIFY(m_window->casebook()->openForm()->isDirty());
    QCOMPARE(trajectory()->trajectory().points.size(), 2);

    // The last scores: 0.2 (head) + 0.6 (upper limbs) = 0.8, a provisional week-2 point.
    enter(QStringLiteral("0"));
    enter(QStringLiteral("0"));
    press(Qt::Key_Return);
    enter(QStringLiteral("0"));
    typeScores({0, 0, 0, 0}, 3);
    const TrajectoryData &typed = trajectory()->trajectory();
    QCOMPARE(typed.points.size(), 3);
    QCOMPARE(typed.points.last().visit, QStringLiteral("week2"));
    QCOMPARE(typed.points.last().pasiTenths, 8);
    QVERIFY(typed.points.last().provisional);
    QVERIFY(!typed.points.first().provisional);
    QCOMPARE(typed.points.last().improvementTenthsPct, std::optional<int>(733));
    QCOMPARE(improvement()->trajectory().points.last().improvementTenthsPct,
             std::optional<int>(733));
    QVERIFY(improvement()->trajectory().points.last().provisional);

    // Drawn distinctly (its own colour), named in the legend of both charts and in the tooltip.
    QVERIFY(pixelsOf(trajectory(), provisional) > 10);
    QVERIFY(pixelsOf(improvement(), provisional) > 10);
    QVERIFY(paintedText(trajectory()).contains(TrajectoryChart::provisionalText()));
    QVERIFY(paintedText(improvement()).contains(TrajectoryChart::provisionalText()));
    const ChartStyle style = ChartStyle::screen(trajectory()->font());
    const ChartLayout layout =
        TrajectoryChart::layout(QRectF(trajectory()->rect()), typed, style);
    QVERIFY(trajectory()->toolTipAt(layout.map(2, 0.8)).contains(TrajectoryChart::provisionalText()));

    // A score changed: the point follows at once (head erythema 3: 0.4 + 0.6 = 1.0).
    auto *head = m_window->casebook()->openForm()->findChild<QSpinBox *>(
        QStringLiteral("headErythema"));
    head->setFocus(Qt::TabFocusReason);
    head->selectAll();
    QTest::keyClicks(head, "3");
    QCOMPARE(trajectory()->trajectory().points.last().pasiTenths, 10);
    QCOMPARE(improvement()->trajectory().points.last().improvementTenthsPct,
             std::optional<int>(667));

    // Nothing of it is in the database yet.
    const qint64 id = m_window->casebook()->subjectId();
    QVERIFY(!m_fixture->store().loadCasebook(ShellFixture::physician(), id)->pasiAt(
        QStringLiteral("week2")));
}

void TestReportActions::savingMakesTheTypedPointSaved()
{
    openWeek2Pasi();
    auto *date = m_window->casebook()->openForm()->findChild<QWidget *>(QStringLiteral("dateEdit"));
    QVERIFY(date);
    date->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);  // assessment date: today
    press(Qt::Key_Return);
    // Today is out of week 2's window here: the deviation's reason comes next, left empty.
    QCOMPARE(focused()->objectName(), QStringLiteral("deviationReason_visit_out_of_window"));
    press(Qt::Key_Return);
    QCOMPARE(focused()->objectName(), QStringLiteral("headErythema"));
    typeScores({1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0});
    QCOMPARE(focused()->objectName(), QStringLiteral("bsaEdit"));
    formstest::type(QStringLiteral("4.5"));
    QVERIFY(trajectory()->trajectory().points.last().provisional);
    QVERIFY2(m_window->casebook()->openForm()->canSave(),
             qPrintable(m_window->casebook()->openForm()->statusText()));
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!m_window->casebook()->isPageDirty());

    const TrajectoryData &saved = trajectory()->trajectory();
    QCOMPARE(saved.points.size(), 3);
    QCOMPARE(saved.points.last().pasiTenths, 8);
    QVERIFY(!saved.hasProvisional());
    QCOMPARE(pixelsOf(trajectory(), ChartStyle::screen().provisional), 0);
    QVERIFY(!paintedText(trajectory()).contains(TrajectoryChart::provisionalText()));
}

void TestReportActions::discardingReturnsToSavedData()
{
    openWeek2Pasi();
    typeScores({1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0});
    QCOMPARE(trajectory()->trajectory().points.size(), 3);

    bool asked = false;
    answerNext<QMessageBox>(
        this, [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); }, &asked);
    QVERIFY(m_window->casebook()->closePage());
    QVERIFY(asked);
    QVERIFY(!m_window->casebook()->hasOpenPage());
    QCOMPARE(trajectory()->trajectory().points.size(), 2);
    QVERIFY(!trajectory()->trajectory().hasProvisional());
    QVERIFY(!improvement()->trajectory().hasProvisional());
    QCOMPARE(pixelsOf(trajectory(), ChartStyle::screen().provisional), 0);
}

void TestReportActions::exportPdfWritesTheShownSubject_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Psoriasis Area and Severity Index");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("银屑病面积和严重程度指数");
}

void TestReportActions::exportPdfWritesTheShownSubject()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QVERIFY(m_language.setLanguage(language, false));
    openWindow();
    QVERIFY(m_window->openSubject(QStringLiteral("S003")));
    QAction *exportPdf = m_window->reportActions()->exportPdfAction();
    QVERIFY(exportPdf->isEnabled());
    QVERIFY(m_window->fileMenu()->actions().contains(exportPdf));

    // File → Export PDF…: the file dialog proposes casebook-S003.pdf; the user picks a folder.
    const QString target = m_out.filePath(QStringLiteral("export-%1.pdf").arg(language));
    QString proposed, said;
    bool seen = false, told = false;
    answerNext<QFileDialog>(
        this,
        [this, &proposed, target, &said, &told](QFileDialog *dialog) {
            // Then the message that says where the PDF went (with "Open folder"): OK.
            answerNext<QMessageBox>(
                this,
                [&said](QMessageBox *box) {
                    said = box->text();
                    box->button(QMessageBox::Ok)->click();
                },
                &told);
            proposed = dialog->selectedFiles().value(0);
            // Type the path as a user does. (selectFile() leaves the name field alone while
            // it has focus, which depends on window activation: the file then went to the
            // proposed name, and this test failed now and then.)
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(target);
            static_cast<QDialog *>(dialog)->accept();  // QFileDialog's own accept()
        },
        &seen);
    exportPdf->trigger();
    QVERIFY(seen);
    QVERIFY(told);
    QVERIFY2(said.contains(QDir::toNativeSeparators(target)), qPrintable(said));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(target)),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY2(proposed.endsWith(QStringLiteral("S003.pdf")), qPrintable(proposed));
    QVERIFY2(QFileInfo::exists(target), qPrintable(target));
    // One audit row: who wrote which subject's report where.
    const QList<AuditEntry> rows = AuditLog(m_fixture->database()).entries({});
    QCOMPARE(rows.last().action, QStringLiteral("report_pdf"));
    QCOMPARE(rows.last().userName, QStringLiteral("physician"));
    QCOMPARE(rows.last().subjectCode, QStringLiteral("S003"));
    QCOMPARE(rows.last().newValue, QFileInfo(target).absoluteFilePath());
    QVERIFY(test::pdfPages(target) >= 1);
    const QString text = test::pdfText(target).simplified();
    QVERIFY(text.contains(QStringLiteral("S003")));
    QVERIFY(!text.contains(QStringLiteral("S001")));
    QVERIFY2(text.contains(expected), qPrintable(text.left(400)));
    QVERIFY(text.contains(m_fixture->store().protocol().registryId));
}

void TestReportActions::printGoesThroughThePrintDialog()
{
    openWindow();
    QVERIFY(m_window->openSubject(QStringLiteral("S001")));
    QAction *print = m_window->reportActions()->printAction();
    QVERIFY(print->isEnabled());
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));

    // No printer here: the dialog's printer prints to a PDF file, as "Print to File" does.
    const QString target = m_out.filePath(QStringLiteral("printed.pdf"));
    QString title, docName;
    bool seen = false;
    answerNext<QPrintDialog>(
        this,
        [&](QPrintDialog *dialog) {
            title = dialog->windowTitle();
            docName = dialog->printer()->docName();
            auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("filename"));
            if (file)
                file->setText(target);
            dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
            dialog->printer()->setOutputFileName(target);
            dialog->accept();
        },
        &seen);
    print->trigger();
    QVERIFY(seen);
    QCOMPARE(title, QStringLiteral("Print the casebook of S001"));
    QCOMPARE(docName, QStringLiteral("Casebook S001"));
    QVERIFY2(QFileInfo::exists(target), qPrintable(target));
    QVERIFY(test::pdfPages(target) >= 1);
    const QString text = test::pdfText(target).simplified();
    QVERIFY(text.contains(QStringLiteral("S001")));
    QVERIFY(text.contains(QStringLiteral("PASI")));
    const QList<AuditEntry> rows = AuditLog(m_fixture->database()).entries({});
    QCOMPARE(rows.last().action, QStringLiteral("print"));
    QCOMPARE(rows.last().field, QStringLiteral("printer"));
    QCOMPARE(rows.last().subjectCode, QStringLiteral("S001"));
    QCOMPARE(rows.last().newValue, target);
}

void TestReportActions::noSubjectNothingToExportOrPrint()
{
    openWindow();
    QCOMPARE(m_window->casebook()->subjectId(), qint64(0));
    QVERIFY(!m_window->reportActions()->exportPdfAction()->isEnabled());
    QVERIFY(!m_window->reportActions()->printAction()->isEnabled());
    QString error;
    QVERIFY(!m_window->reportActions()->exportPdf(m_out.filePath(QStringLiteral("none.pdf")), &error));
    QCOMPARE(error, QStringLiteral("No subject is shown."));
    QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("none.pdf"))));
    for (const AuditEntry &e : AuditLog(m_fixture->database()).entries({}))
        QVERIFY(e.action != QLatin1String("report_pdf"));
}

void TestReportActions::exportDialogSaysWhyAndCreatesTheFolder_data()
{
    QTest::addColumn<QString>("folder");  // typed; "@" = the test's folder
    QTest::addColumn<bool>("okEnabled");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << "" << false << "Choose the folder to export into.";
    QTest::newRow("a file") << "@/file.txt" << false << "is a file, not a folder";
    QTest::newRow("a folder that exists") << "@" << true << "";
    QTest::newRow("a folder to create") << "@/new/sub" << true << "will be created";
}

void TestReportActions::exportDialogSaysWhyAndCreatesTheFolder()
{
    QFETCH(QString, folder);
    QFETCH(bool, okEnabled);
    QFETCH(QString, says);
    {
        QFile f(m_out.filePath(QStringLiteral("file.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    folder.replace(QLatin1Char('@'), m_out.path());
    ExportDialog dialog;
    // It proposes the documents folder.
    QCOMPARE(dialog.folder(), QDir::toNativeSeparators(ExportDialog::defaultFolder()));
    QVERIFY(ExportDialog::defaultFolder()
            == QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            || QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation).isEmpty());
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("folder"));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, folder);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), okEnabled);
    if (says.isEmpty())
        QVERIFY2(dialog.statusText().isEmpty(), qPrintable(dialog.statusText()));
    else
        QVERIFY2(dialog.statusText().contains(says), qPrintable(dialog.statusText()));
    if (!okEnabled)
        return;
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFileInfo(folder).isDir());
}

QTEST_MAIN(TestReportActions)
#include "tst_reportactions.moc"
