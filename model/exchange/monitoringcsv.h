// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchange/datadictionary.h"
#include "storage/session.h"

#include <QList>
#include <QString>
#include <functional>

namespace trialcrf {

class CsvWriter;
class StudyStore;

/// The monitoring files of the export: queries.csv (one row per query), query_messages.csv
/// (every message of every thread) and sdv.csv (each field's standing SDV mark and whether
/// the value changed since). A field is named by its record file ("infusions", "pasi", …),
/// the record's key within the subject (visit code or AE number, empty for the one-per-subject
/// pages) and its column in that file (empty: the whole page).
namespace monitoringcsv {

/// The three files' definitions, for the data dictionary.
QList<FileDef> fileDefs();

using Fill = std::function<bool(CsvWriter &, QString *error)>;
using WriteFile = std::function<bool(const QString &fileDefName, const Fill &fill)>;
/// Writes the three files through `writeFile` (the exporter's: it opens the file, writes the
/// dictionary's header, lets the fill write the rows, closes it).
bool writeAll(const StudyStore &store, const Session &session, const WriteFile &writeFile);

}  // namespace monitoringcsv

}  // namespace trialcrf
