// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rules/rules.h"
#include "storage/session.h"

#include <QDate>
#include <QString>
#include <optional>

namespace trialcrf {

/// Translated labels for the codes the item models show (status, visit, visit state, role)
/// and dates in the locale's format. Looked up each time they are shown, so a language switch
/// needs no reload; stored values stay codes.
class ItemLabels {
public:
    /// "Enrolled" for "enrolled"; an unknown code is shown as it is.
    static QString subjectStatus(const QString &code);
    /// "Screening", "Week 0" … "Week 12".
    static QString visit(const QString &code);
    /// "Overdue", "Done out of window", …; `dueToday` says "Due today" instead of "Due".
    static QString visitState(rules::VisitState state, bool dueToday = false);
    static QString role(Role role);
    /// The date in the default locale's short format with a four-digit year; "—" when empty.
    static QString date(const std::optional<QDate> &date);
    static QString date(QDate date);
    /// "—": a value not recorded or not applicable.
    static QString none();
};

}  // namespace trialcrf
