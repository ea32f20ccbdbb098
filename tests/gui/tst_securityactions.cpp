// SPDX-License-Identifier: Apache-2.0
// The Security menu and the e-signatures panel follow the casebook on screen however it came
// there: a click in the list, or MainWindow::openSubject (the re-sign list's Open, --subject).
#include "accountsfixture.h"
#include "casebookview.h"
#include "idlelock.h"
#include "itemmodels/visittimelinemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "securityactions.h"
#include "securitycontroller.h"
#include "signaturespanel.h"
#include "storage/signaturestore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <memory>

using namespace trialcrf;
using fixtures::AccountsFixture;

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
    void signingStartsWithTheVisitChosenInTheTimeline();

private:
    /// An enrolled subject with its week-0 infusion; its id, 0 on failure.
    qint64 addSubject(const QString &code);

    LanguageManager m_language;
    QTemporaryDir m_dir;
    std::unique_ptr<AccountsFixture> m_study;
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
    const std::optional<Subject> s = m_study->addEnrolledSubject(m_doctor, code, 14);
    return s && m_study->addWeek0Infusion(m_doctor, *s, QStringLiteral("LOT-1")) ? s->id : 0;
}

void TestSecurityActions::init()
{
    QVERIFY(m_dir.isValid());
    m_study = std::make_unique<AccountsFixture>();
    QVERIFY2(m_study->open(m_dir.filePath(QStringLiteral("actions.db")),
                           QStringLiteral("dm.zhao"), kAdminPassword),
             qPrintable(m_study->error()));
    const std::optional<Session> doctor = m_study->addAccount(
        QStringLiteral("dr.chen"), QStringLiteral("Chen Wei"), Role::Physician, kDoctorPassword);
    QVERIFY2(doctor, qPrintable(m_study->error()));
    m_doctor = *doctor;
    m_signed = addSubject(QStringLiteral("S001"));
    m_unsigned = addSubject(QStringLiteral("S002"));
    QVERIFY2(m_signed && m_unsigned, qPrintable(m_study->error()));
    SignatureStore signatures(m_study->store(), m_study->users());
    QVERIFY(signatures
                .sign(m_doctor, m_signed, SignatureStore::scopeVisit(), QStringLiteral("week0"),
                      QStringLiteral("reviewed"), kDoctorPassword)
                .ok());

    m_window = std::make_unique<MainWindow>(m_study->store(), m_language);
    m_window->setSession(m_doctor);
    m_security = std::make_unique<SecurityController>(m_study->store(), m_study->users(),
                                                      m_language);
    m_security->attach(m_window.get(), m_doctor);
    m_security->idleLock()->setTimeout(0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSecurityActions::cleanup()
{
    m_security.reset();
    m_window.reset();
    m_study.reset();
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

void TestSecurityActions::signingStartsWithTheVisitChosenInTheTimeline()
{
    SecurityActions *actions = m_security->actionsOf(m_window.get());
    QVERIFY(m_window->openSubject(QStringLiteral("S002")));
    QTRY_COMPARE(actions->signaturesPanel()->subjectId(), m_unsigned);
    CasebookView *casebook = m_window->casebook();
    QTableView *timeline = casebook->timelineView();
    int week0 = -1;
    for (int row = 0; row < timeline->model()->rowCount(); ++row) {
        if (casebook->timeline()->visitCodeAt(row) == QLatin1String("week0"))
            week0 = row;
    }
    QVERIFY(week0 >= 0);
    timeline->setFocus();
    timeline->setCurrentIndex(timeline->model()->index(week0, 0));
    QCOMPARE(casebook->selectedVisit(), QStringLiteral("week0"));

    QString chosenVisit;
    bool visitScope = false;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("signatureDialog"))
            return;
        poll.stop();
        chosenVisit = dialog->findChild<QComboBox *>(QStringLiteral("signVisit"))
                          ->currentData().toString();
        visitScope = dialog->findChild<QRadioButton *>(QStringLiteral("signVisitScope"))
                         ->isChecked();
        dialog->reject();
    });
    poll.start();
    QVERIFY(actions->signAction()->isEnabled());
    actions->signAction()->trigger();
    QVERIFY2(!poll.isActive(), "no signature dialog");
    QVERIFY(visitScope);
    QCOMPARE(chosenVisit, QStringLiteral("week0"));
}

QTEST_MAIN(TestSecurityActions)
#include "tst_securityactions.moc"
