// SPDX-License-Identifier: Apache-2.0
// Charts and data exchange in the main window (offscreen): the casebook's PASI charts follow the data
// (one point per complete assessment, one more after a new PASI visit is saved and the
// casebook reloads), Export and Import offered by role, and File → Export… writing the CSV
// files through the exporter (its dialog-free half).
#include "casebookcharts.h"
#include "casebookview.h"
#include "chartwidget.h"
#include "exchange/exporter.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "reportactions.h"
#include "shellfixture.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QTest>

using namespace trialcrf;

class TestIntegrate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chartHasOnePointPerAssessment_data();
    void chartHasOnePointPerAssessment();
    void savedPasiVisitAddsAPoint();
    void exchangeActionsFollowTheRole_data();
    void exchangeActionsFollowTheRole();
    void exportWritesTheCsvFiles();

private:
    void openWindow(const Session &session);

    LanguageManager m_language;
    std::unique_ptr<ShellFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

void TestIntegrate::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
}

void TestIntegrate::init()
{
    m_fixture = std::make_unique<ShellFixture>(ShellFixture::standardToday());
    QVERIFY2(m_fixture->isValid(), qPrintable(m_fixture->error()));
    QVERIFY2(m_fixture->addStandardSubjects(), qPrintable(m_fixture->error()));
}

void TestIntegrate::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestIntegrate::openWindow(const Session &session)
{
    m_window = std::make_unique<MainWindow>(m_fixture->store(), m_language);
    m_window->setSession(session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestIntegrate::chartHasOnePointPerAssessment_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("points");
    QTest::newRow("screening and week 0") << QStringLiteral("S001") << 2;
    QTest::newRow("no PASI at all") << QStringLiteral("S005") << 0;
}

void TestIntegrate::chartHasOnePointPerAssessment()
{
    QFETCH(QString, code);
    QFETCH(int, points);
    openWindow(ShellFixture::physician());
    QVERIFY(m_window->openSubject(code));
    ReportActions *actions = m_window->reportActions();
    QVERIFY(actions);
    QVERIFY(actions->chartsDock()->isVisible());
    ChartWidget *trajectory = actions->charts()->trajectoryChart();
    QCOMPARE(trajectory->kind(), ChartWidget::Kind::Trajectory);
    QCOMPARE(trajectory->trajectory().points.size(), points);
    QCOMPARE(actions->charts()->improvementChart()->trajectory().points.size(), points);
    QCOMPARE(actions->exportPdfAction()->isEnabled(), true);
}

void TestIntegrate::savedPasiVisitAddsAPoint()
{
    openWindow(ShellFixture::physician());
    QVERIFY(m_window->openSubject(QStringLiteral("S001")));
    ChartWidget *trajectory = m_window->reportActions()->charts()->trajectoryChart();
    QCOMPARE(trajectory->trajectory().points.size(), 2);
    const qint64 id = m_window->casebook()->subjectId();
    QVERIFY2(m_fixture->addPasi(id, QStringLiteral("week2"), QDate(2026, 3, 16)),
             qPrintable(m_fixture->error()));
    // A form's save reloads the casebook; the chart follows the reload.
    m_window->casebook()->reload();
    QCOMPARE(trajectory->trajectory().points.size(), 3);
    QCOMPARE(trajectory->trajectory().points.last().visit, QStringLiteral("week2"));
    QCOMPARE(trajectory->trajectory().points.last().week, std::optional<int>(2));
}

void TestIntegrate::exchangeActionsFollowTheRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("mayExport");
    QTest::addColumn<bool>("mayImport");
    QTest::newRow("nurse: export only") << int(Role::Nurse) << true << false;
    QTest::newRow("monitor: export only") << int(Role::Monitor) << true << false;
    QTest::newRow("data manager: both") << int(Role::DataManager) << true << true;
}

void TestIntegrate::exchangeActionsFollowTheRole()
{
    QFETCH(int, role);
    QFETCH(bool, mayExport);
    QFETCH(bool, mayImport);
    openWindow(Session{1, QStringLiteral("someone"), Role(role)});
    ReportActions *actions = m_window->reportActions();
    QCOMPARE(actions->exportAction()->isVisible(), mayExport);
    QCOMPARE(actions->exportAction()->isEnabled(), mayExport);
    QCOMPARE(actions->importAction()->isVisible(), mayImport);
    QCOMPARE(actions->importAction()->isEnabled(), mayImport);
}

void TestIntegrate::exportWritesTheCsvFiles()
{
    openWindow(ShellFixture::monitor());
    QTemporaryDir out;
    QVERIFY(out.isValid());
    ReportActions *actions = m_window->reportActions();
    const QString target = actions->exportTarget(out.path(), ReportActions::Format::Csv);
    QVERIFY(target.startsWith(out.path()));
    const ExportResult result =
        actions->exportData(target, ReportActions::Format::Csv, false, m_window.get());
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QStringList files = Exporter::fileNames();
    QVERIFY(!files.isEmpty());
    for (const QString &name : files)
        QVERIFY2(QFile::exists(QDir(target).filePath(name)), qPrintable(name));
    QVERIFY(files.contains(QStringLiteral("pasi.csv")));
    QCOMPARE(result.rows.value(QStringLiteral("pasi.csv")), qint64(7));
    QFile pasi(QDir(target).filePath(QStringLiteral("pasi.csv")));
    QVERIFY(pasi.open(QIODevice::ReadOnly));
    const QByteArray text = pasi.readAll();
    QVERIFY(text.contains("S001"));
    QVERIFY(!text.startsWith("\xEF\xBB\xBF"));
}

QTEST_MAIN(TestIntegrate)
#include "tst_integrate.moc"
