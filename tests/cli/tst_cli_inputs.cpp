// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli import of malformed input in bounded memory: a very wide row, a huge field and
// many long rows, each imported under an address-space limit (prlimit --as), refused at
// FILE:LINE:COLUMN instead of ending in std::bad_alloc.
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {

const QString kPassword = QStringLiteral("Import-pass-2024-ok");
/// The bound docs/exchange.md states: an import runs within this much address space.
constexpr qint64 kAddressSpace = 256LL * 1024 * 1024;

struct Run {
    int code = -1;
    QString out, err;
};

Run cli(const QStringList &args, const QString &prlimit = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("TRIALCRF_PASSWORD"), kPassword);
    p.setProcessEnvironment(e);
    p.setChildProcessModifier([] { ::setsid(); });
    if (prlimit.isEmpty()) {
        p.start(QStringLiteral(TRIALCRF_CLI), args);
    } else {
        p.start(prlimit, QStringList{QStringLiteral("--as=%1").arg(kAddressSpace),
                                     QStringLiteral(TRIALCRF_CLI)} + args);
    }
    p.waitForFinished(-1);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

}  // namespace

class TestCliInputs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void malformedFileStaysInBoundedMemory_data();
    void malformedFileStaysInBoundedMemory();

private:
    QTemporaryDir m_dir;
    QString m_db, m_prlimit;
};

void TestCliInputs::initTestCase()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("an address-space limit does not fit AddressSanitizer's shadow memory");
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    QSKIP("an address-space limit does not fit AddressSanitizer's shadow memory");
#endif
#endif
    m_prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
    if (m_prlimit.isEmpty())
        QSKIP("prlimit (util-linux) is not installed");
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("study.db"));
    const Run init = cli({QStringLiteral("init"), QStringLiteral("--db"), m_db,
                          QStringLiteral("--admin"), QStringLiteral("dm")});
    QVERIFY2(init.code == 0, qPrintable(init.err));
}

void TestCliInputs::malformedFileStaysInBoundedMemory_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("expected");  // the first line of the errors
    // 1.5 million fields in one row, 20 rows (60 MB): 1.6 GB before the column limit.
    QByteArray wide;
    for (int i = 0; i < 1500000; ++i)
        wide += "x,";
    wide += "x\n";
    QTest::newRow("wide rows") << wide << 20
                               << QStringLiteral("subjects.csv:2:512: The row has more than 256 "
                                                 "fields, the most a row may have.");
    // 25 rows of one 4 MB field (100 MB).
    QTest::newRow("huge fields") << (QByteArray(4 * 1024 * 1024 - 100, 'y') + '\n') << 25
                                 << QStringLiteral("subjects.csv:2:1: The field starting here "
                                                   "is longer than 64 KiB");
    // 150 rows of 16 fields of 60,000 characters, each row within the limits (144 MB): only
    // the read-ahead's byte bound keeps them from being parsed ahead all at once.
    QByteArray longRow;
    for (int i = 0; i < 16; ++i)
        longRow += QByteArray(60000, 'z') + ',';
    longRow += "a,b,c,d,e,f,g\n";
    QTest::newRow("many long rows") << longRow << 150
                                    << QStringLiteral("subjects.csv:2:9: The row has 23 fields "
                                                      "but the header has 8");
}

void TestCliInputs::malformedFileStaysInBoundedMemory()
{
    QFETCH(QByteArray, row);
    QFETCH(int, rows);
    QFETCH(QString, expected);
    const QString folder = m_dir.filePath(QStringLiteral("in"));
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    {
        QFile f(QDir(folder).filePath(QStringLiteral("subjects.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("subject_code,initials,sex,birth_date,week0_date,status,withdrawal_date,"
                "withdrawal_reason\n");
        for (int i = 0; i < rows; ++i)
            QCOMPARE(f.write(row), row.size());
    }
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--user"), QStringLiteral("dm"), folder},
                      m_prlimit);
    QDir(folder).removeRecursively();
    QVERIFY2(r.code == 1, qPrintable(r.err.left(2000)));
    QVERIFY2(r.err.startsWith(expected), qPrintable(r.err.left(2000)));
    QVERIFY2(!r.err.contains(QStringLiteral("bad_alloc")), qPrintable(r.err.left(2000)));
}

QTEST_GUILESS_MAIN(TestCliInputs)
#include "tst_cli_inputs.moc"
