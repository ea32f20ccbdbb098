// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/monitoredfields.h"

#include <QString>

namespace trialcrf {

/// Words for the monitoring codes and for a field reference, in the reader's language
/// ("MonitoringLabels" and "FieldLabels" contexts).
class MonitoringLabels {
public:
    /// The page: "Informed consent", "Infusion — Week 0", "Adverse event 2", …
    static QString page(const FieldRef &ref);
    /// The field's label ("Body weight"); the page's name when the reference is a page.
    static QString field(const FieldRef &ref);
    /// "Infusion — Week 0: Body weight"
    static QString place(const FieldRef &ref);
    static QString queryState(const QString &code);  ///< open, answered, closed
    static QString messageKind(const QString &code);  ///< raise, answer, close, reopen
    static QString mustAct(const QString &code);     ///< site, monitor; empty = nobody
    /// "12 / 15 verified", with ", 2 changed since verified" when any are.
    static QString progress(int verified, int total, int broken);
};

}  // namespace trialcrf
