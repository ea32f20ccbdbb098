// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli lock and verify end to end: --check lists the blockers and exits 1 while any
// stands; a data manager locks a ready study; verify passes and prints the manifest; one byte
// of clinical data changed afterwards with the sqlite3 shell is named by verify. As
// tst_cli_lock_pg, on the test server (the change through a connection of its own).
#include "processrun.h"
#include "readystudy.h"

#include <QStandardPaths>
#include <QTest>

using namespace trialcrf;
using namespace trialcrf::fixtures;

class TestCliLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checkListsTheBlockers();
    void lockThenVerifyThenTamper();

private:
    ProcessRun cli(const QStringList &args, const QMap<QString, QString> &env = {}) const
    {
        return runCli(QStringLiteral(TRIALCRF_CLI), args, env);
    }

    std::unique_ptr<TestStudy> m_study;
    QString m_path;
};

void TestCliLock::init()
{
    m_study = std::make_unique<TestStudy>();
    QVERIFY2(m_study->isValid(), qPrintable(m_study->error()));
    QVERIFY2(m_study->addAccounts(), qPrintable(m_study->error()));
    qint64 id = 0;
    QString error;
    QVERIFY2(addCompleteSubject(*m_study, QStringLiteral("S001"), &id, &error), qPrintable(error));
    m_path = m_study->path();
}

void TestCliLock::cleanup()
{
    m_study.reset();
}

void TestCliLock::checkListsTheBlockers()
{
    const ProcessRun r = cli({QStringLiteral("lock"), QStringLiteral("--db"), m_path,
                              QStringLiteral("--check")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QLatin1String("S001\tnot_approved\t")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("S001\tsdv_incomplete\t")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QLatin1String("blocker(s) stand in the way")), qPrintable(r.err));
    // The lock itself is refused, listing them, and nothing is locked.
    const ProcessRun lock = cli({QStringLiteral("lock"), QStringLiteral("--db"), m_path,
                                 QStringLiteral("--user"), QStringLiteral("dm.zhao"),
                                 QStringLiteral("--reason"), QStringLiteral("end of study")},
                                {{QStringLiteral("TRIALCRF_PASSWORD"), TestStudy::accountPassword()}});
    QCOMPARE(lock.code, 1);
    QVERIFY2(lock.err.contains(QLatin1String("not locked")), qPrintable(lock.err));
    QCOMPARE(scalar(m_study->database(), QStringLiteral("SELECT count(*) FROM subjects WHERE"
                                                        " locked = 1")).toInt(), 0);
}

void TestCliLock::lockThenVerifyThenTamper()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty() && !onTestServer())
        QSKIP("the sqlite3 shell is not installed");
    QString error;
    QVERIFY2(approveAndVerify(*m_study, m_study->store().subjectIdByCode(QStringLiteral("S001")).value_or(0),
                              &error),
             qPrintable(error));
    const ProcessRun check = cli({QStringLiteral("lock"), QStringLiteral("--db"), m_path,
                                  QStringLiteral("--check")});
    QCOMPARE(check.code, 0);
    const ProcessRun lock = cli({QStringLiteral("lock"), QStringLiteral("--db"), m_path,
                                 QStringLiteral("--user"), QStringLiteral("dm.zhao"),
                                 QStringLiteral("--reason"), QStringLiteral("end of study")},
                                {{QStringLiteral("TRIALCRF_PASSWORD"), TestStudy::accountPassword()}});
    QVERIFY2(lock.code == 0, qPrintable(lock.err));
    QVERIFY2(lock.out.contains(QLatin1String("1 casebook(s) locked now")), qPrintable(lock.out));
    const ProcessRun sound = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_path});
    QVERIFY2(sound.code == 0, qPrintable(sound.err + sound.out));
    QVERIFY2(sound.out.contains(QLatin1String("lock manifest 1: signed by")), qPrintable(sound.out));

    // One byte of one infusion's weight, behind the app's back (on a server, through a
    // connection of its own).
    const QString change = QStringLiteral("UPDATE infusions SET weight_kg = 63.4 WHERE visit = 'week4'");
    if (onTestServer()) {
        sqlOnStudy(m_path, {change});
        if (QTest::currentTestFailed())
            return;
    } else {
        const ProcessRun tamper = runProgram(sqlite3, {m_path, change});
        QCOMPARE(tamper.code, 0);
    }
    const ProcessRun found = cli({QStringLiteral("verify"), QStringLiteral("--db"), m_path});
    QCOMPARE(found.code, 1);
    QVERIFY2(found.out.contains(QLatin1String("lock manifest: infusions.csv of the export differs")),
             qPrintable(found.out));
    QVERIFY2(found.out.contains(QLatin1String("weight_kg")), qPrintable(found.out));
}

QTEST_GUILESS_MAIN(TestCliLock)
#include "tst_cli_lock.moc"
