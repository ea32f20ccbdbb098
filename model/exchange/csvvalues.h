// SPDX-License-Identifier: Apache-2.0
// How each kind of value is written to and read from a CSV cell: ISO dates, 24-hour times,
// dot decimals, yes/no, an empty cell for "not recorded". Export and import share these, so
// what one writes the other reads back unchanged.
#pragma once

#include "rules/rules.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <optional>

namespace trialcrf::csvvalues {

// ---- writing (UTF-8 bytes; empty = not recorded) ------------------------------------------
QByteArray date(const std::optional<QDate> &d);
/// "HH:mm", or "HH:mm:ss" when the seconds are not zero.
QByteArray time(const std::optional<QTime> &t);
/// ISO 8601 UTC with milliseconds: 2024-03-01T08:15:00.000Z
QByteArray dateTimeUtc(const QDateTime &dt);
QByteArray yesNo(const std::optional<bool> &b);
/// Shortest text that reads back as the same double, never an exponent: 63.5, 0.0123, 20.
QByteArray decimal(const std::optional<double> &v);
QByteArray integer(const std::optional<qint64> &v);
/// A value kept in tenths as one exact decimal: 126 → "12.6".
QByteArray tenths(const std::optional<int> &v);
/// A last-treatment date: a date, "never", or empty.
QByteArray lastDose(const rules::LastDose &d);

// ---- reading -------------------------------------------------------------------------------
/// Each parser takes the cell text and returns true with *out set (nullopt for an empty cell),
/// or false with *problem set to an untranslated message ("Validation" context, %1 = the text).
/// White space around typed values is ignored; free text is taken as it is.
bool parseDate(const QString &text, std::optional<QDate> *out, const char **problem);
bool parseTime(const QString &text, std::optional<QTime> *out, const char **problem);
bool parseDateTimeUtc(const QString &text, QDateTime *out, const char **problem);
bool parseYesNo(const QString &text, std::optional<bool> *out, const char **problem);
bool parseDecimal(const QString &text, std::optional<double> *out, const char **problem);
bool parseInteger(const QString &text, std::optional<qint64> *out, const char **problem);
/// One decimal at most: "12.6" → 126.
bool parseTenths(const QString &text, std::optional<int> *out, const char **problem);
bool parseLastDose(const QString &text, rules::LastDose *out, const char **problem);

}  // namespace trialcrf::csvvalues
