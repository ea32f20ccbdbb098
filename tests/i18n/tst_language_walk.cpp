// SPDX-License-Identifier: Apache-2.0
// Opens every screen of the app on a demo study, switches the language while it is open and
// reads every visible text (labels, buttons, titles, tabs, headers, cells, placeholders,
// tooltips, combo box items, menus): in Chinese no English may remain, in English no Chinese,
// and switching back must give exactly the texts the screen started with.
#include "demostudy.h"
#include "itemmodels/itemroles.h"
#include "itemmodels/subjectlistmodel.h"
#include "itemmodels/visittimelinemodel.h"
#include "languagemanager.h"
#include "screencatalog.h"
#include "visibletexts.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QRegularExpression>
#include <QTest>

using namespace trialcrf;
using namespace trialcrf::i18ntest;

class TestLanguageWalk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void englishWordsAreFound_data();
    void englishWordsAreFound();
    void chineseIsFound_data();
    void chineseIsFound();

    void screenSpeaksOneLanguage_data();
    void screenSpeaksOneLanguage();

    void datesFollowTheLanguage_data();
    void datesFollowTheLanguage();

private:
    QStringList problems(QWidget *window, const QString &language, const QString &when,
                         QList<VisibleTexts::Text> *texts = nullptr) const;
    void switchTo(const QString &language);

    LanguageManager m_language;
    DemoStudy m_study;
    std::unique_ptr<ScreenCatalog> m_screens;
};

void TestLanguageWalk::initTestCase()
{
    QString error;
    QVERIFY2(m_study.create(&error), qPrintable(error));
    m_screens = std::make_unique<ScreenCatalog>(m_study, m_language);
}

void TestLanguageWalk::cleanup()
{
    m_screens->close();
    m_language.setLanguage(QStringLiteral("en"), false);
}

void TestLanguageWalk::switchTo(const QString &language)
{
    QVERIFY2(m_language.setLanguage(language, false), qPrintable(language));
    ScreenCatalog::settle();
}

// ---- the checks themselves --------------------------------------------------------------------

void TestLanguageWalk::englishWordsAreFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("data");
    QTest::addColumn<QStringList>("english");
    const QStringList none;
    QTest::newRow("untranslated label") << "&Weight (kg):" << none << QStringList{"Weight"};
    QTest::newRow("translated label with its unit") << "体重 (kg)(&W)：" << none << none;
    QTest::newRow("scale and index abbreviations")
        << "焦虑自评量表 (SAS)、PASI、BSA、CTCAE v5.0、UCMSCs" << none << none;
    QTest::newRow("criterion codes") << "INC1 — 中重度；EXC5-platelets；NCT03745417" << none
                                     << none;
    QTest::newRow("units") << "mmol/L · g/L · ×10^9/L · mmHg · 次/min · °C" << none << none;
    QTest::newRow("example left in English") << "e.g. 63.5" << none << QStringList{"e.g."};
    QTest::newRow("one word left in a Chinese sentence")
        << "请选择 visit 日期" << none << QStringList{"visit"};
    QTest::newRow("data is not interface")
        << "受试者 S012 (ZXM)，不良事件：Headache" << QStringList{"Headache", "S012", "ZXM"}
        << none;
    QTest::newRow("data only as a whole word")
        << "DATA" << QStringList{"AT"} << QStringList{"DATA"};
    QTest::newRow("single letters are not words") << "Y 或 1：是 · N 或 0：否" << none << none;
}

void TestLanguageWalk::englishWordsAreFound()
{
    QFETCH(QString, text);
    QFETCH(QStringList, data);
    QFETCH(QStringList, english);
    QCOMPARE(VisibleTexts::englishWords(text, data), english);
}

void TestLanguageWalk::chineseIsFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("chinese");
    QTest::newRow("English label") << "&Weight (kg):" << "";
    QTest::newRow("Chinese label") << "体重(&W)：" << "体重：";
    QTest::newRow("full-width punctuation left behind") << "Weight（kg）" << "（）";
    QTest::newRow("the language menu names Chinese in Chinese") << "中文" << "";
}

void TestLanguageWalk::chineseIsFound()
{
    QFETCH(QString, text);
    QFETCH(QString, chinese);
    QCOMPARE(VisibleTexts::chineseCharacters(text, {}), chinese);
}

// ---- every screen -----------------------------------------------------------------------------

QStringList TestLanguageWalk::problems(QWidget *window, const QString &language,
                                       const QString &when, QList<VisibleTexts::Text> *texts) const
{
    const QList<VisibleTexts::Text> found =
        VisibleTexts::collect(window, ScreenCatalog::storedDataViews());
    if (texts)
        *texts = found;
    QStringList out;
    if (found.size() < 3)
        out << QStringLiteral("%1: only %2 texts found").arg(when).arg(found.size());
    const QStringList data = m_study.dataTexts();
    for (const VisibleTexts::Text &t : found) {
        if (language == QLatin1String("zh_CN")) {
            const QStringList english = VisibleTexts::englishWords(t.text, data);
            if (!english.isEmpty())
                out << QStringLiteral("%1: %2 \"%3\": English %4")
                           .arg(when, t.where, t.text, english.join(QStringLiteral(", ")));
        } else {
            const QString chinese = VisibleTexts::chineseCharacters(t.text, data);
            if (!chinese.isEmpty())
                out << QStringLiteral("%1: %2 \"%3\": Chinese %4")
                           .arg(when, t.where, t.text, chinese);
        }
    }
    return out;
}

void TestLanguageWalk::screenSpeaksOneLanguage_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("builtIn");
    QTest::addColumn<QString>("switchedTo");
    for (const QString &screen : ScreenCatalog::names()) {
        QTest::addRow("%s, built in English, to Chinese and back", qPrintable(screen))
            << screen << "en" << "zh_CN";
        QTest::addRow("%s, built in Chinese, to English and back", qPrintable(screen))
            << screen << "zh_CN" << "en";
    }
}

void TestLanguageWalk::screenSpeaksOneLanguage()
{
    QFETCH(QString, screen);
    QFETCH(QString, builtIn);
    QFETCH(QString, switchedTo);
    switchTo(builtIn);
    QString error;
    QWidget *window = m_screens->open(screen, &error);
    QVERIFY2(window, qPrintable(error));

    QList<VisibleTexts::Text> before, after;
    QStringList found = problems(window, builtIn, QStringLiteral("as built in ") + builtIn, &before);
    switchTo(switchedTo);
    found << problems(window, switchedTo, QStringLiteral("switched to ") + switchedTo);
    switchTo(builtIn);
    found << problems(window, builtIn, QStringLiteral("back in ") + builtIn, &after);

    // Nothing left behind: the round trip shows exactly what the screen showed first.
    // Digits as "#": a clock on the screen (the signature dialog's) may tick meanwhile.
    auto lines = [](const QList<VisibleTexts::Text> &texts) {
        static const QRegularExpression digits(QStringLiteral("\\d+"));
        QStringList l;
        for (const VisibleTexts::Text &t : texts)
            l << QStringLiteral("%1 \"%2\"")
                     .arg(t.where, QString(t.text).replace(digits, QStringLiteral("#")));
        return l;
    };
    QStringList gone = lines(before);
    QStringList added = lines(after);
    for (const QString &line : lines(after)) {
        if (gone.removeOne(line))
            added.removeOne(line);
    }
    for (const QString &line : std::as_const(gone))
        found << QStringLiteral("round trip: before, not after: ") + line;
    for (const QString &line : std::as_const(added))
        found << QStringLiteral("round trip: after, not before: ") + line;

    QVERIFY2(found.isEmpty(), qPrintable(QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
}

// ---- dates ------------------------------------------------------------------------------------

void TestLanguageWalk::datesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<int>("column");
    QTest::newRow("subject list, next visit date")
        << "subjectTable" << int(SubjectListModel::NextVisitDate);
    QTest::newRow("casebook timeline, target date")
        << "visitTimeline" << int(VisitTimelineModel::TargetDate);
}

void TestLanguageWalk::datesFollowTheLanguage()
{
    // A date shown in a list is stored as ISO and shown in the language's own format: switching
    // the language while the casebook is open changes the format at once, and back again.
    QFETCH(QString, view);
    QFETCH(int, column);
    switchTo(QStringLiteral("en"));
    QString error;
    QWidget *window = m_screens->open(QStringLiteral("casebook"), &error);
    QVERIFY2(window, qPrintable(error));
    auto *itemView = window->findChild<QAbstractItemView *>(view);
    QVERIFY2(itemView && itemView->model(), qPrintable(view));
    const QAbstractItemModel *model = itemView->model();
    int row = 0;
    while (row < model->rowCount()
           && model->index(row, column).data(ItemRoles::RawValue).toString().isEmpty())
        ++row;
    QVERIFY2(row < model->rowCount(), "no row with a date");
    const QModelIndex index = model->index(row, column);
    const QDate date = QDate::fromString(index.data(ItemRoles::RawValue).toString(), Qt::ISODate);
    QVERIFY(date.isValid());
    // The formats spelt out here, not taken from the code under test: month/day/year with the
    // century in English (United States), year/month/day in Chinese (China).
    const QString english =
        QStringLiteral("%1/%2/%3").arg(date.month()).arg(date.day()).arg(date.year());
    const QString chinese =
        QStringLiteral("%1/%2/%3").arg(date.year()).arg(date.month()).arg(date.day());
    QCOMPARE(index.data().toString(), english);
    switchTo(QStringLiteral("zh_CN"));
    QCOMPARE(model->index(row, column).data().toString(), chinese);
    switchTo(QStringLiteral("en"));
    QCOMPARE(model->index(row, column).data().toString(), english);
}

QTEST_MAIN(TestLanguageWalk)
#include "tst_language_walk.moc"
