// SPDX-License-Identifier: Apache-2.0
// SignatureStore: a physician signs a visit or a casebook with the password again; the
// signature is bound to a hash of the signed content, so a later edit breaks it and lists it
// for re-signing; only the physician signs; a wrong password signs nothing.
#include "fixtures.h"
#include "studytemplate.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/signaturestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::fixtures;

Q_DECLARE_METATYPE(trialcrf::Role)
Q_DECLARE_METATYPE(trialcrf::SignResult::Status)

namespace {

const QString kAdminPassword = QStringLiteral("Quartz-Lantern-73");
const QString kDoctorPassword = QStringLiteral("Stethoscope-Blue-88");
const QString kOtherPassword = QStringLiteral("Nurse-Station-2024");

using Edit = std::function<SaveResult(StudyStore &, qint64 subjectId)>;

QByteArray explain(const SignResult &r)
{
    return QByteArray::number(int(r.status)) + ": " + r.message.toUtf8();
}

#define SAVED(expr)                                                                                \
    do {                                                                                           \
        const SaveResult r_ = (expr);                                                              \
        QVERIFY2(r_.ok(), qPrintable(r_.message + QLatin1Char(' ') + describe(r_.errors)));        \
    } while (false)

#define SIGNED(expr)                                                                               \
    do {                                                                                           \
        const SignResult r_ = (expr);                                                              \
        QVERIFY2(r_.ok(), explain(r_).constData());                                                \
    } while (false)

}  // namespace

class TestSignatureStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void signedVisitIsValidAndAudited();
    void laterEditBreaksTheSignature_data();
    void laterEditBreaksTheSignature();
    void reSigningMakesItValidAgain();
    void onlyAPhysicianSigns_data();
    void onlyAPhysicianSigns();
    void roleTakenAwaySinceLoginIsDenied();
    void wrongPasswordSignsNothing();
    void wrongPasswordsLockTheAccount();
    void invalidRequestsAreRefused_data();
    void invalidRequestsAreRefused();
    void signaturesAreAppendOnly();
    void canonicalFormIsPinned();
    void brokenSignaturesSpanTheStudy();
    void forgedSignatureIsFound_data();
    void forgedSignatureIsFound();
    void noPasswordInTheDatabaseFiles();
    void approvalIsRefusedWhileNotComplete();
    void areaPercentIsSignedOnlyWhenRecorded();
    void reviewedCanBeSignedAnyTime();
    void visitApprovalNeedsItsPages();
    void completeCasebookCanBeApproved();

private:
    Session doctor() const { return m_doctor; }
    Casebook load(qint64 id) const;
    SignResult sign(const QString &scope, const QString &visit,
                    const QString &meaning = QStringLiteral("reviewed"),
                    const QString &password = kDoctorPassword);
    int rowCount(const QString &table) const;

    QTemporaryDir m_dir;
    QString m_template;
    ManualClock m_clock;
    Database m_db;
    std::unique_ptr<StudyStore> m_store;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<SignatureStore> m_signatures;
    Session m_doctor;
    qint64 m_subject = 0;
};

// Argon2id is slow on purpose: the users are made once, and each test starts from a copy.
void TestSignatureStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.db"));
    StudyTemplate t;
    QVERIFY2(t.create(m_template, kAdminPassword,
                      {{QStringLiteral("dr.chen"), QStringLiteral("Chen Wei 陈伟"), Role::Physician,
                        kDoctorPassword},
                       {QStringLiteral("dr.wang"), {}, Role::Physician, kOtherPassword},
                       {QStringLiteral("nurse.li"), {}, Role::Nurse, kOtherPassword},
                       {QStringLiteral("monitor.wu"), {}, Role::Monitor, kOtherPassword}},
                      m_clock.clock()),
             qPrintable(t.error()));
    StudyStore &store = t.store();
    Subject s = subject();
    SAVED(store.saveSubject(nurse(), s));
    Consent c = consent(s.id);
    SAVED(store.saveConsent(nurse(), c));
    SAVED(enrol(store, s.id));
    Infusion i = infusion(s.id);
    SAVED(store.saveInfusion(nurse(), i));
    PasiAssessment p = pasi(s.id);
    SAVED(store.savePasi(physician(), p));
    Infusion i2 = infusion(s.id, QStringLiteral("week2"), QDate(2024, 3, 18));
    SAVED(store.saveInfusion(nurse(), i2));
    t.close();
}

void TestSignatureStore::init()
{
    m_clock = {};
    QString error;
    QVERIFY2(StudyTemplate::openCopy(m_template, m_dir.filePath(QStringLiteral("study.db")), m_db,
                                     &error),
             qPrintable(error));
    m_store = std::make_unique<StudyStore>(m_db, Protocol::builtIn(), m_clock.clock());
    m_users = std::make_unique<UserStore>(m_db, m_clock.clock());
    m_signatures = std::make_unique<SignatureStore>(*m_store, *m_users);
    m_subject = m_store->subjectIdByCode(QStringLiteral("S001")).value_or(0);
    QVERIFY(m_subject != 0);
    QCOMPARE(m_users->login(QStringLiteral("dr.chen"), kDoctorPassword, &m_doctor),
             UserStore::LoginResult::Ok);
    m_clock.now = m_clock.now.addSecs(3600);
}

void TestSignatureStore::cleanup()
{
    m_signatures.reset();
    m_users.reset();
    m_store.reset();
    m_db.close();
}

Casebook TestSignatureStore::load(qint64 id) const
{
    QString error;
    const std::optional<Casebook> book = m_store->loadCasebook(m_doctor, id, &error);
    if (!book)
        qWarning("loadCasebook: %s", qPrintable(error));
    return book.value_or(Casebook{});
}

SignResult TestSignatureStore::sign(const QString &scope, const QString &visit,
                                    const QString &meaning, const QString &password)
{
    return m_signatures->sign(m_doctor, m_subject, scope, visit, meaning, password);
}

int TestSignatureStore::rowCount(const QString &table) const
{
    return scalar(m_db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

void TestSignatureStore::signedVisitIsValidAndAudited()
{
    const int auditBefore = rowCount(QStringLiteral("audit_log"));
    const SignResult r = sign(SignatureStore::scopeVisit(), QStringLiteral("week0"));
    QVERIFY2(r.ok(), explain(r).constData());
    const Signature &s = r.signature;
    QVERIFY(s.id > 0);
    QCOMPARE(s.subjectCode, QStringLiteral("S001"));
    QCOMPARE(s.printedName, QStringLiteral("Chen Wei 陈伟"));
    QCOMPARE(s.signerUserName, QStringLiteral("dr.chen"));
    QCOMPARE(s.signerRole, QStringLiteral("physician"));
    QCOMPARE(s.meaning, QStringLiteral("reviewed"));
    QCOMPARE(s.signedAtUtc, m_clock.now);
    QCOMPARE(s.contentHash, SignatureStore::contentHash(Protocol::builtIn(), load(m_subject),
                                                        QStringLiteral("visit"),
                                                        QStringLiteral("week0")));
    QCOMPARE(s.contentHash.size(), 64);

    // Read back as stored.
    const std::optional<QList<Signature>> list = m_signatures->signatures(m_doctor, m_subject);
    QVERIFY(list.has_value());
    QCOMPARE(list->size(), 1);
    const Signature &back = list->first();
    QCOMPARE(back.id, s.id);
    QCOMPARE(back.visit, QStringLiteral("week0"));
    QCOMPARE(back.scope, QStringLiteral("visit"));
    QCOMPARE(back.printedName, s.printedName);
    QCOMPARE(back.signedAtUtc, s.signedAtUtc);
    QCOMPARE(back.contentHash, s.contentHash);
    QCOMPARE(back.status, Signature::Status::Valid);
    QVERIFY(!back.superseded);
    QVERIFY(!back.needsResigning());

    // One audit row, in the chain, naming what was signed; no password anywhere.
    QCOMPARE(rowCount(QStringLiteral("audit_log")), auditBefore + 1);
    AuditFilter f;
    f.action = QStringLiteral("sign");
    const QList<AuditEntry> rows = AuditLog(m_db).entries(f);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().userName, QStringLiteral("dr.chen"));
    QCOMPARE(rows.first().subjectCode, QStringLiteral("S001"));
    QCOMPARE(rows.first().tableName, QStringLiteral("signatures"));
    QCOMPARE(rows.first().recordId, s.id);
    const QJsonObject o = QJsonDocument::fromJson(rows.first().newValue.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("content_hash")).toString(), s.contentHash);
    QCOMPARE(o.value(QStringLiteral("meaning")).toString(), QStringLiteral("reviewed"));
    QCOMPARE(o.value(QStringLiteral("visit")).toString(), QStringLiteral("week0"));
    QVERIFY(!rows.first().newValue.contains(kDoctorPassword));
    QString problem;
    QCOMPARE(AuditLog(m_db).firstBrokenRow(&problem), std::optional<qint64>());
}

void TestSignatureStore::laterEditBreaksTheSignature_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<bool>("visitBroken");
    QTest::addColumn<bool>("casebookBroken");

    const auto reason = QStringLiteral("correction");
    QTest::newRow("weight of the signed infusion") << Edit([=](StudyStore &st, qint64 id) {
        Infusion i = *st.loadCasebook(physician(), id)->infusion(QStringLiteral("week0"));
        i.weightKg = 64.0;
        i.actualCells = 128000000;
        return st.saveInfusion(physician(), i, reason);
    }) << true << true;
    QTest::newRow("a vital sign of the signed infusion") << Edit([=](StudyStore &st, qint64 id) {
        Infusion i = *st.loadCasebook(physician(), id)->infusion(QStringLiteral("week0"));
        i.vitals[1].temperatureC = 37.1;
        return st.saveInfusion(physician(), i, reason);
    }) << true << true;
    QTest::newRow("a score of the signed PASI") << Edit([=](StudyStore &st, qint64 id) {
        PasiAssessment a = *st.loadCasebook(physician(), id)->pasiAt(QStringLiteral("week0"));
        a.regions[0].erythema = 4;
        return st.savePasi(physician(), a, reason);
    }) << true << true;
    QTest::newRow("PASI added at the signed visit") << Edit([=](StudyStore &st, qint64 id) {
        // The week 2 visit (signed below with its infusion only) gains a PASI assessment.
        PasiAssessment a = pasi(id, QStringLiteral("week2"), QDate(2024, 3, 18));
        return st.savePasi(physician(), a);
    }) << true << true;
    QTest::newRow("infusion of another visit") << Edit([=](StudyStore &st, qint64 id) {
        Infusion i = *st.loadCasebook(physician(), id)->infusion(QStringLiteral("week2"));
        i.lotNumber = QStringLiteral("LOT-2024-009");
        return st.saveInfusion(physician(), i, reason);
    }) << false << true;
    QTest::newRow("adverse event added") << Edit([=](StudyStore &st, qint64 id) {
        AdverseEvent ae = adverseEvent(id);
        return st.saveAdverseEvent(nurse(), ae);
    }) << false << true;
    QTest::newRow("consent changed") << Edit([=](StudyStore &st, qint64 id) {
        Consent c = *st.loadCasebook(physician(), id)->consent;
        c.obtainedBy = QStringLiteral("Nurse Zhang");
        return st.saveConsent(nurse(), c, reason);
    }) << false << true;
    QTest::newRow("casebook locked: not content") << Edit([=](StudyStore &st, qint64 id) {
        return st.setLocked(dataManager(), id, true, QStringLiteral("interim analysis"));
    }) << false << false;
    QTest::newRow("saved without a change") << Edit([=](StudyStore &st, qint64 id) {
        Infusion i = *st.loadCasebook(physician(), id)->infusion(QStringLiteral("week0"));
        return st.saveInfusion(physician(), i, reason);
    }) << false << false;
}

void TestSignatureStore::laterEditBreaksTheSignature()
{
    QFETCH(Edit, edit);
    QFETCH(bool, visitBroken);
    QFETCH(bool, casebookBroken);

    // week0 holds an infusion and a PASI; week2 only its infusion.
    const QString signedVisit = QTest::currentDataTag() == QByteArray("PASI added at the signed visit")
                                    ? QStringLiteral("week2")
                                    : QStringLiteral("week0");
    SIGNED(sign(SignatureStore::scopeVisit(), signedVisit));
    SIGNED(sign(SignatureStore::scopeCasebook(), {}, QStringLiteral("reviewed")));
    QCOMPARE(m_signatures->brokenSignatures(m_doctor)->size(), 0);

    m_clock.now = m_clock.now.addDays(1);
    SAVED(edit(*m_store, m_subject));

    const QList<Signature> list = *m_signatures->signatures(m_doctor, m_subject);
    QCOMPARE(list.size(), 2);
    const auto expected = [](bool broken) {
        return broken ? Signature::Status::Broken : Signature::Status::Valid;
    };
    QCOMPARE(list.at(0).scope, QStringLiteral("visit"));
    QCOMPARE(list.at(0).status, expected(visitBroken));
    QCOMPARE(list.at(1).scope, QStringLiteral("casebook"));
    QCOMPARE(list.at(1).status, expected(casebookBroken));
    // The one-signature check agrees with the list.
    QCOMPARE(m_signatures->status(m_doctor, list.at(0)), std::optional(expected(visitBroken)));

    const QList<Signature> broken = *m_signatures->brokenSignatures(m_doctor);
    QCOMPARE(broken.size(), int(visitBroken) + int(casebookBroken));
    for (const Signature &s : broken)
        QVERIFY(s.needsResigning());
}

void TestSignatureStore::reSigningMakesItValidAgain()
{
    SIGNED(sign(SignatureStore::scopeVisit(), QStringLiteral("week0")));
    const Casebook book = load(m_subject);
    Infusion i = *book.infusion(QStringLiteral("week0"));
    i.lotNumber = QStringLiteral("LOT-2024-002");
    SAVED(m_store->saveInfusion(physician(), i, QStringLiteral("lot misread")));
    QCOMPARE(m_signatures->brokenSignatures(m_doctor, m_subject)->size(), 1);

    m_clock.now = m_clock.now.addSecs(60);
    const SignResult again = sign(SignatureStore::scopeVisit(), QStringLiteral("week0"));
    QVERIFY2(again.ok(), explain(again).constData());

    const QList<Signature> list = *m_signatures->signatures(m_doctor, m_subject);
    QCOMPARE(list.size(), 2);  // the broken one is kept, never deleted
    QCOMPARE(list.at(0).status, Signature::Status::Broken);
    QVERIFY(list.at(0).superseded);
    QVERIFY(!list.at(0).needsResigning());
    QCOMPARE(list.at(1).id, again.signature.id);
    QCOMPARE(list.at(1).status, Signature::Status::Valid);
    QVERIFY(!list.at(1).superseded);
    QCOMPARE(m_signatures->brokenSignatures(m_doctor, m_subject)->size(), 0);

    // Another physician's signature does not supersede this one's.
    Session other;
    QCOMPARE(m_users->login(QStringLiteral("dr.wang"), kOtherPassword, &other),
             UserStore::LoginResult::Ok);
    SIGNED(m_signatures->sign(other, m_subject, SignatureStore::scopeVisit(),
                              QStringLiteral("week0"), QStringLiteral("reviewed"),
                              kOtherPassword));
    QVERIFY(!m_signatures->signatures(m_doctor, m_subject)->at(1).superseded);
    QCOMPARE(m_signatures->signatures(m_doctor, m_subject)->at(2).printedName,
             QStringLiteral("dr.wang"));  // no full name: the user name is printed
}

void TestSignatureStore::onlyAPhysicianSigns_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<Role>("role");
    QTest::newRow("nurse") << "nurse.li" << Role::Nurse;
    QTest::newRow("monitor") << "monitor.wu" << Role::Monitor;
    QTest::newRow("data manager") << "dm.zhao" << Role::DataManager;
}

void TestSignatureStore::onlyAPhysicianSigns()
{
    QFETCH(QString, user);
    QFETCH(Role, role);
    Session s;
    const QString password = user == QLatin1String("dm.zhao") ? kAdminPassword : kOtherPassword;
    QCOMPARE(m_users->login(user, password, &s), UserStore::LoginResult::Ok);
    QCOMPARE(s.role, role);
    const int audit = rowCount(QStringLiteral("audit_log"));
    for (const QString &scope : {SignatureStore::scopeVisit(), SignatureStore::scopeCasebook()}) {
        const SignResult r =
            m_signatures->sign(s, m_subject, scope,
                               scope == SignatureStore::scopeVisit() ? QStringLiteral("week0")
                                                                     : QString(),
                               QStringLiteral("approved"), password);
        QCOMPARE(r.status, SignResult::Status::Denied);
    }
    // A nurse posing as a physician is caught by the account's stored role.
    s.role = Role::Physician;
    QCOMPARE(m_signatures
                 ->sign(s, m_subject, SignatureStore::scopeCasebook(), {},
                        QStringLiteral("approved"), password)
                 .status,
             SignResult::Status::Denied);
    QCOMPARE(rowCount(QStringLiteral("signatures")), 0);
    QCOMPARE(rowCount(QStringLiteral("audit_log")), audit);
}

void TestSignatureStore::roleTakenAwaySinceLoginIsDenied()
{
    Session admin;
    QCOMPARE(m_users->login(QStringLiteral("dm.zhao"), kAdminPassword, &admin),
             UserStore::LoginResult::Ok);
    QString error;
    QVERIFY(m_users->setRole(admin, QStringLiteral("dr.chen"), Role::Monitor, &error));
    QCOMPARE(sign(SignatureStore::scopeCasebook(), {}).status, SignResult::Status::Denied);
    QVERIFY(m_users->setRole(admin, QStringLiteral("dr.chen"), Role::Physician, &error));
    QVERIFY(m_users->setDisabled(admin, QStringLiteral("dr.chen"), true, &error));
    QCOMPARE(sign(SignatureStore::scopeCasebook(), {}).status, SignResult::Status::Denied);
    QCOMPARE(rowCount(QStringLiteral("signatures")), 0);
}

void TestSignatureStore::wrongPasswordSignsNothing()
{
    const SignResult r = sign(SignatureStore::scopeVisit(), QStringLiteral("week0"),
                              QStringLiteral("reviewed"), kDoctorPassword + QLatin1Char('!'));
    QCOMPARE(r.status, SignResult::Status::WrongPassword);
    QCOMPARE(r.signature.id, qint64(0));
    QCOMPARE(rowCount(QStringLiteral("signatures")), 0);
    // The attempt is audited (without the password) and counts toward the lockout.
    AuditFilter f;
    f.action = QStringLiteral("reauth_failed");
    const QList<AuditEntry> rows = AuditLog(m_db).entries(f);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().userName, QStringLiteral("dr.chen"));
    QCOMPARE(rows.first().field, QStringLiteral("sign"));
    QCOMPARE(rows.first().reason, QStringLiteral("wrong_password"));
    QCOMPARE(m_users->user(QStringLiteral("dr.chen"))->failedAttempts, 1);
    QCOMPARE(sign(SignatureStore::scopeVisit(), QStringLiteral("week0"), QStringLiteral("reviewed"),
                  QString())
                 .status,
             SignResult::Status::WrongPassword);
    // The right one then signs, and resets the count.
    SIGNED(sign(SignatureStore::scopeVisit(), QStringLiteral("week0")));
    QCOMPARE(m_users->user(QStringLiteral("dr.chen"))->failedAttempts, 0);
}

void TestSignatureStore::wrongPasswordsLockTheAccount()
{
    const QDateTime start = m_clock.now;
    for (int i = 0; i < UserStore::maxFailedAttempts(); ++i)
        QCOMPARE(sign(SignatureStore::scopeCasebook(), {}, QStringLiteral("reviewed"),
                      QStringLiteral("guess-number-%1").arg(i))
                     .status,
                 SignResult::Status::WrongPassword);
    QCOMPARE(sign(SignatureStore::scopeCasebook(), {}, QStringLiteral("reviewed")).status,
             SignResult::Status::LockedOut);
    QCOMPARE(m_users->login(QStringLiteral("dr.chen"), kDoctorPassword, nullptr),
             UserStore::LoginResult::LockedOut);
    m_clock.now = start.addSecs(qint64(UserStore::lockoutMinutes()) * 60);
    SIGNED(sign(SignatureStore::scopeCasebook(), {}, QStringLiteral("reviewed")));
}

void TestSignatureStore::invalidRequestsAreRefused_data()
{
    QTest::addColumn<qint64>("subject");  // 0: the test's subject
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("visit");
    QTest::addColumn<QString>("meaning");
    QTest::addColumn<SignResult::Status>("expected");
    using S = SignResult::Status;
    QTest::newRow("unknown meaning") << qint64(0) << "visit" << "week0" << "seen" << S::Invalid;
    QTest::newRow("meaning as display text") << qint64(0) << "visit" << "week0" << "Reviewed"
                                             << S::Invalid;
    QTest::newRow("unknown visit") << qint64(0) << "visit" << "week3" << "reviewed" << S::Invalid;
    QTest::newRow("visit without code") << qint64(0) << "visit" << "" << "reviewed" << S::Invalid;
    QTest::newRow("casebook with a visit") << qint64(0) << "casebook" << "week0" << "approved"
                                           << S::Invalid;
    QTest::newRow("unknown scope") << qint64(0) << "page" << "" << "approved" << S::Invalid;
    QTest::newRow("visit with nothing recorded") << qint64(0) << "visit" << "week8"
                                                 << "reviewed" << S::NothingToSign;
    QTest::newRow("unknown subject") << qint64(9999) << "casebook" << "" << "approved"
                                     << S::Invalid;
}

void TestSignatureStore::invalidRequestsAreRefused()
{
    QFETCH(qint64, subject);
    QFETCH(QString, scope);
    QFETCH(QString, visit);
    QFETCH(QString, meaning);
    QFETCH(SignResult::Status, expected);
    const SignResult r = m_signatures->sign(m_doctor, subject == 0 ? m_subject : subject, scope,
                                            visit, meaning, kDoctorPassword);
    QVERIFY2(r.status == expected, explain(r).constData());
    QCOMPARE(rowCount(QStringLiteral("signatures")), 0);
}

void TestSignatureStore::signaturesAreAppendOnly()
{
    SIGNED(sign(SignatureStore::scopeCasebook(), {}, QStringLiteral("reviewed")));
    QSqlQuery q(m_db.connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE signatures SET meaning = 'approved'")));
    QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM signatures")));
    QCOMPARE(rowCount(QStringLiteral("signatures")), 1);
    // The schema refuses a visit signature without a visit, and a meaning outside the list.
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO signatures (subject_id, scope, visit, signer_user_id, signer_user_name,"
        " printed_name, signer_role, meaning, signed_at_utc, content_hash)"
        " VALUES (1, 'visit', NULL, 1, 'x', 'x', 'physician', 'reviewed', 'now', 'h')")));
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO signatures (subject_id, scope, visit, signer_user_id, signer_user_name,"
        " printed_name, signer_role, meaning, signed_at_utc, content_hash)"
        " VALUES (1, 'casebook', NULL, 1, 'x', 'x', 'physician', 'seen', 'now', 'h')")));
}

void TestSignatureStore::canonicalFormIsPinned()
{
    Casebook empty;
    empty.subject.code = QStringLiteral("S0");
    QCOMPARE(SignatureStore::canonical(Protocol::builtIn(), empty, QStringLiteral("visit"),
                                       QStringLiteral("week2")),
             QByteArray("2:S05:visit5:week29:infusions1:016:pasi_assessments1:0"));
    // A record adds its field count, then each column and its storage text.
    const QByteArray withInfusion =
        SignatureStore::canonical(Protocol::builtIn(), load(m_subject), QStringLiteral("visit"),
                                  QStringLiteral("week2"));
    QVERIFY2(withInfusion.startsWith("4:S0015:visit5:week29:infusions1:1"), withInfusion.constData());
    QVERIFY(withInfusion.contains("9:weight_kg4:63.5"));
    QVERIFY(withInfusion.contains("13:infusion_date10:2024-03-18"));
    QVERIFY(withInfusion.endsWith("16:pasi_assessments1:0"));
    // The hash is SHA-256 hex of exactly that text.
    QCOMPARE(SignatureStore::contentHash(Protocol::builtIn(), empty, QStringLiteral("visit"),
                                         QStringLiteral("week2")),
             QString::fromLatin1(
                 QCryptographicHash::hash("2:S05:visit5:week29:infusions1:016:pasi_assessments1:0",
                                          QCryptographicHash::Sha256)
                     .toHex()));
}

void TestSignatureStore::brokenSignaturesSpanTheStudy()
{
    Subject second = subject(QStringLiteral("S002"));
    SAVED(m_store->saveSubject(nurse(), second));
    SAVED(enrol(*m_store, second.id));
    Infusion i = infusion(second.id);
    SAVED(m_store->saveInfusion(nurse(), i));
    SIGNED(m_signatures->sign(m_doctor, second.id, SignatureStore::scopeVisit(),
                              QStringLiteral("week0"), QStringLiteral("reviewed"),
                              kDoctorPassword));
    SIGNED(sign(SignatureStore::scopeCasebook(), {}, QStringLiteral("reviewed")));
    i.weightKg = 70;
    i.actualCells = 140000000;
    SAVED(m_store->saveInfusion(physician(), i, QStringLiteral("reweighed")));
    Subject first = load(m_subject).subject;
    first.initials = QStringLiteral("ZXN");
    SAVED(m_store->saveSubject(nurse(), first, QStringLiteral("typo")));

    const QList<Signature> broken = *m_signatures->brokenSignatures(m_doctor);
    QCOMPARE(broken.size(), 2);
    QCOMPARE(broken.at(0).subjectCode, QStringLiteral("S001"));  // by subject code
    QCOMPARE(broken.at(0).scope, QStringLiteral("casebook"));
    QCOMPARE(broken.at(1).subjectCode, QStringLiteral("S002"));
    QCOMPARE(broken.at(1).visit, QStringLiteral("week0"));
    // Reading needs ReadClinical only: a monitor sees the list too.
    QCOMPARE(m_signatures->brokenSignatures(monitor())->size(), 2);
}

void TestSignatureStore::forgedSignatureIsFound_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("problem");
    const QString dropUpdate = QStringLiteral("DROP TRIGGER signatures_no_update");
    QTest::newRow("meaning changed")
        << QStringList{dropUpdate, QStringLiteral("UPDATE signatures SET meaning = 'approved'")}
        << "meaning";
    QTest::newRow("content hash rewritten to fit changed data")
        << QStringList{dropUpdate, QStringLiteral("UPDATE signatures SET content_hash = "
                                                  "'0000000000000000000000000000000000000000"
                                                  "000000000000000000000000'")}
        << "content hash";
    QTest::newRow("printed name changed")
        << QStringList{dropUpdate, QStringLiteral("UPDATE signatures SET printed_name = 'Dr X'")}
        << "printed name";
    QTest::newRow("signing time moved")
        << QStringList{dropUpdate, QStringLiteral("UPDATE signatures SET signed_at_utc = "
                                                  "'2024-01-01T00:00:00.000Z'")}
        << "time";
    QTest::newRow("signer changed")
        << QStringList{dropUpdate,
                       QStringLiteral("UPDATE signatures SET signer_user_name = 'dr.wang'")}
        << "signer";
    QTest::newRow("signature deleted")
        << QStringList{QStringLiteral("DROP TRIGGER signatures_no_delete"),
                       QStringLiteral("DELETE FROM signatures")}
        << "deleted";
    QTest::newRow("signature added without signing")
        << QStringList{QStringLiteral(
               "INSERT INTO signatures (subject_id, scope, visit, signer_user_id,"
               " signer_user_name, printed_name, signer_role, meaning, signed_at_utc,"
               " content_hash) SELECT subject_id, 'casebook', NULL, signer_user_id,"
               " signer_user_name, printed_name, signer_role, 'approved', signed_at_utc,"
               " content_hash FROM signatures")}
        << "no audit row";
}

void TestSignatureStore::forgedSignatureIsFound()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, problem);
    const SignResult signedVisit = sign(SignatureStore::scopeVisit(), QStringLiteral("week0"));
    QVERIFY(signedVisit.ok());
    QString found;
    QCOMPARE(SignatureStore::firstForgedSignature(m_db, &found), std::optional<qint64>());
    QSqlQuery q(m_db.connection());
    for (const QString &statement : sql)
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    const std::optional<qint64> forged = SignatureStore::firstForgedSignature(m_db, &found);
    QVERIFY2(forged.has_value(), "not found");
    QVERIFY2(found.contains(problem), qPrintable(found));
    // The audit chain itself is sound: only the cross-check finds it.
    QString chain;
    QCOMPARE(AuditLog(m_db).firstBrokenRow(&chain), std::optional<qint64>());
}

void TestSignatureStore::noPasswordInTheDatabaseFiles()
{
    // Passwords re-entered to sign, right and wrong, leave no trace in any file byte.
    QVERIFY(sign(SignatureStore::scopeVisit(), QStringLiteral("week0"), QStringLiteral("reviewed"),
                 QStringLiteral("Wrong-Guess-At-Signing-7"))
                .status
            == SignResult::Status::WrongPassword);
    SIGNED(sign(SignatureStore::scopeCasebook(), {}, QStringLiteral("reviewed")));
    QByteArray bytes;
    const QDir dir(m_dir.path());
    for (const QString &name : dir.entryList({QStringLiteral("study.db*")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes += f.readAll();
    }
    QVERIFY(bytes.size() > 4096);
    QVERIFY(bytes.contains(QByteArrayLiteral("$argon2id$")));
    for (const QString &secret : {kDoctorPassword, kAdminPassword, kOtherPassword,
                                  QStringLiteral("Wrong-Guess-At-Signing-7")})
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
}

// The area % columns came after signatures: not recorded, they are not in the signed content
// (a page signed before them still matches); recorded, they are.
void TestSignatureStore::areaPercentIsSignedOnlyWhenRecorded()
{
    Casebook book = load(m_subject);
    const QByteArray before = SignatureStore::canonical(Protocol::builtIn(), book,
                                                        QStringLiteral("visit"),
                                                        QStringLiteral("week0"));
    QVERIFY(before.contains("9:head_area1:2"));
    QVERIFY(!before.contains("area_pct"));
    book.pasi[0].regions[0].areaPct = 12.5;
    const QByteArray after = SignatureStore::canonical(Protocol::builtIn(), book,
                                                       QStringLiteral("visit"),
                                                       QStringLiteral("week0"));
    QVERIFY2(after.contains("13:head_area_pct4:12.5"), after.constData());
}

// "Approved" means complete and correct: refused in the model with the list of what is not,
// before the password is asked (no attempt counted), nothing written.
void TestSignatureStore::approvalIsRefusedWhileNotComplete()
{
    const int audit = rowCount(QStringLiteral("audit_log"));
    const SignResult r = sign(SignatureStore::scopeCasebook(), {}, QStringLiteral("approved"));
    QCOMPARE(r.status, SignResult::Status::NotComplete);
    QStringList codes;
    for (const rules::ApprovalBlocker &b : r.blockers)
        codes << b.code() + QLatin1Char(' ') + b.page + QLatin1Char(' ') + b.visit;
    // Enrolled (consent and eligibility saved), but no screening PASI, no week-2 PASI; week 4
    // on: windows closed by June.
    QVERIFY2(!codes.contains(QStringLiteral("missing_page eligibility ")), qPrintable(codes.join('|')));
    QVERIFY2(codes.contains(QStringLiteral("missing_page pasi screening")), qPrintable(codes.join('|')));
    QVERIFY2(codes.contains(QStringLiteral("missing_page pasi week2")), qPrintable(codes.join('|')));
    QVERIFY2(codes.contains(QStringLiteral("missing_page infusion week4")), qPrintable(codes.join('|')));
    QCOMPARE(r.blockers.size(),
             m_signatures->approvalBlockers(load(m_subject), SignatureStore::scopeCasebook()).size());
    QCOMPARE(rowCount(QStringLiteral("signatures")), 0);
    QCOMPARE(rowCount(QStringLiteral("audit_log")), audit);
    // A wrong password is not even looked at: no failed attempt counts.
    QCOMPARE(sign(SignatureStore::scopeCasebook(), {}, QStringLiteral("approved"),
                  QStringLiteral("wrong-guess"))
                 .status,
             SignResult::Status::NotComplete);
    QCOMPARE(m_users->user(QStringLiteral("dr.chen"))->failedAttempts, 0);
    // A casebook without its eligibility page lists it as missing.
    Casebook withoutEligibility = load(m_subject);
    withoutEligibility.eligibility.reset();
    QStringList missing;
    for (const rules::ApprovalBlocker &b :
         m_signatures->approvalBlockers(withoutEligibility, SignatureStore::scopeCasebook()))
        missing << b.code() + QLatin1Char(' ') + b.page + QLatin1Char(' ') + b.visit;
    QVERIFY2(missing.contains(QStringLiteral("missing_page eligibility ")),
             qPrintable(missing.join('|')));
}

void TestSignatureStore::reviewedCanBeSignedAnyTime()
{
    QVERIFY(!m_signatures->approvalBlockers(load(m_subject), SignatureStore::scopeCasebook())
                 .isEmpty());
    SIGNED(sign(SignatureStore::scopeCasebook(), {}, QStringLiteral("reviewed")));
    SIGNED(sign(SignatureStore::scopeVisit(), QStringLiteral("week2"), QStringLiteral("reviewed")));
    QCOMPARE(rowCount(QStringLiteral("signatures")), 2);
}

void TestSignatureStore::visitApprovalNeedsItsPages()
{
    // week0: infusion and PASI, both complete. week2: the infusion only.
    SIGNED(sign(SignatureStore::scopeVisit(), QStringLiteral("week0"), QStringLiteral("approved")));
    const SignResult r =
        sign(SignatureStore::scopeVisit(), QStringLiteral("week2"), QStringLiteral("approved"));
    QCOMPARE(r.status, SignResult::Status::NotComplete);
    QCOMPARE(r.blockers.size(), 1);
    QCOMPARE(r.blockers.first().code(), QStringLiteral("missing_page"));
    QCOMPARE(r.blockers.first().page, rules::Page::pasi);
    QCOMPARE(r.blockers.first().visit, QStringLiteral("week2"));

    // A page saved incomplete stops the approval of its visit too.
    m_clock.now = m_clock.now.addSecs(60);
    PasiAssessment a = pasi(m_subject, QStringLiteral("week2"), QDate(2024, 3, 18));
    a.regions[1].erythema.reset();
    SAVED(m_store->savePasi(m_doctor, a));
    const SignResult again =
        sign(SignatureStore::scopeVisit(), QStringLiteral("week2"), QStringLiteral("approved"));
    QCOMPARE(again.status, SignResult::Status::NotComplete);
    QCOMPARE(again.blockers.first().code(), QStringLiteral("incomplete_page"));
    QCOMPARE(again.blockers.first().items, QStringList{"upper_limbs_erythema"});
    QCOMPARE(rowCount(QStringLiteral("signatures")), 1);
}

void TestSignatureStore::completeCasebookCanBeApproved()
{
    // Everything the schedule expects by June for an enrolled subject whose week 0 was March 4
    // (enrolment saved its consent and eligibility).
    QVERIFY(load(m_subject).eligibility.has_value());
    const QDate week0(2024, 3, 4);
    for (const VisitDef &v : Protocol::builtIn().visits) {
        const QDate day = v.week ? week0.addDays(7 * *v.week) : week0.addDays(-10);
        const Casebook book = load(m_subject);
        if (v.infusion && !book.infusion(v.code)) {
            Infusion i = infusion(m_subject, v.code, day);
            SAVED(m_store->saveInfusion(m_doctor, i));
        }
        if (v.pasi && !book.pasiAt(v.code)) {
            PasiAssessment a = pasi(m_subject, v.code, day);
            SAVED(m_store->savePasi(m_doctor, a));
        }
    }
    AdverseEvent ae = adverseEvent(m_subject);
    ae.outcome.clear();
    SAVED(m_store->saveAdverseEvent(m_doctor, ae));
    const SignResult refused =
        sign(SignatureStore::scopeCasebook(), {}, QStringLiteral("approved"));
    QCOMPARE(refused.status, SignResult::Status::NotComplete);
    QCOMPARE(refused.blockers.size(), 1);
    QCOMPARE(refused.blockers.first().code(), QStringLiteral("ae_no_outcome"));

    ae = load(m_subject).adverseEvents.first();
    ae.outcome = QStringLiteral("recovered");
    SAVED(m_store->saveAdverseEvent(m_doctor, ae, QStringLiteral("outcome known")));
    SIGNED(sign(SignatureStore::scopeCasebook(), {}, QStringLiteral("approved")));
}

QTEST_GUILESS_MAIN(TestSignatureStore)
#include "tst_signaturestore.moc"
