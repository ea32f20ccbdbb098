// SPDX-License-Identifier: Apache-2.0
// trialcrf-bench: the speed figures of docs/benchmarks.md, each against a reference measured
// in the same run. Exit code 0 when every goal was met, 1 otherwise.
#include "benchmarks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

using namespace trialcrf::bench;

namespace {

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures trialcrf's speed against references in the same run: (a) saving an "
        "infusion vs raw sqlite3, (b) a large demo study, (c) loading casebooks from it."));
    parser.addHelpOption();
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only these parts, e.g. a,c."),
                                  QStringLiteral("PARTS"), QStringLiteral("a,b,c"));
    const QCommandLineOption saves(QStringLiteral("saves"), QStringLiteral("Saves per side in (a)."),
                                   QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption subjects(QStringLiteral("subjects"), QStringLiteral("Demo subjects in (b)."),
                                      QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption casebooks(QStringLiteral("casebooks"),
                                       QStringLiteral("Casebooks loaded in (c)."),
                                       QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Existing demo database for (c), instead of (b)'s."),
                                QStringLiteral("FILE"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the work files."),
                                 QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the work files."));
    parser.addOptions({only, saves, subjects, casebooks, db, dir, keep});
    parser.process(app);

    QTemporaryDir work(QDir(parser.value(dir)).filePath(QStringLiteral("trialcrf-bench-XXXXXX")));
    if (!work.isValid()) {
        qCritical("trialcrf-bench: cannot create a folder in %s", qPrintable(parser.value(dir)));
        return 1;
    }
    work.setAutoRemove(!parser.isSet(keep));

    QTextStream out(stdout);
    out << "trialcrf-bench: " << QThread::idealThreadCount() << " CPUs, " << cpuModel()
        << ", Qt " << qVersion() << ", SQLite " << sqlite3_libversion() << ", "
        << QSysInfo::prettyProductName() << '\n'
        << "work folder " << work.path() << (parser.isSet(keep) ? " (kept)" : "") << "\n\n"
        << Qt::flush;

    const QStringList parts = parser.value(only).split(QLatin1Char(','));
    bool allMet = true;
    if (parts.contains(QLatin1String("a")))
        allMet &= saveInfusionBench(work.path(), parser.value(saves).toInt(), out);
    QString study = parser.value(db);
    if (parts.contains(QLatin1String("b")) && study.isEmpty()) {
        study = work.filePath(QStringLiteral("demo.db"));
        out << '\n';
        allMet &= demoBench(study, parser.value(subjects).toInt(), out);
    }
    if (parts.contains(QLatin1String("c"))) {
        out << '\n';
        if (study.isEmpty() || !QFile::exists(study)) {
            out << "(c) needs (b) or --db FILE" << Qt::endl;
            allMet = false;
        } else {
            allMet &= casebookBench(study, parser.value(casebooks).toInt(), out);
        }
    }
    out << '\n' << (allMet ? "every goal met" : "some goals NOT met") << Qt::endl;
    return allMet ? 0 : 1;
}
