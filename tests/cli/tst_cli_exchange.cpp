// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli export and import end to end: the round trip export → import into an empty
// database → export gives identical clinical files; import logs the data manager in and
// refuses a wrong password or another role; every problem is listed and nothing written;
// the ODM export validates; usage errors exit 2; a wide, a huge and a many-long-rows file are
// refused at FILE:LINE:COLUMN within 256 MiB of address space (prlimit), not by bad_alloc.
#include "patchfile.h"
#include "processrun.h"
#include "testserver.h"
#include "protocol/protocol.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/studystore.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace trialcrf;

namespace {

const QString kPassword = QStringLiteral("Import-pass-2024-ok");
const QString kDemoPassword = QStringLiteral("demo-password-1");
/// The bound docs/exchange.md states: an import of any file runs within this much address
/// space (prlimit --as).
constexpr qint64 kAddressSpace = 256LL * 1024 * 1024;

using Run = fixtures::ProcessRun;

/// Runs trialcrf-cli (fixtures::runCli: no terminal, so a missing password fails, not hangs;
/// on the test server --db PATH names the server's study of PATH), under
/// `prlimit --as=BYTES` when `addressSpace` is given (prlimit at `prlimit`).
Run cli(const QStringList &args, const QString &password = {}, const QString &prlimit = {},
        qint64 addressSpace = 0)
{
    QMap<QString, QString> env;
    if (!password.isNull())
        env.insert(QStringLiteral("TRIALCRF_PASSWORD"), password);
    if (addressSpace > 0)
        return fixtures::runCli(prlimit,
                                QStringList{QStringLiteral("--as=%1").arg(addressSpace),
                                            QStringLiteral(TRIALCRF_CLI)} + args,
                                env);
    return fixtures::runCli(QStringLiteral(TRIALCRF_CLI), args, env);
}

QMap<QString, QByteArray> readFolder(const QString &folder)
{
    QMap<QString, QByteArray> out;
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        QFile f(QDir(folder).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(name, f.readAll());
    }
    return out;
}

int subjects(const QString &path)
{
    Database db;
    if (!db.open(fixtures::studyAt(path), Database::OpenMode::ReadOnly))
        return -1;
    return StudyStore(db, Protocol::builtIn()).subjectCount();
}

qint64 auditRows(const QString &path)
{
    Database db;
    if (!db.open(fixtures::studyAt(path), Database::OpenMode::ReadOnly))
        return -1;
    return AuditLog(db).count();
}

}  // namespace

class TestCliExchange : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void roundTripGivesIdenticalClinicalFiles();
    void importRefusesWrongPassword();
    void importRefusesRoleOtherThanDataManager();
    void importListsEveryProblemAndWritesNothing();
    void exportsOdmThatValidates();
    void exportAddsByteOrderMarkOnRequest();
    void exportRefusesExistingTarget();
    void exportCreatesMissingFolders_data();
    void exportCreatesMissingFolders();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void malformedFileStaysInBoundedMemory_data();
    void malformedFileStaysInBoundedMemory();

private:
    /// A new database with the data manager "dm".
    QString emptyStudy(const QString &name);

    QTemporaryDir m_dir;
    QString m_demo, m_export;
    QString m_limitsDb;  ///< the study the malformed files are imported into
};

void TestCliExchange::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo,
                          QStringLiteral("--subjects"), QStringLiteral("40")});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    m_export = m_dir.filePath(QStringLiteral("export"));
    const Run exported = cli({QStringLiteral("export"), QStringLiteral("--db"), m_demo, m_export});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QVERIFY(exported.out.contains(QStringLiteral("subjects.csv 40")));
}

QString TestCliExchange::emptyStudy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Run init = cli({QStringLiteral("init"), QStringLiteral("--db"), path,
                          QStringLiteral("--admin"), QStringLiteral("dm")},
                         kPassword);
    if (init.code != 0)
        qWarning("%s", qPrintable(init.err));
    return path;
}

void TestCliExchange::roundTripGivesIdenticalClinicalFiles()
{
    const QString target = emptyStudy(QStringLiteral("roundtrip.db"));
    const Run imported = cli({QStringLiteral("import"), QStringLiteral("--db"), target,
                              QStringLiteral("--user"), QStringLiteral("dm"), m_export},
                             kPassword);
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY(imported.out.contains(QStringLiteral("as dm (reason \"import\")")));
    QCOMPARE(subjects(target), 40);

    const QString again = m_dir.filePath(QStringLiteral("again"));
    const Run exported = cli({QStringLiteral("export"), QStringLiteral("--db"), target, again});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    const QMap<QString, QByteArray> first = readFolder(m_export), second = readFolder(again);
    QCOMPARE(second.keys(), first.keys());
    // The clinical files with the deviation log, the monitoring files (queries, their messages,
    // SDV marks), the manifest and audit.csv: each compared but the audit.
    QCOMPARE(first.size(), 15);
    QVERIFY(first.contains(QStringLiteral("deviations.csv")));
    QVERIFY(first.contains(QStringLiteral("manifest.csv")));
    // The manifest lists audit.csv's hash, so it differs with it.
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        if (it.key() != QLatin1String("audit.csv") && it.key() != QLatin1String("manifest.csv"))
            QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    const Run verify = cli({QStringLiteral("verify"), QStringLiteral("--db"), target});
    QVERIFY2(verify.code == 0, qPrintable(verify.err + verify.out));
}

void TestCliExchange::importRefusesWrongPassword()
{
    const QString target = emptyStudy(QStringLiteral("wrongpassword.db"));
    const qint64 audit = auditRows(target);
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), target,
                       QStringLiteral("--user"), QStringLiteral("dm"), m_export},
                      QStringLiteral("Not-the-password-1"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("wrong user name or password")), qPrintable(r.err));
    QCOMPARE(subjects(target), 0);
    QCOMPARE(auditRows(target), audit + 1);  // the failed login, nothing else

    const Run noPassword = cli({QStringLiteral("import"), QStringLiteral("--db"), target,
                                QStringLiteral("--user"), QStringLiteral("dm"), m_export});
    QCOMPARE(noPassword.code, 1);
    QCOMPARE(subjects(target), 0);
}

void TestCliExchange::importRefusesRoleOtherThanDataManager()
{
    // The demo has a nurse account; its import is refused after a correct login.
    const QString copy = m_dir.filePath(QStringLiteral("demo-copy.db"));
    QVERIFY(fixtures::copyStudy(m_demo, copy));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), copy,
                       QStringLiteral("--user"), QStringLiteral("nurse"), m_export},
                      kDemoPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("only a data manager may")), qPrintable(r.err));
    QCOMPARE(subjects(copy), 40);
}

void TestCliExchange::importListsEveryProblemAndWritesNothing()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad"));
    QVERIFY(QDir().mkpath(bad));
    for (const QString &name : QDir(m_export).entryList(QDir::Files)) {
        if (name != QLatin1String("manifest.csv"))  // an edited folder goes without it
            QVERIFY(QFile::copy(QDir(m_export).filePath(name), QDir(bad).filePath(name)));
    }
    QVERIFY(fixtures::patchFile(QDir(bad).filePath(QStringLiteral("subjects.csv")), ",M,", ",X,"));
    QVERIFY(fixtures::patchFile(QDir(bad).filePath(QStringLiteral("pasi.csv")), ",screening,", ",week99,"));
    const QString target = emptyStudy(QStringLiteral("bad.db"));
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), target,
                       QStringLiteral("--user"), QStringLiteral("dm"), bad},
                      kPassword);
    QCOMPARE(r.code, 1);
    QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.takeAt(2).startsWith(QStringLiteral("warning: manifest.csv: ")),
             qPrintable(r.err));
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("subjects.csv:")) &&
                 lines.at(0).contains(QStringLiteral(": sex: ")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("pasi.csv:2:2: visit: ")), qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), QStringLiteral("trialcrf-cli: 2 problem(s) in %1; nothing was imported.").arg(bad));
    QCOMPARE(subjects(target), 0);
}

void TestCliExchange::exportsOdmThatValidates()
{
    const QString xml = m_dir.filePath(QStringLiteral("study.xml"));
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), m_demo,
                       QStringLiteral("--format"), QStringLiteral("odm"), xml});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint is not installed (libxml2-utils)");
    QProcess p;
    p.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"),
                      QStringLiteral(TRIALCRF_SOURCE_DIR "/../shared/odm-1.3.2/ODM1-3-2.xsd"), xml});
    QVERIFY(p.waitForFinished(-1));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

void TestCliExchange::exportAddsByteOrderMarkOnRequest()
{
    const QString folder = m_dir.filePath(QStringLiteral("bom"));
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), m_demo,
                       QStringLiteral("--bom"), folder});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QMap<QString, QByteArray> files = readFolder(folder);
    QCOMPARE(files.size(), 15);  // deviations, monitoring, sites and manifest files too
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(it.value().startsWith("\xEF\xBB\xBF"), qPrintable(it.key()));
}

void TestCliExchange::exportRefusesExistingTarget()
{
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), m_demo, m_export});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
}

void TestCliExchange::exportCreatesMissingFolders_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("target");  // relative to a fresh folder
    // As the README writes it: "export --db study.db out/" with out/ not there yet.
    QTest::newRow("csv into out/ with its slash") << "csv" << "out/";
    QTest::newRow("csv into out without a slash") << "csv" << "out";
    QTest::newRow("csv with missing parents") << "csv" << "a/b/c/out/";
    QTest::newRow("odm with missing parents") << "odm" << "a/b/study.xml";
}

void TestCliExchange::exportCreatesMissingFolders()
{
    QFETCH(QString, format);
    QFETCH(QString, target);
    const QString base = m_dir.filePath(QStringLiteral("missing-") + QString::number(qHash(target) % 100000) + format);
    QVERIFY(!QFileInfo::exists(base));
    const QString out = base + QLatin1Char('/') + target;
    const qint64 rowsBefore = auditRows(m_demo);
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--db"), m_demo,
                       QStringLiteral("--format"), format, out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    if (format == QLatin1String("csv")) {
        QCOMPARE(readFolder(out).size(), 15);  // deviations, monitoring, sites and manifest files too
    } else {
        QVERIFY(QFileInfo(out).isFile());
    }
    // A read-only export without a login leaves the audit trail as it was (no session to
    // audit as).
    QCOMPARE(auditRows(m_demo), rowsBefore);
}

void TestCliExchange::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("export without OUT") << QStringList{"export", "--db", "x.db"};
    QTest::newRow("export in an unknown format")
        << QStringList{"export", "--db", "x.db", "--format", "xml", "out"};
    QTest::newRow("--bom with odm")
        << QStringList{"export", "--db", "x.db", "--format", "odm", "--bom", "out.xml"};
    QTest::newRow("import without --user") << QStringList{"import", "--db", "x.db", "dir"};
    QTest::newRow("import without DIR") << QStringList{"import", "--db", "x.db", "--user", "dm"};
}

void TestCliExchange::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    // Refused before any study is opened, on either backend.
    const Run r = fixtures::runCliOnFile(QStringLiteral(TRIALCRF_CLI), args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--help")), qPrintable(r.err));
}

void TestCliExchange::malformedFileStaysInBoundedMemory_data()
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

void TestCliExchange::malformedFileStaysInBoundedMemory()
{
    QFETCH(QByteArray, row);
    QFETCH(int, rows);
    QFETCH(QString, expected);
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("an address-space limit does not fit AddressSanitizer's shadow memory");
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    QSKIP("an address-space limit does not fit AddressSanitizer's shadow memory");
#endif
#endif
    const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
    if (prlimit.isEmpty())
        QSKIP("prlimit (util-linux) is not installed");
    if (m_limitsDb.isEmpty())
        m_limitsDb = emptyStudy(QStringLiteral("limits.db"));
    const QString folder = m_dir.filePath(QStringLiteral("malformed"));
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
    const Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), m_limitsDb,
                       QStringLiteral("--user"), QStringLiteral("dm"), folder},
                      kPassword, prlimit, kAddressSpace);
    QDir(folder).removeRecursively();
    QVERIFY2(r.code == 1, qPrintable(r.err.left(2000)));
    QVERIFY2(r.err.startsWith(expected), qPrintable(r.err.left(2000)));
    QVERIFY2(!r.err.contains(QStringLiteral("bad_alloc")), qPrintable(r.err.left(2000)));
}

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
