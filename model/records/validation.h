// SPDX-License-Identifier: Apache-2.0
// Small building blocks the records' validate() functions share. Internal to model/records.
#pragma once

#include "protocol/protocol.h"
#include "records/fielderror.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace trialcrf::validation {

/// A number as an error-message argument: no trailing zeros, no exponent ("20", "0.1").
QString number(double v);

/// Appends one error.
void add(FieldErrors &errors, const QString &field, const char *source,
         const QStringList &args = {});

/// Appends one missing item: a required field not recorded yet (saved, page incomplete).
void missing(FieldErrors &errors, const QString &field, const char *source,
             const QStringList &args = {});

/// True when the text is empty or only white space.
bool isBlank(const QString &text);

/// A required text: `missingSource` (a missing item) when blank, `tooLongSource` with the
/// length as %1 when longer than `maxLength`. True when it has a value of an allowed length.
bool requiredText(FieldErrors &errors, const QString &field, const QString &text,
                  int maxLength, const char *missingSource, const char *tooLongSource);

/// Adds "The date cannot be in the future." when date is after today.
/// An invalid (not injected) today disables the check rather than using the wall clock.
void notInFuture(FieldErrors &errors, const QString &field, const std::optional<QDate> &date,
                 const QDate &today);

/// Adds `source` with the range's min and max as %1 and %2 when value is outside range.
/// Returns false when an error was added.
bool inRange(FieldErrors &errors, const QString &field, const std::optional<double> &value,
             const Range &range, const char *source);

/// True when v has at most one decimal (63.5 yes, 63.55 no), tolerant of binary rounding.
bool hasAtMostOneDecimal(double v);

/// The highest area score of the protocol (6 for the six area bands).
int maxAreaScore(const Protocol &p);

/// The highest possible PASI in tenths: Σ weight × 3 × severity max × max area score.
int maxPasiTenths(const Protocol &p);

}  // namespace trialcrf::validation
