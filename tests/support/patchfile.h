// SPDX-License-Identifier: Apache-2.0
// An export edited by a test: one replacement in one file.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace trialcrf::fixtures {

/// Replaces the first occurrence of `from` in a file.
inline bool patchFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.indexOf(from);
    if (at < 0)
        return false;
    bytes.replace(at, from.size(), to);
    return f.resize(0) && f.write(bytes) == bytes.size();
}

}  // namespace trialcrf::fixtures
