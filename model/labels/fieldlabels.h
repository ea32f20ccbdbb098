// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "labels/codelabels.h"

#include <QString>

namespace trialcrf {

/// Labels for stored columns and their stored values, for the audit trail: "status" →
/// "Status", "enrolled" in "status" → "Enrolled" (through CodeLabels), an insert's JSON
/// object → "Status: Enrolled; Sex: Female; …". Source texts are QT_TRANSLATE_NOOP entries in
/// the "FieldLabels" context, translated when shown. What is not a code (typed text,
/// numbers, dates) stays as stored; an unknown column comes back unchanged.
class FieldLabels
{
public:
    /// The label of a stored column (a field of the audit trail).
    static QString column(const QString &column);
    /// A PASI region's score, "Head — Erythema": a region code and a FieldLabels source
    /// text, composed here only (the audit trail, the forms' messages, the data dictionary).
    static QString regionItem(const QString &region, const char *item,
                              CodeLabels::Translate tr = nullptr);
    /// A stored value of `column` in words: codes labelled, anything else as stored.
    static QString value(const QString &column, const QString &stored);
    /// An audit row's JSON (an insert's record, a signature): each key labelled with its
    /// value; nested lists (an infusion's vital signs) one item after another. Text that is
    /// not a JSON object or array comes back unchanged.
    static QString json(const QString &text);
};

}  // namespace trialcrf
