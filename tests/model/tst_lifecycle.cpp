// SPDX-License-Identifier: Apache-2.0
// The subject's life cycle through the store: the status follows each save that changes it,
// in the same transaction and with its audit row; no infusion is saved for a subject who is
// not enrolled, whatever the reason; a withdrawal has its date and reason.
#include "records/lifecycle.h"
#include "storage/bulkwriter.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "fixtures.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::fixtures;

#define SAVED(expr)                                                                            \
    do {                                                                                       \
        const SaveResult r_ = (expr);                                                          \
        QVERIFY2(r_.ok(), qPrintable(r_.message + QLatin1Char(' ')                             \
                                     + QString::fromUtf8(describe(r_.errors))));               \
    } while (false)

class TestLifeCycle : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void infusionRefusedUntilEnrolled_data();
    void infusionRefusedUntilEnrolled();
    void infusionRefusedOnTheBulkPathToo();
    void enrolmentUpdatesStatusWithItsAuditRow();
    void confirmedNotEligibleIsScreenFailure();
    void finalVisitCompletes();
    void withdrawalNeedsDateAndReason();
    void withdrawnSubjectTakesNoLaterInfusion();
    void statusIsNotTyped();
    void nurseMayNotConfirmTheVerdict();
    void eligibilityPasiComesFromTheScreeningAssessment();

private:
    qint64 newSubject(const QString &code = QStringLiteral("S001"));
    QString status(qint64 id);
    QString lastStatusAudit(qint64 id, QString *oldValue = nullptr);

    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StudyStore> m_store;
};

void TestLifeCycle::init()
{
    m_clock = ManualClock();
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>();
    QFile::remove(m_dir.filePath(QStringLiteral("life.db")));
    QVERIFY2(m_db->open(trialcrf::fixtures::studyAt(m_dir.filePath(QStringLiteral("life.db")))), qPrintable(m_db->errorString()));
    m_store = std::make_unique<StudyStore>(*m_db, Protocol::builtIn(), m_clock.clock());
}

void TestLifeCycle::cleanup()
{
    m_store.reset();
    m_db->close();
    m_db.reset();
}

qint64 TestLifeCycle::newSubject(const QString &code)
{
    Subject s = subject(code);
    const SaveResult r = m_store->saveSubject(nurse(), s);
    if (!r.ok())
        qWarning("subject: %s", qPrintable(r.message));
    return s.id;
}

QString TestLifeCycle::status(qint64 id)
{
    return scalar(*m_db, QStringLiteral("SELECT status FROM subjects WHERE id = ?"), {id})
        .toString();
}

QString TestLifeCycle::lastStatusAudit(qint64 id, QString *oldValue)
{
    if (oldValue)
        *oldValue = scalar(*m_db,
                           QStringLiteral("SELECT old_value FROM audit_log WHERE table_name ="
                                          " 'subjects' AND record_id = ? AND field = 'status'"
                                          " ORDER BY seq DESC LIMIT 1"),
                           {id})
                        .toString();
    return scalar(*m_db,
                  QStringLiteral("SELECT new_value FROM audit_log WHERE table_name = 'subjects'"
                                 " AND record_id = ? AND field = 'status' ORDER BY seq DESC"
                                 " LIMIT 1"),
                  {id})
        .toString();
}

void TestLifeCycle::infusionRefusedUntilEnrolled_data()
{
    QTest::addColumn<QString>("consent");   // "", yes, no
    QTest::addColumn<QString>("verdict");   // confirmed verdict, "" = not confirmed
    QTest::addColumn<bool>("withdrawn");
    QTest::addColumn<QStringList>("messages");

    const QString notSigned = QStringLiteral(
        "No infusion before enrolment: the subject has not signed the informed consent.");
    const QString notConfirmed = QStringLiteral(
        "No infusion before enrolment: a physician has not confirmed the subject eligible.");
    const QString notEligible = QStringLiteral(
        "No infusion: a physician confirmed the subject not eligible (screen failure).");
    const QString withdrew =
        QStringLiteral("No infusion after withdrawal: the subject withdrew on 2024-03-01.");
    QTest::newRow("nothing recorded") << "" << "" << false
                                      << QStringList{notSigned, notConfirmed};
    QTest::newRow("consent not signed") << "no" << "" << false
                                        << QStringList{notSigned, notConfirmed};
    QTest::newRow("consent signed, eligibility not confirmed")
        << "yes" << "" << false << QStringList{notConfirmed};
    QTest::newRow("confirmed incomplete") << "yes" << "incomplete" << false
                                          << QStringList{notConfirmed};
    QTest::newRow("confirmed not eligible") << "yes" << "not_eligible" << false
                                            << QStringList{notEligible};
    QTest::newRow("enrolled, then withdrawn before the infusion")
        << "yes" << "eligible" << true << QStringList{withdrew};
    QTest::newRow("enrolled: saved") << "yes" << "eligible" << false << QStringList{};
}

void TestLifeCycle::infusionRefusedUntilEnrolled()
{
    QFETCH(QString, consent);
    QFETCH(QString, verdict);
    QFETCH(bool, withdrawn);
    QFETCH(QStringList, messages);

    const qint64 id = newSubject();
    if (!consent.isEmpty()) {
        Consent c = fixtures::consent(id);
        c.subjectSigned = consent == QLatin1String("yes");
        SAVED(m_store->saveConsent(nurse(), c));
    }
    if (!verdict.isEmpty()) {
        Eligibility e = eligibility(id);
        e.confirmedVerdict = verdict;
        e.overrideReason = QStringLiteral("investigator's judgement");
        SAVED(m_store->saveEligibility(physician(), e));
    }
    if (withdrawn)
        SAVED(m_store->withdrawSubject(nurse(), id, QDate(2024, 3, 1), QStringLiteral("moved")));

    Infusion i = infusion(id);  // week 0, 2024-03-04
    const SaveResult r = m_store->saveInfusion(nurse(), i);
    QStringList got;
    for (const FieldError &e : r.errors) {
        QCOMPARE(e.field, QStringLiteral("subject_code"));
        got << e.text();
    }
    QCOMPARE(got, messages);
    QCOMPARE(r.ok(), messages.isEmpty());
    const int stored =
        scalar(*m_db, QStringLiteral("SELECT count(*) FROM infusions WHERE subject_id = ?"), {id})
            .toInt();
    QCOMPARE(stored, messages.isEmpty() ? 1 : 0);
}

void TestLifeCycle::infusionRefusedOnTheBulkPathToo()
{
    const qint64 id = newSubject();
    Subject s = m_store->loadCasebook(nurse(), id)->subject;
    Transaction t(*m_db);
    BulkWriter bulk(*m_store);
    BulkSubject page = BulkSubject::of(s);
    page.consentSigned = true;  // consent signed but the verdict not confirmed
    Infusion i = infusion(id);
    const SaveResult refused = bulk.addInfusion(nurse(), page, i);
    QCOMPARE(refused.status, SaveResult::Status::Invalid);
    QCOMPARE(refused.errors.size(), 1);
    QCOMPARE(refused.errors.first().text(),
             QStringLiteral("No infusion before enrolment: a physician has not confirmed the "
                            "subject eligible."));
    page.confirmedVerdict = QStringLiteral("eligible");
    Infusion again = infusion(id);
    SAVED(bulk.addInfusion(nurse(), page, again));
}

void TestLifeCycle::enrolmentUpdatesStatusWithItsAuditRow()
{
    const qint64 id = newSubject();
    QCOMPARE(status(id), QStringLiteral("screening"));
    Consent c = consent(id);
    SAVED(m_store->saveConsent(nurse(), c));
    QCOMPARE(status(id), QStringLiteral("screening"));
    Eligibility e = eligibility(id);
    SAVED(m_store->saveEligibility(nurse(), e));  // the nurse's items: not confirmed
    QCOMPARE(status(id), QStringLiteral("screening"));
    QVERIFY(lastStatusAudit(id).isEmpty());

    m_clock.now = m_clock.now.addSecs(60);
    e.confirmedVerdict = QStringLiteral("eligible");
    SAVED(m_store->saveEligibility(physician(), e, QStringLiteral("verdict confirmed")));
    QCOMPARE(status(id), QStringLiteral("enrolled"));
    QString old;
    QCOMPARE(lastStatusAudit(id, &old), QStringLiteral("enrolled"));
    QCOMPARE(old, QStringLiteral("screening"));
    // Same transaction: the status row is stamped with the confirmation's time, user, reason.
    const QVariantList row = {
        scalar(*m_db, QStringLiteral("SELECT at_utc || user_name || reason FROM audit_log WHERE"
                                     " field = 'status' ORDER BY seq DESC LIMIT 1")),
        scalar(*m_db, QStringLiteral("SELECT at_utc || user_name || reason FROM audit_log WHERE"
                                     " field = 'confirmed_verdict' ORDER BY seq DESC LIMIT 1"))};
    QCOMPARE(row.at(0).toString(), row.at(1).toString());
    QCOMPARE(m_store->loadCasebook(nurse(), id)->subject.status, QStringLiteral("enrolled"));
    QCOMPARE(m_store->subjectCount({}, QStringLiteral("enrolled")), 1);

    // Undoing the confirmation takes the subject back to screening, audited too.
    e = *m_store->loadCasebook(physician(), id)->eligibility;
    e.confirmedVerdict.clear();
    SAVED(m_store->saveEligibility(physician(), e, QStringLiteral("confirmed too early")));
    QCOMPARE(status(id), QStringLiteral("screening"));
    QCOMPARE(lastStatusAudit(id), QStringLiteral("screening"));
}

void TestLifeCycle::confirmedNotEligibleIsScreenFailure()
{
    const qint64 id = newSubject();
    Consent c = consent(id);
    SAVED(m_store->saveConsent(nurse(), c));
    Eligibility e = eligibility(id);
    e.platelets = 74.9;  // EXC5-platelets
    e.confirmedVerdict = QStringLiteral("not_eligible");
    SAVED(m_store->saveEligibility(physician(), e));
    QCOMPARE(status(id), QStringLiteral("screen_failed"));
    QCOMPARE(lastStatusAudit(id), QStringLiteral("screen_failed"));
}

void TestLifeCycle::finalVisitCompletes()
{
    const qint64 id = newSubject();
    SAVED(enrol(*m_store, id));
    PasiAssessment week8 = pasi(id, QStringLiteral("week8"), QDate(2024, 4, 29));
    SAVED(m_store->savePasi(physician(), week8));
    QCOMPARE(status(id), QStringLiteral("enrolled"));
    PasiAssessment week12 = pasi(id, QStringLiteral("week12"), QDate(2024, 5, 27));
    SAVED(m_store->savePasi(physician(), week12));
    QCOMPARE(status(id), QStringLiteral("completed"));
    QCOMPARE(lastStatusAudit(id), QStringLiteral("completed"));
}

void TestLifeCycle::withdrawalNeedsDateAndReason()
{
    const qint64 id = newSubject();
    const SaveResult noReason = m_store->withdrawSubject(nurse(), id, QDate(2024, 5, 2), {});
    QCOMPARE(noReason.status, SaveResult::Status::Invalid);
    QCOMPARE(noReason.errors.first().field, QStringLiteral("withdrawal_reason"));
    const SaveResult noDate =
        m_store->withdrawSubject(nurse(), id, QDate(), QStringLiteral("moved away"));
    QCOMPARE(noDate.status, SaveResult::Status::Invalid);
    QCOMPARE(noDate.errors.first().field, QStringLiteral("withdrawal_date"));
    const SaveResult future =
        m_store->withdrawSubject(nurse(), id, QDate(2024, 6, 2), QStringLiteral("moved away"));
    QCOMPARE(future.status, SaveResult::Status::Invalid);
    QCOMPARE(m_store->withdrawSubject(monitor(), id, QDate(2024, 5, 2), QStringLiteral("moved"))
                 .status,
             SaveResult::Status::Denied);
    QCOMPARE(status(id), QStringLiteral("screening"));

    SAVED(m_store->withdrawSubject(nurse(), id, QDate(2024, 6, 1), QStringLiteral("moved away")));
    const Subject s = m_store->loadCasebook(nurse(), id)->subject;
    QCOMPARE(s.status, QStringLiteral("withdrawn"));
    QCOMPARE(s.withdrawalDate, std::optional<QDate>(QDate(2024, 6, 1)));
    QCOMPARE(s.withdrawalReason, QStringLiteral("moved away"));
    QCOMPARE(lastStatusAudit(id), QStringLiteral("withdrawn"));
    const QString reason = scalar(*m_db, QStringLiteral("SELECT reason FROM audit_log WHERE"
                                                        " field = 'withdrawal_date'"))
                               .toString();
    QCOMPARE(reason, QStringLiteral("moved away"));
}

void TestLifeCycle::withdrawnSubjectTakesNoLaterInfusion()
{
    const qint64 id = newSubject();
    SAVED(enrol(*m_store, id));
    Infusion week0 = infusion(id);  // 2024-03-04
    SAVED(m_store->saveInfusion(nurse(), week0));
    SAVED(m_store->withdrawSubject(nurse(), id, QDate(2024, 3, 10), QStringLiteral("moved")));
    // What happened before the withdrawal can still be corrected.
    week0.weightKg = 64.0;
    week0.actualCells = 128000000;
    SAVED(m_store->saveInfusion(nurse(), week0, QStringLiteral("weight misread")));
    Infusion week2 = infusion(id, QStringLiteral("week2"), QDate(2024, 3, 18));
    const SaveResult r = m_store->saveInfusion(nurse(), week2);
    QCOMPARE(r.status, SaveResult::Status::Invalid);
    QCOMPARE(r.errors.first().text(),
             QStringLiteral("No infusion after withdrawal: the subject withdrew on 2024-03-10."));
}

void TestLifeCycle::statusIsNotTyped()
{
    Subject s = subject();
    s.status = QStringLiteral("completed");
    SAVED(m_store->saveSubject(nurse(), s));
    QCOMPARE(s.status, QStringLiteral("screening"));
    QCOMPARE(status(s.id), QStringLiteral("screening"));
    s.status = QStringLiteral("enrolled");
    s.initials = QStringLiteral("ZX");
    SAVED(m_store->saveSubject(nurse(), s, QStringLiteral("initials corrected")));
    QCOMPARE(status(s.id), QStringLiteral("screening"));
}

void TestLifeCycle::nurseMayNotConfirmTheVerdict()
{
    const qint64 id = newSubject();
    Consent c = consent(id);
    SAVED(m_store->saveConsent(nurse(), c));
    Eligibility e = eligibility(id);
    SAVED(m_store->saveEligibility(nurse(), e));
    e.confirmedVerdict = QStringLiteral("eligible");
    QCOMPARE(m_store->saveEligibility(nurse(), e, QStringLiteral("confirm")).status,
             SaveResult::Status::Denied);
    QCOMPARE(status(id), QStringLiteral("screening"));
}

void TestLifeCycle::eligibilityPasiComesFromTheScreeningAssessment()
{
    const qint64 id = newSubject();
    Consent c = consent(id);
    SAVED(m_store->saveConsent(nurse(), c));
    Eligibility e = eligibility(id);
    e.pasiTenths = 999;  // typed elsewhere: never stored, never read
    e.bsaPct = 5;        // so INC1 hangs on the PASI
    SAVED(m_store->saveEligibility(nurse(), e));
    std::optional<Casebook> book = m_store->loadCasebook(nurse(), id);
    QVERIFY(!book->eligibility->pasiTenths);
    QCOMPARE(rules::assessEligibility(Protocol::builtIn(), book->eligibilityInput()).verdict,
             rules::Verdict::Incomplete);
    PasiAssessment screening = pasi(id, QStringLiteral("screening"), QDate(2024, 2, 21));
    SAVED(m_store->savePasi(physician(), screening));
    book = m_store->loadCasebook(nurse(), id);
    QCOMPARE(book->eligibility->pasiTenths, screening.pasiTenths(Protocol::builtIn()));
    QCOMPARE(rules::assessEligibility(Protocol::builtIn(), book->eligibilityInput()).verdict,
             rules::Verdict::Eligible);
    QVERIFY(scalar(*m_db, QStringLiteral("SELECT pasi_tenths FROM eligibility")).isNull());
}

QTEST_GUILESS_MAIN(TestLifeCycle)
#include "tst_lifecycle.moc"
