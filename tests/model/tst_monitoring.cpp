// SPDX-License-Identifier: Apache-2.0
// Monitoring: queries on a field (raise, answer with a linked correction, close, re-open) by
// role, SDV marks bound to the verified value (a later change breaks them), progress per page,
// visit and subject, "since my last visit", and the tamper checks of verify.
#include "tst_exportfixtures.h"
#include "studytemplate.h"
#include "exchange/exporter.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"
#include "storage/sincelastvisit.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::fixtures;
using trialcrf::exchangefixtures::readCsv;

Q_DECLARE_METATYPE(trialcrf::Role)

namespace {

const QString kPassword = QStringLiteral("Monitoring-Visit-2024");

#define SAVED(expr)                                                                                \
    do {                                                                                           \
        const SaveResult r_ = (expr);                                                              \
        QVERIFY2(r_.ok(), qPrintable(r_.message + QLatin1Char(' ') + describe(r_.errors)));        \
    } while (false)

Session sessionOf(Role r)
{
    switch (r) {
    case Role::Nurse: return nurse();
    case Role::Physician: return physician();
    case Role::Monitor: return monitor();
    case Role::DataManager: return dataManager();
    }
    return monitor();
}

}  // namespace

class TestMonitoring : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void threadFromRaiseToCloseIsAudited();
    void raiseByRole_data();
    void raiseByRole();
    void physicianQueriesOnlyANursesEntry_data();
    void physicianQueriesOnlyANursesEntry();
    void answerByRole_data();
    void answerByRole();
    void closeAndReopenByRole_data();
    void closeAndReopenByRole();
    void transitionsFollowTheState_data();
    void transitionsFollowTheState();
    void invalidQueriesAreRefused_data();
    void invalidQueriesAreRefused();
    void queriesFilter();
    void sdvByRole_data();
    void sdvByRole();
    void valueChangeBreaksItsMarkOnly();
    void unmarkTakesTheMarkBack();
    void visitIsMarkedInOneAction();
    void sinceLastVisitListsWhatChanged();
    void verifyFindsTampering_data();
    void verifyFindsTampering();
    void exportHasQueriesMessagesAndMarks();

private:
    Casebook load() const;
    FieldRef weight() const { return {m_subject, QStringLiteral("infusions"),
                                      QStringLiteral("week0"), QStringLiteral("weight_kg")}; }
    qint64 raiseOnWeight();
    SaveResult correctWeight(double kg);
    int rows(const QString &sql) const { return scalar(m_db, sql).toInt(); }

    QTemporaryDir m_dir;
    QString m_template;
    ManualClock m_clock;
    Database m_db;
    std::unique_ptr<StudyStore> m_store;
    std::unique_ptr<QueryStore> m_queries;
    std::unique_ptr<SdvStore> m_sdv;
    qint64 m_subject = 0;
};

void TestMonitoring::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.db"));
    StudyTemplate t;
    QVERIFY2(t.create(m_template, kPassword,
                      {{QStringLiteral("dr.chen"), {}, Role::Physician, kPassword},
                       {QStringLiteral("nurse.li"), {}, Role::Nurse, kPassword},
                       {QStringLiteral("monitor.wu"), {}, Role::Monitor, kPassword}},
                      m_clock.clock()),
             qPrintable(t.error()));
    StudyStore &store = t.store();
    Subject s = subject();
    SAVED(store.saveSubject(nurse(), s));
    SAVED(enrol(store, s.id));
    Infusion i = infusion(s.id);
    SAVED(store.saveInfusion(nurse(), i));
    PasiAssessment p = pasi(s.id);
    SAVED(store.savePasi(physician(), p));
    t.close();
}

void TestMonitoring::init()
{
    m_clock = {};
    QString error;
    QVERIFY2(StudyTemplate::openCopy(m_template, m_dir.filePath(QStringLiteral("study.db")), m_db,
                                     &error),
             qPrintable(error));
    m_store = std::make_unique<StudyStore>(m_db, Protocol::builtIn(), m_clock.clock());
    m_queries = std::make_unique<QueryStore>(*m_store);
    m_sdv = std::make_unique<SdvStore>(*m_store);
    m_subject = m_store->subjectIdByCode(QStringLiteral("S001")).value_or(0);
    QVERIFY(m_subject != 0);
    m_clock.now = m_clock.now.addSecs(3600);
}

void TestMonitoring::cleanup()
{
    m_sdv.reset();
    m_queries.reset();
    m_store.reset();
    m_db.close();
}

Casebook TestMonitoring::load() const
{
    return m_store->loadCasebook(monitor(), m_subject).value_or(Casebook{});
}

qint64 TestMonitoring::raiseOnWeight()
{
    qint64 id = 0;
    const SaveResult r =
        m_queries->raise(monitor(), weight(), QStringLiteral("Weight 63.5 kg? Source says 65."),
                         &id);
    if (!r.ok())
        qWarning("raise: %s", qPrintable(r.message));
    return id;
}

SaveResult TestMonitoring::correctWeight(double kg)
{
    const Casebook cb = load();
    Infusion i = *cb.infusion(QStringLiteral("week0"));
    i.weightKg = kg;
    i.actualCells = qint64(2e6 * kg);
    return m_store->saveInfusion(nurse(), i, QStringLiteral("Data clarification (query answered)"));
}

void TestMonitoring::threadFromRaiseToCloseIsAudited()
{
    const qint64 id = raiseOnWeight();
    QVERIFY(id > 0);
    m_clock.now = m_clock.now.addSecs(600);
    SAVED(correctWeight(65));
    SAVED(m_queries->answer(nurse(), id, QStringLiteral("Corrected from the source.")));
    m_clock.now = m_clock.now.addSecs(600);
    SAVED(m_queries->close(monitor(), id, QStringLiteral("Thank you")));

    const std::optional<Query> q = m_queries->thread(monitor(), id);
    QVERIFY(q);
    QCOMPARE(q->state, QueryStore::stateClosed());
    QCOMPARE(q->ref, weight());
    QCOMPARE(q->visit, QStringLiteral("week0"));
    QCOMPARE(q->messages.size(), 3);
    QCOMPARE(q->messages[0].kind, QStringLiteral("raise"));
    QCOMPARE(q->messages[0].author, QStringLiteral("monitor.wu"));
    QCOMPARE(q->messages[1].kind, QStringLiteral("answer"));
    QCOMPARE(q->messages[1].authorRole, QStringLiteral("nurse"));
    // The answer is linked to the correction saved through the page, with its reason.
    QVERIFY(q->messages[1].auditSeq > 0);
    QCOMPARE(q->messages[1].oldValue, QStringLiteral("63.5"));
    QCOMPARE(q->messages[1].newValue, QStringLiteral("65"));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT reason FROM audit_log WHERE seq = ?"),
                    {q->messages[1].auditSeq}).toString(),
             QStringLiteral("Data clarification (query answered)"));
    QCOMPARE(q->messages[2].kind, QStringLiteral("close"));
    QCOMPARE(q->messages[2].atUtc, m_clock.now);

    // Every message and state change in the audit trail, the state before as the old value.
    AuditFilter f;
    f.tableName = QStringLiteral("query_messages");
    const QList<AuditEntry> audit = AuditLog(m_db).entries(f);
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit[0].action, QStringLiteral("query_raise"));
    QCOMPARE(audit[1].action, QStringLiteral("query_answer"));
    QCOMPARE(audit[1].oldValue, QStringLiteral("open"));
    QCOMPARE(audit[2].action, QStringLiteral("query_close"));
    QCOMPARE(audit[2].oldValue, QStringLiteral("answered"));
    QCOMPARE(audit[2].subjectCode, QStringLiteral("S001"));
    QCOMPARE(audit[2].field, QStringLiteral("weight_kg"));
    QCOMPARE(audit[1].reason, QStringLiteral("Corrected from the source."));
    const QJsonObject o = QJsonDocument::fromJson(audit[1].newValue.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("answered"));
    QCOMPARE(o.value(QStringLiteral("audit_seq")).toInteger(), q->messages[1].auditSeq);
    QString problem;
    QVERIFY2(!AuditLog(m_db).firstBrokenRow(&problem), qPrintable(problem));
    QVERIFY2(!QueryStore::firstForgedQuery(m_db, &problem), qPrintable(problem));
}

void TestMonitoring::raiseByRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    // The weight was entered by the nurse: a physician may query it too.
    QTest::newRow("nurse") << Role::Nurse << false;
    QTest::newRow("physician") << Role::Physician << true;
    QTest::newRow("monitor") << Role::Monitor << true;
    QTest::newRow("data manager") << Role::DataManager << true;
}

void TestMonitoring::raiseByRole()
{
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    qint64 id = 0;
    const SaveResult r = m_queries->raise(sessionOf(role), weight(), QStringLiteral("?"), &id);
    QCOMPARE(r.ok(), allowed);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM queries")), allowed ? 1 : 0);
    if (!allowed)
        QCOMPARE(r.status, SaveResult::Status::Denied);
}

void TestMonitoring::physicianQueriesOnlyANursesEntry_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("allowed");
    // The infusion was saved by the nurse, the PASI assessment by the physician.
    QTest::newRow("nurse's weight") << "infusions" << "week0" << "weight_kg" << true;
    QTest::newRow("nurse's page") << "infusions" << "week0" << "" << true;
    QTest::newRow("physician's PASI") << "pasi_assessments" << "week0" << "bsa_pct" << false;
    QTest::newRow("physician's page") << "pasi_assessments" << "week0" << "" << false;
}

void TestMonitoring::physicianQueriesOnlyANursesEntry()
{
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QString, field);
    QFETCH(bool, allowed);
    const SaveResult r =
        m_queries->raise(physician(), {m_subject, table, key, field}, QStringLiteral("?"));
    QCOMPARE(r.ok(), allowed);
    if (!allowed)
        QCOMPARE(r.status, SaveResult::Status::Denied);
    // A monitor may query either.
    SAVED(m_queries->raise(monitor(), {m_subject, table, key, field}, QStringLiteral("?")));
}

void TestMonitoring::answerByRole_data()
{
    raiseByRole_data();
}

void TestMonitoring::answerByRole()
{
    QFETCH(Role, role);
    const bool allowed = role != Role::Monitor;
    const qint64 id = raiseOnWeight();
    const SaveResult r = m_queries->answer(sessionOf(role), id, QStringLiteral("As on source."));
    QCOMPARE(r.ok(), allowed);
    QCOMPARE(m_queries->thread(monitor(), id)->state,
             allowed ? QueryStore::stateAnswered() : QueryStore::stateOpen());
}

void TestMonitoring::closeAndReopenByRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("nurse") << Role::Nurse << false;
    QTest::newRow("physician") << Role::Physician << false;
    QTest::newRow("monitor") << Role::Monitor << true;
    QTest::newRow("data manager") << Role::DataManager << true;
}

void TestMonitoring::closeAndReopenByRole()
{
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    const qint64 id = raiseOnWeight();
    SAVED(m_queries->answer(nurse(), id, QStringLiteral("As on source.")));
    const SaveResult closed = m_queries->close(sessionOf(role), id, {});
    QCOMPARE(closed.ok(), allowed);
    if (!allowed)
        SAVED(m_queries->close(monitor(), id, {}));
    const SaveResult reopened = m_queries->reopen(sessionOf(role), id, QStringLiteral("Not yet"));
    QCOMPARE(reopened.ok(), allowed);
    QCOMPARE(m_queries->thread(monitor(), id)->state,
             allowed ? QueryStore::stateOpen() : QueryStore::stateClosed());
    if (!allowed)
        QCOMPARE(reopened.status, SaveResult::Status::Denied);
}

void TestMonitoring::transitionsFollowTheState_data()
{
    QTest::addColumn<QStringList>("steps");  // the steps before the last
    QTest::addColumn<QString>("last");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("answer open") << QStringList{} << "answer" << true;
    QTest::newRow("answer answered") << QStringList{"answer"} << "answer" << true;
    QTest::newRow("answer closed") << QStringList{"close"} << "answer" << false;
    QTest::newRow("close open") << QStringList{} << "close" << true;
    QTest::newRow("close closed") << QStringList{"close"} << "close" << false;
    QTest::newRow("reopen open") << QStringList{} << "reopen" << false;
    QTest::newRow("reopen answered") << QStringList{"answer"} << "reopen" << true;
    QTest::newRow("reopen closed") << QStringList{"close"} << "reopen" << true;
}

void TestMonitoring::transitionsFollowTheState()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, last);
    QFETCH(bool, allowed);
    const qint64 id = raiseOnWeight();
    const auto step = [&](const QString &kind) {
        if (kind == QLatin1String("answer"))
            return m_queries->answer(nurse(), id, QStringLiteral("a"));
        if (kind == QLatin1String("close"))
            return m_queries->close(monitor(), id, QStringLiteral("c"));
        return m_queries->reopen(monitor(), id, QStringLiteral("r"));
    };
    for (const QString &kind : std::as_const(steps))
        SAVED(step(kind));
    const int before = rows(QStringLiteral("SELECT count(*) FROM audit_log"));
    const SaveResult r = step(last);
    QCOMPARE(r.ok(), allowed);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM audit_log")), before + (allowed ? 1 : 0));
    if (!allowed)
        QCOMPARE(r.status, SaveResult::Status::Stale);
}

void TestMonitoring::invalidQueriesAreRefused_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("no text") << "infusions" << "week0" << "weight_kg" << "  ";
    QTest::newRow("unknown field") << "infusions" << "week0" << "weight" << "?";
    QTest::newRow("key field") << "subjects" << "" << "subject_code" << "?";
    QTest::newRow("unknown table") << "audit_log" << "" << "" << "?";
    QTest::newRow("page not recorded") << "infusions" << "week2" << "weight_kg" << "?";
    QTest::newRow("adverse event not recorded") << "adverse_events" << "1" << "" << "?";
}

void TestMonitoring::invalidQueriesAreRefused()
{
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(QString, field);
    QFETCH(QString, text);
    const SaveResult r = m_queries->raise(monitor(), {m_subject, table, key, field}, text);
    QCOMPARE(r.status, SaveResult::Status::Invalid);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM queries")), 0);
}

void TestMonitoring::queriesFilter()
{
    const qint64 first = raiseOnWeight();
    SAVED(m_queries->raise(monitor(), {m_subject, QStringLiteral("pasi_assessments"),
                                       QStringLiteral("week0"), {}},
                           QStringLiteral("page")));
    SAVED(m_queries->answer(nurse(), first, QStringLiteral("ok")));
    m_clock.now = m_clock.now.addDays(8);
    QueryFilter f;
    QCOMPARE(m_queries->queries(monitor(), f)->size(), 2);
    f.mustAct = QStringLiteral("monitor");
    QCOMPARE(m_queries->queries(monitor(), f)->size(), 1);
    QCOMPARE(m_queries->queries(monitor(), f)->first().id, first);
    f = {};
    f.state = QueryStore::stateOpen();
    QCOMPARE(m_queries->queries(monitor(), f)->size(), 1);
    f = {};
    f.visit = QStringLiteral("week2");
    QCOMPARE(m_queries->queries(monitor(), f)->size(), 0);
    f = {};
    f.minAgeDays = 8;
    QCOMPARE(m_queries->queries(monitor(), f)->size(), 2);
    f.minAgeDays = 9;
    QCOMPARE(m_queries->queries(monitor(), f)->size(), 0);
}

void TestMonitoring::sdvByRole_data()
{
    closeAndReopenByRole_data();
}

void TestMonitoring::sdvByRole()
{
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    const SaveResult r = m_sdv->mark(sessionOf(role), weight().page());
    QCOMPARE(r.ok(), allowed);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM sdv_marks")) > 0, allowed);
    if (allowed)
        SAVED(m_sdv->unmark(sessionOf(role), weight().page()));
    else
        QCOMPARE(m_sdv->unmark(sessionOf(role), weight().page()).status,
                 SaveResult::Status::Denied);
}

void TestMonitoring::valueChangeBreaksItsMarkOnly()
{
    const Protocol &p = m_store->protocol();
    int marked = 0;
    SAVED(m_sdv->mark(monitor(), weight().page(), &marked));
    const SdvProgress before =
        SdvStore::pageProgress(p, load(), *m_sdv->marks(load()), weight().page());
    QVERIFY(before.total > 5);
    QCOMPARE(marked, before.total);
    QVERIFY(before.complete());
    // Marking again adds nothing.
    SAVED(m_sdv->mark(monitor(), weight().page(), &marked));
    QCOMPARE(marked, 0);

    SAVED(correctWeight(65));
    const Casebook book = load();
    const QList<SdvMark> marks = *m_sdv->marks(book);
    const SdvProgress after = SdvStore::pageProgress(p, book, marks, weight().page());
    QCOMPARE(after.total, before.total);
    // The weight and the cells given (worked out with it) changed; nothing else.
    QCOMPARE(after.broken, 2);
    QCOMPARE(after.verified, before.total - 2);
    QCOMPARE(SdvStore::markOf(marks, weight())->status, SdvMark::Status::Broken);
    const FieldRef lot{m_subject, QStringLiteral("infusions"), QStringLiteral("week0"),
                       QStringLiteral("lot_number")};
    QCOMPARE(SdvStore::markOf(marks, lot)->status, SdvMark::Status::Valid);
    QCOMPARE(m_sdv->brokenMarks(monitor())->size(), 2);

    // Verified again: whole again.
    SAVED(m_sdv->mark(monitor(), weight(), &marked));
    QCOMPARE(marked, 1);
    QCOMPARE(SdvStore::markOf(*m_sdv->marks(load()), weight())->status, SdvMark::Status::Valid);
}

void TestMonitoring::unmarkTakesTheMarkBack()
{
    SAVED(m_sdv->mark(monitor(), weight()));
    QVERIFY(SdvStore::markOf(*m_sdv->marks(load()), weight()));
    int unmarked = 0;
    SAVED(m_sdv->unmark(dataManager(), weight(), &unmarked));
    QCOMPARE(unmarked, 1);
    QVERIFY(!SdvStore::markOf(*m_sdv->marks(load()), weight()));
    AuditFilter f;
    f.tableName = QStringLiteral("sdv_marks");
    const QList<AuditEntry> audit = AuditLog(m_db).entries(f);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[0].action, QStringLiteral("sdv_mark"));
    QCOMPARE(audit[1].action, QStringLiteral("sdv_unmark"));
    QCOMPARE(audit[1].userName, QStringLiteral("dm.zhao"));
    QCOMPARE(audit[1].field, QStringLiteral("weight_kg"));
}

void TestMonitoring::visitIsMarkedInOneAction()
{
    const Protocol &p = m_store->protocol();
    SAVED(m_sdv->markVisit(monitor(), m_subject, QStringLiteral("week0")));
    Casebook book = load();
    QList<SdvMark> marks = *m_sdv->marks(book);
    QVERIFY(SdvStore::visitProgress(p, book, marks, QStringLiteral("week0")).complete());
    QVERIFY(SdvStore::pageProgress(p, book, marks, weight().page()).complete());
    QCOMPARE(SdvStore::visitProgress(p, book, marks, QStringLiteral("screening")).verified, 0);
    const SdvProgress all = SdvStore::subjectProgress(p, book, marks);
    QVERIFY(all.verified > 0 && all.verified < all.total);

    SAVED(m_sdv->markVisit(monitor(), m_subject, QStringLiteral("screening")));
    book = load();
    marks = *m_sdv->marks(book);
    QVERIFY(SdvStore::subjectProgress(p, book, marks).complete());
    QCOMPARE(m_sdv->markVisit(monitor(), m_subject, QStringLiteral("week99")).status,
             SaveResult::Status::Invalid);
}

void TestMonitoring::sinceLastVisitListsWhatChanged()
{
    UserStore users(m_db, m_clock.clock());
    QString error;
    std::optional<Session> first = logIn(users, QStringLiteral("monitor.wu"), kPassword, &error);
    QVERIFY2(first, qPrintable(error));
    std::optional<SinceLastVisit> r = sincelastvisit::read(*m_store, *first, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(!r->previousLogin.isValid());
    QVERIFY(r->changes.size() > 3);  // a first visit: everything
    SAVED(m_sdv->mark(*first, weight().page()));

    m_clock.now = m_clock.now.addDays(1);
    SAVED(correctWeight(66));
    const std::optional<Session> second =
        logIn(users, QStringLiteral("monitor.wu"), kPassword, &error);
    QVERIFY(second);
    r = sincelastvisit::read(*m_store, *second, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->previousLogin, m_clock.now.addDays(-1));
    QCOMPARE(r->changes.size(), 2);  // weight and cells given
    QCOMPARE(r->changes[0].ref.page(), weight().page());
    QCOMPARE(r->changes[0].visit, QStringLiteral("week0"));
    QCOMPARE(r->changes[0].subjectCode, QStringLiteral("S001"));
    QStringList changed{r->changes[0].ref.field, r->changes[1].ref.field};
    QVERIFY(changed.contains(QStringLiteral("weight_kg")));
    QCOMPARE(r->brokenMarks.size(), 2);
}

void TestMonitoring::verifyFindsTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("queryTable");
    QTest::newRow("query state") << "UPDATE queries SET state = 'closed'" << true;
    QTest::newRow("query field") << "UPDATE queries SET field = 'lot_number'" << true;
    QTest::newRow("message text") << "UPDATE query_messages SET text = 'never asked'" << true;
    QTest::newRow("message deleted") << "DELETE FROM query_messages WHERE kind = 'answer'" << true;
    QTest::newRow("query deleted") << "DELETE FROM queries" << true;
    QTest::newRow("mark hash") << "UPDATE sdv_marks SET content_hash = 'x'" << false;
    QTest::newRow("mark user") << "UPDATE sdv_marks SET by_user = 'dm.zhao'" << false;
    QTest::newRow("mark deleted") << "DELETE FROM sdv_marks WHERE id = 1" << false;
}

void TestMonitoring::verifyFindsTampering()
{
    QFETCH(QString, sql);
    QFETCH(bool, queryTable);
    const qint64 id = raiseOnWeight();
    SAVED(m_queries->answer(nurse(), id, QStringLiteral("As on source.")));
    SAVED(m_sdv->mark(monitor(), weight().page()));
    QString problem;
    QVERIFY2(!QueryStore::firstForgedQuery(m_db, &problem), qPrintable(problem));
    QVERIFY2(!SdvStore::firstForgedMark(m_db, &problem), qPrintable(problem));
    // Behind the app's back: the triggers dropped first.
    QSqlQuery q(m_db.connection());
    for (const char *trigger : {"queries_no_delete", "query_messages_no_update",
                                "query_messages_no_delete", "sdv_marks_no_update",
                                "sdv_marks_no_delete"})
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger)));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY2(q.exec(sql), qPrintable(sql));
    const std::optional<qint64> found = queryTable ? QueryStore::firstForgedQuery(m_db, &problem)
                                                   : SdvStore::firstForgedMark(m_db, &problem);
    QVERIFY2(found, qPrintable(sql));
    QVERIFY(!problem.isEmpty());
}

void TestMonitoring::exportHasQueriesMessagesAndMarks()
{
    const qint64 id = raiseOnWeight();
    SAVED(correctWeight(65));
    SAVED(m_queries->answer(nurse(), id, QStringLiteral("Corrected, 65 kg")));
    SAVED(m_queries->close(monitor(), id, QStringLiteral("Thank you")));
    SAVED(m_sdv->mark(monitor(), weight().page()));
    SAVED(m_queries->raise(dataManager(), {m_subject, QStringLiteral("pasi_assessments"),
                                           QStringLiteral("week0"), {}},
                           QStringLiteral("Date of the photographs?")));
    SAVED(correctWeight(66));  // breaks two marks

    const QString out = m_dir.filePath(QStringLiteral("export"));
    QDir(out).removeRecursively();
    const ExportResult r = Exporter(*m_store, dataManager()).exportCsv(out);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QList<QStringList> queries = readCsv(QDir(out).filePath(QStringLiteral("queries.csv")));
    QCOMPARE(queries.size(), 3);
    QCOMPARE(queries[0], (QStringList{"query_id", "subject_code", "visit", "record", "record_key",
                                      "field", "state", "must_act", "raised_by", "raised_at_utc",
                                      "updated_at_utc"}));
    QCOMPARE(queries[1].mid(0, 9),
             (QStringList{QString::number(id), "S001", "week0", "infusions", "week0", "weight_kg",
                          "closed", "", "monitor.wu"}));
    QCOMPARE(queries[2].mid(3, 5), (QStringList{"pasi", "week0", "", "open", "site"}));

    const QList<QStringList> messages =
        readCsv(QDir(out).filePath(QStringLiteral("query_messages.csv")));
    QCOMPARE(messages.size(), 5);
    QCOMPARE(messages[2].at(2), QStringLiteral("answer"));
    QCOMPARE(messages[2].at(6), QStringLiteral("Corrected, 65 kg"));
    QVERIFY(!messages[2].at(7).isEmpty());  // the linked change
    QCOMPARE(messages[3].at(2), QStringLiteral("close"));

    const QList<QStringList> sdv = readCsv(QDir(out).filePath(QStringLiteral("sdv.csv")));
    const qsizetype status = sdv.first().indexOf(QStringLiteral("status"));
    const qsizetype field = sdv.first().indexOf(QStringLiteral("field"));
    QVERIFY(sdv.size() > 5);
    int changed = 0;
    for (const QStringList &row : sdv.mid(1)) {
        if (row.at(status) == QLatin1String("changed_since_verified")) {
            ++changed;
            QVERIFY(row.at(field) == QLatin1String("weight_kg")
                    || row.at(field) == QLatin1String("actual_cells"));
        }
    }
    QCOMPARE(changed, 2);

    // dictionary.csv describes every column of the three files.
    const QList<QStringList> dictionary =
        readCsv(QDir(out).filePath(QStringLiteral("dictionary.csv")));
    for (const auto &[file, header] :
         {QPair<QString, QStringList>{"queries.csv", queries.first()},
          {"query_messages.csv", messages.first()},
          {"sdv.csv", sdv.first()}}) {
        QStringList described;
        for (const QStringList &row : dictionary) {
            if (row.first() == file)
                described << row.at(1);
        }
        QCOMPARE(described, header);
    }
}

QTEST_GUILESS_MAIN(TestMonitoring)
#include "tst_monitoring.moc"
