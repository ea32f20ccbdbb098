// SPDX-License-Identifier: Apache-2.0
// Every label, button, check box and radio button of every screen shows its whole text in
// both languages at the window's default size, and every window fits the screen: run at QT_SCALE_FACTOR 1, 1.25 and 1.5 (three
// CTest entries), on a 1920×1080 offscreen screen, in Noto Sans CJK (fonts-noto-cjk), both
// when the screen is built in a language and when it switches to it while open.
#include "chartwidget.h"
#include "demostudy.h"
#include "labelfit.h"
#include "languagemanager.h"
#include "screencatalog.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QScreen>
#include <QTest>

using namespace trialcrf;
using namespace trialcrf::i18ntest;

class TestLabelFit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void clippedTextIsFound();
    void elidedChartTextIsFound();
    void textsFit_data();
    void textsFit();
    void windowsFitTheScreen_data();
    void windowsFitTheScreen();

private:
    QStringList problems(const QString &screen, QWidget *window, const QString &when) const;

    LanguageManager m_language;
    DemoStudy m_study;
    std::unique_ptr<ScreenCatalog> m_screens;
};

void TestLabelFit::initTestCase()
{
    const QString family = QStringLiteral("Noto Sans CJK SC");
    QVERIFY2(QFontDatabase::families().contains(family),
             "Noto Sans CJK SC is missing: install fonts-noto-cjk (scripts/deps.sh does)");
    QApplication::setFont(QFont(family, 10));
    qInfo("scale factor %s, screen %d×%d (logical), font %s %d pt",
          qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qPrintable(qEnvironmentVariable("QT_SCALE_FACTOR"))
                                                       : "1",
          QGuiApplication::primaryScreen()->availableGeometry().width(),
          QGuiApplication::primaryScreen()->availableGeometry().height(), qPrintable(family), 10);
    QString error;
    QVERIFY2(m_study.create(&error), qPrintable(error));
    m_screens = std::make_unique<ScreenCatalog>(m_study, m_language);
}

void TestLabelFit::cleanup()
{
    m_screens->close();
    m_language.setLanguage(QStringLiteral("en"), false);
}

void TestLabelFit::clippedTextIsFound()
{
    // The measure itself: a label squeezed below its text's width is reported, the same label
    // with room is not.
    QWidget window;
    window.setObjectName(QStringLiteral("window"));
    auto *label = new QLabel(QStringLiteral("入组资格评估 — eligibility assessment"), &window);
    label->setObjectName(QStringLiteral("squeezed"));
    label->setGeometry(0, 0, 40, 30);
    window.resize(400, 100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList squeezed = LabelFit::problems(&window);
    QCOMPARE(squeezed.size(), 1);
    QVERIFY2(squeezed.first().startsWith(QLatin1String("QLabel#squeezed")),
             qPrintable(squeezed.first()));
    label->setGeometry(0, 0, 390, 30);
    QCOMPARE(LabelFit::problems(&window), QStringList());
    QCOMPARE(LabelFit::lastMeasured(), 1);
}

void TestLabelFit::elidedChartTextIsFound()
{
    // A chart too narrow for its title cuts it with "…": reported; at its usual size it is not.
    QWidget window;
    auto *chart = new ChartWidget(ChartWidget::Kind::Trajectory, &window);
    chart->setObjectName(QStringLiteral("chart"));
    chart->setGeometry(0, 0, 90, 150);
    window.resize(700, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList narrow = LabelFit::problems(&window);
    QVERIFY2(!narrow.isEmpty(), "nothing elided in a 90 px wide chart");
    QVERIFY2(narrow.first().startsWith(QLatin1String("trialcrf::ChartWidget#chart paints")),
             qPrintable(narrow.first()));
    chart->setGeometry(0, 0, 640, 360);
    QCOMPARE(LabelFit::problems(&window), QStringList());
}

QStringList TestLabelFit::problems(const QString &screen, QWidget *window,
                                   const QString &when) const
{
    QStringList out;
    for (const QString &p : LabelFit::problems(window))
        out << QStringLiteral("%1, %2: %3").arg(screen, when, p);
    if (LabelFit::lastMeasured() < 2)
        out << QStringLiteral("%1, %2: only %3 texts measured")
                   .arg(screen, when)
                   .arg(LabelFit::lastMeasured());
    return out;
}

void TestLabelFit::textsFit_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QString>("language");
    for (const QString &screen : ScreenCatalog::names()) {
        QTest::addRow("%s, English", qPrintable(screen)) << screen << "en";
        QTest::addRow("%s, Chinese", qPrintable(screen)) << screen << "zh_CN";
    }
}

void TestLabelFit::textsFit()
{
    QFETCH(QString, screen);
    QFETCH(QString, language);
    const QString other = language == QLatin1String("en") ? QStringLiteral("zh_CN")
                                                          : QStringLiteral("en");
    QString error;
    QStringList found;

    // Switched to the language while open, where a person can do that: layouts must follow
    // the new texts.
    if (ScreenCatalog::languageSwitchable(screen)) {
        QVERIFY(m_language.setLanguage(other, false));
        QWidget *window = m_screens->open(screen, &error);
        QVERIFY2(window, qPrintable(error));
        QVERIFY(m_language.setLanguage(language, false));
        ScreenCatalog::settle();
        found << problems(screen, window, QStringLiteral("switched to ") + language);
    }

    // Built in the language.
    QVERIFY(m_language.setLanguage(language, false));
    QWidget *window = m_screens->open(screen, &error);
    QVERIFY2(window, qPrintable(error));
    found << problems(screen, window, QStringLiteral("built in ") + language);

    QVERIFY2(found.isEmpty(), qPrintable(QLatin1Char('\n') + found.join(QLatin1Char('\n'))));
}

void TestLabelFit::windowsFitTheScreen_data()
{
    textsFit_data();
}

void TestLabelFit::windowsFitTheScreen()
{
    // At its default size a window is on the screen: its layout's minimum size does not push
    // part of it (and the texts there) off the screen.
    QFETCH(QString, screen);
    QFETCH(QString, language);
    QVERIFY(m_language.setLanguage(language, false));
    QString error;
    QWidget *window = m_screens->open(screen, &error);
    QVERIFY2(window, qPrintable(error));
    const QString problem = LabelFit::windowProblem(window);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_MAIN(TestLabelFit)
#include "tst_label_fit.moc"
