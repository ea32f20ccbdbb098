// SPDX-License-Identifier: Apache-2.0
// The Security menu and the e-signatures panel follow the casebook on screen however it came
// there: a click in the list, or MainWindow::openSubject (the re-sign list's Open, --subject).
#include "casebookview.h"
#include "idlelock.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "protocol/protocol.h"
#include "securityactions.h"
#include "securitycontroller.h"
#include "signaturespanel.h"
#include "storage/database.h"
#include "storage/signaturestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QAction>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace trialcrf;

namespace {
const QString kAdminPassword = QStringLiteral("Quartz-Lantern-73");
const QString kDoctorPassword = QStringLiteral("Stethoscope-Blue-88");
}  // namespace

class TestSecurityActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openSubjectUpdatesTheSignaturesAndTheSignAction_data();
    void openSubjectUpdatesTheSignaturesAndTheSignAction();

private:
    qint64 addSubject(const QString &code);

    LanguageManager m_language;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<StudyStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SecurityController> m_security;
    Session m_doctor;
    qint64 m_signed = 0, m_unsigned = 0;
};

void TestSecurityActions::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
}

qint64 TestSecurityActions::addSubject(const QString &code)
{
    Subject s;
    s.code = code;
    s.initials = QStringLiteral("ZXM");
    s.sex = QStringLiteral("M");
    s.birthDate = QDate(1980, 5, 10);
    s.week0Date = QDate::currentDate().addDays(-14);
    s.status = QStringLiteral("enrolled");
    if (!m_store->saveSubject(m_doctor, s).ok())
        return 0;
    Infusion i;
    i.subjectId = s.id;
    i.visit = QStringLiteral("week0");
    i.infusionDate = *s.week0Date;
    i.weightKg = 63.5;
    i.actualCells = 127000000;
    i.lotNumber = QStringLiteral("LOT-1");
    i.viabilityPct = 95.5;
    i.thawTime = QTime(8, 30);
    i.startTime = QTime(9, 0);
    i.endTime = QTime(9, 45);
    return m_store->saveInfusion(m_doctor, i).ok() ? s.id : 0;
}

void TestSecurityActions::init()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("actions.db"));
    QFile::remove(path);
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(path), qPrintable(m_db->errorString()));
    m_users = std::make_unique<UserStore>(*m_db);
    m_store = std::make_unique<StudyStore>(*m_db, Protocol::builtIn());
    QString error;
    QVERIFY(m_users->createFirstAdmin(QStringLiteral("dm.zhao"), kAdminPassword, &error));
    Session admin;
    QCOMPARE(m_users->login(QStringLiteral("dm.zhao"), kAdminPassword, &admin),
             UserStore::LoginResult::Ok);
    QVERIFY(m_users->addUser(admin, QStringLiteral("dr.chen"), QStringLiteral("Chen Wei"),
                             Role::Physician, kDoctorPassword, &error));
    QCOMPARE(m_users->login(QStringLiteral("dr.chen"), kDoctorPassword, &m_doctor),
             UserStore::LoginResult::Ok);
    m_signed = addSubject(QStringLiteral("S001"));
    m_unsigned = addSubject(QStringLiteral("S002"));
    QVERIFY(m_signed && m_unsigned);
    SignatureStore signatures(*m_store, *m_users);
    QVERIFY(signatures
                .sign(m_doctor, m_signed, SignatureStore::scopeVisit(), QStringLiteral("week0"),
                      QStringLiteral("reviewed"), kDoctorPassword)
                .ok());

    m_window = std::make_unique<MainWindow>(*m_store, m_language);
    m_window->setSession(m_doctor);
    m_security = std::make_unique<SecurityController>(*m_store, *m_users, m_language);
    m_security->attach(m_window.get(), m_doctor);
    m_security->idleLock()->setTimeout(0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSecurityActions::cleanup()
{
    m_security.reset();
    m_window.reset();
    m_store.reset();
    m_users.reset();
    m_db.reset();
}

void TestSecurityActions::openSubjectUpdatesTheSignaturesAndTheSignAction_data()
{
    QTest::addColumn<bool>("startWithTheOther");  // another subject on screen first
    QTest::newRow("nothing shown before") << false;
    QTest::newRow("another subject shown before") << true;
}

void TestSecurityActions::openSubjectUpdatesTheSignaturesAndTheSignAction()
{
    QFETCH(bool, startWithTheOther);
    SecurityActions *actions = m_security->actionsOf(m_window.get());
    QVERIFY(actions);
    SignaturesPanel *panel = actions->signaturesPanel();
    if (startWithTheOther) {
        QVERIFY(m_window->openSubject(QStringLiteral("S002")));
        QTRY_COMPARE(panel->subjectId(), m_unsigned);
        QCOMPARE(panel->table()->rowCount(), 0);
    } else {
        QVERIFY(!actions->signAction()->isEnabled());
    }
    // What the re-sign list's Open and --subject do.
    QVERIFY(m_window->openSubject(QStringLiteral("S001")));
    QTRY_COMPARE(panel->subjectId(), m_signed);
    QCOMPARE(panel->table()->rowCount(), 1);
    QVERIFY(actions->signAction()->isEnabled());
}

QTEST_MAIN(TestSecurityActions)
#include "tst_securityactions.moc"
