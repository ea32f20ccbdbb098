// SPDX-License-Identifier: Apache-2.0
#include "records/adverseevent.h"

#include "records/validation.h"

namespace trialcrf {

namespace {

using validation::add;

// Verbatim terms stay short enough for a CSV cell and a report line.
constexpr int kTermMaxLength = 200;

// CTCAE defines grade 5 as death related to the event: these two codes must agree.
const QLatin1String kGradeDeath("grade5");
const QLatin1String kOutcomeFatal("fatal");

/// Required code from a protocol list.
void code(FieldErrors &errors, const QString &field, const QString &value,
          const QStringList &allowed, const char *requiredMessage)
{
    if (value.isEmpty())
        add(errors, field, requiredMessage);
    else if (!allowed.contains(value))
        add(errors, field, QT_TRANSLATE_NOOP("Validation", "\"%1\" is not one of the allowed values."),
            {value});
}

}  // namespace

FieldErrors AdverseEvent::validate(const Protocol &p, const ValidationContext &ctx) const
{
    using namespace validation;
    const Protocol::AdverseEvents &lists = p.adverseEvents;
    FieldErrors errors;

    if (aeNumber < 1)
        add(errors, QStringLiteral("ae_number"),
            QT_TRANSLATE_NOOP("Validation", "The adverse event number must be 1 or more."));

    if (isBlank(term))
        add(errors, QStringLiteral("term"),
            QT_TRANSLATE_NOOP("Validation", "Describe the adverse event."));
    else if (term.size() > kTermMaxLength)
        add(errors, QStringLiteral("term"),
            QT_TRANSLATE_NOOP("Validation", "The term can be at most %1 characters long."),
            {QString::number(kTermMaxLength)});

    if (!onsetDate)
        add(errors, QStringLiteral("onset_date"),
            QT_TRANSLATE_NOOP("Validation", "The onset date is required."));
    else
        notInFuture(errors, QStringLiteral("onset_date"), onsetDate, ctx.today);
    notInFuture(errors, QStringLiteral("end_date"), endDate, ctx.today);
    if (onsetDate && endDate && *endDate < *onsetDate)
        add(errors, QStringLiteral("end_date"),
            QT_TRANSLATE_NOOP("Validation", "The end date cannot be before the onset date."));

    code(errors, QStringLiteral("ctcae_grade"), ctcaeGrade, lists.grades,
         QT_TRANSLATE_NOOP("Validation", "The CTCAE grade is required."));
    // Empty relatedness: not judged yet. Nurses record events; a physician judges causality.
    if (!relatedness.isEmpty() && !lists.relatedness.contains(relatedness))
        add(errors, QStringLiteral("relatedness"),
            QT_TRANSLATE_NOOP("Validation", "\"%1\" is not one of the allowed values."),
            {relatedness});
    code(errors, QStringLiteral("action_taken"), actionTaken, lists.actions,
         QT_TRANSLATE_NOOP("Validation", "The action taken is required."));
    code(errors, QStringLiteral("outcome"), outcome, lists.outcomes,
         QT_TRANSLATE_NOOP("Validation", "The outcome is required."));

    if (!serious) {
        add(errors, QStringLiteral("serious"),
            QT_TRANSLATE_NOOP("Validation", "Record whether the event is serious."));
    } else if (*serious && saeCriteria.isEmpty()) {
        add(errors, QStringLiteral("sae_criteria"),
            QT_TRANSLATE_NOOP("Validation",
                              "A serious adverse event needs at least one seriousness criterion."));
    } else if (!*serious && !saeCriteria.isEmpty()) {
        add(errors, QStringLiteral("sae_criteria"),
            QT_TRANSLATE_NOOP("Validation",
                              "Seriousness criteria apply only to a serious adverse event."));
    }
    for (const QString &c : saeCriteria) {
        if (!lists.saeCriteria.contains(c)) {
            add(errors, QStringLiteral("sae_criteria"),
                QT_TRANSLATE_NOOP("Validation", "\"%1\" is not one of the allowed values."), {c});
        }
    }

    const bool gradeKnown = lists.grades.contains(ctcaeGrade);
    const bool outcomeKnown = lists.outcomes.contains(outcome);
    if (gradeKnown && outcomeKnown) {
        if (outcome == kOutcomeFatal && ctcaeGrade != kGradeDeath)
            add(errors, QStringLiteral("ctcae_grade"),
                QT_TRANSLATE_NOOP("Validation", "A fatal outcome is CTCAE grade 5."));
        else if (ctcaeGrade == kGradeDeath && outcome != kOutcomeFatal)
            add(errors, QStringLiteral("outcome"),
                QT_TRANSLATE_NOOP("Validation", "Grade 5 means death: the outcome must be fatal."));
    }

    return errors;
}

}  // namespace trialcrf
