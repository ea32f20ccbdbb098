// SPDX-License-Identifier: Apache-2.0
// The typing contract of every input field (docs/typing.md): dates, times and numbers typed
// the ordinary way, in English and in Chinese, with real key events on real pages, are read
// as what was typed or refused at the field with a message; never read as another value.
#include "consentform.h"
#include "displayformat.h"
#include "eligibilityform.h"
#include "infusionform.h"
#include "numberedit.h"
#include "optionaldateedit.h"
#include "optionaltimeedit.h"
#include "records/fielderror.h"
#include "subjectform.h"
#include "translationcatalog.h"
#include "tst_formsfixture.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QTranslator>
#include <QtTest>

using namespace trialcrf;
using namespace trialcrf::formstest;

namespace {

/// What a field would give the page to save, as text: an ISO date, "HH:mm", or the number;
/// empty when the field gives nothing (empty, or refused).
QString storedValue(QWidget *w)
{
    if (auto *d = qobject_cast<OptionalDateEdit *>(w))
        return d->value() ? d->value()->toString(Qt::ISODate) : QString();
    if (auto *t = qobject_cast<OptionalTimeEdit *>(w))
        return t->value() ? t->value()->toString(QStringLiteral("HH:mm")) : QString();
    if (auto *n = qobject_cast<NumberEdit *>(w)) {
        if (n->decimals() == 0)
            return n->integerValue() ? QString::number(*n->integerValue()) : QString();
        return n->value() ? QString::number(*n->value(), 'g', 15) : QString();
    }
    return QStringLiteral("?");
}

bool refusedText(QWidget *w)
{
    if (auto *d = qobject_cast<OptionalDateEdit *>(w))
        return d->hasInvalidText();
    if (auto *t = qobject_cast<OptionalTimeEdit *>(w))
        return t->hasInvalidText();
    if (auto *n = qobject_cast<NumberEdit *>(w))
        return n->hasInvalidText();
    return false;
}

/// Types `text` into `w` with real key events. Characters beyond Latin-1 (full-width digits
/// from a Chinese input method) go as key events carrying that text, as the platform sends
/// them; QTest::keyClicks would drop them.
void typeInto(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(w, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

}  // namespace

class TestTyping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void typedIsReadOrRefused_data();
    void typedIsReadOrRefused();
    void typedDateIsSaved_data();
    void typedDateIsSaved();
    void dateMessageWaitsUntilTheFieldIsLeft();
    void ctrlDeleteEmptiesTheDate();
    void spaceAndCalendarFillTheDate();
    void languageChangeReformatsTheDate();
    void errorDatesInTheUiFormat_data();
    void errorDatesInTheUiFormat();
    void escapeClosesFromEveryField_data();
    void escapeClosesFromEveryField();

private:
    void setLanguage(const QString &lang);
    CrfForm *openPage(const QString &page);
    Casebook enrolledCasebook(const Session &as) const
    {
        return m_study->store().loadCasebook(as, m_enrolledId).value_or(Casebook{});
    }

    std::unique_ptr<Study> m_study;
    // The infusion pages open on a second subject, enrolled (no infusion is saved for a
    // subject who is not), so the seed keeps its new consent and eligibility pages.
    qint64 m_enrolledId = 0;
    std::unique_ptr<Host> m_host;
    std::unique_ptr<QTranslator> m_translator;
    QAction *m_escape = nullptr;
};

void TestTyping::initTestCase()
{
    m_study = std::make_unique<Study>();
    QString error;
    QVERIFY2(m_study->setUp(&error), qPrintable(error));
    Subject s = m_study->casebook(m_study->nurse).subject;
    s.id = 0;
    s.code = QStringLiteral("S002");
    const SaveResult r = m_study->store().saveSubject(m_study->nurse, s);
    QVERIFY2(r.ok(), qPrintable(r.message));
    m_enrolledId = s.id;
    const SaveResult e = fixtures::enrol(m_study->store(), m_enrolledId, m_study->physician);
    QVERIFY2(e.ok(), qPrintable(e.message + QString::fromUtf8(fixtures::describe(e.errors))));
}

void TestTyping::cleanup()
{
    m_host.reset();
    m_escape = nullptr;
    setLanguage(QStringLiteral("en"));
}

void TestTyping::setLanguage(const QString &lang)
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    if (lang == QLatin1String("zh_CN")) {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(TranslationCatalog::appCatalog(lang)));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCoreApplication::installTranslator(m_translator.get());
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
}

/// "subject" (new), "subject-saved" (S001), "consent" (new), "infusion" (week 2, new),
/// "infusion-saved" (week 0, saved), "eligibility" (new, physician).
CrfForm *TestTyping::openPage(const QString &page)
{
    CrfForm *form = nullptr;
    Session as = m_study->nurse;
    QString visit;
    if (page.startsWith(QLatin1String("subject"))) {
        form = new SubjectForm(m_study->store());
    } else if (page == QLatin1String("consent")) {
        form = new ConsentForm(m_study->store());
    } else if (page.startsWith(QLatin1String("infusion"))) {
        form = new InfusionForm(m_study->store());
        // A saved infusion at week 0, so the week-2 page stays new for the other rows.
        const bool saved = page.endsWith(QLatin1String("saved"));
        visit = saved ? QStringLiteral("week0") : QStringLiteral("week2");
        const Casebook book = enrolledCasebook(as);
        if (saved && !book.infusion(visit))
            saveSeedInfusion(m_study->store(), m_study->nurse, m_enrolledId, visit,
                             Study::today().addDays(-14));
    } else if (page == QLatin1String("eligibility")) {
        form = new EligibilityForm(m_study->store());
        as = m_study->physician;
    }
    Q_ASSERT(form);
    form->setSession(as);
    form->setToday(Study::today());
    if (page == QLatin1String("subject"))
        static_cast<SubjectForm *>(form)->openNew();
    else if (page.startsWith(QLatin1String("infusion")))
        form->open(enrolledCasebook(as), visit);
    else
        form->open(m_study->casebook(as), visit);
    m_host = std::make_unique<Host>(form);
    // The page's Esc, as the main window has it.
    m_escape = new QAction(m_host.get());
    m_escape->setShortcut(QKeySequence(Qt::Key_Escape));
    m_host->addAction(m_escape);
    m_host->show();
    if (!QTest::qWaitForWindowExposed(m_host.get()))
        qWarning() << "window not exposed";
    m_host->activateWindow();
    if (!QTest::qWaitForWindowActive(m_host.get()))
        qWarning() << "window not active";
    return form;
}

void TestTyping::typedIsReadOrRefused_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("field");  // object name of the input
    QTest::addColumn<QString>("key");    // field key of its errors
    QTest::addColumn<bool>("retype");    // select all first (over a saved value)
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");  // what the page would save; empty: nothing
    QTest::addColumn<QString>("shown");   // the text after Tab
    QTest::addColumn<QString>("error");   // part of the message at the field; empty: none
    // A row with an error and a stored value: read, but against a rule of the record.

    const QString en = QStringLiteral("en"), zh = QStringLiteral("zh_CN");
    auto row = [](const QString &lang, const char *name, const char *page, const char *field,
                  const char *key, bool retype, const QString &typed, const char *stored,
                  const QString &shown, const QString &error) {
        QTest::addRow("%s %s: %s", qPrintable(lang), field, name)
            << lang << QString::fromLatin1(page) << QString::fromLatin1(field)
            << QString::fromLatin1(key) << retype << typed << QString::fromLatin1(stored)
            << shown << error;
    };
    const QString none;

    // ---- dates: typed into "not recorded" -------------------------------------------------
    row(en, "short format", "subject", "birthDateEdit", "birth_date", false, "3/14/1985",
        "1985-03-14", "3/14/1985", none);
    row(zh, "short format", "subject", "birthDateEdit", "birth_date", false, "1985/3/14",
        "1985-03-14", "1985/3/14", none);
    row(en, "short format", "subject", "week0DateEdit", "week0_date", false, "12/14/2026",
        "2026-12-14", "12/14/2026", none);
    row(en, "zero-padded", "consent", "dateEdit", "consent_date", false, "03/01/2024",
        "2024-03-01", "3/1/2024", none);
    row(zh, "short format", "consent", "dateEdit", "consent_date", false, "2024/3/1",
        "2024-03-01", "2024/3/1", none);
    row(en, "short format", "infusion", "dateEdit", "infusion_date", false, "6/3/2024",
        "2024-06-03", "6/3/2024", none);
    row(zh, "short format", "eligibility", "assessedDateEdit", "assessed_date", false,
        "2024/6/1", "2024-06-01", "2024/6/1", none);
    for (const QString &lang : {en, zh}) {
        const bool isEn = lang == en;
        row(lang, "year first with slashes", "subject", "week0DateEdit", "week0_date", false,
            "2026/12/14", "2026-12-14", isEn ? "12/14/2026" : "2026/12/14", none);
        row(lang, "ISO", "subject", "week0DateEdit", "week0_date", false, "2026-12-14",
            "2026-12-14", isEn ? "12/14/2026" : "2026/12/14", none);
        row(lang, "8 digits", "subject", "week0DateEdit", "week0_date", false,
            isEn ? "12142026" : "20261214", "2026-12-14", isEn ? "12/14/2026" : "2026/12/14",
            none);
        row(lang, "8 digits", "consent", "dateEdit", "consent_date", false,
            isEn ? "03012024" : "20240301", "2024-03-01", isEn ? "3/1/2024" : "2024/3/1", none);
        row(lang, "select all and retype over a saved date", "subject-saved", "birthDateEdit",
            "birth_date", true, isEn ? "3/14/1985" : "1985/3/14", "1985-03-14",
            isEn ? "3/14/1985" : "1985/3/14", none);
        row(lang, "full-width digits", "subject", "birthDateEdit", "birth_date", false,
            QStringLiteral("１９８５／３／１４"), "1985-03-14", isEn ? "3/14/1985" : "1985/3/14",
            none);
        // Refused at the field, kept as typed.
        const QString noSuchDate = isEn ? QStringLiteral("2/30/2026") : QStringLiteral("2026/2/30");
        row(lang, "impossible date", "subject", "week0DateEdit", "week0_date", false,
            noSuchDate, "", noSuchDate,
            isEn ? QStringLiteral("There is no date 2/30/2026") : QStringLiteral("2026/2/30"));
        row(lang, "impossible date", "consent", "dateEdit", "consent_date", false, noSuchDate,
            "", noSuchDate,
            isEn ? QStringLiteral("There is no date") : QStringLiteral("不存在"));
        row(lang, "partial date", "subject", "birthDateEdit", "birth_date", false, "3/14", "",
            "3/14", isEn ? QStringLiteral("Incomplete date") : QStringLiteral("日期不完整"));
        row(lang, "partial date", "infusion", "dateEdit", "infusion_date", false, "6/3", "",
            "6/3", isEn ? QStringLiteral("Incomplete date") : QStringLiteral("日期不完整"));
        const QString twoDigits = isEn ? QStringLiteral("3/14/85") : QStringLiteral("85/3/14");
        row(lang, "two-digit year", "subject", "birthDateEdit", "birth_date", false, twoDigits,
            "", twoDigits, isEn ? QStringLiteral("four digits") : QStringLiteral("四位"));
        row(lang, "letters", "consent", "dateEdit", "consent_date", false, "March 1", "",
            "March 1", isEn ? QStringLiteral("is not a date") : QStringLiteral("不是日期"));
        row(lang, "7 digits", "consent", "dateEdit", "consent_date", false, "3012024", "",
            "3012024", isEn ? QStringLiteral("8 digits") : QStringLiteral("8 位数字"));
        row(lang, "retyped over a saved date as a partial date", "subject-saved",
            "birthDateEdit", "birth_date", true, "3/14", "", "3/14",
            isEn ? QStringLiteral("Incomplete date") : QStringLiteral("日期不完整"));
    }
    // Day and month the other way round from the language: refused, not guessed.
    row(en, "day first", "consent", "dateEdit", "consent_date", false, "14/3/2024", "",
        "14/3/2024", QStringLiteral("There is no date"));
    row(zh, "English order", "consent", "dateEdit", "consent_date", false, "3/14/1985", "",
        "3/14/1985", QStringLiteral("不是日期"));

    // ---- numbers --------------------------------------------------------------------------
    for (const QString &lang : {en, zh}) {
        const bool isEn = lang == en;
        row(lang, "spaces around", "infusion", "weightEdit", "weight_kg", false, " 62.5 ",
            "62.5", "62.5", none);
        row(lang, "shown at the field's precision", "infusion", "weightEdit", "weight_kg",
            false, "63", "63", "63.0", none);
        row(lang, "comma as decimal point", "infusion", "weightEdit", "weight_kg", false,
            "62,5", "", "62,5", isEn ? QStringLiteral("Use a point for decimals")
                                     : QStringLiteral("小数点"));
        row(lang, "minus zero", "infusion", "weightEdit", "weight_kg", false, "-0", "0", "0.0",
            none);
        row(lang, "minus zero", "infusion", "cellsEdit", "actual_cells", false, "-0", "0", "0",
            none);
        row(lang, "negative", "infusion", "weightEdit", "weight_kg", false, "-62.5", "",
            "-62.5", isEn ? QStringLiteral("negative") : QStringLiteral("负数"));
        row(lang, "exponent", "infusion", "weightEdit", "weight_kg", false, "1e3", "", "1e3",
            isEn ? QStringLiteral("\"e\" is not part of a number")
                 : QStringLiteral("“e”不是数字"));
        row(lang, "exponent", "infusion", "cellsEdit", "actual_cells", false, "1e8", "", "1e8",
            isEn ? QStringLiteral("\"e\"") : QStringLiteral("“e”"));
        row(lang, "letter O for zero", "infusion", "cellsEdit", "actual_cells", false,
            "12500000O", "", "12500000O",
            isEn ? QStringLiteral("\"O\" is not part of a number")
                 : QStringLiteral("“O”不是数字"));
        row(lang, "grouped on leaving", "infusion", "cellsEdit", "actual_cells", false,
            "125000000", "125000000", "125,000,000", none);
        row(lang, "typed grouped", "infusion", "cellsEdit", "actual_cells", false,
            "125,000,000", "125000000", "125,000,000", none);
        row(lang, "misgrouped", "infusion", "cellsEdit", "actual_cells", false, "12,50,00,000",
            "", "12,50,00,000", isEn ? QStringLiteral("three digits") : QStringLiteral("三位"));
        row(lang, "full-width digits", "infusion", "cellsEdit", "actual_cells", false,
            QStringLiteral("１２５０００００００"), "1250000000", "1,250,000,000", none);
        row(lang, "full-width comma", "infusion", "cellsEdit", "actual_cells", false,
            QStringLiteral("１２５，０００，０００"), "125000000", "125,000,000", none);
        row(lang, "full-width decimal", "infusion", "weightEdit", "weight_kg", false,
            QStringLiteral("６２．５"), "62.5", "62.5", none);
        row(lang, "ideographic full stop", "infusion", "weightEdit", "weight_kg", false,
            QStringLiteral("62。5"), "62.5", "62.5", none);
        row(lang, "decimals in a count", "infusion", "cellsEdit", "actual_cells", false,
            "12.5", "", "12.5", isEn ? QStringLiteral("whole number") : QStringLiteral("整数"));
        // Not rounded to the field's precision: read as typed, and the record's own rule
        // says whether it may be saved.
        row(lang, "more decimals than the field", "infusion", "weightEdit", "weight_kg", false,
            "63.55", "63.55", "63.55",
            isEn ? QStringLiteral("Enter the weight with at most one decimal.")
                 : QStringLiteral("体重最多保留一位小数"));
        row(lang, "two points", "infusion", "viabilityEdit", "viability_pct", false, "9.5.1",
            "", "9.5.1", isEn ? QStringLiteral("Enter a number") : QStringLiteral("请输入数字"));
        row(lang, "percent at precision", "infusion", "viabilityEdit", "viability_pct", false,
            "95", "95", "95.0", none);
        row(lang, "select all and retype over a saved weight", "infusion-saved", "weightEdit",
            "weight_kg", true, "64", "64", "64.0", none);
        row(lang, "select all and retype a letter over a saved count", "infusion-saved",
            "cellsEdit", "actual_cells", true, "12500000O", "", "12500000O",
            isEn ? QStringLiteral("\"O\"") : QStringLiteral("“O”"));
        row(lang, "BSA decimal", "eligibility", "bsaEdit", "bsa_pct", false, "12.5", "12.5",
            "12.50", none);
        row(lang, "BSA comma", "eligibility", "bsaEdit", "bsa_pct", false, "12,5", "", "12,5",
            isEn ? QStringLiteral("Use a point for decimals") : QStringLiteral("小数点"));
        row(lang, "BSA full-width", "eligibility", "bsaEdit", "bsa_pct", false,
            QStringLiteral("２２．４"), "22.4", "22.40", none);
    }

    // ---- times ----------------------------------------------------------------------------
    for (const QString &lang : {en, zh}) {
        const bool isEn = lang == en;
        row(lang, "four digits", "consent", "timeEdit", "consent_time", false, "0930", "09:30",
            "09:30", none);
        row(lang, "one-digit hour", "consent", "timeEdit", "consent_time", false, "9:30",
            "09:30", "09:30", none);
        row(lang, "hh:mm", "infusion", "startEdit", "start_time", false, "09:30", "09:30",
            "09:30", none);
        row(lang, "full-width", "infusion", "thawEdit", "thaw_time", false,
            QStringLiteral("０９：３０"), "09:30", "09:30", none);
        row(lang, "no such hour", "consent", "timeEdit", "consent_time", false, "25:00", "",
            "25:00", isEn ? QStringLiteral("There is no time 25:00")
                          : QStringLiteral("25:00"));
        row(lang, "one-digit minute", "infusion", "endEdit", "end_time", false, "9:3", "",
            "9:3", isEn ? QStringLiteral("hh:mm") : QStringLiteral("时:分"));
        row(lang, "letter", "consent", "timeEdit", "consent_time", false, "930x", "", "930x",
            isEn ? QStringLiteral("hh:mm") : QStringLiteral("时:分"));
        row(lang, "select all and retype over a saved time", "infusion-saved", "startEdit",
            "start_time", true, "1015", "10:15", "10:15", none);
    }
}

void TestTyping::typedIsReadOrRefused()
{
    QFETCH(QString, lang);
    QFETCH(QString, page);
    QFETCH(QString, field);
    QFETCH(QString, key);
    QFETCH(bool, retype);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QFETCH(QString, error);

    setLanguage(lang);
    CrfForm *form = openPage(page);
    auto *input = form->findChild<QLineEdit *>(field);
    QVERIFY2(input, qPrintable(field));
    QVERIFY(input->isEnabled());
    input->setFocus(Qt::TabFocusReason);
    QCOMPARE(focused(), input);
    if (retype) {
        QVERIFY(!input->text().isEmpty());  // a saved value is shown
        QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
    } else {
        QVERIFY(input->text().isEmpty());
    }
    typeInto(input, typed);
    QTest::keyClick(input, Qt::Key_Tab);

    QVERIFY2(focused() != input, "one Tab leaves the field");
    QCOMPARE(storedValue(input), stored);
    QCOMPARE(input->text(), shown);
    // Text the field cannot read is refused by the field; a value read may still break a
    // rule of the record.
    QCOMPARE(refusedText(input), stored.isEmpty());
    if (error.isEmpty())
        return;
    const QString message = form->shownError(key);
    QVERIFY2(message.contains(error), qPrintable(message));
    QVERIFY(!form->canSave());
    QVERIFY(!form->saveButton()->isEnabled());
    QVERIFY2(!form->statusText().contains(QStringLiteral("Ready to save")),
             qPrintable(form->statusText()));
    QVERIFY(form->errorFields().contains(key));
}

void TestTyping::typedDateIsSaved_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("saved");
    QTest::newRow("en") << "en" << "3/14/1985" << QDate(1985, 3, 14);
    QTest::newRow("zh_CN") << "zh_CN" << "1990/6/1" << QDate(1990, 6, 1);
}

void TestTyping::typedDateIsSaved()
{
    QFETCH(QString, lang);
    QFETCH(QString, typed);
    QFETCH(QDate, saved);
    setLanguage(lang);
    CrfForm *form = openPage(QStringLiteral("subject-saved"));
    auto *birth = form->findChild<OptionalDateEdit *>(QStringLiteral("birthDateEdit"));
    birth->setFocus(Qt::TabFocusReason);
    QTest::keyClick(birth, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(birth, typed);
    QTest::keyClick(birth, Qt::Key_Tab);
    QVERIFY2(form->canSave(), qPrintable(form->statusText()));
    ModalLog log;
    ModalAnswerer answerer(&log);
    QVERIFY(form->save());
    QCOMPARE(log.reasonsAsked.size(), 1);
    QCOMPARE(m_study->casebook(m_study->nurse).subject.birthDate,
             std::optional<QDate>(saved));
}

void TestTyping::dateMessageWaitsUntilTheFieldIsLeft()
{
    CrfForm *form = openPage(QStringLiteral("consent"));
    auto *date = form->findChild<OptionalDateEdit *>(QStringLiteral("dateEdit"));
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(date, "3/1");
    // Not yet a date: nothing to save, but no message while it is being typed.
    QVERIFY(date->hasInvalidText());
    QVERIFY(!form->canSave());
    QCOMPARE(form->shownError(QStringLiteral("consent_date")), QString());
    QTest::keyClick(date, Qt::Key_Tab);
    QVERIFY(form->shownError(QStringLiteral("consent_date"))
                .startsWith(QStringLiteral("Incomplete date")));
    // Back in the field: the message stays until the date is whole.
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClick(date, Qt::Key_End);
    QTest::keyClicks(date, "/2024");
    QCOMPARE(date->value(), std::optional<QDate>(QDate(2024, 3, 1)));
    QVERIFY(!form->shownError(QStringLiteral("consent_date")).startsWith(QStringLiteral("Incomplete")));
}

void TestTyping::ctrlDeleteEmptiesTheDate()
{
    CrfForm *form = openPage(QStringLiteral("subject-saved"));
    auto *birth = form->findChild<OptionalDateEdit *>(QStringLiteral("birthDateEdit"));
    QVERIFY(birth->isRecorded());
    birth->setFocus(Qt::TabFocusReason);
    QTest::keyClick(birth, Qt::Key_Delete, Qt::ControlModifier);
    QVERIFY(!birth->isRecorded());
    QVERIFY(!birth->hasInvalidText());
    QCOMPARE(birth->text(), QString());
    QCOMPARE(birth->placeholderText(), QStringLiteral("not recorded"));
    QCOMPARE(birth->value(), std::nullopt);
    // Erasing the text is the same.
    QTest::keyClicks(birth, "3/14/1985");
    QVERIFY(birth->isRecorded());
    QTest::keyClick(birth, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(birth, Qt::Key_Backspace);
    QVERIFY(!birth->isRecorded());
    QVERIFY(!birth->hasInvalidText());
}

void TestTyping::spaceAndCalendarFillTheDate()
{
    CrfForm *form = openPage(QStringLiteral("consent"));
    auto *date = form->findChild<OptionalDateEdit *>(QStringLiteral("dateEdit"));
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClick(date, Qt::Key_Space);
    QCOMPARE(date->value(), std::optional<QDate>(Study::today()));
    QTest::keyClick(date, Qt::Key_Delete, Qt::ControlModifier);
    // Alt+Down opens the calendar on today; arrows move, Enter picks.
    QTest::keyClick(date, Qt::Key_Down, Qt::AltModifier);
    QCalendarWidget *calendar = date->calendarWidget();
    QVERIFY(calendar);
    QCOMPARE(calendar->selectedDate(), Study::today());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!date->calendarWidget());
    QCOMPARE(date->value(), std::optional<QDate>(Study::today().addDays(-1)));
    QCOMPARE(focused(), date);
    // F4 opens it too; Esc closes only the calendar, the date stays.
    QTest::keyClick(date, Qt::Key_F4);
    QVERIFY(date->calendarWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!date->calendarWidget());
    QCOMPARE(date->value(), std::optional<QDate>(Study::today().addDays(-1)));
    QCOMPARE(focused(), date);
}

void TestTyping::languageChangeReformatsTheDate()
{
    CrfForm *form = openPage(QStringLiteral("consent"));
    auto *date = form->findChild<OptionalDateEdit *>(QStringLiteral("dateEdit"));
    auto *time = form->findChild<OptionalTimeEdit *>(QStringLiteral("timeEdit"));
    date->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(date, "3/4/2024");
    QTest::keyClick(date, Qt::Key_Tab);
    QCOMPARE(focused(), time);
    QTest::keyClicks(time, "3/4");  // not a time: kept as typed
    QTest::keyClick(time, Qt::Key_Tab);

    setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QCOMPARE(date->text(), QStringLiteral("2024/3/4"));
    QCOMPARE(date->value(), std::optional<QDate>(QDate(2024, 3, 4)));
    QCOMPARE(date->placeholderText(), QStringLiteral("未记录"));
    QCOMPARE(time->text(), QStringLiteral("3/4"));
    QVERIFY(!form->shownError(QStringLiteral("consent_time")).contains(QStringLiteral("Enter")));

    setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(date->text(), QStringLiteral("3/4/2024"));
    QCOMPARE(date->value(), std::optional<QDate>(QDate(2024, 3, 4)));

    // A saved page shown in the other language is not changed by it.
    CrfForm *saved = openPage(QStringLiteral("subject-saved"));
    auto *birth = saved->findChild<OptionalDateEdit *>(QStringLiteral("birthDateEdit"));
    const QString english = birth->text();
    setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QVERIFY(birth->text() != english);
    QCOMPARE(birth->text(), DisplayFormat::date(birth->value()));
    QVERIFY(!saved->isDirty());
}

void TestTyping::errorDatesInTheUiFormat_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("week0");  // 2024-05-20 as the message must show it
    QTest::newRow("en") << "en" << "5/20/2024";
    QTest::newRow("zh_CN") << "zh_CN" << "2024/5/20";
}

void TestTyping::errorDatesInTheUiFormat()
{
    QFETCH(QString, lang);
    QFETCH(QString, week0);
    setLanguage(lang);

    FieldError e{QStringLiteral("x"), QT_TRANSLATE_NOOP("Validation", "%1 on %2"),
                 {QStringLiteral("12"), QStringLiteral("2024-05-20")}};
    QCOMPARE(DisplayFormat::errorText(e), QStringLiteral("12 on ") + week0);
    QCOMPARE(e.text(), QStringLiteral("12 on 2024-05-20"));  // the model's text is unchanged

    // On a page: an infusion for a subject who withdrew is refused with the withdrawal date,
    // shown in the UI's format in the page's banner.
    Subject w = m_study->casebook(m_study->nurse).subject;
    w.id = 0;
    w.code = lang == QLatin1String("en") ? QStringLiteral("W-EN") : QStringLiteral("W-ZH");
    QVERIFY(m_study->store().saveSubject(m_study->nurse, w).ok());
    QVERIFY(fixtures::enrol(m_study->store(), w.id, m_study->physician).ok());
    const SaveResult r = m_study->store().withdrawSubject(m_study->nurse, w.id, QDate(2024, 5, 20),
                                                          QStringLiteral("Moved away"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    auto *form = new InfusionForm(m_study->store());
    form->setSession(m_study->nurse);
    form->setToday(Study::today());
    form->open(m_study->store().loadCasebook(m_study->nurse, w.id).value_or(Casebook{}),
               QStringLiteral("week2"));
    m_host = std::make_unique<Host>(form);
    const auto *banner = form->findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QVERIFY2(banner->text().contains(week0), qPrintable(banner->text()));
    QVERIFY2(!banner->text().contains(QStringLiteral("2024-05-20")), qPrintable(banner->text()));
}

void TestTyping::escapeClosesFromEveryField_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("subject") << "subject";
    QTest::newRow("consent") << "consent";
    QTest::newRow("infusion") << "infusion";
    QTest::newRow("eligibility") << "eligibility";
}

void TestTyping::escapeClosesFromEveryField()
{
    QFETCH(QString, page);
    CrfForm *form = openPage(page);
    QSignalSpy closes(m_escape, &QAction::triggered);
    int fields = 0;
    const QList<QWidget *> widgets = form->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled() || !w->isVisibleTo(form)
            || w->focusProxy() || w == form->saveButton())
            continue;
        w->setFocus(Qt::TabFocusReason);
        if (focused() != w)
            continue;
        ++fields;
        const int before = int(closes.count());
        QTest::keyClick(w, Qt::Key_Escape);
        QVERIFY2(closes.count() == before + 1,
                 qPrintable(w->objectName() + QLatin1Char(' ')
                            + QString::fromLatin1(w->metaObject()->className())));
    }
    QVERIFY(fields > 3);

    // With the calendar open, the first Esc closes the calendar, the next one the page.
    if (auto *date = form->findChild<OptionalDateEdit *>()) {
        date->setFocus(Qt::TabFocusReason);
        QTest::keyClick(date, Qt::Key_F4);
        QVERIFY(date->calendarWidget());
        const int before = int(closes.count());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!date->calendarWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(int(closes.count()), before + 1);
    }
    // With a list open, Esc closes the list and reaches the page.
    for (QComboBox *combo : form->findChildren<QComboBox *>()) {
        if (!combo->isEnabled() || !combo->isVisibleTo(form))
            continue;
        combo->setFocus(Qt::TabFocusReason);
        combo->showPopup();
        QVERIFY(combo->view()->isVisible());
        const int before = int(closes.count());
        QTest::keyClick(combo->view(), Qt::Key_Escape);
        QVERIFY(!combo->view()->isVisible());
        // Qt may pass that Esc on to the page as well; if not, the next one reaches it.
        if (closes.count() == before)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(int(closes.count()), before + 1);
        break;
    }
}

QTEST_MAIN(TestTyping)
#include "tst_typing.moc"
