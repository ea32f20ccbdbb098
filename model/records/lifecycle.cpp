// SPDX-License-Identifier: Apache-2.0
#include "records/lifecycle.h"

namespace trialcrf::lifecycle {

QString finalVisit(const Protocol &p)
{
    return p.visits.isEmpty() ? QString() : p.visits.last().code;
}

QString screeningVisit(const Protocol &p)
{
    for (const VisitDef &v : p.visits) {
        if (!v.week)
            return v.code;
    }
    return {};
}

FieldErrors infusionGateErrors(const rules::LifeCycleInput &in,
                               std::optional<QDate> infusionDate)
{
    const QString field = QStringLiteral("subject_code");
    FieldErrors errors;
    for (const QString &code : rules::infusionBlockers(in, infusionDate)) {
        if (code == QLatin1String("consent_not_signed"))
            errors << FieldError{field,
                                 QT_TRANSLATE_NOOP("Validation",
                                                   "No infusion before enrolment: the subject "
                                                   "has not signed the informed consent."),
                                 {}};
        else if (code == QLatin1String("eligibility_not_confirmed"))
            errors << FieldError{field,
                                 QT_TRANSLATE_NOOP("Validation",
                                                   "No infusion before enrolment: a physician "
                                                   "has not confirmed the subject eligible."),
                                 {}};
        else if (code == QLatin1String("confirmed_not_eligible"))
            errors << FieldError{field,
                                 QT_TRANSLATE_NOOP("Validation",
                                                   "No infusion: a physician confirmed the "
                                                   "subject not eligible (screen failure)."),
                                 {}};
        else if (code == QLatin1String("withdrawn"))
            errors << FieldError{field,
                                 QT_TRANSLATE_NOOP("Validation",
                                                   "No infusion after withdrawal: the subject "
                                                   "withdrew on %1."),
                                 {in.withdrawalDate ? in.withdrawalDate->toString(Qt::ISODate)
                                                    : QString()}};
    }
    return errors;
}

}  // namespace trialcrf::lifecycle
