// SPDX-License-Identifier: Apache-2.0
// (b) The demo generator at scale: trialcrf-cli demo as a separate process.
#include "benchmarks.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <sys/resource.h>

namespace trialcrf::bench {

namespace {
constexpr double kGoalSeconds = 60;
constexpr double kGoalMb = 200;
}  // namespace

bool demoBench(const QString &database, int subjects, QTextStream &out)
{
    out << "(b) trialcrf-cli demo --subjects " << subjects << Qt::endl;
    QProcess demo;
    demo.setProcessChannelMode(QProcess::ForwardedErrorChannel);  // its progress lines
    QElapsedTimer t;
    t.start();
    demo.start(QStringLiteral(TRIALCRF_CLI),
               {QStringLiteral("demo"), QStringLiteral("--db"), database,
                QStringLiteral("--subjects"), QString::number(subjects)});
    demo.waitForFinished(-1);
    const double seconds = double(t.elapsed()) / 1000.0;
    if (demo.exitStatus() != QProcess::NormalExit || demo.exitCode() != 0) {
        out << "  demo failed (exit " << demo.exitCode() << ")" << Qt::endl;
        return false;
    }
    // The largest child this process has waited for: the demo (the only big one).
    struct rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double peakMb = double(usage.ru_maxrss) / 1024.0;
    const double fileMb = double(QFileInfo(database).size()) / (1024.0 * 1024.0);
    const bool timeMet = seconds < kGoalSeconds;
    const bool memoryMet = peakMb < kGoalMb;
    out << "  wall time " << QString::number(seconds, 'f', 1) << " s ("
        << QString::number(subjects / seconds, 'f', 0) << " subjects/s; goal < " << kGoalSeconds
        << " s): " << (timeMet ? "met" : "NOT met") << '\n'
        << "  peak RSS " << QString::number(peakMb, 'f', 0) << " MB (goal < " << kGoalMb
        << " MB): " << (memoryMet ? "met" : "NOT met") << '\n'
        << "  database file " << QString::number(fileMb, 'f', 0) << " MB" << Qt::endl;
    return timeMet && memoryMet;
}

}  // namespace trialcrf::bench
