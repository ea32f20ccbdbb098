// SPDX-License-Identifier: Apache-2.0
// The database lock: every blocker kind is found and refuses the lock (in the model, before
// and after the password), a ready study locks every casebook in one action with a signed
// manifest, the manifest is verified, and a changed byte after the lock is found and named.
#include "exchange/studylock.h"
#include "storage/lockmanifeststore.h"
#include "storage/querystore.h"
#include "readystudy.h"

#include <QSqlQuery>
#include <QTest>

using namespace trialcrf;
using namespace trialcrf::fixtures;

namespace {

#define SAVED(expr)                                                                                \
    do {                                                                                           \
        const SaveResult r_ = (expr);                                                              \
        QVERIFY2(r_.ok(), qPrintable(r_.message + QLatin1Char(' ') + describe(r_.errors)));        \
    } while (false)

const QString kReason = QStringLiteral("last subject's week 12 done, data cleaned");

QStringList codes(const QList<rules::LockBlocker> &blockers)
{
    QStringList out;
    for (const rules::LockBlocker &b : blockers)
        out << b.subjectCode + QLatin1Char(':') + b.code();
    return out;
}

}  // namespace

class TestStudyLock : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readyStudyHasNoBlocker();
    void eachBlockerKindIsFound();
    void lockIsRefusedWhileAnyBlockerRemains();
    void lockIsRefusedWithoutReasonRoleOrPassword();
    void lockLocksEveryCasebookAndSignsTheManifest();
    void manifestIsVerified();
    void changedByteAfterLockIsNamed();
    void changedManifestIsFound();

private:
    void makeReady();
    QList<rules::LockBlocker> blockers();
    int lockedCount() const;

    std::unique_ptr<TestStudy> m_study;
    std::unique_ptr<StudyLock> m_lock;
    qint64 m_s1 = 0, m_s2 = 0;
};

void TestStudyLock::init()
{
    m_study = std::make_unique<TestStudy>();
    QVERIFY2(m_study->isValid(), qPrintable(m_study->error()));
    QVERIFY2(m_study->addAccounts(), qPrintable(m_study->error()));
    m_lock = std::make_unique<StudyLock>(m_study->store(), m_study->users());
}

void TestStudyLock::cleanup()
{
    m_lock.reset();
    m_study.reset();
}

void TestStudyLock::makeReady()
{
    QString error;
    QVERIFY2(addCompleteSubject(*m_study, QStringLiteral("S001"), &m_s1, &error), qPrintable(error));
    QVERIFY2(addCompleteSubject(*m_study, QStringLiteral("S002"), &m_s2, &error), qPrintable(error));
    QVERIFY2(approveAndVerify(*m_study, m_s1, &error), qPrintable(error));
    QVERIFY2(approveAndVerify(*m_study, m_s2, &error), qPrintable(error));
}

QList<rules::LockBlocker> TestStudyLock::blockers()
{
    QString error;
    const std::optional<QList<rules::LockBlocker>> b =
        m_lock->blockers(m_study->dataManager, &error);
    if (!b)
        qWarning() << error;
    return b.value_or(QList<rules::LockBlocker>());
}

int TestStudyLock::lockedCount() const
{
    return scalar(m_study->database(), QStringLiteral("SELECT count(*) FROM subjects WHERE locked = 1"))
        .toInt();
}

void TestStudyLock::readyStudyHasNoBlocker()
{
    makeReady();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(codes(blockers()), QStringList());
}

void TestStudyLock::eachBlockerKindIsFound()
{
    makeReady();
    if (QTest::currentTestFailed())
        return;
    StudyStore &store = m_study->store();
    // S003 is still in screening; S004 enrolled with nothing after week 0's date.
    Subject screening = subject(QStringLiteral("S003"));
    SAVED(store.saveSubject(m_study->nurse, screening));
    qint64 s4 = 0;
    {
        Subject s = subject(QStringLiteral("S004"));
        SAVED(store.saveSubject(m_study->nurse, s));
        s4 = s.id;
        PasiAssessment a = pasi(s4, QStringLiteral("screening"), QDate(2024, 2, 21));
        SAVED(store.savePasi(m_study->physician, a));
        SAVED(enrol(store, s4, m_study->physician));
    }
    // On S001: an adverse event without an outcome, a deviation without a reason (viability
    // below the floor at week 2, changed with a reason: the signature and its SDV break), and
    // an open query.
    AdverseEvent ae = adverseEvent(m_s1);
    ae.outcome.clear();
    SAVED(store.saveAdverseEvent(m_study->nurse, ae));
    Casebook book = *store.loadCasebook(m_study->nurse, m_s1);
    Infusion week2 = *book.infusion(QStringLiteral("week2"));
    week2.viabilityPct = 60.0;
    SAVED(store.saveInfusion(m_study->nurse, week2, QStringLiteral("transcription error")));
    QueryStore queries(store);
    SAVED(queries.raise(m_study->monitor,
                        {m_s2, QStringLiteral("infusions"), QStringLiteral("week0"),
                         QStringLiteral("weight_kg")},
                        QStringLiteral("Please check the weight against the source.")));

    const QStringList found = codes(blockers());
    for (const char *expected :
         {"S001:ae_no_outcome", "S001:reason_missing", "S001:signature_broken", "S001:not_approved",
          "S001:sdv_incomplete", "S002:open_query", "S003:still_screening", "S003:not_approved",
          "S004:missing_page", "S004:primary_pasi_missing", "S004:not_approved",
          "S004:sdv_incomplete"})
        QVERIFY2(found.contains(QLatin1String(expected)),
                 qPrintable(QLatin1String(expected) + QLatin1String(" not in ") +
                            found.join(QLatin1Char(' '))));
    // The primary endpoint is named once, not also as a missing page.
    for (const rules::LockBlocker &b : blockers()) {
        if (b.subjectCode == QLatin1String("S004") && b.code() == QLatin1String("missing_page"))
            QVERIFY(b.approval.visit != rules::primaryPasiVisit(store.protocol()) ||
                    b.approval.page != rules::Page::pasi);
        QVERIFY2(!b.text().isEmpty(), qPrintable(b.code()));
        QCOMPARE(b.place.subjectId, b.subjectId);
        QVERIFY(!b.place.table.isEmpty());
    }
}

void TestStudyLock::lockIsRefusedWhileAnyBlockerRemains()
{
    makeReady();
    if (QTest::currentTestFailed())
        return;
    // One blocker left: an open query on S002.
    QueryStore queries(m_study->store());
    qint64 query = 0;
    SAVED(queries.raise(m_study->monitor,
                        {m_s2, QStringLiteral("pasi_assessments"), QStringLiteral("week12"), {}},
                        QStringLiteral("Photo missing"), &query));
    const qint64 auditRows = scalar(m_study->database(),
                                    QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    const StudyLockResult r =
        m_lock->lock(m_study->dataManager, kReason, TestStudy::accountPassword());
    QCOMPARE(r.status, StudyLockResult::Status::Blocked);
    QCOMPARE(codes(r.blockers), QStringList{QStringLiteral("S002:open_query")});
    QCOMPARE(r.blockers.first().queryId, query);
    QCOMPARE(lockedCount(), 0);
    QCOMPARE(scalar(m_study->database(), QStringLiteral("SELECT count(*) FROM lock_manifests")).toInt(), 0);
    // Refused before the password: not even a re-authentication row.
    QCOMPARE(scalar(m_study->database(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(),
             auditRows);

    SAVED(queries.close(m_study->monitor, query, QStringLiteral("Photo filed")));
    QVERIFY(m_lock->lock(m_study->dataManager, kReason, TestStudy::accountPassword()).ok());
}

void TestStudyLock::lockIsRefusedWithoutReasonRoleOrPassword()
{
    makeReady();
    if (QTest::currentTestFailed())
        return;
    const QString password = TestStudy::accountPassword();
    QCOMPARE(m_lock->lock(m_study->monitor, kReason, password).status,
             StudyLockResult::Status::Denied);
    QCOMPARE(m_lock->lock(m_study->physician, kReason, password).status,
             StudyLockResult::Status::Denied);
    QCOMPARE(m_lock->lock(m_study->dataManager, QStringLiteral("  "), password).status,
             StudyLockResult::Status::ReasonRequired);
    QCOMPARE(m_lock->lock(m_study->dataManager, kReason, QStringLiteral("wrong")).status,
             StudyLockResult::Status::WrongPassword);
    QCOMPARE(lockedCount(), 0);
    QCOMPARE(scalar(m_study->database(), QStringLiteral("SELECT count(*) FROM lock_manifests")).toInt(), 0);
}

void TestStudyLock::lockLocksEveryCasebookAndSignsTheManifest()
{
    makeReady();
    if (QTest::currentTestFailed())
        return;
    // A casebook locked already stays as it is; the others are locked now.
    SAVED(m_study->store().setLocked(m_study->dataManager, m_s1, true, QStringLiteral("early")));
    m_study->advanceClock(60);
    const StudyLockResult r =
        m_lock->lock(m_study->dataManager, kReason, TestStudy::accountPassword());
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.casebooksLocked, 1);
    QCOMPARE(lockedCount(), 2);
    const LockManifest &m = r.manifest;
    QVERIFY(m.id > 0);
    QCOMPARE(m.lockedAtUtc, m_study->now());
    QCOMPARE(m.signerUserName, QStringLiteral("dm.zhao"));
    QCOMPARE(m.signerRole, QStringLiteral("data_manager"));
    QCOMPARE(m.reason, kReason);
    QCOMPARE(m.recordCounts.value(QStringLiteral("subjects")), 2);
    QCOMPARE(m.recordCounts.value(QStringLiteral("infusions")), 10);
    QCOMPARE(m.recordCounts.value(QStringLiteral("pasi_assessments")), 14);
    QVERIFY(m.fileHashes.contains(QStringLiteral("pasi.csv")));
    QVERIFY(!m.fileHashes.contains(QStringLiteral("audit.csv")));
    QCOMPARE(m.exportSha256.size(), 64);
    QCOMPARE(m.manifestHash, m.computedHash());
    // Audited: the casebook's lock with the reason, the manifest's signing.
    const Database &db = m_study->database();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'lock'"
                                       " AND reason = ?"), {kReason}).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action ="
                                       " 'lock_study' AND record_id = ?"), {m.id}).toInt(), 1);
    // A locked casebook refuses saves; the lock list stays empty.
    Casebook book = *m_study->store().loadCasebook(m_study->nurse, m_s2);
    Infusion i = *book.infusion(QStringLiteral("week0"));
    i.weightKg = 64.0;
    QVERIFY(!m_study->store().saveInfusion(m_study->nurse, i, QStringLiteral("late")).ok());
    QCOMPARE(codes(blockers()), QStringList());
}

void TestStudyLock::manifestIsVerified()
{
    makeReady();
    if (QTest::currentTestFailed())
        return;
    QString error;
    // Never locked: nothing to check.
    QCOMPARE(StudyLock::verify(m_study->store(), &error), QStringList());
    const StudyLockResult r =
        m_lock->lock(m_study->dataManager, kReason, TestStudy::accountPassword());
    QVERIFY2(r.ok(), qPrintable(r.message));
    m_study->advanceClock(3600);
    QCOMPARE(StudyLock::verify(m_study->store(), &error), QStringList());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const std::optional<QList<LockManifest>> all =
        LockManifestStore::manifests(m_study->database(), &error);
    QVERIFY(all && all->size() == 1);
    QCOMPARE(all->first().manifestHash, r.manifest.manifestHash);
    QCOMPARE(all->first().recordCounts, r.manifest.recordCounts);
    QCOMPARE(all->first().fileHashes, r.manifest.fileHashes);
    QCOMPARE(all->first().lockedAtUtc, r.manifest.lockedAtUtc);
}

void TestStudyLock::changedByteAfterLockIsNamed()
{
    makeReady();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_lock->lock(m_study->dataManager, kReason, TestStudy::accountPassword()).ok());
    // Behind the app's back: one digit of one PASI score.
    QSqlQuery q(m_study->database().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE pasi_assessments SET bsa_pct = 20.6 WHERE id ="
                                  " (SELECT max(id) FROM pasi_assessments)")));
    QString error;
    const QStringList problems = StudyLock::verify(m_study->store(), &error);
    // Named by its export file (the eligibility page's PASI may follow from it too).
    QVERIFY2(!problems.isEmpty() && problems.first().startsWith(QLatin1String("pasi.csv ")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    // Put back, the study is what was locked again.
    QVERIFY(q.exec(QStringLiteral("UPDATE pasi_assessments SET bsa_pct = 20.5")));
    QCOMPARE(StudyLock::verify(m_study->store(), &error), QStringList());
    // A deleted row is named by its table's count too.
    QVERIFY(execPortable(q, QStringLiteral("DROP TRIGGER sdv_marks_no_delete")));
    QVERIFY(execPortable(q, QStringLiteral("DELETE FROM sdv_marks WHERE id = (SELECT max(id) FROM sdv_marks)")));
    const QString again = StudyLock::verify(m_study->store(), &error).join(QLatin1Char('\n'));
    QVERIFY2(again.contains(QLatin1String("table sdv_marks held")), qPrintable(again));
    QVERIFY2(again.contains(QLatin1String("sdv.csv")), qPrintable(again));
}

void TestStudyLock::changedManifestIsFound()
{
    makeReady();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_lock->lock(m_study->dataManager, kReason, TestStudy::accountPassword()).ok());
    QSqlQuery q(m_study->database().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE lock_manifests SET reason = 'x'")) == false);
    QVERIFY(execPortable(q, QStringLiteral("DROP TRIGGER lock_manifests_no_update")));
    QVERIFY(execPortable(q, QStringLiteral("UPDATE lock_manifests SET record_counts ="
                                           " replace(record_counts, '\"subjects\":2', '\"subjects\":3')")));
    QString error;
    const QStringList problems = StudyLock::verify(m_study->store(), &error);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QLatin1String("changed after it was signed")),
             qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestStudyLock)
#include "tst_studylock.moc"
