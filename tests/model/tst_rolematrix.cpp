// SPDX-License-Identifier: Apache-2.0
// The role matrix, tried THROUGH THE STORES for every (role, action) pair: each
// row performs the action with a logged-in user of that role and expects it done or Denied.
// The expected table is written out here from the role matrix of the design, independently of
// isAllowed(), so a change to the matrix in model/ must be a change to this table too.
//   nurse:        subjects, consent, infusions, vital signs, AEs (not causality); no signing
//   physician:    every clinical form, eligibility confirmation, AE causality; signs
//   monitor:      reads everything (the audit trail and exports too), edits nothing; raises
//                 and closes queries, marks SDV
//   data manager: users, import/export, backup, lock/unlock; no clinical edits; raises,
//                 answers and closes queries, marks SDV
//   physician:    raises a query (on a nurse's entry), answers; nurse: answers
#include "fixtures.h"
#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "storage/audittrail.h"
#include "storage/bulkwriter.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"
#include "storage/signaturestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::fixtures;

Q_DECLARE_METATYPE(trialcrf::Role)
Q_DECLARE_METATYPE(trialcrf::Action)

namespace {

const QString kPassword = QStringLiteral("Role-Matrix-Phrase-1");

/// Every Action, so the data rows cover the whole enum (a new Action must be added here).
constexpr Action kActions[] = {
    Action::ReadClinical,   Action::EditSubject,      Action::EditConsent,
    Action::EditEligibility, Action::ConfirmEligibility, Action::EditInfusion,
    Action::EditPasi,       Action::EditAdverseEvent, Action::JudgeCausality,
    Action::Sign,           Action::ManageUsers,      Action::ImportData,
    Action::ExportData,     Action::Backup,           Action::LockCasebook,
    Action::ReadAudit,      Action::RaiseQuery,       Action::AnswerQuery,
    Action::CloseQuery,     Action::VerifySource,
};

const char *actionName(Action a)
{
    switch (a) {
    case Action::ReadClinical: return "ReadClinical";
    case Action::EditSubject: return "EditSubject";
    case Action::EditConsent: return "EditConsent";
    case Action::EditEligibility: return "EditEligibility";
    case Action::ConfirmEligibility: return "ConfirmEligibility";
    case Action::EditInfusion: return "EditInfusion";
    case Action::EditPasi: return "EditPasi";
    case Action::EditAdverseEvent: return "EditAdverseEvent";
    case Action::JudgeCausality: return "JudgeCausality";
    case Action::Sign: return "Sign";
    case Action::ManageUsers: return "ManageUsers";
    case Action::ImportData: return "ImportData";
    case Action::ExportData: return "ExportData";
    case Action::Backup: return "Backup";
    case Action::LockCasebook: return "LockCasebook";
    case Action::ReadAudit: return "ReadAudit";
    case Action::RaiseQuery: return "RaiseQuery";
    case Action::AnswerQuery: return "AnswerQuery";
    case Action::CloseQuery: return "CloseQuery";
    case Action::VerifySource: return "VerifySource";
    }
    return "?";
}

/// The issue's table.
bool expectedAllowed(Role r, Action a)
{
    using A = Action;
    QList<Action> allowed;
    switch (r) {
    case Role::Nurse:
        // Nurses record the eligibility items; only a physician confirms the verdict.
        allowed = {A::ReadClinical, A::EditSubject,      A::EditConsent, A::EditEligibility,
                   A::EditInfusion, A::EditAdverseEvent, A::ExportData,  A::ReadAudit,
                   A::AnswerQuery};
        break;
    case Role::Physician:
        allowed = {A::ReadClinical,     A::EditSubject,   A::EditConsent,
                   A::EditEligibility,  A::ConfirmEligibility, A::EditInfusion,
                   A::EditPasi,         A::EditAdverseEvent,   A::JudgeCausality,
                   A::Sign,             A::ExportData,         A::ReadAudit,
                   A::RaiseQuery,       A::AnswerQuery};
        break;
    case Role::Monitor:
        allowed = {A::ReadClinical, A::ReadAudit,    A::ExportData,
                   A::RaiseQuery,   A::CloseQuery,   A::VerifySource};
        break;
    case Role::DataManager:
        allowed = {A::ReadClinical, A::ManageUsers,  A::ImportData,  A::ExportData,
                   A::Backup,       A::LockCasebook, A::ReadAudit,   A::RaiseQuery,
                   A::AnswerQuery,  A::CloseQuery,   A::VerifySource};
        break;
    }
    return allowed.contains(a);
}

/// What a store call came to: done, denied, or something else (a test bug: reported).
enum class Outcome { Done, Denied, Other };

Outcome outcomeOf(const SaveResult &r, QString *detail)
{
    *detail = r.message + QLatin1Char(' ') + QString::fromUtf8(describe(r.errors));
    if (r.ok())
        return Outcome::Done;
    return r.status == SaveResult::Status::Denied ? Outcome::Denied : Outcome::Other;
}

}  // namespace

class TestRoleMatrix : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyRoleAndActionThroughTheStores_data();
    void everyRoleAndActionThroughTheStores();
    void matrixInModelMatchesTheIssue();
    void permissionTableIsTheDesignsMatrix_data();
    void permissionTableIsTheDesignsMatrix();
    void importWritesNeedImportData_data();
    void importWritesNeedImportData();
    void importByAnotherRoleWritesNothing_data();
    void importByAnotherRoleWritesNothing();

private:
    /// A subject of its own for each row, with the pages the action needs set up by the
    /// fixture physician (who may write every clinical page).
    qint64 newSubject();
    Outcome perform(Role role, Action action, QString *detail);
    Outcome performMonitoring(const Session &s, Action action, QString *detail);

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<StudyStore> m_store;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<SignatureStore> m_signatures;
    QMap<Role, Session> m_sessions;
    QString m_emptyExport;
    int m_counter = 0;
};

void TestRoleMatrix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_db.open(studyAt(m_dir.filePath(QStringLiteral("matrix.db")))),
             qPrintable(m_db.errorString()));
    m_store = std::make_unique<StudyStore>(m_db, Protocol::builtIn());
    m_users = std::make_unique<UserStore>(m_db);
    m_signatures = std::make_unique<SignatureStore>(*m_store, *m_users);
    QString error;
    QVERIFY(m_users->createFirstAdmin(QStringLiteral("dm"), kPassword, &error));
    Session admin;
    QCOMPARE(m_users->login(QStringLiteral("dm"), kPassword, &admin), UserStore::LoginResult::Ok);
    m_sessions.insert(Role::DataManager, admin);
    const QList<QPair<Role, QString>> others{{Role::Nurse, QStringLiteral("nurse")},
                                             {Role::Physician, QStringLiteral("doctor")},
                                             {Role::Monitor, QStringLiteral("monitor")}};
    for (const auto &[role, name] : others) {
        QVERIFY2(m_users->addUser(admin, name, {}, role, kPassword, &error), qPrintable(error));
        Session s;
        QCOMPARE(m_users->login(name, kPassword, &s), UserStore::LoginResult::Ok);
        QCOMPARE(s.role, role);
        m_sessions.insert(role, s);
    }
    // The one every refused administrative call is aimed at (never the caller: users may
    // change their own password).
    QVERIFY(m_users->addUser(admin, QStringLiteral("bystander"), {}, Role::Nurse, kPassword,
                             &error));

    // An export of an empty study: importing it is a complete, valid import that adds nothing.
    Database empty;
    QVERIFY(empty.open(studyAt(m_dir.filePath(QStringLiteral("empty.db")))));
    StudyStore emptyStore(empty, Protocol::builtIn());
    m_emptyExport = m_dir.filePath(QStringLiteral("empty-export"));
    const ExportResult exported = Exporter(emptyStore, dataManager()).exportCsv(m_emptyExport);
    QVERIFY2(exported.ok(), qPrintable(exported.message));
}

void TestRoleMatrix::cleanupTestCase()
{
    m_signatures.reset();
    m_users.reset();
    m_store.reset();
    m_db.close();
}

qint64 TestRoleMatrix::newSubject()
{
    Subject s = subject(QStringLiteral("M%1").arg(++m_counter, 3, 10, QLatin1Char('0')));
    const SaveResult r = m_store->saveSubject(physician(), s);
    if (!r.ok())
        qWarning("setup subject: %s", qPrintable(r.message));
    return s.id;
}

Outcome TestRoleMatrix::perform(Role role, Action action, QString *detail)
{
    const Session s = m_sessions.value(role);
    const QString reason = QStringLiteral("role matrix");
    switch (action) {
    case Action::ReadClinical: {
        const qint64 id = newSubject();
        const std::optional<Casebook> book = m_store->loadCasebook(s, id, detail);
        int streamed = 0;
        const bool streams = m_store->forEachSubject(
            s, [&](const Subject &, bool) { return ++streamed > 0; }, detail);
        if (book && streams && streamed > 0)
            return Outcome::Done;
        return !book && !streams ? Outcome::Denied : Outcome::Other;
    }
    case Action::EditSubject: {
        Subject subj = subject(QStringLiteral("N%1").arg(++m_counter, 3, 10, QLatin1Char('0')));
        return outcomeOf(m_store->saveSubject(s, subj), detail);
    }
    case Action::EditConsent: {
        Consent c = consent(newSubject());
        return outcomeOf(m_store->saveConsent(s, c), detail);
    }
    case Action::EditEligibility: {
        const qint64 id = newSubject();
        Consent c = consent(id);
        m_store->saveConsent(physician(), c);
        Eligibility e = eligibility(id);
        return outcomeOf(m_store->saveEligibility(s, e), detail);
    }
    case Action::ConfirmEligibility: {
        const qint64 id = newSubject();
        Consent c = consent(id);
        m_store->saveConsent(physician(), c);
        Eligibility e = eligibility(id);
        m_store->saveEligibility(physician(), e);
        e.confirmedVerdict = QStringLiteral("eligible");
        return outcomeOf(m_store->saveEligibility(s, e, reason), detail);
    }
    case Action::EditInfusion: {
        const qint64 id = newSubject();
        if (const SaveResult r = enrol(*m_store, id); !r.ok()) {
            outcomeOf(r, detail);
            return Outcome::Other;  // the set-up failed: reported, neither done nor denied
        }
        Infusion i = infusion(id);
        return outcomeOf(m_store->saveInfusion(s, i), detail);
    }
    case Action::EditPasi: {
        PasiAssessment a = pasi(newSubject());
        return outcomeOf(m_store->savePasi(s, a), detail);
    }
    case Action::EditAdverseEvent: {
        AdverseEvent ae = adverseEvent(newSubject());
        return outcomeOf(m_store->saveAdverseEvent(s, ae), detail);
    }
    case Action::JudgeCausality: {
        AdverseEvent ae = adverseEvent(newSubject());
        m_store->saveAdverseEvent(physician(), ae);
        ae.relatedness = QStringLiteral("possible");
        return outcomeOf(m_store->saveAdverseEvent(s, ae, reason), detail);
    }
    case Action::Sign: {
        const qint64 id = newSubject();
        enrol(*m_store, id);
        Infusion i = infusion(id);
        m_store->saveInfusion(physician(), i);
        const SignResult r = m_signatures->sign(s, id, SignatureStore::scopeVisit(),
                                                QStringLiteral("week0"),
                                                QStringLiteral("reviewed"), kPassword);
        *detail = r.message;
        if (r.ok())
            return m_signatures->signatures(s, id)->size() == 1 ? Outcome::Done : Outcome::Other;
        return r.status == SignResult::Status::Denied ? Outcome::Denied : Outcome::Other;
    }
    case Action::ManageUsers: {
        // Every administrative call; all must agree.
        const QString name = QStringLiteral("user%1").arg(++m_counter);
        QList<bool> done;
        done << m_users->addUser(s, name, {}, Role::Nurse, kPassword, detail);
        const QString target = done.first() ? name : QStringLiteral("bystander");
        done << m_users->setRole(s, target, Role::Monitor, detail);
        done << m_users->changePassword(s, target, QStringLiteral("Reset-By-Manager-2"), detail);
        done << m_users->setDisabled(s, target, true, detail);
        if (!done.contains(false))
            return Outcome::Done;
        const std::optional<UserAccount> bystander = m_users->user(QStringLiteral("bystander"));
        return !done.contains(true) && bystander->role == Role::Nurse && !bystander->disabled
                       && !m_users->user(name)
                   ? Outcome::Denied
                   : Outcome::Other;
    }
    case Action::ImportData: {
        const ImportReport r = Importer(*m_store, s).importCsv(m_emptyExport);
        *detail = r.message;
        if (r.ok())
            return Outcome::Done;
        return r.status == ImportReport::Status::Denied ? Outcome::Denied : Outcome::Other;
    }
    case Action::ExportData: {
        newSubject();
        const QString out = m_dir.filePath(QStringLiteral("export-%1").arg(++m_counter));
        const ExportResult r = Exporter(*m_store, s).exportCsv(out);
        *detail = r.message;
        if (r.ok())
            return QDir(out).exists(QStringLiteral("subjects.csv")) ? Outcome::Done
                                                                    : Outcome::Other;
        return r.status == ExportResult::Status::Denied && !QDir(out).exists() ? Outcome::Denied
                                                                               : Outcome::Other;
    }
    case Action::Backup: {
        const QString target = m_dir.filePath(QStringLiteral("backup-%1.db").arg(++m_counter));
        const Outcome o = outcomeOf(DatabaseBackup(m_db).write(s, target), detail);
        if (o == Outcome::Done)
            return QFile::exists(target) ? Outcome::Done : Outcome::Other;
        return o == Outcome::Denied && !QFile::exists(target) ? Outcome::Denied : Outcome::Other;
    }
    case Action::LockCasebook: {
        const qint64 id = newSubject();
        const Outcome locked = outcomeOf(m_store->setLocked(s, id, true, reason), detail);
        if (locked != Outcome::Done)
            return locked;
        const bool isLocked = m_store->loadCasebook(s, id)->locked;
        const Outcome unlocked = outcomeOf(m_store->setLocked(s, id, false, reason), detail);
        return isLocked && unlocked == Outcome::Done ? Outcome::Done : Outcome::Other;
    }
    case Action::ReadAudit: {
        const std::optional<QList<AuditEntry>> rows = AuditTrail(m_db).entries(s, {}, detail);
        const bool users = AuditTrail(m_db).userNames(s).has_value();
        if (rows && users)
            return rows->isEmpty() ? Outcome::Other : Outcome::Done;
        return !rows && !users ? Outcome::Denied : Outcome::Other;
    }
    case Action::RaiseQuery:
    case Action::AnswerQuery:
    case Action::CloseQuery:
    case Action::VerifySource:
        return performMonitoring(s, action, detail);
    }
    return Outcome::Other;
}

/// The monitoring actions on a subject the nurse entered (a physician queries a nurse's
/// entry only): the query raised, answered and closed by the roles allowed to, up to the step
/// the action is, which `s` then tries.
Outcome TestRoleMatrix::performMonitoring(const Session &s, Action action, QString *detail)
{
    Subject subj = subject(QStringLiteral("Q%1").arg(++m_counter, 3, 10, QLatin1Char('0')));
    if (!m_store->saveSubject(m_sessions.value(Role::Nurse), subj).ok())
        return Outcome::Other;
    const FieldRef initials{subj.id, QStringLiteral("subjects"), {}, QStringLiteral("initials")};
    QueryStore queries(*m_store);
    if (action == Action::VerifySource)
        return outcomeOf(SdvStore(*m_store).mark(s, initials), detail);
    if (action == Action::RaiseQuery)
        return outcomeOf(queries.raise(s, initials, QStringLiteral("Initials?")), detail);
    qint64 id = 0;
    if (!queries.raise(m_sessions.value(Role::Monitor), initials, QStringLiteral("?"), &id).ok())
        return Outcome::Other;
    if (action == Action::AnswerQuery)
        return outcomeOf(queries.answer(s, id, QStringLiteral("As on source")), detail);
    if (!queries.answer(m_sessions.value(Role::Nurse), id, QStringLiteral("ok")).ok())
        return Outcome::Other;
    return outcomeOf(queries.close(s, id, {}), detail);
}

void TestRoleMatrix::everyRoleAndActionThroughTheStores_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("allowed");
    for (Role r : {Role::Nurse, Role::Physician, Role::Monitor, Role::DataManager}) {
        for (Action a : kActions) {
            const bool allowed = expectedAllowed(r, a);
            QTest::addRow("%s %s %s", qPrintable(roleCode(r)), actionName(a),
                          allowed ? "allowed" : "denied")
                << r << a << allowed;
        }
    }
}

void TestRoleMatrix::everyRoleAndActionThroughTheStores()
{
    QFETCH(Role, role);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    QString detail;
    const Outcome got = perform(role, action, &detail);
    QVERIFY2(got != Outcome::Other, qPrintable(QStringLiteral("neither done nor denied: ") + detail));
    QVERIFY2((got == Outcome::Done) == allowed,
             qPrintable((got == Outcome::Done ? QStringLiteral("done: ")
                                              : QStringLiteral("denied: "))
                        + detail));
}

void TestRoleMatrix::matrixInModelMatchesTheIssue()
{
    for (Role r : {Role::Nurse, Role::Physician, Role::Monitor, Role::DataManager}) {
        for (Action a : kActions)
            QVERIFY2(isAllowed(r, a) == expectedAllowed(r, a),
                     qPrintable(roleCode(r) + QLatin1Char(' ') + QLatin1String(actionName(a))));
    }
}

void TestRoleMatrix::permissionTableIsTheDesignsMatrix_data()
{
    QTest::addColumn<Action>("action");
    for (Action a : kActions)
        QTest::addRow("%s", actionName(a)) << a;
}

void TestRoleMatrix::permissionTableIsTheDesignsMatrix()
{
    // The table is data: exactly one line per action, each cell the design's.
    QFETCH(Action, action);
    QCOMPARE(permissionTable().size(), qsizetype(std::size(kActions)));
    QList<Permission> lines;
    for (const Permission &p : permissionTable()) {
        if (p.action == action)
            lines << p;
    }
    QCOMPARE(lines.size(), 1);
    const Permission &p = lines.first();
    QCOMPARE(p.nurse, expectedAllowed(Role::Nurse, action));
    QCOMPARE(p.physician, expectedAllowed(Role::Physician, action));
    QCOMPARE(p.monitor, expectedAllowed(Role::Monitor, action));
    QCOMPARE(p.dataManager, expectedAllowed(Role::DataManager, action));
}

void TestRoleMatrix::importWritesNeedImportData_data()
{
    everyRoleAndActionThroughTheStores_data();
}

void TestRoleMatrix::importWritesNeedImportData()
{
    // An import's session writes the pages as the data manager's right (ImportData), never
    // as a wider set: a role without ImportData may write nothing through an import, and
    // the rights that are not page writes stay the role's own.
    QFETCH(Role, role);
    QFETCH(Action, action);
    QFETCH(bool, allowed);
    Session s;
    s.role = role;
    const QList<Action> pageWrites{Action::EditSubject,      Action::EditConsent,
                                   Action::EditEligibility,  Action::ConfirmEligibility,
                                   Action::EditInfusion,     Action::EditPasi,
                                   Action::EditAdverseEvent, Action::JudgeCausality};
    const bool expected = pageWrites.contains(action)
                              ? expectedAllowed(role, Action::ImportData)
                              : allowed;
    QCOMPARE(s.importing().may(action), expected);
    QCOMPARE(s.may(action), allowed);  // the session it came from is unchanged
}

void TestRoleMatrix::importByAnotherRoleWritesNothing_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    for (Role r : {Role::Nurse, Role::Physician, Role::Monitor, Role::DataManager})
        QTest::addRow("%s", qPrintable(roleCode(r))) << r << (r == Role::DataManager);
}

void TestRoleMatrix::importByAnotherRoleWritesNothing()
{
    // A study with one subject, imported into an empty one by each role: only the data
    // manager's import writes; every other is refused before any row, with no switch on
    // the store to set or reset.
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    const QString folder = m_dir.filePath(QStringLiteral("one-%1").arg(++m_counter));
    {
        Database source;
        QVERIFY(source.open(studyAt(m_dir.filePath(QStringLiteral("one-%1.db").arg(m_counter)))));
        StudyStore store(source, Protocol::builtIn());
        Subject subj = subject(QStringLiteral("IMP-1"));
        QVERIFY(store.saveSubject(nurse(), subj).ok());
        QVERIFY(Exporter(store, dataManager()).exportCsv(folder).ok());
    }
    Database target;
    QVERIFY(target.open(studyAt(m_dir.filePath(QStringLiteral("target-%1.db").arg(m_counter)))));
    StudyStore store(target, Protocol::builtIn());
    Session s = m_sessions.value(role);
    const qint64 auditBefore = AuditLog(target).count();
    const ImportReport r = Importer(store, s).importCsv(folder);
    QCOMPARE(r.ok(), allowed);
    QCOMPARE(store.subjectCount(), allowed ? 1 : 0);
    if (!allowed) {
        QCOMPARE(r.status, ImportReport::Status::Denied);
        QCOMPARE(AuditLog(target).count(), auditBefore);
    }
    // Nor does a bulk writer let the role write a page through an import's session.
    Subject other = subject(QStringLiteral("IMP-2"));
    Transaction t(target);
    BulkWriter writer(store);
    const SaveResult added = writer.addSubject(s.importing(), other);
    QCOMPARE(added.ok(), allowed);
    if (!allowed)
        QCOMPARE(added.status, SaveResult::Status::Denied);
}

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_rolematrix.moc"
