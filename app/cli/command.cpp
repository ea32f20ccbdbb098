// SPDX-License-Identifier: Apache-2.0
#include "command.h"

#include <QMap>

namespace trialcrf::cli {

namespace {
// A function-local static: commands register during static initialisation, in any order.
QMap<QString, Command> &commands()
{
    static QMap<QString, Command> map;
    return map;
}
}  // namespace

void CommandRegistry::add(const Command &command)
{
    commands().insert(command.name, command);
}

const Command *CommandRegistry::find(const QString &name)
{
    const auto it = commands().constFind(name);
    return it == commands().cend() ? nullptr : &it.value();
}

QList<Command> CommandRegistry::all()
{
    return commands().values();
}

}  // namespace trialcrf::cli
