// SPDX-License-Identifier: Apache-2.0
// The three measurements of trialcrf-bench. Each prints its own lines and returns whether
// its goal was met (false also when it could not run).
#pragma once

#include <QString>
#include <QTextStream>

namespace trialcrf::bench {

/// (a) One infusion saved through StudyStore (validate + transaction + audit) against one
/// raw sqlite3 insert + commit with the same pragmas, interleaved, `n` of each.
bool saveInfusionBench(const QString &folder, int n, QTextStream &out);

/// (b) `trialcrf-cli demo --subjects n` into `database`: wall time and peak memory.
bool demoBench(const QString &database, int subjects, QTextStream &out);

/// (c) loadCasebook of `n` random subjects from `database`, against raw sqlite3 selects of
/// the same rows.
bool casebookBench(const QString &database, int n, QTextStream &out);

}  // namespace trialcrf::bench
