// SPDX-License-Identifier: Apache-2.0
// vitals_bench: the infusion page's vital-signs table filled with the protocol's maximum
// number of sets (one before, one after, one every interval within the day), against a
// reference built in the same run: a plain QGridLayout with the same number of line edits
// and labels, laid out once. Alternating, median of --runs each. The ratio says what the
// editor adds over Qt's own cost of those widgets; goal <= 3. Not a test (docs/benchmarks.md).
#include "protocol/protocol.h"
#include "records/infusion.h"
#include "vitalsignseditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextStream>
#include <algorithm>

using namespace trialcrf;

namespace {

constexpr double kGoalRatio = 3.0;

QList<VitalSigns> maximumSets()
{
    const Protocol &p = Protocol::builtIn();
    const int sets = Infusion::maxVitalSets(p);
    QList<VitalSigns> list;
    for (int i = 0; i < sets; ++i) {
        VitalSigns v;
        v.phase = i == 0 ? QStringLiteral("before")
                         : i == sets - 1 ? QStringLiteral("after") : QStringLiteral("during");
        if (v.phase == QLatin1String("during"))
            v.minute = i * p.ranges.vitalsIntervalMin;
        v.time = QTime(8, 0).addSecs(60 * i * p.ranges.vitalsIntervalMin);
        v.temperatureC = 36.6;
        v.pulseBpm = 72;
        v.respirationPerMin = 16;
        v.systolicMmHg = 120;
        v.diastolicMmHg = 80;
        list << v;
    }
    return list;
}

qint64 timeEditor(const QList<VitalSigns> &sets)
{
    QElapsedTimer t;
    t.start();
    {
        VitalSignsEditor editor;
        editor.setInterval(Protocol::builtIn().ranges.vitalsIntervalMin);
        editor.setVitals(sets);
        editor.show();
        QApplication::processEvents();
    }
    return t.nsecsElapsed();
}

qint64 timeReference(int rows)
{
    QElapsedTimer t;
    t.start();
    {
        QWidget w;
        auto *grid = new QGridLayout(&w);
        for (int r = 0; r < rows; ++r) {
            grid->addWidget(new QLabel(QStringLiteral("during"), &w), 2 * r, 0);
            for (int c = 1; c < 8; ++c)
                grid->addWidget(new QLineEdit(QStringLiteral("36.6"), &w), 2 * r, c);
            grid->addWidget(new QLabel(&w), 2 * r + 1, 0, 1, 8);
        }
        w.show();
        QApplication::processEvents();
    }
    return t.nsecsElapsed();
}

double medianMs(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2) / 1e6;
}

}  // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int runs = 21;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = qMax(1, args.at(i + 1).toInt());
    const QList<VitalSigns> sets = maximumSets();
    timeEditor(sets);  // warm-up: fonts, styles
    timeReference(int(sets.size()));
    QList<qint64> editor, reference;
    for (int i = 0; i < runs; ++i) {
        if (i % 2) {
            editor << timeEditor(sets);
            reference << timeReference(int(sets.size()));
        } else {
            reference << timeReference(int(sets.size()));
            editor << timeEditor(sets);
        }
    }
    const double ratio = medianMs(editor) / medianMs(reference);
    QTextStream out(stdout);
    out << "vital-signs table with the protocol's maximum of " << sets.size() << " sets, "
        << runs << " runs each\n"
        << "  editor (setVitals, shown): median " << QString::number(medianMs(editor), 'f', 1)
        << " ms\n"
        << "  reference (the same widgets in a grid): median "
        << QString::number(medianMs(reference), 'f', 1) << " ms\n"
        << "  ratio " << QString::number(ratio, 'f', 2) << " (goal <= " << kGoalRatio << "): "
        << (ratio <= kGoalRatio ? "met" : "NOT met") << '\n';
    return ratio <= kGoalRatio ? 0 : 1;
}
