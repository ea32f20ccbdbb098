// SPDX-License-Identifier: Apache-2.0
// Every free-text field, stored with SQL-looking text or 10,000 Chinese characters, is shown
// literally by its CRF page (offscreen): no truncation, no escaping, no re-encoding. The
// storing half is tests/model/tst_freetext.cpp.
#include "adverseeventform.h"
#include "consentform.h"
#include "eligibilityform.h"
#include "infusionform.h"
#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "fixtures.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace trialcrf;

namespace {

QString injection()
{
    return QStringLiteral("'); DROP TABLE subjects;--");
}

QString chinese(int length)
{
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += QChar(0x4E00 + (i * 7919) % 0x5000);
    return s;
}

Session session(Role role, const char *name)
{
    Session s;
    s.userId = 1;
    s.userName = QLatin1String(name);
    s.role = role;
    return s;
}

/// Stores `text` in the field (through StudyStore) for subject `id`.
using Store = std::function<SaveResult(StudyStore &, qint64 id, const QString &text)>;
/// Makes the page that shows the field, opened on the casebook.
using Page = std::function<CrfForm *(StudyStore &, const Casebook &)>;

struct FreeTextField {
    Store store;
    Page page;
    const char *widget;  ///< objectName of the field's QLineEdit
};

Infusion baseInfusion(qint64 id)
{
    Infusion i;
    i.subjectId = id;
    i.visit = QStringLiteral("week0");
    i.infusionDate = QDate::currentDate().addDays(-7);
    i.weightKg = 63.5;
    i.actualCells = 127000000;
    i.lotNumber = QStringLiteral("LOT-1");
    i.viabilityPct = 95.5;
    i.thawTime = QTime(8, 30);
    i.startTime = QTime(9, 0);
    i.endTime = QTime(9, 45);
    return i;
}

Consent baseConsent(qint64 id)
{
    Consent c;
    c.subjectId = id;
    c.consentVersion = QStringLiteral("2.1");
    c.consentDate = QDate::currentDate().addDays(-20);
    c.consentTime = QTime(10, 30);
    c.subjectSigned = true;
    c.obtainedBy = QStringLiteral("Nurse Li");
    return c;
}

QMap<QString, FreeTextField> fields()
{
    const Session nurse = session(Role::Nurse, "nurse.li");
    const Session doctor = session(Role::Physician, "dr.chen");
    const Page consentPage = [doctor](StudyStore &st, const Casebook &b) -> CrfForm * {
        auto *f = new ConsentForm(st);
        f->setSession(doctor);
        f->open(b, {});
        return f;
    };
    const Page infusionPage = [doctor](StudyStore &st, const Casebook &b) -> CrfForm * {
        auto *f = new InfusionForm(st);
        f->setSession(doctor);
        f->open(b, QStringLiteral("week0"));
        return f;
    };
    QMap<QString, FreeTextField> f;
    f.insert(QStringLiteral("consent_version"),
             {[nurse](StudyStore &st, qint64 id, const QString &t) {
                  Consent c = baseConsent(id);
                  c.consentVersion = t;
                  return st.saveConsent(nurse, c);
              },
              consentPage, "versionEdit"});
    f.insert(QStringLiteral("obtained_by"),
             {[nurse](StudyStore &st, qint64 id, const QString &t) {
                  Consent c = baseConsent(id);
                  c.obtainedBy = t;
                  return st.saveConsent(nurse, c);
              },
              consentPage, "obtainedByEdit"});
    f.insert(QStringLiteral("override_reason"),
             {[nurse, doctor](StudyStore &st, qint64 id, const QString &t) {
                  Consent c = baseConsent(id);
                  st.saveConsent(nurse, c);
                  Eligibility e;
                  e.subjectId = id;
                  e.assessedDate = QDate::currentDate().addDays(-19);
                  e.confirmedVerdict = QStringLiteral("not_eligible");
                  e.overrideReason = t;
                  return st.saveEligibility(doctor, e);
              },
              [doctor](StudyStore &st, const Casebook &b) -> CrfForm * {
                  auto *form = new EligibilityForm(st);
                  form->setSession(doctor);
                  form->open(b, {});
                  return form;
              },
              "overrideReasonEdit"});
    f.insert(QStringLiteral("lot_number"),
             {[nurse](StudyStore &st, qint64 id, const QString &t) {
                  Infusion i = baseInfusion(id);
                  i.lotNumber = t;
                  return st.saveInfusion(nurse, i);
              },
              infusionPage, "lotEdit"});
    f.insert(QStringLiteral("reaction_description"),
             {[nurse](StudyStore &st, qint64 id, const QString &t) {
                  Infusion i = baseInfusion(id);
                  i.reaction = true;
                  i.reactionDescription = t;
                  return st.saveInfusion(nurse, i);
              },
              infusionPage, "reactionDescriptionEdit"});
    f.insert(QStringLiteral("deviation_reason"),
             {[nurse](StudyStore &st, qint64 id, const QString &t) {
                  Infusion i = baseInfusion(id);
                  i.actualCells = 100000000;
                  i.deviationReason = t;
                  return st.saveInfusion(nurse, i);
              },
              infusionPage, "deviationReasonEdit"});
    f.insert(QStringLiteral("term"),
             {[nurse](StudyStore &st, qint64 id, const QString &t) {
                  AdverseEvent ae;
                  ae.subjectId = id;
                  ae.aeNumber = 1;
                  ae.term = t;
                  ae.onsetDate = QDate::currentDate().addDays(-6);
                  ae.ctcaeGrade = QStringLiteral("grade1");
                  ae.serious = false;
                  ae.actionTaken = QStringLiteral("none");
                  ae.outcome = QStringLiteral("recovering");
                  return st.saveAdverseEvent(nurse, ae);
              },
              [doctor](StudyStore &st, const Casebook &b) -> CrfForm * {
                  auto *form = new AdverseEventForm(st);
                  form->setSession(doctor);
                  form->open(b, {}, 1);
                  return form;
              },
              "termEdit"});
    return f;
}

}  // namespace

class TestFreeTextForms : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shownLiterallyInItsPage_data();
    void shownLiterallyInItsPage();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StudyStore> m_store;
};

void TestFreeTextForms::init()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("text.db"));
    QFile::remove(path);
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(path), qPrintable(m_db->errorString()));
    m_store = std::make_unique<StudyStore>(*m_db, Protocol::builtIn());
}

void TestFreeTextForms::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestFreeTextForms::shownLiterallyInItsPage_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    // lot_number (40) and term (200) have length limits: 10,000 characters never get stored
    // there (tst_freetext shows the refusal), so the page shows them at their limit instead.
    for (const QString &field : fields().keys()) {
        const QByteArray f = field.toUtf8();
        QTest::addRow("%s: SQL text", f.constData()) << field << injection();
        const int length = field == QLatin1String("lot_number") ? 40
                           : field == QLatin1String("term")     ? 200
                                                                : 10000;
        QTest::addRow("%s: %d Chinese characters", f.constData(), length)
            << field << chinese(length);
        QTest::addRow("%s: SQL text in Chinese text", f.constData())
            << field << chinese(5) + injection() + chinese(5);
    }
}

void TestFreeTextForms::shownLiterallyInItsPage()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    const FreeTextField f = fields().value(field);

    Subject s;
    s.code = QStringLiteral("S001");
    s.initials = QStringLiteral("ZXM");
    s.sex = QStringLiteral("M");
    s.birthDate = QDate(1980, 5, 10);
    s.week0Date = QDate::currentDate().addDays(-7);
    QVERIFY(m_store->saveSubject(session(Role::Nurse, "nurse.li"), s).ok());
    // No infusion before enrolment: the infusion pages' subject is enrolled first.
    if (QStringList{"lot_number", "deviation_reason", "reaction_description"}.contains(field))
        QVERIFY(fixtures::enrol(*m_store, s.id, session(Role::Physician, "dr.chen")).ok());
    const SaveResult r = f.store(*m_store, s.id, text);
    QVERIFY2(r.ok(), qPrintable(r.message));

    const Casebook book = *m_store->loadCasebook(session(Role::Monitor, "m"), s.id);
    std::unique_ptr<CrfForm> page(f.page(*m_store, book));
    page->show();
    auto *edit = page->findChild<QLineEdit *>(QLatin1String(f.widget));
    QVERIFY2(edit, f.widget);
    QCOMPARE(edit->text().size(), text.size());
    QCOMPARE(edit->text(), text);
    QVERIFY(!page->isDirty());  // showing is not changing
}

QTEST_MAIN(TestFreeTextForms)
#include "tst_freetext_forms.moc"
