// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace trialcrf {

/// Progress of a long export or import: `done` of `total` units. Return false to cancel; the
/// operation then stops and leaves nothing behind.
using ExchangeProgress = std::function<bool(qint64 done, qint64 total)>;

/// One thing wrong with the files being imported: which file, where, and why.
struct ExchangeProblem {
    QString file;      ///< "pasi.csv"; empty for the folder as a whole
    qint64 line = 0;   ///< 1-based line of the record (its first line); 0 = the whole file
    int column = 0;    ///< 1-based: the field's position in the row, or for CSV syntax the
                       ///< character on the line; 0 = the whole row
    QString field;     ///< the column name, when known
    const char *source = nullptr;  ///< QT_TRANSLATE_NOOP("Validation", …), %1.. = args
    QStringList args;

    /// The reason, in the current UI language.
    QString text() const;
    /// "pasi.csv:5:7: head_area: The area score must be between 0 and 6."
    QString toString() const;
    /// File, field and arguments with their control characters escaped (escapeControls):
    /// what a problem echoes from the files never drives a terminal or splits its line.
    void escapeEchoedText();
};

/// Text from a file made safe to print: control characters (C0, DEL, C1, line and paragraph
/// separators, bidirectional overrides) become \n, \r, \t or \xHH / \uHHHH; a backslash
/// stays as it is.
QString escapeControls(const QString &text);

}  // namespace trialcrf
