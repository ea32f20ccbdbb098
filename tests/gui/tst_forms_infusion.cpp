// SPDX-License-Identifier: Apache-2.0
// The infusion page as a research nurse uses it mid-procedure: keyboard only, live target
// dose, inline errors that block saving, a page saved incomplete when something is not known
// yet, reason for change on edits, stale saves refused (what was typed stays until discarded).
#include "changednotice.h"
#include "deviationpanel.h"
#include "infusionform.h"
#include "fielderrorlabel.h"
#include "numberedit.h"
#include "optionaldateedit.h"
#include "optionaltimeedit.h"
#include "rules/deviations.h"
#include "storage/auditlog.h"
#include "vitalsignseditor.h"
#include "tst_formsfixture.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace trialcrf;
using namespace trialcrf::formstest;

class TestInfusionForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void nurseRecordsWeek2InfusionByKeyboard();
    void vitalSignsAreLaidOutOnce_data();
    void vitalSignsAreLaidOutOnce();
    void nurseSavesAnIncompleteInfusion();
    void deviationReasonsComeAfterTheVitalSigns();
    void showsTargetDoseLiveFromWeight_data();
    void showsTargetDoseLiveFromWeight();
    void rejectsBadWeightAtItsField_data();
    void rejectsBadWeightAtItsField();
    void deviationReasonOnlyOutsideTolerance_data();
    void deviationReasonOnlyOutsideTolerance();
    void barcodeEnterMovesToNextField();
    void editAsksReasonAndAuditKeepsIt();
    void cancelledReasonSavesNothing();
    void staleSaveShowsWhoAndDoesNotOverwrite();
    void monitorSeesReadOnlyPage();
    void vitalSignErrorShowsInItsRow();
    void notEnrolledSubjectShowsWhyBeforeTyping();

private:
    /// Opens the week-2 infusion page as `as`, shown and focused.
    void openPage(const Session &as, const QString &visit = QStringLiteral("week2"));
    /// Saves a complete week-2 infusion straight through the store; returns its version.
    Infusion seedInfusion();

    std::unique_ptr<Study> m_study;
    std::unique_ptr<InfusionForm> m_form;
    std::unique_ptr<Host> m_host;
};

void TestInfusionForm::init()
{
    m_study = std::make_unique<Study>();
    QString error;
    QVERIFY2(m_study->setUp(&error), qPrintable(error));
    QVERIFY2(m_study->enrolSeed(&error), qPrintable(error));
}

void TestInfusionForm::cleanup()
{
    m_host.reset();  // owns the form
    m_form.release();
    m_study.reset();
}

void TestInfusionForm::openPage(const Session &as, const QString &visit)
{
    m_form = std::make_unique<InfusionForm>(m_study->store());
    m_form->setSession(as);
    m_form->open(m_study->casebook(as), visit);
    m_host = std::make_unique<Host>(m_form.get());
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    m_host->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_host.get()));
}

Infusion TestInfusionForm::seedInfusion()
{
    return saveSeedInfusion(m_study->store(), m_study->nurse, m_study->subjectId,
                            QStringLiteral("week2"), Study::today());
}

void TestInfusionForm::nurseRecordsWeek2InfusionByKeyboard()
{
    openPage(m_study->nurse);
    auto *date = m_form->findChild<OptionalDateEdit *>(QStringLiteral("dateEdit"));
    QCOMPARE(focused(), date);

    press(Qt::Key_Space);  // today
    QCOMPARE(date->value(), std::optional<QDate>(Study::today()));
    press(Qt::Key_Return);
    QCOMPARE(focused()->objectName(), QStringLiteral("weightEdit"));
    enter(QStringLiteral("63.5"));
    QCOMPARE(m_form->targetDoseText(), QStringLiteral("127,000,000 cells (1.27 × 10⁸)"));
    QCOMPARE(focused()->objectName(), QStringLiteral("cellsEdit"));
    enter(QStringLiteral("127000000"));
    QVERIFY2(m_form->deviationText().startsWith(QStringLiteral("0.0 %")),
             qPrintable(m_form->deviationText()));
    // Within tolerance: the deviation reason is not asked, so Enter skips it.
    QCOMPARE(focused()->objectName(), QStringLiteral("lotEdit"));
    enter(QStringLiteral("UC2024-0815"));
    QCOMPARE(focused()->objectName(), QStringLiteral("viabilityEdit"));
    enter(QStringLiteral("96"));
    enter(QStringLiteral("0850"));  // thaw
    enter(QStringLiteral("0900"));  // start
    QCOMPARE(focused()->objectName(), QStringLiteral("endEdit"));
    enter(QStringLiteral("0945"));
    // Vital signs before the infusion, one field after the other.
    auto *vitals = m_form->findChild<VitalSignsEditor *>();
    QCOMPARE(focused(), vitals->rows().first().time);
    for (const char *v : {"0855", "36.6", "72", "16", "118", "76"})
        enter(QLatin1String(v));

    QVERIFY2(m_form->canSave(), qPrintable(m_form->statusText()));
    QSignalSpy saved(m_form.get(), &CrfForm::saved);
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toLongLong(), m_study->subjectId);
    QVERIFY(!m_form->isDirty());

    const Casebook cb = m_study->casebook(m_study->nurse);
    const Infusion *stored = cb.infusion(QStringLiteral("week2"));
    QVERIFY(stored);
    QCOMPARE(stored->infusionDate, std::optional<QDate>(Study::today()));
    QCOMPARE(stored->weightKg, std::optional<double>(63.5));
    QCOMPARE(stored->actualCells, std::optional<qint64>(127000000));
    QCOMPARE(stored->lotNumber, QStringLiteral("UC2024-0815"));
    QCOMPARE(stored->viabilityPct, std::optional<double>(96));
    QCOMPARE(stored->thawTime, std::optional<QTime>(QTime(8, 50)));
    QCOMPARE(stored->startTime, std::optional<QTime>(QTime(9, 0)));
    QCOMPARE(stored->endTime, std::optional<QTime>(QTime(9, 45)));
    QCOMPARE(stored->vitals.size(), 1);
    QCOMPARE(stored->vitals.first().phase, QStringLiteral("before"));
    QCOMPARE(stored->vitals.first().time, std::optional<QTime>(QTime(8, 55)));
    QCOMPARE(stored->vitals.first().temperatureC, std::optional<double>(36.6));
    QCOMPARE(stored->vitals.first().systolicMmHg, std::optional<int>(118));
    QCOMPARE(stored->vitals.first().diastolicMmHg, std::optional<int>(76));
}

// The deviations a page shows stand below the vital signs and the reaction, and Tab reaches
// their reasons there: typing the end time must not send the nurse into "reason for the
// missing vital signs" before she has typed them.
void TestInfusionForm::deviationReasonsComeAfterTheVitalSigns()
{
    openPage(m_study->nurse);
    press(Qt::Key_Space);  // today
    press(Qt::Key_Tab);
    for (const char *v : {"63.5", "127000000", "UC2024-0815", "96", "0850", "0900"})
        enter(QLatin1String(v));
    QCOMPARE(focused()->objectName(), QStringLiteral("endEdit"));
    enter(QStringLiteral("0945"));
    auto *panel = m_form->findChild<DeviationPanel *>();
    QVERIFY(panel);
    // Nothing typed below yet: every vital-sign set is missing, the "before" one first.
    QLineEdit *first = panel->reasonEdit(QLatin1String(rules::deviation::kVitalsBeforeMissing));
    QVERIFY(first);
    auto *vitals = m_form->findChild<VitalSignsEditor *>();
    QCOMPARE(focused(), vitals->rows().first().time);
    // From the reaction, the next stop is the first reason; the reasons come before Save.
    m_form->findChild<QCheckBox *>(QStringLiteral("reactionCheck"))->setFocus();
    press(Qt::Key_Tab);
    QCOMPARE(focused(), first);
}

// The lot number label was lost and the end time not noted: the nurse saves what she has; the
// page says calmly what is missing, at the fields and in the footer, and stays incomplete.
void TestInfusionForm::nurseSavesAnIncompleteInfusion()
{
    openPage(m_study->nurse);
    press(Qt::Key_Space);  // today
    press(Qt::Key_Return);
    enter(QStringLiteral("63.5"));
    enter(QStringLiteral("127000000"));
    QCOMPARE(focused()->objectName(), QStringLiteral("lotEdit"));
    press(Qt::Key_Return);  // no lot number yet
    enter(QStringLiteral("96"));
    enter(QStringLiteral("0850"));
    enter(QStringLiteral("0900"));
    QCOMPARE(focused()->objectName(), QStringLiteral("endEdit"));

    QCOMPARE(m_form->errorFields(), QStringList{});
    QCOMPARE(m_form->missingFields(),
             (QStringList{QStringLiteral("lot_number"), QStringLiteral("end_time")}));
    QVERIFY2(m_form->canSave(), qPrintable(m_form->statusText()));
    QVERIFY(m_form->saveButton()->isEnabled());
    // No vital signs typed either: the page also counts the protocol deviations it will record.
    QCOMPARE(m_form->statusText(),
             QStringLiteral("Incomplete: %1 — you can save now and complete it later. "
                            "Protocol deviations to record: 2. Without a reason: 2 (it can be "
                            "given later in the deviation log).")
                 .arg(QLocale().createSeparatedList({QStringLiteral("Lot number"),
                                                     QStringLiteral("End time")})));
    // At the field: a notice, not an error (no red frame).
    auto *lot = m_form->findChild<QLineEdit *>(QStringLiteral("lotEdit"));
    QCOMPARE(m_form->shownError(QStringLiteral("lot_number")),
             QStringLiteral("The lot number is required."));
    QVERIFY(!lot->property("crfError").toBool());
    bool notice = false;
    for (FieldErrorLabel *label : m_form->findChildren<FieldErrorLabel *>()) {
        if (label->messages().contains(QStringLiteral("The lot number is required.")))
            notice = label->isNotice() && label->isVisible();
    }
    QVERIFY(notice);

    QSignalSpy saved(m_form.get(), &CrfForm::saved);
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    const Casebook book = m_study->casebook(m_study->nurse);
    const Infusion *stored = book.infusion(QStringLiteral("week2"));
    QVERIFY(stored);
    QCOMPARE(stored->weightKg, std::optional<double>(63.5));
    QCOMPARE(stored->lotNumber, QString());
    QCOMPARE(stored->endTime, std::optional<QTime>());
    QVERIFY2(m_form->statusText().startsWith(QStringLiteral("Saved, incomplete. Still missing:")),
             qPrintable(m_form->statusText()));

    // An impossible value still blocks: hard errors stay at the field.
    auto *viability = m_form->findChild<QLineEdit *>(QStringLiteral("viabilityEdit"));
    viability->setFocus();
    viability->selectAll();
    QTest::keyClicks(viability, "101");
    QCOMPARE(m_form->errorFields(), QStringList{QStringLiteral("viability_pct")});
    QVERIFY(!m_form->canSave());
    QVERIFY(viability->property("crfError").toBool());
}

void TestInfusionForm::showsTargetDoseLiveFromWeight_data()
{
    QTest::addColumn<QString>("weight");
    QTest::addColumn<QString>("target");
    QTest::newRow("protocol example 63.5 kg") << "63.5" << "127,000,000 cells (1.27 × 10⁸)";
    QTest::newRow("lowest weight 20 kg") << "20" << "40,000,000 cells (4.00 × 10⁷)";
    QTest::newRow("highest weight 250 kg") << "250" << "500,000,000 cells (5.00 × 10⁸)";
    QTest::newRow("100.0 kg with a decimal") << "100.0"
                                                               << "200,000,000 cells (2.00 × 10⁸)";
    QTest::newRow("below range shows no dose") << "19.9" << "— (enter the weight)";
    QTest::newRow("empty shows no dose") << "" << "— (enter the weight)";
}

void TestInfusionForm::showsTargetDoseLiveFromWeight()
{
    QFETCH(QString, weight);
    QFETCH(QString, target);
    openPage(m_study->nurse);
    auto *edit = m_form->findChild<NumberEdit *>(QStringLiteral("weightEdit"));
    QTest::keyClicks(edit, weight);
    QCOMPARE(m_form->targetDoseText(), target);
}

void TestInfusionForm::rejectsBadWeightAtItsField_data()
{
    QTest::addColumn<QString>("weight");
    QTest::addColumn<QString>("message");
    QTest::newRow("19.9 below the minimum") << "19.9" << "Weight must be between 20 and 250 kg.";
    QTest::newRow("250.1 above the maximum") << "250.1" << "Weight must be between 20 and 250 kg.";
    QTest::newRow("63.55 two decimals") << "63.55" << "Enter the weight with at most one decimal.";
    QTest::newRow("1.2.3 not a number") << "1.2.3" << "Enter a number, e.g. 63.5.";
}

void TestInfusionForm::rejectsBadWeightAtItsField()
{
    QFETCH(QString, weight);
    QFETCH(QString, message);
    openPage(m_study->nurse);
    // Everything else valid, so the weight is the only thing standing.
    m_form->findChild<OptionalDateEdit *>(QStringLiteral("dateEdit"))->setValue(Study::today());
    QTest::keyClicks(m_form->findChild<QLineEdit *>(QStringLiteral("cellsEdit")), "127000000");
    QTest::keyClicks(m_form->findChild<QLineEdit *>(QStringLiteral("lotEdit")), "UC2024-0815");
    QTest::keyClicks(m_form->findChild<QLineEdit *>(QStringLiteral("startEdit")), "0900");
    QTest::keyClicks(m_form->findChild<QLineEdit *>(QStringLiteral("endEdit")), "0945");
    auto *weightEdit = m_form->findChild<NumberEdit *>(QStringLiteral("weightEdit"));
    weightEdit->setFocus();
    QTest::keyClicks(weightEdit, weight);

    QCOMPARE(m_form->errorFields(), QStringList{QStringLiteral("weight_kg")});
    QCOMPARE(m_form->shownError(QStringLiteral("weight_kg")), message);
    // The message is the label right under the weight field, and the field is framed red.
    auto *form = m_form->findChild<QFormLayout *>(QStringLiteral("formLayout"));
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(weightEdit, &row, &role);
    auto *below = qobject_cast<QLabel *>(form->itemAt(row + 1, QFormLayout::FieldRole)->widget());
    QVERIFY(below);
    QCOMPARE(below->text(), message);
    QVERIFY(below->isVisible());
    QVERIFY(weightEdit->property("crfError").toBool());

    QVERIFY(!m_form->canSave());
    QVERIFY(!m_form->saveButton()->isEnabled());
    QVERIFY2(m_form->statusText().contains(QStringLiteral("Weight (kg)")),
             qPrintable(m_form->statusText()));
    // Ctrl+S anyway: refused, focus back at the weight, nothing stored.
    m_form->findChild<QLineEdit *>(QStringLiteral("lotEdit"))->setFocus();
    QVERIFY(!m_form->save());
    QCOMPARE(focused(), weightEdit);
    QVERIFY(!m_study->infusion(m_study->nurse, QStringLiteral("week2")));
}

void TestInfusionForm::deviationReasonOnlyOutsideTolerance_data()
{
    QTest::addColumn<QString>("cells");
    QTest::addColumn<bool>("reasonAsked");
    QTest::addColumn<QString>("deviation");
    // Target for 63.5 kg: 127,000,000; tolerance ±10 % → 114,300,000 … 139,700,000.
    QTest::newRow("exactly +10.0 % passes") << "139700000" << false << "+10.0 %";
    QTest::newRow("exactly -10.0 % passes") << "114300000" << false << "-10.0 %";
    QTest::newRow("+10.1 % needs a reason") << "139827000" << true << "+10.1 %";
    QTest::newRow("-12.5 % needs a reason") << "111125000" << true << "-12.5 %";
}

void TestInfusionForm::deviationReasonOnlyOutsideTolerance()
{
    QFETCH(QString, cells);
    QFETCH(bool, reasonAsked);
    QFETCH(QString, deviation);
    openPage(m_study->nurse);
    QTest::keyClicks(m_form->findChild<QLineEdit *>(QStringLiteral("weightEdit")), "63.5");
    QTest::keyClicks(m_form->findChild<QLineEdit *>(QStringLiteral("cellsEdit")), cells);
    QVERIFY2(m_form->deviationText().startsWith(deviation), qPrintable(m_form->deviationText()));
    auto *reason = m_form->findChild<QLineEdit *>(QStringLiteral("deviationReasonEdit"));
    QCOMPARE(reason->isEnabled(), reasonAsked);
    // A protocol deviation, listed on the page; its reason is asked for, never required.
    QVERIFY(!m_form->errorFields().contains(QStringLiteral("deviation_reason")));
    QCOMPARE(m_form->deviationKinds().contains(QStringLiteral("dose_out_of_tolerance")),
             reasonAsked);
    if (reasonAsked) {
        QTest::keyClicks(reason, "Cell count of the bag lower than ordered");
        QVERIFY(!m_form->missingFields().contains(QStringLiteral("deviation_reason")));
    }
}

void TestInfusionForm::barcodeEnterMovesToNextField()
{
    openPage(m_study->nurse);
    auto *lot = m_form->findChild<QLineEdit *>(QStringLiteral("lotEdit"));
    lot->setFocus();
    QCOMPARE(focused(), lot);
    // A scanner types the code and sends Enter.
    enter(QStringLiteral("UCMSC-240603-07"));
    QCOMPARE(lot->text(), QStringLiteral("UCMSC-240603-07"));
    QCOMPARE(focused()->objectName(), QStringLiteral("viabilityEdit"));
}

void TestInfusionForm::editAsksReasonAndAuditKeepsIt()
{
    const Infusion seeded = seedInfusion();
    QVERIFY(seeded.id != 0);
    openPage(m_study->nurse);
    auto *lot = m_form->findChild<QLineEdit *>(QStringLiteral("lotEdit"));
    QCOMPARE(lot->text(), QStringLiteral("UC2024-0815"));
    lot->selectAll();
    QTest::keyClicks(lot, "UC2024-0816");
    QVERIFY(m_form->isDirty());

    ModalLog log;
    const QString reason = QStringLiteral("Lot number misread from the bag label");
    ModalAnswerer answerer(&log, reason);
    QVERIFY(m_form->save());
    QCOMPARE(log.reasonsAsked, QStringList{QStringLiteral("Infusion — Week 2")});
    // The dialog named the field with its old and new value.
    QCOMPARE(log.changesShown,
             QStringList{QStringLiteral("What changes:\nLot number: UC2024-0815 → UC2024-0816")});
    QVERIFY2(log.unexpected.isEmpty(), qPrintable(log.unexpected.join(u',')));
    QVERIFY2(log.messages.isEmpty(), qPrintable(log.messages.join(u',')));

    QCOMPARE(m_study->infusion(m_study->nurse, QStringLiteral("week2"))->lotNumber,
             QStringLiteral("UC2024-0816"));
    AuditFilter filter;
    filter.subjectCode = QStringLiteral("S001");
    const QList<AuditEntry> entries = AuditLog(m_study->database()).entries(filter);
    bool found = false;
    for (const AuditEntry &e : entries) {
        if (e.action == QLatin1String("update") && e.field == QLatin1String("lot_number")) {
            QCOMPARE(e.oldValue, QStringLiteral("UC2024-0815"));
            QCOMPARE(e.newValue, QStringLiteral("UC2024-0816"));
            // Not one of the listed reasons: "Other" with the text as its details.
            QCOMPARE(e.reason, QStringLiteral("other: ") + reason);
            QCOMPARE(e.userName, QStringLiteral("nurse.li"));
            found = true;
        }
    }
    QVERIFY2(found, "no audit row for the lot number change");
}

void TestInfusionForm::cancelledReasonSavesNothing()
{
    seedInfusion();
    openPage(m_study->nurse);
    auto *lot = m_form->findChild<QLineEdit *>(QStringLiteral("lotEdit"));
    lot->selectAll();
    QTest::keyClicks(lot, "UC2024-0999");
    ModalLog log;
    ModalAnswerer answerer(&log);
    answerer.setCancelReason(true);
    QVERIFY(!m_form->save());
    QCOMPARE(log.reasonsAsked.size(), 1);
    QVERIFY(m_form->isDirty());  // the typed change is still there to save later
    QCOMPARE(m_study->infusion(m_study->nurse, QStringLiteral("week2"))->lotNumber,
             QStringLiteral("UC2024-0815"));
}

void TestInfusionForm::staleSaveShowsWhoAndDoesNotOverwrite()
{
    seedInfusion();
    openPage(m_study->nurse);

    // Meanwhile, at another workstation, the physician corrects the viability.
    m_study->advanceClock(60);
    Infusion theirs = *m_study->infusion(m_study->physician, QStringLiteral("week2"));
    theirs.viabilityPct = 91;
    const SaveResult r = m_study->store().saveInfusion(m_study->physician, theirs,
                                                       QStringLiteral("Viability recounted"));
    QVERIFY2(r.ok(), qPrintable(r.message));

    auto *lot = m_form->findChild<QLineEdit *>(QStringLiteral("lotEdit"));
    lot->selectAll();
    QTest::keyClicks(lot, "UC2024-0816");
    ModalLog log;
    ModalAnswerer answerer(&log);
    QVERIFY(!m_form->save());
    QCOMPARE(log.messages.size(), 1);
    QVERIFY2(log.messages.first().contains(QStringLiteral("dr.chen")),
             qPrintable(log.messages.first()));
    const QString when = QDateTime(Study::today(), QTime(12, 1), Qt::UTC)
                             .toLocalTime()
                             .time()
                             .toString(QStringLiteral("HH:mm"));
    QVERIFY2(log.messages.first().contains(when), qPrintable(log.messages.first()));

    // Nothing of theirs was overwritten; nothing of ours was written.
    const Casebook book = m_study->casebook(m_study->nurse);
    const Infusion *stored = book.infusion(QStringLiteral("week2"));
    QCOMPARE(stored->viabilityPct, std::optional<double>(91));
    QCOMPARE(stored->lotNumber, QStringLiteral("UC2024-0815"));
    // What the nurse typed stays on the page until she chooses to show the saved data.
    QCOMPARE(lot->text(), QStringLiteral("UC2024-0816"));
    QVERIFY(m_form->isDirty());
    ChangedNotice *notice = m_form->changedNotice();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("dr.chen")), qPrintable(notice->text()));
    QTest::mouseClick(notice->discardButton(), Qt::LeftButton);
    // The page shows the saved data again, theirs included.
    QCOMPARE(lot->text(), QStringLiteral("UC2024-0815"));
    QCOMPARE(m_form->findChild<QLineEdit *>(QStringLiteral("viabilityEdit"))->text(),
             QStringLiteral("91.0"));  // at the field's precision
    QVERIFY(!m_form->isDirty());
    QVERIFY(!notice->isVisible());
}

void TestInfusionForm::monitorSeesReadOnlyPage()
{
    seedInfusion();
    openPage(m_study->monitor);
    QVERIFY(!m_form->isEditable());
    QVERIFY(!m_form->findChild<VitalSignsEditor *>()->rows().first().temperature->isEnabled());
    for (const char *name : {"dateEdit", "weightEdit", "cellsEdit", "lotEdit", "endEdit",
                             "reactionCheck", "addVitalsButton"}) {
        QWidget *w = m_form->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(w, name);
        QVERIFY2(!w->isEnabled(), name);
    }
    QVERIFY(!m_form->saveButton()->isEnabled());
    QVERIFY(m_form->findChild<QLabel *>(QStringLiteral("readOnlyBanner"))->isVisible());
    QCOMPARE(m_form->findChild<QLineEdit *>(QStringLiteral("lotEdit"))->text(),
             QStringLiteral("UC2024-0815"));
}

void TestInfusionForm::vitalSignErrorShowsInItsRow()
{
    openPage(m_study->nurse);
    const VitalSignsEditor::Row row = m_form->findChild<VitalSignsEditor *>()->rows().first();
    NumberEdit *temperature = row.temperature;
    QTest::keyClicks(temperature, "45.5");
    const QString key = QStringLiteral("vitals.%1.temperature_c").arg(VitalSignsEditor::rowKey(row.id));
    QCOMPARE(row.errors->text(), QStringLiteral("Temperature must be between 34 and 43 °C."));
    QCOMPARE(m_form->shownError(key),
             QStringLiteral("Temperature must be between 34 and 43 °C."));
    QVERIFY(temperature->property("crfError").toBool());
    QVERIFY(m_form->statusText().contains(QStringLiteral("Vital signs")));
}

void TestInfusionForm::notEnrolledSubjectShowsWhyBeforeTyping()
{
    Study screening;  // its subject has neither consent nor a confirmed verdict
    QString error;
    QVERIFY2(screening.setUp(&error), qPrintable(error));
    auto *page = new InfusionForm(screening.store());
    InfusionForm &form = *page;
    form.setSession(screening.nurse);
    form.open(screening.casebook(screening.nurse), QStringLiteral("week2"));
    Host host(page);  // owns the page
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    auto *banner = form.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("S001 is not enrolled: no infusion can be "
                                                    "saved.")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("has not signed the informed consent")));
    QVERIFY(banner->text().contains(QStringLiteral("has not confirmed the subject eligible")));
    QVERIFY(!form.isEditable());
    QVERIFY(!form.saveButton()->isEnabled());
    QVERIFY(!form.findChild<NumberEdit *>(QStringLiteral("weightEdit"))->isEnabled());
}

QTEST_MAIN(TestInfusionForm)
void TestInfusionForm::vitalSignsAreLaidOutOnce_data()
{
    QTest::addColumn<int>("sets");
    QTest::newRow("none") << 0;
    QTest::newRow("one of each") << 3;
    QTest::newRow("the protocol's maximum") << Infusion::maxVitalSets(Protocol::builtIn());
}

void TestInfusionForm::vitalSignsAreLaidOutOnce()
{
    QFETCH(int, sets);
    QList<VitalSigns> list;
    const int interval = Protocol::builtIn().ranges.vitalsIntervalMin;
    for (int i = 0; i < sets; ++i) {
        VitalSigns v;
        v.phase = i == 0 ? QStringLiteral("before")
                         : i == sets - 1 ? QStringLiteral("after") : QStringLiteral("during");
        if (v.phase == QLatin1String("during"))
            v.minute = i * interval;
        v.pulseBpm = 70;
        list << v;
    }
    VitalSignsEditor editor;
    editor.setInterval(interval);
    editor.setVitals(list);  // a page already open shows another infusion
    QSignalSpy added(&editor, &VitalSignsEditor::rowAdded);
    const int before = editor.layoutPasses();
    editor.setVitals(list);
    QCOMPARE(editor.layoutPasses() - before, 1);
    const int rows = qMax(sets, 3);  // blank before, during and after rows when none
    QCOMPARE(editor.rows().size(), rows);
    QCOMPARE(added.count(), rows);
    QCOMPARE(editor.vitals().size(), sets);
}

#include "tst_forms_infusion.moc"
