// SPDX-License-Identifier: Apache-2.0
#include "storage/fieldchanges.h"

#include "storage/adverseeventrepository.h"
#include "storage/consentrepository.h"
#include "storage/eligibilityrepository.h"
#include "storage/infusionrepository.h"
#include "storage/pasirepository.h"
#include "storage/row.h"
#include "storage/subjectrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace trialcrf {

bool FieldChanges::differs(const RowField *before, const RowField &after)
{
    return before ? before->text != after.text : !after.text.isEmpty();
}

QList<FieldChange> FieldChanges::between(const Row &before, const Row &after)
{
    QList<FieldChange> out;
    for (const RowField &f : after.fields()) {
        const RowField *old = before.field(f.column);
        if (differs(old, f))
            out << FieldChange{f.column, old ? old->text : QString(), f.text, f.jsonText};
    }
    return out;
}

bool FieldChanges::isCorrection(const FieldChange &change)
{
    if (change.oldText.isEmpty())
        return false;
    if (!change.jsonText)
        return true;
    const QJsonArray before = QJsonDocument::fromJson(change.oldText.toUtf8()).array();
    QJsonArray after = QJsonDocument::fromJson(change.newText.toUtf8()).array();
    // Each recorded reading must still be there, unchanged (a reading added twice is kept
    // twice, so one is taken out of `after` for each found).
    for (const QJsonValue &old : before) {
        const auto found = std::find(after.begin(), after.end(), old);
        if (found == after.end())
            return true;
        after.erase(found);
    }
    return false;
}

bool FieldChanges::anyCorrection(const QList<FieldChange> &changes)
{
    return std::any_of(changes.begin(), changes.end(), isCorrection);
}

QList<FieldChange> FieldChanges::between(const Subject &before, const Subject &after)
{
    return between(SubjectRepository::toRow(before), SubjectRepository::toRow(after));
}

QList<FieldChange> FieldChanges::between(const Consent &before, const Consent &after)
{
    return between(ConsentRepository::toRow(before), ConsentRepository::toRow(after));
}

QList<FieldChange> FieldChanges::between(const Eligibility &before, const Eligibility &after)
{
    return between(EligibilityRepository::toRow(StoredEligibility{before, {}, {}}),
                   EligibilityRepository::toRow(StoredEligibility{after, {}, {}}));
}

QList<FieldChange> FieldChanges::between(const Infusion &before, const Infusion &after)
{
    return between(InfusionRepository::toRow(before), InfusionRepository::toRow(after));
}

QList<FieldChange> FieldChanges::between(const Protocol &p, const PasiAssessment &before,
                                         const PasiAssessment &after)
{
    return between(PasiRepository::toRow(p, before), PasiRepository::toRow(p, after));
}

QList<FieldChange> FieldChanges::between(const AdverseEvent &before, const AdverseEvent &after)
{
    return between(AdverseEventRepository::toRow(before), AdverseEventRepository::toRow(after));
}

}  // namespace trialcrf
