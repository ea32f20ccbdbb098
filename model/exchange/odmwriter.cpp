// SPDX-License-Identifier: Apache-2.0
#include "exchange/odmwriter.h"

#include "exchange/fieldcells.h"
#include "records/fieldtables.h"
#include "exchange/datadictionary.h"
#include "storage/auditlog.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamWriter>

namespace trialcrf {

namespace fc = fieldcells;

namespace {

using Values = QHash<QString, QString>;

const QString kSubjects = QStringLiteral("subjects"), kConsents = QStringLiteral("consents"),
              kEligibility = QStringLiteral("eligibility"), kPasi = QStringLiteral("pasi"),
              kInfusions = QStringLiteral("infusions"), kVitals = QStringLiteral("vital_signs"),
              kAdverseEvents = QStringLiteral("adverse_events"),
              kDeviations = QStringLiteral("deviations");
const QString kAeEvent = QStringLiteral("SE.ADVERSE_EVENTS");
/// The protocol-deviation log: a common event of its own, one repeating group per row.
const QString kDeviationEvent = QStringLiteral("SE.DEVIATIONS");

/// The storage table each item group's audit rows name.
QString auditTable(const QString &group)
{
    if (group == kPasi)
        return QStringLiteral("pasi_assessments");
    if (group == kVitals)
        return kInfusions;  // vital signs are audited as a field of their infusion
    return group;
}

/// The audited field of an item, where the stored column has another name than the export.
QString auditField(const QString &group, const QString &column)
{
    if (group == kEligibility && column == QLatin1String("pasi"))
        return QStringLiteral("pasi_tenths");
    if (group == kVitals)
        return QStringLiteral("vital_signs");
    return column;
}

QString oidPart(const QString &s)
{
    QString out = s.toUpper();
    for (QChar &c : out) {
        if (!((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            c = QLatin1Char('_');
    }
    return out;
}

QString odmDataType(ColumnType t)
{
    switch (t) {
    case ColumnType::Integer: return QStringLiteral("integer");
    case ColumnType::Decimal: return QStringLiteral("float");
    case ColumnType::Date: return QStringLiteral("date");
    case ColumnType::Time: return QStringLiteral("time");
    case ColumnType::DateTime: return QStringLiteral("datetime");
    case ColumnType::Text:
    case ColumnType::Code:
    case ColumnType::CodeList:
    case ColumnType::YesNo:
    case ColumnType::DateOrNever: return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

}  // namespace

class OdmWriter::Run {
public:
    Run(const StudyStore &store, const Session &session, const ExchangeProgress &progress,
        QIODevice *device)
        : m_store(store),
          m_session(session),
          m_p(store.protocol()),
          m_dictionary(store.protocol()),
          m_progress(progress),
          m_xml(device)
    {
        m_studyOid = QLatin1String("ST.") + oidPart(m_p.registryId);
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
        for (const QString &g : {kSubjects, kConsents, kEligibility, kPasi, kInfusions, kVitals,
                                 kAdverseEvents, kDeviations})
            m_groups.append(g);
    }

    Result run();

private:
    struct AuditIndex {
        QHash<QString, AuditEntry> byField;  ///< "table|id|field" → last row
        const AuditEntry *find(const QString &table, qint64 id, const QString &field) const
        {
            const auto it = byField.constFind(key(table, id, field));
            return it == byField.constEnd() ? nullptr : &*it;
        }
        static QString key(const QString &table, qint64 id, const QString &field)
        {
            return table + QLatin1Char('|') + QString::number(id) + QLatin1Char('|') + field;
        }
    };

    QList<const ColumnDef *> items(const QString &group) const;
    QString itemOid(const QString &group, const QString &column) const
    {
        return QLatin1String("IT.") + oidPart(group) + QLatin1Char('.') + oidPart(column);
    }
    static QString groupOid(const QString &group) { return QLatin1String("IG.") + oidPart(group); }
    /// Vital signs are an item group inside the infusion form.
    static QString formOid(const QString &group)
    {
        return QLatin1String("F.") + oidPart(group == kVitals ? kInfusions : group);
    }
    static QString eventOid(const QString &visit) { return QLatin1String("SE.") + oidPart(visit); }
    static QString userOid(const QString &name) { return QLatin1String("USR.") + name; }

    void translated(const QString &element, const QString &en, const QString &zh);
    void writeGlobalVariables();
    void writeMetaData();
    void writeAdminData(const QSet<QString> &auditUsers);
    bool writeClinicalData();
    bool writeSubject(const Casebook &book);
    void writeGroup(const QString &group, const Values &values, qint64 recordId,
                    const QString &repeatKey, const AuditIndex &audit);
    void writeAuditRecord(const AuditEntry &e);

    const StudyStore &m_store;
    const Session &m_session;
    const Protocol &m_p;
    DataDictionary m_dictionary;
    const ExchangeProgress &m_progress;
    QXmlStreamWriter m_xml;
    QString m_studyOid;
    const QString m_mdvOid = QStringLiteral("MDV.1");
    const QString m_locationOid = QStringLiteral("LOC.SITE");
    QStringList m_groups;
    QMap<QString, QString> m_unitOids;  ///< unit → MeasurementUnit OID
    Result m_result;
    qint64 m_items = 0, m_auditRecords = 0;
};

QList<const ColumnDef *> OdmWriter::Run::items(const QString &group) const
{
    QList<const ColumnDef *> out;
    for (const ColumnDef &c : m_dictionary.file(group).columns) {
        // A deviation's visit is an item: its group sits in an event of its own.
        if (c.computed() || c.name == QLatin1String("subject_code") ||
            (c.name == QLatin1String("visit") && group != kDeviations))
            continue;
        out.append(&c);
    }
    return out;
}

void OdmWriter::Run::translated(const QString &element, const QString &en, const QString &zh)
{
    m_xml.writeStartElement(element);
    m_xml.writeStartElement(QStringLiteral("TranslatedText"));
    m_xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
    m_xml.writeCharacters(en);
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("TranslatedText"));
    m_xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("zh-CN"));
    m_xml.writeCharacters(zh);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void OdmWriter::Run::writeGlobalVariables()
{
    m_xml.writeStartElement(QStringLiteral("GlobalVariables"));
    m_xml.writeTextElement(QStringLiteral("StudyName"), m_p.registryId);
    m_xml.writeTextElement(QStringLiteral("StudyDescription"), m_p.title);
    m_xml.writeTextElement(QStringLiteral("ProtocolName"),
                           m_p.sponsorStudyId.isEmpty() ? m_p.registryId : m_p.sponsorStudyId);
    m_xml.writeEndElement();

    // One MeasurementUnit per unit the dictionary names.
    for (const QString &group : std::as_const(m_groups)) {
        for (const ColumnDef *c : items(group)) {
            if (!c->unit.isEmpty() && !m_unitOids.contains(c->unit))
                m_unitOids.insert(c->unit, QStringLiteral("MU.%1").arg(m_unitOids.size() + 1));
        }
    }
    m_xml.writeStartElement(QStringLiteral("BasicDefinitions"));
    for (auto it = m_unitOids.cbegin(); it != m_unitOids.cend(); ++it) {
        m_xml.writeStartElement(QStringLiteral("MeasurementUnit"));
        m_xml.writeAttribute(QStringLiteral("OID"), it.value());
        m_xml.writeAttribute(QStringLiteral("Name"), it.key());
        translated(QStringLiteral("Symbol"), it.key(), it.key());
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void OdmWriter::Run::writeMetaData()
{
    m_xml.writeStartElement(QStringLiteral("MetaDataVersion"));
    m_xml.writeAttribute(QStringLiteral("OID"), m_mdvOid);
    m_xml.writeAttribute(QStringLiteral("Name"), m_p.registryId + QLatin1String(" eCRF"));

    const CodeListDef *visits = m_dictionary.codeList(QStringLiteral("visit"));
    m_xml.writeStartElement(QStringLiteral("Protocol"));
    int order = 0;
    for (const VisitDef &v : m_p.visits) {
        m_xml.writeEmptyElement(QStringLiteral("StudyEventRef"));
        m_xml.writeAttribute(QStringLiteral("StudyEventOID"), eventOid(v.code));
        m_xml.writeAttribute(QStringLiteral("OrderNumber"), QString::number(++order));
        m_xml.writeAttribute(QStringLiteral("Mandatory"), QStringLiteral("Yes"));
    }
    for (const QString &event : {kAeEvent, kDeviationEvent}) {
        m_xml.writeEmptyElement(QStringLiteral("StudyEventRef"));
        m_xml.writeAttribute(QStringLiteral("StudyEventOID"), event);
        m_xml.writeAttribute(QStringLiteral("OrderNumber"), QString::number(++order));
        m_xml.writeAttribute(QStringLiteral("Mandatory"), QStringLiteral("No"));
    }
    m_xml.writeEndElement();

    const auto formRef = [this](const QString &group, bool mandatory) {
        m_xml.writeEmptyElement(QStringLiteral("FormRef"));
        m_xml.writeAttribute(QStringLiteral("FormOID"), formOid(group));
        m_xml.writeAttribute(QStringLiteral("Mandatory"),
                             mandatory ? QStringLiteral("Yes") : QStringLiteral("No"));
    };
    const bool hasScreening = m_p.visit(QStringLiteral("screening")) != nullptr;
    for (int i = 0; i < m_p.visits.size(); ++i) {
        const VisitDef &v = m_p.visits.at(i);
        m_xml.writeStartElement(QStringLiteral("StudyEventDef"));
        m_xml.writeAttribute(QStringLiteral("OID"), eventOid(v.code));
        m_xml.writeAttribute(QStringLiteral("Name"), v.code);
        m_xml.writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
        m_xml.writeAttribute(QStringLiteral("Type"), QStringLiteral("Scheduled"));
        const CodeItem *label = nullptr;
        for (const CodeItem &item : visits->items) {
            if (item.code == v.code)
                label = &item;
        }
        if (label)
            translated(QStringLiteral("Description"), label->labelEn, label->labelZh);
        // Subject, consent and eligibility belong to screening (the first visit without it).
        if (v.code == QLatin1String("screening") || (!hasScreening && i == 0)) {
            formRef(kSubjects, true);
            formRef(kConsents, false);
            formRef(kEligibility, false);
        }
        if (v.infusion)
            formRef(kInfusions, false);
        if (v.pasi)
            formRef(kPasi, false);
        m_xml.writeEndElement();
    }
    m_xml.writeStartElement(QStringLiteral("StudyEventDef"));
    m_xml.writeAttribute(QStringLiteral("OID"), kAeEvent);
    m_xml.writeAttribute(QStringLiteral("Name"), kAdverseEvents);
    m_xml.writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
    m_xml.writeAttribute(QStringLiteral("Type"), QStringLiteral("Common"));
    formRef(kAdverseEvents, false);
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("StudyEventDef"));
    m_xml.writeAttribute(QStringLiteral("OID"), kDeviationEvent);
    m_xml.writeAttribute(QStringLiteral("Name"), kDeviations);
    m_xml.writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
    m_xml.writeAttribute(QStringLiteral("Type"), QStringLiteral("Common"));
    formRef(kDeviations, false);
    m_xml.writeEndElement();

    for (const QString &group : std::as_const(m_groups)) {
        if (group == kVitals)
            continue;  // part of the infusion form
        const FileDef &f = m_dictionary.file(group);
        m_xml.writeStartElement(QStringLiteral("FormDef"));
        m_xml.writeAttribute(QStringLiteral("OID"), formOid(group));
        m_xml.writeAttribute(QStringLiteral("Name"), f.labelEn);
        m_xml.writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
        translated(QStringLiteral("Description"), f.labelEn, f.labelZh);
        const QStringList groups = group == kInfusions ? QStringList{kInfusions, kVitals}
                                                       : QStringList{group};
        for (const QString &g : groups) {
            m_xml.writeEmptyElement(QStringLiteral("ItemGroupRef"));
            m_xml.writeAttribute(QStringLiteral("ItemGroupOID"), groupOid(g));
            m_xml.writeAttribute(QStringLiteral("Mandatory"),
                                 g == kVitals ? QStringLiteral("No") : QStringLiteral("Yes"));
        }
        m_xml.writeEndElement();
    }

    for (const QString &group : std::as_const(m_groups)) {
        const FileDef &f = m_dictionary.file(group);
        m_xml.writeStartElement(QStringLiteral("ItemGroupDef"));
        m_xml.writeAttribute(QStringLiteral("OID"), groupOid(group));
        m_xml.writeAttribute(QStringLiteral("Name"), group);
        const bool repeating = group == kVitals || group == kAdverseEvents || group == kDeviations;
        m_xml.writeAttribute(QStringLiteral("Repeating"),
                             repeating ? QStringLiteral("Yes") : QStringLiteral("No"));
        translated(QStringLiteral("Description"), f.labelEn, f.labelZh);
        int itemOrder = 0, keySequence = 0;
        for (const ColumnDef *c : items(group)) {
            m_xml.writeEmptyElement(QStringLiteral("ItemRef"));
            m_xml.writeAttribute(QStringLiteral("ItemOID"), itemOid(group, c->name));
            m_xml.writeAttribute(QStringLiteral("OrderNumber"), QString::number(++itemOrder));
            m_xml.writeAttribute(QStringLiteral("Mandatory"), c->use == ColumnDef::Use::Key
                                                                  ? QStringLiteral("Yes")
                                                                  : QStringLiteral("No"));
            if (c->use == ColumnDef::Use::Key)
                m_xml.writeAttribute(QStringLiteral("KeySequence"), QString::number(++keySequence));
        }
        m_xml.writeEndElement();
    }

    QSet<QString> codeLists;
    for (const QString &group : std::as_const(m_groups)) {
        for (const ColumnDef *c : items(group)) {
            m_xml.writeStartElement(QStringLiteral("ItemDef"));
            m_xml.writeAttribute(QStringLiteral("OID"), itemOid(group, c->name));
            m_xml.writeAttribute(QStringLiteral("Name"), c->name);
            m_xml.writeAttribute(QStringLiteral("DataType"), odmDataType(c->type));
            translated(QStringLiteral("Question"), c->labelEn, c->labelZh);
            if (!c->unit.isEmpty()) {
                m_xml.writeEmptyElement(QStringLiteral("MeasurementUnitRef"));
                m_xml.writeAttribute(QStringLiteral("MeasurementUnitOID"), m_unitOids.value(c->unit));
            }
            // A code list fits one code per value; ';'-separated lists stay plain text.
            if (!c->codeList.isEmpty() && c->type != ColumnType::CodeList) {
                m_xml.writeEmptyElement(QStringLiteral("CodeListRef"));
                m_xml.writeAttribute(QStringLiteral("CodeListOID"),
                                     QLatin1String("CL.") + oidPart(c->codeList));
                codeLists.insert(c->codeList);
            }
            m_xml.writeEndElement();
        }
    }

    for (const CodeListDef &list : m_dictionary.codeLists()) {
        if (!codeLists.contains(list.name) || list.items.isEmpty())
            continue;
        m_xml.writeStartElement(QStringLiteral("CodeList"));
        m_xml.writeAttribute(QStringLiteral("OID"), QLatin1String("CL.") + oidPart(list.name));
        m_xml.writeAttribute(QStringLiteral("Name"), list.name);
        m_xml.writeAttribute(QStringLiteral("DataType"), QStringLiteral("text"));
        for (const CodeItem &item : list.items) {
            m_xml.writeStartElement(QStringLiteral("CodeListItem"));
            m_xml.writeAttribute(QStringLiteral("CodedValue"), item.code);
            translated(QStringLiteral("Decode"), item.labelEn, item.labelZh);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();  // MetaDataVersion
}

void OdmWriter::Run::writeAdminData(const QSet<QString> &auditUsers)
{
    m_xml.writeStartElement(QStringLiteral("AdminData"));
    m_xml.writeAttribute(QStringLiteral("StudyOID"), m_studyOid);
    QSet<QString> written;
    const UserStore users(m_store.database(), m_store.clock());
    const auto writeUser = [&](const QString &login, const QString &fullName) {
        m_xml.writeStartElement(QStringLiteral("User"));
        m_xml.writeAttribute(QStringLiteral("OID"), userOid(login));
        m_xml.writeTextElement(QStringLiteral("LoginName"), login);
        m_xml.writeTextElement(QStringLiteral("DisplayName"), fullName.isEmpty() ? login : fullName);
        if (!fullName.isEmpty())
            m_xml.writeTextElement(QStringLiteral("FullName"), fullName);
        m_xml.writeEmptyElement(QStringLiteral("LocationRef"));
        m_xml.writeAttribute(QStringLiteral("LocationOID"), m_locationOid);
        m_xml.writeEndElement();
        written.insert(login);
    };
    for (const UserAccount &u : users.users())
        writeUser(u.userName, u.fullName);
    // Names in the audit trail without an account (e.g. the demo generator) are users too.
    QStringList others(auditUsers.cbegin(), auditUsers.cend());
    others.sort();
    for (const QString &name : std::as_const(others)) {
        if (!written.contains(name) && !name.isEmpty())
            writeUser(name, {});
    }
    m_xml.writeStartElement(QStringLiteral("Location"));
    m_xml.writeAttribute(QStringLiteral("OID"), m_locationOid);
    m_xml.writeAttribute(QStringLiteral("Name"), m_p.site.isEmpty() ? m_p.registryId : m_p.site);
    m_xml.writeAttribute(QStringLiteral("LocationType"), QStringLiteral("Site"));
    m_xml.writeEmptyElement(QStringLiteral("MetaDataVersionRef"));
    m_xml.writeAttribute(QStringLiteral("StudyOID"), m_studyOid);
    m_xml.writeAttribute(QStringLiteral("MetaDataVersionOID"), m_mdvOid);
    m_xml.writeAttribute(QStringLiteral("EffectiveDate"),
                         m_store.clock()().toUTC().date().toString(Qt::ISODate));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void OdmWriter::Run::writeAuditRecord(const AuditEntry &e)
{
    m_xml.writeStartElement(QStringLiteral("AuditRecord"));
    m_xml.writeEmptyElement(QStringLiteral("UserRef"));
    m_xml.writeAttribute(QStringLiteral("UserOID"), userOid(e.userName));
    m_xml.writeEmptyElement(QStringLiteral("LocationRef"));
    m_xml.writeAttribute(QStringLiteral("LocationOID"), m_locationOid);
    m_xml.writeTextElement(QStringLiteral("DateTimeStamp"),
                           e.atUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!e.reason.isEmpty())
        m_xml.writeTextElement(QStringLiteral("ReasonForChange"), e.reason);
    m_xml.writeEndElement();
    ++m_auditRecords;
}

void OdmWriter::Run::writeGroup(const QString &group, const Values &values, qint64 recordId,
                                const QString &repeatKey, const AuditIndex &audit)
{
    const QString table = auditTable(group);
    const AuditEntry *inserted = audit.find(table, recordId, QString());
    m_xml.writeStartElement(QStringLiteral("ItemGroupData"));
    m_xml.writeAttribute(QStringLiteral("ItemGroupOID"), groupOid(group));
    if (!repeatKey.isEmpty())
        m_xml.writeAttribute(QStringLiteral("ItemGroupRepeatKey"), repeatKey);
    for (const ColumnDef *c : items(group)) {
        const QString value = values.value(c->name);
        m_xml.writeStartElement(QStringLiteral("ItemData"));
        m_xml.writeAttribute(QStringLiteral("ItemOID"), itemOid(group, c->name));
        if (value.isEmpty())
            m_xml.writeAttribute(QStringLiteral("IsNull"), QStringLiteral("Yes"));
        else
            m_xml.writeAttribute(QStringLiteral("Value"), value);
        const AuditEntry *changed = audit.find(table, recordId, auditField(group, c->name));
        if (const AuditEntry *e = changed ? changed : inserted)
            writeAuditRecord(*e);
        m_xml.writeEndElement();
        ++m_items;
    }
    m_xml.writeEndElement();
}

bool OdmWriter::Run::writeSubject(const Casebook &book)
{
    // The audit rows of this subject: the last one per field, and the record's insert row
    // (filed under an empty field).
    AuditIndex audit;
    QString error;
    const AuditLog log(m_store.database(), m_store.clock());
    AuditFilter filter;
    filter.subjectCode = book.subject.code;
    const bool read = log.forEachEntry(
        filter,
        [&](const AuditEntry &e) {
            if (e.tableName.isEmpty() || e.recordId == 0)
                return true;
            const bool insert = e.action == QLatin1String("insert");
            audit.byField.insert(AuditIndex::key(e.tableName, e.recordId, insert ? QString() : e.field), e);
            return true;
        },
        &error);
    if (!read) {
        m_result.error = error;
        return false;
    }

    m_xml.writeStartElement(QStringLiteral("SubjectData"));
    m_xml.writeAttribute(QStringLiteral("SubjectKey"), book.subject.code);
    const bool hasScreening = m_p.visit(QStringLiteral("screening")) != nullptr;
    for (int i = 0; i < m_p.visits.size(); ++i) {
        const VisitDef &v = m_p.visits.at(i);
        const bool first = v.code == QLatin1String("screening") || (!hasScreening && i == 0);
        const Infusion *inf = v.infusion ? book.infusion(v.code) : nullptr;
        const PasiAssessment *pasi = v.pasi ? book.pasiAt(v.code) : nullptr;
        if (!first && !inf && !pasi)
            continue;
        m_xml.writeStartElement(QStringLiteral("StudyEventData"));
        m_xml.writeAttribute(QStringLiteral("StudyEventOID"), eventOid(v.code));
        const auto form = [this](const QString &group) {
            m_xml.writeStartElement(QStringLiteral("FormData"));
            m_xml.writeAttribute(QStringLiteral("FormOID"), formOid(group));
        };
        if (first) {
            form(kSubjects);
            writeGroup(kSubjects, fc::odmValues(fields::subject(), book.subject), book.subject.id, {}, audit);
            m_xml.writeEndElement();
            if (book.consent) {
                form(kConsents);
                writeGroup(kConsents, fc::odmValues(fields::consent(), *book.consent), book.consent->id, {}, audit);
                m_xml.writeEndElement();
            }
            if (book.eligibility) {
                form(kEligibility);
                writeGroup(kEligibility, fc::odmValues(fields::eligibility(), *book.eligibility),
                           book.eligibility->id, {}, audit);
                m_xml.writeEndElement();
            }
        }
        if (inf) {
            form(kInfusions);
            writeGroup(kInfusions, fc::odmValues(fields::infusion(), *inf), inf->id, {}, audit);
            for (int k = 0; k < inf->vitals.size(); ++k)
                writeGroup(kVitals, fc::odmValues(fields::vitalSigns(), inf->vitals.at(k)), inf->id,
                           QString::number(k + 1), audit);
            m_xml.writeEndElement();
        }
        if (pasi) {
            form(kPasi);
            writeGroup(kPasi, fc::odmValues(fields::pasi(m_p), *pasi), pasi->id, {}, audit);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();  // StudyEventData
    }
    if (!book.adverseEvents.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("StudyEventData"));
        m_xml.writeAttribute(QStringLiteral("StudyEventOID"), kAeEvent);
        m_xml.writeStartElement(QStringLiteral("FormData"));
        m_xml.writeAttribute(QStringLiteral("FormOID"), formOid(kAdverseEvents));
        for (const AdverseEvent &ae : book.adverseEvents)
            writeGroup(kAdverseEvents, fc::odmValues(fields::adverseEvent(), ae), ae.id,
                       QString::number(ae.aeNumber), audit);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    if (!book.deviations.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("StudyEventData"));
        m_xml.writeAttribute(QStringLiteral("StudyEventOID"), kDeviationEvent);
        m_xml.writeStartElement(QStringLiteral("FormData"));
        m_xml.writeAttribute(QStringLiteral("FormOID"), formOid(kDeviations));
        for (int k = 0; k < book.deviations.size(); ++k) {
            const Deviation &d = book.deviations.at(k);
            writeGroup(kDeviations, fc::odmValues(fields::deviation(), d), d.id, QString::number(k + 1), audit);
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();  // SubjectData
    return true;
}

bool OdmWriter::Run::writeClinicalData()
{
    m_xml.writeStartElement(QStringLiteral("ClinicalData"));
    m_xml.writeAttribute(QStringLiteral("StudyOID"), m_studyOid);
    m_xml.writeAttribute(QStringLiteral("MetaDataVersionOID"), m_mdvOid);
    constexpr int kPage = 500;
    const qint64 total = m_store.subjectCount();
    qint64 done = 0;
    for (int offset = 0;; offset += kPage) {
        const QList<SubjectSummary> page = m_store.subjects(offset, kPage);
        for (const SubjectSummary &s : page) {
            QString error;
            const std::optional<Casebook> book = m_store.loadCasebook(m_session, s.id, &error);
            if (!book) {
                m_result.error = error.isEmpty()
                                     ? QStringLiteral("cannot read the casebook of %1").arg(s.code)
                                     : error;
                return false;
            }
            if (!writeSubject(*book))
                return false;
            ++done;
            if (m_progress && !m_progress(done, total)) {
                m_result.cancelled = true;
                return false;
            }
        }
        if (page.size() < kPage)
            break;
    }
    m_xml.writeEndElement();
    m_result.counts.insert(QStringLiteral("subjects"), done);
    return true;
}

OdmWriter::Result OdmWriter::Run::run()
{
    // The audit trail names its users; each needs a User in AdminData before ClinicalData.
    QSet<QString> auditUsers;
    QString error;
    const AuditLog log(m_store.database(), m_store.clock());
    if (!log.forEachEntry(
            AuditFilter{},
            [&](const AuditEntry &e) {
                auditUsers.insert(e.userName);
                return true;
            },
            &error)) {
        m_result.error = error;
        return m_result;
    }

    const QDateTime now = m_store.clock()().toUTC();
    m_xml.writeStartDocument();
    m_xml.writeDefaultNamespace(odmNamespace());
    m_xml.writeStartElement(QStringLiteral("ODM"));
    m_xml.writeAttribute(QStringLiteral("FileType"), QStringLiteral("Snapshot"));
    m_xml.writeAttribute(QStringLiteral("FileOID"),
                         QStringLiteral("trialcrf.%1.%2")
                             .arg(m_p.registryId, now.toString(QStringLiteral("yyyyMMddTHHmmsszzz"))));
    m_xml.writeAttribute(QStringLiteral("CreationDateTime"), now.toString(Qt::ISODateWithMs));
    m_xml.writeAttribute(QStringLiteral("ODMVersion"), QStringLiteral("1.3.2"));
    m_xml.writeAttribute(QStringLiteral("Originator"), QStringLiteral("trialcrf"));
    m_xml.writeAttribute(QStringLiteral("SourceSystem"), QStringLiteral("trialcrf"));
    if (!QCoreApplication::applicationVersion().isEmpty())
        m_xml.writeAttribute(QStringLiteral("SourceSystemVersion"),
                             QCoreApplication::applicationVersion());

    m_xml.writeStartElement(QStringLiteral("Study"));
    m_xml.writeAttribute(QStringLiteral("OID"), m_studyOid);
    writeGlobalVariables();
    writeMetaData();
    m_xml.writeEndElement();  // Study
    writeAdminData(auditUsers);
    if (!writeClinicalData())
        return m_result;
    m_xml.writeEndElement();  // ODM
    m_xml.writeEndDocument();
    if (m_xml.hasError()) {
        m_result.error = QStringLiteral("cannot write the XML file");
        return m_result;
    }
    m_result.counts.insert(QStringLiteral("items"), m_items);
    m_result.counts.insert(QStringLiteral("audit_records"), m_auditRecords);
    return m_result;
}

OdmWriter::OdmWriter(const StudyStore &store, const Session &session)
    : m_store(store), m_session(session)
{
}

OdmWriter::Result OdmWriter::write(QIODevice *device)
{
    if (!m_session.may(Action::ReadClinical) || !m_session.may(Action::ExportData)) {
        Result r;
        r.error = QStringLiteral("%1 may not export data").arg(m_session.userName);
        return r;
    }
    Run run(m_store, m_session, m_progress, device);
    return run.run();
}

}  // namespace trialcrf
