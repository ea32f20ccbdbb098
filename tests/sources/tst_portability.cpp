// SPDX-License-Identifier: Apache-2.0
// The site's PCs may run Windows: no POSIX-only header or call in model/, forms/ or app/
// outside the one file that guards them (app/cli/passwordprompt.cpp, the terminal, with a
// Windows branch). Each rule is shown to find what it looks for (a line that must match), so
// a pattern that matches nothing cannot pass silently.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kGuardedFile = QStringLiteral("app/cli/passwordprompt.cpp");

/// POSIX-only headers and calls, as they would appear in C++ source.
const QRegularExpression &posixOnly()
{
    static const QRegularExpression re(QStringLiteral(
        R"(#\s*include\s*<(unistd|fcntl|termios|pwd|grp|dlfcn|poll|signal|sys/[a-z_]+|arpa/[a-z_]+|netinet/[a-z_]+)\.h>)"
        R"(|\b(fork|execv|execvp|waitpid|setsid|getpid|getuid|geteuid|isatty|tcsetattr|tcgetattr|fcntl|mmap|fsync|symlink|realpath)\s*\()"));
    return re;
}

QStringList sourceFiles(const QString &root)
{
    QStringList files;
    for (const char *area : {"model", "forms", "app"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(area),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next().mid(root.size() + 1);
    }
    files.sort();
    return files;
}

}  // namespace

class TestPortability : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void patternFindsWhatItLooksFor_data();
    void patternFindsWhatItLooksFor();
    void noPosixCallOutsideTheGuardedFile();
    void guardedFileHasAWindowsBranch();
};

void TestPortability::patternFindsWhatItLooksFor_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("posix");
    QTest::newRow("unistd.h") << QStringLiteral("#include <unistd.h>") << true;
    QTest::newRow("sys/stat.h") << QStringLiteral("#  include <sys/stat.h>") << true;
    QTest::newRow("fcntl.h") << QStringLiteral("#include <fcntl.h>") << true;
    QTest::newRow("fork()") << QStringLiteral("    const pid_t p = fork();") << true;
    QTest::newRow("::isatty()") << QStringLiteral("if (::isatty(2))") << true;
    QTest::newRow("getpid()") << QStringLiteral(".arg(::getpid())") << true;
    QTest::newRow("Qt's pid") << QStringLiteral(".arg(QCoreApplication::applicationPid())") << false;
    QTest::newRow("cstdio") << QStringLiteral("#include <cstdio>") << false;
    QTest::newRow("a word in a comment") << QStringLiteral("// fork the list, then") << false;
    QTest::newRow("QFile::rename") << QStringLiteral("QFile::rename(a, b)") << false;
}

void TestPortability::patternFindsWhatItLooksFor()
{
    QFETCH(QString, line);
    QFETCH(bool, posix);
    QCOMPARE(posixOnly().match(line).hasMatch(), posix);
}

void TestPortability::noPosixCallOutsideTheGuardedFile()
{
    const QString root = QStringLiteral(TRIALCRF_SOURCE_DIR);
    const QStringList files = sourceFiles(root);
    QVERIFY(files.contains(kGuardedFile));
    QVERIFY(files.size() > 100);
    QStringList found;
    for (const QString &path : files) {
        if (path == kGuardedFile)
            continue;
        QFile file(root + QLatin1Char('/') + path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++number;
            if (posixOnly().match(line).hasMatch())
                found << QStringLiteral("%1:%2: %3").arg(path).arg(number).arg(line.trimmed());
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestPortability::guardedFileHasAWindowsBranch()
{
    QFile file(QStringLiteral(TRIALCRF_SOURCE_DIR) + QLatin1Char('/') + kGuardedFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype windows = text.indexOf(QLatin1String("#if defined(Q_OS_WIN)"));
    const qsizetype posix = text.indexOf(QLatin1String("#include <unistd.h>"));
    QVERIFY(windows >= 0);
    QVERIFY(text.indexOf(QLatin1String("#else"), windows) < posix);
}

QTEST_GUILESS_MAIN(TestPortability)
#include "tst_portability.moc"
