// SPDX-License-Identifier: Apache-2.0
// Running a program as a user would, and changing a study behind the app's back, for the
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

/// The database password the CLI gets on the test server (TRIALCRF_DB_PASSWORD).
QString testServerPassword();

/// The CLI's location options for the study a test keeps at `path`: "--db PATH", or on the
/// test server (testserver.h) "--server URL" of studyAt(PATH).
QStringList locationArgs(const QString &path);

/// Runs trialcrf-cli (`program`) as someone at a desk would, without a terminal (its own
/// session: a forgotten password fails, never prompts); every password variable only from
/// `env`. On the test server each "--db PATH" becomes locationArgs(PATH), with the database
/// password in TRIALCRF_DB_PASSWORD, and "demo --db PATH" (a server takes no demo of its own)
/// builds the demo in a file beside PATH and migrates it onto the server as its data manager.
ProcessRun runCli(const QString &program, const QStringList &args,
                  const QMap<QString, QString> &env = {});
/// runCli for a study that is a file on both backends (a backup's copy, a demo source).
ProcessRun runCliOnFile(const QString &program, const QStringList &args,
                        const QMap<QString, QString> &env = {});

/// Copies the study a test keeps at `from` to `to` (which must not exist): the file, or on
/// the test server a database made from `from`'s as its template. False with a warning.
bool copyStudy(const QString &from, const QString &to);

/// Runs SQL on the file through a connection of its own, not the app's (what anyone holding
/// the file could do). A failed statement fails the current test.
void sqlOnFile(const QString &path, const QStringList &statements);
/// sqlOnFile for the study a test keeps at `path`: on the test server the statements, in
/// SQLite's words, run through execPortable on a connection of their own to its database.
void sqlOnStudy(const QString &path, const QStringList &statements);

}  // namespace trialcrf::fixtures
