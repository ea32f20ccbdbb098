// SPDX-License-Identifier: Apache-2.0
#include "exchange/odmmetadata.h"

#include <utility>

namespace trialcrf {

namespace {

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

OdmMetaData::OdmMetaData(const Protocol &p, QXmlStreamWriter &xml)
    : m_p(p), m_dictionary(p), m_xml(xml)
{
    m_groups = {kSubjects, kConsents, kEligibility, kPasi, kInfusions, kVitals, kAdverseEvents,
                kDeviations};
}

QString OdmMetaData::oidPart(const QString &s)
{
    QString out = s.toUpper();
    for (QChar &c : out) {
        if (!((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            c = QLatin1Char('_');
    }
    return out;
}

QList<const ColumnDef *> OdmMetaData::items(const QString &group) const
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

void OdmMetaData::translated(const QString &element, const QString &en, const QString &zh)
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

void OdmMetaData::writeGlobalVariables()
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

void OdmMetaData::writeMetaDataVersion()
{
    m_xml.writeStartElement(QStringLiteral("MetaDataVersion"));
    m_xml.writeAttribute(QStringLiteral("OID"), kMdvOid);
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
    // Opens a StudyEventDef: the visits are scheduled, the logs of adverse events and
    // deviations common to the whole study.
    const auto startEvent = [this](const QString &oid, const QString &name, const QString &type) {
        m_xml.writeStartElement(QStringLiteral("StudyEventDef"));
        m_xml.writeAttribute(QStringLiteral("OID"), oid);
        m_xml.writeAttribute(QStringLiteral("Name"), name);
        m_xml.writeAttribute(QStringLiteral("Repeating"), QStringLiteral("No"));
        m_xml.writeAttribute(QStringLiteral("Type"), type);
    };
    const bool hasScreening = m_p.visit(QStringLiteral("screening")) != nullptr;
    for (int i = 0; i < m_p.visits.size(); ++i) {
        const VisitDef &v = m_p.visits.at(i);
        startEvent(eventOid(v.code), v.code, QStringLiteral("Scheduled"));
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
    for (const auto &[oid, group] : {std::pair{kAeEvent, kAdverseEvents},
                                     std::pair{kDeviationEvent, kDeviations}}) {
        startEvent(oid, group, QStringLiteral("Common"));
        formRef(group, false);
        m_xml.writeEndElement();
    }

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

}  // namespace trialcrf
