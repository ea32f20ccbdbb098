// SPDX-License-Identifier: Apache-2.0
// The security dialogs (offscreen): the e-signature dialog and the casebook's signatures,
// user administration, changing a password, and the audit viewer with its CSV export.
#include "accountsfixture.h"
#include "auditviewer.h"
#include "casebookview.h"
#include "changepassworddialog.h"
#include "exchange/auditcsv.h"
#include "exchange/csvreader.h"
#include "exchange/datadictionary.h"
#include "itemmodels/audittablemodel.h"
#include "languagemanager.h"
#include "newuserdialog.h"
#include "protocol/protocol.h"
#include "reasondialog.h"
#include "resignlistdialog.h"
#include "signaturedialog.h"
#include "signaturespanel.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/signaturestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"
#include "useradmindialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace trialcrf;

namespace {

const QString kAdminPassword = QStringLiteral("Quartz-Lantern-73");
const QString kNursePassword = QStringLiteral("Nurse-Station-2024");
const QString kDoctorPassword = QStringLiteral("Stethoscope-Blue-88");
const QString kMonitorPassword = QStringLiteral("Monitor-Desk-2024");

/// Answers the next message box with `button`.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->button(button))
            box->button(button)->click();
    });
}

}  // namespace

class TestSecurityDialogs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signatureDialogShowsWhatWhoAndWhen();
    void signatureDialogRefusesAWrongPassword();
    void signatureDialogGrowsToShowAllItSigns();
    void lockAndUnlockAskTheirOwnReason_data();
    void lockAndUnlockAskTheirOwnReason();
    void signatureDialogSignsTheChosenScopeAndMeaning();
    void nurseCannotSignFromTheDialog();
    void casebookHeaderShowsTheSignedState();
    void panelMarksABrokenSignatureForReSigning();
    void resignListShowsWhatToSignAgain();
    void newUserDialogAddsAUser();
    void newUserDialogShowsTheStoresRefusal();
    void userAdminDisablesAndEnables();
    void userAdminIsReadOnlyForOthers();
    void ownPasswordChangeNeedsTheCurrentOne();
    void passwordPolicyShowsWhileTyping();
    void auditViewerFilters();
    void auditViewerShowsOldToNewAndBothTimes();
    void auditViewerExportsTheFilteredRowsToCsv();
    void dialogsRetranslate();

private:
    LanguageManager m_language;
    QTemporaryDir m_dir;
    std::unique_ptr<fixtures::AccountsFixture> m_study;
    Database *m_db = nullptr;  // m_study's
    UserStore *m_users = nullptr;
    StudyStore *m_store = nullptr;
    std::unique_ptr<SignatureStore> m_signatures;
    Session m_admin, m_doctor, m_nurse, m_monitor;
    qint64 m_subject = 0;
};

void TestSecurityDialogs::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
}

void TestSecurityDialogs::init()
{
    QVERIFY(m_dir.isValid());
    m_study = std::make_unique<fixtures::AccountsFixture>();
    QVERIFY2(m_study->open(m_dir.filePath(QStringLiteral("dialogs.db")),
                           QStringLiteral("dm.zhao"), kAdminPassword),
             qPrintable(m_study->error()));
    m_db = &m_study->db();
    m_users = &m_study->users();
    m_store = &m_study->store();
    m_signatures = std::make_unique<SignatureStore>(*m_store, *m_users);
    m_admin = m_study->admin();
    const std::optional<Session> nurse = m_study->addAccount(
        QStringLiteral("nurse.li"), QStringLiteral("Li Na"), Role::Nurse, kNursePassword);
    const std::optional<Session> doctor =
        m_study->addAccount(QStringLiteral("dr.chen"), QStringLiteral("Chen Wei 陈伟"),
                            Role::Physician, kDoctorPassword);
    const std::optional<Session> monitor =
        m_study->addAccount(QStringLiteral("monitor.wu"), {}, Role::Monitor, kMonitorPassword);
    QVERIFY2(nurse && doctor && monitor, qPrintable(m_study->error()));
    m_nurse = *nurse;
    m_doctor = *doctor;
    m_monitor = *monitor;

    const std::optional<Subject> s =
        m_study->addEnrolledSubject(m_nurse, QStringLiteral("S001"), 20, QStringLiteral("F"));
    QVERIFY2(s, qPrintable(m_study->error()));
    m_subject = s->id;
    QVERIFY2(m_study->addWeek0Infusion(m_nurse, *s, QStringLiteral("LOT-2024-001")),
             qPrintable(m_study->error()));
    // A complete week-0 infusion has its vital signs before, during and after (without them
    // each is a protocol deviation, which also stands in the way of "Approved").
    {
        Infusion i = *m_store->loadCasebook(m_nurse, m_subject)->infusion(QStringLiteral("week0"));
        i.endTime = QTime(9, 30);
        i.vitals = fixtures::infusion(m_subject).vitals;
        const SaveResult r =
            m_store->saveInfusion(m_nurse, i, QStringLiteral("vital signs recorded"));
        QVERIFY2(r.ok(), qPrintable(r.message + QString::fromUtf8(fixtures::describe(r.errors))));
    }
}

void TestSecurityDialogs::cleanup()
{
    m_signatures.reset();
    m_db = nullptr;
    m_users = nullptr;
    m_store = nullptr;
    m_study.reset();
}

void TestSecurityDialogs::signatureDialogShowsWhatWhoAndWhen()
{
    const Casebook book = *m_store->loadCasebook(m_doctor, m_subject);
    SignatureDialog dialog(*m_signatures, *m_users, m_doctor, book, Protocol::builtIn());
    dialog.show();
    // Only the visit with data is offered; what is signed is spelled out.
    auto *visits = dialog.findChild<QComboBox *>(QStringLiteral("signVisit"));
    QCOMPARE(visits->count(), 1);
    QCOMPARE(visits->itemData(0).toString(), QStringLiteral("week0"));
    QVERIFY2(dialog.contentLabel()->text().contains(QLatin1String("LOT-2024-001")),
             qPrintable(dialog.contentLabel()->text()));
    QVERIFY(dialog.contentLabel()->text().contains(QLatin1String("63.5")));
    QCOMPARE(dialog.scope(), QStringLiteral("visit"));
    // The printed name, and the time in UTC and local time.
    const QString printed = dialog.findChild<QLabel *>(QStringLiteral("signPrintedName"))->text();
    QVERIFY2(printed.contains(QStringLiteral("Chen Wei 陈伟")), qPrintable(printed));
    QVERIFY(printed.contains(QLatin1String("dr.chen")));
    const QString time = dialog.findChild<QLabel *>(QStringLiteral("signTime"))->text();
    QVERIFY2(time.contains(QLatin1String("UTC")) && time.contains(QLatin1String("local")),
             qPrintable(time));
    dialog.setScope(SignatureStore::scopeCasebook());
    QVERIFY(dialog.contentLabel()->text().contains(QLatin1String("1 infusion")));
    QCOMPARE(SignatureDialog::timeText(QDateTime(QDate(2026, 3, 20), QTime(4, 5, 6), Qt::UTC))
                 .left(23),
             QStringLiteral("2026-03-20 04:05:06 UTC"));
}

void TestSecurityDialogs::signatureDialogRefusesAWrongPassword()
{
    const Casebook book = *m_store->loadCasebook(m_doctor, m_subject);
    SignatureDialog dialog(*m_signatures, *m_users, m_doctor, book, Protocol::builtIn());
    dialog.show();
    dialog.passwordEdit()->setText(QStringLiteral("wrong-password-1"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("signMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("nothing was signed")));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QCOMPARE(m_signatures->signatures(m_doctor, m_subject)->size(), 0);
}

// Shown with a short summary (one visit), then switched to the whole casebook and given an
// error message: the dialog grows, so no line of what is signed is cut off.
void TestSecurityDialogs::signatureDialogGrowsToShowAllItSigns()
{
    const Casebook book = *m_store->loadCasebook(m_doctor, m_subject);
    SignatureDialog dialog(*m_signatures, *m_users, m_doctor, book, Protocol::builtIn());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLabel *content = dialog.contentLabel();
    const auto fullyShown = [content] {
        return content->height() >= content->heightForWidth(content->width());
    };
    QVERIFY(fullyShown());
    const int before = dialog.height();
    QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("signCasebookScope")),
                      Qt::LeftButton);
    QVERIFY(content->text().count(QLatin1String("<br>")) >= 5);  // six lines
    QTRY_VERIFY2(fullyShown(), qPrintable(QStringLiteral("%1 < %2").arg(content->height())
                                              .arg(content->heightForWidth(content->width()))));
    QVERIFY(dialog.height() > before);
    dialog.passwordEdit()->setText(QStringLiteral("wrong-password-1"));
    dialog.accept();
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("signMessage"));
    QTRY_VERIFY(message->height() >= message->heightForWidth(message->width()));
    QTRY_VERIFY(fullyShown());
}

void TestSecurityDialogs::lockAndUnlockAskTheirOwnReason_data()
{
    QTest::addColumn<int>("purpose");
    QTest::addColumn<QString>("explains");
    QTest::addColumn<QString>("offers");
    QTest::newRow("correction") << int(ReasonDialog::Purpose::Correction)
                                << QStringLiteral("was saved before")
                                << QStringLiteral("Transcription error corrected");
    QTest::newRow("lock") << int(ReasonDialog::Purpose::Lock)
                          << QStringLiteral("cannot be changed until a data manager unlocks it")
                          << QStringLiteral("Database lock for the interim analysis");
    QTest::newRow("unlock") << int(ReasonDialog::Purpose::Unlock)
                            << QStringLiteral("changed again")
                            << QStringLiteral("Correction needed after a data query");
}

void TestSecurityDialogs::lockAndUnlockAskTheirOwnReason()
{
    QFETCH(int, purpose);
    QFETCH(QString, explains);
    QFETCH(QString, offers);
    ReasonDialog dialog(nullptr, ReasonDialog::Purpose(purpose));
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.join(QLatin1Char('|')).contains(explains), qPrintable(texts.join(QLatin1Char('|'))));
    // A lock is never explained as a correction of saved data, nor the other way round.
    const bool correction = ReasonDialog::Purpose(purpose) == ReasonDialog::Purpose::Correction;
    QCOMPARE(texts.join(QLatin1Char('|')).contains(QLatin1String("was saved before")), correction);
    auto *reasons = dialog.findChild<QComboBox *>();
    QVERIFY(reasons);
    QVERIFY(reasons->findText(offers) >= 0);
    QCOMPARE(reasons->findText(QStringLiteral("Transcription error corrected")) >= 0, correction);
}

// "Approved" means complete and correct: while something is not, the dialog lists it before
// any password is asked and the Approve choice cannot be taken; "Reviewed" can.
void TestSecurityDialogs::signatureDialogSignsTheChosenScopeAndMeaning()
{
    {
        const Casebook book = *m_store->loadCasebook(m_doctor, m_subject);
        SignatureDialog dialog(*m_signatures, *m_users, m_doctor, book, Protocol::builtIn());
        dialog.show();
        QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("signCasebookScope")),
                          Qt::LeftButton);
        QVERIFY(dialog.blockersLabel()->isVisible());
        const QString list = dialog.blockersLabel()->text();
        // The subject is enrolled (eligibility recorded); the PASI assessments are not.
        for (const char *item : {"cannot be approved yet", "Not recorded: PASI — Screening",
                                 "Not recorded: PASI — Week 0"})
            QVERIFY2(list.contains(QString::fromUtf8(item)), qPrintable(list));
        QVERIFY2(!list.contains(QStringLiteral("Protocol deviation")), qPrintable(list));
        QVERIFY(!dialog.approvedButton()->isEnabled());
        QTest::mouseClick(dialog.approvedButton(), Qt::LeftButton);
        QCOMPARE(dialog.meaning(), QStringLiteral("reviewed"));
        QTest::keyClicks(dialog.passwordEdit(), kDoctorPassword);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.signature().scope, QStringLiteral("casebook"));
        QCOMPARE(dialog.signature().meaning, QStringLiteral("reviewed"));
    }
    // The week-0 visit once its PASI is recorded: nothing stands, Approved can be chosen.
    PasiAssessment a = PasiAssessment::blank(Protocol::builtIn());
    a.subjectId = m_subject;
    a.visit = QStringLiteral("week0");
    a.assessmentDate = m_store->loadCasebook(m_doctor, m_subject)->infusion("week0")->infusionDate;
    for (rules::RegionScores &r : a.regions)
        r = rules::RegionScores{1, 1, 1, 1};
    a.bsaPct = 12;
    QVERIFY(m_store->savePasi(m_doctor, a).ok());
    const Casebook book = *m_store->loadCasebook(m_doctor, m_subject);
    SignatureDialog dialog(*m_signatures, *m_users, m_doctor, book, Protocol::builtIn());
    dialog.setScope(SignatureStore::scopeVisit(), QStringLiteral("week0"));
    dialog.show();
    QVERIFY(!dialog.blockersLabel()->isVisible());
    QVERIFY(dialog.approvedButton()->isEnabled());
    QTest::mouseClick(dialog.approvedButton(), Qt::LeftButton);
    QTest::keyClicks(dialog.passwordEdit(), kDoctorPassword);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.signature().scope, QStringLiteral("visit"));
    QCOMPARE(dialog.signature().meaning, QStringLiteral("approved"));
    const QList<Signature> list = *m_signatures->signatures(m_doctor, m_subject);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.last().printedName, QStringLiteral("Chen Wei 陈伟"));
    QCOMPARE(list.last().status, Signature::Status::Valid);
}

// The casebook header says where the casebook stands: not signed, signed (meaning, when, by
// whom), or changed since signed (to be signed again); and which saved pages are incomplete.
void TestSecurityDialogs::casebookHeaderShowsTheSignedState()
{
    CasebookView view(*m_store);
    view.setSession(m_doctor);
    view.setSignatureStore(m_signatures.get());
    QVERIFY(view.showSubject(m_subject));
    QCOMPARE(view.signedText(), QStringLiteral("Not signed"));

    QVERIFY(m_signatures
                ->sign(m_doctor, m_subject, SignatureStore::scopeCasebook(), {},
                       QStringLiteral("reviewed"), kDoctorPassword)
                .ok());
    QSignalSpy listRow(&view, &CasebookView::subjectSaved);
    view.signaturesChanged();
    QCOMPARE(listRow.count(), 1);  // the subject list refreshes the row
    QVERIFY2(view.signedText().startsWith(QStringLiteral("Signed: Reviewed on ")),
             qPrintable(view.signedText()));
    QVERIFY2(view.signedText().endsWith(QStringLiteral(" by Chen Wei 陈伟")),
             qPrintable(view.signedText()));

    // A later save, incomplete: the header says both.
    Infusion i = *m_store->loadCasebook(m_doctor, m_subject)->infusion(QStringLiteral("week0"));
    i.lotNumber.clear();
    QVERIFY(m_store->saveInfusion(m_doctor, i, QStringLiteral("lot label unreadable")).ok());
    view.reload();
    QVERIFY2(view.signedText().startsWith(QStringLiteral("Changed since signed: Reviewed on ")),
             qPrintable(view.signedText()));
    QVERIFY2(view.incompleteText().contains(
                 QStringLiteral("Incomplete: Infusion — Week 0 (missing: Lot number)")),
             qPrintable(view.incompleteText()));
}

void TestSecurityDialogs::nurseCannotSignFromTheDialog()
{
    const Casebook book = *m_store->loadCasebook(m_nurse, m_subject);
    SignatureDialog dialog(*m_signatures, *m_users, m_nurse, book, Protocol::builtIn());
    dialog.show();
    dialog.passwordEdit()->setText(kNursePassword);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("signMessage"))
                ->text()
                .contains(QLatin1String("physician")));
    QCOMPARE(m_signatures->signatures(m_nurse, m_subject)->size(), 0);
    // The panel does not even offer signing to a nurse.
    SignaturesPanel panel(*m_store, *m_signatures, *m_users);
    panel.setSession(m_nurse);
    panel.setSubject(m_subject);
    panel.show();
    QVERIFY(!panel.signButton()->isVisible());
    QVERIFY(!panel.sign());
}

void TestSecurityDialogs::panelMarksABrokenSignatureForReSigning()
{
    QVERIFY(m_signatures
                ->sign(m_doctor, m_subject, SignatureStore::scopeVisit(), QStringLiteral("week0"),
                       QStringLiteral("reviewed"), kDoctorPassword)
                .ok());
    SignaturesPanel panel(*m_store, *m_signatures, *m_users);
    panel.setSession(m_doctor);
    panel.setSubject(m_subject);
    panel.show();
    QCOMPARE(panel.table()->rowCount(), 1);
    QCOMPARE(panel.table()->item(0, 0)->text(), QStringLiteral("Week 0"));
    QCOMPARE(panel.table()->item(0, 1)->text(), QStringLiteral("Reviewed"));
    QCOMPARE(panel.table()->item(0, 5)->text(), QStringLiteral("Valid"));
    QVERIFY(panel.table()->item(0, 2)->text().contains(QStringLiteral("Chen Wei 陈伟")));

    Infusion i = *m_store->loadCasebook(m_doctor, m_subject)->infusion(QStringLiteral("week0"));
    i.lotNumber = QStringLiteral("LOT-2024-002");
    QVERIFY(m_store->saveInfusion(m_doctor, i, QStringLiteral("lot misread")).ok());
    panel.reload();
    QCOMPARE(panel.table()->item(0, 5)->text(), QStringLiteral("Broken — needs re-signing"));
    QVERIFY(panel.summaryLabel()->text().contains(QLatin1String("sign again")));
    panel.table()->selectRow(0);
    auto *resign = panel.findChild<QPushButton *>(QStringLiteral("resignButton"));
    QVERIFY(resign->isEnabled());
}

void TestSecurityDialogs::resignListShowsWhatToSignAgain()
{
    {
        ResignListDialog empty(*m_signatures, m_doctor);
        QCOMPARE(empty.table()->rowCount(), 0);
    }
    QVERIFY(m_signatures
                ->sign(m_doctor, m_subject, SignatureStore::scopeCasebook(), {},
                       QStringLiteral("reviewed"), kDoctorPassword)
                .ok());
    Infusion i = *m_store->loadCasebook(m_doctor, m_subject)->infusion(QStringLiteral("week0"));
    i.weightKg = 64.0;
    i.actualCells = 128000000;
    QVERIFY(m_store->saveInfusion(m_doctor, i, QStringLiteral("re-weighed")).ok());
    ResignListDialog dialog(*m_signatures, m_doctor);
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("S001"));
    QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("Whole casebook"));
    QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("Reviewed"));
    dialog.table()->selectRow(0);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenSubject(), QStringLiteral("S001"));
}

void TestSecurityDialogs::newUserDialogAddsAUser()
{
    NewUserDialog dialog(*m_users, m_admin);
    dialog.show();
    QTest::keyClicks(dialog.userNameEdit(), QStringLiteral("dr.wang"));
    QTest::keyClicks(dialog.fullNameEdit(), QStringLiteral("Wang Fang"));
    dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(QStringLiteral("physician")));
    dialog.passwordEdit()->setText(QStringLiteral("First-Phrase-2024"));
    dialog.repeatEdit()->setText(QStringLiteral("First-Phrase-2024"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<UserAccount> added = m_users->user(QStringLiteral("dr.wang"));
    QVERIFY(added.has_value());
    QCOMPARE(added->role, Role::Physician);
    QCOMPARE(added->fullName, QStringLiteral("Wang Fang"));
    QCOMPARE(dialog.roleBox()->itemText(dialog.roleBox()->currentIndex()),
             QStringLiteral("Physician"));
}

void TestSecurityDialogs::newUserDialogShowsTheStoresRefusal()
{
    NewUserDialog dialog(*m_users, m_admin);
    dialog.show();
    dialog.userNameEdit()->setText(QStringLiteral("NURSE.LI"));  // taken, whatever the case
    dialog.passwordEdit()->setText(QStringLiteral("First-Phrase-2024"));
    dialog.repeatEdit()->setText(QStringLiteral("First-Phrase-2024"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("taken")));
    dialog.userNameEdit()->setText(QStringLiteral("new.one"));
    dialog.passwordEdit()->setText(QStringLiteral("short"));
    dialog.repeatEdit()->setText(QStringLiteral("short"));
    dialog.accept();
    QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("10")));
    dialog.passwordEdit()->setText(QStringLiteral("First-Phrase-2024"));
    dialog.repeatEdit()->setText(QStringLiteral("First-Phrase-2025"));
    dialog.accept();
    QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("differ")));
    QVERIFY(!m_users->user(QStringLiteral("new.one")));
}

void TestSecurityDialogs::userAdminDisablesAndEnables()
{
    UserAdminDialog dialog(*m_users, m_admin);
    dialog.show();
    QCOMPARE(dialog.table()->rowCount(), 4);
    dialog.selectUser(QStringLiteral("nurse.li"));
    QCOMPARE(dialog.selectedUser(), QStringLiteral("nurse.li"));
    QCOMPARE(dialog.disableButton()->text(), QStringLiteral("&Disable"));
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(dialog.toggleDisabled());
    QVERIFY(m_users->user(QStringLiteral("nurse.li"))->disabled);
    QCOMPARE(dialog.table()->item(dialog.table()->currentRow(), 4)->text(),
             QStringLiteral("Disabled"));
    QCOMPARE(dialog.disableButton()->text(), QStringLiteral("&Enable"));
    QVERIFY(dialog.toggleDisabled());  // enabling asks nothing
    QVERIFY(!m_users->user(QStringLiteral("nurse.li"))->disabled);
    // Cancelled: nothing changes.
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!dialog.toggleDisabled());
    QVERIFY(!m_users->user(QStringLiteral("nurse.li"))->disabled);
    // The last data manager cannot be disabled: the store's message shows.
    dialog.selectUser(QStringLiteral("dm.zhao"));
    answerNextMessageBox(QMessageBox::Yes);
    QVERIFY(!dialog.toggleDisabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("userAdminMessage"))->isVisible());
    QCOMPARE(m_users->userCount(), 4);  // never deleted
}

void TestSecurityDialogs::userAdminIsReadOnlyForOthers()
{
    UserAdminDialog dialog(*m_users, m_monitor);
    dialog.show();
    dialog.selectUser(QStringLiteral("nurse.li"));
    for (QPushButton *b : {dialog.addButton(), dialog.roleButton(), dialog.nameButton(),
                           dialog.disableButton(), dialog.passwordButton()})
        QVERIFY(!b->isEnabled());
}

void TestSecurityDialogs::ownPasswordChangeNeedsTheCurrentOne()
{
    ChangePasswordDialog dialog(*m_users, m_nurse);
    dialog.show();
    QVERIFY(dialog.isOwn());
    QVERIFY(dialog.currentEdit()->isVisible());
    dialog.currentEdit()->setText(QStringLiteral("not-my-password"));
    dialog.newEdit()->setText(QStringLiteral("Brand-New-Phrase-1"));
    dialog.repeatEdit()->setText(QStringLiteral("Brand-New-Phrase-1"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("current password")));
    dialog.currentEdit()->setText(kNursePassword);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_users->login(QStringLiteral("nurse.li"), QStringLiteral("Brand-New-Phrase-1"),
                            nullptr),
             UserStore::LoginResult::Ok);
    // A data manager resets another user's password without knowing it.
    ChangePasswordDialog reset(*m_users, m_admin, QStringLiteral("nurse.li"));
    QVERIFY(!reset.isOwn());
    QVERIFY(reset.currentEdit()->isHidden());
}

void TestSecurityDialogs::passwordPolicyShowsWhileTyping()
{
    ChangePasswordDialog dialog(*m_users, m_nurse);
    dialog.show();
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("passwordProblems"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::keyClicks(dialog.newEdit(), QStringLiteral("short"));
    QVERIFY(problems->text().contains(QLatin1String("10 characters")));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.newEdit()->setText(QStringLiteral("my-nurse.li-pass"));
    QVERIFY(problems->text().contains(QLatin1String("user name")));
    dialog.newEdit()->setText(QStringLiteral("Long-Enough-Words"));
    dialog.repeatEdit()->setText(QStringLiteral("Long-Enough-Word"));
    QVERIFY(problems->text().contains(QLatin1String("differ")));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.repeatEdit()->setText(QStringLiteral("Long-Enough-Words"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestSecurityDialogs::auditViewerFilters()
{
    AuditViewer viewer(*m_db, m_monitor);
    viewer.show();
    const int all = viewer.model()->rowCount();
    QCOMPARE(qint64(all), AuditLog(*m_db).count());
    // Newest first.
    QVERIFY(viewer.model()->entryAt(0).seq > viewer.model()->entryAt(all - 1).seq);

    viewer.setSubjectFilter(QStringLiteral("S001"));
    QVERIFY(viewer.model()->rowCount() > 0);
    for (const AuditEntry &e : viewer.model()->entries())
        QCOMPARE(e.subjectCode, QStringLiteral("S001"));

    viewer.setSubjectFilter({});
    QComboBox *user = viewer.userBox();
    user->setCurrentIndex(user->findData(QStringLiteral("dr.chen")));
    QVERIFY(viewer.model()->rowCount() > 0);
    for (const AuditEntry &e : viewer.model()->entries())
        QCOMPARE(e.userName, QStringLiteral("dr.chen"));
    user->setCurrentIndex(0);

    QComboBox *table = viewer.tableBox();
    table->setCurrentIndex(table->findData(QStringLiteral("infusions")));
    QVERIFY(viewer.model()->rowCount() > 0);
    for (const AuditEntry &e : viewer.model()->entries())
        QCOMPARE(e.tableName, QStringLiteral("infusions"));
    QCOMPARE(table->currentText(), QStringLiteral("Infusions"));
    table->setCurrentIndex(0);

    // A date range (UTC dates) before today holds nothing.
    viewer.fromCheck()->setChecked(true);
    viewer.toCheck()->setChecked(true);
    viewer.fromEdit()->setDate(QDate(2020, 1, 1));
    viewer.toEdit()->setDate(QDate(2020, 12, 31));
    QCOMPARE(viewer.model()->rowCount(), 0);
    viewer.toEdit()->setDate(QDateTime::currentDateTimeUtc().date());
    QCOMPARE(viewer.model()->rowCount(), all);
}

void TestSecurityDialogs::auditViewerShowsOldToNewAndBothTimes()
{
    Infusion i = *m_store->loadCasebook(m_nurse, m_subject)->infusion(QStringLiteral("week0"));
    i.lotNumber = QStringLiteral("LOT-2024-009");
    QVERIFY(m_store->saveInfusion(m_nurse, i, QStringLiteral("barcode misread")).ok());
    AuditViewer viewer(*m_db, m_monitor);
    const AuditEntry &latest = viewer.model()->entryAt(0);
    QCOMPARE(latest.action, QStringLiteral("update"));
    const auto cell = [&](int column) {
        return viewer.model()->index(0, column).data().toString();
    };
    QCOMPARE(cell(AuditTableModel::Change), QStringLiteral("LOT-2024-001 → LOT-2024-009"));
    QCOMPARE(cell(AuditTableModel::Reason), QStringLiteral("barcode misread"));
    QCOMPARE(cell(AuditTableModel::Field), QStringLiteral("Lot number"));
    QCOMPARE(viewer.model()->index(0, AuditTableModel::Field).data(Qt::UserRole).toString(),
             QStringLiteral("lot_number"));
    QCOMPARE(cell(AuditTableModel::ActionColumn), QStringLiteral("Changed"));
    QCOMPARE(cell(AuditTableModel::User), QStringLiteral("nurse.li"));
    QCOMPARE(cell(AuditTableModel::UtcTime),
             latest.atUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(cell(AuditTableModel::LocalTime),
             latest.atUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(viewer.model()->headerData(AuditTableModel::Change, Qt::Horizontal).toString(),
             QStringLiteral("Old → new"));
}

void TestSecurityDialogs::auditViewerExportsTheFilteredRowsToCsv()
{
    AuditViewer viewer(*m_db, m_monitor);
    viewer.setSubjectFilter(QStringLiteral("S001"));
    const QString path = m_dir.filePath(QStringLiteral("audit-S001.csv"));
    QString error;
    QVERIFY2(viewer.exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(reader.hadByteOrderMark());
    // The columns of audit.csv in an export, so the same scripts read both.
    QCOMPARE(fields, DataDictionary(Protocol::builtIn()).file(QStringLiteral("audit")).columnNames());
    int rows = 0;
    qint64 lastSeq = 0;
    while (reader.readRecord(&fields)) {
        ++rows;
        QCOMPARE(fields.at(6), QStringLiteral("S001"));
        QVERIFY(fields.at(0).toLongLong() > lastSeq);  // oldest first, as audit.csv
        lastSeq = fields.at(0).toLongLong();
        QCOMPARE(fields.at(12).size(), 64);
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(rows, viewer.model()->rowCount());
}

void TestSecurityDialogs::dialogsRetranslate()
{
    AuditViewer viewer(*m_db, m_admin);
    UserAdminDialog users(*m_users, m_admin);
    const Casebook book = *m_store->loadCasebook(m_doctor, m_subject);
    SignatureDialog sign(*m_signatures, *m_users, m_doctor, book, Protocol::builtIn());
    QCOMPARE(viewer.windowTitle(), QStringLiteral("Audit trail"));
    QVERIFY(m_language.setLanguage(QStringLiteral("zh_CN"), false));
    // The language change reaches the widgets as posted events.
    QTRY_COMPARE(viewer.windowTitle(), QStringLiteral("稽查轨迹"));
    QTRY_COMPARE(users.windowTitle(), QStringLiteral("用户"));
    QTRY_VERIFY2(sign.windowTitle().startsWith(QStringLiteral("电子签名")), qPrintable(sign.windowTitle()));
    QCOMPARE(viewer.model()->headerData(AuditTableModel::User, Qt::Horizontal).toString(),
             QStringLiteral("用户"));
    QVERIFY(m_language.setLanguage(QStringLiteral("en"), false));
    QTRY_COMPARE(viewer.windowTitle(), QStringLiteral("Audit trail"));
}

QTEST_MAIN(TestSecurityDialogs)
#include "tst_securitydialogs.moc"
