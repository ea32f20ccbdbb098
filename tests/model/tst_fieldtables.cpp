// SPDX-License-Identifier: Apache-2.0
// The field tables are the one description of each record's fields: every field a form binds
// is in a table, every column the migrations create is a field (or one of the few columns only
// storage has), and every exported field is in the export header, dictionary.csv and the ODM
// metadata.
#include "tst_exportfixtures.h"

#include "exchange/exporter.h"
#include "records/fieldtables.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QXmlStreamReader>

using namespace trialcrf;
using namespace trialcrf::exchangefixtures;

namespace {

/// Columns of the clinical tables that are no field: keys, row versions and stamps the store
/// writes itself, each with why.
const QHash<QString, const char *> kStorageOnly{
    {QStringLiteral("id"), "the row's key"},
    {QStringLiteral("version"), "the row version (stale saves)"},
    {QStringLiteral("subject_id"), "the record's subject (exported as subject_code)"},
    {QStringLiteral("updated_at"), "when the row was last written"},
    {QStringLiteral("updated_by"), "who last wrote the row"},
    {QStringLiteral("locked"), "the casebook lock (subjects)"},
    {QStringLiteral("confirmed_by"), "who confirmed the eligibility verdict"},
    {QStringLiteral("confirmed_at"), "when the eligibility verdict was confirmed"},
    {QStringLiteral("infusion_id"), "a vital-sign set's infusion"},
    {QStringLiteral("seq"), "a vital-sign set's order within its infusion"},
};

const fields::RecordFields *recordOfTable(const QList<fields::RecordFields> &all,
                                          const QString &table)
{
    for (const fields::RecordFields &r : all) {
        if (r.table == table)
            return &r;
    }
    return nullptr;
}

}  // namespace

class TestFieldTables : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void formBindingsAreFields_data();
    void formBindingsAreFields();
    void migrationColumnsAreFields_data();
    void migrationColumnsAreFields();
    void storedFieldsHaveColumns_data();
    void storedFieldsHaveColumns();
    void exportedFieldsAreEverywhere_data();
    void exportedFieldsAreEverywhere();
    void everyFieldHasALabel();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StudyFile> m_study;
    QList<fields::RecordFields> m_tables;
    QMap<QString, QStringList> m_headers;      ///< file → header of its CSV file
    QSet<QString> m_dictionary;                ///< "file.csv|column" of dictionary.csv
    QMap<QString, QStringList> m_odmItems;     ///< item group OID → ItemDef names in it
    QMap<QString, QStringList> m_tableColumns; ///< storage table → PRAGMA table_info names
};

void TestFieldTables::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tables = fields::all(Protocol::builtIn());
    m_study = std::make_unique<StudyFile>(m_dir.filePath(QStringLiteral("study.db")));
    QVERIFY(m_study->ok);

    // The columns the migrations made, read from the fresh database.
    for (const fields::RecordFields &r : std::as_const(m_tables)) {
        QSqlQuery q(m_study->db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(r.table)));
        while (q.next())
            m_tableColumns[r.table] << q.value(1).toString();
        QVERIFY2(!m_tableColumns.value(r.table).isEmpty(), qPrintable(r.table));
    }

    // An export of the (empty) study: headers, dictionary and ODM metadata as written.
    const QString folder = m_dir.filePath(QStringLiteral("csv"));
    const ExportResult csv = Exporter(*m_study->store, monitor()).exportCsv(folder);
    QVERIFY2(csv.ok(), qPrintable(csv.message));
    for (const fields::RecordFields &r : std::as_const(m_tables)) {
        const QList<QStringList> rows = readCsv(folder + QLatin1Char('/') + r.file + ".csv");
        QVERIFY(!rows.isEmpty());
        m_headers.insert(r.file, rows.first());
    }
    const QList<QStringList> dictionary = readCsv(folder + QStringLiteral("/dictionary.csv"));
    for (const QStringList &row : dictionary)
        m_dictionary.insert(row.value(0) + QLatin1Char('|') + row.value(1));

    const QString odm = m_dir.filePath(QStringLiteral("study.xml"));
    const ExportResult xml = Exporter(*m_study->store, monitor()).exportOdm(odm);
    QVERIFY2(xml.ok(), qPrintable(xml.message));
    QFile f(odm);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader reader(&f);
    QHash<QString, QString> itemNames;  // ItemDef OID → Name
    QMap<QString, QStringList> refs;    // group OID → item OIDs
    QString group;
    while (reader.readNextStartElement() || !reader.atEnd()) {
        if (!reader.isStartElement())
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        if (reader.name() == QLatin1String("ItemGroupDef"))
            group = a.value(QLatin1String("OID")).toString();
        else if (reader.name() == QLatin1String("ItemRef"))
            refs[group] << a.value(QLatin1String("ItemOID")).toString();
        else if (reader.name() == QLatin1String("ItemDef"))
            itemNames.insert(a.value(QLatin1String("OID")).toString(),
                             a.value(QLatin1String("Name")).toString());
        if (reader.name() == QLatin1String("ClinicalData"))
            break;
    }
    for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
        for (const QString &oid : it.value())
            m_odmItems[it.key()] << itemNames.value(oid);
    }
    QVERIFY(!m_odmItems.isEmpty());
}

void TestFieldTables::formBindingsAreFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("file");  ///< the record's export file; empty = any table
    static const QRegularExpression binding(
        QStringLiteral(R"re(bindField\(QStringLiteral\("([a-z0-9_]+)"\))re"));
    // A vital-sign row's inputs by field key (VitalSignsEditor::Row::fields), bound per row.
    static const QRegularExpression vitalInput(
        QStringLiteral(R"re(list\.append\(\{QStringLiteral\("([a-z0-9_]+)"\), [a-z0-9]+\}\))re"));
    QDirIterator it(QStringLiteral(TRIALCRF_SOURCE_DIR "/forms"), {QStringLiteral("*.cpp")});
    int found = 0;
    int vitals = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QString name = QFileInfo(path).fileName();
        for (QRegularExpressionMatchIterator m = binding.globalMatch(text); m.hasNext();) {
            const QString key = m.next().captured(1);
            QTest::addRow("%s: %s", qPrintable(name), qPrintable(key)) << key << QString();
            ++found;
        }
        for (QRegularExpressionMatchIterator m = vitalInput.globalMatch(text); m.hasNext();) {
            const QString key = m.next().captured(1);
            QTest::addRow("%s: vitals.%s", qPrintable(name), qPrintable(key))
                << key << QStringLiteral("vital_signs");
            ++vitals;
        }
    }
    QVERIFY2(found > 60, "the forms' bindings were not found");
    QCOMPARE(vitals, 8);  // minute, time and the six readings
    // The PASI page binds its region scores by the protocol's region codes.
    for (const PasiRegionDef &r : Protocol::builtIn().pasiRegions) {
        for (const char *score :
             {"_erythema", "_induration", "_desquamation", "_area", "_area_pct"})
            QTest::addRow("pasiform: %s%s", qPrintable(r.code), score)
                << r.code + score << QStringLiteral("pasi");
    }
}

void TestFieldTables::formBindingsAreFields()
{
    QFETCH(QString, key);
    QFETCH(QString, file);
    if (file.isEmpty()) {
        QVERIFY2(fields::find(key), qPrintable(key + QStringLiteral(" is bound by a form but is "
                                                                    "no field of any table")));
        return;
    }
    for (const fields::RecordFields &r : fields::all(Protocol::builtIn())) {
        if (r.file != file)
            continue;
        for (const FieldInfo &f : r.fields) {
            if (f.key == key) {
                QVERIFY2(f.stored() && !f.computed(),
                         qPrintable(key + QStringLiteral(" is bound but not entered")));
                return;
            }
        }
    }
    QFAIL(qPrintable(QStringLiteral("%1 is bound but no field of %2").arg(key, file)));
}

void TestFieldTables::migrationColumnsAreFields_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    for (auto it = m_tableColumns.cbegin(); it != m_tableColumns.cend(); ++it) {
        for (const QString &c : it.value())
            QTest::addRow("%s.%s", qPrintable(it.key()), qPrintable(c)) << it.key() << c;
    }
}

void TestFieldTables::migrationColumnsAreFields()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    if (kStorageOnly.contains(column))
        return;
    const fields::RecordFields *record = recordOfTable(m_tables, table);
    QVERIFY(record);
    for (const FieldInfo &f : record->fields) {
        if (f.column == column)
            return;
    }
    QFAIL(qPrintable(QStringLiteral("%1.%2 is no field of the %3 table and not storage-only")
                         .arg(table, column, record->file)));
}

void TestFieldTables::storedFieldsHaveColumns_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    for (const fields::RecordFields &r : std::as_const(m_tables)) {
        for (const FieldInfo &f : r.fields) {
            if (f.stored())
                QTest::addRow("%s.%s", qPrintable(r.table), qPrintable(f.column))
                    << r.table << f.column;
        }
    }
}

void TestFieldTables::storedFieldsHaveColumns()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QVERIFY2(m_tableColumns.value(table).contains(column),
             qPrintable(QStringLiteral("no migration makes %1.%2").arg(table, column)));
}

void TestFieldTables::exportedFieldsAreEverywhere_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("position");  ///< among the file's exported fields
    QTest::addColumn<bool>("inOdm");
    for (const fields::RecordFields &r : std::as_const(m_tables)) {
        int position = 0;
        for (const FieldInfo &f : r.fields) {
            if (!f.exported())
                continue;
            // ODM carries what was collected: no computed values; the subject is the
            // SubjectData and the visit the StudyEvent (the deviation log's visit is an item).
            const bool inOdm = !f.computed() && f.key != QLatin1String("subject_code")
                               && (f.key != QLatin1String("visit") || r.file == "deviations");
            QTest::addRow("%s.%s", qPrintable(r.file), qPrintable(f.key))
                << r.file << f.key << position++ << inOdm;
        }
    }
}

void TestFieldTables::exportedFieldsAreEverywhere()
{
    QFETCH(QString, file);
    QFETCH(QString, key);
    QFETCH(int, position);
    QFETCH(bool, inOdm);
    // The header is the table, in the table's order.
    QCOMPARE(m_headers.value(file).value(position), key);
    QVERIFY2(m_dictionary.contains(file + QStringLiteral(".csv|") + key),
             qPrintable(key + QStringLiteral(" is missing from dictionary.csv")));
    const QString group = QStringLiteral("IG.") + file.toUpper();
    QCOMPARE(m_odmItems.value(group).contains(key), inOdm);
}

void TestFieldTables::everyFieldHasALabel()
{
    for (const fields::RecordFields &r : std::as_const(m_tables)) {
        QCOMPARE(m_headers.value(r.file).size(),
                 std::count_if(r.fields.cbegin(), r.fields.cend(),
                               [](const FieldInfo &f) { return f.exported(); }));
        for (const FieldInfo &f : r.fields) {
            QVERIFY2(f.label && *f.label, qPrintable(r.file + QLatin1Char('.') + f.key));
            QVERIFY2(!f.key.isEmpty() && !f.column.isEmpty(), qPrintable(r.file));
        }
    }
}

QTEST_GUILESS_MAIN(TestFieldTables)
#include "tst_fieldtables.moc"
