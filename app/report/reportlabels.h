// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace trialcrf {

/// Translated labels for the stored codes the charts and the report show (visit codes,
/// statuses, verdicts, criteria, AE codes). The report library links Qt Gui only, so it
/// cannot use forms/codelabels.h (a Widgets library); the wording follows the glossary.
/// Unknown codes come back unchanged, so nothing recorded is ever hidden.
class ReportLabels {
    Q_DECLARE_TR_FUNCTIONS(ReportLabels)
public:
    static QString visit(const QString &code);
    static QString subjectStatus(const QString &code);
    static QString sex(const QString &code);
    static QString verdict(const QString &code);
    /// The criterion in words, with its numbers from the protocol.
    static QString criterion(const Protocol &p, const QString &code);
    static QString dataItem(const QString &column);  ///< an eligibility.csv column
    static QString grade(const QString &code);
    static QString relatedness(const QString &code);
    static QString action(const QString &code);
    static QString outcome(const QString &code);
    static QString saeCriterion(const QString &code);
    static QString vitalPhase(const QString &code);
    static QString yesNo(const std::optional<bool> &value);
    static QString auditAction(const QString &code);

    /// ISO date (unambiguous in both languages); "—" when not recorded.
    static QString date(const std::optional<QDate> &d);
    static QString notRecorded();
    /// A percentage from tenths of a percent, one decimal: "37.5 %"; "—" when undefined.
    static QString percentTenths(const std::optional<int> &tenths);
    /// Cell counts as "1.27 × 10⁸".
    static QString cells(const std::optional<qint64> &cells);
    static QString number(double v, int decimals);
};

}  // namespace trialcrf
