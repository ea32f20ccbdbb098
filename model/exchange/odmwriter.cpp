// SPDX-License-Identifier: Apache-2.0
#include "exchange/odmwriter.h"

#include "exchange/fieldcells.h"
#include "records/fieldtables.h"
#include "exchange/odmmetadata.h"
#include "storage/auditlog.h"
#include "storage/sitestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QXmlStreamWriter>

namespace trialcrf {

namespace fc = fieldcells;
using M = OdmMetaData;

namespace {

using Values = QHash<QString, QString>;

/// The storage table each item group's audit rows name.
QString auditTable(const QString &group)
{
    if (group == M::kPasi)
        return QStringLiteral("pasi_assessments");
    if (group == M::kVitals)
        return M::kInfusions;  // vital signs are audited as a field of their infusion
    return group;
}

/// The audited field of an item, where the stored column has another name than the export.
QString auditField(const QString &group, const QString &column)
{
    if (group == M::kEligibility && column == QLatin1String("pasi"))
        return QStringLiteral("pasi_tenths");
    if (group == M::kVitals)
        return QStringLiteral("vital_signs");
    return column;
}

}  // namespace

class OdmWriter::Run {
public:
    Run(const StudyStore &store, const Session &session, const ExchangeProgress &progress,
        QIODevice *device)
        : m_store(store),
          m_session(session),
          m_p(store.protocol()),
          m_progress(progress),
          m_xml(device),
          m_meta(store.protocol(), m_xml)
    {
        m_studyOid = QLatin1String("ST.") + M::oidPart(m_p.registryId);
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
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

    static QString userOid(const QString &name) { return QLatin1String("USR.") + name; }
    /// A site's Location (one per site of the study; the subject's SiteRef, the users' and
    /// the audit records' LocationRef name it).
    static QString locationOid(const QString &siteCode)
    {
        return QLatin1String("LOC.") + M::oidPart(siteCode);
    }

    void writeAdminData(const QSet<QString> &auditUsers);
    bool writeClinicalData();
    bool writeSubject(const Casebook &book);
    void writeGroup(const QString &group, const Values &values, qint64 recordId,
                    const QString &repeatKey, const AuditIndex &audit);
    void writeAuditRecord(const AuditEntry &e);

    const StudyStore &m_store;
    const Session &m_session;
    const Protocol &m_p;
    const ExchangeProgress &m_progress;
    QXmlStreamWriter m_xml;
    QString m_studyOid;
    /// The first site's: where an audit record about no subject, or a user without a site, is.
    const QString m_locationOid = locationOid(m_p.siteCode);
    QString m_subjectLocation;  ///< the site of the subject being written
    OdmMetaData m_meta;
    Result m_result;
    qint64 m_items = 0, m_auditRecords = 0;
};

void OdmWriter::Run::writeAdminData(const QSet<QString> &auditUsers)
{
    m_xml.writeStartElement(QStringLiteral("AdminData"));
    m_xml.writeAttribute(QStringLiteral("StudyOID"), m_studyOid);
    QSet<QString> written;
    const UserStore users(m_store.database(), m_store.clock());
    const auto writeUser = [&](const QString &login, const QString &fullName, qint64 id) {
        m_xml.writeStartElement(QStringLiteral("User"));
        m_xml.writeAttribute(QStringLiteral("OID"), userOid(login));
        m_xml.writeTextElement(QStringLiteral("LoginName"), login);
        m_xml.writeTextElement(QStringLiteral("DisplayName"), fullName.isEmpty() ? login : fullName);
        if (!fullName.isEmpty())
            m_xml.writeTextElement(QStringLiteral("FullName"), fullName);
        const QStringList sites =
            SiteStore::userSites(m_store.database(), id).value_or(QStringList());
        for (const QString &code : sites) {
            m_xml.writeEmptyElement(QStringLiteral("LocationRef"));
            m_xml.writeAttribute(QStringLiteral("LocationOID"), locationOid(code));
        }
        if (sites.isEmpty()) {
            m_xml.writeEmptyElement(QStringLiteral("LocationRef"));
            m_xml.writeAttribute(QStringLiteral("LocationOID"), m_locationOid);
        }
        m_xml.writeEndElement();
        written.insert(login);
    };
    for (const UserAccount &u : users.users())
        writeUser(u.userName, u.fullName, u.id);
    // Names in the audit trail without an account (e.g. the demo generator) are users too.
    QStringList others(auditUsers.cbegin(), auditUsers.cend());
    others.sort();
    for (const QString &name : std::as_const(others)) {
        if (!written.contains(name) && !name.isEmpty())
            writeUser(name, {}, 0);
    }
    for (const Site &site : SiteStore(m_store.database()).sites()) {
        m_xml.writeStartElement(QStringLiteral("Location"));
        m_xml.writeAttribute(QStringLiteral("OID"), locationOid(site.code));
        m_xml.writeAttribute(QStringLiteral("Name"), site.name);
        m_xml.writeAttribute(QStringLiteral("LocationType"), QStringLiteral("Site"));
        m_xml.writeEmptyElement(QStringLiteral("MetaDataVersionRef"));
        m_xml.writeAttribute(QStringLiteral("StudyOID"), m_studyOid);
        m_xml.writeAttribute(QStringLiteral("MetaDataVersionOID"), M::kMdvOid);
        m_xml.writeAttribute(QStringLiteral("EffectiveDate"),
                             m_store.clock()().toUTC().date().toString(Qt::ISODate));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void OdmWriter::Run::writeAuditRecord(const AuditEntry &e)
{
    m_xml.writeStartElement(QStringLiteral("AuditRecord"));
    m_xml.writeEmptyElement(QStringLiteral("UserRef"));
    m_xml.writeAttribute(QStringLiteral("UserOID"), userOid(e.userName));
    m_xml.writeEmptyElement(QStringLiteral("LocationRef"));
    m_xml.writeAttribute(QStringLiteral("LocationOID"),
                         m_subjectLocation.isEmpty() ? m_locationOid : m_subjectLocation);
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
    m_xml.writeAttribute(QStringLiteral("ItemGroupOID"), M::groupOid(group));
    if (!repeatKey.isEmpty())
        m_xml.writeAttribute(QStringLiteral("ItemGroupRepeatKey"), repeatKey);
    for (const ColumnDef *c : m_meta.items(group)) {
        const QString value = values.value(c->name);
        m_xml.writeStartElement(QStringLiteral("ItemData"));
        m_xml.writeAttribute(QStringLiteral("ItemOID"), M::itemOid(group, c->name));
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
    m_subjectLocation = locationOid(book.subject.siteCode);
    m_xml.writeEmptyElement(QStringLiteral("SiteRef"));
    m_xml.writeAttribute(QStringLiteral("LocationOID"), m_subjectLocation);
    const bool hasScreening = m_p.visit(QStringLiteral("screening")) != nullptr;
    for (int i = 0; i < m_p.visits.size(); ++i) {
        const VisitDef &v = m_p.visits.at(i);
        const bool first = v.code == QLatin1String("screening") || (!hasScreening && i == 0);
        const Infusion *inf = v.infusion ? book.infusion(v.code) : nullptr;
        const PasiAssessment *pasi = v.pasi ? book.pasiAt(v.code) : nullptr;
        if (!first && !inf && !pasi)
            continue;
        m_xml.writeStartElement(QStringLiteral("StudyEventData"));
        m_xml.writeAttribute(QStringLiteral("StudyEventOID"), M::eventOid(v.code));
        const auto form = [this](const QString &group) {
            m_xml.writeStartElement(QStringLiteral("FormData"));
            m_xml.writeAttribute(QStringLiteral("FormOID"), M::formOid(group));
        };
        if (first) {
            form(M::kSubjects);
            writeGroup(M::kSubjects, fc::odmValues(fields::subject(), book.subject),
                       book.subject.id, {}, audit);
            m_xml.writeEndElement();
            if (book.consent) {
                form(M::kConsents);
                writeGroup(M::kConsents, fc::odmValues(fields::consent(), *book.consent),
                           book.consent->id, {}, audit);
                m_xml.writeEndElement();
            }
            if (book.eligibility) {
                form(M::kEligibility);
                writeGroup(M::kEligibility, fc::odmValues(fields::eligibility(), *book.eligibility),
                           book.eligibility->id, {}, audit);
                m_xml.writeEndElement();
            }
        }
        if (inf) {
            form(M::kInfusions);
            writeGroup(M::kInfusions, fc::odmValues(fields::infusion(), *inf), inf->id, {}, audit);
            for (int k = 0; k < inf->vitals.size(); ++k)
                writeGroup(M::kVitals, fc::odmValues(fields::vitalSigns(), inf->vitals.at(k)),
                           inf->id, QString::number(k + 1), audit);
            m_xml.writeEndElement();
        }
        if (pasi) {
            form(M::kPasi);
            writeGroup(M::kPasi, fc::odmValues(fields::pasi(m_p), *pasi), pasi->id, {}, audit);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();  // StudyEventData
    }
    if (!book.adverseEvents.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("StudyEventData"));
        m_xml.writeAttribute(QStringLiteral("StudyEventOID"), M::kAeEvent);
        m_xml.writeStartElement(QStringLiteral("FormData"));
        m_xml.writeAttribute(QStringLiteral("FormOID"), M::formOid(M::kAdverseEvents));
        for (const AdverseEvent &ae : book.adverseEvents)
            writeGroup(M::kAdverseEvents, fc::odmValues(fields::adverseEvent(), ae), ae.id,
                       QString::number(ae.aeNumber), audit);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    if (!book.deviations.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("StudyEventData"));
        m_xml.writeAttribute(QStringLiteral("StudyEventOID"), M::kDeviationEvent);
        m_xml.writeStartElement(QStringLiteral("FormData"));
        m_xml.writeAttribute(QStringLiteral("FormOID"), M::formOid(M::kDeviations));
        for (int k = 0; k < book.deviations.size(); ++k) {
            const Deviation &d = book.deviations.at(k);
            writeGroup(M::kDeviations, fc::odmValues(fields::deviation(), d), d.id,
                       QString::number(k + 1), audit);
        }
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();  // SubjectData
    m_subjectLocation.clear();
    return true;
}

bool OdmWriter::Run::writeClinicalData()
{
    m_xml.writeStartElement(QStringLiteral("ClinicalData"));
    m_xml.writeAttribute(QStringLiteral("StudyOID"), m_studyOid);
    m_xml.writeAttribute(QStringLiteral("MetaDataVersionOID"), M::kMdvOid);
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
            if (!m_session.maySite(s.siteCode))  // another site's subject
                continue;
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
    m_meta.writeGlobalVariables();
    m_meta.writeMetaDataVersion();
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
