// SPDX-License-Identifier: Apache-2.0
// A monitoring visit in the main window (offscreen), by keyboard: the monitor raises a query on
// the infusion's body weight (Monitoring → Query on this field, Ctrl+Shift+Q); the nurse sees
// the marker and corrects the weight: the reason offered is the query's data clarification,
// and the thread opens after the save to answer it, linked to the change; the
// monitor opens the thread from the marker (Space), closes the query and marks the page
// verified (Ctrl+Shift+V). The casebook PDF (read back with pdftotext) and the CSV export show
// the closed query, its thread and the SDV marks.
#include "casebookview.h"
#include "crfform.h"
#include "fieldmonitor.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "monitoringactions.h"
#include "pdftools.h"
#include "querythreaddialog.h"
#include "reasondialog.h"
#include "reportactions.h"
#include "shellfixture.h"
#include "shellwindow.h"
#include "subjectlistview.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"
#include "tst_formsfixture.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace trialcrf;
using formstest::focused;

namespace {

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

/// Types the message into the open thread dialog and presses the button's Alt+letter.
std::function<void(QueryThreadDialog *)> writeAndPress(const QString &text, Qt::Key mnemonic)
{
    return [text, mnemonic](QueryThreadDialog *d) {
        // Offscreen, a modal dialog is not made the active window, and Alt+letters need it.
        QApplication::setActiveWindow(d);
        QVERIFY(d->messageEdit()->isVisible());
        QTest::keyClicks(d->messageEdit(), text);
        QTest::keyClick(d, mnemonic, Qt::AltModifier);
    };
}

QStringList csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

}  // namespace

class TestMonitoringGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void queryAnsweredClosedAndPageVerified();

private:
    /// Shows S001's week-0 infusion page to `session` in a fresh main window.
    void openInfusionAs(const Session &session);
    CrfForm *form() const { return m_window->casebook()->openForm(); }
    MonitoringActions *monitoring() const { return m_window->monitoringActions(); }
    /// Ctrl+Shift+key where the keyboard is (the window when nothing has focus).
    void shortcut(Qt::Key key)
    {
        // Offscreen, the window is not made active again when a modal dialog closes.
        QApplication::setActiveWindow(m_window.get());
        QWidget *target = focused() ? focused() : m_window.get();
        QTest::keyClick(target, key, Qt::ControlModifier | Qt::ShiftModifier);
    }

    LanguageManager m_language;
    std::unique_ptr<ShellFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_out;
    qint64 m_subject = 0;
};

void TestMonitoringGui::initTestCase()
{
    QVERIFY(m_out.isValid());
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
}

void TestMonitoringGui::init()
{
    m_fixture = std::make_unique<ShellFixture>(ShellFixture::standardToday());
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->addStandardSubjects(), qPrintable(m_fixture->error()));
    StudyStore &store = m_fixture->store();
    m_subject = store.subjectIdByCode(QStringLiteral("S001")).value_or(0);
    QVERIFY(m_subject != 0);
    const SaveResult enrolled = fixtures::enrol(store, m_subject, ShellFixture::physician());
    QVERIFY2(enrolled.ok(), qPrintable(enrolled.message));
    const Casebook book = *store.loadCasebook(ShellFixture::nurse(), m_subject);
    const Infusion i = formstest::saveSeedInfusion(store, ShellFixture::nurse(), m_subject,
                                                   QStringLiteral("week0"), *book.subject.week0Date);
    QVERIFY(i.id != 0);
}

void TestMonitoringGui::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestMonitoringGui::openInfusionAs(const Session &session)
{
    m_window.reset();
    m_window = fixtures::activeMainWindow(m_fixture->store(), m_language, session);
    QVERIFY(m_window);
    QVERIFY(m_window->openSubject(QStringLiteral("S001")));
    QVERIFY(m_window->casebook()->openPage(CasebookView::Page::Infusion, QStringLiteral("week0")));
    QVERIFY(monitoring()->fieldMonitor());
}

void TestMonitoringGui::queryAnsweredClosedAndPageVerified()
{
    QueryStore queries(m_fixture->store());
    const Session monitor = ShellFixture::monitor();

    // The monitor: the page is read only; Ctrl+Shift+Q asks which field, by its label.
    openInfusionAs(monitor);
    QVERIFY(!form()->fieldInput(QStringLiteral("weight_kg"))->isEnabled());
    bool chosen = false, raised = false;
    answerNext<QInputDialog>(this, [this, &raised](QInputDialog *d) {
        auto *combo = d->findChild<QComboBox *>();
        QTest::keyClicks(combo, QStringLiteral("Body"));
        QCOMPARE(combo->currentText(), QStringLiteral("Body weight"));
        answerNext<QueryThreadDialog>(
            this, writeAndPress(QStringLiteral("Source says 65 kg; please check."), Qt::Key_R),
            &raised);
        QTest::keyClick(combo, Qt::Key_Return);
    }, &chosen);
    m_window->subjectList()->setFocus(Qt::TabFocusReason);  // the keyboard on no field
    shortcut(Qt::Key_Q);
    QTRY_VERIFY(raised);
    QVERIFY(chosen);
    const QList<Query> open = *queries.queries(monitor);
    QCOMPARE(open.size(), 1);
    const qint64 id = open.first().id;
    QCOMPARE(open.first().ref.field, QStringLiteral("weight_kg"));
    QCOMPARE(open.first().state, QueryStore::stateOpen());
    QVERIFY(monitoring()->fieldMonitor()->queryMarker(QStringLiteral("weight_kg")));

    // The nurse sees the marker, corrects the weight with a reason, then answers.
    openInfusionAs(ShellFixture::nurse());
    QToolButton *marker = monitoring()->fieldMonitor()->queryMarker(QStringLiteral("weight_kg"));
    QVERIFY(marker);
    QVERIFY(marker->isVisible());
    QCOMPARE(marker->text(), QStringLiteral("?"));
    auto *weight = qobject_cast<QLineEdit *>(form()->fieldInput(QStringLiteral("weight_kg")));
    QVERIFY(weight);
    weight->setFocus(Qt::TabFocusReason);
    QCOMPARE(focused(), weight);
    QTest::keyClick(weight, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(weight, QStringLiteral("65"));
    // Ctrl+S: the reason offered is the query's data clarification; once saved, the thread
    // opens to answer it, and the answer is linked to the change.
    bool reasoned = false, answered = false;
    QString offered;
    answerNext<ReasonDialog>(this, [&](ReasonDialog *d) {
        offered = d->reason();
        answerNext<QueryThreadDialog>(
            this, writeAndPress(QStringLiteral("Corrected to 65 kg from the source."), Qt::Key_A),
            &answered);
        QTest::keyClick(d->focusWidget() ? d->focusWidget() : d, Qt::Key_Return);
    }, &reasoned);
    QTest::keyClick(weight, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(reasoned);
    QCOMPARE(offered, QStringLiteral("data_clarification"));
    QTRY_VERIFY(answered);
    QVERIFY(!form()->isDirty());
    QCOMPARE(*m_fixture->store().loadCasebook(monitor, m_subject)->infusion(QStringLiteral("week0"))->weightKg,
             65.0);
    std::optional<Query> thread = queries.thread(monitor, id);
    QCOMPARE(thread->state, QueryStore::stateAnswered());
    QCOMPARE(thread->messages.size(), 2);
    QCOMPARE(thread->messages[1].oldValue, QStringLiteral("63.5"));
    QCOMPARE(thread->messages[1].newValue, QStringLiteral("65"));
    QCOMPARE(monitoring()->fieldMonitor()->queryMarker(QStringLiteral("weight_kg"))->text(),
             QStringLiteral("!"));

    // The monitor opens the thread from the marker by keyboard, closes it, verifies the page.
    openInfusionAs(monitor);
    marker = monitoring()->fieldMonitor()->queryMarker(QStringLiteral("weight_kg"));
    QVERIFY(marker && marker->isEnabled());
    marker->setFocus(Qt::TabFocusReason);
    bool closed = false;
    answerNext<QueryThreadDialog>(this, [&](QueryThreadDialog *d) {
        QVERIFY(d->threadView()->toPlainText().contains(QStringLiteral("Value changed: 63.5 → 65")));
        QVERIFY(!d->answerButton()->isVisible());
        writeAndPress(QStringLiteral("Thank you, verified against the source."), Qt::Key_Q)(d);
    }, &closed);
    QTest::keyClick(marker, Qt::Key_Space);
    QTRY_VERIFY(closed);
    QCOMPARE(queries.thread(monitor, id)->state, QueryStore::stateClosed());
    QVERIFY(!monitoring()->fieldMonitor()->queryMarker(QStringLiteral("weight_kg")));

    shortcut(Qt::Key_V);
    const Casebook book = *m_fixture->store().loadCasebook(monitor, m_subject);
    const FieldRef page{m_subject, QStringLiteral("infusions"), QStringLiteral("week0"), {}};
    const SdvProgress sdv = SdvStore::pageProgress(m_fixture->store().protocol(), book,
                                                   *SdvStore(m_fixture->store()).marks(book), page);
    QVERIFY(sdv.total > 5);
    QVERIFY(sdv.complete());
    QTRY_VERIFY(monitoring()->fieldMonitor()->sdvMarker(QStringLiteral("weight_kg")));

    // The PDF and the export show the closed query and the SDV marks.
    const QString pdf = m_out.filePath(QStringLiteral("S001.pdf"));
    QString error;
    QVERIFY2(m_window->reportActions()->exportPdf(pdf, &error), qPrintable(error));
    // pdftotext gives the typographic ligatures as such ("veriﬁed").
    const QString text = test::pdfText(pdf)
                             .replace(QChar(0xFB01), QLatin1String("fi"))
                             .replace(QChar(0xFB02), QLatin1String("fl"))
                             .simplified();
    for (const QString &expected :
         {QStringLiteral("Queries"), QStringLiteral("Infusion — Week 0: Body weight"),
          QStringLiteral("Closed"), QStringLiteral("Source says 65 kg; please check."),
          QStringLiteral("Value changed from 63.5 to 65"),
          QStringLiteral("Thank you, verified against the source."),
          QStringLiteral("Source data verification"),
          QStringLiteral("%1 / %1").arg(sdv.total)})
        QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1String(" | ") + text.right(1500)));

    const QString folder = m_out.filePath(QStringLiteral("export"));
    const ExportResult exported = m_window->reportActions()->exportData(
        folder, ReportActions::Format::Csv, false, nullptr);
    QVERIFY2(exported.ok(), qPrintable(exported.message));
    const QStringList queryRows = csvLines(QDir(folder).filePath(QStringLiteral("queries.csv")));
    QCOMPARE(queryRows.size(), 2);
    QVERIFY2(queryRows[1].contains(QStringLiteral(",weight_kg,closed,")), qPrintable(queryRows[1]));
    QCOMPARE(csvLines(QDir(folder).filePath(QStringLiteral("query_messages.csv"))).size(), 4);
    const QStringList sdvRows = csvLines(QDir(folder).filePath(QStringLiteral("sdv.csv")));
    QCOMPARE(sdvRows.size(), 1 + sdv.total);
    QVERIFY(sdvRows.filter(QStringLiteral(",weight_kg,verified,")).size() == 1);
}

QTEST_MAIN(TestMonitoringGui)
#include "tst_monitoring_gui.moc"
