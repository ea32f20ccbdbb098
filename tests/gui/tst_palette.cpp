// SPDX-License-Identifier: Apache-2.0
// The palette gives the style sheets the screens had when each widget named its own colours:
// the same text, so the screens look the same (the two error reds are one now).
#include "palette.h"

#include <QTest>

using namespace trialcrf;

class TestPalette : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void styleSheets_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("expected");
        QTest::newRow("error") << Palette::errorStyle() << "color: #b3261e;";
        QTest::newRow("notice") << Palette::noticeStyle() << "color: #7a4f00;";
        QTest::newRow("bold error") << Palette::textStyle(Palette::error(), true)
                                    << "color: #b3261e; font-weight: bold;";
        QTest::newRow("ok") << Palette::textStyle(Palette::ok()) << "color: #1b5e20;";
        QTest::newRow("note") << Palette::textStyle(Palette::note()) << "color: #5f6368;";
        QTest::newRow("warning") << Palette::textStyle(Palette::warning()) << "color: #8a5300;";
        QTest::newRow("read-only banner")
            << Palette::bannerStyle(6)
            << "QLabel { background: #fff4ce; color: #3d3000; border: 1px solid #e0c060; "
               "padding: 6px; }";
        QTest::newRow("incomplete banner")
            << Palette::bannerStyle(4, Palette::stateBackground(QStringLiteral("incomplete")))
            << "QLabel { background: #fce8b2; color: #3d3000; border: 1px solid #e0c060; "
               "padding: 4px; }";
        QTest::newRow("demo banner")
            << Palette::onLightStyle(Palette::demo(), QStringLiteral("6px"), true)
            << "background: #ffd84d; color: #000000; font-weight: bold; padding: 6px;";
        QTest::newRow("demo accounts")
            << Palette::onLightStyle(Palette::highlight(), QStringLiteral("6px"))
            << "background: #fff2a8; color: #000000; padding: 6px;";
    }
    void styleSheets()
    {
        QFETCH(QString, style);
        QFETCH(QString, expected);
        QCOMPARE(style, expected);
    }

    void stateBackgrounds_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("colour");
        QTest::newRow("overdue") << "overdue" << "#f4c7c3";
        QTest::newRow("changed since signed") << "changed_since_signed" << "#f4c7c3";
        QTest::newRow("out of window") << "out_of_window" << "#fcdcb0";
        QTest::newRow("due") << "due" << "#fff2a8";
        QTest::newRow("done") << "done" << "#cdeccf";
        QTest::newRow("approved") << "approved" << "#cdeccf";
        QTest::newRow("reviewed") << "reviewed" << "#d6e4f7";
        QTest::newRow("incomplete") << "incomplete" << "#fce8b2";
        QTest::newRow("not yet due: plain") << "not_yet_due" << "";
        QTest::newRow("unknown: plain") << "whatever" << "";
    }
    void stateBackgrounds()
    {
        QFETCH(QString, code);
        QFETCH(QString, colour);
        const QColor c = Palette::stateBackground(code);
        QCOMPARE(c.isValid() ? c.name() : QString(), colour);
    }
};

QTEST_GUILESS_MAIN(TestPalette)
#include "tst_palette.moc"
