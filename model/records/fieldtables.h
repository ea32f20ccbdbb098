// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/adverseevent.h"
#include "records/consent.h"
#include "records/deviation.h"
#include "records/eligibility.h"
#include "records/field.h"
#include "records/infusion.h"
#include "records/pasiassessment.h"
#include "records/subject.h"

namespace trialcrf {

/// The field table of each record type, in the order of its export file (the contract's
/// columns first); storage-only fields sit where their columns are written. Adding a field
/// is one entry here, its migration and its .ui binding (docs/adding-a-field.md).
namespace fields {

const FieldTable<Subject> &subject();
const FieldTable<Consent> &consent();
const FieldTable<Eligibility> &eligibility();
/// The region scores follow the protocol's PASI regions.
const FieldTable<PasiAssessment> &pasi(const Protocol &p);
const FieldTable<Infusion> &infusion();
/// An infusion's vital signs: a file of their own, a child table in storage.
const FieldTable<VitalSigns> &vitalSigns();
const FieldTable<AdverseEvent> &adverseEvent();
const FieldTable<Deviation> &deviation();

/// One record type's table without its accessors: what the dictionary, ODM, labels and the
/// consistency test read.
struct RecordFields {
    QString file;   ///< the export file's name: "subjects", … ("pasi", "vital_signs")
    QString table;  ///< the storage table: "subjects", "pasi_assessments", …
    const char *label = nullptr;  ///< the file's label (FieldLabels context)
    QList<FieldInfo> fields;
};
/// Every record type, in export order: subjects, consents, eligibility, pasi, infusions,
/// vital_signs, adverse_events, deviations.
QList<RecordFields> all(const Protocol &p);
/// The description of a record field by key or storage column, across all tables (the
/// built-in protocol's PASI regions); nullptr when no table has it.
const FieldInfo *find(const QString &name);

template <typename R>
QList<FieldInfo> infos(const FieldTable<R> &table)
{
    QList<FieldInfo> out;
    out.reserve(table.size());
    for (const Field<R> &f : table)
        out.append(f);
    return out;
}

}  // namespace fields

}  // namespace trialcrf
