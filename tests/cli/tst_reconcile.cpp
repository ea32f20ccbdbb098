// SPDX-License-Identifier: Apache-2.0
// Clinical data changed behind the app's back with plain SQL on the file, as anyone holding it
// could: `trialcrf-cli verify` replays the audit trail and names each difference (table,
// record, field, stored value, value per the trail). And the external anchor: a tail hash
// kept outside the database shows a trail cut short together with its internal anchor.
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using trialcrf::fixtures::ProcessRun;

ProcessRun cli(const QStringList &args)
{
    return trialcrf::fixtures::runCli(QStringLiteral(TRIALCRF_CLI), args);
}

void tamper(const QString &path, const QStringList &statements)
{
    trialcrf::fixtures::sqlOnStudy(path, statements);
}

}  // namespace

class TestReconcile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void verifyNamesChangedData_data();
    void verifyNamesChangedData();
    void externalAnchorHolds();
    void externalAnchorShowsCutTrail();
    void anchorFileMustBeOne();

private:
    QTemporaryDir m_dir;
    QString m_demo, m_db;
};

void TestReconcile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    const ProcessRun demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo,
                          QStringLiteral("--subjects"), QStringLiteral("12")});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
}

void TestReconcile::init()
{
    m_db = m_dir.filePath(QStringLiteral("copy-%1-%2.db")
                              .arg(QLatin1String(QTest::currentTestFunction()),
                                   QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
    QFile::remove(m_db);
    QVERIFY(trialcrf::fixtures::copyStudy(m_demo, m_db));
    const ProcessRun clean = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db});
    QVERIFY2(clean.code == 0, qPrintable(clean.err + clean.out));
}

void TestReconcile::verifyNamesChangedData_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("initials changed")
        << QStringList{QStringLiteral("UPDATE subjects SET initials = 'QQQ' WHERE id = 1")}
        << QStringList{QStringLiteral("subjects record 1"), QStringLiteral("field initials"),
                       QStringLiteral("stored 'QQQ'"), QStringLiteral("per the audit trail '")};
    QTest::newRow("PASI score changed")
        << QStringList{QStringLiteral("UPDATE pasi_assessments SET trunk_erythema = (trunk_erythema + 1) % 5"
                                      " WHERE id = 2")}
        << QStringList{QStringLiteral("pasi_assessments record 2"),
                       QStringLiteral("field trunk_erythema")};
    QTest::newRow("adverse event deleted")
        << QStringList{QStringLiteral("DELETE FROM adverse_events WHERE id = 1")}
        << QStringList{QStringLiteral("adverse_events record 1"), QStringLiteral("is missing")};
    QTest::newRow("all vital signs deleted")
        << QStringList{QStringLiteral("DELETE FROM vital_signs")}
        << QStringList{QStringLiteral("infusions record 1"), QStringLiteral("field vital_signs"),
                       QStringLiteral("stored 0 readings")};
    QTest::newRow("one vital sign changed")
        << QStringList{QStringLiteral("UPDATE vital_signs SET pulse = 199 WHERE id = 1")}
        << QStringList{QStringLiteral("field vital_signs"), QStringLiteral("\"pulse\":\"199\"")};
    QTest::newRow("nurse promoted to data manager")
        << QStringList{QStringLiteral("UPDATE users SET role = 'data_manager' WHERE user_name = 'nurse'")}
        << QStringList{QStringLiteral("users record"), QStringLiteral("field role"),
                       QStringLiteral("stored 'data_manager'"),
                       QStringLiteral("per the audit trail 'nurse'")};
    QTest::newRow("account disabled behind the trail")
        << QStringList{QStringLiteral("UPDATE users SET disabled = 1 WHERE user_name = 'monitor'")}
        << QStringList{QStringLiteral("field disabled"), QStringLiteral("stored 'yes'")};
    QTest::newRow("vital_signs table dropped")
        << QStringList{QStringLiteral("DROP TABLE vital_signs")}
        << QStringList{QStringLiteral("table vital_signs is missing (dropped)")};
    QTest::newRow("adverse_events table dropped")
        << QStringList{QStringLiteral("DROP TABLE adverse_events")}
        << QStringList{QStringLiteral("table adverse_events is missing (dropped)")};
    QTest::newRow("casebook locked behind the trail")
        << QStringList{QStringLiteral("UPDATE subjects SET locked = 1 WHERE id = 3")}
        << QStringList{QStringLiteral("subjects record 3"), QStringLiteral("field locked")};
    QTest::newRow("deviation resolved behind the trail")
        << QStringList{QStringLiteral("UPDATE deviations SET resolved = 1 - resolved WHERE id = 1")}
        << QStringList{QStringLiteral("deviations record 1"), QStringLiteral("field resolved")};
    QTest::newRow("viability changed")
        << QStringList{QStringLiteral("UPDATE infusions SET viability_pct = 12.5 WHERE id = 1")}
        << QStringList{QStringLiteral("infusions record 1"), QStringLiteral("field viability_pct"),
                       QStringLiteral("stored '12.5'")};
    QTest::newRow("infusion moved to another subject")
        << QStringList{QStringLiteral("UPDATE infusions SET subject_id = (SELECT id FROM subjects"
                                      " WHERE id NOT IN (SELECT subject_id FROM infusions)"
                                      " LIMIT 1) WHERE id = 1")}
        << QStringList{QStringLiteral("infusions record 1"), QStringLiteral("field subject_id"),
                       QStringLiteral("per the audit trail '1'")};
    QTest::newRow("row added without history")
        << QStringList{QStringLiteral("INSERT INTO adverse_events (subject_id, ae_number, term,"
                                      " version, updated_at, updated_by)"
                                      " VALUES (1, 99, 'invented', 1, '2026-01-01T00:00:00.000Z',"
                                      " 'nurse')")}
        << QStringList{QStringLiteral("adverse_events record"),
                       QStringLiteral("has no audit history")};
    QTest::newRow("birth date made unreadable")
        << QStringList{QStringLiteral("UPDATE subjects SET birth_date = 'someday' WHERE id = 2")}
        << QStringList{QStringLiteral("subjects record 2"), QStringLiteral("field birth_date"),
                       QStringLiteral("stored 'someday'")};
}

void TestReconcile::verifyNamesChangedData()
{
    QFETCH(QStringList, sql);
    QFETCH(QStringList, named);
    tamper(m_db, sql);
    if (QTest::currentTestFailed())
        return;
    const ProcessRun r = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 1);
    const QString err = r.err.trimmed();
    QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(err));  // one line
    QVERIFY2(err.contains(QLatin1String("the data differs from its audit trail")), qPrintable(err));
    for (const QString &n : named)
        QVERIFY2(r.out.contains(n), qPrintable(n + QLatin1String(" not in:\n") + r.out));
}

void TestReconcile::externalAnchorHolds()
{
    const QString anchor = m_dir.filePath(QStringLiteral("kept-elsewhere.anchor"));
    const ProcessRun written = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--anchor-out"), anchor});
    QVERIFY2(written.code == 0, qPrintable(written.err));
    QVERIFY2(written.out.contains(QLatin1String("anchor written to")), qPrintable(written.out));
    QFile f(anchor);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(QLatin1String("\nrows ")) && text.contains(QLatin1String("\nhash ")),
             qPrintable(text));
    const ProcessRun checked = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db,
                             QStringLiteral("--anchor"), anchor});
    QVERIFY2(checked.code == 0, qPrintable(checked.err));
}

// The internal anchor is rewritten together with the cut trail, so only the copy kept
// outside the file can tell.
void TestReconcile::externalAnchorShowsCutTrail()
{
    const QString anchor = m_dir.filePath(QStringLiteral("before-cut.anchor"));
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db,
                  QStringLiteral("--anchor-out"), anchor})
                 .code,
             0);
    tamper(m_db, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                  QStringLiteral("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM"
                                 " audit_log)"),
                  QStringLiteral("UPDATE audit_anchor SET row_count = (SELECT max(seq) FROM"
                                 " audit_log), tail_hash = (SELECT hash FROM audit_log WHERE"
                                 " seq = (SELECT max(seq) FROM audit_log))")});
    if (QTest::currentTestFailed())
        return;
    const ProcessRun r = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--anchor"), anchor});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("does not match anchor")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("no longer holds row")), qPrintable(r.err));
}

void TestReconcile::anchorFileMustBeOne()
{
    const QString bogus = m_dir.filePath(QStringLiteral("bogus.anchor"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not an anchor\n");
    f.close();
    const ProcessRun r = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--anchor"), bogus});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("not an anchor file")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
