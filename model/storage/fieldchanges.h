// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/adverseevent.h"
#include "records/consent.h"
#include "records/eligibility.h"
#include "records/infusion.h"
#include "records/pasiassessment.h"
#include "records/subject.h"

#include <QList>
#include <QString>

namespace trialcrf {

class Row;
struct Protocol;
struct RowField;

/// One field a save would change, as the audit trail will record it: the stored column and
/// its old and new values in storage text (ISO dates, codes, dot decimals; empty = not
/// recorded). The reason dialog shows these before the save (labelled and formatted).
struct FieldChange {
    QString column;
    QString oldText, newText;
    bool jsonText = false;  ///< the texts are JSON (an audit-only list, e.g. vital signs)

    bool operator==(const FieldChange &o) const
    {
        return column == o.column && oldText == o.oldText && newText == o.newText
               && jsonText == o.jsonText;
    }
};

/// The changes between a record as saved and as it would be saved: exactly the fields the
/// update's audit rows will name (RowWriter::update compares with the same rule), in the
/// record's column order. Pure functions: no database.
class FieldChanges {
public:
    /// `after`'s fields whose text differs from `before`'s (a field missing from `before`
    /// differs when `after` records it).
    static QList<FieldChange> between(const Row &before, const Row &after);
    /// Whether one field of `after` differs from its namesake in `before` (null: missing).
    static bool differs(const RowField *before, const RowField &after);
    /// Whether the change corrects what was recorded (and so needs a reason for change), as
    /// opposed to completing it: a value typed where none was recorded, or readings added to
    /// a list whose recorded readings all stay as they were, is no correction.
    static bool isCorrection(const FieldChange &change);
    static bool anyCorrection(const QList<FieldChange> &changes);

    static QList<FieldChange> between(const Subject &before, const Subject &after);
    static QList<FieldChange> between(const Consent &before, const Consent &after);
    /// The investigator's confirmation stamp is the store's to set: both sides keep it.
    static QList<FieldChange> between(const Eligibility &before, const Eligibility &after);
    static QList<FieldChange> between(const Infusion &before, const Infusion &after);
    static QList<FieldChange> between(const Protocol &p, const PasiAssessment &before,
                                      const PasiAssessment &after);
    static QList<FieldChange> between(const AdverseEvent &before, const AdverseEvent &after);
};

}  // namespace trialcrf
