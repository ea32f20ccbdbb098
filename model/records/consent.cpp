// SPDX-License-Identifier: Apache-2.0
#include "records/consent.h"

#include "records/validation.h"

namespace trialcrf {

FieldErrors Consent::validate(const Protocol &p, const ValidationContext &ctx) const
{
    Q_UNUSED(p);
    using namespace validation;
    FieldErrors errors;

    if (isBlank(consentVersion))
        missing(errors, QStringLiteral("consent_version"),
            QT_TRANSLATE_NOOP("Validation", "The version of the consent form is required."));

    if (!consentDate) {
        missing(errors, QStringLiteral("consent_date"),
            QT_TRANSLATE_NOOP("Validation", "The consent date is required."));
    } else {
        notInFuture(errors, QStringLiteral("consent_date"), consentDate, ctx.today);
        if (ctx.birthDate && *consentDate < *ctx.birthDate)
            add(errors, QStringLiteral("consent_date"),
                QT_TRANSLATE_NOOP("Validation", "The consent date cannot be before the birth date."));
        // Consent must precede treatment; how long before (the screening window) is a
        // schedule question for the casebook, not an error in this record.
        if (ctx.week0 && *consentDate > *ctx.week0)
            add(errors, QStringLiteral("consent_date"),
                QT_TRANSLATE_NOOP("Validation",
                                  "The consent date cannot be after the week-0 date."));
    }

    // Recorded, yes or no: a consent the subject did not sign is a fact the eligibility
    // verdict reads (INC3), not an input error.
    if (!subjectSigned)
        missing(errors, QStringLiteral("subject_signed"),
            QT_TRANSLATE_NOOP("Validation", "Record whether the subject signed the consent form."));

    if (isBlank(obtainedBy))
        missing(errors, QStringLiteral("obtained_by"),
            QT_TRANSLATE_NOOP("Validation", "Record who obtained the consent."));

    return errors;
}

}  // namespace trialcrf
