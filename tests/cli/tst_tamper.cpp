// SPDX-License-Identifier: Apache-2.0
// Tampering behind the app's back with the sqlite3 shell, as anyone holding the file could:
// triggers dropped, audit rows or signatures edited or deleted. `trialcrf-cli verify` finds each
// and exits 1 naming it. And the file, dumped by sqlite3, holds no password in clear.
#include "accountsfixture.h"
#include "storage/signaturestore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trialcrf;

namespace {

const QString kAdminPassword = QStringLiteral("Quartz-Lantern-73");
const QString kDoctorPassword = QStringLiteral("Stethoscope-Blue-88");
const QString kNursePassword = QStringLiteral("Nurse-Station-2024");

struct Run {
    int code = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run verify(const QString &db)
{
    return run(QStringLiteral(TRIALCRF_CLI), {QStringLiteral("verify"), QStringLiteral("--db"), db});
}

}  // namespace

class TestTamper : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void verifyFindsTampering_data();
    void verifyFindsTampering();
    void verifyPrintsTheAnchor();
    void dumpHoldsNoPassword();

private:
    Run sqlite(const QString &sql);

    QTemporaryDir m_dir;
    QString m_sqlite3;
    QString m_db;
};

void TestTamper::initTestCase()
{
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (m_sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
}

// A small study written through the app's own API: users, a subject, an infusion that a
// physician signed, one corrected value with its reason.
void TestTamper::init()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("study-%1-%2.db")
                              .arg(QLatin1String(QTest::currentTestFunction()),
                                   QLatin1String(QTest::currentDataTag())));
    fixtures::AccountsFixture study;
    QVERIFY2(study.open(m_db, QStringLiteral("dm.zhao"), kAdminPassword),
             qPrintable(study.error()));
    const std::optional<Session> doctor = study.addAccount(
        QStringLiteral("dr.chen"), QStringLiteral("Chen Wei"), Role::Physician, kDoctorPassword);
    const std::optional<Session> nurse =
        study.addAccount(QStringLiteral("nurse.li"), {}, Role::Nurse, kNursePassword);
    QVERIFY2(doctor && nurse, qPrintable(study.error()));
    const std::optional<Subject> s = study.addEnrolledSubject(*nurse, QStringLiteral("S001"), 14);
    QVERIFY2(s, qPrintable(study.error()));
    std::optional<Infusion> i =
        study.addWeek0Infusion(*nurse, *s, QStringLiteral("LOT-2024-001"));
    QVERIFY2(i, qPrintable(study.error()));
    i->lotNumber = QStringLiteral("LOT-2024-002");
    QVERIFY(study.store().saveInfusion(*nurse, *i, QStringLiteral("barcode misread")).ok());
    // A reason as the app stored it before reason codes (the preset's translated text), then
    // a coded one: the chain verifies across both.
    i->lotNumber = QStringLiteral("LOT-2024-003");
    QVERIFY(study.store().saveInfusion(*nurse, *i, QStringLiteral("更正转录错误")).ok());
    i->lotNumber = QStringLiteral("LOT-2024-004");
    QVERIFY(study.store().saveInfusion(*nurse, *i, QStringLiteral("source_corrected: bag label")).ok());
    SignatureStore signatures(study.store(), study.users());
    const SignResult signedVisit =
        signatures.sign(*doctor, s->id, SignatureStore::scopeVisit(), QStringLiteral("week0"),
                        QStringLiteral("reviewed"), kDoctorPassword);
    QVERIFY2(signedVisit.ok(), qPrintable(signedVisit.message));
    study.db().close();
    const Run clean = verify(m_db);
    QVERIFY2(clean.code == 0, qPrintable(clean.err));
}

Run TestTamper::sqlite(const QString &sql)
{
    return run(m_sqlite3, {m_db, sql});
}

void TestTamper::verifyFindsTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("named");
    QTest::newRow("audit value edited")
        << "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET new_value = 'LOT-X'"
           " WHERE action = 'update' AND field = 'lot_number';"
        << "audit chain broken at row";
    QTest::newRow("audit reason edited")
        << "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET reason = 'typo'"
           " WHERE reason = 'barcode misread';"
        << "audit chain broken at row";
    QTest::newRow("coded reason's code edited")
        << "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET reason = 'transcription_error: bag label'"
           " WHERE reason = 'source_corrected: bag label';"
        << "audit chain broken at row";
    QTest::newRow("old translated reason replaced by a code")
        << "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET reason = 'transcription_error'"
           " WHERE reason = '更正转录错误';"
        << "audit chain broken at row";
    QTest::newRow("audit user edited")
        << "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user_name = 'dr.chen'"
           " WHERE user_name = 'nurse.li' AND action = 'update';"
        << "audit chain broken at row";
    QTest::newRow("audit row deleted")
        << "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE action = 'update';"
        << "audit chain broken at row";
    // The chain alone cannot show its last rows gone; the audit anchor can.
    QTest::newRow("last audit row deleted")
        << "DROP TRIGGER audit_log_no_delete;"
           " DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log);"
        << "the last 1 row(s) were deleted";
    QTest::newRow("last three audit rows deleted")
        << "DROP TRIGGER audit_log_no_delete;"
           " DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 3 FROM audit_log);"
        << "the last 3 row(s) were deleted";
    QTest::newRow("every audit row deleted")
        << "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log;"
        << "the audit trail ends at row 0";
    QTest::newRow("audit anchor deleted")
        << "DROP TRIGGER audit_anchor_no_delete; DELETE FROM audit_anchor;"
        << "the audit anchor (row count and last hash) was deleted";
    QTest::newRow("audit anchor table dropped")
        << "DROP TABLE audit_anchor;" << "the audit anchor cannot be read";
    QTest::newRow("audit row added at the end")
        << "INSERT INTO audit_log (seq, at_utc, user_name, action, prev_hash, hash)"
           " SELECT max(seq) + 1, '2030-01-01T00:00:00.000Z', 'dm.zhao', 'logout', 'x', 'y'"
           " FROM audit_log;"
        << "audit chain broken at row";
    QTest::newRow("signature meaning edited")
        << "DROP TRIGGER signatures_no_update; UPDATE signatures SET meaning = 'approved';"
        << "signature";
    QTest::newRow("signature deleted")
        << "DROP TRIGGER signatures_no_delete; DELETE FROM signatures;" << "signature";
}

void TestTamper::verifyFindsTampering()
{
    QFETCH(QString, sql);
    QFETCH(QString, named);
    const Run edit = sqlite(sql);
    QVERIFY2(edit.code == 0, qPrintable(edit.err));
    const Run r = verify(m_db);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY2(!r.err.trimmed().contains(QLatin1Char('\n')), qPrintable(r.err));  // one line
}

// Untouched, verify prints the anchor: a copy of that line kept elsewhere shows even a
// trail cut short together with its anchor.
void TestTamper::verifyPrintsTheAnchor()
{
    const Run r = verify(m_db);
    QCOMPARE(r.code, 0);
    const Run rows = sqlite(QStringLiteral("SELECT (SELECT count(*) FROM audit_log) || ' rows, last hash ' || hash"
                                           " FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log);"));
    QCOMPARE(rows.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("audit trail: %1").arg(rows.out.trimmed())),
             qPrintable(r.out + rows.out));
}

void TestTamper::dumpHoldsNoPassword()
{
    const Run dump = sqlite(QStringLiteral(".dump"));
    QCOMPARE(dump.code, 0);
    QVERIFY(dump.out.contains(QLatin1String("INSERT INTO users")));
    QVERIFY(dump.out.contains(QLatin1String("$argon2id$")));
    for (const QString &secret : {kAdminPassword, kDoctorPassword, kNursePassword})
        QVERIFY2(!dump.out.contains(secret), qPrintable(secret));
}

QTEST_GUILESS_MAIN(TestTamper)
#include "tst_tamper.moc"
