// SPDX-License-Identifier: Apache-2.0
#include "storage/monitoredfields.h"

#include "protocol/protocol.h"
#include "records/fieldtables.h"
#include "storage/adverseeventrepository.h"
#include "storage/consentrepository.h"
#include "storage/eligibilityrepository.h"
#include "storage/infusionrepository.h"
#include "storage/pasirepository.h"
#include "storage/subjectrepository.h"

#include <QCryptographicHash>

namespace trialcrf::monitoredfields {

namespace {

const QString kVitalSigns = QStringLiteral("vital_signs");

/// The record's field table entries a person enters.
QList<FieldInfo> entered(const Protocol &p, const QString &table)
{
    QList<FieldInfo> out;
    for (const fields::RecordFields &r : fields::all(p)) {
        if (r.table != table)
            continue;
        for (const FieldInfo &f : r.fields) {
            if (f.stored() && !f.fromContext() && !f.computed() && f.use != FieldInfo::Use::Key
                && f.key != QLatin1String("status"))
                out << f;
        }
    }
    return out;
}

/// The page's record as the repositories write it; nullopt when not recorded.
std::optional<Row> recordRow(const Protocol &p, const Casebook &b, const FieldRef &page)
{
    if (page.subjectId != b.subject.id)
        return std::nullopt;
    if (page.table == SubjectRepository::table() && page.recordKey.isEmpty())
        return SubjectRepository::toRow(b.subject);
    if (page.table == ConsentRepository::table() && page.recordKey.isEmpty() && b.consent)
        return ConsentRepository::toRow(*b.consent);
    if (page.table == EligibilityRepository::table() && page.recordKey.isEmpty()
        && b.eligibility) {
        StoredEligibility stored;
        stored.eligibility = *b.eligibility;
        stored.confirmedBy = b.eligibilityConfirmedBy;
        stored.confirmedAt = b.eligibilityConfirmedAt;
        return EligibilityRepository::toRow(stored);
    }
    if (page.table == InfusionRepository::table()) {
        if (const Infusion *i = b.infusion(page.recordKey))
            return InfusionRepository::toRow(*i);
    }
    if (page.table == PasiRepository::table()) {
        if (const PasiAssessment *a = b.pasiAt(page.recordKey))
            return PasiRepository::toRow(p, *a);
    }
    if (page.table == AdverseEventRepository::table()) {
        for (const AdverseEvent &ae : b.adverseEvents) {
            if (QString::number(ae.aeNumber) == page.recordKey)
                return AdverseEventRepository::toRow(ae);
        }
    }
    return std::nullopt;
}

}  // namespace

QStringList tables()
{
    return {SubjectRepository::table(),  ConsentRepository::table(),
            EligibilityRepository::table(), InfusionRepository::table(),
            PasiRepository::table(),      AdverseEventRepository::table()};
}

QString visitOf(const Protocol &p, const FieldRef &ref)
{
    if (ref.table == InfusionRepository::table() || ref.table == PasiRepository::table())
        return ref.recordKey;
    if (ref.table == AdverseEventRepository::table())
        return {};
    return p.visitCodes().value(0);
}

QList<FieldRef> pages(const Protocol &p, const Casebook &casebook)
{
    const qint64 id = casebook.subject.id;
    QList<FieldRef> out{{id, SubjectRepository::table(), {}, {}}};
    if (casebook.consent)
        out << FieldRef{id, ConsentRepository::table(), {}, {}};
    if (casebook.eligibility)
        out << FieldRef{id, EligibilityRepository::table(), {}, {}};
    for (const QString &visit : p.visitCodes()) {
        if (casebook.infusion(visit))
            out << FieldRef{id, InfusionRepository::table(), visit, {}};
        if (casebook.pasiAt(visit))
            out << FieldRef{id, PasiRepository::table(), visit, {}};
    }
    for (const AdverseEvent &ae : casebook.adverseEvents)
        out << FieldRef{id, AdverseEventRepository::table(), QString::number(ae.aeNumber), {}};
    return out;
}

QList<MonitoredField> fields(const Protocol &p, const Casebook &casebook, const FieldRef &page)
{
    const std::optional<Row> row = recordRow(p, casebook, page);
    if (!row)
        return {};
    QList<MonitoredField> out;
    for (const FieldInfo &f : entered(p, page.table)) {
        const RowField *rf = row->field(f.column);
        if (!rf)
            continue;
        out << MonitoredField{{page.subjectId, page.table, page.recordKey, f.key},
                              f.column, rf->text, f.label};
    }
    if (const RowField *vitals = row->field(kVitalSigns))
        out << MonitoredField{{page.subjectId, page.table, page.recordKey, kVitalSigns},
                              kVitalSigns, vitals->text, nullptr};
    return out;
}

std::optional<MonitoredField> field(const Protocol &p, const Casebook &casebook,
                                    const FieldRef &ref)
{
    for (const MonitoredField &f : fields(p, casebook, ref.page())) {
        if (f.ref.field == ref.field)
            return f;
    }
    return std::nullopt;
}

int fieldCount(const Protocol &p, const QString &table)
{
    // Every entered field has its column in the page's row; an infusion adds its vital signs.
    return int(entered(p, table).size()) + (table == InfusionRepository::table() ? 1 : 0);
}

bool isField(const Protocol &p, const QString &table, const QString &key)
{
    if (table == InfusionRepository::table() && key == kVitalSigns)
        return true;
    for (const FieldInfo &f : entered(p, table)) {
        if (f.key == key)
            return true;
    }
    return false;
}

const char *label(const Protocol &p, const QString &table, const QString &key)
{
    for (const FieldInfo &f : entered(p, table)) {
        if (f.key == key)
            return f.label;
    }
    if (key == kVitalSigns)
        return QT_TRANSLATE_NOOP("FieldLabels", "Vital signs");
    return nullptr;
}

qint64 recordId(const Casebook &casebook, const FieldRef &page)
{
    if (page.table == SubjectRepository::table())
        return casebook.subject.id;
    if (page.table == ConsentRepository::table())
        return casebook.consent ? casebook.consent->id : 0;
    if (page.table == EligibilityRepository::table())
        return casebook.eligibility ? casebook.eligibility->id : 0;
    if (page.table == InfusionRepository::table()) {
        const Infusion *i = casebook.infusion(page.recordKey);
        return i ? i->id : 0;
    }
    if (page.table == PasiRepository::table()) {
        const PasiAssessment *a = casebook.pasiAt(page.recordKey);
        return a ? a->id : 0;
    }
    for (const AdverseEvent &ae : casebook.adverseEvents) {
        if (page.table == AdverseEventRepository::table()
            && QString::number(ae.aeNumber) == page.recordKey)
            return ae.id;
    }
    return 0;
}

QString valueHash(const MonitoredField &f)
{
    QByteArray canonical;
    for (const QString &item : {f.ref.table, f.ref.recordKey, f.ref.field, f.text}) {
        const QByteArray utf8 = item.toUtf8();
        canonical += QByteArray::number(utf8.size()) + ':' + utf8;
    }
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

}  // namespace trialcrf::monitoredfields
