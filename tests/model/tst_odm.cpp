// SPDX-License-Identifier: Apache-2.0
// CDISC ODM 1.3.2 export: valid against the official schema (xmllint), a Snapshot with the
// metadata, the users, every subject's data and an audit record on every item, also on items
// whose value is empty.
#include "tst_exportfixtures.h"

#include "exchange/exporter.h"
#include "exchange/odmwriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace trialcrf;
using namespace trialcrf::exchangefixtures;

namespace {

QString schemaPath()
{
    return QStringLiteral(TRIALCRF_SOURCE_DIR "/../shared/odm-1.3.2/ODM1-3-2.xsd");
}

/// Attribute `name` of the element at the reader's position.
QString attribute(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(QLatin1String(name)).toString();
}

}  // namespace

class TestOdm : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void validatesAgainstTheOdm132Schema();
    void isASnapshotWithMetadataUsersAndData();
    void everyItemCarriesAnAuditRecord();
    void writesEmptyItemsAsNull();
    void refusesAnExistingFile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StudyFile> m_study;
    QString m_file;
};

void TestOdm::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_study = std::make_unique<StudyFile>(m_dir.filePath(QStringLiteral("study.db")));
    QVERIFY(m_study->ok);
    const QString problem = fillStudy(*m_study, 5);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A change with a reason, so an item carries its own audit record.
    const std::optional<qint64> id = m_study->store->subjectIdByCode(QStringLiteral("EDGE-2"));
    QVERIFY(id);
    std::optional<Casebook> book = m_study->store->loadCasebook(monitor(), *id);
    QVERIFY(book);
    Subject s = book->subject;
    s.initials = QStringLiteral("WL");
    QVERIFY(m_study->store->saveSubject(nurse(), s, QStringLiteral("Transcription error")).ok());

    m_file = m_dir.filePath(QStringLiteral("study.xml"));
    const ExportResult r = Exporter(*m_study->store, monitor()).exportOdm(m_file);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rows.value(QStringLiteral("subjects")), qint64(m_study->store->subjectCount()));
}

void TestOdm::validatesAgainstTheOdm132Schema()
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint is not installed (libxml2-utils)");
    QVERIFY2(QFile::exists(schemaPath()), qPrintable(schemaPath()));
    QProcess p;
    p.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), schemaPath(), m_file});
    QVERIFY(p.waitForFinished(-1));
    const QByteArray out = p.readAllStandardError();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, out.constData());
    QVERIFY2(out.contains("validates"), out.constData());
    // The deviation log is in the file that validated: EDGE-1's dose over tolerance.
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    QVERIFY(xml.contains("ItemGroupOID=\"IG.DEVIATIONS\""));
    QVERIFY(xml.contains("Value=\"dose_out_of_tolerance\""));
}

void TestOdm::isASnapshotWithMetadataUsersAndData()
{
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QMap<QString, int> elements;
    QStringList subjects, users, languages;
    QString fileType, version;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        ++elements[name];
        if (name == QLatin1String("ODM")) {
            fileType = attribute(xml, "FileType");
            version = attribute(xml, "ODMVersion");
            QCOMPARE(xml.namespaceUri().toString(), OdmWriter::odmNamespace());
        } else if (name == QLatin1String("SubjectData")) {
            subjects << attribute(xml, "SubjectKey");
        } else if (name == QLatin1String("LoginName")) {
            users << xml.readElementText();
        } else if (name == QLatin1String("TranslatedText")) {
            const QString lang = xml.attributes().value(QStringLiteral("xml:lang")).toString();
            if (!languages.contains(lang))
                languages << lang;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(fileType, QStringLiteral("Snapshot"));
    QCOMPARE(version, QStringLiteral("1.3.2"));
    QCOMPARE(subjects.size(), m_study->store->subjectCount());
    QVERIFY(subjects.contains(QStringLiteral("EDGE-1")));
    QCOMPARE(languages, (QStringList{QStringLiteral("en"), QStringLiteral("zh-CN")}));
    // One StudyEventDef per visit plus the adverse events and the deviation log; the demo
    // and test users.
    QCOMPARE(elements.value(QStringLiteral("StudyEventDef")),
             int(Protocol::builtIn().visits.size()) + 2);
    for (const char *e : {"FormDef", "ItemGroupDef", "ItemDef", "CodeList", "MetaDataVersion",
                          "AdminData", "ClinicalData", "StudyEventData", "FormData",
                          "ItemGroupData", "ItemData", "AuditRecord"})
        QVERIFY2(elements.value(QLatin1String(e)) > 0, e);
    for (const QString &u : {QStringLiteral("datamanager"), QStringLiteral("nurse"),
                             dataManager().userName, nurse().userName})
        QVERIFY2(users.contains(u), qPrintable(u));
}

void TestOdm::everyItemCarriesAnAuditRecord()
{
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int items = 0, audited = 0;
    QString subject, item, reasonOfInitials, userOfInitials;
    bool inItem = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("SubjectData"))
                subject = attribute(xml, "SubjectKey");
            if (name == QLatin1String("ItemData")) {
                ++items;
                inItem = true;
                item = attribute(xml, "ItemOID");
            } else if (name == QLatin1String("AuditRecord") && inItem) {
                ++audited;
            } else if (name == QLatin1String("UserRef") && inItem && subject == QLatin1String("EDGE-2") &&
                       item == QLatin1String("IT.SUBJECTS.INITIALS")) {
                userOfInitials = attribute(xml, "UserOID");
            } else if (name == QLatin1String("ReasonForChange") && subject == QLatin1String("EDGE-2") &&
                       item == QLatin1String("IT.SUBJECTS.INITIALS")) {
                reasonOfInitials = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("ItemData")) {
            inItem = false;
        }
    }
    QVERIFY(items > 100);
    QCOMPARE(audited, items);
    QCOMPARE(reasonOfInitials, QStringLiteral("Transcription error"));
    QCOMPARE(userOfInitials, QLatin1String("USR.") + nurse().userName);
}

void TestOdm::writesEmptyItemsAsNull()
{
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString subject;
    bool endDateNull = false, endDateAudited = false, inEndDate = false;
    QString aeKey;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("SubjectData"))
            subject = attribute(xml, "SubjectKey");
        if (xml.isStartElement() && xml.name() == QLatin1String("ItemGroupData"))
            aeKey = attribute(xml, "ItemGroupRepeatKey");
        if (xml.isStartElement() && xml.name() == QLatin1String("ItemData") &&
            subject == QLatin1String("EDGE-1") && aeKey == QLatin1String("2") &&
            attribute(xml, "ItemOID") == QLatin1String("IT.ADVERSE_EVENTS.END_DATE")) {
            endDateNull = attribute(xml, "IsNull") == QLatin1String("Yes") &&
                          !xml.attributes().hasAttribute(QStringLiteral("Value"));
            inEndDate = true;
        } else if (xml.isStartElement() && inEndDate && xml.name() == QLatin1String("AuditRecord")) {
            endDateAudited = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("ItemData")) {
            inEndDate = false;
        }
    }
    QVERIFY(endDateNull);
    QVERIFY(endDateAudited);
}

void TestOdm::refusesAnExistingFile()
{
    const QByteArray before = [&] {
        QFile f(m_file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const ExportResult r = Exporter(*m_study->store, monitor()).exportOdm(m_file);
    QCOMPARE(r.status, ExportResult::Status::TargetExists);
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

QTEST_GUILESS_MAIN(TestOdm)
#include "tst_odm.moc"
