// SPDX-License-Identifier: Apache-2.0
// Reasons for change as codes plus free text (ChangeReason): the stored form and its parse,
// the audit viewer's label, audit.csv keeping the code, old rows with translated text read
// verbatim with the hash chain intact; the changed fields a save will audit (FieldChanges);
// exports audited as events (EventAudit) only with a writable session.
#include "exchange/exporter.h"
#include "itemmodels/audittablemodel.h"
#include "labels/changereason.h"
#include "labels/codelabels.h"
#include "storage/auditlog.h"
#include "storage/eventaudit.h"
#include "storage/fieldchanges.h"
#include "storage/row.h"
#include "storage/studystore.h"
#include "fixtures.h"

#include <QDir>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace trialcrf;
using namespace trialcrf::fixtures;

class TestChangeReason : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup();
    void storedFormRoundTrips_data();
    void storedFormRoundTrips();
    void validity_data();
    void validity();
    void oldTextStaysVerbatim_data();
    void oldTextStaysVerbatim();
    void everyCodeHasALabel();
    void codedReasonIsStoredAndShown();
    void oldAndCodedRowsVerifyTogether();
    void changedFields_data();
    void changedFields();
    void changedFieldsOfRecords();
    void eventsAreAuditedWithAWritableSession_data();
    void eventsAreAuditedWithAWritableSession();
    void exportWritesOneAuditRowAfterItsSnapshot_data();
    void exportWritesOneAuditRowAfterItsSnapshot();
    void readOnlyExportWritesNoRow();

private:
    QTemporaryDir m_dir;
    Database m_db;
    ManualClock m_clock;
    std::unique_ptr<StudyStore> m_store;
};

void TestChangeReason::init()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("study-%1-%2.db")
                                            .arg(QLatin1String(QTest::currentTestFunction()),
                                                 QLatin1String(QTest::currentDataTag()))
                                            .replace(QLatin1Char(' '), QLatin1Char('_')));
    QVERIFY2(m_db.open(path), qPrintable(m_db.errorString()));
    m_store = std::make_unique<StudyStore>(m_db, Protocol::builtIn(), m_clock.clock());
}

void TestChangeReason::cleanup()
{
    m_store.reset();
    m_db.close();
}

void TestChangeReason::storedFormRoundTrips_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    QTest::newRow("code alone") << "transcription_error" << "" << "transcription_error";
    QTest::newRow("code with details") << "source_corrected" << "CRF page 3"
                                       << "source_corrected: CRF page 3";
    QTest::newRow("other with text") << "other" << "machine reading wrong" << "other: machine reading wrong";
    QTest::newRow("details trimmed") << "late_entry" << "  lab came late " << "late_entry: lab came late";
    QTest::newRow("blank details dropped") << "data_clarification" << "   " << "data_clarification";
    QTest::newRow("details holding the separator") << "other" << "a: b: c" << "other: a: b: c";
    QTest::newRow("Chinese details") << "other" << "患者记错日期" << "other: 患者记错日期";
}

void TestChangeReason::storedFormRoundTrips()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QCOMPARE(ChangeReason({code, text}).stored(), stored);
    const ChangeReason back = ChangeReason::parse(stored);
    QCOMPARE(back.code, code);
    QCOMPARE(back.text, text.trimmed());
}

void TestChangeReason::validity_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("no code") << "" << "some text" << false;
    QTest::newRow("unknown code") << "typo" << "" << false;
    QTest::newRow("coded, no details") << "transcription_error" << "" << true;
    QTest::newRow("other without text") << "other" << "" << false;
    QTest::newRow("other with two characters") << "other" << "ab" << false;
    QTest::newRow("other with blanks around two") << "other" << "  ab  " << false;
    QTest::newRow("other with three characters") << "other" << "abc" << true;
    QTest::newRow("other with three Chinese characters") << "other" << "录入错" << true;
}

void TestChangeReason::validity()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QTEST(ChangeReason({code, text}).isValid(), "valid");
}

void TestChangeReason::oldTextStaysVerbatim_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("old English preset") << "Transcription error corrected";
    QTest::newRow("old Chinese preset") << "更正转录错误";
    QTest::newRow("typed text with a colon") << "Typo: initials";
    QTest::newRow("a code's name inside text") << "fixed transcription_error here";
    QTest::newRow("code without the space after the colon") << "other:text";
    QTest::newRow("unknown code-like prefix") << "typo: initials";
    QTest::newRow("import") << "import";
}

void TestChangeReason::oldTextStaysVerbatim()
{
    QFETCH(QString, stored);
    const ChangeReason r = ChangeReason::parse(stored);
    QVERIFY(r.code.isEmpty());
    QCOMPARE(r.text, stored);
    QCOMPARE(ChangeReason::display(stored), stored);
    AuditEntry e;
    e.action = QStringLiteral("update");
    e.reason = stored;
    QCOMPARE(AuditTableModel::reasonText(e), stored);
}

void TestChangeReason::everyCodeHasALabel()
{
    QCOMPARE(ChangeReason::codes(),
             (QStringList{"transcription_error", "source_corrected", "data_clarification",
                          "late_entry", "other"}));
    for (const QString &code : ChangeReason::codes()) {
        QVERIFY2(CodeLabels::changeReason(code) != code, qPrintable(code));
        QCOMPARE(CodeLabels::changeReason(code), ChangeReason::codeLabel(code));
    }
    // The reason offered when a change answers a query (the query's thread links it).
    QCOMPARE(CodeLabels::changeReason(QStringLiteral("data_clarification")),
             QStringLiteral("Data clarification (query answered)"));
    for (const char *action : {"export_csv", "export_odm", "report_pdf", "print", "query_raise",
                               "query_answer", "query_close", "query_reopen", "sdv_mark",
                               "sdv_unmark"})
        QVERIFY2(CodeLabels::auditAction(QLatin1String(action)) != QLatin1String(action), action);
}

void TestChangeReason::codedReasonIsStoredAndShown()
{
    Subject s = subject();
    QVERIFY(m_store->saveSubject(nurse(), s).ok());
    s.initials = QStringLiteral("ZXN");
    const QString reason = ChangeReason{QStringLiteral("other"), QStringLiteral("ID card")}.stored();
    QVERIFY(m_store->saveSubject(nurse(), s, reason).ok());
    const QList<AuditEntry> rows = AuditLog(m_db).entries({});
    const AuditEntry &update = rows.last();
    QCOMPARE(update.action, QStringLiteral("update"));
    QCOMPARE(update.reason, QStringLiteral("other: ID card"));  // the code stays in the data
    QCOMPARE(AuditTableModel::reasonText(update), QStringLiteral("Other: ID card"));
    AuditTableModel model;
    model.setEntries(rows);
    const QModelIndex cell = model.index(int(rows.size()) - 1, AuditTableModel::Reason);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), QStringLiteral("Other: ID card"));
    QCOMPARE(cell.data(Qt::UserRole).toString(), QStringLiteral("other: ID card"));

    // audit.csv writes the stored column as it is: the code.
    const QString folder = m_dir.filePath(QStringLiteral("export-coded"));
    const ExportResult r = Exporter(*m_store, dataManager()).exportCsv(folder);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QFile csv(QDir(folder).filePath(QStringLiteral("audit.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(QLatin1String("other: ID card")), qPrintable(text.right(400)));
    QVERIFY(!text.contains(QLatin1String("Other: ID card")));
}

void TestChangeReason::oldAndCodedRowsVerifyTogether()
{
    // Rows as the code before reason codes wrote them (translated preset text), then coded
    // rows: one chain, sound, each row shown as it should be.
    Subject s = subject();
    QVERIFY(m_store->saveSubject(nurse(), s).ok());
    const QStringList reasons{QStringLiteral("Corrected from the source document"),
                              QStringLiteral("更正转录错误"),
                              ChangeReason{QStringLiteral("transcription_error"), {}}.stored(),
                              ChangeReason{QStringLiteral("other"), QStringLiteral("抄错了")}.stored()};
    const QStringList initials{"AB", "ABC", "AC", "AD"};
    for (int i = 0; i < reasons.size(); ++i) {
        s.initials = initials.at(i);
        QVERIFY(m_store->saveSubject(nurse(), s, reasons.at(i)).ok());
    }
    AuditLog log(m_db);
    QString problem;
    QCOMPARE(log.firstBrokenRow(&problem), std::optional<qint64>());
    QStringList shown;
    for (const AuditEntry &e : log.entries({}))
        if (e.action == QLatin1String("update"))
            shown << AuditTableModel::reasonText(e);
    QCOMPARE(shown, (QStringList{"Corrected from the source document", "更正转录错误",
                                 "Transcription error corrected", "Other: 抄错了"}));
}

void TestChangeReason::changedFields_data()
{
    QTest::addColumn<QStringList>("before");  // column=text pairs; "" = not recorded
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QStringList>("changes");  // column:old>new
    QTest::newRow("nothing changed") << QStringList{"a=1", "b=x"} << QStringList{"a=1", "b=x"}
                                     << QStringList{};
    QTest::newRow("one of two") << QStringList{"a=1", "b=x"} << QStringList{"a=2", "b=x"}
                                << QStringList{"a:1>2"};
    QTest::newRow("cleared") << QStringList{"a=1"} << QStringList{"a="} << QStringList{"a:1>"};
    QTest::newRow("first recorded") << QStringList{"a="} << QStringList{"a=5"}
                                    << QStringList{"a:>5"};
    QTest::newRow("column new in after, recorded") << QStringList{} << QStringList{"c=7"}
                                                   << QStringList{"c:>7"};
    QTest::newRow("column new in after, empty") << QStringList{} << QStringList{"c="}
                                                << QStringList{};
    QTest::newRow("in the record's column order")
        << QStringList{"a=1", "b=2", "c=3"} << QStringList{"a=9", "b=2", "c=8"}
        << QStringList{"a:1>9", "c:3>8"};
    QTest::newRow("case matters") << QStringList{"a=abc"} << QStringList{"a=ABC"}
                                  << QStringList{"a:abc>ABC"};
}

void TestChangeReason::changedFields()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QStringList, changes);
    const auto rowOf = [](const QStringList &pairs) {
        Row row;
        for (const QString &p : pairs)
            row.text(p.section(QLatin1Char('='), 0, 0), p.section(QLatin1Char('='), 1));
        return row;
    };
    QStringList got;
    for (const FieldChange &c : FieldChanges::between(rowOf(before), rowOf(after)))
        got << QStringLiteral("%1:%2>%3").arg(c.column, c.oldText, c.newText);
    QCOMPARE(got, changes);
}

void TestChangeReason::changedFieldsOfRecords()
{
    // The same fields the update's audit rows name.
    Subject s = subject();
    QVERIFY(m_store->saveSubject(nurse(), s).ok());
    Subject changed = s;
    changed.initials = QStringLiteral("ZXN");
    changed.birthDate = QDate(1980, 5, 11);
    const QList<FieldChange> changes = FieldChanges::between(s, changed);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0), (FieldChange{QStringLiteral("initials"), QStringLiteral("ZXM"),
                                         QStringLiteral("ZXN"), false}));
    QCOMPARE(changes.at(1), (FieldChange{QStringLiteral("birth_date"),
                                         QStringLiteral("1980-05-10"),
                                         QStringLiteral("1980-05-11"), false}));
    QVERIFY(m_store->saveSubject(nurse(), changed, QStringLiteral("late_entry")).ok());
    QStringList audited;
    for (const AuditEntry &e : AuditLog(m_db).entries({}))
        if (e.action == QLatin1String("update"))
            audited << e.field + QLatin1Char('=') + e.oldValue + QLatin1Char('>') + e.newValue;
    QCOMPARE(audited, (QStringList{"initials=ZXM>ZXN", "birth_date=1980-05-10>1980-05-11"}));
    QVERIFY(FieldChanges::between(changed, changed).isEmpty());
}

void TestChangeReason::eventsAreAuditedWithAWritableSession_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("subjectCode");
    QTest::newRow("csv export") << int(EventAudit::Kind::ExportCsv) << "export_csv"
                                << "export_folder" << "";
    QTest::newRow("odm export") << int(EventAudit::Kind::ExportOdm) << "export_odm"
                                << "export_file" << "";
    QTest::newRow("pdf report") << int(EventAudit::Kind::ReportPdf) << "report_pdf"
                                << "report_file" << "S001";
    QTest::newRow("print") << int(EventAudit::Kind::Print) << "print" << "printer" << "S001";
}

void TestChangeReason::eventsAreAuditedWithAWritableSession()
{
    QFETCH(int, kind);
    QFETCH(QString, action);
    QFETCH(QString, field);
    QFETCH(QString, subjectCode);
    const EventAudit events(m_db, m_clock.clock());
    // No login (the CLI's read-only reader has user id 0): nothing written.
    const Session noLogin{0, QStringLiteral("trialcrf-cli"), Role::Monitor};
    QVERIFY(!events.writes(noLogin));
    QVERIFY(events.record(noLogin, EventAudit::Kind(kind), QStringLiteral("/x"), subjectCode).ok());
    QCOMPARE(AuditLog(m_db).count(), qint64(0));
    QVERIFY(events.writes(monitor()));
    QVERIFY(events.record(monitor(), EventAudit::Kind(kind), QStringLiteral("/x"), subjectCode).ok());
    const QList<AuditEntry> rows = AuditLog(m_db).entries({});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().userName, QStringLiteral("monitor.wu"));
    QCOMPARE(rows.first().action, action);
    QCOMPARE(rows.first().field, field);
    QCOMPARE(rows.first().newValue, QStringLiteral("/x"));
    QCOMPARE(rows.first().subjectCode, subjectCode);
    QVERIFY(AuditTableModel::actionLabel(action) != action);
    QVERIFY(AuditTableModel::fieldText(rows.first()) != field);
    QString problem;
    QCOMPARE(AuditLog(m_db).firstBrokenRow(&problem), std::optional<qint64>());
}

void TestChangeReason::exportWritesOneAuditRowAfterItsSnapshot_data()
{
    QTest::addColumn<bool>("odm");
    QTest::newRow("csv") << false;
    QTest::newRow("odm") << true;
}

void TestChangeReason::exportWritesOneAuditRowAfterItsSnapshot()
{
    QFETCH(bool, odm);
    Subject s = subject();
    QVERIFY(m_store->saveSubject(nurse(), s).ok());
    const qint64 before = AuditLog(m_db).count();
    // Parents that do not exist yet are made.
    const QString target = m_dir.filePath(QStringLiteral("new/parents/")
                                          + (odm ? QStringLiteral("study.xml")
                                                 : QStringLiteral("export")));
    Exporter exporter(*m_store, dataManager());
    const ExportResult r = odm ? exporter.exportOdm(target) : exporter.exportCsv(target);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.auditProblem.isEmpty());
    const QList<AuditEntry> rows = AuditLog(m_db).entries({});
    QCOMPARE(rows.size(), before + 1);
    QCOMPARE(rows.last().action, odm ? QStringLiteral("export_odm") : QStringLiteral("export_csv"));
    QCOMPARE(rows.last().newValue, QFileInfo(target).absoluteFilePath());
    QCOMPARE(rows.last().userName, QStringLiteral("dm.zhao"));
    if (!odm) {
        // The export's own audit.csv ends with its snapshot, before its own row.
        QFile csv(QDir(target).filePath(QStringLiteral("audit.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(!csv.readAll().contains("export_csv"));
    }
}

void TestChangeReason::readOnlyExportWritesNoRow()
{
    Subject s = subject();
    QVERIFY(m_store->saveSubject(nurse(), s).ok());
    const QString path = m_db.path();
    const qint64 before = AuditLog(m_db).count();
    Database readOnly;
    QVERIFY(readOnly.open(path, Database::OpenMode::ReadOnly));
    const StudyStore store(readOnly, Protocol::builtIn());
    const Session reader{0, QStringLiteral("trialcrf-cli"), Role::Monitor};
    const ExportResult r =
        Exporter(store, reader).exportCsv(m_dir.filePath(QStringLiteral("read-only-export")));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(r.auditProblem.isEmpty());
    QCOMPARE(AuditLog(m_db).count(), before);
}

QTEST_GUILESS_MAIN(TestChangeReason)
#include "tst_changereason.moc"
