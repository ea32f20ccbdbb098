// SPDX-License-Identifier: Apache-2.0
// trialcrf-bench-verify: verify's replay of the audit trail (every record, field, account and
// lock compared with the value the trail gives it) on a large demo study, against a plain
// full read of the same tables with the sqlite3 C API in the same run (docs/benchmarks.md).
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

using namespace trialcrf;

namespace {

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
    QList<qint64> plain, verify;
    qint64 cells = 0, differences = 0;
    for (int round = 0; round < parser.value(rounds).toInt(); ++round) {
        plain << plainRead(path, &cells);
        QElapsedTimer timer;
        timer.start();
        QString error;
        differences = 0;
        if (!reconciler.run([&](const Discrepancy &) { return ++differences, true; }, &error)) {
            out << "reconcile failed: " << error << Qt::endl;
            return 1;
        }
        verify << timer.elapsed();
    }
    std::sort(plain.begin(), plain.end());
    std::sort(verify.begin(), verify.end());
    const qint64 p = plain.at(plain.size() / 2), v = verify.at(verify.size() / 2);
    out << "database " << path << ", " << QFileInfo(path).size() / (1024 * 1024) << " MB, "
        << cells << " cells read by the reference\n"
        << "plain read of every table (sqlite3, median): " << p << " ms\n"
        << "replay of the trail and comparison (median):  " << v << " ms, " << differences
        << " differences\n"
        << "ratio: " << QString::number(double(v) / qMax<qint64>(1, p), 'f', 1) << Qt::endl;
    return differences == 0 ? 0 : 1;
}
