// SPDX-License-Identifier: Apache-2.0
// StudyStore: round trips of every CRF page, the audit rows of each save, and every way a
// save is refused (role, lock, validation, reason, stale version, unique key, failure).
#include "fixtures.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/studystore.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <type_traits>

using namespace trialcrf;
using namespace trialcrf::fixtures;

Q_DECLARE_METATYPE(trialcrf::Role)

namespace {

using Status = SaveResult::Status;

const char *statusName(Status s)
{
    switch (s) {
    case Status::Saved: return "Saved";
    case Status::Invalid: return "Invalid";
    case Status::Stale: return "Stale";
    case Status::Denied: return "Denied";
    case Status::Locked: return "Locked";
    case Status::ReasonRequired: return "ReasonRequired";
    case Status::Conflict: return "Conflict";
    case Status::DatabaseError: return "DatabaseError";
    }
    return "?";
}

QByteArray explain(const SaveResult &r)
{
    return QByteArray(statusName(r.status)) + ": " + r.message.toUtf8() + " " + describe(r.errors);
}

#define SAVED(expr)                                                                                \
    do {                                                                                           \
        const SaveResult r_ = (expr);                                                              \
        QVERIFY2(r_.ok(), explain(r_).constData());                                                \
    } while (false)

#define REFUSED(expr, expected)                                                                    \
    do {                                                                                           \
        const SaveResult r_ = (expr);                                                              \
        QVERIFY2(r_.status == (expected), explain(r_).constData());                                \
    } while (false)

QString chineseText(int length)
{
    // Common hanzi (U+4E00 block), varied so that a truncation or re-encoding would show.
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += QChar(0x4E00 + (i * 7919) % 0x5000);
    return s;
}

void compare(const Subject &a, const Subject &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.code, b.code);
    QCOMPARE(a.initials, b.initials);
    QCOMPARE(a.sex, b.sex);
    QCOMPARE(a.birthDate, b.birthDate);
    QCOMPARE(a.week0Date, b.week0Date);
    QCOMPARE(a.status, b.status);
}

void compare(const Consent &a, const Consent &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.subjectId, b.subjectId);
    QCOMPARE(a.consentVersion, b.consentVersion);
    QCOMPARE(a.consentDate, b.consentDate);
    QCOMPARE(a.consentTime, b.consentTime);
    QCOMPARE(a.subjectSigned, b.subjectSigned);
    QCOMPARE(a.obtainedBy, b.obtainedBy);
}

void compare(const VitalSigns &a, const VitalSigns &b)
{
    QCOMPARE(a.phase, b.phase);
    QCOMPARE(a.minute, b.minute);
    QCOMPARE(a.time, b.time);
    QCOMPARE(a.temperatureC, b.temperatureC);
    QCOMPARE(a.pulseBpm, b.pulseBpm);
    QCOMPARE(a.respirationPerMin, b.respirationPerMin);
    QCOMPARE(a.systolicMmHg, b.systolicMmHg);
    QCOMPARE(a.diastolicMmHg, b.diastolicMmHg);
}

void compare(const Infusion &a, const Infusion &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.subjectId, b.subjectId);
    QCOMPARE(a.visit, b.visit);
    QCOMPARE(a.infusionDate, b.infusionDate);
    QCOMPARE(a.weightKg, b.weightKg);
    QCOMPARE(a.actualCells, b.actualCells);
    QCOMPARE(a.lotNumber, b.lotNumber);
    QCOMPARE(a.viabilityPct, b.viabilityPct);
    QCOMPARE(a.thawTime, b.thawTime);
    QCOMPARE(a.startTime, b.startTime);
    QCOMPARE(a.endTime, b.endTime);
    QCOMPARE(a.reaction, b.reaction);
    QCOMPARE(a.reactionDescription, b.reactionDescription);
    QCOMPARE(a.deviationReason, b.deviationReason);
    QCOMPARE(a.vitals.size(), b.vitals.size());
    for (int i = 0; i < a.vitals.size(); ++i) {
        compare(a.vitals.at(i), b.vitals.at(i));
        if (QTest::currentTestFailed())
            return;
    }
}

void compare(const PasiAssessment &a, const PasiAssessment &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.subjectId, b.subjectId);
    QCOMPARE(a.visit, b.visit);
    QCOMPARE(a.assessmentDate, b.assessmentDate);
    QCOMPARE(a.regions.size(), b.regions.size());
    for (int i = 0; i < a.regions.size(); ++i) {
        QCOMPARE(a.regions.at(i).erythema, b.regions.at(i).erythema);
        QCOMPARE(a.regions.at(i).induration, b.regions.at(i).induration);
        QCOMPARE(a.regions.at(i).desquamation, b.regions.at(i).desquamation);
        QCOMPARE(a.regions.at(i).area, b.regions.at(i).area);
    }
    QCOMPARE(a.bsaPct, b.bsaPct);
}

void compare(const AdverseEvent &a, const AdverseEvent &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.subjectId, b.subjectId);
    QCOMPARE(a.aeNumber, b.aeNumber);
    QCOMPARE(a.term, b.term);
    QCOMPARE(a.onsetDate, b.onsetDate);
    QCOMPARE(a.endDate, b.endDate);
    QCOMPARE(a.ctcaeGrade, b.ctcaeGrade);
    QCOMPARE(a.serious, b.serious);
    QCOMPARE(a.saeCriteria, b.saeCriteria);
    QCOMPARE(a.relatedness, b.relatedness);
    QCOMPARE(a.actionTaken, b.actionTaken);
    QCOMPARE(a.outcome, b.outcome);
}

void compare(const rules::LastDose &a, const rules::LastDose &b)
{
    QCOMPARE(a.never, b.never);
    QCOMPARE(a.date, b.date);
}

void compare(const Eligibility &a, const Eligibility &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.subjectId, b.subjectId);
    QCOMPARE(a.assessedDate, b.assessedDate);
    QCOMPARE(a.psoriasisVulgaris, b.psoriasisVulgaris);
    QCOMPARE(a.pasiTenths, b.pasiTenths);
    QCOMPARE(a.bsaPct, b.bsaPct);
    QCOMPARE(a.sas, b.sas);
    QCOMPARE(a.sds, b.sds);
    QCOMPARE(a.calcium, b.calcium);
    QCOMPARE(a.ast, b.ast);
    QCOMPARE(a.astUln, b.astUln);
    QCOMPARE(a.alt, b.alt);
    QCOMPARE(a.altUln, b.altUln);
    QCOMPARE(a.creatinine, b.creatinine);
    QCOMPARE(a.creatinineUln, b.creatinineUln);
    QCOMPARE(a.cystatinC, b.cystatinC);
    QCOMPARE(a.cystatinCUln, b.cystatinCUln);
    QCOMPARE(a.hemoglobin, b.hemoglobin);
    QCOMPARE(a.hemoglobinLln, b.hemoglobinLln);
    QCOMPARE(a.hemoglobinUln, b.hemoglobinUln);
    QCOMPARE(a.platelets, b.platelets);
    QCOMPARE(a.wbc, b.wbc);
    compare(a.lastTopical, b.lastTopical);
    compare(a.lastSystemic, b.lastSystemic);
    compare(a.lastBiologic, b.lastBiologic);
    QCOMPARE(a.guttateInverseFace, b.guttateInverseFace);
    QCOMPARE(a.acuteProgressiveErythroderma, b.acuteProgressiveErythroderma);
    QCOMPARE(a.pregnancyLactation, b.pregnancyLactation);
    QCOMPARE(a.psychiatricDisorder, b.psychiatricDisorder);
    QCOMPARE(a.uncontrolledDisease, b.uncontrolledDisease);
    QCOMPARE(a.otherLabAbnormal, b.otherLabAbnormal);
    QCOMPARE(a.malignancy, b.malignancy);
    QCOMPARE(a.allergyHistory, b.allergyHistory);
    QCOMPARE(a.otherTrial, b.otherTrial);
    QCOMPARE(a.investigatorJudgement, b.investigatorJudgement);
    QCOMPARE(a.confirmedVerdict, b.confirmedVerdict);
    QCOMPARE(a.overrideReason, b.overrideReason);
}

}  // namespace

namespace {
// A pointer into a temporary casebook would dangle: the accessors exist for lvalues only.
template <typename T, typename = void>
struct InfusionPointerFrom : std::false_type {};
template <typename T>
struct InfusionPointerFrom<T, std::void_t<decltype(std::declval<T>().infusion(QString()))>>
    : std::true_type {};
static_assert(InfusionPointerFrom<const trialcrf::Casebook &>::value);
static_assert(!InfusionPointerFrom<trialcrf::Casebook>::value,
              "Casebook::infusion() on a temporary must not compile");
}  // namespace

class TestStudyStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesARepeatedVitalSet_data();
    void refusesARepeatedVitalSet();
    void schemaRefusesARepeatedVitalSet();
    void upgradeKeepsOldRepeatedVitalSets();

    void subjectRoundTrip();
    void consentRoundTrip();
    void eligibilityRoundTripWithConfirmation();
    void infusionRoundTripWithVitalSigns();
    void pasiRoundTrip();
    void adverseEventRoundTrip();
    void adverseEventNumbersAreAssigned();

    void insertWritesOneAuditRowWithTheRecordAsJson();
    void updateAuditsEachChangedFieldWithItsReason();
    void unchangedSaveWritesNothing();
    void changedVitalSignsAreAuditedAndReplaced();
    void updateWithoutReasonIsRefused_data();
    void updateWithoutReasonIsRefused();
    void completingASavedRecordNeedsNoReason();
    void vitalSignsAddedNeedNoReasonChangedOrRemovedDo_data();
    void vitalSignsAddedNeedNoReasonChangedOrRemovedDo();
    void physicianConfirmsANurseEntryWithoutAReasonForChange();
    void staleSaveIsRefused();
    void failureInsideSaveLeavesNothing_data();
    void failureInsideSaveLeavesNothing();
    void failedUpdateLeavesTheRowAsItWas();
    void takenUniqueKeysGiveConflict();
    void invalidRecordIsRefusedWithEveryError();
    void validationUsesTheInjectedClock();

    void rolesWithoutEditRightsAreDenied_data();
    void rolesWithoutEditRightsAreDenied();
    void nurseCannotJudgeCausality();
    void onlyAPhysicianConfirmsEligibility();
    void anImportingDataManagerLoadsEveryField();
    void lockedCasebookRefusesSaves();

    void injectionTextAndLongChineseTextAreStoredLiterally();
    void subjectListPagesCarryVisitDates();
    void sequentialPagesEqualOneQuery();
    void streamingVisitorsReturnEveryRowInOrder();
    void bulkSavesNestInOneOuterTransaction();
    void unknownSubjectIsRefused();

private:
    qint64 addSubject(const QString &code = QStringLiteral("S001"));
    /// A subject enrolled as the life cycle asks (signed consent, eligibility confirmed by a
    /// physician): infusions may be saved for it.
    qint64 addEnrolledSubject(const QString &code = QStringLiteral("S001"));
    int auditCount() const;
    QList<AuditEntry> auditRows(const QString &table, const QString &action = {}) const;
    Casebook load(qint64 subjectId) const;

    QTemporaryDir m_dir;
    Database m_db;
    ManualClock m_clock;
    std::unique_ptr<StudyStore> m_store;
};

void TestStudyStore::init()
{
    QVERIFY(m_dir.isValid());
    m_clock = {};
    QVERIFY2(m_db.open(trialcrf::fixtures::studyAt(m_dir.filePath(QStringLiteral("study.db")))), qPrintable(m_db.errorString()));
    m_store = std::make_unique<StudyStore>(m_db, Protocol::builtIn(), m_clock.clock());
}

void TestStudyStore::cleanup()
{
    m_store.reset();
    m_db.close();
    QFile::remove(m_dir.filePath(QStringLiteral("study.db")));
}

qint64 TestStudyStore::addSubject(const QString &code)
{
    Subject s = subject(code);
    const SaveResult r = m_store->saveSubject(physician(), s);
    if (!r.ok())
        qWarning() << explain(r);
    return s.id;
}

qint64 TestStudyStore::addEnrolledSubject(const QString &code)
{
    const qint64 id = addSubject(code);
    const SaveResult r = enrol(*m_store, id);
    if (!r.ok())
        qWarning() << explain(r);
    return id;
}

int TestStudyStore::auditCount() const
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

QList<AuditEntry> TestStudyStore::auditRows(const QString &table, const QString &action) const
{
    AuditFilter f;
    f.tableName = table;
    f.action = action;
    return AuditLog(m_db).entries(f);
}

Casebook TestStudyStore::load(qint64 subjectId) const
{
    QString error;
    const std::optional<Casebook> book = m_store->loadCasebook(physician(), subjectId, &error);
    if (!book)
        qWarning() << "loadCasebook:" << error;
    return book.value_or(Casebook{});
}

// ---- Round trips --------------------------------------------------------------------------

void TestStudyStore::subjectRoundTrip()
{
    Subject s = subject();
    SAVED(m_store->saveSubject(nurse(), s));
    QVERIFY(s.id > 0);
    QCOMPARE(s.version, 1);
    const Casebook book = load(s.id);
    compare(book.subject, s);
    QVERIFY(!book.locked);
    QCOMPARE(m_store->subjectIdByCode(QStringLiteral("S001")), std::optional<qint64>(s.id));
    QCOMPARE(m_store->subjectCount(), 1);
}

void TestStudyStore::consentRoundTrip()
{
    const qint64 id = addSubject();
    Consent c = consent(id);
    SAVED(m_store->saveConsent(nurse(), c));
    QVERIFY(c.id > 0);
    QCOMPARE(c.version, 1);
    const Casebook book = load(id);
    QVERIFY(book.consent.has_value());
    compare(*book.consent, c);
}

void TestStudyStore::eligibilityRoundTripWithConfirmation()
{
    const qint64 id = addSubject();
    Consent c = consent(id);
    SAVED(m_store->saveConsent(nurse(), c));
    Eligibility e = eligibility(id);
    {
        Casebook book = load(id);
        book.eligibility = e;
        const rules::EligibilityResult computed =
            rules::assessEligibility(Protocol::builtIn(), book.eligibilityInput());
        QCOMPARE(computed.verdict, rules::Verdict::Eligible);
        e.confirmedVerdict = rules::verdictCode(computed.verdict);
    }
    SAVED(m_store->saveEligibility(physician(), e));
    QCOMPARE(e.version, 1);
    const Casebook book = load(id);
    QVERIFY(book.eligibility.has_value());
    compare(*book.eligibility, e);
    QCOMPARE(book.eligibilityConfirmedBy, physician().userName);
    QCOMPARE(book.eligibilityConfirmedAt, m_clock.now);
    // The raw storage forms: 'never' and ISO text.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT last_systemic_date FROM eligibility")).toString(),
             QStringLiteral("never"));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT last_topical_date FROM eligibility")).toString(),
             QStringLiteral("2024-01-02"));
}

void TestStudyStore::refusesARepeatedVitalSet_data()
{
    QTest::addColumn<QString>("phase");
    QTest::addColumn<int>("minute");   // of the added set; -1 none
    QTest::addColumn<QString>("error");  // the field refused, empty = saved
    // infusion() has one set before, one during at minute 15, one after.
    QTest::newRow("a second before") << "before" << -1 << "vitals[3].phase";
    QTest::newRow("a second after") << "after" << -1 << "vitals[3].phase";
    QTest::newRow("minute 15 again") << "during" << 15 << "vitals[3].minute";
    QTest::newRow("minute 30") << "during" << 30 << "";
    QTest::newRow("minute 1425, the last of the day") << "during" << 1425 << "";
    QTest::newRow("minute 1440, the next day") << "during" << 1440 << "vitals[3].minute";
}

void TestStudyStore::refusesARepeatedVitalSet()
{
    QFETCH(QString, phase);
    QFETCH(int, minute);
    QFETCH(QString, error);
    const qint64 id = addEnrolledSubject();
    Infusion i = infusion(id);
    QCOMPARE(i.vitals.size(), 3);
    i.vitals << vitals(phase, minute < 0 ? std::nullopt : std::optional<int>(minute),
                       QTime(9, 50), 36.6);
    const SaveResult r = m_store->saveInfusion(nurse(), i);
    if (error.isEmpty()) {
        SAVED(r);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM vital_signs")).toInt(), 4);
        return;
    }
    QCOMPARE(r.status, SaveResult::Status::Invalid);
    bool named = false;
    for (const FieldError &e : r.errors)
        named = named || e.field == error;
    QVERIFY2(named, describe(r.errors).constData());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM vital_signs")).toInt(), 0);
}

void TestStudyStore::schemaRefusesARepeatedVitalSet()
{
    const qint64 id = addEnrolledSubject();
    Infusion i = infusion(id);
    SAVED(m_store->saveInfusion(nurse(), i));
    const QString insert = QStringLiteral(
        "INSERT INTO vital_signs (infusion_id, seq, phase, minute) VALUES (%1, %2, '%3', %4)");
    QSqlQuery q(m_db.connection());
    for (const auto &[phase, minute] : {std::pair{"before", "NULL"}, std::pair{"after", "NULL"},
                                        std::pair{"during", "15"}}) {
        QVERIFY(!q.exec(insert.arg(i.id).arg(10).arg(QLatin1String(phase), QLatin1String(minute))));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("one vital-sign set")),
                 qPrintable(q.lastError().text()));
    }
    QVERIFY(q.exec(insert.arg(i.id).arg(10).arg(QStringLiteral("during"), QStringLiteral("30"))));
    // A reading whose minute is not recorded yet (an incomplete page) repeats nothing.
    QVERIFY(q.exec(insert.arg(i.id).arg(11).arg(QStringLiteral("during"), QStringLiteral("NULL"))));
    QVERIFY(q.exec(insert.arg(i.id).arg(12).arg(QStringLiteral("during"), QStringLiteral("NULL"))));
}

void TestStudyStore::upgradeKeepsOldRepeatedVitalSets()
{
    // A study file from before the rule, with a repeated "before" set: the upgrade keeps it
    // (what was recorded is never dropped) and refuses new repeats from then on.
    const qint64 id = addEnrolledSubject();
    Infusion i = infusion(id);
    SAVED(m_store->saveInfusion(nurse(), i));
    QSqlQuery q(m_db.connection());
    // Back to schema 7: without the rule's triggers (8), the chair's columns (9) and the lock
    // manifests (10) and the sites (11).
    for (const char *sql : {"DROP TRIGGER subjects_site_insert", "DROP TRIGGER subjects_site_update",
                            "DROP INDEX subjects_site", "ALTER TABLE subjects DROP COLUMN site_code",
                            "DROP TABLE user_sites", "DROP TABLE sites",
                            "DROP TABLE lock_manifests", "DROP INDEX infusions_lot", "DROP TRIGGER vital_signs_set_once",
                            "DROP TRIGGER vital_signs_set_once_update",
                            "DROP INDEX vital_signs_set",
                            "ALTER TABLE vital_signs DROP COLUMN spo2",
                            "ALTER TABLE adverse_events DROP COLUMN onset_time",
                            "ALTER TABLE adverse_events DROP COLUMN infusion_visit"})
        QVERIFY2(execPortable(q, QLatin1String(sql)), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO vital_signs (infusion_id, seq, phase) VALUES "
                                  "(%1, 10, 'before')").arg(i.id)));
    QVERIFY(execPortable(q, QStringLiteral("PRAGMA user_version = 7")));
    q.finish();
    m_store.reset();
    m_db.close();
    // The upgrade is the owner's (a workstation login may not change the schema).
    m_db.allowSuperuser(true);
    QVERIFY2(m_db.open(trialcrf::fixtures::ownerOf(trialcrf::fixtures::studyAt(m_dir.filePath(QStringLiteral("study.db"))))), qPrintable(m_db.errorString()));
    m_db.allowSuperuser(false);
    QCOMPARE(m_db.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM vital_signs WHERE phase = "
                                         "'before'")).toInt(),
             2);
    QSqlQuery again(m_db.connection());
    QVERIFY(!again.exec(QStringLiteral("INSERT INTO vital_signs (infusion_id, seq, phase) VALUES "
                                       "(%1, 11, 'before')").arg(i.id)));
}

void TestStudyStore::infusionRoundTripWithVitalSigns()
{
    const qint64 id = addEnrolledSubject();
    Infusion i = infusion(id);
    i.reaction = true;
    i.reactionDescription = QStringLiteral("mild chills at 20 min");
    SAVED(m_store->saveInfusion(nurse(), i));
    QVERIFY(i.id > 0);
    const Casebook book = load(id);
    QCOMPARE(book.infusions.size(), 1);
    compare(book.infusions.first(), i);
    QVERIFY(book.infusion(QStringLiteral("week0")));
    QVERIFY(!book.infusion(QStringLiteral("week2")));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT start_time FROM infusions")).toString(),
             QStringLiteral("09:00"));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM vital_signs")).toInt(), 3);
}

void TestStudyStore::pasiRoundTrip()
{
    const qint64 id = addSubject();
    PasiAssessment a = pasi(id);
    a.regions[1].area = std::nullopt;  // not recorded stays not recorded
    PasiAssessment w2 = pasi(id, QStringLiteral("week2"), QDate(2024, 3, 18));
    SAVED(m_store->savePasi(physician(), w2));
    const FieldErrors errors = a.validate(Protocol::builtIn(), {QDate(2024, 6, 1), {}, {}});
    if (!errors.isEmpty())
        a.regions[1].area = 2;  // the record rules require every score: keep it complete
    SAVED(m_store->savePasi(physician(), a));
    const Casebook book = load(id);
    QCOMPARE(book.pasi.size(), 2);
    compare(book.pasi.at(0), a);  // visit order, not save order
    compare(book.pasi.at(1), w2);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT trunk_induration FROM pasi_assessments"
                                         " WHERE visit = 'week0'"))
                 .toInt(),
             *a.regions.at(2).induration);
    const QList<rules::PasiPoint> points = book.pasiPoints(Protocol::builtIn());
    QCOMPARE(points.size(), 7);
    QCOMPARE(points.at(1).visit, QStringLiteral("week0"));
    QCOMPARE(points.at(1).tenths, a.pasiTenths(Protocol::builtIn()));
    QCOMPARE(points.at(0).tenths, std::optional<int>());  // screening not assessed
}

void TestStudyStore::adverseEventRoundTrip()
{
    const qint64 id = addSubject();
    AdverseEvent ae = adverseEvent(id);
    ae.serious = true;
    ae.saeCriteria = QStringList{QStringLiteral("hospitalisation"),
                                 QStringLiteral("important_medical_event")};
    ae.ctcaeGrade = QStringLiteral("grade3");
    ae.relatedness = QStringLiteral("possible");
    ae.endDate = std::nullopt;
    ae.outcome = QStringLiteral("recovering");
    SAVED(m_store->saveAdverseEvent(physician(), ae));
    const Casebook book = load(id);
    QCOMPARE(book.adverseEvents.size(), 1);
    compare(book.adverseEvents.first(), ae);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT end_date IS NULL FROM adverse_events")).toInt(), 1);
}

void TestStudyStore::adverseEventNumbersAreAssigned()
{
    const qint64 id = addSubject();
    AdverseEvent first = adverseEvent(id, 0);
    AdverseEvent second = adverseEvent(id, 0);
    SAVED(m_store->saveAdverseEvent(nurse(), first));
    SAVED(m_store->saveAdverseEvent(nurse(), second));
    QCOMPARE(first.aeNumber, 1);
    QCOMPARE(second.aeNumber, 2);
}

// ---- Audit rows ---------------------------------------------------------------------------

void TestStudyStore::insertWritesOneAuditRowWithTheRecordAsJson()
{
    const qint64 id = addEnrolledSubject();
    const int before = auditCount();
    Infusion i = infusion(id);
    SAVED(m_store->saveInfusion(nurse(), i));
    QCOMPARE(auditCount(), before + 1);  // one row for the record and its vital signs
    const QList<AuditEntry> rows = auditRows(QStringLiteral("infusions"));
    QCOMPARE(rows.size(), 1);
    const AuditEntry &e = rows.first();
    QCOMPARE(e.action, QStringLiteral("insert"));
    QCOMPARE(e.userName, nurse().userName);
    QCOMPARE(e.subjectCode, QStringLiteral("S001"));
    QCOMPARE(e.recordId, i.id);
    QCOMPARE(e.atUtc, m_clock.now);
    QVERIFY(e.field.isEmpty());
    QVERIFY(e.oldValue.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(e.newValue.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!e.newValue.contains(QLatin1Char('\n')));  // compact
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("visit")).toString(), QStringLiteral("week0"));
    QCOMPARE(o.value(QStringLiteral("weight_kg")).toString(), QStringLiteral("63.5"));
    QCOMPARE(o.value(QStringLiteral("actual_cells")).toString(), QStringLiteral("127000000"));
    QCOMPARE(o.value(QStringLiteral("infusion_date")).toString(), QStringLiteral("2024-03-04"));
    QCOMPARE(o.value(QStringLiteral("reaction")).toString(), QStringLiteral("no"));
    QVERIFY(!o.contains(QStringLiteral("deviation_reason")));  // empty fields are left out
    QVERIFY(!o.contains(QStringLiteral("reaction_description")));
    const QJsonArray vitals = o.value(QStringLiteral("vital_signs")).toArray();
    QCOMPARE(vitals.size(), 3);
    QCOMPARE(vitals.at(1).toObject().value(QStringLiteral("minute")).toString(),
             QStringLiteral("15"));
    QVERIFY(!vitals.at(0).toObject().contains(QStringLiteral("minute")));
}

void TestStudyStore::updateAuditsEachChangedFieldWithItsReason()
{
    const qint64 id = addEnrolledSubject();
    Infusion i = infusion(id);
    SAVED(m_store->saveInfusion(nurse(), i));
    const int before = auditCount();
    m_clock.now = m_clock.now.addSecs(3600);
    i.weightKg = 64.0;
    i.actualCells = 128000000;
    i.lotNumber = QStringLiteral("LOT-2024-002");
    SAVED(m_store->saveInfusion(physician(), i, QStringLiteral("wrong scale read")));
    QCOMPARE(i.version, 2);
    QCOMPARE(auditCount(), before + 3);
    const QList<AuditEntry> rows = auditRows(QStringLiteral("infusions"), QStringLiteral("update"));
    QCOMPARE(rows.size(), 3);
    QMap<QString, QPair<QString, QString>> changes;
    for (const AuditEntry &e : rows) {
        QCOMPARE(e.reason, QStringLiteral("wrong scale read"));
        QCOMPARE(e.userName, physician().userName);
        QCOMPARE(e.recordId, i.id);
        QCOMPARE(e.subjectCode, QStringLiteral("S001"));
        QCOMPARE(e.atUtc, m_clock.now);
        changes.insert(e.field, {e.oldValue, e.newValue});
    }
    QCOMPARE(changes.value(QStringLiteral("weight_kg")),
             qMakePair(QStringLiteral("63.5"), QStringLiteral("64")));
    QCOMPARE(changes.value(QStringLiteral("actual_cells")),
             qMakePair(QStringLiteral("127000000"), QStringLiteral("128000000")));
    QCOMPARE(changes.value(QStringLiteral("lot_number")),
             qMakePair(QStringLiteral("LOT-2024-001"), QStringLiteral("LOT-2024-002")));
    // The row records who wrote it last, for the next stale check.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT updated_by FROM infusions")).toString(),
             physician().userName);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT version FROM infusions")).toInt(), 2);
    compare(load(id).infusions.first(), i);
}

void TestStudyStore::unchangedSaveWritesNothing()
{
    const qint64 id = addSubject();
    Consent c = consent(id);
    SAVED(m_store->saveConsent(nurse(), c));
    const int before = auditCount();
    SAVED(m_store->saveConsent(nurse(), c, QStringLiteral("no change")));
    QCOMPARE(c.version, 1);
    QCOMPARE(auditCount(), before);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT version FROM consents")).toInt(), 1);
}

void TestStudyStore::changedVitalSignsAreAuditedAndReplaced()
{
    const qint64 id = addEnrolledSubject();
    Infusion i = infusion(id);
    SAVED(m_store->saveInfusion(nurse(), i));
    i.vitals[2].temperatureC = 37.9;
    i.vitals.removeAt(1);
    SAVED(m_store->saveInfusion(nurse(), i, QStringLiteral("entered on the wrong row")));
    QCOMPARE(i.version, 2);
    const QList<AuditEntry> rows = auditRows(QStringLiteral("infusions"), QStringLiteral("update"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().field, QStringLiteral("vital_signs"));
    QCOMPARE(QJsonDocument::fromJson(rows.first().oldValue.toUtf8()).array().size(), 3);
    const QJsonArray now = QJsonDocument::fromJson(rows.first().newValue.toUtf8()).array();
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(1).toObject().value(QStringLiteral("temperature_c")).toString(),
             QStringLiteral("37.9"));
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM vital_signs")).toInt(), 2);
    compare(load(id).infusions.first(), i);
}

void TestStudyStore::updateWithoutReasonIsRefused_data()
{
    QTest::addColumn<QString>("reason");
    QTest::newRow("no reason") << QString();
    QTest::newRow("blank reason") << QStringLiteral("   \t");
}

void TestStudyStore::updateWithoutReasonIsRefused()
{
    QFETCH(QString, reason);
    const qint64 id = addSubject();
    AdverseEvent ae = adverseEvent(id);
    SAVED(m_store->saveAdverseEvent(nurse(), ae));
    const int before = auditCount();
    ae.term = QStringLiteral("Headache");
    REFUSED(m_store->saveAdverseEvent(nurse(), ae, reason), Status::ReasonRequired);
    QCOMPARE(ae.version, 1);
    QCOMPARE(auditCount(), before);
    QCOMPARE(load(id).adverseEvents.first().term, QStringLiteral("Fever"));
    Subject s = load(id).subject;
    s.initials = QStringLiteral("ZX");
    REFUSED(m_store->saveSubject(nurse(), s, reason), Status::ReasonRequired);
}

void TestStudyStore::completingASavedRecordNeedsNoReason()
{
    const qint64 id = addSubject();
    Consent c = consent(id);
    c.consentTime.reset();
    c.obtainedBy.clear();
    SAVED(m_store->saveConsent(nurse(), c));  // saved incomplete
    // Typing what was missing completes the page: no reason, one audit row per field, old empty.
    c.consentTime = QTime(10, 30);
    c.obtainedBy = QStringLiteral("Nurse Li");
    SAVED(m_store->saveConsent(nurse(), c));
    QCOMPARE(c.version, 2);
    const QList<AuditEntry> rows = auditRows(QStringLiteral("consents"), QStringLiteral("update"));
    QCOMPARE(rows.size(), 2);
    for (const AuditEntry &r : rows) {
        QVERIFY(r.oldValue.isEmpty());
        QVERIFY(r.reason.isEmpty());
    }
    // Changing what is now recorded is a correction: refused without a reason, and a value
    // cleared is one too.
    const int before = auditCount();
    c.consentTime = QTime(10, 45);
    REFUSED(m_store->saveConsent(nurse(), c), Status::ReasonRequired);
    c.consentTime = QTime(10, 30);
    c.obtainedBy.clear();
    REFUSED(m_store->saveConsent(nurse(), c), Status::ReasonRequired);
    QCOMPARE(auditCount(), before);
    QCOMPARE(load(id).consent->obtainedBy, QStringLiteral("Nurse Li"));
    // Completing one field while correcting another still needs the reason.
    c.obtainedBy = QStringLiteral("Nurse Li");
    Consent other = load(id).consent.value();
    other.consentTime.reset();
    SAVED(m_store->saveConsent(nurse(), other, QStringLiteral("time not on the source")));
    other.consentTime = QTime(10, 30);
    other.consentVersion = QStringLiteral("2.2");
    REFUSED(m_store->saveConsent(nurse(), other), Status::ReasonRequired);
}

void TestStudyStore::vitalSignsAddedNeedNoReasonChangedOrRemovedDo_data()
{
    QTest::addColumn<int>("change");  // 0 add a reading, 1 change one, 2 remove one
    QTest::addColumn<bool>("needsReason");
    QTest::newRow("reading added") << 0 << false;
    QTest::newRow("reading changed") << 1 << true;
    QTest::newRow("reading removed") << 2 << true;
}

void TestStudyStore::vitalSignsAddedNeedNoReasonChangedOrRemovedDo()
{
    QFETCH(int, change);
    QFETCH(bool, needsReason);
    const qint64 id = addEnrolledSubject();
    Infusion i = infusion(id);
    const VitalSigns after = i.vitals.takeLast();  // saved before the "after" reading
    SAVED(m_store->saveInfusion(nurse(), i));
    if (change == 0)
        i.vitals << after;
    else if (change == 1)
        i.vitals[0].pulseBpm = 80;
    else
        i.vitals.removeAt(1);
    if (needsReason) {
        REFUSED(m_store->saveInfusion(nurse(), i), Status::ReasonRequired);
        QCOMPARE(load(id).infusions.first().vitals.size(), 2);
    } else {
        SAVED(m_store->saveInfusion(nurse(), i));
        QCOMPARE(load(id).infusions.first().vitals.size(), 3);
    }
}

void TestStudyStore::physicianConfirmsANurseEntryWithoutAReasonForChange()
{
    const qint64 id = addSubject();
    Consent c = consent(id);
    SAVED(m_store->saveConsent(nurse(), c));
    Eligibility e = eligibility(id);
    SAVED(m_store->saveEligibility(nurse(), e));  // the items, not the verdict
    // Confirming is the physician's own act, not a correction of the nurse's entry.
    e.confirmedVerdict = QStringLiteral("eligible");
    SAVED(m_store->saveEligibility(physician(), e));
    const Casebook book = load(id);
    QCOMPARE(book.eligibility->confirmedVerdict, QStringLiteral("eligible"));
    QCOMPARE(book.eligibilityConfirmedBy, physician().userName);
    // Changing a lab value the nurse recorded is a correction, for the physician too.
    e.calcium = 2.4;
    REFUSED(m_store->saveEligibility(physician(), e), Status::ReasonRequired);
}

void TestStudyStore::staleSaveIsRefused()
{
    const qint64 id = addEnrolledSubject();
    Infusion original = infusion(id);
    SAVED(m_store->saveInfusion(nurse(), original));
    Infusion first = load(id).infusions.first();
    Infusion second = load(id).infusions.first();

    m_clock.now = m_clock.now.addSecs(60);
    const QDateTime firstSavedAt = m_clock.now;
    first.lotNumber = QStringLiteral("LOT-FIRST");
    SAVED(m_store->saveInfusion(nurse(), first, QStringLiteral("label re-read")));
    const int before = auditCount();

    m_clock.now = m_clock.now.addSecs(60);
    second.lotNumber = QStringLiteral("LOT-SECOND");
    const SaveResult r = m_store->saveInfusion(physician(), second, QStringLiteral("mine"));
    QCOMPARE(r.status, Status::Stale);
    QCOMPARE(r.changedBy, nurse().userName);
    QCOMPARE(r.changedAt, firstSavedAt);
    QCOMPARE(second.version, 1);  // the caller's object is not touched
    QCOMPARE(auditCount(), before);
    const Infusion stored = load(id).infusions.first();
    QCOMPARE(stored.lotNumber, QStringLiteral("LOT-FIRST"));
    QCOMPARE(stored.version, 2);
}

void TestStudyStore::failureInsideSaveLeavesNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("vital signs fail after the infusion row") << "vital_signs";
    QTest::newRow("audit row fails after the infusion row") << "audit_log";
}

void TestStudyStore::failureInsideSaveLeavesNothing()
{
    QFETCH(QString, table);
    const qint64 id = addEnrolledSubject();
    const int before = auditCount();
    // Fault injection: a trigger makes the child or audit insert fail after the main row
    // is already written inside the transaction.
    QSqlQuery q(m_db.connection());
    QVERIFY(execPortable(q, QStringLiteral("CREATE TEMP TRIGGER inject_failure BEFORE INSERT ON %1"
                                  " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                       .arg(table)));
    Infusion i = infusion(id);
    const SaveResult r = m_store->saveInfusion(nurse(), i);
    QCOMPARE(r.status, Status::DatabaseError);
    QVERIFY2(r.message.contains(QLatin1String("injected failure")), qPrintable(r.message));
    QCOMPARE(i.id, qint64(0));
    QCOMPARE(i.version, 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM infusions")).toInt(), 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM vital_signs")).toInt(), 0);
    QCOMPARE(auditCount(), before);

    // Once the fault is gone the same save succeeds, and the chain is whole.
    QVERIFY(execPortable(q, QStringLiteral("DROP TRIGGER inject_failure")));
    SAVED(m_store->saveInfusion(nurse(), i));
    QString problem;
    QCOMPARE(AuditLog(m_db).firstBrokenRow(&problem), std::optional<qint64>());
}

void TestStudyStore::failedUpdateLeavesTheRowAsItWas()
{
    const qint64 id = addEnrolledSubject();
    Infusion i = infusion(id);
    SAVED(m_store->saveInfusion(nurse(), i));
    const int before = auditCount();
    QSqlQuery q(m_db.connection());
    QVERIFY(execPortable(q, QStringLiteral("CREATE TEMP TRIGGER inject_failure BEFORE INSERT ON vital_signs"
                                  " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    Infusion changed = i;
    changed.weightKg = 70.0;
    changed.actualCells = 140000000;
    changed.vitals[0].pulseBpm = 90;
    REFUSED(m_store->saveInfusion(nurse(), changed, QStringLiteral("re-weighed")),
            Status::DatabaseError);
    QCOMPARE(changed.version, 1);
    QCOMPARE(auditCount(), before);
    compare(load(id).infusions.first(), i);
}

void TestStudyStore::takenUniqueKeysGiveConflict()
{
    const qint64 id = addEnrolledSubject();
    const int before = auditCount();
    Subject twin = subject(QStringLiteral("S001"));
    const SaveResult r = m_store->saveSubject(nurse(), twin);
    QCOMPARE(r.status, Status::Conflict);
    QVERIFY(hasError(r.errors, QStringLiteral("subject_code")));
    QVERIFY2(r.message.contains(QLatin1String("S001")), qPrintable(r.message));
    QCOMPARE(twin.id, qint64(0));

    Infusion a = infusion(id);
    SAVED(m_store->saveInfusion(nurse(), a));
    Infusion b = infusion(id);
    const SaveResult rb = m_store->saveInfusion(nurse(), b);
    QCOMPARE(rb.status, Status::Conflict);
    QVERIFY(hasError(rb.errors, QStringLiteral("visit")));

    Consent c2 = consent(id);  // the enrolled subject's consent is saved already
    REFUSED(m_store->saveConsent(nurse(), c2), Status::Conflict);
    QCOMPARE(auditCount(), before + 1);  // the one successful insert only
    QCOMPARE(m_store->subjectCount(), 1);
}

void TestStudyStore::invalidRecordIsRefusedWithEveryError()
{
    Subject s = subject();
    s.code.clear();
    s.sex = QStringLiteral("X");
    const SaveResult r = m_store->saveSubject(nurse(), s);
    QCOMPARE(r.status, Status::Invalid);
    QVERIFY(hasError(r.errors, QStringLiteral("subject_code")));
    QVERIFY(hasError(r.errors, QStringLiteral("sex")));
    QCOMPARE(m_store->subjectCount(), 0);
    QCOMPARE(auditCount(), 0);
}

void TestStudyStore::validationUsesTheInjectedClock()
{
    const qint64 id = addEnrolledSubject();
    m_clock.now = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
    Infusion i = infusion(id);  // on 2024-03-04: in the future for this clock
    const SaveResult r = m_store->saveInfusion(nurse(), i);
    QCOMPARE(r.status, Status::Invalid);
    QVERIFY(hasError(r.errors, QStringLiteral("infusion_date")));
    m_clock.now = QDateTime(QDate(2024, 3, 4), QTime(12, 0), Qt::UTC);
    SAVED(m_store->saveInfusion(nurse(), i));
}

// ---- Roles and locks ----------------------------------------------------------------------

void TestStudyStore::rolesWithoutEditRightsAreDenied_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("page");
    QTest::newRow("monitor, subject") << Role::Monitor << "subject";
    QTest::newRow("monitor, consent") << Role::Monitor << "consent";
    QTest::newRow("monitor, infusion") << Role::Monitor << "infusion";
    QTest::newRow("monitor, pasi") << Role::Monitor << "pasi";
    QTest::newRow("monitor, adverse event") << Role::Monitor << "ae";
    QTest::newRow("monitor, eligibility") << Role::Monitor << "eligibility";
    QTest::newRow("data manager, subject") << Role::DataManager << "subject";
    QTest::newRow("data manager, infusion") << Role::DataManager << "infusion";
    QTest::newRow("data manager, adverse event") << Role::DataManager << "ae";
    QTest::newRow("nurse, pasi") << Role::Nurse << "pasi";
    QTest::newRow("nurse, eligibility confirmation") << Role::Nurse << "confirm";
    QTest::newRow("nurse, eligibility overruled") << Role::Nurse << "overrule";
}

void TestStudyStore::rolesWithoutEditRightsAreDenied()
{
    QFETCH(Role, role);
    QFETCH(QString, page);
    const qint64 id = addSubject();
    const int before = auditCount();
    const Session s = session(role, QStringLiteral("someone"));
    SaveResult r;
    if (page == QLatin1String("subject")) {
        Subject x = subject(QStringLiteral("S002"));
        r = m_store->saveSubject(s, x);
    } else if (page == QLatin1String("consent")) {
        Consent x = consent(id);
        r = m_store->saveConsent(s, x);
    } else if (page == QLatin1String("infusion")) {
        Infusion x = infusion(id);
        r = m_store->saveInfusion(s, x);
    } else if (page == QLatin1String("pasi")) {
        PasiAssessment x = pasi(id);
        r = m_store->savePasi(s, x);
    } else if (page == QLatin1String("ae")) {
        AdverseEvent x = adverseEvent(id);
        r = m_store->saveAdverseEvent(s, x);
    } else {
        Eligibility x = eligibility(id);
        if (page == QLatin1String("confirm") || page == QLatin1String("overrule")) {
            x.confirmedVerdict = page == QLatin1String("confirm") ? QStringLiteral("incomplete")
                                                                  : QStringLiteral("not_eligible");
            x.overrideReason = QStringLiteral("the investigator's judgement");
        }
        r = m_store->saveEligibility(s, x);
    }
    QVERIFY2(r.status == Status::Denied, explain(r).constData());
    QCOMPARE(auditCount(), before);
    QCOMPARE(m_store->subjectCount(), 1);
}

void TestStudyStore::nurseCannotJudgeCausality()
{
    const qint64 id = addSubject();
    AdverseEvent judged = adverseEvent(id);
    judged.relatedness = QStringLiteral("probable");
    REFUSED(m_store->saveAdverseEvent(nurse(), judged), Status::Denied);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM adverse_events")).toInt(), 0);

    AdverseEvent ae = adverseEvent(id);  // relatedness left for the physician
    SAVED(m_store->saveAdverseEvent(nurse(), ae));
    ae.relatedness = QStringLiteral("possible");
    REFUSED(m_store->saveAdverseEvent(nurse(), ae, QStringLiteral("I think so")), Status::Denied);
    SAVED(m_store->saveAdverseEvent(physician(), ae, QStringLiteral("causality assessed")));
    QCOMPARE(ae.version, 2);

    // The nurse may still edit other fields while keeping the physician's judgement.
    ae.outcome = QStringLiteral("recovering");
    ae.endDate = std::nullopt;
    SAVED(m_store->saveAdverseEvent(nurse(), ae, QStringLiteral("follow-up call")));
    ae.relatedness = QStringLiteral("definite");
    REFUSED(m_store->saveAdverseEvent(nurse(), ae, QStringLiteral("changed")), Status::Denied);
    ae.relatedness.clear();
    REFUSED(m_store->saveAdverseEvent(nurse(), ae, QStringLiteral("cleared")), Status::Denied);
    QCOMPARE(load(id).adverseEvents.first().relatedness, QStringLiteral("possible"));
}

void TestStudyStore::onlyAPhysicianConfirmsEligibility()
{
    const qint64 id = addSubject();
    Consent c = consent(id);
    SAVED(m_store->saveConsent(nurse(), c));
    Eligibility e = eligibility(id);
    SAVED(m_store->saveEligibility(physician(), e));  // entered, not yet confirmed
    QVERIFY(load(id).eligibilityConfirmedBy.isEmpty());

    // Overruling the computed verdict needs a written reason (record rule)...
    e.confirmedVerdict = QStringLiteral("not_eligible");
    REFUSED(m_store->saveEligibility(physician(), e, QStringLiteral("confirm")), Status::Invalid);
    e.overrideReason = QStringLiteral("uncontrolled hypertension seen at visit");
    m_clock.now = m_clock.now.addDays(1);
    SAVED(m_store->saveEligibility(physician(), e, QStringLiteral("investigator decision")));
    const Casebook book = load(id);
    QCOMPARE(book.eligibility->confirmedVerdict, QStringLiteral("not_eligible"));
    QCOMPARE(book.eligibilityConfirmedBy, physician().userName);
    QCOMPARE(book.eligibilityConfirmedAt, m_clock.now);
    const QList<AuditEntry> rows = auditRows(QStringLiteral("eligibility"), QStringLiteral("update"));
    QStringList fields;
    for (const AuditEntry &r : rows)
        fields << r.field;
    QVERIFY(fields.contains(QStringLiteral("confirmed_verdict")));
    QVERIFY(fields.contains(QStringLiteral("override_reason")));
}

void TestStudyStore::anImportingDataManagerLoadsEveryField()
{
    // An import's writes are checked against ImportData (the data manager's right), for
    // every page and field; the data manager typing a page is still refused.
    Subject s = subject();
    REFUSED(m_store->saveSubject(dataManager(), s), Status::Denied);
    SAVED(m_store->saveSubject(dataManager().importing(), s, QStringLiteral("CSV import")));
    AdverseEvent ae = adverseEvent(s.id);
    ae.relatedness = QStringLiteral("unlikely");
    SAVED(m_store->saveAdverseEvent(dataManager().importing(), ae));
    // Importing widens nothing for a role without ImportData.
    Subject other = subject(QStringLiteral("S002"));
    REFUSED(m_store->saveSubject(monitor().importing(), other), Status::Denied);
    AdverseEvent judged = adverseEvent(s.id);
    judged.relatedness = QStringLiteral("possible");
    REFUSED(m_store->saveAdverseEvent(nurse().importing(), judged), Status::Denied);
    REFUSED(m_store->saveSubject(dataManager(), other), Status::Denied);
    QCOMPARE(auditRows(QStringLiteral("subjects")).first().reason, QStringLiteral("CSV import"));
}

void TestStudyStore::lockedCasebookRefusesSaves()
{
    const qint64 id = addSubject();
    Consent c = consent(id);
    SAVED(m_store->saveConsent(nurse(), c));

    REFUSED(m_store->setLocked(physician(), id, true, QStringLiteral("done")), Status::Denied);
    REFUSED(m_store->setLocked(dataManager(), id, true, QString()), Status::ReasonRequired);
    SAVED(m_store->setLocked(dataManager(), id, true, QStringLiteral("database lock for analysis")));
    QVERIFY(load(id).locked);
    const QList<AuditEntry> locks = auditRows(QStringLiteral("subjects"), QStringLiteral("lock"));
    QCOMPARE(locks.size(), 1);
    QCOMPARE(locks.first().field, QStringLiteral("locked"));
    QCOMPARE(locks.first().oldValue, QStringLiteral("no"));
    QCOMPARE(locks.first().newValue, QStringLiteral("yes"));
    QCOMPARE(locks.first().reason, QStringLiteral("database lock for analysis"));
    QCOMPARE(locks.first().userName, dataManager().userName);

    const int before = auditCount();
    c.obtainedBy = QStringLiteral("Dr Chen");
    REFUSED(m_store->saveConsent(physician(), c, QStringLiteral("fix")), Status::Locked);
    Infusion i = infusion(id);
    REFUSED(m_store->saveInfusion(nurse(), i), Status::Locked);
    Subject s = load(id).subject;
    s.status = QStringLiteral("completed");
    REFUSED(m_store->saveSubject(physician(), s, QStringLiteral("fix")), Status::Locked);
    QCOMPARE(auditCount(), before);

    REFUSED(m_store->setLocked(dataManager(), id, false, QStringLiteral(" ")),
            Status::ReasonRequired);
    SAVED(m_store->setLocked(dataManager(), id, false, QStringLiteral("query from monitor")));
    QCOMPARE(auditRows(QStringLiteral("subjects"), QStringLiteral("unlock")).size(), 1);
    SAVED(m_store->saveConsent(physician(), c, QStringLiteral("fix")));
    QVERIFY(!load(id).locked);
}

// ---- Text, lists, streams, bulk -----------------------------------------------------------

void TestStudyStore::injectionTextAndLongChineseTextAreStoredLiterally()
{
    const QString injection = QStringLiteral("'); DROP TABLE subjects;--");
    const QString longText = chineseText(10000);
    const qint64 id = addSubject();

    Consent c = consent(id);
    c.obtainedBy = longText;
    c.consentVersion = injection;
    SAVED(m_store->saveConsent(nurse(), c));
    SAVED(enrol(*m_store, id));
    AdverseEvent ae = adverseEvent(id);
    ae.term = injection;
    SAVED(m_store->saveAdverseEvent(nurse(), ae));
    Infusion i = infusion(id);
    i.reaction = true;
    i.reactionDescription = longText;
    i.lotNumber = QStringLiteral("LOT'--");
    SAVED(m_store->saveInfusion(nurse(), i));

    const Casebook book = load(id);
    QCOMPARE(book.consent->obtainedBy.size(), 10000);
    QCOMPARE(book.consent->obtainedBy, longText);
    QCOMPARE(book.consent->consentVersion, injection);
    QCOMPARE(book.adverseEvents.first().term, injection);
    QCOMPARE(book.infusions.first().reactionDescription, longText);
    QCOMPARE(book.infusions.first().lotNumber, QStringLiteral("LOT'--"));
    QCOMPARE(m_store->subjectCount(), 1);  // the table is still there
    QCOMPARE(m_store->subjectIdByCode(injection), std::optional<qint64>());
    QVERIFY(m_store->subjects(0, 10, injection).isEmpty());
    // The audit JSON keeps the text literally too.
    const QJsonObject o = QJsonDocument::fromJson(
                              auditRows(QStringLiteral("consents")).first().newValue.toUtf8())
                              .object();
    QCOMPARE(o.value(QStringLiteral("obtained_by")).toString(), longText);
}

void TestStudyStore::subjectListPagesCarryVisitDates()
{
    const QStringList codes{"S003", "S001", "S005", "S002", "S004", "T001"};
    QMap<QString, qint64> ids;
    for (const QString &code : codes)
        ids.insert(code, addEnrolledSubject(code));
    SAVED(m_store->withdrawSubject(nurse(), ids.value("S004"), QDate(2024, 5, 1),
                                   QStringLiteral("consent withdrawn")));

    const qint64 s2 = ids.value("S002");
    Infusion inf = infusion(s2, QStringLiteral("week0"), QDate(2024, 3, 5));
    SAVED(m_store->saveInfusion(nurse(), inf));
    PasiAssessment week0 = pasi(s2, QStringLiteral("week0"), QDate(2024, 3, 4));
    PasiAssessment screening = pasi(s2, QStringLiteral("screening"), QDate(2024, 2, 20));
    PasiAssessment week2 = pasi(s2, QStringLiteral("week2"), QDate(2024, 3, 18));
    SAVED(m_store->savePasi(physician(), week0));
    SAVED(m_store->savePasi(physician(), screening));
    SAVED(m_store->savePasi(physician(), week2));

    const QList<SubjectSummary> all = m_store->subjects(0, 100);
    QCOMPARE(all.size(), 6);
    QStringList ordered;
    for (const SubjectSummary &s : all)
        ordered << s.code;
    QCOMPARE(ordered, (QStringList{"S001", "S002", "S003", "S004", "S005", "T001"}));

    const QList<SubjectSummary> page = m_store->subjects(1, 2);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).code, QStringLiteral("S002"));
    QCOMPARE(page.at(1).code, QStringLiteral("S003"));
    const SubjectSummary &two = page.at(0);
    QCOMPARE(two.id, s2);
    QCOMPARE(two.initials, QStringLiteral("ZXM"));
    QCOMPARE(two.week0Date, std::optional<QDate>(QDate(2024, 3, 4)));
    QCOMPARE(two.visitDates.size(), 3);
    QCOMPARE(two.visitDates.value("week0"), QDate(2024, 3, 5));  // the infusion's date wins
    QCOMPARE(two.visitDates.value("screening"), QDate(2024, 2, 20));
    QCOMPARE(two.visitDates.value("week2"), QDate(2024, 3, 18));
    // Screening is under way from the consent, dated by the eligibility assessment.
    QCOMPARE(page.at(1).visitDates,
             (QMap<QString, QDate>{{QStringLiteral("screening"), QDate(2024, 2, 21)}}));

    QCOMPARE(m_store->subjects(0, 100, QStringLiteral("S")).size(), 5);
    QCOMPARE(m_store->subjects(0, 100, QStringLiteral("s00")).size(), 5);  // typed lower case
    QCOMPARE(m_store->subjects(0, 100, QStringLiteral("T")).size(), 1);
    QCOMPARE(m_store->subjects(0, 100, QStringLiteral("S0041")).size(), 0);
    QCOMPARE(m_store->subjects(0, 100, {}, QStringLiteral("withdrawn")).size(), 1);
    QCOMPARE(m_store->subjects(0, 100, QStringLiteral("S"), QStringLiteral("enrolled")).size(), 4);
    QCOMPARE(m_store->subjectCount(QStringLiteral("S"), QStringLiteral("enrolled")), 4);
    QCOMPARE(m_store->subjectCount(QStringLiteral("s"), {}), 5);
    QCOMPARE(m_store->subjects(-1, -1).size(), 6);
    QCOMPARE(m_store->subjects(5, 100).size(), 1);
}

void TestStudyStore::sequentialPagesEqualOneQuery()
{
    for (int i = 0; i < 10; ++i)
        addSubject(QStringLiteral("P%1").arg(i * 2, 2, 10, QLatin1Char('0')));  // P00, P02, …
    auto codes = [](const QList<SubjectSummary> &page) {
        QStringList out;
        for (const SubjectSummary &s : page)
            out << s.code;
        return out;
    };
    const QStringList all = codes(m_store->subjects(0, -1));
    QCOMPARE(all.size(), 10);
    // A lazy model fetching pages of 3 one after another (the store continues after the last
    // code instead of re-counting the offset).
    QStringList paged;
    for (int offset = 0; offset < 12; offset += 3)
        paged << codes(m_store->subjects(offset, 3));
    QCOMPARE(paged, all);
    // The same with a filter, and pages asked out of order.
    QCOMPARE(codes(m_store->subjects(3, 3, QStringLiteral("p"))), all.mid(3, 3));
    QCOMPARE(codes(m_store->subjects(6, 3, QStringLiteral("p"))), all.mid(6, 3));
    QCOMPARE(codes(m_store->subjects(3, 3)), all.mid(3, 3));
    QCOMPARE(codes(m_store->subjects(6, 3, {}, QStringLiteral("withdrawn"))), QStringList());
    // A save between two pages: offsets keep their meaning.
    QCOMPARE(codes(m_store->subjects(0, 3)), all.mid(0, 3));
    addSubject(QStringLiteral("P01"));
    const QStringList now = codes(m_store->subjects(0, -1));
    QCOMPARE(codes(m_store->subjects(3, 3)), now.mid(3, 3));
}

void TestStudyStore::streamingVisitorsReturnEveryRowInOrder()
{
    const qint64 s2 = addSubject(QStringLiteral("S002"));
    const qint64 s1 = addSubject(QStringLiteral("S001"));
    for (const qint64 id : {s1, s2}) {
        Consent c = consent(id);
        SAVED(m_store->saveConsent(nurse(), c));
        Eligibility e = eligibility(id);
        SAVED(m_store->saveEligibility(physician(), e));
        SAVED(enrol(*m_store, id));
    }
    Infusion w2 = infusion(s1, QStringLiteral("week2"), QDate(2024, 3, 18));
    w2.vitals.removeLast();
    Infusion w0 = infusion(s1);
    Infusion other = infusion(s2);
    SAVED(m_store->saveInfusion(nurse(), w2));
    SAVED(m_store->saveInfusion(nurse(), w0));
    SAVED(m_store->saveInfusion(nurse(), other));
    for (const auto &[visit, date] : {std::pair{QStringLiteral("week12"), QDate(2024, 5, 27)},
                                      std::pair{QStringLiteral("week2"), QDate(2024, 3, 18)},
                                      std::pair{QStringLiteral("screening"), QDate(2024, 2, 20)}}) {
        PasiAssessment a = pasi(s1, visit, date);
        SAVED(m_store->savePasi(physician(), a));
    }
    AdverseEvent ae2 = adverseEvent(s1, 2);
    AdverseEvent ae1 = adverseEvent(s1, 1);
    SAVED(m_store->saveAdverseEvent(nurse(), ae2));
    SAVED(m_store->saveAdverseEvent(nurse(), ae1));

    const Session reader = monitor();
    QStringList seen;
    QVERIFY(m_store->forEachSubject(reader, [&](const Subject &s, bool locked) {
        seen << s.code + (locked ? QStringLiteral("!") : QString());
        return true;
    }));
    QCOMPARE(seen, (QStringList{"S001", "S002"}));

    seen.clear();
    QVERIFY(m_store->forEachInfusion(reader, [&](const QString &code, const Infusion &i) {
        seen << QStringLiteral("%1/%2/%3").arg(code, i.visit).arg(i.vitals.size());
        return true;
    }));
    QCOMPARE(seen, (QStringList{"S001/week0/3", "S001/week2/2", "S002/week0/3"}));
    std::optional<Infusion> first;
    QVERIFY(m_store->forEachInfusion(reader, [&](const QString &, const Infusion &i) {
        first = i;
        return false;
    }));
    QVERIFY(first.has_value());
    compare(*first, w0);  // every field and vital sign
    if (QTest::currentTestFailed())
        return;

    seen.clear();
    QVERIFY(m_store->forEachPasi(reader, [&](const QString &code, const PasiAssessment &a) {
        seen << code + QLatin1Char('/') + a.visit;
        return true;
    }));
    QCOMPARE(seen, (QStringList{"S001/screening", "S001/week2", "S001/week12"}));

    seen.clear();
    QVERIFY(m_store->forEachAdverseEvent(reader, [&](const QString &code, const AdverseEvent &a) {
        seen << code + QLatin1Char('/') + QString::number(a.aeNumber);
        return true;
    }));
    QCOMPARE(seen, (QStringList{"S001/1", "S001/2"}));

    seen.clear();
    QVERIFY(m_store->forEachConsent(reader, [&](const QString &code, const Consent &c) {
        seen << code + QLatin1Char('/') + c.consentVersion;
        return true;
    }));
    QCOMPARE(seen, (QStringList{"S001/2.1", "S002/2.1"}));

    int rows = 0;
    std::optional<Eligibility> streamed;
    rules::EligibilityInput input;
    QVERIFY(m_store->forEachEligibility(
        reader, [&](const QString &code, const Eligibility &e, const rules::EligibilityInput &in) {
            ++rows;
            if (code == QLatin1String("S001")) {
                streamed = e;
                input = in;
            }
            return true;
        }));
    QVERIFY(streamed.has_value());
    compare(*streamed, load(s1).eligibility.value());
    QCOMPARE(input.birthDate, std::optional<QDate>(QDate(1980, 5, 10)));
    QCOMPARE(input.week0Date, std::optional<QDate>(QDate(2024, 3, 4)));
    QCOMPARE(input.consentDate, std::optional<QDate>(QDate(2024, 2, 20)));
    QCOMPARE(input.consentSigned, std::optional<bool>(true));
    QCOMPARE(rules::assessEligibility(Protocol::builtIn(), input).verdict,
             rules::Verdict::Eligible);
    QCOMPARE(rows, 2);

    // Stopping early is not an error.
    rows = 0;
    QVERIFY(m_store->forEachSubject(reader, [&](const Subject &, bool) { return ++rows < 1; }));
    QCOMPARE(rows, 1);
}

void TestStudyStore::bulkSavesNestInOneOuterTransaction()
{
    {
        Transaction outer(m_db);
        QVERIFY(outer.isActive());
        for (int i = 0; i < 200; ++i) {
            Subject s = subject(QStringLiteral("B%1").arg(i, 4, 10, QLatin1Char('0')));
            SAVED(m_store->saveSubject(physician(), s));
        }
        // A refused save inside does not spoil the outer transaction.
        Subject twin = subject(QStringLiteral("B0000"));
        REFUSED(m_store->saveSubject(physician(), twin), Status::Conflict);
        Subject last = subject(QStringLiteral("B9999"));
        SAVED(m_store->saveSubject(physician(), last));
        QVERIFY(outer.commit());
    }
    QCOMPARE(m_store->subjectCount(), 201);
    QCOMPARE(auditCount(), 201);
    QString problem;
    QCOMPARE(AuditLog(m_db).firstBrokenRow(&problem), std::optional<qint64>());

    {
        Transaction outer(m_db);
        Subject s = subject(QStringLiteral("C0001"));
        SAVED(m_store->saveSubject(physician(), s));
    }  // the outer transaction rolls back: its saves go with it
    QCOMPARE(m_store->subjectCount(), 201);
    Subject after = subject(QStringLiteral("C0002"));
    SAVED(m_store->saveSubject(physician(), after));
    QCOMPARE(AuditLog(m_db).firstBrokenRow(&problem), std::optional<qint64>());
}

void TestStudyStore::unknownSubjectIsRefused()
{
    Consent c = consent(4242);
    const SaveResult r = m_store->saveConsent(nurse(), c);
    QCOMPARE(r.status, Status::Invalid);
    QVERIFY(hasError(r.errors, QStringLiteral("subject_code")));
    QString error;
    QVERIFY(!m_store->loadCasebook(nurse(), 4242, &error).has_value());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestStudyStore)
#include "tst_studystore.moc"
