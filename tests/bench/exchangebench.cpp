// SPDX-License-Identifier: Apache-2.0
// trialcrf-bench-exchange: the CSV export of a large demo study against the sqlite3 shell's
// `-csv` output of the same tables (rows per second, in the same run), the export's peak
// memory on a small and a large study (flat means streaming works), and the import of that
// export into an empty database (rows per second). Each side runs as its own process, timed
// with its own peak resident memory. Not a test: run it by hand (docs/benchmarks-exchange.md).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {

constexpr double kExportGoalRatio = 1.0;   // ≥ the sqlite3 shell's rows per second
constexpr double kImportGoalRowsPerSecond = 50000;
constexpr double kFlatGoalFactor = 1.5;    // large-study peak ≤ 1.5 × small-study peak
const QString kPassword = QStringLiteral("Bench-import-2024");

struct Child {
    int exitCode = -1;
    double seconds = 0;
    double peakMb = 0;
    QByteArray out;
};

/// Runs one program to completion: stdin from `input` (or /dev/null), stdout captured to a
/// file, stderr passed through. Timed by wall clock; peak RSS from wait4() of that child.
Child run(const QString &program, const QStringList &args, const QString &work,
          const QByteArray &input = {}, const QMap<QByteArray, QByteArray> &env = {})
{
    Child c;
    const QString inPath = QDir(work).filePath(QStringLiteral(".stdin"));
    const QString outPath = QDir(work).filePath(QStringLiteral(".stdout"));
    {
        QFile in(inPath);
        if (!in.open(QIODevice::WriteOnly) || in.write(input) != input.size())
            return c;
    }
    QList<QByteArray> argv8{QFile::encodeName(program)};
    for (const QString &a : args)
        argv8 << a.toLocal8Bit();
    QList<char *> argv;
    for (QByteArray &a : argv8)
        argv << a.data();
    argv << nullptr;
    QList<QByteArray> env8;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        if (!env.contains(entry.left(entry.indexOf('='))))
            env8 << entry;
    }
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        env8 << it.key() + '=' + it.value();
    QList<char *> envp;
    for (QByteArray &e : env8)
        envp << e.data();
    envp << nullptr;

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, QFile::encodeName(inPath).constData(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, QFile::encodeName(outPath).constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv.first(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return c;
    int status = 0;
    struct rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    c.seconds = double(t.nsecsElapsed()) / 1e9;
    c.peakMb = double(usage.ru_maxrss) / 1024.0;
    c.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    QFile out(outPath);
    if (out.open(QIODevice::ReadOnly))
        c.out = out.readAll();
    return c;
}

/// "subjects.csv 100000, consents.csv …" from the CLI's summary line → rows per file.
QMap<QString, qint64> rowCounts(const QByteArray &summary)
{
    QMap<QString, qint64> rows;
    static const QRegularExpression pair(QStringLiteral("([a-z_]+\\.csv) (\\d+)"));
    auto it = pair.globalMatch(QString::fromUtf8(summary));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        rows.insert(m.captured(1), m.captured(2).toLongLong());
    }
    return rows;
}

QString fixed(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

/// A demo study of `subjects` subjects at `path` (reused when it is there).
bool ensureDemo(const QString &cli, const QString &path, int subjects, const QString &work,
                QTextStream &out)
{
    if (QFileInfo::exists(path))
        return true;
    out << "creating a demo study of " << subjects << " subjects…" << Qt::endl;
    const Child demo = run(cli, {QStringLiteral("demo"), QStringLiteral("--db"), path,
                                 QStringLiteral("--subjects"), QString::number(subjects)},
                           work);
    return demo.exitCode == 0;
}

/// Writes what earlier steps left in the page cache to disk, untimed, so a measured run does
/// not share the disk and a core with the kernel flushing the previous run's gigabyte.
void settle()
{
    ::sync();
}

/// Reads a file once, untimed, so both sides of a comparison start from a warm page cache
/// (otherwise whichever side runs first pays for reading the database from disk).
void warmUp(const QString &path)
{
    settle();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    while (!f.read(1 << 20).isEmpty()) {
    }
}

struct ExportFigures {
    bool ok = false;
    qint64 rows = 0;  ///< data rows of the files sqlite3 also writes (all but dictionary.csv)
    Child trialcrf, shell;  ///< the median round of each side (peak: the highest of all rounds)
    QList<double> trialcrfSeconds, shellSeconds;  ///< every round, in order
};

Child median(QList<Child> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const Child &a, const Child &b) { return a.seconds < b.seconds; });
    Child m = runs.at(runs.size() / 2);
    for (const Child &c : std::as_const(runs))
        m.peakMb = std::max(m.peakMb, c.peakMb);
    return m;
}

/// trialcrf-cli export against the sqlite3 shell writing the same tables as CSV, `rounds`
/// times each, alternating which side goes first; each side's median round counts. On a
/// shared virtual machine one run of ten seconds varies by ±15 % from the next.
ExportFigures exportBench(const QString &cli, const QString &sqlite3, const QString &db,
                          const QString &work, const QString &name, int rounds)
{
    ExportFigures f;
    const QString folder = QDir(work).filePath(name + QLatin1String("-export"));
    const QString shellFolder = QDir(work).filePath(name + QLatin1String("-sqlite3"));
    QByteArray script = ".mode csv\n.headers on\n";
    for (const char *table : {"subjects", "consents", "eligibility", "pasi_assessments",
                              "infusions", "vital_signs", "adverse_events", "audit_log"}) {
        script += ".output " + QFile::encodeName(QDir(shellFolder).filePath(QLatin1String(table) +
                                                                            QLatin1String(".csv"))) +
                  "\nSELECT * FROM " + table + ";\n";
    }
    QList<Child> ours, theirs;
    for (int round = 0; round < rounds; ++round) {
        for (int side = 0; side < 2; ++side) {
            const bool trialcrfNow = (side == 0) == (round % 2 == 0);
            warmUp(db);
            if (trialcrfNow) {
                QDir(folder).removeRecursively();  // each round writes new files, as a user would
                const Child c =
                    run(cli, {QStringLiteral("export"), QStringLiteral("--db"), db, folder}, work);
                if (c.exitCode != 0)
                    return f;
                ours << c;
                f.trialcrfSeconds << c.seconds;
            } else {
                QDir(shellFolder).removeRecursively();
                QDir().mkpath(shellFolder);
                const Child c = run(sqlite3, {QStringLiteral("-readonly"), db}, work, script);
                if (c.exitCode != 0)
                    return f;
                theirs << c;
                f.shellSeconds << c.seconds;
            }
        }
    }
    f.trialcrf = median(ours);
    f.shell = median(theirs);
    const QMap<QString, qint64> rows = rowCounts(f.trialcrf.out);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it.key() != QLatin1String("dictionary.csv"))
            f.rows += it.value();
    }
    f.ok = true;
    return f;
}

QString secondsList(const QList<double> &seconds)
{
    QStringList parts;
    for (double s : seconds)
        parts << QString::number(s, 'f', 2);
    return parts.join(QStringLiteral(", "));
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "CSV export of a large demo study vs the sqlite3 shell (-csv) over the same tables, "
        "export peak memory on a small and a large study, and the import of that export."));
    parser.addHelpOption();
    const QCommandLineOption subjects(QStringLiteral("subjects"), QStringLiteral("Subjects of the large study."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption small(QStringLiteral("small"), QStringLiteral("Subjects of the small study (0: skip)."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Existing large demo database."),
                                QStringLiteral("FILE"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the work files."),
                                 QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the work files."));
    const QCommandLineOption shell(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell."),
                                   QStringLiteral("PATH"),
                                   QStandardPaths::findExecutable(QStringLiteral("sqlite3")));
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Export rounds per side (median counts)."),
                                    QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({subjects, small, db, dir, keep, shell, rounds});
    parser.process(app);

    QTextStream out(stdout);
    const QString cli = QStringLiteral(TRIALCRF_CLI);
    const QString sqlite3 = parser.value(shell);
    if (sqlite3.isEmpty()) {
        out << "trialcrf-bench-exchange: the sqlite3 shell is missing (apt-get install sqlite3)" << Qt::endl;
        return 1;
    }
    QTemporaryDir work(QDir(parser.value(dir)).filePath(QStringLiteral("trialcrf-bench-exchange-XXXXXX")));
    if (!work.isValid())
        return 1;
    work.setAutoRemove(!parser.isSet(keep));
    out << "trialcrf-bench-exchange: " << QThread::idealThreadCount() << " CPUs, Qt " << qVersion()
        << ", " << QString::fromUtf8(run(sqlite3, {QStringLiteral("-version")}, work.path()).out).section(' ', 0, 0)
        << " (sqlite3 shell)\nwork folder " << work.path() << "\n\n" << Qt::flush;

    const int large = parser.value(subjects).toInt();
    const QString largeDb = parser.isSet(db) ? parser.value(db) : work.filePath(QStringLiteral("large.db"));
    if (!ensureDemo(cli, largeDb, large, work.path(), out)) {
        out << "cannot create the demo study" << Qt::endl;
        return 1;
    }
    bool allMet = true;

    // (1) Export vs the sqlite3 shell, the same tables.
    const int exportRounds = std::max(1, parser.value(rounds).toInt());
    const ExportFigures big =
        exportBench(cli, sqlite3, largeDb, work.path(), QStringLiteral("large"), exportRounds);
    if (!big.ok) {
        out << "export failed" << Qt::endl;
        return 1;
    }
    const double ours = double(big.rows) / big.trialcrf.seconds;
    const double theirs = double(big.rows) / big.shell.seconds;
    const double ratio = ours / theirs;
    const bool exportMet = ratio >= kExportGoalRatio;
    allMet &= exportMet;
    out << "(1) CSV export of " << big.rows << " rows (8 files; dictionary.csv not counted), "
        << exportRounds << " rounds per side, medians\n"
        << "    rounds: trialcrf " << secondsList(big.trialcrfSeconds) << " s; sqlite3 "
        << secondsList(big.shellSeconds) << " s\n"
        << "    trialcrf-cli export   " << fixed(big.trialcrf.seconds, 2) << " s, "
        << fixed(ours, 0) << " rows/s, peak " << fixed(big.trialcrf.peakMb, 0) << " MB\n"
        << "    sqlite3 -csv          " << fixed(big.shell.seconds, 2) << " s, "
        << fixed(theirs, 0) << " rows/s, peak " << fixed(big.shell.peakMb, 0) << " MB\n"
        << "    ratio " << fixed(ratio, 2) << "x the shell's rows/s (goal >= " << kExportGoalRatio
        << "): " << (exportMet ? "met" : "NOT met") << '\n' << Qt::flush;

    // (2) Peak memory flat: a small study's export against the large one's.
    const int smallSubjects = parser.value(small).toInt();
    if (smallSubjects > 0) {
        const QString smallDb = work.filePath(QStringLiteral("small.db"));
        if (ensureDemo(cli, smallDb, smallSubjects, work.path(), out)) {
            const ExportFigures little =
                exportBench(cli, sqlite3, smallDb, work.path(), QStringLiteral("small"), 1);
            const bool flat = little.ok && big.trialcrf.peakMb <= kFlatGoalFactor * little.trialcrf.peakMb;
            allMet &= flat;
            out << "(2) export peak memory: " << fixed(little.trialcrf.peakMb, 0) << " MB for "
                << little.rows << " rows, " << fixed(big.trialcrf.peakMb, 0) << " MB for "
                << big.rows << " rows (goal: at most " << kFlatGoalFactor << "x): "
                << (flat ? "met (flat)" : "NOT met") << '\n' << Qt::flush;
        }
    }

    // (3) Import of the large export into an empty database.
    const QString target = work.filePath(QStringLiteral("imported.db"));
    const QMap<QByteArray, QByteArray> env{{"TRIALCRF_PASSWORD", kPassword.toUtf8()}};
    const Child init = run(cli, {QStringLiteral("init"), QStringLiteral("--db"), target,
                                 QStringLiteral("--admin"), QStringLiteral("dm")},
                           work.path(), {}, env);
    // The shell's copies are not needed any more: removed, their 1.3 GB of page cache with
    // them, so the import does not start by reclaiming the cache the comparison filled.
    QDir(work.filePath(QStringLiteral("large-sqlite3"))).removeRecursively();
    settle();
    const Child imported = run(cli, {QStringLiteral("import"), QStringLiteral("--db"), target,
                                     QStringLiteral("--user"), QStringLiteral("dm"),
                                     work.filePath(QStringLiteral("large-export"))},
                               work.path(), {}, env);
    if (init.exitCode != 0 || imported.exitCode != 0) {
        out << "import failed" << Qt::endl;
        return 1;
    }
    qint64 importedRows = 0;
    for (qint64 n : rowCounts(imported.out))
        importedRows += n;
    const double importRate = double(importedRows) / imported.seconds;
    const bool importMet = importRate >= kImportGoalRowsPerSecond;
    allMet &= importMet;
    out << "(3) import of " << importedRows << " rows (7 clinical files) into an empty database\n"
        << "    trialcrf-cli import   " << fixed(imported.seconds, 2) << " s, "
        << fixed(importRate, 0) << " rows/s, peak " << fixed(imported.peakMb, 0)
        << " MB (goal >= " << fixed(kImportGoalRowsPerSecond, 0) << " rows/s): "
        << (importMet ? "met" : "NOT met") << '\n';

    out << '\n' << (allMet ? "every goal met" : "some goals NOT met") << Qt::endl;
    return allMet ? 0 : 1;
}
