// SPDX-License-Identifier: Apache-2.0
// DemoGenerator: deterministic for a seed and a pinned clock, written through the store, and
// a realistic mix of what the app must show (screen failures, non-responders, deviations,
// adverse events, visits due and overdue "today").
#include "demo/demogenerator.h"
#include "fixtures.h"
#include "protocol/protocol.h"
#include "rules/rules.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace trialcrf;

namespace {

const QDate kToday(2024, 6, 15);

Clock pinnedClock()
{
    return fixtures::fixedClock(QDateTime(kToday, QTime(10, 0), Qt::UTC));
}

const Session kReader{0, QStringLiteral("test"), Role::Monitor};

QString optionalDate(const std::optional<QDate> &d)
{
    return d ? d->toString(Qt::ISODate) : QStringLiteral("-");
}

/// Everything clinical about one subject as text, to compare two generated studies.
QString fingerprint(const Casebook &b, const Protocol &p)
{
    QStringList parts;
    const Subject &s = b.subject;
    parts << s.code << s.initials << s.sex << optionalDate(s.birthDate)
          << optionalDate(s.week0Date) << s.status;
    if (b.consent)
        parts << optionalDate(b.consent->consentDate);
    if (b.eligibility)
        parts << b.eligibility->confirmedVerdict
              << QString::number(b.eligibility->platelets.value_or(-1));
    for (const PasiAssessment &a : b.pasi)
        parts << a.visit << optionalDate(a.assessmentDate)
              << QString::number(a.pasiTenths(p).value_or(-1));
    for (const Infusion &i : b.infusions)
        parts << i.visit << optionalDate(i.infusionDate) << QString::number(i.weightKg.value_or(0))
              << QString::number(i.actualCells.value_or(0)) << i.deviationReason
              << QString::number(i.vitals.size());
    for (const AdverseEvent &ae : b.adverseEvents)
        parts << ae.term << ae.ctcaeGrade << ae.relatedness << optionalDate(ae.onsetDate);
    return parts.join(QLatin1Char('|'));
}

}  // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT

private slots:
    void init();
    void sameSeedSameStudy();
    void otherSeedOtherStudy();
    void subjectDoesNotDependOnStudySize();
    void writesRealisticMix();
    void refusesDatabaseWithData();

private:
    /// Generates into a new file and returns each subject's fingerprint, by code.
    QMap<QString, QString> generate(const QString &name, int subjects, quint32 seed);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDemoGenerator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QMap<QString, QString> TestDemoGenerator::generate(const QString &name, int subjects,
                                                   quint32 seed)
{
    QMap<QString, QString> result;
    Database db;
    if (!db.open(m_dir->filePath(name))) {
        qWarning("%s", qPrintable(db.errorString()));
        return result;
    }
    const Protocol &p = Protocol::builtIn();
    DemoGenerator generator(db, p, pinnedClock());
    QString error;
    if (!generator.generate(subjects, seed, &error)) {
        qWarning("%s", qPrintable(error));
        return result;
    }
    const StudyStore store(db, p, pinnedClock());
    for (const SubjectSummary &s : store.subjects(0, subjects)) {
        const std::optional<Casebook> book = store.loadCasebook(kReader, s.id);
        if (book)
            result.insert(s.code, fingerprint(*book, p));
    }
    return result;
}

void TestDemoGenerator::sameSeedSameStudy()
{
    const QMap<QString, QString> a = generate(QStringLiteral("a.db"), 40, 11);
    const QMap<QString, QString> b = generate(QStringLiteral("b.db"), 40, 11);
    QCOMPARE(a.size(), 40);
    QCOMPARE(a, b);
}

void TestDemoGenerator::otherSeedOtherStudy()
{
    const QMap<QString, QString> a = generate(QStringLiteral("a.db"), 20, 1);
    const QMap<QString, QString> b = generate(QStringLiteral("b.db"), 20, 2);
    QCOMPARE(a.size(), 20);
    QCOMPARE(b.size(), 20);
    int same = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        same += b.value(it.key()) == it.value() ? 1 : 0;
    QCOMPARE(same, 0);
}

void TestDemoGenerator::subjectDoesNotDependOnStudySize()
{
    const QMap<QString, QString> small = generate(QStringLiteral("small.db"), 10, 5);
    const QMap<QString, QString> large = generate(QStringLiteral("large.db"), 30, 5);
    QCOMPARE(small.size(), 10);
    for (auto it = small.cbegin(); it != small.cend(); ++it)
        QCOMPARE(large.value(it.key()), it.value());
}

void TestDemoGenerator::writesRealisticMix()
{
    const int n = 300;
    Database db;
    QVERIFY(db.open(m_dir->filePath(QStringLiteral("mix.db"))));
    const Protocol &p = Protocol::builtIn();
    DemoGenerator generator(db, p, pinnedClock());
    QString error;
    QVERIFY2(generator.generate(n, 1, &error), qPrintable(error));
    QVERIFY(db.isDemo());
    QCOMPARE(UserStore(db).userCount(), DemoGenerator::accounts().size());

    const StudyStore store(db, p, pinnedClock());
    QCOMPARE(store.subjectCount(), n);
    QMap<QString, int> status;
    int infusions = 0, deviations = 0, adverseEvents = 0, outOfWindow = 0, dueOrOverdue = 0;
    int completed = 0, nonResponders = 0;
    for (const SubjectSummary &s : store.subjects(0, n)) {
        const std::optional<Casebook> b = store.loadCasebook(kReader, s.id);
        QVERIFY(b);
        ++status[b->subject.status];
        QVERIFY(b->consent);
        QVERIFY(b->eligibility);
        const QString verdict = b->eligibility->confirmedVerdict;
        if (b->subject.status == QLatin1String("screen_failed")) {
            QCOMPARE(verdict, QStringLiteral("not_eligible"));
            QVERIFY(b->infusions.isEmpty());
        } else if (b->subject.status != QLatin1String("screening")) {
            QCOMPARE(verdict, QStringLiteral("eligible"));
        }
        for (const Infusion &i : b->infusions) {
            ++infusions;
            QVERIFY(*i.weightKg >= 40 && *i.weightKg <= 100);
            const rules::DoseCheck dose = *rules::checkDose(p, *i.weightTenths(), *i.actualCells);
            if (!dose.withinTolerance) {
                ++deviations;
                QVERIFY(!i.deviationReason.isEmpty());
            }
            QCOMPARE(i.vitals.size(), 4);
        }
        for (const AdverseEvent &ae : b->adverseEvents) {
            ++adverseEvents;
            QVERIFY(!ae.relatedness.isEmpty());
            QVERIFY(p.adverseEvents.grades.indexOf(ae.ctcaeGrade) <= 2);
        }
        const QDate week0 = *b->subject.week0Date;
        for (const VisitDef &v : p.visits) {
            if (!v.week)
                continue;
            const QDate done = s.visitDates.value(v.code);
            const rules::VisitState state = rules::visitState(
                p, v.code, week0, done.isValid() ? std::optional<QDate>(done) : std::nullopt,
                kToday);
            outOfWindow += state == rules::VisitState::OutOfWindow ? 1 : 0;
            if (b->subject.status == QLatin1String("enrolled"))
                dueOrOverdue += state == rules::VisitState::Due ||
                                        state == rules::VisitState::Overdue
                                    ? 1
                                    : 0;
        }
        if (b->subject.status == QLatin1String("completed")) {
            ++completed;
            const QList<rules::PasiPoint> points = b->pasiPoints(p);
            const std::optional<int> baseline = rules::baselineTenths(p, points);
            QVERIFY(baseline && *baseline >= 60 && *baseline <= 420);
            const PasiAssessment *last = b->pasiAt(QStringLiteral("week12"));
            QVERIFY(last);
            const std::optional<int> improvement =
                rules::improvementTenthsPct(baseline, last->pasiTenths(p));
            if (improvement && *improvement < 500)
                ++nonResponders;
        }
    }
    const DemoGenerator::Stats &stats = generator.stats();
    QCOMPARE(stats.subjects, n);
    QCOMPARE(stats.infusions, infusions);
    QCOMPARE(stats.adverseEvents, adverseEvents);
    for (const char *code : {"enrolled", "completed", "screen_failed", "withdrawn"})
        QVERIFY2(status.value(QLatin1String(code)) > 0, code);
    QVERIFY(status.value(QStringLiteral("screen_failed")) < n / 4);
    QVERIFY(deviations > 0);
    QVERIFY(deviations < infusions / 10);
    QVERIFY(adverseEvents > 0);
    QVERIFY(outOfWindow > 0);
    QVERIFY(dueOrOverdue > 0);
    QVERIFY(completed > 0);
    QVERIFY2(nonResponders > 0 && nonResponders < completed / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(nonResponders).arg(completed)));
}

void TestDemoGenerator::refusesDatabaseWithData()
{
    Database db;
    QVERIFY(db.open(m_dir->filePath(QStringLiteral("used.db"))));
    QString error;
    QVERIFY(UserStore(db).createFirstAdmin(QStringLiteral("dm"),
                                           QStringLiteral("Correct-horse-42-battery"), &error));
    DemoGenerator generator(db, Protocol::builtIn(), pinnedClock());
    QVERIFY(!generator.generate(5, 1, &error));
    QVERIFY(error.contains(QLatin1String("already holds data")));
    QVERIFY(!db.isDemo());
    QCOMPARE(StudyStore(db, Protocol::builtIn()).subjectCount(), 0);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
