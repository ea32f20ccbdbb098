// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace trialcrf {

/// One validation finding: the field key (the export column name, e.g. "weight_kg") and a
/// message kept as its untranslated source text, translated when shown, so the same error
/// reads in whichever language the UI has at that moment.
///
/// A Hard error is an impossible value (out of range, a date in the future, end before start):
/// it is never stored. A Missing item is a required field not recorded yet: the page is saved
/// and marked incomplete, naming what is missing, until it is complete.
struct FieldError {
    enum class Severity { Hard, Missing };

    QString field;
    const char *source = nullptr;  ///< QT_TRANSLATE_NOOP("Validation", "...") text, %1.. args
    QStringList args;
    Severity severity = Severity::Hard;

    bool isMissing() const { return severity == Severity::Missing; }

    /// The message in the current UI language, arguments substituted.
    QString text() const;
};
using FieldErrors = QList<FieldError>;

/// Whatever a record's validation needs besides the record and the protocol.
struct ValidationContext {
    QDate today;                    ///< injected, so tests can pin the clock
    std::optional<QDate> week0;     ///< the subject's planned week-0 date
    std::optional<QDate> birthDate; ///< the subject's birth date
};

/// True if any error names this field.
bool hasError(const FieldErrors &errors, const QString &field);

/// The hard errors only: what refuses a save.
FieldErrors hardErrors(const FieldErrors &errors);
/// The missing items only: what marks a saved page incomplete.
FieldErrors missingItems(const FieldErrors &errors);
bool hasHardErrors(const FieldErrors &errors);

}  // namespace trialcrf
