// SPDX-License-Identifier: Apache-2.0
// Running a program as a user would, and changing a study file behind the app's back, for the
// end-to-end tests of trialcrf-cli.
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace trialcrf::fixtures {

struct ProcessRun {
    int code = -1;  ///< -1 when the program crashed
    QString out, err;
};

/// Runs `program` with `args` to the end; its standard input closed, TRIALCRF_PASSWORD and
/// TRIALCRF_AS_PASSWORD only from `env`.
ProcessRun runProgram(const QString &program, const QStringList &args,
                      const QMap<QString, QString> &env = {});

/// Runs SQL on the file through a connection of its own, not the app's (what anyone holding
/// the file could do). A failed statement fails the current test.
void sqlOnFile(const QString &path, const QStringList &statements);

}  // namespace trialcrf::fixtures
