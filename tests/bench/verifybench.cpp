// SPDX-License-Identifier: Apache-2.0
// trialcrf-bench-verify: verify's replay of the audit trail (every record, field, account and
// lock compared with the value the trail gives it) on a large demo study, against a plain
// full read of the same tables with the sqlite3 C API in the same run (docs/benchmarks.md).
// Each is timed on the wall clock and in CPU time of the process: on a shared machine under
// load the wall clock mostly measures the wait for a core, the CPU time what the work costs.
// Not a test: run it by hand.
#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/reconcile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>
#include <algorithm>
#include <time.h>

using namespace trialcrf;

namespace {

/// CPU time of the process in milliseconds.
qint64 cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

/// One timed run: wall-clock and CPU milliseconds.
struct Timing {
    qint64 wall = 0;
    qint64 cpu = 0;
};

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// Every column of every row of the tables verify compares, read as text: the least any
/// comparison of the data with its trail must do.
qint64 plainRead(const QString &path, qint64 *cells)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK)
        return -1;
    QElapsedTimer timer;
    timer.start();
    *cells = 0;
    for (const char *table : {"audit_log", "subjects", "consents", "eligibility",
                              "pasi_assessments", "infusions", "vital_signs", "adverse_events",
                              "deviations", "users"}) {
        sqlite3_stmt *st = nullptr;
        const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY rowid";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            continue;
        const int columns = sqlite3_column_count(st);
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                if (sqlite3_column_text(st, c))
                    ++*cells;
            }
        }
        sqlite3_finalize(st);
    }
    const qint64 ms = timer.elapsed();
    sqlite3_close(db);
    return ms;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times verify's comparison of the data with its audit trail against a plain read of "
        "the same tables."));
    parser.addHelpOption();
    const QCommandLineOption subjects(QStringLiteral("subjects"),
                                      QStringLiteral("Demo subjects to generate."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("An existing demo database instead."),
                                QStringLiteral("FILE"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds of each."),
                                    QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({subjects, db, rounds});
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir work;
    QString path = parser.value(db);
    if (path.isEmpty()) {
        path = work.filePath(QStringLiteral("demo.db"));
        out << "generating a demo of " << parser.value(subjects) << " subjects…" << Qt::endl;
        const int code = QProcess::execute(QStringLiteral(TRIALCRF_CLI),
                                           {QStringLiteral("demo"), QStringLiteral("--db"), path,
                                            QStringLiteral("--subjects"), parser.value(subjects)});
        if (code != 0)
            return 1;
    }

    Database database;
    if (!database.open(path, Database::OpenMode::ReadOnly)) {
        out << database.errorString() << Qt::endl;
        return 1;
    }
    const Reconciler reconciler(database, Protocol::builtIn());
    QList<qint64> plainWall, plainCpu, verifyWall, verifyCpu;
    qint64 cells = 0, differences = 0;
    for (int round = 0; round < parser.value(rounds).toInt(); ++round) {
        const qint64 cpuBefore = cpuMs();
        plainWall << plainRead(path, &cells);
        plainCpu << cpuMs() - cpuBefore;
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = cpuMs();
        QString error;
        differences = 0;
        if (!reconciler.run([&](const Discrepancy &) { return ++differences, true; }, &error)) {
            out << "reconcile failed: " << error << Qt::endl;
            return 1;
        }
        verifyWall << timer.elapsed();
        verifyCpu << cpuMs() - cpuStart;
        out << "round " << round + 1 << ": plain " << plainWall.constLast() << " ms ("
            << plainCpu.constLast() << " ms CPU), replay " << verifyWall.constLast() << " ms ("
            << verifyCpu.constLast() << " ms CPU)" << Qt::endl;
    }
    const auto ratio = [](qint64 a, qint64 b) {
        return QString::number(double(a) / qMax<qint64>(1, b), 'f', 1);
    };
    const Timing p{median(plainWall), median(plainCpu)}, v{median(verifyWall), median(verifyCpu)};
    out << "database " << path << ", " << QFileInfo(path).size() / (1024 * 1024) << " MB, "
        << cells << " cells read by the reference\n"
        << "plain read of every table (sqlite3, median): " << p.wall << " ms, " << p.cpu
        << " ms CPU\n"
        << "replay of the trail and comparison (median):  " << v.wall << " ms, " << v.cpu
        << " ms CPU, " << differences << " differences\n"
        << "ratio: " << ratio(v.wall, p.wall) << " (wall clock), " << ratio(v.cpu, p.cpu)
        << " (CPU time)" << Qt::endl;
    return differences == 0 ? 0 : 1;
}
