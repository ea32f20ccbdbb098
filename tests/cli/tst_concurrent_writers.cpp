// SPDX-License-Identifier: Apache-2.0
// Eight workstations save into one study at once (eight trialcrf-test-concurrent-writer
// processes, each logged in as a nurse or a physician): new subjects with their consent
// pages, and edits of one shared subject that all of them fight over with the row version
// they read. Afterwards the study verifies (the model's checks and `trialcrf-cli verify`),
// every acknowledged save is there with exactly its values and its audit row, and the shared
// subject went through exactly the versions that were acknowledged, in order: a stale save
// that overwrote a newer one, or a save lost between two writers, shows as a version
// acknowledged twice or a final value nobody acknowledged last. On a SQLite file (WAL,
// several processes on one file) and, as tst_concurrent_writers_pg, on the test server.
#include "fixtures.h"
#include "processrun.h"
#include "storage/auditlog.h"
#include "storage/reconcile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <memory>
#include <vector>

using namespace trialcrf;
using namespace trialcrf::fixtures;

namespace {

constexpr int kWriters = 8;
constexpr int kSeconds = 4;
const QString kPassword = QStringLiteral("Writers-Password-1");
const QString kShared = QStringLiteral("SHARED");

struct Ack {
    qint64 id = 0;
    int version = 0;
    QString value;      ///< the subject's initials, or the consent's obtained_by
    qint64 subjectId = 0;  ///< a consent's subject
    QString code;       ///< a new subject's code
    int writer = 0;
};

struct Outcome {
    QList<Ack> subjects, consents, shared;
    int stale = 0;
    int busy = 0;
    QStringList problems;  ///< crashes, errors, lines not understood
};

void parseLine(const QString &line, int writer, Outcome *o)
{
    const QStringList f = line.split(QLatin1Char('\t'));
    if (f.value(0) == QLatin1String("ack") && f.size() >= 5) {
        Ack a;
        a.writer = writer;
        a.id = f.at(2).toLongLong();
        a.version = f.at(3).toInt();
        if (f.at(1) == QLatin1String("subject") && f.size() == 6) {
            a.code = f.at(4);
            a.value = f.at(5);
            o->subjects << a;
            return;
        }
        if (f.at(1) == QLatin1String("consent") && f.size() == 6) {
            a.subjectId = f.at(4).toLongLong();
            a.value = f.at(5);
            o->consents << a;
            return;
        }
        if (f.at(1) == QLatin1String("shared") && f.size() == 5) {
            a.value = f.at(4);
            o->shared << a;
            return;
        }
    } else if (f.value(0) == QLatin1String("stale")) {
        ++o->stale;
        return;
    } else if (f.value(0) == QLatin1String("busy")) {
        ++o->busy;
        return;
    } else if (line == QLatin1String("ready") || line == QLatin1String("done")) {
        return;
    }
    o->problems << QStringLiteral("writer %1: %2").arg(writer).arg(line);
}

/// The rows the trail holds for one record: (field, new_value) in trail order.
QList<QPair<QString, QString>> trailOf(const Database &db, const QString &table, qint64 id)
{
    QList<QPair<QString, QString>> rows;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT action, field, new_value FROM audit_log"
                             " WHERE table_name = ? AND record_id = ? ORDER BY seq"));
    q.addBindValue(table);
    q.addBindValue(id);
    if (!q.exec())
        return {{QStringLiteral("error"), q.lastError().text()}};
    while (q.next())
        rows.append({q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(),
                     q.value(2).toString()});
    return rows;
}

}  // namespace

class TestConcurrentWriters : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eightWritersKeepEverySaveAndOneChain();

private:
    bool prepareStudy(const StudyLocation &where, qint64 *sharedId, int *sharedVersion);
    Outcome runWriters(const QString &location);
    void checkStudy(const StudyLocation &where, const Outcome &o, qint64 sharedId,
                    int sharedVersion);
    QString m_error;
};

/// A new study with a data manager, a nurse and a physician (real accounts, as the app logs
/// in), and the shared subject.
bool TestConcurrentWriters::prepareStudy(const StudyLocation &where, qint64 *sharedId,
                                         int *sharedVersion)
{
    Database db;
    if (!db.open(where)) {
        m_error = db.errorString();
        return false;
    }
    UserStore users(db);
    if (!users.createFirstAdmin(QStringLiteral("datamanager"), kPassword, &m_error))
        return false;
    const std::optional<Session> admin = logIn(users, QStringLiteral("datamanager"), kPassword, &m_error);
    if (!admin)
        return false;
    if (!users.addUser(*admin, QStringLiteral("nurse"), QStringLiteral("Nurse Li"), Role::Nurse,
                       kPassword, &m_error)
        || !users.addUser(*admin, QStringLiteral("physician"), QStringLiteral("Dr Chen"),
                          Role::Physician, kPassword, &m_error))
        return false;
    const std::optional<Session> doctor = logIn(users, QStringLiteral("physician"), kPassword, &m_error);
    if (!doctor)
        return false;
    StudyStore store(db, Protocol::builtIn());
    Subject s = subject(kShared);
    s.week0Date = QDate::currentDate().addDays(14);
    const SaveResult r = store.saveSubject(*doctor, s);
    m_error = saveProblem(r, "shared subject");
    *sharedId = s.id;
    *sharedVersion = s.version;
    return r.ok();
}

/// Runs the writers at once and collects what each acknowledged.
Outcome TestConcurrentWriters::runWriters(const QString &location)
{
    std::vector<std::unique_ptr<QProcess>> writers;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TRIALCRF_PASSWORD"), kPassword);
    env.insert(QStringLiteral("TRIALCRF_DB_PASSWORD"), QStringLiteral("test-db-password"));
    for (int i = 0; i < kWriters; ++i) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(TRIALCRF_CONCURRENT_WRITER),
                 {location, i % 2 ? QStringLiteral("physician") : QStringLiteral("nurse"),
                  QString::number(i), QString::number(kSeconds), kShared});
        writers.push_back(std::move(p));
    }
    // The event loop reads every writer's output while they run (a full pipe would stall one).
    const bool ended = QTest::qWaitFor(
        [&] {
            for (const auto &p : writers)
                if (p->state() != QProcess::NotRunning)
                    return false;
            return true;
        },
        (kSeconds + 120) * 1000);
    Outcome o;
    for (int i = 0; i < kWriters; ++i) {
        QProcess &p = *writers[size_t(i)];
        if (!ended && p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            o.problems << QStringLiteral("writer %1 did not end").arg(i);
        }
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            o.problems << QStringLiteral("writer %1 crashed or failed (%2): %3")
                              .arg(i)
                              .arg(p.exitCode())
                              .arg(err);
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.value(0) != QLatin1String("ready") || lines.value(lines.size() - 1) != QLatin1String("done"))
            o.problems << QStringLiteral("writer %1 did not run to the end: %2").arg(i).arg(err);
        for (const QString &line : lines)
            parseLine(line, i, &o);
    }
    return o;
}

void TestConcurrentWriters::checkStudy(const StudyLocation &where, const Outcome &o,
                                       qint64 sharedId, int sharedVersion)
{
    Database db;
    QVERIFY2(db.open(where, Database::OpenMode::ExistingOnly), qPrintable(db.errorString()));
    // The model's verify: integrity, one sound chain that ends at its anchor, and every
    // stored row as its trail leaves it.
    QCOMPARE(db.integrityProblems(), QStringList());
    QString problem;
    QCOMPARE(AuditLog(db).firstBrokenRow(&problem), std::optional<qint64>());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QStringList differences;
    QString error;
    QVERIFY2(Reconciler(db, Protocol::builtIn()).run([&](const Discrepancy &d) {
        differences << QStringLiteral("%1 %2 %3: stored '%4', trail '%5'")
                           .arg(d.table).arg(d.recordId).arg(d.field, d.stored, d.perTrail);
        return true;
    }, &error), qPrintable(error));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));

    // Every acknowledged save is there, with exactly its values and its audit rows.
    StudyStore store(db, Protocol::builtIn());
    std::map<qint64, Casebook> books;
    const auto book = [&](qint64 id) -> const Casebook * {
        auto it = books.find(id);
        if (it == books.end()) {
            std::optional<Casebook> b = store.loadCasebook(physician(), id, &error);
            if (!b)
                return nullptr;
            it = books.emplace(id, *b).first;
        }
        return &it->second;
    };
    for (const Ack &a : o.subjects) {
        const Casebook *b = book(a.id);
        QVERIFY2(b, qPrintable(a.code + QLatin1String(": ") + error));
        QCOMPARE(b->subject.code, a.code);
        QCOMPARE(b->subject.initials, a.value);
        QCOMPARE(b->subject.version, a.version);
        const auto trail = trailOf(db, QStringLiteral("subjects"), a.id);
        QVERIFY2(!trail.isEmpty() && trail.first().first == QLatin1String("insert/"), qPrintable(a.code));
        QVERIFY2(trail.first().second.contains(a.value), qPrintable(trail.first().second));
    }
    for (const Ack &a : o.consents) {
        const Casebook *b = book(a.subjectId);
        QVERIFY(b);
        QVERIFY2(b->consent, qPrintable(a.value));
        QCOMPARE(b->consent->id, a.id);
        QCOMPARE(b->consent->version, a.version);
        QCOMPARE(b->consent->obtainedBy, a.value);
        const auto trail = trailOf(db, QStringLiteral("consents"), a.id);
        QVERIFY2(!trail.isEmpty() && trail.first().first == QLatin1String("insert/"), qPrintable(a.value));
        QVERIFY2(trail.first().second.contains(a.value), qPrintable(trail.first().second));
    }

    // The shared subject went through exactly the acknowledged versions, one each, and holds
    // the value acknowledged last; its trail names the same values in the same order.
    QList<Ack> shared = o.shared;
    std::sort(shared.begin(), shared.end(),
              [](const Ack &a, const Ack &b) { return a.version < b.version; });
    for (int i = 0; i < shared.size(); ++i) {
        QVERIFY2(shared.at(i).id == sharedId, "an edit of the shared subject saved another row");
        QVERIFY2(shared.at(i).version == sharedVersion + 1 + i,
                 qPrintable(QStringLiteral("version %1 acknowledged to writers %2 and %3 (a save "
                                           "overwrote another), or a version nobody acknowledged")
                                .arg(shared.at(i).version)
                                .arg(shared.value(i - 1).writer)
                                .arg(shared.at(i).writer)));
    }
    std::optional<Casebook> now = store.loadCasebook(physician(), sharedId, &error);
    QVERIFY2(now, qPrintable(error));
    QCOMPARE(now->subject.version, sharedVersion + int(shared.size()));
    QCOMPARE(now->subject.initials, shared.last().value);
    QStringList trailValues;
    for (const auto &row : trailOf(db, QStringLiteral("subjects"), sharedId))
        if (row.first == QLatin1String("update/initials"))
            trailValues << row.second;
    QStringList acknowledgedValues;
    for (const Ack &a : std::as_const(shared))
        acknowledgedValues << a.value;
    QCOMPARE(trailValues, acknowledgedValues);
}

void TestConcurrentWriters::eightWritersKeepEverySaveAndOneChain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    const StudyLocation where = studyAt(path);
    qint64 sharedId = 0;
    int sharedVersion = 0;
    QVERIFY2(prepareStudy(where, &sharedId, &sharedVersion), qPrintable(m_error));

    const Outcome o = runWriters(where.isServer() ? where.toString() : path);
    QVERIFY2(o.problems.isEmpty(), qPrintable(o.problems.join(QLatin1Char('\n'))));
    qInfo("acknowledged: %lld subjects, %lld consents, %lld shared edits; refused: %d stale, %d busy",
          qint64(o.subjects.size()), qint64(o.consents.size()), qint64(o.shared.size()), o.stale,
          o.busy);
    // The run really was concurrent: every writer saved, and edits of the shared subject
    // really collided.
    for (int w = 0; w < kWriters; ++w)
        QVERIFY2(std::any_of(o.subjects.cbegin(), o.subjects.cend(),
                             [w](const Ack &a) { return a.writer == w; }),
                 qPrintable(QStringLiteral("writer %1 saved nothing").arg(w)));
    QVERIFY(!o.shared.isEmpty());
    QVERIFY2(o.stale > 0, "no stale save was refused: the writers did not collide");

    checkStudy(where, o, sharedId, sharedVersion);
    if (QTest::currentTestFailed())
        return;

    // The CLI's verify agrees.
    QStringList args{QStringLiteral("verify")};
    args << (where.isServer() ? QStringLiteral("--server") : QStringLiteral("--db"))
         << (where.isServer() ? where.toString() : path);
    const ProcessRun verify = runProgram(QStringLiteral(TRIALCRF_CLI), args,
                                         {{QStringLiteral("TRIALCRF_DB_PASSWORD"),
                                           QStringLiteral("test-db-password")}});
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
    QVERIFY2(verify.out.contains(QLatin1String("OK: ")), qPrintable(verify.out));
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrent_writers.moc"
