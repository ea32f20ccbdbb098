// SPDX-License-Identifier: Apache-2.0
#include "records/adverseevent.h"

#include "records/aeoutcome.h"
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
        validation::missing(errors, field, requiredMessage);
    else if (!allowed.contains(value))
        add(errors, field, QT_TRANSLATE_NOOP("Validation", "\"%1\" is not one of the allowed values."),
            {value});
}

}  // namespace

namespace aeoutcome {

bool ended(const QString &outcome)
{
    return outcome == QLatin1String("recovered") ||
           outcome == QLatin1String("recovered_with_sequelae") || outcome == kOutcomeFatal;
}

bool ongoing(const QString &outcome)
{
    return outcome == QLatin1String("recovering") || outcome == QLatin1String("not_recovered");
}

}  // namespace aeoutcome

FieldErrors AdverseEvent::validate(const Protocol &p, const ValidationContext &ctx) const
{
    using namespace validation;
    const Protocol::AdverseEvents &lists = p.adverseEvents;
    FieldErrors errors;

    if (aeNumber < 1)
        add(errors, QStringLiteral("ae_number"),
            QT_TRANSLATE_NOOP("Validation", "The adverse event number must be 1 or more."));

    requiredText(errors, QStringLiteral("term"), term, kTermMaxLength,
                 QT_TRANSLATE_NOOP("Validation", "Describe the adverse event."),
                 QT_TRANSLATE_NOOP("Validation", "The term can be at most %1 characters long."));

    if (!onsetDate)
        missing(errors, QStringLiteral("onset_date"),
            QT_TRANSLATE_NOOP("Validation", "The onset date is required."));
    else
        notInFuture(errors, QStringLiteral("onset_date"), onsetDate, ctx.today);
    notInFuture(errors, QStringLiteral("end_date"), endDate, ctx.today);
    if (onsetDate && endDate && *endDate < *onsetDate)
        add(errors, QStringLiteral("end_date"),
            QT_TRANSLATE_NOOP("Validation", "The end date cannot be before the onset date."));

    if (!infusionVisit.isEmpty() && !p.infusionVisitCodes().contains(infusionVisit))
        add(errors, QStringLiteral("infusion_visit"),
            QT_TRANSLATE_NOOP("Validation", "\"%1\" is not one of the allowed values."),
            {infusionVisit});

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
        missing(errors, QStringLiteral("serious"),
            QT_TRANSLATE_NOOP("Validation", "Record whether the event is serious."));
    } else if (*serious && saeCriteria.isEmpty()) {
        missing(errors, QStringLiteral("sae_criteria"),
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

    // One source for "has the event ended": the outcome and the end date must agree. An end
    // date with an outcome that says the event goes on is a contradiction (hard). An outcome
    // that says it ended needs the day it ended: until that is recorded the end date is
    // missing (the page saves, marked incomplete), just as the outcome itself is.
    if (outcomeKnown) {
        if (aeoutcome::ongoing(outcome) && endDate)
            add(errors, QStringLiteral("end_date"),
                QT_TRANSLATE_NOOP("Validation",
                                  "An event that is not recovered or still recovering has no end "
                                  "date: clear the end date or change the outcome."));
        else if (aeoutcome::ended(outcome) && !endDate)
            missing(errors, QStringLiteral("end_date"),
                    QT_TRANSLATE_NOOP("Validation",
                                      "The outcome says the event has ended: record the end "
                                      "date (for a fatal outcome, the date of death)."));
    }

    return errors;
}

}  // namespace trialcrf
