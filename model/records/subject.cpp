// SPDX-License-Identifier: Apache-2.0
#include "records/subject.h"

#include "records/validation.h"

#include <QRegularExpression>

namespace trialcrf {

namespace {
// Identity format, not a protocol rule: codes fit a label and a CSV cell.
constexpr int kCodeMaxLength = 20;
constexpr int kInitialsMaxLength = 4;
}  // namespace

QStringList Subject::statusCodes()
{
    return {QStringLiteral("screening"), QStringLiteral("enrolled"),
            QStringLiteral("screen_failed"), QStringLiteral("withdrawn"),
            QStringLiteral("completed")};
}

FieldErrors Subject::validate(const Protocol &p, const ValidationContext &ctx) const
{
    Q_UNUSED(p);
    using namespace validation;
    FieldErrors errors;

    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (code.isEmpty())
        add(errors, QStringLiteral("subject_code"),
            QT_TRANSLATE_NOOP("Validation", "The subject code is required."));
    else if (code.size() > kCodeMaxLength)
        add(errors, QStringLiteral("subject_code"),
            QT_TRANSLATE_NOOP("Validation", "The subject code can be at most %1 characters long."),
            {QString::number(kCodeMaxLength)});
    else if (!codePattern.match(code).hasMatch())
        add(errors, QStringLiteral("subject_code"),
            QT_TRANSLATE_NOOP("Validation",
                              "The subject code may contain only letters, digits and '-'."));

    static const QRegularExpression initialsPattern(QStringLiteral("^[A-Z]+$"));
    if (initials.isEmpty())
        missing(errors, QStringLiteral("initials"),
            QT_TRANSLATE_NOOP("Validation", "The initials are required."));
    else if (initials.size() > kInitialsMaxLength || !initialsPattern.match(initials).hasMatch())
        add(errors, QStringLiteral("initials"),
            QT_TRANSLATE_NOOP("Validation", "Initials must be 1 to %1 capital letters A–Z."),
            {QString::number(kInitialsMaxLength)});

    if (sex.isEmpty())
        missing(errors, QStringLiteral("sex"), QT_TRANSLATE_NOOP("Validation", "The sex is required."));
    else if (sex != QLatin1String("M") && sex != QLatin1String("F"))
        add(errors, QStringLiteral("sex"),
            QT_TRANSLATE_NOOP("Validation", "The sex must be M (male) or F (female)."));

    if (!birthDate) {
        missing(errors, QStringLiteral("birth_date"),
            QT_TRANSLATE_NOOP("Validation", "The birth date is required."));
    } else {
        notInFuture(errors, QStringLiteral("birth_date"), birthDate, ctx.today);
        if (week0Date && *birthDate > *week0Date) {
            add(errors, QStringLiteral("birth_date"),
                QT_TRANSLATE_NOOP("Validation", "The birth date cannot be after the week-0 date."));
            add(errors, QStringLiteral("week0_date"),
                QT_TRANSLATE_NOOP("Validation", "The week-0 date cannot be before the birth date."));
        }
    }

    if (withdrawalDate) {
        notInFuture(errors, QStringLiteral("withdrawal_date"), withdrawalDate, ctx.today);
        if (birthDate && *withdrawalDate < *birthDate)
            add(errors, QStringLiteral("withdrawal_date"),
                QT_TRANSLATE_NOOP("Validation",
                                  "The withdrawal date cannot be before the birth date."));
        if (withdrawalReason.trimmed().isEmpty())
            add(errors, QStringLiteral("withdrawal_reason"),
                QT_TRANSLATE_NOOP("Validation", "A withdrawal needs its reason."));
    } else if (!withdrawalReason.trimmed().isEmpty()) {
        add(errors, QStringLiteral("withdrawal_date"),
            QT_TRANSLATE_NOOP("Validation", "A withdrawal reason needs the withdrawal date."));
    }

    if (status.isEmpty())
        add(errors, QStringLiteral("status"),
            QT_TRANSLATE_NOOP("Validation", "The status is required."));
    else if (!statusCodes().contains(status))
        add(errors, QStringLiteral("status"),
            QT_TRANSLATE_NOOP("Validation", "The status \"%1\" is not a known status."), {status});

    return errors;
}

}  // namespace trialcrf
