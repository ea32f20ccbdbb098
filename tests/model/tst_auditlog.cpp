// SPDX-License-Identifier: Apache-2.0
// The audit trail: the hash chain, append-only triggers, tamper detection, filters.
#include "fixtures.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace trialcrf;
using namespace trialcrf::fixtures;

class TestAuditLog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appendLinksEachRowToThePrevious();
    void timestampsAreIsoUtcWithMilliseconds();
    void canonicalFormIsPinned();
    void updateIsRefusedByTrigger();
    void deleteIsRefusedByTrigger();
    void soundChainHasNoBrokenRow();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void filtersUseEveryCriterion();
    void rolledBackAppendLeavesNoGapInTheChain();
    void anchorFollowsEveryCommittedAppend();
    void deletedLastRowsAreDetected_data();
    void deletedLastRowsAreDetected();
    void upgradeFillsTheAnchorOfAnOlderDatabase();

private:
    AuditEntry entry(const QString &user, const QString &subject, const QString &field,
                     const QString &oldValue, const QString &newValue) const;
    void appendFive();

    QTemporaryDir m_dir;
    Database m_db;
    ManualClock m_clock;
};

void TestAuditLog::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_db.open(trialcrf::fixtures::studyAt(m_dir.filePath(QStringLiteral("audit.db")))), qPrintable(m_db.errorString()));
}

void TestAuditLog::cleanup()
{
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("audit.db")));
}

AuditEntry TestAuditLog::entry(const QString &user, const QString &subject, const QString &field,
                               const QString &oldValue, const QString &newValue) const
{
    AuditEntry e;
    e.userName = user;
    e.action = QStringLiteral("update");
    e.tableName = QStringLiteral("infusions");
    e.recordId = 7;
    e.subjectCode = subject;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.reason = QStringLiteral("transcription error");
    return e;
}

void TestAuditLog::appendFive()
{
    AuditLog log(m_db, m_clock.clock());
    QString error;
    const QStringList subjects{"S001", "S002", "S001", "S003", "S001"};
    for (int i = 0; i < subjects.size(); ++i) {
        m_clock.now = QDateTime(QDate(2024, 6, 1 + i), QTime(8, 0, 0, 123), Qt::UTC);
        QVERIFY2(log.append(entry(i % 2 ? QStringLiteral("dr.chen") : QStringLiteral("nurse.li"),
                                  subjects.at(i), QStringLiteral("weight_kg"),
                                  QString::number(60 + i), QString::number(61 + i)),
                            &error),
                 qPrintable(error));
    }
}

void TestAuditLog::appendLinksEachRowToThePrevious()
{
    appendFive();
    AuditLog log(m_db);
    const QList<AuditEntry> rows = log.entries();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(log.count(), 5);
    QString prev(64, QLatin1Char('0'));
    for (int i = 0; i < rows.size(); ++i) {
        const AuditEntry &e = rows.at(i);
        QCOMPARE(e.seq, qint64(i + 1));
        QCOMPARE(e.prevHash, prev);
        QCOMPARE(e.hash.size(), 64);
        QCOMPARE(e.hash, AuditLog::computeHash(e));
        QCOMPARE(e.oldValue, QString::number(60 + i));
        QCOMPARE(e.newValue, QString::number(61 + i));
        QCOMPARE(e.reason, QStringLiteral("transcription error"));
        prev = e.hash;
    }
    // The hash covers the content: change one character and it differs.
    AuditEntry changed = rows.at(2);
    changed.newValue = QStringLiteral("99");
    QVERIFY(AuditLog::computeHash(changed) != rows.at(2).hash);
}

void TestAuditLog::timestampsAreIsoUtcWithMilliseconds()
{
    appendFive();
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT at_utc FROM audit_log ORDER BY seq")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2024-06-01T08:00:00.123Z"));
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    while (q.next())
        QVERIFY(iso.match(q.value(0).toString()).hasMatch());
}

void TestAuditLog::canonicalFormIsPinned()
{
    AuditEntry e;
    e.seq = 12;
    e.atUtc = QDateTime(QDate(2024, 6, 1), QTime(8, 0, 0, 5), Qt::UTC);
    e.userName = QStringLiteral("李护士");
    e.action = QStringLiteral("update");
    e.tableName = QStringLiteral("subjects");
    e.recordId = 3;
    e.subjectCode = QStringLiteral("S001");
    e.field = QStringLiteral("initials");
    e.oldValue = QStringLiteral("AB");
    e.newValue = QString();
    e.reason = QStringLiteral("typo");
    // Length-prefixed UTF-8 fields: no separator inside a value can shift a boundary.
    QCOMPARE(AuditLog::canonical(e),
             QByteArray("2:1224:2024-06-01T08:00:00.005Z9:\xe6\x9d\x8e\xe6\x8a\xa4\xe5\xa3\xab"
                        "6:update8:subjects1:34:S0018:initials2:AB0:4:typo"));
    e.prevHash = QString(64, QLatin1Char('0'));
    QCOMPARE(AuditLog::computeHash(e),
             QString::fromLatin1(QCryptographicHash::hash(QByteArray(AuditLog::canonical(e)
                                                                          + e.prevHash.toLatin1()),
                                                          QCryptographicHash::Sha256)
                                     .toHex()));
}

void TestAuditLog::updateIsRefusedByTrigger()
{
    appendFive();
    // The trigger refuses even the owner (on a server the app's own login is refused before
    // that, by its grants: tst_serverroles).
    Database owner;
    owner.allowSuperuser(true);
    QVERIFY(owner.open(ownerOf(m_db.location()), Database::OpenMode::ExistingOnly));
    QSqlQuery q(owner.connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET new_value = 'x' WHERE seq = 2")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("audit_log is append-only")),
             qPrintable(q.lastError().text()));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT new_value FROM audit_log WHERE seq = 2")).toString(),
             QStringLiteral("62"));
}

void TestAuditLog::deleteIsRefusedByTrigger()
{
    appendFive();
    Database owner;
    owner.allowSuperuser(true);
    QVERIFY(owner.open(ownerOf(m_db.location()), Database::OpenMode::ExistingOnly));
    QSqlQuery q(owner.connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("audit_log is append-only")),
             qPrintable(q.lastError().text()));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 5);
}

void TestAuditLog::soundChainHasNoBrokenRow()
{
    AuditLog log(m_db);
    QString problem;
    QCOMPARE(log.firstBrokenRow(&problem), std::optional<qint64>());  // empty log
    appendFive();
    QCOMPARE(log.firstBrokenRow(&problem), std::optional<qint64>());
    QVERIFY(problem.isEmpty());
}

void TestAuditLog::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("brokenSeq");
    QTest::addColumn<QString>("described");

    QTest::newRow("value edited") << "UPDATE audit_log SET new_value = '70' WHERE seq = 3"
                                  << qint64(3) << "edited";
    QTest::newRow("user edited") << "UPDATE audit_log SET user_name = 'someone' WHERE seq = 1"
                                 << qint64(1) << "edited";
    QTest::newRow("time edited")
        << "UPDATE audit_log SET at_utc = '2020-01-01T00:00:00.000Z' WHERE seq = 5" << qint64(5)
        << "edited";
    QTest::newRow("row deleted") << "DELETE FROM audit_log WHERE seq = 2" << qint64(3)
                                 << "missing";
    QTest::newRow("row re-hashed after edit")
        << "UPDATE audit_log SET reason = 'x', hash = 'aa' WHERE seq = 4" << qint64(4) << "edited";
    QTest::newRow("row deleted, next renumbered to close the gap")
        << "DELETE FROM audit_log WHERE seq = 2; UPDATE audit_log SET seq = 2 WHERE seq = 3"
        << qint64(2) << "";
}

void TestAuditLog::tamperingIsDetected()
{
    QFETCH(QString, tamper);
    QFETCH(qint64, brokenSeq);
    QFETCH(QString, described);
    appendFive();

    // Behind the app's back: drop the guards, edit, as an attacker with the file would.
    QSqlQuery q(m_db.connection());
    QVERIFY(execPortable(q, QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(execPortable(q, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    for (const QString &statement : tamper.split(QLatin1Char(';')))
        QVERIFY2(execPortable(q, statement), qPrintable(q.lastError().text()));

    QString problem;
    const std::optional<qint64> broken = AuditLog(m_db).firstBrokenRow(&problem);
    QVERIFY(broken.has_value());
    QCOMPARE(*broken, brokenSeq);
    QVERIFY2(problem.contains(QString::number(brokenSeq)), qPrintable(problem));
    if (!described.isEmpty())
        QVERIFY2(problem.contains(described), qPrintable(problem));
}

void TestAuditLog::filtersUseEveryCriterion()
{
    appendFive();
    AuditLog log(m_db);
    AuditFilter f;
    f.subjectCode = QStringLiteral("S001");
    QCOMPARE(log.entries(f).size(), 3);
    f.userName = QStringLiteral("nurse.li");
    QCOMPARE(log.entries(f).size(), 3);  // rows 1, 3, 5
    f = {};
    f.userName = QStringLiteral("dr.chen");
    QCOMPARE(log.entries(f).size(), 2);
    f = {};
    f.tableName = QStringLiteral("infusions");
    QCOMPARE(log.entries(f).size(), 5);
    f.tableName = QStringLiteral("subjects");
    QCOMPARE(log.entries(f).size(), 0);
    f = {};
    f.from = QDate(2024, 6, 2);
    f.to = QDate(2024, 6, 3);  // inclusive
    const QList<AuditEntry> window = log.entries(f);
    QCOMPARE(window.size(), 2);
    QCOMPARE(window.first().seq, qint64(2));
    f = {};
    f.limit = 2;
    f.newestFirst = true;
    const QList<AuditEntry> latest = log.entries(f);
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.at(0).seq, qint64(5));
    QCOMPARE(latest.at(1).seq, qint64(4));
    f = {};
    f.subjectCode = QStringLiteral("S001' OR '1'='1");  // bound, so it matches nothing
    QCOMPARE(log.entries(f).size(), 0);
    f = {};
    f.action = QStringLiteral("update");
    int streamed = 0;
    QVERIFY(log.forEachEntry(f, [&](const AuditEntry &) { return ++streamed < 3; }));
    QCOMPARE(streamed, 3);  // stopped by the callback
}

void TestAuditLog::rolledBackAppendLeavesNoGapInTheChain()
{
    AuditLog log(m_db, m_clock.clock());
    QString error;
    QVERIFY(log.append(entry("a", "S001", "f", "1", "2"), &error));
    {
        Transaction t(m_db);
        QVERIFY(log.append(entry("b", "S001", "f", "2", "3"), &error));
    }  // rolled back, with the cached chain tail
    QVERIFY(log.append(entry("c", "S001", "f", "3", "4"), &error));
    const QList<AuditEntry> rows = log.entries();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).seq, qint64(2));
    QCOMPARE(rows.at(1).userName, QStringLiteral("c"));
    QCOMPARE(rows.at(1).prevHash, rows.at(0).hash);
    QString problem;
    QCOMPARE(log.firstBrokenRow(&problem), std::optional<qint64>());
}

void TestAuditLog::anchorFollowsEveryCommittedAppend()
{
    AuditLog log(m_db, m_clock.clock());
    QCOMPARE(log.anchor()->rowCount, qint64(0));
    QCOMPARE(log.anchor()->tailHash, QString(64, QLatin1Char('0')));
    appendFive();
    QCOMPARE(log.anchor()->rowCount, qint64(5));
    QCOMPARE(log.anchor()->tailHash, log.entries().last().hash);
    QString error;
    {
        // Many appends in one transaction, one inner savepoint rolled back: the anchor is the
        // tail that stands at commit.
        Transaction outer(m_db);
        QVERIFY(log.append(entry("a", "S001", "f", "1", "2"), &error));
        {
            Transaction inner(m_db);
            QVERIFY(log.append(entry("b", "S001", "f", "2", "3"), &error));
        }
        QCOMPARE(log.anchor()->rowCount, qint64(5));  // written at commit, not before
        QVERIFY(outer.commit());
    }
    QCOMPARE(log.count(), 6);
    QCOMPARE(log.anchor()->rowCount, qint64(6));
    QCOMPARE(log.anchor()->tailHash, log.entries().last().hash);
    {
        Transaction rolledBack(m_db);
        QVERIFY(log.append(entry("c", "S001", "f", "3", "4"), &error));
    }
    QCOMPARE(log.anchor()->rowCount, qint64(6));
    QString problem;
    QCOMPARE(log.firstBrokenRow(&problem), std::optional<qint64>());
}

void TestAuditLog::deletedLastRowsAreDetected_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("brokenSeq");
    QTest::addColumn<QString>("described");
    QTest::newRow("last row") << "DELETE FROM audit_log WHERE seq = 5" << qint64(5)
                              << "ends at row 4 but 5 rows were written: the last 1 row(s) were deleted";
    QTest::newRow("last two rows") << "DELETE FROM audit_log WHERE seq >= 4" << qint64(4)
                                   << "the last 2 row(s) were deleted";
    QTest::newRow("every row") << "DELETE FROM audit_log" << qint64(1)
                               << "ends at row 0 but 5 rows were written";
    QTest::newRow("last row replaced by a re-hashed one")
        << "DELETE FROM audit_log WHERE seq = 5;"
           "INSERT INTO audit_log (seq, at_utc, user_name, action, prev_hash, hash)"
           " SELECT 5, at_utc, user_name, 'logout', hash, 'placeholder' FROM audit_log WHERE seq = 4"
        << qint64(5) << "";  // re-hashed below
    QTest::newRow("anchor deleted") << "DELETE FROM audit_anchor" << qint64(5) << "anchor";
}

void TestAuditLog::deletedLastRowsAreDetected()
{
    QFETCH(QString, tamper);
    QFETCH(qint64, brokenSeq);
    QFETCH(QString, described);
    appendFive();
    QSqlQuery q(m_db.connection());
    QVERIFY(execPortable(q, QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(execPortable(q, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    QVERIFY(execPortable(q, QStringLiteral("DROP TRIGGER audit_anchor_no_delete")));
    for (const QString &statement : tamper.split(QLatin1Char(';')))
        QVERIFY2(execPortable(q, statement), qPrintable(q.lastError().text()));
    if (QString(QTest::currentDataTag()).contains(QLatin1String("re-hashed"))) {
        // A forger who knows the hashing: the chain itself is sound again.
        AuditEntry forged = AuditLog(m_db).entries().last();
        forged.hash = AuditLog::computeHash(forged);
        QVERIFY(execPortable(q, QStringLiteral("UPDATE audit_log SET hash = ? WHERE seq = 5"),
                             {forged.hash}));
        described = QStringLiteral("the last audit row 5 is not the row the app wrote last");
    }
    QString problem;
    const std::optional<qint64> broken = AuditLog(m_db).firstBrokenRow(&problem);
    QVERIFY2(broken.has_value(), "not detected");
    QCOMPARE(*broken, brokenSeq);
    QVERIFY2(problem.contains(described), qPrintable(problem));
}

// A database of schema 2 (no anchor yet) with audit rows: the upgrade fills the anchor from
// them, so from then on a deleted last row shows.
void TestAuditLog::upgradeFillsTheAnchorOfAnOlderDatabase()
{
    appendFive();
    const QString lastHash = AuditLog(m_db).entries().last().hash;
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(execPortable(q, QStringLiteral("DROP TABLE audit_anchor")));
        // What the later migrations added goes too, so they run again as on an old file.
        QVERIFY(execPortable(q, QStringLiteral("ALTER TABLE subjects DROP COLUMN withdrawal_date")));
        QVERIFY(execPortable(q, QStringLiteral("ALTER TABLE subjects DROP COLUMN withdrawal_reason")));
        for (const char *region : {"head", "upper_limbs", "trunk", "lower_limbs"})
            QVERIFY(execPortable(q, QStringLiteral("ALTER TABLE pasi_assessments DROP COLUMN %1_area_pct")
                               .arg(QLatin1String(region))));
        QVERIFY(execPortable(q, QStringLiteral("DROP TABLE deviations")));
        for (const char *sql : {"DROP TRIGGER vital_signs_set_once",
                                "DROP TRIGGER vital_signs_set_once_update",
                                "DROP INDEX vital_signs_set",
                                "ALTER TABLE vital_signs DROP COLUMN spo2",
                                "ALTER TABLE adverse_events DROP COLUMN onset_time",
                                "ALTER TABLE adverse_events DROP COLUMN infusion_visit",
                                "DROP TABLE query_messages", "DROP TABLE queries",
                                "DROP TABLE sdv_marks", "DROP TABLE lock_manifests", "DROP INDEX infusions_lot",
                                "DROP TRIGGER subjects_site_insert", "DROP TRIGGER subjects_site_update",
                                "DROP INDEX subjects_site", "ALTER TABLE subjects DROP COLUMN site_code",
                                "DROP TABLE user_sites", "DROP TABLE sites"})
            QVERIFY(execPortable(q, QLatin1String(sql)));
        QVERIFY(execPortable(q, QStringLiteral("PRAGMA user_version = 2")));
    }
    m_db.close();
    // The upgrade is the owner's (a workstation login may not change the schema).
    m_db.allowSuperuser(true);
    QVERIFY2(m_db.open(ownerOf(studyAt(m_dir.filePath(QStringLiteral("audit.db"))))), qPrintable(m_db.errorString()));
    m_db.allowSuperuser(false);
    QCOMPARE(m_db.schemaVersion(), Database::currentSchemaVersion());
    AuditLog log(m_db);
    QCOMPARE(log.anchor()->rowCount, qint64(5));
    QCOMPARE(log.anchor()->tailHash, lastHash);
    QString problem;
    QCOMPARE(log.firstBrokenRow(&problem), std::optional<qint64>());
    QSqlQuery q(m_db.connection());
    QVERIFY(execPortable(q, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    QVERIFY(execPortable(q, QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
    QCOMPARE(log.firstBrokenRow(&problem), std::optional<qint64>(5));
    QVERIFY2(problem.contains(QLatin1String("were deleted")), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
