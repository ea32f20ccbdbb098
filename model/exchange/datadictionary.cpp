// SPDX-License-Identifier: Apache-2.0
#include "exchange/datadictionary.h"

#include "exchange/csvwriter.h"
#include "exchange/monitoringcsv.h"
#include "labels/codelabels.h"
#include "labels/fieldlabels.h"
#include "records/fieldtables.h"
#include "rules/rules.h"
#include "translationcatalog.h"

#include <QIODevice>
#include <QTranslator>

namespace trialcrf {

namespace {

using Use = ColumnDef::Use;

QString zh(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString num(double v)
{
    return QString::number(v, 'g', 15);
}

QString range(double min, double max)
{
    return num(min) + QLatin1String("..") + num(max);
}

QString range(const Range &r)
{
    return range(r.min, r.max);
}

QString english(const char *, const char *source)
{
    return QString::fromUtf8(source);
}

/// The built-in catalogue's Chinese of a source text: the dictionary carries both languages
/// whatever the UI shows.
QString catalogueChinese(const char *context, const char *source)
{
    // Built into every binary that links the model (trialcrf_i18n).
    static QTranslator catalogue;
    static const bool loaded =
        catalogue.load(TranslationCatalog::appCatalog(QStringLiteral("zh_CN")));
    Q_UNUSED(loaded);
    const QString text = catalogue.translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

/// The Chinese of a field label (FieldLabels context).
QString chinese(const char *source)
{
    return catalogueChinese("FieldLabels", source);
}

/// A code of a named list labelled as the UI labels it (CodeLabels), in both languages.
CodeItem item(const QString &list, const QString &code)
{
    return {code, CodeLabels::inList(list, code, &english),
            CodeLabels::inList(list, code, &catalogueChinese)};
}

CodeListDef list(const QString &name, const QStringList &codes)
{
    CodeListDef l{name, {}};
    for (const QString &c : codes)
        l.items.append(item(name, c));
    return l;
}

/// Builds one file's column list.
class FileBuilder {
public:
    FileBuilder(const QString &name, const char *en, const char *zhLabel)
    {
        m_file.name = name;
        m_file.fileName = name + QLatin1String(".csv");
        m_file.labelEn = QString::fromUtf8(en);
        m_file.labelZh = zh(zhLabel);
    }
    FileBuilder &add(const QString &name, ColumnType type, Use use, const QString &labelEn,
                     const QString &labelZh, const QString &unit = {},
                     const QString &allowed = {}, const QString &codeList = {})
    {
        m_file.columns.append(ColumnDef{name, type, use, unit, codeList, allowed, labelEn, labelZh});
        return *this;
    }
    FileBuilder &add(const char *name, ColumnType type, Use use, const char *en, const char *zhLabel,
                     const QString &unit = {}, const QString &allowed = {},
                     const QString &codeList = {})
    {
        return add(QLatin1String(name), type, use, QString::fromUtf8(en), zh(zhLabel), unit,
                   allowed, codeList);
    }
    FileBuilder &code(const char *name, Use use, const char *en, const char *zhLabel,
                      const CodeListDef &l, ColumnType type = ColumnType::Code)
    {
        return add(QLatin1String(name), type, use, QString::fromUtf8(en), zh(zhLabel), {},
                   l.codes().join(QLatin1Char(';')), l.name);
    }
    FileDef take() { return std::move(m_file); }

private:
    FileDef m_file;
};

}  // namespace

QString columnTypeCode(ColumnType t)
{
    switch (t) {
    case ColumnType::Text: return QStringLiteral("text");
    case ColumnType::Code: return QStringLiteral("code");
    case ColumnType::CodeList: return QStringLiteral("code_list");
    case ColumnType::Integer: return QStringLiteral("integer");
    case ColumnType::Decimal: return QStringLiteral("decimal");
    case ColumnType::Date: return QStringLiteral("date");
    case ColumnType::Time: return QStringLiteral("time");
    case ColumnType::DateTime: return QStringLiteral("datetime");
    case ColumnType::YesNo: return QStringLiteral("yes_no");
    case ColumnType::DateOrNever: return QStringLiteral("date_or_never");
    }
    return {};
}

int FileDef::indexOf(const QString &column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == column)
            return i;
    }
    return -1;
}

const ColumnDef *FileDef::column(const QString &name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : &columns.at(i);
}

QStringList FileDef::columnNames() const
{
    QStringList names;
    names.reserve(columns.size());
    for (const ColumnDef &c : columns)
        names.append(c.name);
    return names;
}

QStringList CodeListDef::codes() const
{
    QStringList out;
    for (const CodeItem &i : items)
        out.append(i.code);
    return out;
}

DataDictionary::DataDictionary(const Protocol &p)
{
    addCodeLists(p);
    addFiles(p);
}

const FileDef &DataDictionary::file(const QString &name) const
{
    for (const FileDef &f : m_files) {
        if (f.name == name)
            return f;
    }
    qFatal("DataDictionary: no file named %s", qPrintable(name));
}

const CodeListDef *DataDictionary::codeList(const QString &name) const
{
    for (const CodeListDef &l : m_codeLists) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

void DataDictionary::addCodeLists(const Protocol &p)
{
    const auto labelled = [this](const char *name) {
        const QString n = QLatin1String(name);
        m_codeLists.append(list(n, CodeLabels::codes(n)));
    };
    labelled("yes_no");
    labelled("sex");
    labelled("subject_status");
    QStringList visits;
    QStringList pasiVisits;
    QStringList infusionVisits;
    for (const VisitDef &v : p.visits) {
        visits << v.code;
        if (v.pasi)
            pasiVisits << v.code;
        if (v.infusion)
            infusionVisits << v.code;
    }
    m_codeLists << list(QStringLiteral("visit"), visits)
                << list(QStringLiteral("pasi_visit"), pasiVisits)
                << list(QStringLiteral("infusion_visit"), infusionVisits);
    labelled("vitals_phase");
    m_codeLists.append(list(QStringLiteral("ctcae_grade"), p.adverseEvents.grades));
    m_codeLists.append(list(QStringLiteral("relatedness"), p.adverseEvents.relatedness));
    m_codeLists.append(list(QStringLiteral("action_taken"), p.adverseEvents.actions));
    m_codeLists.append(list(QStringLiteral("outcome"), p.adverseEvents.outcomes));
    m_codeLists.append(list(QStringLiteral("sae_criterion"), p.adverseEvents.saeCriteria));
    labelled("verdict");
    labelled("deviation_kind");
    labelled("deviation_source");
    m_codeLists.append(list(QStringLiteral("criterion"), rules::allCriterionCodes()));
}

ColumnType columnType(FieldType t)
{
    switch (t) {
    case FieldType::Text: return ColumnType::Text;
    case FieldType::Code: return ColumnType::Code;
    case FieldType::CodeList: return ColumnType::CodeList;
    case FieldType::YesNo:
    case FieldType::Flag: return ColumnType::YesNo;
    case FieldType::Integer: return ColumnType::Integer;
    case FieldType::Decimal:
    case FieldType::Tenths: return ColumnType::Decimal;
    case FieldType::Date: return ColumnType::Date;
    case FieldType::Time: return ColumnType::Time;
    case FieldType::DateTime: return ColumnType::DateTime;
    case FieldType::LastDose: return ColumnType::DateOrNever;
    }
    return ColumnType::Text;
}

void DataDictionary::addFiles(const Protocol &p)
{
    using T = ColumnType;
    const CodeListDef &yesNo = *codeList(QStringLiteral("yes_no"));
    // The record files: one column per exported field of the record's table.
    for (const fields::RecordFields &record : fields::all(p)) {
        FileDef file;
        file.name = record.file;
        file.fileName = record.file + QLatin1String(".csv");
        file.labelEn = QString::fromUtf8(record.label);
        file.labelZh = chinese(record.label);
        for (const FieldInfo &f : record.fields) {
            if (!f.exported())
                continue;
            ColumnDef c{f.key, columnType(f.type), f.use, f.unit, f.codeList, f.allowed,
                        QString::fromUtf8(f.dictionaryLabel()), chinese(f.dictionaryLabel())};
            if (f.range)
                c.allowed = range(p.ranges.*f.range);
            else if (f.allowedBy)
                c.allowed = f.allowedBy(p);
            else if (c.allowed.isEmpty() && f.type == FieldType::LastDose)
                c.allowed = QStringLiteral("YYYY-MM-DD;never");
            else if (c.allowed.isEmpty() && !f.codeList.isEmpty())
                c.allowed = codeList(f.codeList)->codes().join(QLatin1Char(';'));
            if (!f.region.isEmpty()) {
                c.labelEn = FieldLabels::regionItem(f.region, f.dictionaryLabel(), &english);
                c.labelZh =
                    FieldLabels::regionItem(f.region, f.dictionaryLabel(), &catalogueChinese);
            }
            file.columns.append(c);
        }
        m_files.append(file);
    }
    m_files << monitoringcsv::fileDefs();
    {
        FileBuilder b(QStringLiteral("audit"), "Audit trail", "稽查轨迹");
        b.add("seq", T::Integer, Use::Key, "Sequence number", "序号")
            .add("at_utc", T::DateTime, Use::Required, "Time (UTC)", "时间 (UTC)")
            .add("user_name", T::Text, Use::Required, "User name", "用户名")
            .add("action", T::Text, Use::Required, "Action", "操作")
            .add("table_name", T::Text, Use::Required, "Table", "数据表")
            .add("record_id", T::Integer, Use::Required, "Record id", "记录编号")
            .add("subject_code", T::Text, Use::Required, "Subject code", "受试者编号")
            .add("field", T::Text, Use::Required, "Field", "字段")
            .add("old_value", T::Text, Use::Required, "Old value", "原值")
            .add("new_value", T::Text, Use::Required, "New value", "新值")
            .add("reason", T::Text, Use::Required, "Reason for change", "修改原因")
            .add("prev_hash", T::Text, Use::Required, "Hash of the previous row",
                 "前一条记录的哈希值")
            .add("hash", T::Text, Use::Required, "Hash (SHA-256, hex)", "哈希值 (SHA-256, 十六进制)");
        m_files.append(b.take());
    }
    {
        FileBuilder b(QStringLiteral("dictionary"), "Data dictionary", "数据字典");
        b.add("file", T::Text, Use::Key, "File", "文件")
            .add("name", T::Text, Use::Key, "Column", "列名")
            .add("type", T::Code, Use::Required, "Type", "类型")
            .add("unit", T::Text, Use::Required, "Unit", "单位")
            .add("allowed_values", T::Text, Use::Required, "Allowed values", "允许值")
            .add("label_en", T::Text, Use::Required, "Label (English)", "标签 (英文)")
            .add("label_zh", T::Text, Use::Required, "Label (Chinese)", "标签 (中文)")
            .code("computed", Use::Required, "Computed by the application", "由程序计算", yesNo,
                  T::YesNo);
        m_files.append(b.take());
    }
}

bool DataDictionary::writeCsv(QIODevice *device, bool bom, QString *error) const
{
    CsvWriter w(device, bom);
    const FileDef &self = file(QStringLiteral("dictionary"));
    w.writeRow(self.columnNames());
    for (const FileDef &f : m_files) {
        for (const ColumnDef &c : f.columns) {
            w.writeRow({f.fileName, c.name, columnTypeCode(c.type), c.unit, c.allowed, c.labelEn,
                        c.labelZh, c.computed() ? QStringLiteral("yes") : QStringLiteral("no")});
        }
    }
    if (!w.flush()) {
        if (error)
            *error = w.errorString();
        return false;
    }
    return true;
}

}  // namespace trialcrf
