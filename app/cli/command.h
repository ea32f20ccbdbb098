// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace trialcrf::cli {

/// Runs one command. `args` is the command line without the command name: args[0] is the
/// program, so it suits QCommandLineParser::parse() (see Cli::parse). Returns the exit code:
/// 0 done, 1 failed (one line on `err`), 2 usage error.
using CommandFunction = int (*)(const QStringList &args, QTextStream &out, QTextStream &err);

/// Creates the application object for a command that needs more than QCoreApplication
/// (e.g. a QGuiApplication to paint a PDF). The CLI itself links Qt Core only.
using ApplicationFactory = std::unique_ptr<QCoreApplication> (*)(int &argc, char **argv);

struct Command {
    QString name;                 ///< what the user types: "init", "demo", …
    const char *summary = nullptr;  ///< QT_TRANSLATE_NOOP("Cli", …): one line for --help
    CommandFunction run = nullptr;
    ApplicationFactory makeApplication = nullptr;  ///< nullptr: QCoreApplication
};

/// Every command of trialcrf-cli, filled before main() by the commands' own source files.
class CommandRegistry {
public:
    static void add(const Command &command);
    static const Command *find(const QString &name);
    static QList<Command> all();  ///< ordered by name
};

/// Registers a command when its source file's static objects are constructed.
struct CommandRegistration {
    explicit CommandRegistration(const Command &command) { CommandRegistry::add(command); }
};

}  // namespace trialcrf::cli

/// In a command's .cpp file, at namespace scope:
///   TRIALCRF_CLI_COMMAND("verify", QT_TRANSLATE_NOOP("Cli", "Check …"), runVerify);
#define TRIALCRF_CLI_COMMAND(name, summary, function)                                      \
    static const ::trialcrf::cli::CommandRegistration trialcrfCliCommand_##function(        \
        ::trialcrf::cli::Command{QStringLiteral(name), summary, function, nullptr})

/// As TRIALCRF_CLI_COMMAND, for a command that creates its own application object.
#define TRIALCRF_CLI_COMMAND_WITH_APPLICATION(name, summary, function, factory)            \
    static const ::trialcrf::cli::CommandRegistration trialcrfCliCommand_##function(        \
        ::trialcrf::cli::Command{QStringLiteral(name), summary, function, factory})
