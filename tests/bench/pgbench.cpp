// SPDX-License-Identifier: Apache-2.0
// pg_bench: trialcrf on a PostgreSQL server, each figure against a reference in the same run.
//
//   pg_bench [--only a,b,c,d] [--saves N] [--subjects N] [--memory-subjects N] [--demo FILE]
//            [--dir DIR] [--keep]
//
// The bench starts its own throw-away server with scripts/pg-test-server in a temporary
// folder (DIR, default /tmp/trialcrf-pgbench-PID; Unix socket only, never a system service)
// and stops it at the end.
// (a) a save over the local socket against the same row with raw libpq (goal ≤ 1.5×);
// (b) import of a demo export of --subjects subjects (default 100,000) into the server
//     (COPY), rows per second (goal ≥ 50,000), beside the same import into a SQLite file;
// (c) subject switch in the main window on that server study (gui_bench --server), 95th
//     percentile (goal ≤ 16 ms);
// (d) peak memory (VmHWM of /proc/self/status in a child process) of the CSV export and of
//     verify's replay (Reconciler) on the server, at --memory-subjects and 10× as many.
#include "pgbench.h"

#include "exchange/exporter.h"
#include "exchange/importer.h"
#include "protocol/protocol.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/reconcile.h"
#include "storage/studystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <time.h>
#include <unistd.h>

namespace trialcrf::bench {

StudyLocation PgServer::location(const QString &database) const
{
    QString error;
    return *StudyLocation::server(url(database), &error);
}

bool PgServer::createDatabase(const QString &name, QString *error) const
{
    const QString connection = QStringLiteral("pg_bench_admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(folder);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(user);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
                && q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            if (!ok)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

}  // namespace trialcrf::bench

using namespace trialcrf;
using namespace trialcrf::bench;

namespace {

constexpr double kImportGoal = 50000.0;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString scriptPath()
{
    return QStringLiteral(TRIALCRF_SOURCE_DIR "/scripts/pg-test-server");
}

bool runServerScript(const QString &command, const QString &dir, QString *url)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(scriptPath(), {command, dir});
    p.waitForFinished(-1);
    if (url)
        *url = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

qint64 vmHwmKib()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

Session benchSession(Role role)
{
    return Session{1, QStringLiteral("bench"), role};
}

/// A demo study file of `subjects` (trialcrf-cli demo), made once in `dir`.
QString demoFile(const QString &dir, int subjects, const QString &given)
{
    if (!given.isEmpty())
        return given;
    const QString path = QDir(dir).filePath(QStringLiteral("demo-%1.db").arg(subjects));
    if (QFile::exists(path))
        return path;
    out() << "  building the demo: trialcrf-cli demo --subjects " << subjects << Qt::endl;
    QProcess demo;
    demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    demo.start(QStringLiteral(TRIALCRF_CLI), {QStringLiteral("demo"), QStringLiteral("--db"), path,
                                             QStringLiteral("--subjects"),
                                             QString::number(subjects)});
    demo.waitForFinished(-1);
    return demo.exitCode() == 0 ? path : QString();
}

/// The demo's CSV export (made once).
QString exportOf(const QString &demo, const QString &folder)
{
    if (QFile::exists(QDir(folder).filePath(QStringLiteral("manifest.csv"))))
        return folder;
    Database db;
    if (!db.open(demo, Database::OpenMode::ExistingOnly))
        return {};
    StudyStore store(db, Protocol::builtIn());
    const ExportResult r = Exporter(store, benchSession(Role::Monitor)).exportCsv(folder);
    return r.ok() ? folder : QString();
}

double processCpuSeconds()
{
    struct timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// CPU seconds (user + system) the server process `pid` has used: /proc/PID/stat.
double serverCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command's closing parenthesis: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong())
        / double(sysconf(_SC_CLK_TCK));
}

/// Imports `folder` into `location`; rows per second, or -1 (with the reason printed).
/// *cpuRate: rows per second of CPU time, this process's and (on a server) its backend's:
/// what the import would reach on an otherwise idle machine, where nothing waits for a core.
double importRate(const StudyLocation &location, const QString &folder, qint64 *rows,
                  double *cpuRate = nullptr)
{
    Database db;
    if (!db.open(location)) {
        out() << "  cannot open " << location.displayName() << ": " << db.errorString() << Qt::endl;
        return -1;
    }
    StudyStore store(db, Protocol::builtIn());
    qint64 backend = 0;
    if (db.isServer()) {
        QSqlQuery q(db.connection());
        if (q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next())
            backend = q.value(0).toLongLong();
    }
    const double cpu0 = processCpuSeconds(), server0 = serverCpuSeconds(backend);
    QElapsedTimer t;
    t.start();
    const ImportReport r = Importer(store, benchSession(Role::DataManager)).importCsv(folder);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    const double cpu = processCpuSeconds() - cpu0, server = serverCpuSeconds(backend) - server0;
    if (!r.ok()) {
        out() << "  import failed: " << r.message
              << (r.problems.isEmpty() ? QString() : r.problems.first().text()) << Qt::endl;
        return -1;
    }
    // The seven clinical files' rows, as trialcrf-bench-exchange counts them.
    *rows = 0;
    for (const char *file : {"subjects.csv", "consents.csv", "eligibility.csv", "pasi.csv",
                             "infusions.csv", "vital_signs.csv", "adverse_events.csv"})
        *rows += r.rows.value(QLatin1String(file));
    if (cpuRate)
        *cpuRate = double(*rows) / (cpu + server);
    out() << "  " << location.displayName() << ": " << QString::number(seconds, 'f', 2)
          << " s wall, " << QString::number(cpu, 'f', 2) << " s CPU here"
          << (db.isServer() ? QStringLiteral(", %1 s CPU in the server").arg(server, 0, 'f', 2)
                            : QString())
          << Qt::endl;
    return double(*rows) / seconds;
}

bool importBench(const PgServer &server, const QString &dir, int subjects, const QString &demo)
{
    out() << "(b) import of a demo export of " << subjects << " subjects" << Qt::endl;
    const QString file = demoFile(dir, subjects, demo);
    const QString folder =
        file.isEmpty() ? QString() : exportOf(file, QDir(dir).filePath(QStringLiteral("export")));
    QString error;
    if (folder.isEmpty() || !server.createDatabase(QStringLiteral("bench_import"), &error)) {
        out() << "  cannot set up: " << error << Qt::endl;
        return false;
    }
    qint64 rows = 0, sqliteRows = 0;
    double serverCpu = 0, fileCpu = 0;
    const double server_ =
        importRate(server.location(QStringLiteral("bench_import")), folder, &rows, &serverCpu);
    const QString sqlite = QDir(dir).filePath(QStringLiteral("import.db"));
    QFile::remove(sqlite);
    const double file_ = importRate(StudyLocation::file(sqlite), folder, &sqliteRows, &fileCpu);
    if (server_ < 0 || file_ < 0)
        return false;
    const bool met = server_ >= kImportGoal;
    out() << "  server (COPY): " << rows << " rows, " << qRound64(server_) << " rows/s (goal >= "
          << qRound64(kImportGoal) << "): " << (met ? "met" : "NOT met") << "; by CPU time "
          << qRound64(serverCpu) << " rows/s" << '\n'
          << "  SQLite file (reference, same folder): " << qRound64(file_) << " rows/s, by CPU time "
          << qRound64(fileCpu) << " rows/s; server/file " << QString::number(server_ / file_, 'f', 2)
          << " (wall), " << QString::number(serverCpu / fileCpu, 'f', 2) << " (CPU)" << Qt::endl;
    return met;
}

bool switchBench(const PgServer &server, int switches)
{
    out() << "(c) subject switch on the server study of (b): gui_bench --server" << Qt::endl;
    QProcess gui;
    gui.setProcessChannelMode(QProcess::ForwardedChannels);
    gui.start(QStringLiteral(TRIALCRF_GUI_BENCH),
              {QStringLiteral("--server"), server.url(QStringLiteral("bench_import")),
               QStringLiteral("--switch-only"), QStringLiteral("--switches"),
               QString::number(switches)});
    gui.waitForFinished(-1);
    return gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0;
}

/// One child process: an export or verify's replay on `url`; prints "VmHWM <KiB>".
int child(const QString &mode, const QString &url, const QString &folder)
{
    QString error;
    const std::optional<StudyLocation> location = StudyLocation::server(url, &error);
    Database db;
    if (!location || !db.open(*location, Database::OpenMode::ExistingOnly))
        return 1;
    bool ok = false;
    if (mode == QLatin1String("export")) {
        StudyStore store(db, Protocol::builtIn());
        ok = Exporter(store, benchSession(Role::Monitor)).exportCsv(folder).ok();
    } else {
        qint64 differences = 0;
        ok = Reconciler(db, Protocol::builtIn()).run([&](const Discrepancy &) { return ++differences < 100; }, &error)
            && differences == 0;
        QString problem;
        ok = ok && !AuditLog(db).firstBrokenRow(&problem);
    }
    std::printf("VmHWM %lld\n", static_cast<long long>(vmHwmKib()));
    return ok ? 0 : 1;
}

qint64 childPeak(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), args);
    p.waitForFinished(-1);
    const QByteArray output = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        return -1;
    const qsizetype at = output.indexOf("VmHWM ");
    return at < 0 ? -1 : output.mid(at + 6).trimmed().toLongLong();
}

bool memoryBench(const PgServer &server, const QString &dir, int small)
{
    out() << "(d) peak memory on the server (VmHWM of a child process), " << small << " and "
          << 10 * small << " subjects" << Qt::endl;
    bool ok = true;
    QList<qint64> exports, verifies;
    for (const int n : {small, 10 * small}) {
        const QString name = QStringLiteral("bench_memory_%1").arg(n);
        const QString demo = demoFile(dir, n, {});
        const QString folder = demo.isEmpty() ? QString()
                                              : exportOf(demo, QDir(dir).filePath(name + QLatin1String("-in")));
        QString error;
        qint64 rows = 0;
        if (folder.isEmpty() || !server.createDatabase(name, &error)
            || importRate(server.location(name), folder, &rows) < 0) {
            out() << "  cannot set up " << n << " subjects: " << error << Qt::endl;
            return false;
        }
        const QString outFolder = QDir(dir).filePath(name + QLatin1String("-out"));
        const qint64 e = childPeak({QStringLiteral("--child"), QStringLiteral("export"),
                                    server.url(name), outFolder});
        const qint64 v = childPeak({QStringLiteral("--child"), QStringLiteral("verify"),
                                    server.url(name), QString()});
        out() << "  " << n << " subjects (" << rows << " rows): export " << e / 1024
              << " MB, verify's replay " << v / 1024 << " MB" << Qt::endl;
        ok = ok && e > 0 && v > 0;
        exports << e;
        verifies << v;
    }
    if (!ok)
        return false;
    const double e = double(exports.at(1)) / double(exports.at(0));
    const double v = double(verifies.at(1)) / double(verifies.at(0));
    // Flat: ten times the study, less than 1.5 times the memory.
    const bool flat = e < 1.5 && v < 1.5;
    out() << "  10x the study: export " << QString::number(e, 'f', 2) << "x, verify "
          << QString::number(v, 'f', 2) << "x the memory (flat: < 1.5x): "
          << (flat ? "met" : "NOT met") << Qt::endl;
    return flat;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pg_bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Parts, e.g. a,b."),
                                  QStringLiteral("PARTS"), QStringLiteral("a,b,c,d"));
    const QCommandLineOption saves(QStringLiteral("saves"), QStringLiteral("Saves in (a)."),
                                   QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption subjects(QStringLiteral("subjects"),
                                      QStringLiteral("Demo subjects in (b) and (c)."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption memory(QStringLiteral("memory-subjects"),
                                    QStringLiteral("The smaller study of (d)."), QStringLiteral("N"),
                                    QStringLiteral("2000"));
    const QCommandLineOption switches(QStringLiteral("switches"),
                                      QStringLiteral("Subject switches in (c)."),
                                      QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("An existing demo study file for (b)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Work folder (short)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the work folder."));
    const QCommandLineOption childMode(QStringLiteral("child"), QStringLiteral("(internal)"),
                                       QStringLiteral("MODE"));
    parser.addOptions({only, saves, subjects, memory, switches, demo, dir, keep, childMode});
    parser.process(app);
    if (parser.isSet(childMode))
        return child(parser.value(childMode), parser.positionalArguments().value(0),
                     parser.positionalArguments().value(1));

    const QString work = parser.isSet(dir)
        ? parser.value(dir)
        : QStringLiteral("/tmp/trialcrf-pgbench-%1").arg(QCoreApplication::applicationPid());
    PgServer server;
    server.folder = QDir(work).filePath(QStringLiteral("pg"));
    QDir().mkpath(work);
    QString url;
    if (!runServerScript(QStringLiteral("start"), server.folder, &url)) {
        out() << "cannot start the server with " << scriptPath() << Qt::endl;
        return 1;
    }
    out() << "server: " << url << " (" << server.folder << ")" << Qt::endl;
    const QStringList parts = parser.value(only).split(QLatin1Char(','));
    bool met = true;
    if (parts.contains(QStringLiteral("a")))
        met &= pgSaveBench(server, parser.value(saves).toInt(), out());
    if (parts.contains(QStringLiteral("b")) || parts.contains(QStringLiteral("c"))) {
        const bool imported = importBench(server, work, parser.value(subjects).toInt(),
                                          parser.value(demo));
        met &= imported;
        if (parts.contains(QStringLiteral("c")))
            met &= switchBench(server, parser.value(switches).toInt());
    }
    if (parts.contains(QStringLiteral("d")))
        met &= memoryBench(server, work, parser.value(memory).toInt());
    runServerScript(QStringLiteral("stop"), server.folder, nullptr);
    if (!parser.isSet(keep))
        QDir(work).removeRecursively();
    out() << (met ? "every goal met" : "a goal was NOT met (see above)") << Qt::endl;
    return met ? 0 : 1;
}
