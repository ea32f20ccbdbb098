// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/casebook.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace trialcrf {

struct Protocol;

/// One field of a subject's casebook, as a query or an SDV mark names it: the record's
/// storage table, the record's key within the subject (the visit code of an infusion or PASI
/// assessment, the number of an adverse event, empty for the subject, consent and eligibility
/// pages), and the field's key in its field table (empty: the whole page).
struct FieldRef {
    qint64 subjectId = 0;
    QString table;
    QString recordKey;
    QString field;

    bool isPage() const { return field.isEmpty(); }
    FieldRef page() const { return {subjectId, table, recordKey, {}}; }
    bool samePage(const FieldRef &o) const
    {
        return subjectId == o.subjectId && table == o.table && recordKey == o.recordKey;
    }
    bool operator==(const FieldRef &o) const { return samePage(o) && field == o.field; }
    bool operator!=(const FieldRef &o) const { return !(*this == o); }
};

/// One field that can be verified against the source: its reference, its storage column and
/// its value as the storage text (what the audit trail shows; empty = not recorded).
struct MonitoredField {
    FieldRef ref;
    QString column;
    QString text;
    const char *label = nullptr;  ///< FieldLabels context; null for the vital signs
};

/// The pages of a casebook that monitoring works on and their fields, read from the field
/// tables: every stored field a person enters (not the record's key, not a value that
/// follows from others), plus an infusion's vital signs as one field "vital_signs".
namespace monitoredfields {

/// The tables a query or an SDV mark may name, in casebook order.
QStringList tables();
/// The visit a page belongs to: the visit code of an infusion or PASI assessment, the
/// screening visit for the subject, consent and eligibility pages, empty for an adverse event.
QString visitOf(const Protocol &p, const FieldRef &ref);
/// Every page recorded in the casebook, in casebook order (field empty).
QList<FieldRef> pages(const Protocol &p, const Casebook &casebook);
/// The fields of one page as recorded now; empty when the page is not recorded.
QList<MonitoredField> fields(const Protocol &p, const Casebook &casebook, const FieldRef &page);
/// One field as recorded now; nullopt when its page is not recorded or it is no such field.
std::optional<MonitoredField> field(const Protocol &p, const Casebook &casebook,
                                    const FieldRef &ref);
/// How many fields a recorded page of `table` has (what fields() returns for it).
int fieldCount(const Protocol &p, const QString &table);
/// True when `key` names a field of `table` that monitoring works on.
bool isField(const Protocol &p, const QString &table, const QString &key);
/// The id of the page's record (for its audit rows); 0 when not recorded.
qint64 recordId(const Casebook &casebook, const FieldRef &page);
/// SHA-256 hex over the field's reference and storage text: what an SDV mark is bound to.
QString valueHash(const MonitoredField &f);
/// The label of a field key of `table` (FieldLabels context); null when unknown.
const char *label(const Protocol &p, const QString &table, const QString &key);

}  // namespace monitoredfields

}  // namespace trialcrf

Q_DECLARE_METATYPE(trialcrf::FieldRef)
