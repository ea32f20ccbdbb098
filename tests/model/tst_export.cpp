// SPDX-License-Identifier: Apache-2.0
// CSV export: every file with its dictionary header, computed columns beside the raw ones,
// RFC 4180 quoting of free text, the byte-order mark, refusal of an existing folder and of a
// role without the right, cancel leaving nothing behind, and the round trip
// export → import into an empty database → export with identical clinical files.
#include "rules/deviations.h"
#include "tst_exportfixtures.h"

#include "exchange/datadictionary.h"
#include "exchange/exporter.h"
#include "exchange/importer.h"

#include <QCryptographicHash>
#include <QTest>

using namespace trialcrf;
using namespace trialcrf::exchangefixtures;

class TestExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void writesEveryFileWithItsDictionaryHeader();
    void writesAManifestOfEveryFile();
    void writesComputedColumnsBesideRawOnes_data();
    void writesComputedColumnsBesideRawOnes();
    void quotesFreeTextAsRfc4180();
    void writesTheAuditTrailAsStored();
    void auditFileEndsAtItsSnapshotsLastRow();
    void roundTripGivesIdenticalClinicalFiles();
    void deviationLogHasTheContractColumns();
    void addsByteOrderMarkOnRequest();
    void refusesAnExistingFolder_data();
    void refusesAnExistingFolder();
    void cancelLeavesNothingBehind();
    void reportsProgressUpToTheTotal();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StudyFile> m_study;
    QString m_export;  ///< the export of the study, made once
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_study = std::make_unique<StudyFile>(m_dir.filePath(QStringLiteral("study.db")));
    QVERIFY2(m_study->ok, qPrintable(m_study->db.errorString()));
    const QString problem = fillStudy(*m_study, 25);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_export = m_dir.filePath(QStringLiteral("export"));
    const ExportResult r = Exporter(*m_study->store, monitor()).exportCsv(m_export);
    QVERIFY2(r.ok(), qPrintable(r.message));
}

void TestExport::writesEveryFileWithItsDictionaryHeader()
{
    const DataDictionary dictionary(Protocol::builtIn());
    QStringList expected;
    for (const FileDef &f : dictionary.files())
        expected << f.fileName;
    expected << QStringLiteral("manifest.csv");  // not in the dictionary: no data of its own
    expected.sort();
    QCOMPARE(QDir(m_export).entryList(QDir::Files | QDir::Hidden), expected);
    // Nothing else beside the study (on a server its file is the test's empty marker).
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             trialcrf::fixtures::onTestServer()
                 ? (QStringList{QStringLiteral("export"), QStringLiteral("study.db")})
                 : (QStringList{QStringLiteral("export"), QStringLiteral("study.db"),
                                QStringLiteral("study.db-shm"), QStringLiteral("study.db-wal")}));
    for (const FileDef &f : dictionary.files()) {
        const QList<QStringList> rows = readCsv(QDir(m_export).filePath(f.fileName));
        QVERIFY2(!rows.isEmpty(), qPrintable(f.fileName));
        QCOMPARE(rows.first(), f.columnNames());
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), f.columns.size());
    }
    // 25 demo subjects and the two edge cases; the dictionary describes every column.
    QCOMPARE(readCsv(QDir(m_export).filePath(QStringLiteral("subjects.csv"))).size(), 1 + 27);
    qint64 columns = 0;
    for (const FileDef &f : dictionary.files())
        columns += f.columns.size();
    QCOMPARE(readCsv(QDir(m_export).filePath(QStringLiteral("dictionary.csv"))).size(), 1 + columns);
    QCOMPARE(readCsv(QDir(m_export).filePath(QStringLiteral("audit.csv"))).size(),
             1 + auditRowsBeforeExports(m_study->db));
}

void TestExport::writesAManifestOfEveryFile()
{
    const QList<QStringList> rows = readCsv(QDir(m_export).filePath(QStringLiteral("manifest.csv")));
    QCOMPARE(rows.value(0), (QStringList{QStringLiteral("file"), QStringLiteral("rows"),
                                         QStringLiteral("bytes"), QStringLiteral("sha256")}));
    QStringList listed;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), 4);
        const QString path = QDir(m_export).filePath(row.at(0));
        listed << row.at(0);
        QCOMPARE(row.at(1).toLongLong(), qint64(readCsv(path).size() - 1));
        QCOMPARE(row.at(2).toLongLong(), QFileInfo(path).size());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(row.at(3).toLatin1(),
                 QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }
    QStringList files = QDir(m_export).entryList(QDir::Files);
    files.removeOne(QStringLiteral("manifest.csv"));
    QCOMPARE(listed, files);
}

void TestExport::writesComputedColumnsBesideRawOnes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");

    const QString e1 = QStringLiteral("EDGE-1"), e2 = QStringLiteral("EDGE-2");
    const auto row = [](const char *name, const char *file, const QStringList &keys,
                        const char *column, const QString &expected) {
        QTest::newRow(name) << QString::fromLatin1(file) << keys << QString::fromLatin1(column)
                            << expected;
    };
    row("PASI total in exact tenths", "pasi.csv", {e1, "screening"}, "pasi", "22.4");
    row("PASI at week 2", "pasi.csv", {e1, "week2"}, "pasi", "7.9");
    row("improvement rounded to one decimal", "pasi.csv", {e1, "week2"}, "improvement_pct",
        "64.7");
    row("baseline row improves by 0", "pasi.csv", {e1, "week0"}, "improvement_pct", "0.0");
    row("improvement empty when baseline PASI is 0", "pasi.csv", {e2, "week2"},
        "improvement_pct", "");
    row("raw region score beside", "pasi.csv", {e1, "screening"}, "trunk_area", "4");
    row("BSA as dot decimal", "pasi.csv", {e1, "week0"}, "bsa_pct", "20.5");
    row("target cells from weight", "infusions.csv", {e1, "week0"}, "target_cells", "127000000");
    row("deviation 0 on target", "infusions.csv", {e1, "week0"}, "deviation_pct", "0.00");
    row("on target is within tolerance", "infusions.csv", {e1, "week0"}, "within_tolerance",
        "yes");
    row("deviation over target", "infusions.csv", {e1, "week2"}, "deviation_pct", "16.67");
    row("over target is outside tolerance", "infusions.csv", {e1, "week2"}, "within_tolerance",
        "no");
    row("weight as dot decimal", "infusions.csv", {e1, "week0"}, "weight_kg", "63.5");
    row("times as HH:MM", "infusions.csv", {e1, "week0"}, "start_time", "09:00");
    row("reaction yes", "infusions.csv", {e1, "week2"}, "reaction", "yes");
    row("age on the consent date (29 Feb birthday)", "eligibility.csv", {e1}, "age", "43");
    row("verdict computed from the data", "eligibility.csv", {e1}, "verdict", "eligible");
    row("no failed criteria", "eligibility.csv", {e1}, "failed_criteria", "");
    row("confirmed verdict kept beside", "eligibility.csv", {e1}, "confirmed_verdict",
        "eligible");
    row("status follows from the data", "subjects.csv", {e1}, "status", "enrolled");
    row("no withdrawal: empty date", "subjects.csv", {e1}, "withdrawal_date", "");
    row("screening PASI in eligibility", "eligibility.csv", {e1}, "pasi", "22.4");
    row("a last dose of never", "eligibility.csv", {e1}, "last_systemic_date", "never");
    row("a last dose date", "eligibility.csv", {e1}, "last_topical_date", "2024-01-02");
    row("no consent: incomplete", "eligibility.csv", {e2}, "verdict", "incomplete");
    row("no consent: no age", "eligibility.csv", {e2}, "age", "");
    row("ISO birth date", "subjects.csv", {e1}, "birth_date", "1980-02-29");
    row("status code, not a label", "subjects.csv", {e2}, "status", "screening");
    row("yes/no code", "consents.csv", {e1}, "subject_signed", "yes");
    row("SAE criteria as ;-list", "adverse_events.csv", {e1, "2"}, "sae_criteria",
        "hospitalisation;important_medical_event");
    row("an empty end date is not recorded", "adverse_events.csv", {e1, "2"}, "end_date", "");
    row("vital signs during at minute 15", "vital_signs.csv", {e1, "week0", "during"}, "minute",
        "15");
    row("vital signs temperature as dot decimal", "vital_signs.csv", {e1, "week0", "during"},
        "temperature_c", "36.8");
    row("vital signs time", "vital_signs.csv", {e1, "week0", "before"}, "time", "08:55");
    row("vital signs after has no minute", "vital_signs.csv", {e1, "week0", "after"}, "minute", "");
    row("the dose deviation is in the log", "deviations.csv",
        {e1, "week2", "dose_out_of_tolerance"}, "source", "infusion");
    row("an open deviation is not resolved", "deviations.csv",
        {e1, "week2", "dose_out_of_tolerance"}, "resolved", "no");
    row("recorded by who saved it", "deviations.csv", {e1, "week2", "dose_out_of_tolerance"},
        "recorded_by", dataManager().userName);
}

void TestExport::writesComputedColumnsBesideRawOnes()
{
    QFETCH(QString, file);
    QFETCH(QStringList, keys);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    const QList<QStringList> rows = readCsv(QDir(m_export).filePath(file));
    QCOMPARE(cell(rows, keys, column), expected);
}

void TestExport::quotesFreeTextAsRfc4180()
{
    QFile f(QDir(m_export).filePath(QStringLiteral("adverse_events.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // Quoted, the inner quotes doubled, the line break kept inside, CRLF after the record.
    QVERIFY(bytes.contains(QString::fromUtf8("EDGE-1,1,\"头痛, \"\"quoted\"\"\nsecond line\",2024-03-05")
                               .toUtf8()));
    QVERIFY(bytes.startsWith("subject_code,ae_number,term,"));
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    // The failed-criteria and missing-items lists of an incomplete verdict are codes.
    const QList<QStringList> rows = readCsv(QDir(m_export).filePath(QStringLiteral("eligibility.csv")));
    const QStringList missing = cell(rows, {QStringLiteral("EDGE-2")}, QStringLiteral("missing_items"))
                                    .split(QLatin1Char(';'));
    QVERIFY2(missing.contains(QStringLiteral("calcium_mmol_l")), qPrintable(missing.join(';')));
}

void TestExport::writesTheAuditTrailAsStored()
{
    const QList<QStringList> rows = readCsv(QDir(m_export).filePath(QStringLiteral("audit.csv")));
    QList<AuditEntry> entries = AuditLog(m_study->db).entries();
    // The export's own row comes after its snapshot: not in its audit.csv.
    entries.removeIf([](const AuditEntry &e) { return e.action.startsWith(QLatin1String("export_")); });
    QCOMPARE(rows.size(), entries.size() + 1);
    int quoted = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry &e = entries.at(i);
        const QStringList expected{QString::number(e.seq), AuditLog::formatTime(e.atUtc),
                                   e.userName, e.action, e.tableName,
                                   e.recordId ? QString::number(e.recordId) : QString(),
                                   e.subjectCode, e.field, e.oldValue, e.newValue, e.reason,
                                   e.prevHash, e.hash};
        QCOMPARE(rows.at(i + 1), expected);
        quoted += e.newValue.contains(QLatin1Char('"')) ? 1 : 0;
    }
    QVERIFY(quoted > 0);  // the JSON of inserted records went through the quoting
}

void TestExport::auditFileEndsAtItsSnapshotsLastRow()
{
    // audit.csv is read over a second connection, up to the last row of the export's own
    // snapshot. Rows its own connection wrote and has not committed yet (which the second
    // connection cannot see) are in it too: the export writes the file again itself then.
    Transaction t(m_study->db);
    Subject s = fixtures::subject(QStringLiteral("S900"));
    QVERIFY(m_study->store->saveSubject(nurse(), s).ok());
    const QList<AuditEntry> entries = AuditLog(m_study->db).entries();
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("uncommitted"));
    const ExportResult r = Exporter(*m_study->store, monitor()).exportCsv(folder);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QList<QStringList> rows = readCsv(QDir(folder).filePath(QStringLiteral("audit.csv")));
    QCOMPARE(rows.size(), entries.size() + 1);
    QCOMPARE(r.rows.value(QStringLiteral("audit.csv")), qint64(entries.size()));
    QCOMPARE(rows.last().first(), QString::number(entries.last().seq));
    QCOMPARE(rows.last().last(), entries.last().hash);
    QCOMPARE(rows.last().at(6), QStringLiteral("S900"));
    // Not committed: the transaction rolls back.
}

void TestExport::roundTripGivesIdenticalClinicalFiles()
{
    StudyFile target(m_dir.filePath(QStringLiteral("roundtrip.db")));
    QVERIFY(target.ok);
    const ImportReport imported =
        Importer(*target.store, dataManager()).importCsv(m_export);
    QStringList problems;
    for (const ExchangeProblem &p : imported.problems)
        problems << p.toString();
    QVERIFY2(imported.ok(), qPrintable(problems.join('\n') + imported.message));

    const QString again = m_dir.filePath(QStringLiteral("export-again"));
    const ExportResult r = Exporter(*target.store, monitor()).exportCsv(again);
    QVERIFY2(r.ok(), qPrintable(r.message));

    const QMap<QString, QByteArray> first = readFolder(m_export), second = readFolder(again);
    QCOMPARE(second.keys(), first.keys());
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        // The manifest lists audit.csv's hash, so it differs with it.
        if (it.key() == QLatin1String("audit.csv") || it.key() == QLatin1String("manifest.csv"))
            continue;
        QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key() + " differs"));
    }
    // The import is audited as the importing user, with the reason "import".
    const QList<QStringList> audit = readCsv(QDir(again).filePath(QStringLiteral("audit.csv")));
    QCOMPARE(audit.size(), 1 + auditRowsBeforeExports(target.db));
    const qsizetype user = audit.first().indexOf(QStringLiteral("user_name"));
    const qsizetype reason = audit.first().indexOf(QStringLiteral("reason"));
    for (qsizetype i = 1; i < audit.size(); ++i) {
        QCOMPARE(audit.at(i).at(user), dataManager().userName);
        QCOMPARE(audit.at(i).at(reason), QStringLiteral("import"));
    }
}

void TestExport::deviationLogHasTheContractColumns()
{
    const QList<QStringList> rows = readCsv(QDir(m_export).filePath(QStringLiteral("deviations.csv")));
    QVERIFY(rows.size() > 1);
    QCOMPARE(rows.first().mid(0, 6),
             (QStringList{"subject_code", "visit", "kind", "detected_at", "reason",
                          "recorded_by"}));
    // The dictionary names every column with type and both labels, and kind's codes.
    const QList<QStringList> dictionary =
        readCsv(QDir(m_export).filePath(QStringLiteral("dictionary.csv")));
    const QStringList header = dictionary.first();
    int described = 0;
    for (const QStringList &row : dictionary) {
        if (row.at(header.indexOf("file")) != QLatin1String("deviations.csv"))
            continue;
        ++described;
        QVERIFY(!row.at(header.indexOf("type")).isEmpty());
        QVERIFY(!row.at(header.indexOf("label_en")).isEmpty());
        QVERIFY(!row.at(header.indexOf("label_zh")).isEmpty());
        if (row.at(header.indexOf("name")) == QLatin1String("kind"))
            QCOMPARE(row.at(header.indexOf("allowed_values")).split(';'),
                     rules::deviationKinds());
        if (row.at(header.indexOf("name")) == QLatin1String("detected_at"))
            QCOMPARE(row.at(header.indexOf("type")), QStringLiteral("datetime"));
    }
    QCOMPARE(described, int(rows.first().size()));
}

void TestExport::addsByteOrderMarkOnRequest()
{
    const QString folder = m_dir.filePath(QStringLiteral("with-bom"));
    ExportOptions options;
    options.byteOrderMark = true;
    const ExportResult r = Exporter(*m_study->store, monitor()).exportCsv(folder, options);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QMap<QString, QByteArray> withBom = readFolder(folder), without = readFolder(m_export);
    for (auto it = withBom.cbegin(); it != withBom.cend(); ++it) {
        QVERIFY2(it.value().startsWith("\xEF\xBB\xBF"), qPrintable(it.key()));
        if (it.key() != QLatin1String("audit.csv") && it.key() != QLatin1String("manifest.csv"))
            QCOMPARE(it.value().mid(3), without.value(it.key()));
    }
}

void TestExport::refusesAnExistingFolder_data()
{
    QTest::addColumn<bool>("withFile");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("an empty folder is used") << false << true;
    QTest::newRow("a folder with a file is refused") << true << false;
}

void TestExport::refusesAnExistingFolder()
{
    QFETCH(bool, withFile);
    QFETCH(bool, accepted);
    const QString folder = m_dir.filePath(withFile ? QStringLiteral("full") : QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(folder));
    if (withFile) {
        QFile keep(QDir(folder).filePath(QStringLiteral("keep.txt")));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
    }
    const ExportResult r = Exporter(*m_study->store, monitor()).exportCsv(folder);
    QCOMPARE(r.ok(), accepted);
    if (!accepted) {
        QCOMPARE(r.status, ExportResult::Status::TargetExists);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("keep.txt")});
    } else {
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("subjects.csv"))));
    }
}

void TestExport::cancelLeavesNothingBehind()
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("cancelled"));
    Exporter exporter(*m_study->store, monitor());
    int calls = 0;
    exporter.setProgress([&](qint64, qint64) { return ++calls < 5; });
    const ExportResult r = exporter.exportCsv(folder);
    QCOMPARE(r.status, ExportResult::Status::Cancelled);
    QCOMPARE(calls, 5);
    QVERIFY(QDir(parent.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    const ExportResult odm = exporter.exportOdm(parent.filePath(QStringLiteral("study.xml")));
    QCOMPARE(odm.status, ExportResult::Status::Cancelled);
    QVERIFY(QDir(parent.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestExport::reportsProgressUpToTheTotal()
{
    QTemporaryDir parent;
    Exporter exporter(*m_study->store, monitor());
    qint64 last = -1, total = 0;
    bool monotonic = true;
    exporter.setProgress([&](qint64 done, qint64 all) {
        monotonic = monotonic && done >= last;
        last = done;
        total = all;
        return true;
    });
    QVERIFY(exporter.exportCsv(parent.filePath(QStringLiteral("out"))).ok());
    QVERIFY(monotonic);
    QVERIFY(total > 0);
    QCOMPARE(last, total);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
