// SPDX-License-Identifier: Apache-2.0
// Import of the monitoring files: an export → import → export round trip keeps every query, its
// thread (authors, roles, times, texts) and the SDV marks with their status, and the imported
// rows pass verify; a bad row in any of the three files rejects the whole import.
#include "tst_exportfixtures.h"
#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "storage/auditlog.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"
#include "teststudy.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::fixtures;
using trialcrf::exchangefixtures::readCsv;

namespace {

#define SAVED(expr)                                                                                \
    do {                                                                                           \
        const SaveResult r_ = (expr);                                                              \
        QVERIFY2(r_.ok(), qPrintable(r_.message + QLatin1Char(' ') + describe(r_.errors)));        \
    } while (false)

QString problems(const ImportReport &r)
{
    QStringList out{r.message};
    for (const ExchangeProblem &p : r.problems)
        out << p.toString();
    return out.join(QLatin1Char('\n'));
}

/// Replaces `from` by `to` in one file of the folder (and drops the manifest, which would
/// refuse the edited file).
bool edit(const QString &folder, const QString &file, const QString &from, const QString &to)
{
    QFile f(QDir(folder).filePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    if (!text.contains(from))
        return false;
    text.replace(from, to);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(text.toUtf8());
    f.close();
    return QFile::remove(QDir(folder).filePath(QStringLiteral("manifest.csv")));
}

/// The rows of a CSV file without one column (by name).
QList<QStringList> withoutColumn(QList<QStringList> rows, const QString &column)
{
    const qsizetype c = rows.isEmpty() ? -1 : rows.first().indexOf(column);
    for (QStringList &row : rows) {
        if (c >= 0 && c < row.size())
            row.removeAt(c);
    }
    return rows;
}

}  // namespace

class TestMonitoringImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripKeepsQueriesThreadsAndMarks();
    void badRowRejectsTheImport_data();
    void badRowRejectsTheImport();

private:
    /// A fresh folder holding a copy of the export.
    QString copyOfExport(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestStudy> m_source;
    QString m_export;
};

void TestMonitoringImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = std::make_unique<TestStudy>();
    TestStudy &s = *m_source;
    QVERIFY2(s.isValid() && s.addAccounts(), qPrintable(s.error()));
    StudyStore &store = s.store();
    Subject subject = fixtures::subject();
    SAVED(store.saveSubject(s.nurse, subject));
    SAVED(enrol(store, subject.id, s.physician));
    Infusion infusion = fixtures::infusion(subject.id);
    SAVED(store.saveInfusion(s.nurse, infusion));
    PasiAssessment assessment = pasi(subject.id);
    SAVED(store.savePasi(s.physician, assessment));

    // A query answered with a change and closed; one on a whole page, still open; the infusion
    // page verified, then its weight changed (the mark breaks).
    QueryStore queries(store);
    const FieldRef weight{subject.id, QStringLiteral("infusions"), QStringLiteral("week0"),
                          QStringLiteral("weight_kg")};
    qint64 id = 0;
    s.advanceClock(60);
    SAVED(queries.raise(s.monitor, weight, QStringLiteral("Source says 65 kg, “65.0”?"), &id));
    s.advanceClock(60);
    Infusion corrected = *store.loadCasebook(s.nurse, subject.id)->infusion(QStringLiteral("week0"));
    corrected.weightKg = 65;
    corrected.actualCells = qint64(2e6 * 65);
    SAVED(store.saveInfusion(s.nurse, corrected, QStringLiteral("data_clarification")));
    SAVED(queries.answer(s.nurse, id, QStringLiteral("Corrected,\nsee the source.")));
    s.advanceClock(60);
    SAVED(queries.close(s.monitor, id, QString()));
    SAVED(queries.raise(s.dataManager, {subject.id, QStringLiteral("pasi_assessments"),
                                         QStringLiteral("week0"), {}},
                        QStringLiteral("Date of the photographs?")));
    s.advanceClock(60);
    SAVED(SdvStore(store).mark(s.monitor, weight.page()));
    s.advanceClock(60);
    corrected = *store.loadCasebook(s.nurse, subject.id)->infusion(QStringLiteral("week0"));
    corrected.weightKg = 66;
    corrected.actualCells = qint64(2e6 * 66);
    SAVED(store.saveInfusion(s.nurse, corrected, QStringLiteral("transcription_error")));

    m_export = m_dir.filePath(QStringLiteral("export"));
    const ExportResult exported = Exporter(store, s.dataManager).exportCsv(m_export);
    QVERIFY2(exported.ok(), qPrintable(exported.message));
    QCOMPARE(readCsv(QDir(m_export).filePath(QStringLiteral("queries.csv"))).size(), 3);
}

QString TestMonitoringImport::copyOfExport(const QString &name) const
{
    const QString to = m_dir.filePath(name);
    QDir(to).removeRecursively();
    QDir().mkpath(to);
    for (const QString &f : QDir(m_export).entryList(QDir::Files))
        QFile::copy(QDir(m_export).filePath(f), QDir(to).filePath(f));
    return to;
}

void TestMonitoringImport::roundTripKeepsQueriesThreadsAndMarks()
{
    // No accounts needed: the importing data manager's session is enough.
    TestStudy target;
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    const ImportReport imported =
        Importer(target.store(), dataManager()).importCsv(copyOfExport(QStringLiteral("in")));
    QVERIFY2(imported.ok(), qPrintable(problems(imported)));
    QCOMPARE(imported.rows.value(QStringLiteral("queries.csv")), 2);
    QCOMPARE(imported.rows.value(QStringLiteral("query_messages.csv")), 4);
    QVERIFY(imported.rows.value(QStringLiteral("sdv.csv")) > 5);

    const QString again = m_dir.filePath(QStringLiteral("again"));
    QDir(again).removeRecursively();
    const ExportResult exported =
        Exporter(target.store(), dataManager()).exportCsv(again);
    QVERIFY2(exported.ok(), qPrintable(exported.message));
    for (const QString &file : {QStringLiteral("queries.csv"), QStringLiteral("sdv.csv")})
        QCOMPARE(readCsv(QDir(again).filePath(file)), readCsv(QDir(m_export).filePath(file)));
    // The link of an answer to its change names an audit row of the exporting database: the
    // import keeps the message, not the link.
    const QString messages = QStringLiteral("query_messages.csv");
    QCOMPARE(withoutColumn(readCsv(QDir(again).filePath(messages)), QStringLiteral("audit_seq")),
             withoutColumn(readCsv(QDir(m_export).filePath(messages)), QStringLiteral("audit_seq")));

    // The imported rows agree with their audit rows (the importing user's, reason "import").
    QString problem;
    QVERIFY2(!QueryStore::firstForgedQuery(target.database(), &problem), qPrintable(problem));
    QVERIFY2(!SdvStore::firstForgedMark(target.database(), &problem), qPrintable(problem));
    QVERIFY2(!AuditLog(target.database()).firstBrokenRow(&problem), qPrintable(problem));
    QCOMPARE(scalar(target.database(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name ="
                                   " 'query_messages' AND user_name = 'dm.zhao'"
                                   " AND reason = 'import'"))
                 .toInt(),
             4);

    // A message changed behind the app's back is still found.
    QSqlQuery q(target.database().connection());
    QVERIFY(execPortable(q, QStringLiteral("DROP TRIGGER query_messages_no_update")));
    QVERIFY(execPortable(q, QStringLiteral("UPDATE query_messages SET author = 'nurse.li'"
                                           " WHERE kind = 'raise' AND author = 'monitor.wu'")));
    QVERIFY(QueryStore::firstForgedQuery(target.database(), &problem));
    QVERIFY2(problem.contains(QStringLiteral("author")), qPrintable(problem));
}

void TestMonitoringImport::badRowRejectsTheImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("column");  // where the problem is reported

    QTest::newRow("unknown query state")
        << "queries.csv" << ",closed," << ",shut," << "state";
    QTest::newRow("state contradicts the thread")
        << "queries.csv" << ",closed," << ",answered," << "state";
    QTest::newRow("field of no page")
        << "queries.csv" << ",weight_kg," << ",weight_lb," << "field";
    QTest::newRow("page not recorded")
        << "queries.csv" << ",week0,pasi,week0," << ",week8,pasi,week8," << "record_key";
    QTest::newRow("message of no query")
        << "query_messages.csv" << "\n1," << "\n99," << "query_id";
    QTest::newRow("unknown role")
        << "query_messages.csv" << ",nurse," << ",cleaner," << "author_role";
    QTest::newRow("time not UTC")
        << "query_messages.csv" << "Z," << "+08:00," << "at_utc";
    QTest::newRow("mark by an unknown role")
        << "sdv.csv" << ",monitor," << ",visitor," << "verified_role";
    QTest::newRow("mark on no field")
        << "sdv.csv" << ",lot_number,verified," << ",lot_no,verified," << "field";
}

void TestMonitoringImport::badRowRejectsTheImport()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, column);
    const QString folder = copyOfExport(QStringLiteral("bad"));
    QVERIFY2(edit(folder, file, from, to), qPrintable(file + QLatin1String(": no ") + from));

    TestStudy target;
    QVERIFY2(target.isValid(), qPrintable(target.error()));
    const ImportReport r = Importer(target.store(), dataManager()).importCsv(folder);
    QCOMPARE(r.status, ImportReport::Status::Rejected);
    bool named = false;
    for (const ExchangeProblem &p : r.problems)
        named = named || (p.file == file && (column.isEmpty() || p.field == column));
    QVERIFY2(named, qPrintable(problems(r)));
    // All or nothing: not even the subjects were written.
    QCOMPARE(scalar(target.database(), QStringLiteral("SELECT count(*) FROM subjects")).toInt(), 0);
    QCOMPARE(scalar(target.database(), QStringLiteral("SELECT count(*) FROM queries")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestMonitoringImport)
#include "tst_monitoring_import.moc"
