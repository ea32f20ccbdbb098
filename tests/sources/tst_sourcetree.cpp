// SPDX-License-Identifier: Apache-2.0
// Rules of the source tree itself, read from the files: every colour of forms/ and app/ comes
// from the palette (forms/palette.*), no code, comment, build file or script cites an issue
// number a reader of the repository cannot look up, and no file of forms/ or app/ runs past
// 500 lines.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

QString root()
{
    return QStringLiteral(TRIALCRF_SOURCE_DIR);
}

/// Every file under `folders` (relative to the source root) whose name matches `patterns`,
/// as a path relative to the root.
QStringList files(const QStringList &folders, const QStringList &patterns)
{
    QStringList out;
    for (const QString &folder : folders) {
        QDirIterator it(root() + QLatin1Char('/') + folder, patterns, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next().mid(root().size() + 1);
    }
    out.sort();
    return out;
}

/// "path:line: text" of each line of `path` that matches `re`.
QStringList matchingLines(const QString &path, const QRegularExpression &re)
{
    QFile f(root() + QLatin1Char('/') + path);
    if (!f.open(QIODevice::ReadOnly))
        return {path + QStringLiteral(": cannot be read")};
    QStringList out;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (re.match(lines.at(i)).hasMatch())
            out << QStringLiteral("%1:%2: %3").arg(path).arg(i + 1).arg(lines.at(i).trimmed());
    }
    return out;
}

}  // namespace

class TestSourceTree : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coloursComeFromThePalette_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("literal");
        QTest::newRow("a QColor made from numbers") << "p.setPen(QColor(0x20, 0x24, 0x2a));"
                                                    << true;
        QTest::newRow("an aggregate QColor") << "QColor marker{0x1f, 0x5f, 0xbf};" << true;
        QTest::newRow("a named QColor") << "const QColor muted(0x5f, 0x66, 0x70);" << true;
        QTest::newRow("a hex colour in a style sheet") << "\"background: #fff4ce;\"" << true;
        QTest::newRow("a colour property") << "\"QLabel { color: black; }\"" << true;
        QTest::newRow("a global colour") << "option->palette.setColor(QPalette::Text, Qt::black);"
                                         << true;
        QTest::newRow("a palette role") << "Palette::textStyle(Palette::error())" << false;
        QTest::newRow("a colour variable") << "const QColor background = Palette::demo();"
                                           << false;
        QTest::newRow("the system palette") << "palette().color(QPalette::Disabled, QPalette::Text)"
                                            << false;
    }
    void coloursComeFromThePalette()
    {
        QFETCH(QString, line);
        QFETCH(bool, literal);
        QCOMPARE(colourLiteral().match(line).hasMatch(), literal);

        QStringList found;
        for (const QString &path : files({QStringLiteral("forms"), QStringLiteral("app")},
                                         {QStringLiteral("*.cpp"), QStringLiteral("*.h"),
                                          QStringLiteral("*.ui")})) {
            if (path.startsWith(QLatin1String("forms/palette.")))
                continue;
            found << matchingLines(path, colourLiteral());
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void noIssueNumbers_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("cites");
        // The samples the check must catch are put together here, so that this file does not
        // itself read as citing an issue.
        QTest::newRow("issue and number")
            << QStringLiteral("// What issue %1 adds to the window").arg(6) << true;
        QTest::newRow("issues and numbers")
            << QStringLiteral("# Issues %1 and %2 in the main window").arg(5).arg(3) << true;
        QTest::newRow("a hash number") << QStringLiteral("// see #%1").arg(12) << true;
        QTest::newRow("a milestone") << QStringLiteral("// done in M%1").arg(1) << true;
        QTest::newRow("a colour") << "\"color: #b3261e;\"" << false;
        QTest::newRow("a number sign in words") << "// the number of issues found" << false;
    }
    void noIssueNumbers()
    {
        QFETCH(QString, line);
        QFETCH(bool, cites);
        QCOMPARE(issueNumber().match(line).hasMatch(), cites);

        QStringList found;
        const QStringList sources = files(
            {QStringLiteral("model"), QStringLiteral("forms"), QStringLiteral("app"),
             QStringLiteral("tests"), QStringLiteral("scripts"), QStringLiteral("translations")},
            {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui"),
             QStringLiteral("*.cmake"), QStringLiteral("CMakeLists.txt"), QStringLiteral("*.sh"),
             QStringLiteral("run"), QStringLiteral("test")});
        for (const QString &path : sources + QStringList{QStringLiteral("CMakeLists.txt")}) {
            if (path == QLatin1String("tests/sources/tst_sourcetree.cpp"))
                continue;  // its own examples
            found << matchingLines(path, issueNumber());
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void formsAndAppFilesFitOnAFewScreens()
    {
        QStringList tooLong;
        for (const QString &path : files({QStringLiteral("forms"), QStringLiteral("app")},
                                         {QStringLiteral("*.cpp"), QStringLiteral("*.h")})) {
            QFile f(root() + QLatin1Char('/') + path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const qsizetype lines = f.readAll().count('\n');
            if (lines > kMaxLines)
                tooLong << QStringLiteral("%1: %2 lines").arg(path).arg(lines);
        }
        QVERIFY2(tooLong.isEmpty(), qPrintable(tooLong.join(QLatin1Char('\n'))));
    }

private:
    /// The most lines of one production file: past it, the file holds more than one job.
    static constexpr qsizetype kMaxLines = 500;

    static QRegularExpression colourLiteral()
    {
        return QRegularExpression(QStringLiteral(
            R"(QColor\s*\(\s*0x|QColor\s+\w+\s*[({]\s*0x|QColor\s*\{|#[0-9a-fA-F]{6}\b|)"
            R"(\bcolor\s*:|Qt::(red|green|blue|darkRed|darkGreen|darkBlue|yellow|darkYellow|)"
            R"(black|white|gray|darkGray|lightGray|cyan|magenta)\b)"));
    }
    static QRegularExpression issueNumber()
    {
        return QRegularExpression(QStringLiteral(
            R"(\b[Ii]ssues? +[0-9]+|(^|[^&\w])#[0-9]{1,4}\b(?![0-9a-fA-F])|\bM[0-9]\b)"));
    }
};

QTEST_GUILESS_MAIN(TestSourceTree)
#include "tst_sourcetree.moc"
