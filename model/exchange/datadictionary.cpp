// SPDX-License-Identifier: Apache-2.0
#include "exchange/datadictionary.h"

#include "exchange/csvwriter.h"
#include "exchange/monitoringcsv.h"
#include "exchange/sitescsv.h"
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

/// A column of the files the record tables do not describe: the audit trail and this
/// dictionary itself.
struct FixedColumn {
    const char *file;
    const char *name;
    const char *en, *zh;
    ColumnType type = ColumnType::Text;
    Use use = Use::Required;
};

// clang-format off
constexpr FixedColumn kFixedColumns[] = {
    {"audit", "seq", "Sequence number", "序号", ColumnType::Integer, Use::Key},
    {"audit", "at_utc", "Time (UTC)", "时间 (UTC)", ColumnType::DateTime},
    {"audit", "user_name", "User name", "用户名"},
    {"audit", "action", "Action", "操作"},
    {"audit", "table_name", "Table", "数据表"},
    {"audit", "record_id", "Record id", "记录编号", ColumnType::Integer},
    {"audit", "subject_code", "Subject code", "受试者编号"},
    {"audit", "field", "Field", "字段"},
    {"audit", "old_value", "Old value", "原值"},
    {"audit", "new_value", "New value", "新值"},
    {"audit", "reason", "Reason for change", "修改原因"},
    {"audit", "prev_hash", "Hash of the previous row", "前一条记录的哈希值"},
    {"audit", "hash", "Hash (SHA-256, hex)", "哈希值 (SHA-256, 十六进制)"},
    {"dictionary", "file", "File", "文件", ColumnType::Text, Use::Key},
    {"dictionary", "name", "Column", "列名", ColumnType::Text, Use::Key},
    {"dictionary", "type", "Type", "类型", ColumnType::Code},
    {"dictionary", "unit", "Unit", "单位"},
    {"dictionary", "allowed_values", "Allowed values", "允许值"},
    {"dictionary", "label_en", "Label (English)", "标签 (英文)"},
    {"dictionary", "label_zh", "Label (Chinese)", "标签 (中文)"},
    {"dictionary", "computed", "Computed by the application", "由程序计算", ColumnType::YesNo},
};
// clang-format on

/// One of the fixed files, its columns from kFixedColumns; a yes/no column takes `yesNo`.
FileDef fixedFile(const char *name, const char *en, const char *zhLabel, const CodeListDef &yesNo)
{
    FileDef file;
    file.name = QLatin1String(name);
    file.fileName = file.name + QLatin1String(".csv");
    file.labelEn = QString::fromUtf8(en);
    file.labelZh = zh(zhLabel);
    for (const FixedColumn &c : kFixedColumns) {
        if (qstrcmp(c.file, name) != 0)
            continue;
        ColumnDef column{QLatin1String(c.name), c.type, c.use, {}, {}, {},
                         QString::fromUtf8(c.en), zh(c.zh)};
        if (c.type == ColumnType::YesNo) {
            column.codeList = yesNo.name;
            column.allowed = yesNo.codes().join(QLatin1Char(';'));
        }
        file.columns.append(column);
    }
    return file;
}

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
    m_files << monitoringcsv::fileDefs() << sitescsv::fileDef();
    m_files << fixedFile("audit", "Audit trail", "稽查轨迹", yesNo)
            << fixedFile("dictionary", "Data dictionary", "数据字典", yesNo);
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
