// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchange/exchangeproblem.h"

#include <QHash>
#include <QMap>
#include <QString>

namespace trialcrf {

/// manifest.csv of an export folder: every file the export wrote with its data rows, its size
/// and its SHA-256, so an import can tell a file cut short, changed or swapped after export.
/// The export writes it last; the other files and their columns are not touched by it.
namespace manifest {

inline QString fileName()
{
    return QStringLiteral("manifest.csv");
}

struct Entry {
    QString file;
    qint64 rows = 0;   ///< data rows (the header not counted)
    qint64 bytes = 0;  ///< the file's size
    QByteArray sha256;  ///< lower-case hex
    qint64 line = 0;   ///< its line in manifest.csv
};

/// The SHA-256 of a file as lower-case hex; empty (and *error) when it cannot be read.
QByteArray sha256(const QString &path, QString *error);

/// Writes manifest.csv into `folder` for the files in `rows` (file name → data rows).
bool write(const QString &folder, const QMap<QString, qint64> &rows, bool byteOrderMark,
           QString *error);

/// Reads `folder`'s manifest.csv; problems (malformed, unknown header) go to `problems`.
QHash<QString, Entry> read(const QString &folder, QList<ExchangeProblem> *problems);

}  // namespace manifest
}  // namespace trialcrf
