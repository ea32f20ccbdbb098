// SPDX-License-Identifier: Apache-2.0
// trialcrf-cli: finds the command named by the first argument in the registry and runs it.
// Commands register themselves (command.h), so this file never changes when one is added.
#include "cli.h"
#include "command.h"

#include <QCoreApplication>
#include <QTextStream>
#include <memory>

using trialcrf::cli::Cli;
using trialcrf::cli::Command;
using trialcrf::cli::CommandRegistry;

namespace {

void printOverview(QTextStream &out)
{
    out << Cli::tr("Usage: %1 COMMAND [options]").arg(Cli::programName()) << "\n\n"
        << Cli::tr("The data operations of trialcrf, for scripts.") << "\n\n"
        << Cli::tr("Commands:") << '\n';
    for (const Command &c : CommandRegistry::all())
        out << "  " << c.name.leftJustified(9) << ' '
            << QCoreApplication::translate("Cli", c.summary) << '\n';
    out << '\n'
        << Cli::tr("Run '%1 COMMAND --help' for the options of a command.")
               .arg(Cli::programName())
        << '\n'
        << Cli::tr("Passwords are read from the terminal without echo; scripts set "
                   "TRIALCRF_PASSWORD (a new password) and TRIALCRF_AS_PASSWORD (the password "
                   "of the user named by --as).")
        << '\n'
        << Cli::tr("Exit codes: 0 done, 1 failed, 2 wrong usage.") << '\n';
}

}  // namespace

int main(int argc, char **argv)
{
    const QString name = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const Command *command = CommandRegistry::find(name);
    std::unique_ptr<QCoreApplication> app =
        command && command->makeApplication ? command->makeApplication(argc, argv)
                                            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(Cli::programName());
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIALCRF_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    if (command) {
        args.removeAt(1);
        return command->run(args, out, err);
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") ||
        name == QLatin1String("help")) {
        printOverview(out);
        return Cli::Ok;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out << Cli::programName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Cli::Ok;
    }
    if (name.isEmpty()) {
        err << Cli::programName() << ": "
            << Cli::tr("a command is required (see '%1 --help')").arg(Cli::programName())
            << Qt::endl;
        return Cli::Usage;
    }
    err << Cli::programName() << ": "
        << Cli::tr("unknown command '%1' (see '%2 --help')").arg(name, Cli::programName())
        << Qt::endl;
    return Cli::Usage;
}
