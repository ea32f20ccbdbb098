// SPDX-License-Identifier: Apache-2.0
// BulkWriter, the import's save path: it keeps StudyStore's guarantees (role, locked casebook,
// validate(), duplicate keys, an audit row per record in the hash chain) without a savepoint
// or a read per record; its rows equal the store's; a failure leaves the caller's transaction
// to roll back everything. And the hand-written audit JSON equals QJsonDocument's byte for byte.
#include "fixtures.h"

#include "storage/auditbatch.h"
#include "storage/auditlog.h"
#include "storage/bulkwriter.h"
#include "storage/row.h"
#include "storage/sqlitestatement.h"
#include "storage/studystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::fixtures;

class TestBulkWriter : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void insertJsonEqualsQJsonDocument_data();
    void insertJsonEqualsQJsonDocument();
    void storageTextsEqualQtFormats();
    void numberTextsEqualQtFormats();
    void statementBindsTextsWhenItRuns();
    void writesWhatTheStoreWrites();
    void keepsTheStoreChecks();
    void rollbackLeavesNothing();
    void storeSavesBetweenFlushesKeepTheChain();

private:
    ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StudyStore> m_store;
};

void TestBulkWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(trialcrf::fixtures::studyAt(m_dir->filePath(QStringLiteral("study.db")))));
    m_store = std::make_unique<StudyStore>(*m_db, Protocol::builtIn(), m_clock.clock());
}

void TestBulkWriter::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestBulkWriter::insertJsonEqualsQJsonDocument_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("plain text");
    QTest::newRow("quotes and backslash") << QStringLiteral("say \"hi\" \\ or / not");
    QTest::newRow("control characters")
        << QString::fromUtf8("a\x01" "b\x1f" "c\b\f\n\r\t" "d\x7f" "e");
    QTest::newRow("chinese") << QStringLiteral("头皮红斑，轻度瘙痒");
    QTest::newRow("surrogate pair") << QString::fromUtf8("\xF0\x9F\x98\x80 smile");
    QTest::newRow("lone surrogate") << (QStringLiteral("x") + QChar(0xD800) + QStringLiteral("y"));
    QTest::newRow("lone low surrogate") << (QStringLiteral("x") + QChar(0xDC00) + QStringLiteral("y"));
    QTest::newRow("high surrogate last") << (QStringLiteral("xy") + QChar(0xDBFF));
    QTest::newRow("two high surrogates")
        << (QStringLiteral("a") + QChar(0xD83D) + QString::fromUtf8("\xF0\x9F\x98\x80") + QStringLiteral("b"));
    QTest::newRow("escapes back to back") << QStringLiteral("\"\"\\\n\t");
    QTest::newRow("one character") << QStringLiteral("x");
}

void TestBulkWriter::insertJsonEqualsQJsonDocument()
{
    QFETCH(QString, text);
    Row row;
    row.text(QStringLiteral("term"), text)
        .integer(QStringLiteral("ae_number"), 3)
        .real(QStringLiteral("bsa_pct"), 12.5)
        .yesNo(QStringLiteral("serious"), false)
        .date(QStringLiteral("onset_date"), QDate(2024, 5, 2))
        .text(QStringLiteral("empty"), QString())
        .auditOnly(QStringLiteral("children"),
                   Row::jsonArray({Row().text(QStringLiteral("b"), text).insertJson(),
                                   Row().insertJson()}));
    QJsonObject child;
    child.insert(QStringLiteral("b"), text);
    QJsonObject o;
    o.insert(QStringLiteral("term"), text);
    o.insert(QStringLiteral("ae_number"), QStringLiteral("3"));
    o.insert(QStringLiteral("bsa_pct"), QStringLiteral("12.5"));
    o.insert(QStringLiteral("serious"), QStringLiteral("no"));
    o.insert(QStringLiteral("onset_date"), QStringLiteral("2024-05-02"));
    o.insert(QStringLiteral("children"), QJsonArray{child, QJsonObject()});
    QCOMPARE(row.insertJson(),
             QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

void TestBulkWriter::storageTextsEqualQtFormats()
{
    // The hand-written storage texts are what Qt's formatters write, for every day of four
    // centuries' edges, every minute of a day, and timestamps with each field at its limits.
    for (const QDate &from : {QDate(1, 1, 1), QDate(1899, 12, 1), QDate(1999, 12, 1),
                              QDate(2024, 2, 1), QDate(9999, 11, 1)}) {
        for (int i = 0; i < 62; ++i) {
            const QDate d = from.addDays(i);
            if (d.isValid())
                QCOMPARE(Row::dateText(d), d.toString(Qt::ISODate));
        }
    }
    QCOMPARE(Row::dateText(QDate()), QString());
    for (int minute = 0; minute < 24 * 60; ++minute) {
        const QTime t(minute / 60, minute % 60, 59, 999);
        QCOMPARE(Row::timeText(t), t.toString(QStringLiteral("HH:mm")));
    }
    QCOMPARE(Row::timeText(QTime()), QString());
    for (const QDateTime &dt :
         {QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC),
          QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
          QDateTime(QDate(2026, 11, 26), QTime(8, 5, 3, 7), Qt::UTC),
          QDateTime(QDate(2026, 11, 27), QTime(1, 30), QTimeZone(8 * 3600)),  // → UTC
          QDateTime(QDate(2026, 6, 1), QTime(12, 0, 0, 40), Qt::LocalTime),
          QDateTime()}) {
        QCOMPARE(Row::timestampText(dt), dt.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(AuditLog::formatTime(dt), dt.toUTC().toString(Qt::ISODateWithMs));
    }
}

void TestBulkWriter::numberTextsEqualQtFormats()
{
    // The hand-written number texts are QString::number's: decimals with 0 to 12 places at
    // every magnitude around the fast path's edges (1e-4, 1e15), values that are no short
    // decimal (thirds, random bit patterns), and the special values.
    QRandomGenerator random(20261127);
    QList<double> values{0.0,    -0.0,     1e-4,    -1e-4,   0.99999e-4, 1e15,   1e15 - 1,
                         1e15 + 2, 999999999999999.0, 0.1 + 0.2, 1.0 / 3.0,  63.5, 36.7,
                         120000000.0, 2e8,  1e22,    5e-324,  1.7976931348623157e308,
                         std::numeric_limits<double>::infinity(),
                         -std::numeric_limits<double>::infinity(),
                         std::numeric_limits<double>::quiet_NaN()};
    for (int i = 0; i < 200000; ++i) {
        const int places = random.bounded(13);
        const qint64 digits = qint64(random.generate64() % 10000000000000000ULL)
                              / qint64(std::pow(10.0, random.bounded(16)));
        const QString text = QString::number(digits / qint64(std::pow(10.0, places)))
                             + QLatin1Char('.')
                             + QString::number(digits % qint64(std::pow(10.0, places)))
                                   .rightJustified(places, QLatin1Char('0'));
        const double v = (i % 2 ? -1 : 1) * text.toDouble();
        values << v << v * 1e-6 << std::nextafter(v, 1e300);
        quint64 bits = random.generate64();
        double any;
        std::memcpy(&any, &bits, sizeof any);
        values << any;
    }
    for (const double v : std::as_const(values)) {
        const QString expected = QString::number(v, 'g', 15);
        if (Row::realText(v) != expected)
            QFAIL(qPrintable(QStringLiteral("%1: %2, Qt writes %3")
                                 .arg(QString::number(v, 'g', 17), Row::realText(v), expected)));
    }
    for (const qint64 v : {qint64(0), qint64(7), qint64(-7), qint64(10), qint64(1234567890123),
                           std::numeric_limits<qint64>::max(),
                           std::numeric_limits<qint64>::min()})
        QCOMPARE(Row::integerText(v), QString::number(v));
    for (int i = 0; i < 100000; ++i) {
        const qint64 v = qint64(random.generate64()) >> random.bounded(64);
        QCOMPARE(Row::integerText(v), QString::number(v));
    }
}

void TestBulkWriter::statementBindsTextsWhenItRuns()
{
    // Texts are encoded into the statement's arena and bound when it runs: what is stored is
    // what was bound last for each parameter, across reuses of the statement.
    const bool server = m_db->isServer();  // typed columns there, no typeof() or rowid
    QVERIFY(SqliteStatement(*m_db, server ? QStringLiteral("CREATE TEMP TABLE t (id BIGINT"
                                                           " GENERATED ALWAYS AS IDENTITY,"
                                                           " a TEXT, b TEXT, c TEXT)")
                                          : QStringLiteral("CREATE TEMP TABLE t (a, b, c)"))
                .run());
    SqliteStatement insert(*m_db, QStringLiteral("INSERT INTO t (a, b, c) VALUES (?, ?, ?)"));
    QVERIFY(insert.isPrepared());
    insert.bindUtf16(1, u"first");
    insert.bindUtf16(2, u"头皮红斑");
    insert.bindUtf16(3, u"");
    QVERIFY(insert.run());
    insert.bindUtf16(1, u"replaced by a number");
    insert.bindInteger(1, 42);
    insert.bindUtf16(2, u"old");
    insert.bindUtf16(2, u"new, \"quoted\"");
    insert.bindNull(3);
    QVERIFY(insert.run());
    SqliteStatement read(*m_db, server ? QStringLiteral("SELECT a, b, c, 'text',"
                                                        " CASE WHEN c IS NULL THEN 'null'"
                                                        " ELSE 'text' END FROM t ORDER BY id")
                                       : QStringLiteral("SELECT a, b, c, typeof(a), typeof(c)"
                                                        " FROM t ORDER BY rowid"));
    QVERIFY(read.next());
    QCOMPARE(read.bytes(0), QByteArray("first"));
    QCOMPARE(QString::fromUtf8(read.bytes(1)), QStringLiteral("头皮红斑"));
    QCOMPARE(read.bytes(4), QByteArray("text"));  // empty text, not NULL
    QVERIFY(read.next());
    QCOMPARE(read.integer(0), 42);
    if (!server)
        QCOMPARE(read.bytes(3), QByteArray("integer"));
    QCOMPARE(read.bytes(1), QByteArray("new, \"quoted\""));
    QVERIFY(read.isNull(2));
    QVERIFY(!read.next());
}

void TestBulkWriter::writesWhatTheStoreWrites()
{
    // The same records through the store and through the bulk path give the same rows and
    // the same audit JSON (only ids differ: S002's records come second).
    const Session dm = dataManager().importing();
    Subject a = subject(QStringLiteral("S001"));
    QVERIFY(m_store->saveSubject(dm, a, QStringLiteral("import")).ok());
    QVERIFY(enrol(*m_store, a.id, dm).ok());
    Infusion ia = infusion(a.id);
    QVERIFY(m_store->saveInfusion(dm, ia, QStringLiteral("import")).ok());

    Subject b = subject(QStringLiteral("S002"));
    b.status = QStringLiteral("screening");  // the bulk path writes what its caller planned
    Infusion ib = infusion(0);
    {
        Transaction t(*m_db);
        BulkWriter writer(*m_store);
        QVERIFY(writer.addSubject(dm, b, QStringLiteral("import")).ok());
        BulkSubject enrolled = BulkSubject::of(b);
        enrolled.consentSigned = true;
        enrolled.confirmedVerdict = QStringLiteral("eligible");
        const SaveResult r = writer.addInfusion(dm, enrolled, ib, QStringLiteral("import"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        const SaveResult finished = writer.finish();
        QVERIFY2(finished.ok(), qPrintable(finished.message));
        QVERIFY(t.commit());
    }
    QCOMPARE(ib.version, 1);
    QCOMPARE(ib.subjectId, b.id);

    const std::optional<Casebook> bookA = m_store->loadCasebook(dm, a.id);
    const std::optional<Casebook> bookB = m_store->loadCasebook(dm, b.id);
    QVERIFY(bookA && bookB);
    QCOMPARE(bookB->infusions.size(), 1);
    QCOMPARE(bookB->infusions.first().vitals.size(), bookA->infusions.first().vitals.size());
    QCOMPARE(bookB->infusions.first().lotNumber, bookA->infusions.first().lotNumber);

    // The subjects' and infusions' inserts (A's enrolment writes consent and eligibility too).
    QList<AuditEntry> entries = AuditLog(*m_db).entries();
    entries.removeIf([](const AuditEntry &e) {
        return e.action != QLatin1String("insert")
               || (e.tableName != QLatin1String("subjects")
                   && e.tableName != QLatin1String("infusions"));
    });
    QCOMPARE(entries.size(), 4);
    const auto withoutIds = [](QString json) {
        json.remove(QRegularExpression(QStringLiteral("\"subject_id\":\"\\d+\",?")));
        return json.replace(QStringLiteral("S002"), QStringLiteral("S001"));
    };
    QCOMPARE(withoutIds(entries.at(2).newValue), withoutIds(entries.at(0).newValue));
    QCOMPARE(withoutIds(entries.at(3).newValue), withoutIds(entries.at(1).newValue));
    QCOMPARE(entries.at(3).tableName, QStringLiteral("infusions"));
    QCOMPARE(entries.at(3).reason, QStringLiteral("import"));
    QString problem;
    QVERIFY2(!AuditLog(*m_db).firstBrokenRow(&problem), qPrintable(problem));
}

void TestBulkWriter::keepsTheStoreChecks()
{
    Transaction t(*m_db);
    BulkWriter writer(*m_store);
    // Role: a monitor may not write; a nurse may not judge causality.
    Subject s = subject();
    QCOMPARE(writer.addSubject(monitor(), s).status, SaveResult::Status::Denied);
    QVERIFY(writer.addSubject(nurse(), s).ok());
    AdverseEvent ae = adverseEvent(0);
    ae.relatedness = QStringLiteral("possible");
    QCOMPARE(writer.addAdverseEvent(nurse(), BulkSubject::of(s), ae).status,
             SaveResult::Status::Denied);
    // A duplicate key is a Conflict (on a server when its COPY is sent: at finish() here).
    Subject twin = subject();
    const SaveResult duplicate = writer.addSubject(nurse(), twin);
    QCOMPARE(duplicate.status,
             m_db->isServer() ? SaveResult::Status::Saved : SaveResult::Status::Conflict);
    // validate(): an out-of-range score is Invalid with the field named.
    PasiAssessment a = pasi(0);
    a.regions[0].area = 7;
    const SaveResult invalid = writer.addPasi(physician(), BulkSubject::of(s), a);
    QCOMPARE(invalid.status, SaveResult::Status::Invalid);
    QVERIFY(hasError(invalid.errors, QStringLiteral("head_area")));
    // A locked casebook, a subject that does not exist, a record that is not new.
    BulkSubject locked = BulkSubject::of(s);
    locked.locked = true;
    PasiAssessment good = pasi(0);
    QCOMPARE(writer.addPasi(physician(), locked, good).status, SaveResult::Status::Locked);
    QCOMPARE(writer.addPasi(physician(), BulkSubject(), good).status, SaveResult::Status::Invalid);
    good.id = 99;
    QVERIFY(!writer.addPasi(physician(), BulkSubject::of(s), good).ok());
    if (m_db->isServer()) {
        const SaveResult sent = writer.finish();
        QVERIFY2(sent.status == SaveResult::Status::Conflict, qPrintable(sent.message));
        QVERIFY2(sent.message.contains(QStringLiteral("COPY subjects")), qPrintable(sent.message));
    }
}

void TestBulkWriter::rollbackLeavesNothing()
{
    const qint64 before = AuditLog(*m_db).count();
    {
        Transaction t(*m_db);
        BulkWriter writer(*m_store);
        for (int i = 1; i <= 150; ++i) {  // more than one audit batch
            Subject s = subject(QStringLiteral("S%1").arg(i, 3, 10, QLatin1Char('0')));
            QVERIFY(writer.addSubject(nurse(), s).ok());
        }
        QVERIFY(writer.finish().ok());
        // No commit: the transaction rolls back.
    }
    QCOMPARE(m_store->subjectCount(), 0);
    QCOMPARE(AuditLog(*m_db).count(), before);
    // The chain continues from what is stored, not from the rolled-back rows.
    Subject s = subject();
    QVERIFY(m_store->saveSubject(nurse(), s).ok());
    QString problem;
    QVERIFY2(!AuditLog(*m_db).firstBrokenRow(&problem), qPrintable(problem));
    QCOMPARE(AuditLog(*m_db).entries().last().seq, before + 1);
}

void TestBulkWriter::storeSavesBetweenFlushesKeepTheChain()
{
    // The demo's pattern: new records through the bulk writer, a status change through the
    // store after finish(), more new records, in one transaction. Each audit row chains on
    // from the one before it, whichever path wrote it, with batches full and partial.
    const Session dm = dataManager().importing();
    {
        Transaction t(*m_db);
        BulkWriter writer(*m_store);
        for (int n = 1; n <= 3; ++n) {
            const int records = n == 2 ? 2 * AuditBatch::kRows + 5 : 3;
            QList<Subject> added;
            for (int i = 0; i < records; ++i) {
                Subject s = subject(
                    QStringLiteral("S%1-%2").arg(n).arg(i, 3, 10, QLatin1Char('0')));
                const SaveResult r = writer.addSubject(dm, s, QStringLiteral("import"));
                QVERIFY2(r.ok(), qPrintable(r.message));
                added << s;
            }
            QVERIFY(writer.finish().ok());
            Subject &changed = added.first();
            changed.status = QStringLiteral("withdrawn");
            const SaveResult r = m_store->saveSubject(dm, changed, QStringLiteral("withdrew"));
            QVERIFY2(r.ok(), qPrintable(r.message));
        }
        const SaveResult finished = writer.finish();
        QVERIFY2(finished.ok(), qPrintable(finished.message));
        QVERIFY(t.commit());
    }
    QString problem;
    QVERIFY2(!AuditLog(*m_db).firstBrokenRow(&problem), qPrintable(problem));
    const QList<AuditEntry> entries = AuditLog(*m_db).entries();
    for (qsizetype i = 1; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).seq, entries.at(i - 1).seq + 1);
        QCOMPARE(entries.at(i).prevHash, entries.at(i - 1).hash);
    }
}

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "tst_bulkwriter.moc"
