// SPDX-License-Identifier: Apache-2.0
// Sites: a nurse or physician reads and writes only their site's subjects (each read, save,
// list and export of another site's subject refused or left out); a monitor given several
// sites sees them all; sites and a user's sites are the data manager's, audited and
// reconciled by verify; the migration puts an older study in the protocol's site.

#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "exchange/odmwriter.h"
#include "fixtures.h"
#include "storage/audittrail.h"
#include "storage/querystore.h"
#include "storage/reconcile.h"
#include "storage/sincelastvisit.h"
#include "storage/sitestore.h"
#include "teststudy.h"
#include "testserver.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace trialcrf;
using namespace trialcrf::fixtures;

namespace {

const QString kSiteB = QStringLiteral("02");
const QString kNameB = QStringLiteral("Peking Union Medical College Hospital");

QStringList discrepancies(const Database &db)
{
    QStringList out;
    QString error;
    Reconciler(db, Protocol::builtIn())
        .run(
            [&](const Discrepancy &d) {
                out << QStringLiteral("%1 #%2 %3: %4 / %5")
                           .arg(d.table)
                           .arg(d.recordId)
                           .arg(d.field, d.stored, d.perTrail);
                return true;
            },
            &error);
    if (!error.isEmpty())
        out << error;
    return out;
}

QStringList csvColumn(const QString &path, const QString &column)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + path};
    const QStringList lines =
        QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const int at = int(lines.value(0).split(QLatin1Char(',')).indexOf(column));
    QStringList out;
    for (qsizetype i = 1; i < lines.size(); ++i)
        out << lines.at(i).split(QLatin1Char(',')).value(at);
    return out;
}

}  // namespace

class TestSites : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theMigrationMakesTheProtocolsSite();
    void newSubjectGoesToTheCreatorsSite();
    void nurseOfSiteACannotReachSiteB();
    void monitorWithBothSitesSeesBoth();
    void monitorOfSiteAReadsNothingOfSiteB();
    void assignmentRules();
    void aUserOfSeveralSitesChooses();
    void aRoleThatNarrowsWaitsForOneSite();
    void sitesAreAuditedAndReconciled();
    void tamperingIsFound();
    void olderStudyMigratesIntoTheProtocolsSite();
    void importWithoutSitesLandsInTheFirstSite();

private:
    /// Site B, nurse.li at A, a nurse at B with one subject, and a subject at A.
    void twoSites();
    std::unique_ptr<TestStudy> m_study;
    Session m_nurseB;
    qint64 m_subjectA = 0, m_subjectB = 0;
};

void TestSites::init()
{
    m_study = std::make_unique<TestStudy>();
    QVERIFY2(m_study->isValid(), qPrintable(m_study->error()));
    QVERIFY2(m_study->addAccounts(), qPrintable(m_study->error()));
}

void TestSites::cleanup()
{
    m_study.reset();
}

void TestSites::twoSites()
{
    QString error;
    SiteStore sites(m_study->database());
    QVERIFY2(sites.addSite(m_study->dataManager, kSiteB, kNameB, &error), qPrintable(error));
    // The account and its site in one step.
    QVERIFY2(m_study->users().addUser(m_study->dataManager, QStringLiteral("nurse.wang"), {},
                                      Role::Nurse, TestStudy::accountPassword(), &error, {kSiteB}),
             qPrintable(error));
    m_nurseB = m_study->sessionOf(QStringLiteral("nurse.wang"));
    QCOMPARE(m_nurseB.siteCodes, std::optional<QStringList>(QStringList{kSiteB}));
    Subject a = subject(QStringLiteral("A001"));
    QVERIFY(m_study->store().saveSubject(m_study->nurse, a).ok());
    Subject b = subject(QStringLiteral("B001"));
    QVERIFY(m_study->store().saveSubject(m_nurseB, b).ok());
    QCOMPARE(a.siteCode, Protocol::builtIn().siteCode);
    QCOMPARE(b.siteCode, kSiteB);
    m_subjectA = a.id;
    m_subjectB = b.id;
}

void TestSites::theMigrationMakesTheProtocolsSite()
{
    const QList<Site> all = SiteStore(m_study->database()).sites();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().code, Protocol::builtIn().siteCode);
    QCOMPARE(all.first().name, Protocol::builtIn().site);
    QCOMPARE(all.first().code, QStringLiteral("01"));
    // Every account works at the study's one site.
    QCOMPARE(m_study->dataManager.siteCodes, std::optional<QStringList>(QStringList{all.first().code}));
    QCOMPARE(m_study->nurse.siteCodes, std::optional<QStringList>(QStringList{all.first().code}));
    QCOMPARE(m_study->monitor.siteCodes, std::optional<QStringList>(QStringList{all.first().code}));
}

void TestSites::newSubjectGoesToTheCreatorsSite()
{
    twoSites();
    // A nurse cannot put a subject at another site, nor at one that does not exist.
    Subject other = subject(QStringLiteral("A002"));
    other.siteCode = kSiteB;
    QCOMPARE(m_study->store().saveSubject(m_study->nurse, other).status, SaveResult::Status::Denied);
    other.siteCode = QStringLiteral("NOPE");
    QCOMPARE(m_study->store().saveSubject(m_study->nurse, other).status, SaveResult::Status::Invalid);
    // An edit that moves a subject to another site is refused.
    std::optional<Casebook> book = m_study->store().loadCasebook(m_nurseB, m_subjectB);
    QVERIFY(book);
    Subject moved = book->subject;
    moved.siteCode = Protocol::builtIn().siteCode;
    QCOMPARE(m_study->store().saveSubject(m_nurseB, moved, QStringLiteral("move")).status,
             SaveResult::Status::Invalid);
}

void TestSites::nurseOfSiteACannotReachSiteB()
{
    twoSites();
    StudyStore &store = m_study->store();
    const Session &nurseA = m_study->nurse;
    // Read.
    QString error;
    QVERIFY(!store.loadCasebook(nurseA, m_subjectB, &error));
    QVERIFY2(error.contains(kSiteB), qPrintable(error));
    QVERIFY(store.loadCasebook(nurseA, m_subjectA));
    // Save: the subject page, a page of the casebook, the withdrawal.
    std::optional<Casebook> bookB = store.loadCasebook(m_nurseB, m_subjectB);
    QVERIFY(bookB);
    Subject edited = bookB->subject;
    edited.initials = QStringLiteral("XY");
    QCOMPARE(store.saveSubject(nurseA, edited, QStringLiteral("typo")).status, SaveResult::Status::Denied);
    Consent c = consent(m_subjectB);
    QCOMPARE(store.saveConsent(nurseA, c).status, SaveResult::Status::Denied);
    QCOMPARE(store.withdrawSubject(nurseA, m_subjectB, pinnedNow().date(), QStringLiteral("x")).status,
             SaveResult::Status::Denied);
    // The data manager who added site B works there too; without it, B's casebooks are not
    // theirs to lock.
    const Session bothSites = m_study->sessionOf(QStringLiteral("dm.zhao"));
    QVERIFY2(SiteStore(m_study->database())
                 .setUserSites(m_study->dataManager, QStringLiteral("dm.zhao"),
                               {Protocol::builtIn().siteCode}, &error),
             qPrintable(error));
    const Session siteA = m_study->sessionOf(QStringLiteral("dm.zhao"));
    QCOMPARE(store.setLocked(siteA, m_subjectB, true, QStringLiteral("lock")).status,
             SaveResult::Status::Denied);
    QCOMPARE(store.setLocked(bothSites, m_subjectB, true, QStringLiteral("lock")).status,
             SaveResult::Status::Saved);  // the session of both sites, from before
    // List.
    QString listError;
    const auto page = store.subjectList().pageAfter({}, -1, {{}, {}, nurseA.siteCodes}, &listError);
    QVERIFY2(page, qPrintable(listError));
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->first().code, QStringLiteral("A001"));
    QCOMPARE(*store.subjectList().count({{}, {}, nurseA.siteCodes}, &listError), 1);
    // Export.
    QTemporaryDir dir;
    const ExportResult r = Exporter(store, nurseA).exportCsv(dir.filePath(QStringLiteral("out")));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(csvColumn(dir.filePath(QStringLiteral("out/subjects.csv")), QStringLiteral("subject_code")),
             QStringList{QStringLiteral("A001")});
    QCOMPARE(csvColumn(dir.filePath(QStringLiteral("out/subjects.csv")), QStringLiteral("site_code")),
             QStringList{Protocol::builtIn().siteCode});
    // Per-site counts leave the other site out.
    const auto counts = SiteStore(m_study->database()).subjectCounts(nurseA, &error);
    QVERIFY(counts);
    QCOMPARE(counts->keys(), QStringList{Protocol::builtIn().siteCode});
}

void TestSites::monitorWithBothSitesSeesBoth()
{
    twoSites();
    QString error;
    QVERIFY2(SiteStore(m_study->database())
                 .setUserSites(m_study->dataManager, QStringLiteral("monitor.wu"),
                               {Protocol::builtIn().siteCode, kSiteB}, &error),
             qPrintable(error));
    const Session monitor = m_study->sessionOf(QStringLiteral("monitor.wu"));
    QVERIFY(m_study->store().loadCasebook(monitor, m_subjectA));
    QVERIFY(m_study->store().loadCasebook(monitor, m_subjectB));
    const auto page = m_study->store().subjectList().pageAfter({}, -1, {{}, {}, monitor.siteCodes}, &error);
    QVERIFY(page);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->at(1).siteCode, kSiteB);
}

void TestSites::monitorOfSiteAReadsNothingOfSiteB()
{
    twoSites();
    StudyStore &store = m_study->store();
    const Database &db = m_study->database();
    Consent c = consent(m_subjectB);
    QVERIFY(store.saveConsent(m_nurseB, c).ok());
    QString error;
    QVERIFY2(SiteStore(db).grant(m_study->dataManager, QStringLiteral("monitor.wu"), kSiteB, &error),
             qPrintable(error));
    const Session both = m_study->sessionOf(QStringLiteral("monitor.wu"));
    QueryStore queries(store);
    const FieldRef page{m_subjectB, QStringLiteral("consents"), {}, {}};
    qint64 id = 0;
    const SaveResult raised = queries.raise(both, page, QStringLiteral("Date?"), &id);
    QVERIFY2(raised.ok(), qPrintable(raised.message));
    QVERIFY(SiteStore(db).revoke(m_study->dataManager, QStringLiteral("monitor.wu"), kSiteB, &error));
    const Session siteA = m_study->sessionOf(QStringLiteral("monitor.wu"));
    QCOMPARE(siteA.siteCodes, std::optional<QStringList>(QStringList{Protocol::builtIn().siteCode}));
    // Queries: not listed, no thread, none raised.
    QCOMPARE(queries.queries(both)->size(), 1);
    QCOMPARE(queries.queries(siteA)->size(), 0);
    QVERIFY(!queries.thread(siteA, id));
    QVERIFY(!queries.raise(siteA, page, QStringLiteral("Again?")).ok());
    // The audit trail viewer and since-my-last-visit: nothing about B001.
    const std::optional<QList<AuditEntry>> rows = AuditTrail(db).entries(siteA, {}, &error);
    QVERIFY2(rows, qPrintable(error));
    bool aboutA = false;
    for (const AuditEntry &e : *rows) {
        QVERIFY2(e.subjectCode != QLatin1String("B001"), qPrintable(e.action));
        aboutA = aboutA || e.subjectCode == QLatin1String("A001");
    }
    QVERIFY(aboutA);
    const std::optional<SinceLastVisit> since = sincelastvisit::read(store, siteA, &error);
    QVERIFY2(since, qPrintable(error));
    for (const ChangedValue &v : since->changes)
        QVERIFY(v.subjectCode != QLatin1String("B001"));
    // The export: no file names B001; sites.csv lists site A only.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const ExportResult r = Exporter(store, siteA).exportCsv(out);
    QVERIFY2(r.ok(), qPrintable(r.message));
    const QStringList files = QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files);
    QVERIFY2(files.contains(QStringLiteral("sites.csv")), qPrintable(files.join(QLatin1Char(' '))));
    for (const QString &file : files) {
        QFile f(QDir(out).filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("B001"), qPrintable(file));
    }
    QCOMPARE(csvColumn(QDir(out).filePath(QStringLiteral("sites.csv")), QStringLiteral("site_code")),
             QStringList{Protocol::builtIn().siteCode});
    // ODM: A001 at its site, B001 not there.
    QBuffer odm;
    QVERIFY(odm.open(QIODevice::WriteOnly));
    const OdmWriter::Result written = OdmWriter(store, siteA).write(&odm);
    QVERIFY2(written.error.isEmpty(), qPrintable(written.error));
    QVERIFY(odm.data().contains("<SiteRef LocationOID=\"LOC.01\"/>"));
    QVERIFY(!odm.data().contains("B001"));
}

void TestSites::assignmentRules()
{
    twoSites();
    SiteStore sites(m_study->database());
    QString error;
    const QString a = Protocol::builtIn().siteCode;
    QVERIFY(!sites.setUserSites(m_study->dataManager, QStringLiteral("nurse.li"), {a, kSiteB}, &error));
    QVERIFY(!sites.grant(m_study->dataManager, QStringLiteral("dr.chen"), kSiteB, &error));
    QVERIFY(!sites.revoke(m_study->dataManager, QStringLiteral("nurse.li"), a, &error));
    QVERIFY(!sites.setUserSites(m_study->dataManager, QStringLiteral("nurse.li"), {}, &error));
    QVERIFY(!sites.setUserSites(m_study->dataManager, QStringLiteral("nurse.li"), {QStringLiteral("NOPE")}, &error));
    QVERIFY(!sites.setUserSites(m_study->monitor, QStringLiteral("nurse.li"), {kSiteB}, &error));
    QVERIFY(!sites.addSite(m_study->nurse, QStringLiteral("X1"), QStringLiteral("X"), &error));
    QVERIFY(!sites.addSite(m_study->dataManager, kSiteB, QStringLiteral("Other"), &error));
    QVERIFY(!sites.addSite(m_study->dataManager, QStringLiteral("03"), kNameB, &error));
    QVERIFY(!sites.addSite(m_study->dataManager, QStringLiteral("bad code"), QStringLiteral("Y"), &error));
    // A nurse moves to another site in one step.
    QVERIFY2(sites.setUserSites(m_study->dataManager, QStringLiteral("nurse.li"), {kSiteB}, &error),
             qPrintable(error));
    QCOMPARE(sites.userSites(QStringLiteral("nurse.li")), QStringList{kSiteB});
    // A nurse of a study with two sites is not added without one, nor with two.
    QVERIFY(!m_study->users().addUser(m_study->dataManager, QStringLiteral("nurse.x"), {},
                                      Role::Nurse, TestStudy::accountPassword(), &error));
    QVERIFY(!m_study->users().addUser(m_study->dataManager, QStringLiteral("nurse.x"), {},
                                      Role::Nurse, TestStudy::accountPassword(), &error, {a, kSiteB}));
    QVERIFY(!m_study->users().user(QStringLiteral("nurse.x")));  // nothing written
    // A login gives the session its sites.
    Session s;
    QCOMPARE(m_study->users().login(QStringLiteral("nurse.wang"), TestStudy::accountPassword(), &s),
             UserStore::LoginResult::Ok);
    QCOMPARE(s.siteCodes, std::optional<QStringList>(QStringList{kSiteB}));
}

void TestSites::aUserOfSeveralSitesChooses()
{
    twoSites();
    // Only a nurse or a physician records subjects, and each works at one site: no login
    // gives this session today, but the rule stands in the model for a role that would.
    Session dm = m_study->nurse;
    dm.siteCodes = QStringList{Protocol::builtIn().siteCode, kSiteB};
    Subject s = subject(QStringLiteral("C001"));
    const SaveResult unnamed = m_study->store().saveSubject(dm, s);
    QCOMPARE(unnamed.status, SaveResult::Status::Invalid);
    QCOMPARE(unnamed.errors.value(0).field, QStringLiteral("site_code"));
    s.siteCode = kSiteB;
    QVERIFY(m_study->store().saveSubject(dm, s).ok());
    QCOMPARE(scalar(m_study->database(), QStringLiteral("SELECT site_code FROM subjects WHERE code = 'C001'")).toString(),
             kSiteB);
}

void TestSites::aRoleThatNarrowsWaitsForOneSite()
{
    twoSites();
    SiteStore sites(m_study->database());
    UserStore &users = m_study->users();
    QString error;
    const QString a = Protocol::builtIn().siteCode;
    QVERIFY2(sites.grant(m_study->dataManager, QStringLiteral("monitor.wu"), kSiteB, &error),
             qPrintable(error));
    // A monitor of two sites made a nurse: refused until one site is left.
    QVERIFY(!users.setRole(m_study->dataManager, QStringLiteral("monitor.wu"), Role::Nurse, &error));
    QVERIFY2(error.contains(QLatin1String("exactly one site")), qPrintable(error));
    QVERIFY(sites.revoke(m_study->dataManager, QStringLiteral("monitor.wu"), a, &error));
    QVERIFY2(users.setRole(m_study->dataManager, QStringLiteral("monitor.wu"), Role::Nurse, &error),
             qPrintable(error));
    // Widening keeps the one site.
    QVERIFY(users.setRole(m_study->dataManager, QStringLiteral("monitor.wu"), Role::Monitor, &error));
    QCOMPARE(sites.userSites(QStringLiteral("monitor.wu")), QStringList{kSiteB});
    QCOMPARE(discrepancies(m_study->database()), QStringList());
}

void TestSites::sitesAreAuditedAndReconciled()
{
    twoSites();
    QCOMPARE(scalar(m_study->database(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'site_add'"
                                   " OR (action = 'site_grant' AND new_value = '02')")).toInt(),
             3);  // site B added, given to the data manager who added it and to nurse.wang
    QString error;
    QVERIFY(SiteStore(m_study->database()).revoke(m_study->dataManager, QStringLiteral("dm.zhao"), kSiteB, &error));
    QCOMPARE(scalar(m_study->database(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'site_revoke'"
                                   " AND old_value = '02' AND table_name = 'user_sites'")).toInt(),
             1);
    QCOMPARE(discrepancies(m_study->database()), QStringList());
}

void TestSites::tamperingIsFound()
{
    twoSites();
    const Database &db = m_study->database();
    const QString nurse = QString::number(m_study->nurse.userId);
    const QList<QPair<QString, QString>> tampers{
        {QStringLiteral("UPDATE subjects SET site_code = '02' WHERE code = 'A001'"),
         QStringLiteral("UPDATE subjects SET site_code = '01' WHERE code = 'A001'")},
        {QStringLiteral("INSERT INTO user_sites (user_id, site_code) VALUES (%1, '02')").arg(nurse),
         QStringLiteral("DELETE FROM user_sites WHERE user_id = %1 AND site_code = '02'").arg(nurse)},
        {QStringLiteral("DELETE FROM user_sites WHERE user_id = %1").arg(nurse),
         QStringLiteral("INSERT INTO user_sites (user_id, site_code) VALUES (%1, '01')").arg(nurse)},
        {QStringLiteral("UPDATE sites SET name = 'Elsewhere' WHERE id = 1"),
         QStringLiteral("UPDATE sites SET name = '%1' WHERE id = 1")
             .arg(QString(Protocol::builtIn().site).replace(QLatin1Char('\''), QLatin1String("''")))},
    };
    for (const auto &[tamper, undo] : tampers) {
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(tamper), qPrintable(q.lastError().text()));
        const QStringList found = discrepancies(db);
        QCOMPARE(found.size(), 1);
        QVERIFY2(!tamper.contains(QLatin1String("user_sites")) || found.first().startsWith(QLatin1String("user_sites #") + nurse),
                 qPrintable(found.first()));
        QVERIFY2(q.exec(undo), qPrintable(q.lastError().text()));
        QCOMPARE(discrepancies(db), QStringList());
    }
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sites (code, name, version, created_at, created_by)"
                                  " VALUES ('X', 'X', 1, 'now', 'me')")));
    QCOMPARE(discrepancies(db).size(), 1);  // a site without history
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM sites WHERE code = 'X'")));  // never deleted
    QVERIFY(!q.exec(QStringLiteral("UPDATE sites SET code = 'Y' WHERE code = 'X'")));  // nor recoded
    // A subject without a site is refused by the schema itself.
    QVERIFY(!q.exec(QStringLiteral("UPDATE subjects SET site_code = NULL WHERE code = 'A001'")));
}

void TestSites::olderStudyMigratesIntoTheProtocolsSite()
{
    // A version-10 study: one written by a session of no site, with migration 11 undone
    // (its trail then names no site, as a study of version 10 does not).
    m_study = std::make_unique<TestStudy>();
    Subject s = subject(QStringLiteral("S001"));
    QVERIFY(m_study->store().saveSubject(fixtures::nurse(), s).ok());
    Consent c = consent(s.id);
    QVERIFY(m_study->store().saveConsent(fixtures::nurse(), c).ok());
    const QString path = m_study->path();
    QCOMPARE(discrepancies(m_study->database()), QStringList());
    {
        QSqlQuery q(m_study->database().connection());
        for (const char *sql : {"DROP TRIGGER subjects_site_insert", "DROP TRIGGER subjects_site_update",
                                "DROP INDEX subjects_site", "ALTER TABLE subjects DROP COLUMN site_code",
                                "DROP TABLE user_sites", "DROP TABLE sites",
                                "PRAGMA user_version = 10"})
            QVERIFY2(execPortable(q, QLatin1String(sql)), sql);
    }
    // Opened again by its owner (a second connection, as `init --server` on a server, the next
    // start of the app on a file): migrated.
    Database db;
    db.allowSuperuser(true);
    QVERIFY2(db.open(ownerOf(studyAt(path))), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM subjects WHERE site_code = ?"),
                    {Protocol::builtIn().siteCode}).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM consents")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT code FROM sites WHERE id = 1")).toString(),
             QStringLiteral("01"));
    QCOMPARE(discrepancies(db), QStringList());
}

void TestSites::importWithoutSitesLandsInTheFirstSite()
{
    Subject s = subject(QStringLiteral("S001"));
    QVERIFY(m_study->store().saveSubject(m_study->nurse, s).ok());
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(Exporter(m_study->store(), m_study->monitor).exportCsv(out).ok());
    // An export from before sites: subjects.csv without its last column, site_code.
    QFile f(out + QStringLiteral("/subjects.csv"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"));
    f.close();
    QVERIFY2(lines.first().endsWith(QLatin1String(",site_code")), qPrintable(lines.first()));
    for (QString &line : lines) {
        if (!line.isEmpty())
            line.truncate(line.lastIndexOf(QLatin1Char(',')));
    }
    QVERIFY(QFile::remove(out + QStringLiteral("/manifest.csv")));  // an edited folder
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(lines.join(QStringLiteral("\r\n")).toUtf8());
    f.close();
    TestStudy target;
    QVERIFY(target.addAccounts());
    SiteStore(target.database()).addSite(target.dataManager, kSiteB, QStringLiteral("B"), nullptr);
    const ImportReport r = Importer(target.store(), target.dataManager).importCsv(out);
    QStringList problems{r.message};
    for (const ExchangeProblem &p : r.problems)
        problems << p.toString();
    QVERIFY2(r.ok(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(scalar(target.database(), QStringLiteral("SELECT site_code FROM subjects")).toString(),
             Protocol::builtIn().siteCode);
    QCOMPARE(discrepancies(target.database()), QStringList());
}

QTEST_GUILESS_MAIN(TestSites)
#include "tst_sites.moc"
