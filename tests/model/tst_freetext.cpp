// SPDX-License-Identifier: Apache-2.0
// Every free-text field of the CRF, given SQL-looking text and 10,000 Chinese characters, is
// stored and read back literally (bound parameters, no truncation, no re-encoding), or, where
// the field has a length limit, refused at that field with nothing written. The shown-in-a-form
// half of the same check is tests/gui/tst_freetext_forms.cpp.
#include "fixtures.h"
#include "storage/database.h"
#include "storage/studystore.h"

#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using namespace trialcrf;
using namespace trialcrf::fixtures;

namespace {

QString injection()
{
    return QStringLiteral("'); DROP TABLE subjects;--");
}

QString chinese(int length)
{
    // Varied hanzi so that a truncation or re-encoding shows.
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s += QChar(0x4E00 + (i * 7919) % 0x5000);
    return s;
}

/// Saves `text` into one field of a fresh record of `subjectId`; FieldRead reads the field back
/// from the casebook.
using FieldProbe =
    std::function<SaveResult(StudyStore &, qint64 subjectId, const QString &text)>;
using FieldRead = std::function<QString(const Casebook &)>;

struct FreeTextField {
    FieldProbe save;
    FieldRead read;
};

QMap<QString, FreeTextField> fields()
{
    QMap<QString, FreeTextField> f;
    f.insert(QStringLiteral("consent_version"),
             {[](StudyStore &st, qint64 id, const QString &t) {
                  Consent c = consent(id);
                  c.consentVersion = t;
                  return st.saveConsent(nurse(), c);
              },
              [](const Casebook &b) { return b.consent ? b.consent->consentVersion : QString(); }});
    f.insert(QStringLiteral("obtained_by"),
             {[](StudyStore &st, qint64 id, const QString &t) {
                  Consent c = consent(id);
                  c.obtainedBy = t;
                  return st.saveConsent(nurse(), c);
              },
              [](const Casebook &b) { return b.consent ? b.consent->obtainedBy : QString(); }});
    f.insert(QStringLiteral("override_reason"),
             {[](StudyStore &st, qint64 id, const QString &t) {
                  Consent c = consent(id);
                  st.saveConsent(nurse(), c);
                  Eligibility e = eligibility(id);
                  e.confirmedVerdict = QStringLiteral("not_eligible");  // overrules: a reason
                  e.overrideReason = t;
                  return st.saveEligibility(physician(), e);
              },
              [](const Casebook &b) {
                  return b.eligibility ? b.eligibility->overrideReason : QString();
              }});
    f.insert(QStringLiteral("lot_number"),
             {[](StudyStore &st, qint64 id, const QString &t) {
                  Infusion i = infusion(id);
                  i.lotNumber = t;
                  return st.saveInfusion(nurse(), i);
              },
              [](const Casebook &b) {
                  return b.infusions.isEmpty() ? QString() : b.infusions.first().lotNumber;
              }});
    f.insert(QStringLiteral("reaction_description"),
             {[](StudyStore &st, qint64 id, const QString &t) {
                  Infusion i = infusion(id);
                  i.reaction = true;
                  i.reactionDescription = t;
                  return st.saveInfusion(nurse(), i);
              },
              [](const Casebook &b) {
                  return b.infusions.isEmpty() ? QString()
                                               : b.infusions.first().reactionDescription;
              }});
    f.insert(QStringLiteral("deviation_reason"),
             {[](StudyStore &st, qint64 id, const QString &t) {
                  Infusion i = infusion(id);
                  i.actualCells = 100000000;  // well below target: a reason is required
                  i.deviationReason = t;
                  return st.saveInfusion(nurse(), i);
              },
              [](const Casebook &b) {
                  return b.infusions.isEmpty() ? QString() : b.infusions.first().deviationReason;
              }});
    f.insert(QStringLiteral("term"),
             {[](StudyStore &st, qint64 id, const QString &t) {
                  AdverseEvent ae = adverseEvent(id);
                  ae.term = t;
                  return st.saveAdverseEvent(nurse(), ae);
              },
              [](const Casebook &b) {
                  return b.adverseEvents.isEmpty() ? QString() : b.adverseEvents.first().term;
              }});
    return f;
}

}  // namespace

class TestFreeText : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storedLiterallyOrRefusedAtTheField_data();
    void storedLiterallyOrRefusedAtTheField();
    void everyFreeTextFieldIsCovered();

private:
    QTemporaryDir m_dir;
    Database m_db;
    ManualClock m_clock;
    std::unique_ptr<StudyStore> m_store;
};

void TestFreeText::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_db.open(studyAt(m_dir.filePath(QStringLiteral("text.db")))), qPrintable(m_db.errorString()));
    m_store = std::make_unique<StudyStore>(m_db, Protocol::builtIn(), m_clock.clock());
}

void TestFreeText::cleanup()
{
    m_store.reset();
    m_db.close();
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
}

void TestFreeText::storedLiterallyOrRefusedAtTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("stored");  // false: refused with an error at `field`

    // Fields with a length limit (lot_number 40, term 200) refuse the long text at the field;
    // at their limit they keep Chinese text literally.
    const QStringList limited{QStringLiteral("lot_number"), QStringLiteral("term")};
    for (const QString &field : fields().keys()) {
        const QByteArray f = field.toUtf8();
        QTest::addRow("%s: SQL text", f.constData()) << field << injection() << true;
        QTest::addRow("%s: 10,000 Chinese characters", f.constData())
            << field << chinese(10000) << !limited.contains(field);
        QTest::addRow("%s: SQL text in Chinese text", f.constData())
            << field << chinese(5) + injection() + chinese(5) << true;  // 37: fits every limit
    }
    QTest::newRow("lot_number: 40 Chinese characters, its limit")
        << QStringLiteral("lot_number") << chinese(40) << true;
    QTest::newRow("term: 200 Chinese characters, its limit")
        << QStringLiteral("term") << chinese(200) << true;
}

void TestFreeText::storedLiterallyOrRefusedAtTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(bool, stored);

    Subject s = subject();
    QVERIFY(m_store->saveSubject(nurse(), s).ok());
    if (QStringList{"lot_number", "deviation_reason", "reaction_description"}.contains(field))
        QVERIFY(enrol(*m_store, s.id).ok());  // no infusion before enrolment
    const FreeTextField probe = fields().value(field);
    const SaveResult r = probe.save(*m_store, s.id, text);
    const Casebook book = *m_store->loadCasebook(monitor(), s.id);
    if (stored) {
        QVERIFY2(r.ok(), qPrintable(r.message + QLatin1Char(' ') + describe(r.errors)));
        const QString back = probe.read(book);
        QCOMPARE(back.size(), text.size());
        QCOMPARE(back, text);
    } else {
        QCOMPARE(r.status, SaveResult::Status::Invalid);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().field, field);
        QVERIFY(!r.errors.first().text().isEmpty());
        QVERIFY(probe.read(book).isEmpty());  // nothing half-written
    }
    // The tables are all still there.
    QCOMPARE(m_store->subjectCount(), 1);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM subjects")).toInt(), 1);
}

void TestFreeText::everyFreeTextFieldIsCovered()
{
    // The free-text columns of the export files (DESIGN.md), all in the table above; codes,
    // dates and numbers are checked by their own validation tests.
    const QStringList expected{"consent_version", "deviation_reason", "lot_number",
                               "obtained_by",     "override_reason",  "reaction_description",
                               "term"};
    QCOMPARE(fields().keys(), expected);
}

QTEST_GUILESS_MAIN(TestFreeText)
#include "tst_freetext.moc"
