// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli demo --db FILE [--subjects N] [--seed S]: a synthetic study, marked DEMO.
#include "cli.h"
#include "command.h"

#include "demo/demogenerator.h"
#include "protocol/protocol.h"
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace trialcrf::cli {

namespace {

const QString kCommand = QStringLiteral("demo");
constexpr int kDefaultSubjects = 40;
constexpr int kMaxSubjects = 1000000;
constexpr int kProgressFrom = 2000;  // smaller studies are done before anyone would wait

/// Peak resident memory of this process in MB (VmHWM), or -1 where /proc is missing.
qint64 peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

/// An existing file may be replaced only when it is itself a demo.
bool refuseNonDemo(const QString &path, QTextStream &err)
{
    Database existing;
    if (!Cli::open(existing, path, Database::OpenMode::ReadOnly, err))
        return true;
    if (!existing.isDemo()) {
        Cli::fail(err, Cli::tr("%1 is not a demo database; demo never writes into a real study")
                           .arg(path));
        return true;
    }
    return false;
}

/// Moves the finished demo over the target in one rename, so readers see all or nothing.
bool replace(const QString &from, const QString &to, QString *error)
{
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));  // never let an old WAL meet the new file
    if (QFile::exists(from + QLatin1String("-wal")) &&
        std::rename(QFile::encodeName(from + QLatin1String("-wal")).constData(),
                    QFile::encodeName(to + QLatin1String("-wal")).constData()) != 0) {
        *error = Cli::tr("cannot move %1-wal into place").arg(from);
        return false;
    }
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        *error = Cli::tr("cannot move %1 to %2").arg(from, to);
        return false;
    }
    QFile::remove(from + QLatin1String("-shm"));
    return true;
}

void printSummary(QTextStream &out, const QString &path, const DemoGenerator::Stats &s)
{
    QStringList statuses;
    for (auto it = s.byStatus.cbegin(); it != s.byStatus.cend(); ++it)
        statuses << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    out << Cli::tr("Demo study %1: %2 subjects (%3), %4 PASI assessments, %5 infusions "
                   "(%6 dose deviations), %7 adverse events.")
               .arg(path)
               .arg(s.subjects)
               .arg(statuses.join(QLatin1String(", ")))
               .arg(s.pasi)
               .arg(s.infusions)
               .arg(s.deviations)
               .arg(s.adverseEvents)
        << '\n';
    QStringList names;
    for (const DemoGenerator::Account &a : DemoGenerator::accounts())
        names << a.userName;
    out << Cli::tr("Accounts %1, each with the demo password \"%2\" (demo databases only).")
               .arg(names.join(QLatin1String(", ")), DemoGenerator::password())
        << '\n';
}

int runDemo(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Creates a synthetic demo study, marked DEMO, with the accounts nurse, "
                "physician, monitor and datamanager (password \"%1\"). An existing demo "
                "database is replaced; any other existing file is refused. The same seed "
                "gives the same study.")
            .arg(DemoGenerator::password()));
    const QCommandLineOption subjects(QStringLiteral("subjects"),
                                      Cli::tr("Number of subjects (default %1).").arg(kDefaultSubjects),
                                      Cli::tr("N"), QString::number(kDefaultSubjects));
    const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Random seed (default 1)."),
                                  Cli::tr("S"), QStringLiteral("1"));
    Cli::addLocationOptions(parser);
    parser.addOptions({subjects, seed});
    if (const std::optional<int> code = Cli::parse(parser, args, kCommand, out, err))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usage(err, kCommand,
                          Cli::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const std::optional<QString> path = Cli::fileLocation(parser, kCommand,
        Cli::tr("demo builds a new study file; it does not write into a server database."), err);
    if (!path)
        return Cli::Usage;
    bool ok = false;
    const int count = parser.value(subjects).toInt(&ok);
    if (!ok || count < 0 || count > kMaxSubjects)
        return Cli::usage(err, kCommand,
                          Cli::tr("--subjects must be a whole number from 0 to %1.").arg(kMaxSubjects));
    const quint32 seedValue = parser.value(seed).toUInt(&ok);
    if (!ok)
        return Cli::usage(err, kCommand, Cli::tr("--seed must be a whole number from 0 to 4294967295."));

    const QString folder = Cli::missingFolder(*path);
    if (!folder.isEmpty())
        return Cli::fail(err, Cli::tr("cannot open %1: folder %2 does not exist").arg(*path, folder));
    if (QFileInfo::exists(*path) && refuseNonDemo(*path, err))
        return Cli::Failure;

    // Built beside the target and renamed over it at the end: never half a demo.
    const QFileInfo target(*path);
    const QString building = target.absoluteDir().filePath(
        QStringLiteral(".%1.demo-%2").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    Cli::removeDatabaseFiles(building);
    QElapsedTimer clock;
    clock.start();
    DemoGenerator::Stats stats;
    {
        Database database;
        if (!database.open(building, Database::OpenMode::CreateOrMigrate)) {
            const QString message = Cli::openError(database, building);
            Cli::removeDatabaseFiles(building);
            return Cli::fail(err, message);
        }
        DemoGenerator generator(database, Protocol::builtIn());
        const auto progress = [&err, &clock](int done, int total) {
            if (total >= kProgressFrom)
                err << Cli::tr("demo: %1/%2 subjects, %3 s").arg(done).arg(total)
                           .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                    << Qt::endl;
        };
        QString error;
        if (!generator.generate(count, seedValue, &error, progress)) {
            database.close();
            Cli::removeDatabaseFiles(building);
            return Cli::fail(err, Cli::tr("cannot create the demo: %1").arg(error));
        }
        stats = generator.stats();
    }
    QString error;
    if (!replace(building, *path, &error)) {
        Cli::removeDatabaseFiles(building);
        return Cli::fail(err, error);
    }
    printSummary(out, *path, stats);
    if (count >= kProgressFrom)
        err << Cli::tr("demo: %1 subjects in %2 s, peak memory %3 MB")
                   .arg(count)
                   .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(peakMemoryMb())
            << Qt::endl;
    return Cli::Ok;
}

}  // namespace

TRIALCRF_CLI_COMMAND("demo",
                     QT_TRANSLATE_NOOP("Cli", "Create a synthetic demo study, marked DEMO."),
                     runDemo);

}  // namespace trialcrf::cli
