// SPDX-License-Identifier: Apache-2.0
// Live refresh between workstations: a save committed on one connection is reported on
// another with its subject, record and user (a server's notification, a file's data_version);
// a rolled-back save is not reported, nor a workstation's own saves. Runs on both backends
// (tst_studywatcher_pg against the test server).
#include "fixtures.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/studywatcher.h"
#include "testserver.h"
#include "teststudy.h"

#include <QSignalSpy>
#include <QTest>

using namespace trialcrf;
using namespace trialcrf::fixtures;

class TestStudyWatcher : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void saveOnOneConnectionIsReportedOnTheOther();
    void rolledBackSaveIsNotReported();
    void ownSavesAreNotReportedAsOthers();
    void severalSavesAreOneLookWithTheLatestChangePerRecord();
    void serverListensFileIsPolled();

private:
    /// Saves a new subject on workstation A as `as`; its id.
    qint64 saveOnA(const QString &code, const Session &as);
    StudyChanges lastChange(const QSignalSpy &spy) const;

    std::unique_ptr<TestStudy> m_study;  // workstation A
    std::unique_ptr<Database> m_b;       // workstation B: another connection to the study
    std::unique_ptr<StudyWatcher> m_watcher;  // B's
};

void TestStudyWatcher::init()
{
    m_study = std::make_unique<TestStudy>();
    QVERIFY2(m_study->isValid(), qPrintable(m_study->error()));
    QVERIFY2(m_study->addAccounts(), qPrintable(m_study->error()));
    m_b = std::make_unique<Database>();
    QVERIFY2(m_b->open(studyAt(m_study->path()), Database::OpenMode::ExistingOnly),
             qPrintable(m_b->errorString()));
    m_watcher = std::make_unique<StudyWatcher>(*m_b);
    QString error;
    QVERIFY2(m_watcher->start(&error), qPrintable(error));
}

void TestStudyWatcher::cleanup()
{
    m_watcher.reset();
    m_b.reset();
    m_study.reset();
}

qint64 TestStudyWatcher::saveOnA(const QString &code, const Session &as)
{
    Subject s = subject(code);
    const SaveResult r = m_study->store().saveSubject(as, s);
    if (!r.ok())
        qWarning("save failed: %s", qPrintable(r.message));
    return r.ok() ? s.id : 0;
}

StudyChanges TestStudyWatcher::lastChange(const QSignalSpy &spy) const
{
    return spy.isEmpty() ? StudyChanges() : spy.last().first().value<StudyChanges>();
}

void TestStudyWatcher::saveOnOneConnectionIsReportedOnTheOther()
{
    QSignalSpy spy(m_watcher.get(), &StudyWatcher::changed);
    const qint64 id = saveOnA(QStringLiteral("S101"), m_study->nurse);
    QVERIFY(id);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 1000);
    const StudyChanges c = lastChange(spy);
    QCOMPARE(c.subjectCodes, QSet<QString>{QStringLiteral("S101")});
    QVERIFY(c.touchesSubject(id));
    QCOMPARE(c.userNames, QStringList{QStringLiteral("nurse.li")});
    const std::optional<ChangedRecord> page =
        c.changeOf(FieldRef{id, QStringLiteral("subjects"), {}, {}});
    QVERIFY(page);
    QCOMPARE(page->userName, QStringLiteral("nurse.li"));
    QCOMPARE(page->roleCode, QStringLiteral("nurse"));
    QCOMPARE(page->recordId, id);
    QCOMPARE(page->atUtc, m_study->now());
    // Another subject's page was not changed.
    QVERIFY(!c.changeOf(FieldRef{id + 1, QStringLiteral("subjects"), {}, {}}));
    QCOMPARE(c.lastSeq, m_watcher->lastSeq());
}

void TestStudyWatcher::rolledBackSaveIsNotReported()
{
    QSignalSpy spy(m_watcher.get(), &StudyWatcher::changed);
    {
        // The save succeeds inside a transaction that is then rolled back.
        Transaction outer(m_study->database());
        QVERIFY(outer.isActive());
        QVERIFY(saveOnA(QStringLiteral("S102"), m_study->nurse));
    }
    QTest::qWait(3 * m_watcher->pollInterval());
    QCOMPARE(spy.size(), 0);

    // The next save takes the same audit seqs: it is reported, the rolled-back one is not.
    QVERIFY(saveOnA(QStringLiteral("S103"), m_study->physician));
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 1000);
    const StudyChanges c = lastChange(spy);
    QCOMPARE(c.subjectCodes, QSet<QString>{QStringLiteral("S103")});
    QCOMPARE(c.userNames, QStringList{QStringLiteral("dr.chen")});
    QCOMPARE(c.records.size(), 1);
    QCOMPARE(c.records.first().roleCode, QStringLiteral("physician"));
}

void TestStudyWatcher::ownSavesAreNotReportedAsOthers()
{
    // A watcher on A, the workstation that saves.
    StudyWatcher own(m_study->database());
    QString error;
    QVERIFY2(own.start(&error), qPrintable(error));
    QSignalSpy ownSpy(&own, &StudyWatcher::changed);
    QSignalSpy otherSpy(m_watcher.get(), &StudyWatcher::changed);

    QVERIFY(saveOnA(QStringLiteral("S104"), m_study->nurse));
    QTRY_COMPARE_WITH_TIMEOUT(otherSpy.size(), 1, 1000);
    QTest::qWait(3 * own.pollInterval());
    QCOMPARE(ownSpy.size(), 0);

    // B saves: A hears B's save only, though its own rows come first in what it reads.
    StudyStore storeB(*m_b, Protocol::builtIn(), fixedClock(m_study->now()));
    Subject fromB = subject(QStringLiteral("S105"));
    QVERIFY(storeB.saveSubject(m_study->physician, fromB).ok());
    QTRY_COMPARE_WITH_TIMEOUT(ownSpy.size(), 1, 1000);
    const StudyChanges c = lastChange(ownSpy);
    QCOMPARE(c.subjectCodes, QSet<QString>{QStringLiteral("S105")});
    QCOMPARE(c.userNames, QStringList{QStringLiteral("dr.chen")});
    QTest::qWait(3 * m_watcher->pollInterval());
    QCOMPARE(otherSpy.size(), 1);  // B does not hear its own save either
}

void TestStudyWatcher::severalSavesAreOneLookWithTheLatestChangePerRecord()
{
    QSignalSpy spy(m_watcher.get(), &StudyWatcher::changed);
    Subject s = subject(QStringLiteral("S106"));
    QVERIFY(m_study->store().saveSubject(m_study->nurse, s).ok());
    m_study->advanceClock(60);
    s.initials = QStringLiteral("XYZ");
    QVERIFY(m_study->store().saveSubject(m_study->physician, s, QStringLiteral("typo")).ok());
    // Both commits are read in one look (the watcher reads everything since its last seq).
    QVERIFY(m_watcher->check());
    QCOMPARE(spy.size(), 1);
    const StudyChanges c = lastChange(spy);
    QCOMPARE(c.records.size(), 1);
    QCOMPARE(c.records.first().userName, QStringLiteral("dr.chen"));
    QCOMPARE(c.records.first().atUtc, m_study->now());
    QCOMPARE(c.userNames, (QStringList{QStringLiteral("nurse.li"), QStringLiteral("dr.chen")}));
    // The wake-up that follows finds nothing new.
    QTest::qWait(3 * m_watcher->pollInterval());
    QCOMPARE(spy.size(), 1);
}

void TestStudyWatcher::serverListensFileIsPolled()
{
    QCOMPARE(m_watcher->isListening(), onTestServer());
    QVERIFY(m_watcher->isActive());
    m_watcher->stop();
    QSignalSpy spy(m_watcher.get(), &StudyWatcher::changed);
    QVERIFY(saveOnA(QStringLiteral("S107"), m_study->nurse));
    QTest::qWait(3 * m_watcher->pollInterval());
    QCOMPARE(spy.size(), 0);  // stopped: nothing reported
}

QTEST_GUILESS_MAIN(TestStudyWatcher)
#include "tst_studywatcher.moc"
