// SPDX-License-Identifier: Apache-2.0
// The deviation log in storage: written in the record's own transaction with audit rows, by
// StudyStore and by the bulk path alike; a reason given later; resolved, never deleted.
#include "fixtures.h"
#include "storage/auditlog.h"
#include "storage/bulkwriter.h"
#include "storage/studystore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::fixtures;

namespace {

using Status = SaveResult::Status;
const QDate kWeek0(2024, 3, 4);  // fixtures::subject()'s week 0

QStringList kindsOf(const QList<Deviation> &list, bool openOnly = true)
{
    QStringList out;
    for (const Deviation &d : list) {
        if (!openOnly || !d.resolved)
            out << d.kind;
    }
    return out;
}

/// A subject saved by the bulk path, consented and confirmed eligible (the enrolment gate).
BulkSubject enrolledBulk(const Subject &s)
{
    BulkSubject b = BulkSubject::of(s);
    b.consentSigned = true;
    b.confirmedVerdict = QStringLiteral("eligible");
    return b;
}

/// fixtures::infusion() without a deviation: its vital signs every 15 minutes cover 30
/// minutes, so it ends at 09:30.
Infusion infusionAt(qint64 subjectId, const QString &visit, QDate date)
{
    Infusion i = infusion(subjectId, visit, date);
    i.endTime = QTime(9, 30);
    return i;
}

}  // namespace

class TestDeviationsStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void earlyInfusionIsSavedWithItsDeviation();
    void deviationRowFailsTheWholeSave();
    void reasonGivenOnThePage();
    void reasonGivenLaterFromTheLog();
    void reasonLaterIsCheckedLikeASave();
    void doseReasonIsTheInfusionsColumn();
    void correctedDataResolvesTheRowAndKeepsIt();
    void week0ChangeMovesTheWindows();
    void pasiOutOfWindow();
    void bulkPathRecordsTheSameDeviations();
    void bulkPathTakesKnownDetailsAndKeepsResolvedHistory();

private:
    qint64 addSubject(const QString &code = QStringLiteral("S001"));
    Casebook load(qint64 subjectId) const;
    int count(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock;
    std::unique_ptr<StudyStore> m_store;
};

void TestDeviationsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(trialcrf::fixtures::studyAt(m_dir->filePath(QStringLiteral("study.db")))));
    m_store = std::make_unique<StudyStore>(*m_db, Protocol::builtIn(), m_clock.clock());
}

void TestDeviationsStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestDeviationsStore::addSubject(const QString &code)
{
    Subject s = subject(code);
    const SaveResult r = m_store->saveSubject(nurse(), s);
    [&] { QVERIFY2(r.ok(), qPrintable(r.message)); }();
    // Consented and confirmed eligible: an infusion is only saved for an enrolled subject.
    const SaveResult e = enrol(*m_store, s.id);
    [&] { QVERIFY2(e.ok(), qPrintable(e.message + QLatin1Char(' ') + describe(e.errors))); }();
    return s.id;
}

Casebook TestDeviationsStore::load(qint64 subjectId) const
{
    const std::optional<Casebook> b = m_store->loadCasebook(nurse(), subjectId);
    return b ? *b : Casebook();
}

int TestDeviationsStore::count(const QString &sql) const
{
    return scalar(*m_db, sql).toInt();
}

void TestDeviationsStore::earlyInfusionIsSavedWithItsDeviation()
{
    const qint64 id = addSubject();
    Infusion i = infusionAt(id, QStringLiteral("week0"), kWeek0.addDays(-2));
    const SaveResult r = m_store->saveInfusion(nurse(), i);
    QVERIFY2(r.ok(), qPrintable(r.message));  // saved as it happened, not refused

    const Casebook book = load(id);
    QCOMPARE(book.infusions.size(), 1);
    QCOMPARE(book.infusions.first().infusionDate, kWeek0.addDays(-2));
    QCOMPARE(book.deviations.size(), 1);
    const Deviation d = book.deviations.first();
    QCOMPARE(d.kind, QStringLiteral("infusion_before_week0"));
    QCOMPARE(d.visit, QStringLiteral("week0"));
    QCOMPARE(d.sourceTable, QStringLiteral("infusions"));
    QCOMPARE(d.sourceId, i.id);
    QCOMPARE(d.detectedAt, m_clock.now);
    QCOMPARE(d.recordedBy, nurse().userName);
    QVERIFY(d.reason.isEmpty());
    QVERIFY(d.reasonMissing());
    QVERIFY(!d.resolved);
    QVERIFY(book.hasDeviationWithoutReason());

    // Its audit row, in the same save (same instant, same user) as the infusion's.
    const QList<AuditEntry> entries = AuditLog(*m_db).entries();
    const AuditEntry &last = entries.last();
    QCOMPARE(last.tableName, QStringLiteral("deviations"));
    QCOMPARE(last.action, QStringLiteral("insert"));
    QCOMPARE(last.subjectCode, QStringLiteral("S001"));
    QVERIFY(last.newValue.contains(QLatin1String("infusion_before_week0")));
    QCOMPARE(entries.at(entries.size() - 2).tableName, QStringLiteral("infusions"));
    QCOMPARE(last.atUtc, entries.at(entries.size() - 2).atUtc);
    QString problem;
    QVERIFY2(!AuditLog(*m_db).firstBrokenRow(&problem), qPrintable(problem));
}

void TestDeviationsStore::deviationRowFailsTheWholeSave()
{
    const qint64 id = addSubject();
    const int auditBefore = AuditLog(*m_db).entries().size();
    QSqlQuery q(m_db->connection());
    QVERIFY(execPortable(q, QStringLiteral("CREATE TEMP TRIGGER inject_failure BEFORE INSERT ON deviations"
                                  " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    Infusion i = infusionAt(id, QStringLiteral("week0"), kWeek0.addDays(-2));
    QCOMPARE(m_store->saveInfusion(nurse(), i).status, Status::DatabaseError);
    QCOMPARE(i.id, qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM infusions")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vital_signs")), 0);
    QCOMPARE(int(AuditLog(*m_db).entries().size()), auditBefore);

    QVERIFY(execPortable(q, QStringLiteral("DROP TRIGGER inject_failure")));
    QVERIFY(m_store->saveInfusion(nurse(), i).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deviations")), 1);
}

void TestDeviationsStore::reasonGivenOnThePage()
{
    const qint64 id = addSubject();
    Infusion i = infusionAt(id, QStringLiteral("week0"), kWeek0.addDays(-2));
    i.vitals.removeFirst();  // no set before the infusion either
    i.deviationReasons.insert(QStringLiteral("infusion_before_week0"),
                              QStringLiteral("  Subject travels on the planned day  "));
    QVERIFY(m_store->saveInfusion(nurse(), i).ok());
    const Casebook book = load(id);
    QCOMPARE(kindsOf(book.deviations),
             (QStringList{"infusion_before_week0", "vitals_before_missing"}));
    QCOMPARE(book.deviations.at(0).reason, QStringLiteral("Subject travels on the planned day"));
    QVERIFY(book.deviations.at(1).reasonMissing());
    // The page gets the reasons back when it opens again.
    QCOMPARE(book.infusions.first().deviationReasons.value(QStringLiteral("infusion_before_week0")),
             QStringLiteral("Subject travels on the planned day"));
}

void TestDeviationsStore::reasonGivenLaterFromTheLog()
{
    const qint64 id = addSubject();
    Infusion i = infusionAt(id, QStringLiteral("week0"), kWeek0.addDays(-2));
    QVERIFY(m_store->saveInfusion(nurse(), i).ok());
    Deviation d = load(id).deviations.first();
    m_clock.now = m_clock.now.addSecs(3600);
    const Session other = session(Role::Physician, QStringLiteral("dr.chen"), 2);
    const SaveResult r = m_store->setDeviationReason(other, d, QStringLiteral("Holiday"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(d.reason, QStringLiteral("Holiday"));
    QCOMPARE(d.version, 2);
    const Deviation stored = load(id).deviations.first();
    QCOMPARE(stored.reason, QStringLiteral("Holiday"));
    QCOMPARE(stored.recordedBy, QStringLiteral("dr.chen"));
    QCOMPARE(stored.detectedAt, m_clock.now.addSecs(-3600));  // first detected, not now
    QVERIFY(!load(id).hasDeviationWithoutReason());
    const AuditEntry last = AuditLog(*m_db).entries().last();
    QCOMPARE(last.tableName, QStringLiteral("deviations"));
    QCOMPARE(last.action, QStringLiteral("update"));
    QCOMPARE(last.userName, QStringLiteral("dr.chen"));
    QCOMPARE(last.newValue, QStringLiteral("dr.chen"));  // recorded_by comes last
}

void TestDeviationsStore::reasonLaterIsCheckedLikeASave()
{
    const qint64 id = addSubject();
    Infusion i = infusionAt(id, QStringLiteral("week0"), kWeek0.addDays(-2));
    QVERIFY(m_store->saveInfusion(nurse(), i).ok());
    Deviation d = load(id).deviations.first();
    QCOMPARE(m_store->setDeviationReason(monitor(), d, QStringLiteral("x")).status,
             Status::Denied);
    Deviation first = d;
    QVERIFY(m_store->setDeviationReason(nurse(), first, QStringLiteral("one")).ok());
    QCOMPARE(m_store->setDeviationReason(nurse(), d, QStringLiteral("two")).status,
             Status::Stale);
    QVERIFY(m_store->setLocked(dataManager(), id, true, QStringLiteral("review")).ok());
    QCOMPARE(m_store->setDeviationReason(nurse(), first, QStringLiteral("three")).status,
             Status::Locked);
    QCOMPARE(load(id).deviations.first().reason, QStringLiteral("one"));
}

void TestDeviationsStore::doseReasonIsTheInfusionsColumn()
{
    const qint64 id = addSubject();
    Infusion i = infusionAt(id, QStringLiteral("week0"), kWeek0);
    i.actualCells = 114173000;  // −10.1 %: outside tolerance, saved without a reason
    QVERIFY(m_store->saveInfusion(nurse(), i).ok());
    Casebook book = load(id);
    QCOMPARE(kindsOf(book.deviations), QStringList{"dose_out_of_tolerance"});
    QVERIFY(book.deviations.first().reasonMissing());

    Deviation d = book.deviations.first();
    QVERIFY(m_store->setDeviationReason(nurse(), d, QStringLiteral("Cells lost in the line")).ok());
    book = load(id);
    QCOMPARE(book.infusions.first().deviationReason, QStringLiteral("Cells lost in the line"));
    QCOMPARE(book.infusions.first().version, 2);

    // And the page's reason reaches the log.
    Infusion edited = book.infusions.first();
    edited.deviationReason = QStringLiteral("Bag leaked");
    QVERIFY(m_store->saveInfusion(nurse(), edited, QStringLiteral("corrected")).ok());
    QCOMPARE(load(id).deviations.first().reason, QStringLiteral("Bag leaked"));
}

void TestDeviationsStore::correctedDataResolvesTheRowAndKeepsIt()
{
    const qint64 id = addSubject();
    Infusion i = infusionAt(id, QStringLiteral("week0"), kWeek0.addDays(-2));
    QVERIFY(m_store->saveInfusion(nurse(), i).ok());
    i.infusionDate = kWeek0;  // the date was mistyped
    m_clock.now = m_clock.now.addSecs(60);
    QVERIFY(m_store->saveInfusion(nurse(), i, QStringLiteral("typing error")).ok());
    Casebook book = load(id);
    QCOMPARE(book.deviations.size(), 1);  // kept
    QVERIFY(book.deviations.first().resolved);
    QCOMPARE(book.deviations.first().resolvedAt, m_clock.now);
    QVERIFY(!book.deviations.first().reasonMissing());
    QVERIFY(!book.hasDeviationWithoutReason());
    QVERIFY(book.openDeviations(QStringLiteral("infusions"), i.id).isEmpty());

    // Shown again: the same row reopens.
    i.infusionDate = kWeek0.addDays(-1);
    QVERIFY(m_store->saveInfusion(nurse(), i, QStringLiteral("it was early after all")).ok());
    book = load(id);
    QCOMPARE(book.deviations.size(), 1);
    QVERIFY(!book.deviations.first().resolved);

    // Never deleted, not even by SQL.
    QSqlQuery q(m_db->connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM deviations")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM deviations")), 1);
}

void TestDeviationsStore::week0ChangeMovesTheWindows()
{
    const qint64 id = addSubject();
    Infusion i = infusionAt(id, QStringLiteral("week0"), kWeek0.addDays(-2));
    QVERIFY(m_store->saveInfusion(nurse(), i).ok());
    Subject s = load(id).subject;
    s.week0Date = kWeek0.addDays(-2);  // week 0 was planned on the day it was given
    QVERIFY(m_store->saveSubject(nurse(), s, QStringLiteral("planned date corrected")).ok());
    QVERIFY(kindsOf(load(id).deviations).isEmpty());
    QCOMPARE(load(id).deviations.size(), 1);
}

void TestDeviationsStore::pasiOutOfWindow()
{
    const qint64 id = addSubject();
    PasiAssessment a = pasi(id, QStringLiteral("week4"), kWeek0.addDays(28 + 4));
    QVERIFY(m_store->savePasi(physician(), a).ok());
    Casebook book = load(id);
    QCOMPARE(kindsOf(book.deviations), QStringList{"visit_out_of_window"});
    QCOMPARE(book.deviations.first().sourceTable, QStringLiteral("pasi_assessments"));
    a.assessmentDate = kWeek0.addDays(28 + 3);
    QVERIFY(m_store->savePasi(physician(), a, QStringLiteral("date corrected")).ok());
    QVERIFY(kindsOf(load(id).deviations).isEmpty());
}

void TestDeviationsStore::bulkPathRecordsTheSameDeviations()
{
    const Session dm = dataManager().importing();
    Subject b = subject(QStringLiteral("S002"));
    Infusion early = infusionAt(0, QStringLiteral("week0"), kWeek0.addDays(-2));
    early.deviationReasons.insert(QStringLiteral("infusion_before_week0"), QStringLiteral("Travel"));
    PasiAssessment late = pasi(0, QStringLiteral("week2"), kWeek0.addDays(14 + 4));
    {
        Transaction t(*m_db);
        BulkWriter writer(*m_store);
        QVERIFY(writer.addSubject(dm, b).ok());
        QVERIFY(writer.addInfusion(dm, enrolledBulk(b), early).ok());
        QVERIFY(writer.addPasi(dm, BulkSubject::of(b), late).ok());
        QVERIFY(writer.finish().ok());
        QVERIFY(t.commit());
    }
    const Casebook book = load(b.id);
    QCOMPARE(kindsOf(book.deviations),
             (QStringList{"infusion_before_week0", "visit_out_of_window"}));
    QCOMPARE(book.deviations.at(0).reason, QStringLiteral("Travel"));
    QCOMPARE(book.deviations.at(0).sourceId, early.id);
    QCOMPARE(book.deviations.at(1).sourceId, late.id);
    QCOMPARE(book.deviations.at(1).recordedBy, dm.userName);
    QCOMPARE(book.deviations.at(1).detectedAt, m_clock.now);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'deviations'")),
             2);
    QString problem;
    QVERIFY2(!AuditLog(*m_db).firstBrokenRow(&problem), qPrintable(problem));
}

void TestDeviationsStore::bulkPathTakesKnownDetailsAndKeepsResolvedHistory()
{
    const Session dm = dataManager().importing();
    Subject b = subject(QStringLiteral("S003"));
    Infusion early = infusionAt(0, QStringLiteral("week0"), kWeek0.addDays(-2));
    const QDateTime then(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC);
    Deviation known;
    known.kind = QStringLiteral("infusion_before_week0");
    known.visit = QStringLiteral("week0");
    known.reason = QStringLiteral("Travel");
    known.recordedBy = QStringLiteral("nurse.li");
    known.detectedAt = then;
    Deviation history = known;
    history.kind = QStringLiteral("vitals_after_missing");
    history.reason.clear();
    history.resolved = true;
    history.resolvedAt = then.addDays(1);
    Deviation orphan = known;
    orphan.visit = QStringLiteral("week2");
    QHash<QString, Deviation> map;
    map.insert(BulkWriter::deviationKey("S003", "week0", "infusion", known.kind), known);
    map.insert(BulkWriter::deviationKey("S003", "week0", "infusion", history.kind), history);
    map.insert(BulkWriter::deviationKey("S003", "week2", "infusion", orphan.kind), orphan);
    QStringList orphans;
    {
        Transaction t(*m_db);
        BulkWriter writer(*m_store);
        writer.setKnownDeviations(map);
        QVERIFY(writer.addSubject(dm, b).ok());
        QVERIFY(writer.addInfusion(dm, enrolledBulk(b), early).ok());
        QVERIFY(writer.addResolvedKnownDeviations(dm, &orphans).ok());
        QVERIFY(writer.finish().ok());
        QVERIFY(t.commit());
    }
    QCOMPARE(orphans, QStringList{BulkWriter::deviationKey("S003", "week2", "infusion",
                                                           orphan.kind)});
    const Casebook book = load(b.id);
    QCOMPARE(book.deviations.size(), 2);
    QCOMPARE(book.deviations.at(0).kind, known.kind);
    QCOMPARE(book.deviations.at(0).reason, QStringLiteral("Travel"));
    QCOMPARE(book.deviations.at(0).recordedBy, QStringLiteral("nurse.li"));
    QCOMPARE(book.deviations.at(0).detectedAt, then);
    QCOMPARE(book.deviations.at(1).kind, history.kind);
    QVERIFY(book.deviations.at(1).resolved);
    QCOMPARE(book.deviations.at(1).resolvedAt, then.addDays(1));
}

QTEST_GUILESS_MAIN(TestDeviationsStore)
#include "tst_deviations_store.moc"
