// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace trialcrf {

/// What the charts and the report show beyond the stored codes (those are labelled by
/// model's CodeLabels, the one table for every screen): criteria in words with the protocol's
/// numbers, dates, percentages and cell counts. Unknown codes come back unchanged, so nothing
/// recorded is ever hidden.
class ReportLabels {
    Q_DECLARE_TR_FUNCTIONS(ReportLabels)
public:
    /// The criterion in words, with its numbers from the protocol.
    static QString criterion(const Protocol &p, const QString &code);
    static QString yesNo(const std::optional<bool> &value);

    /// ISO date (unambiguous in both languages); "—" when not recorded.
    static QString date(const std::optional<QDate> &d);
    static QString notRecorded();
    /// The label, or notRecorded() when the stored code is empty.
    static QString orNone(const QString &label);
    /// A percentage from tenths of a percent, one decimal: "37.5 %"; "—" when undefined.
    static QString percentTenths(const std::optional<int> &tenths);
    /// Cell counts as "1.27 × 10⁸".
    static QString cells(const std::optional<qint64> &cells);
    static QString number(double v, int decimals);
};

}  // namespace trialcrf
