// SPDX-License-Identifier: Apache-2.0
// Sites in the app: a user of two sites creates a subject at the site they choose by typing; a nurse of one site gets no choice and records at hers; the subject list
// shows the Site column once the study has two sites.
#include "tst_formsfixture.h"

#include "storage/sitestore.h"
#include "subjectform.h"
#include "optionaldateedit.h"
#include "codecombobox.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace trialcrf;
using namespace trialcrf::formstest;

class TestSitesGui : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void userOfTwoSitesChoosesByTyping();
    void nurseOfOneSiteHasNoChoice();

private:
    SubjectForm *showNewSubject(const Session &as);
    std::unique_ptr<Study> m_study;
    std::unique_ptr<Host> m_host;
};

void TestSitesGui::init()
{
    m_study = std::make_unique<Study>();
    QString error;
    QVERIFY2(m_study->setUp(&error), qPrintable(error));
    QVERIFY2(SiteStore(m_study->database())
                 .addSite(m_study->dataManager, QStringLiteral("02"),
                          QStringLiteral("Peking Union Medical College Hospital"), &error),
             qPrintable(error));
}

void TestSitesGui::cleanup()
{
    m_host.reset();
    m_study.reset();
}

SubjectForm *TestSitesGui::showNewSubject(const Session &as)
{
    auto *form = new SubjectForm(m_study->store());
    form->setSession(as);
    form->openNew();
    m_host = std::make_unique<Host>(form);
    m_host->show();
    return QTest::qWaitForWindowActive(m_host.get()) ? form : nullptr;
}

void TestSitesGui::userOfTwoSitesChoosesByTyping()
{
    // A session of two sites that may record subjects: no login gives it today (a nurse or
    // physician works at one site), but the page offers the choice to whoever has it.
    Session dm = m_study->nurse;
    dm.siteCodes = QStringList{QStringLiteral("01"), QStringLiteral("02")};
    SubjectForm *form = showNewSubject(dm);
    QVERIFY(form);
    auto *site = form->findChild<QComboBox *>(QStringLiteral("siteCombo"));
    QVERIFY(site);
    QVERIFY(site->isVisible());
    QVERIFY(site->isEnabled());
    QCOMPARE(site->count(), 2);
    QCOMPARE(site->currentIndex(), -1);  // chosen, never assumed
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("codeEdit")), "B001");
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("initialsEdit")), "ZW");
    QTest::keyClicks(site, "02");  // the combo's keyboard search: the item "02 – Peking …"
    QCOMPARE(site->currentData().toString(), QStringLiteral("02"));
    auto *sex = form->findChild<CodeComboBox *>(QStringLiteral("sexCombo"));
    sex->setFocus();
    QTest::keyClick(sex, Qt::Key_2);
    const auto typeDate = [form](const char *name, const QString &iso) {
        auto *date = form->findChild<OptionalDateEdit *>(QLatin1String(name));
        date->setFocus(Qt::TabFocusReason);
        QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(date, iso);
        QTest::keyClick(date, Qt::Key_Tab);
    };
    typeDate("birthDateEdit", QStringLiteral("1975-11-02"));
    typeDate("week0DateEdit", Study::today().addDays(10).toString(Qt::ISODate));
    QVERIFY2(form->canSave(), qPrintable(form->statusText()));
    QSignalSpy saved(form, &CrfForm::saved);
    QVERIFY(form->save());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(fixtures::scalar(m_study->database(),
                    QStringLiteral("SELECT site_code FROM subjects WHERE code = 'B001'")).toString(),
             QStringLiteral("02"));
    // The nurse of site 01 cannot open it.
    QVERIFY(!m_study->store().loadCasebook(m_study->nurse, saved.first().first().toLongLong()));
}

void TestSitesGui::nurseOfOneSiteHasNoChoice()
{
    SubjectForm *form = showNewSubject(m_study->nurse);
    QVERIFY(form);
    auto *site = form->findChild<QComboBox *>(QStringLiteral("siteCombo"));
    QVERIFY(site->isVisible());  // the study has two sites: she sees hers
    QVERIFY(!site->isEnabled() || site->count() == 1);
    QCOMPARE(site->count(), 1);
    QCOMPARE(site->currentData().toString(), QStringLiteral("01"));
}

QTEST_MAIN(TestSitesGui)
#include "tst_sites_gui.moc"
