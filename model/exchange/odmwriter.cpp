// SPDX-License-Identifier: Apache-2.0
#include "exchange/odmwriter.h"

#include "exchange/csvvalues.h"
#include "exchange/datadictionary.h"
#include "storage/auditlog.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamWriter>

namespace trialcrf {

namespace cv = csvvalues;

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

QString text(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8);
}

/// ODM times carry seconds.
QString odmTime(const std::optional<QTime> &t)
{
    return t && t->isValid() ? t->toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString integer(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QString();
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

Values subjectValues(const Subject &s)
{
    return {{QStringLiteral("initials"), s.initials},
            {QStringLiteral("sex"), s.sex},
            {QStringLiteral("birth_date"), text(cv::date(s.birthDate))},
            {QStringLiteral("week0_date"), text(cv::date(s.week0Date))},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("withdrawal_date"), text(cv::date(s.withdrawalDate))},
            {QStringLiteral("withdrawal_reason"), s.withdrawalReason}};
}

Values consentValues(const Consent &c)
{
    return {{QStringLiteral("consent_version"), c.consentVersion},
            {QStringLiteral("consent_date"), text(cv::date(c.consentDate))},
            {QStringLiteral("subject_signed"), text(cv::yesNo(c.subjectSigned))},
            {QStringLiteral("obtained_by"), c.obtainedBy},
            {QStringLiteral("consent_time"), odmTime(c.consentTime)}};
}

Values eligibilityValues(const Eligibility &e)
{
    Values v{{QStringLiteral("assessed_date"), text(cv::date(e.assessedDate))},
             {QStringLiteral("psoriasis_vulgaris"), text(cv::yesNo(e.psoriasisVulgaris))},
             {QStringLiteral("pasi"), text(cv::tenths(e.pasiTenths))},
             {QStringLiteral("last_topical_date"), text(cv::lastDose(e.lastTopical))},
             {QStringLiteral("last_systemic_date"), text(cv::lastDose(e.lastSystemic))},
             {QStringLiteral("last_biologic_date"), text(cv::lastDose(e.lastBiologic))},
             {QStringLiteral("confirmed_verdict"), e.confirmedVerdict},
             {QStringLiteral("override_reason"), e.overrideReason}};
    const std::pair<const std::optional<double> *, const char *> decimals[] = {
        {&e.bsaPct, "bsa_pct"},         {&e.sas, "sas"},
        {&e.sds, "sds"},                {&e.calcium, "calcium_mmol_l"},
        {&e.ast, "ast"},                {&e.astUln, "ast_uln"},
        {&e.alt, "alt"},                {&e.altUln, "alt_uln"},
        {&e.creatinine, "creatinine"},  {&e.creatinineUln, "creatinine_uln"},
        {&e.cystatinC, "cystatin_c"},   {&e.cystatinCUln, "cystatin_c_uln"},
        {&e.hemoglobin, "hemoglobin_g_l"}, {&e.hemoglobinLln, "hemoglobin_lln"},
        {&e.hemoglobinUln, "hemoglobin_uln"}, {&e.platelets, "platelets_10e9_l"},
        {&e.wbc, "wbc_10e9_l"}};
    for (const auto &[value, column] : decimals)
        v.insert(QLatin1String(column), text(cv::decimal(*value)));
    const std::pair<const std::optional<bool> *, const char *> flags[] = {
        {&e.guttateInverseFace, "exc_guttate_inverse_face"},
        {&e.acuteProgressiveErythroderma, "exc_acute_progressive_erythroderma"},
        {&e.pregnancyLactation, "exc_pregnancy_lactation"},
        {&e.psychiatricDisorder, "exc_psychiatric_disorder"},
        {&e.uncontrolledDisease, "exc_uncontrolled_disease"},
        {&e.otherLabAbnormal, "exc_other_lab_abnormal"},
        {&e.malignancy, "exc_malignancy"},
        {&e.allergyHistory, "exc_allergy_history"},
        {&e.otherTrial, "exc_other_trial"},
        {&e.investigatorJudgement, "exc_investigator_judgement"}};
    for (const auto &[value, column] : flags)
        v.insert(QLatin1String(column), text(cv::yesNo(*value)));
    return v;
}

Values pasiValues(const Protocol &p, const PasiAssessment &a)
{
    Values v{{QStringLiteral("assessment_date"), text(cv::date(a.assessmentDate))},
             {QStringLiteral("bsa_pct"), text(cv::decimal(a.bsaPct))}};
    for (qsizetype i = 0; i < p.pasiRegions.size(); ++i) {
        const QString &code = p.pasiRegions.at(i).code;
        const rules::RegionScores r = i < a.regions.size() ? a.regions.at(i) : rules::RegionScores{};
        v.insert(code + QLatin1String("_erythema"), integer(r.erythema));
        v.insert(code + QLatin1String("_induration"), integer(r.induration));
        v.insert(code + QLatin1String("_desquamation"), integer(r.desquamation));
        v.insert(code + QLatin1String("_area"), integer(r.area));
        v.insert(code + QLatin1String("_area_pct"), text(cv::decimal(r.areaPct)));
    }
    return v;
}

Values infusionValues(const Infusion &i)
{
    return {{QStringLiteral("infusion_date"), text(cv::date(i.infusionDate))},
            {QStringLiteral("weight_kg"), text(cv::decimal(i.weightKg))},
            {QStringLiteral("actual_cells"), text(cv::integer(i.actualCells))},
            {QStringLiteral("lot_number"), i.lotNumber},
            {QStringLiteral("viability_pct"), text(cv::decimal(i.viabilityPct))},
            {QStringLiteral("start_time"), odmTime(i.startTime)},
            {QStringLiteral("end_time"), odmTime(i.endTime)},
            {QStringLiteral("deviation_reason"), i.deviationReason},
            {QStringLiteral("thaw_time"), odmTime(i.thawTime)},
            {QStringLiteral("reaction"), text(cv::yesNo(i.reaction))},
            {QStringLiteral("reaction_description"), i.reactionDescription}};
}

Values deviationValues(const Deviation &d)
{
    return {{QStringLiteral("visit"), d.visit},
            {QStringLiteral("kind"), d.kind},
            {QStringLiteral("detected_at"), AuditLog::formatTime(d.detectedAt)},
            {QStringLiteral("reason"), d.reason},
            {QStringLiteral("recorded_by"), d.recordedBy},
            {QStringLiteral("source"), d.sourceCode()},
            {QStringLiteral("resolved_at"),
             d.resolved ? AuditLog::formatTime(d.resolvedAt) : QString()}};
}

Values vitalValues(const VitalSigns &s)
{
    return {{QStringLiteral("phase"), s.phase},
            {QStringLiteral("minute"), integer(s.minute)},
            {QStringLiteral("time"), odmTime(s.time)},
            {QStringLiteral("temperature_c"), text(cv::decimal(s.temperatureC))},
            {QStringLiteral("pulse_bpm"), integer(s.pulseBpm)},
            {QStringLiteral("respiration_min"), integer(s.respirationPerMin)},
            {QStringLiteral("systolic_mmhg"), integer(s.systolicMmHg)},
            {QStringLiteral("diastolic_mmhg"), integer(s.diastolicMmHg)}};
}

Values adverseEventValues(const AdverseEvent &ae)
{
    return {{QStringLiteral("ae_number"), QString::number(ae.aeNumber)},
            {QStringLiteral("term"), ae.term},
            {QStringLiteral("onset_date"), text(cv::date(ae.onsetDate))},
            {QStringLiteral("end_date"), text(cv::date(ae.endDate))},
            {QStringLiteral("ctcae_grade"), ae.ctcaeGrade},
            {QStringLiteral("serious"), text(cv::yesNo(ae.serious))},
            {QStringLiteral("relatedness"), ae.relatedness},
            {QStringLiteral("action_taken"), ae.actionTaken},
            {QStringLiteral("outcome"), ae.outcome},
            {QStringLiteral("sae_criteria"), ae.saeCriteria.join(QLatin1Char(';'))}};
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
            writeGroup(kSubjects, subjectValues(book.subject), book.subject.id, {}, audit);
            m_xml.writeEndElement();
            if (book.consent) {
                form(kConsents);
                writeGroup(kConsents, consentValues(*book.consent), book.consent->id, {}, audit);
                m_xml.writeEndElement();
            }
            if (book.eligibility) {
                form(kEligibility);
                writeGroup(kEligibility, eligibilityValues(*book.eligibility),
                           book.eligibility->id, {}, audit);
                m_xml.writeEndElement();
            }
        }
        if (inf) {
            form(kInfusions);
            writeGroup(kInfusions, infusionValues(*inf), inf->id, {}, audit);
            for (int k = 0; k < inf->vitals.size(); ++k)
                writeGroup(kVitals, vitalValues(inf->vitals.at(k)), inf->id,
                           QString::number(k + 1), audit);
            m_xml.writeEndElement();
        }
        if (pasi) {
            form(kPasi);
            writeGroup(kPasi, pasiValues(m_p, *pasi), pasi->id, {}, audit);
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
            writeGroup(kAdverseEvents, adverseEventValues(ae), ae.id,
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
            writeGroup(kDeviations, deviationValues(d), d.id, QString::number(k + 1), audit);
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
    for (QString after;;) {  // keyset pages: each continues after the last code
        QString listError;
        const QList<SubjectSummary> page =
            m_store.subjectsAfter(after, kPage, {}, {}, &listError);
        if (!listError.isEmpty()) {
            m_result.error = listError;
            return false;
        }
        if (!page.isEmpty())
            after = page.constLast().code;
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
