// SPDX-License-Identifier: Apache-2.0
// The cell lot at the chair: a lot already infused to another subject is a soft check — the
// infusion is saved, with a "lot_reused" deviation in the log that wants its reason — at its
// boundary on both sides (same subject, another subject, earlier or later, the lot as typed).
#include "rules/deviations.h"
#include "teststudy.h"

#include <QTest>

using namespace trialcrf;
using namespace trialcrf::fixtures;

namespace {

#define SAVED(expr)                                                                                \
    do {                                                                                           \
        const SaveResult r_ = (expr);                                                              \
        QVERIFY2(r_.ok(), qPrintable(r_.message + QLatin1Char(' ') + describe(r_.errors)));        \
    } while (false)

const QString kLotReused = QLatin1String(rules::deviation::kLotReused);

}  // namespace

class TestLotReuse : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ruleNamesTheKind();
    void lotReuseAtItsBoundary_data();
    void lotReuseAtItsBoundary();
    void reasonIsKeptInTheLog();
    void firstUseStaysWithoutDeviation();

private:
    qint64 addSubject(const QString &code);
    /// Saves an infusion of `subjectId` at `visit` with `lot`; its id.
    qint64 infuse(qint64 subjectId, const QString &visit, const QString &lot,
                  const QString &reason = {});
    QList<Deviation> lotDeviations(qint64 subjectId, const QString &visit);

    std::unique_ptr<TestStudy> m_study;
};

void TestLotReuse::init()
{
    m_study = std::make_unique<TestStudy>();
    QVERIFY2(m_study->isValid(), qPrintable(m_study->error()));
    QVERIFY2(m_study->addAccounts(), qPrintable(m_study->error()));
}

void TestLotReuse::cleanup()
{
    m_study.reset();
}

qint64 TestLotReuse::addSubject(const QString &code)
{
    Subject s = subject(code);
    const SaveResult saved = m_study->store().saveSubject(m_study->nurse, s);
    if (!saved.ok() || !enrol(m_study->store(), s.id, m_study->physician).ok())
        return 0;
    return s.id;
}

qint64 TestLotReuse::infuse(qint64 subjectId, const QString &visit, const QString &lot,
                            const QString &reason)
{
    const QDate week0 = *subject().week0Date;
    const int week = m_study->store().protocol().visit(visit)->week.value_or(0);
    Infusion i = infusion(subjectId, visit, week0.addDays(7 * week));
    i.lotNumber = lot;
    if (!reason.isEmpty())
        i.deviationReasons.insert(kLotReused, reason);
    const SaveResult r = m_study->store().saveInfusion(m_study->nurse, i);
    if (!r.ok())
        qWarning() << r.message << describe(r.errors);
    return r.ok() ? i.id : 0;
}

QList<Deviation> TestLotReuse::lotDeviations(qint64 subjectId, const QString &visit)
{
    QList<Deviation> out;
    const std::optional<Casebook> book = m_study->store().loadCasebook(m_study->nurse, subjectId);
    for (const Deviation &d : book ? book->deviations : QList<Deviation>()) {
        if (d.kind == kLotReused && d.visit == visit && !d.resolved)
            out << d;
    }
    return out;
}

void TestLotReuse::ruleNamesTheKind()
{
    rules::DeviationInput in;
    in.infusion = true;
    QVERIFY(!rules::detectDeviations(Protocol::builtIn(), in).contains(kLotReused));
    in.lotReused = true;
    QVERIFY(rules::detectDeviations(Protocol::builtIn(), in).contains(kLotReused));
    QVERIFY(rules::deviationKinds().contains(kLotReused));
    // A PASI assessment has no lot.
    in.infusion = false;
    QVERIFY(!rules::detectDeviations(Protocol::builtIn(), in).contains(kLotReused));
}

void TestLotReuse::lotReuseAtItsBoundary_data()
{
    QTest::addColumn<bool>("otherSubject");
    QTest::addColumn<QString>("secondLot");
    QTest::addColumn<bool>("deviation");
    QTest::newRow("same lot, another subject") << true << "UC2403-017" << true;
    QTest::newRow("same lot typed with spaces, another subject") << true << "  UC2403-017 " << true;
    QTest::newRow("one character more, another subject") << true << "UC2403-0170" << false;
    QTest::newRow("one character less, another subject") << true << "UC2403-01" << false;
    QTest::newRow("another case, another subject") << true << "uc2403-017" << false;
    QTest::newRow("same lot, same subject's next visit") << false << "UC2403-017" << false;
}

void TestLotReuse::lotReuseAtItsBoundary()
{
    QFETCH(bool, otherSubject);
    QFETCH(QString, secondLot);
    QFETCH(bool, deviation);
    const qint64 s1 = addSubject(QStringLiteral("S001"));
    const qint64 s2 = addSubject(QStringLiteral("S002"));
    QVERIFY(s1 && s2);
    QVERIFY(infuse(s1, QStringLiteral("week0"), QStringLiteral("UC2403-017")));
    const qint64 who = otherSubject ? s2 : s1;
    const QString visit = otherSubject ? QStringLiteral("week0") : QStringLiteral("week2");
    QVERIFY(infuse(who, visit, secondLot));  // saved either way: a soft check
    QCOMPARE(lotDeviations(who, visit).size(), deviation ? 1 : 0);
    if (deviation)
        QVERIFY(lotDeviations(who, visit).first().reasonMissing());
}

void TestLotReuse::reasonIsKeptInTheLog()
{
    const qint64 s1 = addSubject(QStringLiteral("S001"));
    const qint64 s2 = addSubject(QStringLiteral("S002"));
    QVERIFY(infuse(s1, QStringLiteral("week0"), QStringLiteral("L1")));
    QVERIFY(infuse(s2, QStringLiteral("week0"), QStringLiteral("L1"),
                   QStringLiteral("pharmacy relabelled the bag; lot confirmed by phone")));
    const QList<Deviation> found = lotDeviations(s2, QStringLiteral("week0"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().reason, QStringLiteral("pharmacy relabelled the bag; lot confirmed by phone"));
    QVERIFY(!found.first().reasonMissing());
    QCOMPARE(found.first().sourceCode(), QStringLiteral("infusion"));
}

void TestLotReuse::firstUseStaysWithoutDeviation()
{
    const qint64 s1 = addSubject(QStringLiteral("S001"));
    const qint64 s2 = addSubject(QStringLiteral("S002"));
    QVERIFY(infuse(s1, QStringLiteral("week0"), QStringLiteral("L1")));
    QVERIFY(infuse(s2, QStringLiteral("week0"), QStringLiteral("L1")));
    // The first subject's infusion saved again (a correction): its lot came first.
    Casebook book = *m_study->store().loadCasebook(m_study->nurse, s1);
    Infusion first = *book.infusion(QStringLiteral("week0"));
    first.weightKg = 64.0;
    first.actualCells = 128000000;
    SAVED(m_study->store().saveInfusion(m_study->nurse, first, QStringLiteral("weighed again")));
    QCOMPARE(lotDeviations(s1, QStringLiteral("week0")).size(), 0);
    QCOMPARE(lotDeviations(s2, QStringLiteral("week0")).size(), 1);
    // The later one corrected to its own lot: the deviation is resolved.
    book = *m_study->store().loadCasebook(m_study->nurse, s2);
    Infusion second = *book.infusion(QStringLiteral("week0"));
    second.lotNumber = QStringLiteral("L2");
    SAVED(m_study->store().saveInfusion(m_study->nurse, second, QStringLiteral("label misread")));
    QCOMPARE(lotDeviations(s2, QStringLiteral("week0")).size(), 0);
}

QTEST_GUILESS_MAIN(TestLotReuse)
#include "tst_lotreuse.moc"
