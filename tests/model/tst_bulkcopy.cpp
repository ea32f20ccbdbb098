// SPDX-License-Identifier: Apache-2.0
// The bulk import's rows on both backends, and on a PostgreSQL server its COPY (CopySink,
// PgCopy): every value is escaped so that it reads back bit for bit (64-bit integers, extreme
// doubles, tab, newline, backslash, "\N" as text, Chinese, the empty text apart from NULL); a
// row the database refuses after earlier batches were sent leaves nothing, through the bulk
// writer and through a whole import; and the export streamed through cursors reads what was
// imported.
#include "tst_exportfixtures.h"

#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "storage/bulkwriter.h"
#include "storage/copysink.h"
#include "storage/pgcopy.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::exchangefixtures;

namespace {

quint64 bits(double d)
{
    quint64 b = 0;
    std::memcpy(&b, &d, sizeof d);
    return b;
}

/// Texts COPY must escape or pass through, with the empty text and NULL (a null QString).
QStringList awkwardTexts()
{
    return {QStringLiteral(""),
            QString(),
            QStringLiteral("tab\there"),
            QStringLiteral("line\nnext\r\nwindows"),
            QStringLiteral("back\\slash \\\\ two"),
            QStringLiteral("\\N"),
            QStringLiteral("\\."),
            QStringLiteral("头痛，发热。第二行\n\t缩进 \\ 反斜杠"),
            QStringLiteral("'quoted' \"double\" ; DROP TABLE subjects;--"),
            QStringLiteral("\t\n\\")};
}

QList<double> extremeDoubles()
{
    using L = std::numeric_limits<double>;
    return {0.0, -0.0, 0.1, 1.0 / 3.0, -2.5e-7, L::max(), L::lowest(), L::min(),
            L::denorm_min(), -L::denorm_min(), L::epsilon(), 123456789.123456789, 1e308,
            L::infinity(), -L::infinity(), L::quiet_NaN()};
}

QList<qint64> extremeIntegers()
{
    return {0, 1, -1, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(),
            9007199254740993LL /* 2^53 + 1: not a double */};
}

/// Adds a trigger that refuses a subject of this code, as the database's own constraint would.
bool refuseSubjectCode(const Database &db, const QString &code)
{
    QSqlQuery q(db.connection());
    if (!db.isServer())
        return q.exec(QStringLiteral("CREATE TRIGGER refuse_probe BEFORE INSERT ON subjects"
                                     " WHEN NEW.code = '%1' BEGIN SELECT RAISE(ABORT,"
                                     " 'refused by the test'); END")
                          .arg(code));
    // The product's login may not create functions or triggers: the owner does (execPortable).
    return fixtures::execPortable(
               q, QStringLiteral("CREATE FUNCTION refuse_probe() RETURNS trigger LANGUAGE plpgsql"
                                 " AS $$ BEGIN IF NEW.code = '%1' THEN RAISE EXCEPTION"
                                 " 'refused by the test'; END IF; RETURN NEW; END $$")
                      .arg(code))
        && fixtures::execPortable(q, QStringLiteral("CREATE TRIGGER refuse_probe BEFORE INSERT ON"
                                                    " subjects FOR EACH ROW EXECUTE FUNCTION"
                                                    " refuse_probe()"));
}

}  // namespace

class TestBulkCopy : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void encodesCopyText();
    void copyReadsBackBitForBit();
    void copyRefusesNul();
    void bulkTextsReadBack();
    void refusedRowMidwayLeavesNothing();
    void refusedRowFailsTheWholeImport();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StudyFile> m_study;
};

void TestBulkCopy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_study = std::make_unique<StudyFile>(m_dir->filePath(QStringLiteral("study.db")));
    QVERIFY(m_study->ok);
}

void TestBulkCopy::cleanup()
{
    m_study.reset();
    m_dir.reset();
}

void TestBulkCopy::encodesCopyText()
{
    // COPY's text format, whatever the backend: the escapes PostgreSQL reads back.
    QCOMPARE(CopyRows::encode(QVariant()), QByteArray("\\N"));
    QCOMPARE(CopyRows::encode(QString()), QByteArray(""));  // a QString, even null: text
    QCOMPARE(CopyRows::encode(QStringLiteral("")), QByteArray(""));
    QCOMPARE(CopyRows::encode(QStringLiteral("a\tb\nc\rd\\e")), QByteArray("a\\tb\\nc\\rd\\\\e"));
    QCOMPARE(CopyRows::encode(QStringLiteral("\\N")), QByteArray("\\\\N"));
    QCOMPARE(CopyRows::encode(QStringLiteral("头痛")), QStringLiteral("头痛").toUtf8());
    QCOMPARE(CopyRows::encode(true), QByteArray("1"));
    QCOMPARE(CopyRows::encode(false), QByteArray("0"));
    QCOMPARE(CopyRows::encode(std::numeric_limits<qint64>::min()),
             QByteArray("-9223372036854775808"));
    QCOMPARE(CopyRows::encode(0.1), QByteArray("0.1"));
    QCOMPARE(CopyRows::encode(-0.0), QByteArray("-0"));
    QCOMPARE(CopyRows::encode(std::numeric_limits<double>::infinity()), QByteArray("Infinity"));
    QCOMPARE(CopyRows::encode(std::numeric_limits<double>::quiet_NaN()), QByteArray("NaN"));
    // Every double's text reads back to the same bits.
    for (const double d : extremeDoubles()) {
        if (std::isnan(d) || std::isinf(d))
            continue;
        const double back = std::strtod(CopyRows::encode(d).constData(), nullptr);
        QCOMPARE(bits(back), bits(d));
    }
    CopyRows rows(QStringLiteral("t"), {QStringLiteral("a"), QStringLiteral("b")});
    rows.addInteger(1);
    rows.addNull();
    rows.endRow();
    rows.addText(QStringLiteral("x"));
    rows.addText(QStringLiteral(""));
    rows.endRow();
    QCOMPARE(rows.data(), QByteArray("1\t\\N\nx\t\n"));
    QCOMPARE(rows.rows(), qint64(2));
    QCOMPARE(rows.copySql(), QStringLiteral("COPY t (a, b) FROM STDIN"));
}

void TestBulkCopy::copyReadsBackBitForBit()
{
    if (!m_study->db.isServer())
        QSKIP("COPY is a PostgreSQL server's bulk path (SQLite binds values in place)");
    const Database &db = m_study->db;
    Transaction t(db);
    QVERIFY(t.isActive());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE copy_probe (ord BIGINT, n BIGINT,"
                                  " d DOUBLE PRECISION, s TEXT)")));
    const QList<qint64> ints = extremeIntegers();
    const QList<double> doubles = extremeDoubles();
    const QStringList texts = awkwardTexts();
    const qsizetype n = qMax(ints.size(), qMax(doubles.size(), texts.size()));
    CopyRows rows(QStringLiteral("copy_probe"), {QStringLiteral("ord"), QStringLiteral("n"),
                                                 QStringLiteral("d"), QStringLiteral("s")});
    for (qsizetype i = 0; i < n; ++i) {
        rows.addInteger(i);
        rows.addInteger(ints.value(i % ints.size()));
        rows.addReal(doubles.value(i % doubles.size()));
        const QString &s = texts.at(i % texts.size());
        if (s.isNull())
            rows.addNull();
        else
            rows.addText(s);
        rows.endRow();
    }
    QString error;
    QVERIFY2(PgCopy::send(db, rows, &error), qPrintable(error));

    QVERIFY(q.exec(QStringLiteral("SELECT n, d, s, d::text FROM copy_probe ORDER BY ord")));
    for (qsizetype i = 0; i < n; ++i) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), ints.value(i % ints.size()));
        const double d = doubles.value(i % doubles.size());
        const double back = q.value(1).toDouble();
        if (std::isnan(d))
            QVERIFY2(std::isnan(back), qPrintable(q.value(3).toString()));
        else
            QVERIFY2(bits(back) == bits(d),
                     qPrintable(QStringLiteral("%1 came back as %2 (%3)")
                                    .arg(d, 0, 'g', 17)
                                    .arg(back, 0, 'g', 17)
                                    .arg(q.value(3).toString())));
        const QString &s = texts.at(i % texts.size());
        QCOMPARE(q.value(2).isNull(), s.isNull());
        QCOMPARE(q.value(2).toString(), s);
    }
    QVERIFY(!q.next());
}

void TestBulkCopy::copyRefusesNul()
{
    CopyRows rows(QStringLiteral("subjects"), {QStringLiteral("code")});
    rows.addText(QString(QStringLiteral("S0") + QChar(0) + QStringLiteral("1")));
    rows.endRow();
    QVERIFY(rows.hasNul());
    if (!m_study->db.isServer())
        return;
    QString error;
    QVERIFY(!PgCopy::send(m_study->db, rows, &error));
    QVERIFY2(error.contains(QStringLiteral("NUL")), qPrintable(error));
}

void TestBulkCopy::bulkTextsReadBack()
{
    // Through the bulk writer (COPY on a server, statements on SQLite): the texts as typed.
    StudyStore &store = *m_study->store;
    const Session dm = dataManager().importing();
    Subject s = subject(QStringLiteral("S001"));
    QList<AdverseEvent> events;
    {
        Transaction t(m_study->db);
        BulkWriter writer(store);
        QVERIFY(writer.addSubject(dm, s, Importer::auditReason()).ok());
        int number = 0;
        for (const QString &text : awkwardTexts()) {
            if (text.trimmed().isEmpty())
                continue;  // a term is required
            AdverseEvent ae = adverseEvent(0, ++number);
            ae.term = text;
            const SaveResult r =
                writer.addAdverseEvent(dm, BulkSubject::of(s), ae, Importer::auditReason());
            QVERIFY2(r.ok(), qPrintable(r.message + QString::fromUtf8(describe(r.errors))));
            events << ae;
        }
        QVERIFY(writer.finish().ok());
        QVERIFY(t.commit());
    }
    const std::optional<Casebook> book = store.loadCasebook(dm, s.id);
    QVERIFY(book);
    QCOMPARE(book->adverseEvents.size(), events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        QCOMPARE(book->adverseEvents.at(i).term, events.at(i).term);
        QCOMPARE(book->adverseEvents.at(i).id, events.at(i).id);
    }
    // The audit rows chain on, and a single save afterwards gets a free id.
    QString problem;
    QVERIFY2(!AuditLog(m_study->db).firstBrokenRow(&problem), qPrintable(problem));
    Subject next = subject(QStringLiteral("S002"));
    QVERIFY(store.saveSubject(dm, next, QStringLiteral("import")).ok());
    QVERIFY(next.id > s.id);
}

void TestBulkCopy::refusedRowMidwayLeavesNothing()
{
    // More subjects than one COPY batch holds: the refused one comes after the first batch
    // was sent (on a server), yet nothing of the transaction stays.
    const Database &db = m_study->db;
    StudyStore &store = *m_study->store;
    const QString refused = QStringLiteral("S09000");
    QVERIFY(refuseSubjectCode(db, refused));
    const qint64 auditBefore = auditRows(db);
    constexpr int kSubjects = 12000;
    int failedAt = 0;
    SaveResult failure;
    {
        Transaction t(db);
        BulkWriter writer(store);
        for (int i = 1; i <= kSubjects && failedAt == 0; ++i) {
            Subject s = subject(QStringLiteral("S%1").arg(i, 5, 10, QLatin1Char('0')));
            failure = writer.addSubject(nurse(), s);
            if (!failure.ok())
                failedAt = i;
        }
        if (failedAt == 0) {
            failure = writer.finish();
            QVERIFY(!failure.ok());
        }
        QVERIFY2(failure.message.contains(QStringLiteral("refused by the test")),
                 qPrintable(failure.message));
        if (db.isServer()) {
            // Refused when its batch was sent, with the COPY line that held it.
            QVERIFY(failedAt == 0 || failedAt > 9000);
            QVERIFY2(failure.message.contains(QStringLiteral("COPY subjects")),
                     qPrintable(failure.message));
            // Every later add is refused too, until the caller rolls back.
            Subject late = subject(QStringLiteral("LATE"));
            QVERIFY(!writer.addSubject(nurse(), late).ok());
        } else {
            QCOMPARE(failedAt, 9000);
        }
    }  // no commit: rolled back
    QCOMPARE(store.subjectCount(), 0);
    QCOMPARE(auditRows(db), auditBefore);
    Subject after = subject(QStringLiteral("S00001"));
    QVERIFY(store.saveSubject(nurse(), after).ok());
    QString problem;
    QVERIFY2(!AuditLog(db).firstBrokenRow(&problem), qPrintable(problem));
    QCOMPARE(auditRows(db), auditBefore + 1);
}

void TestBulkCopy::refusedRowFailsTheWholeImport()
{
    // A whole import (20 demo subjects and the edge cases) whose last subject the database
    // refuses: nothing of it is written, on both backends.
    StudyFile source(m_dir->filePath(QStringLiteral("source.db")));
    QVERIFY(source.ok);
    const QString problem = fillStudy(source, 20);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString folder = m_dir->filePath(QStringLiteral("export"));
    const ExportResult exported = Exporter(*source.store, monitor()).exportCsv(folder);
    QVERIFY2(exported.ok(), qPrintable(exported.message));

    QVERIFY(refuseSubjectCode(m_study->db, QStringLiteral("EDGE-2")));
    const ImportReport r = Importer(*m_study->store, dataManager()).importCsv(folder);
    QVERIFY(!r.ok());
    QCOMPARE(m_study->store->subjectCount(), 0);
    QCOMPARE(auditRows(m_study->db), qint64(0));

    // Without the refusal the same folder imports, and the export streamed back out of the
    // imported study (cursors on a server) holds the same clinical files.
    QSqlQuery drop(m_study->db.connection());
    QVERIFY(fixtures::execPortable(drop, QStringLiteral("DROP TRIGGER refuse_probe")));
    const ImportReport ok = Importer(*m_study->store, dataManager()).importCsv(folder);
    QVERIFY2(ok.ok(), qPrintable(ok.message + (ok.problems.isEmpty()
                                                    ? QString()
                                                    : ok.problems.first().text())));
    QCOMPARE(m_study->store->subjectCount(), source.store->subjectCount());
    const QString again = m_dir->filePath(QStringLiteral("again"));
    const ExportResult reexported = Exporter(*m_study->store, monitor()).exportCsv(again);
    QVERIFY2(reexported.ok(), qPrintable(reexported.message));
    // Row for row (updated_by and updated_at are the importer's, so the bytes differ).
    for (const QString &file : Importer::fileNames()) {
        const QList<QStringList> was = readCsv(QDir(folder).filePath(file));
        const QList<QStringList> is = readCsv(QDir(again).filePath(file));
        QCOMPARE(is.size(), was.size());
        if (!was.isEmpty())
            QCOMPARE(is.first(), was.first());  // the same columns
    }
}

QTEST_GUILESS_MAIN(TestBulkCopy)
#include "tst_bulkcopy.moc"
