// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rules/rules.h"
#include "storage/session.h"

#include <QDate>
#include <QString>
#include <optional>

namespace trialcrf {

/// Translated labels for what the item models show beyond the stored codes (CodeLabels):
/// visit states as the timeline words them, roles, and dates in the locale's format. Looked
/// up each time they are shown, so a language switch needs no reload; stored values stay codes.
class ItemLabels {
public:
    /// "Overdue", "Done out of window", …; `dueToday` says "Due today" instead of "Due".
    static QString visitState(rules::VisitState state, bool dueToday = false);
    /// The role's label from CodeLabels (which also labels the other stored codes).
    static QString role(Role role);
    /// The date in the default locale's short format with a four-digit year; "—" when empty.
    static QString date(const std::optional<QDate> &date);
    static QString date(QDate date);
    /// "—": a value not recorded or not applicable.
    static QString none();

    /// The signed-state code of a casebook: "approved", "reviewed", "changed_since_signed"
    /// (a page was saved after the signature), "not_signed".
    static QString signedStateCode(const QString &meaning, bool changedSinceSigned);
    /// "Signed: approved", "Signed: reviewed", "Changed since signed", "Not signed".
    static QString signedState(const QString &code);
    /// "Incomplete": a page or visit saved with required items not yet recorded.
    static QString incomplete();
};

}  // namespace trialcrf
