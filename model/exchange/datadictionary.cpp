// SPDX-License-Identifier: Apache-2.0
#include "exchange/datadictionary.h"

#include "exchange/csvwriter.h"
#include "exchange/monitoringcsv.h"
#include "records/fieldtables.h"
#include "rules/rules.h"
#include "translationcatalog.h"

#include <QHash>
#include <QIODevice>
#include <QTranslator>

namespace trialcrf {

namespace {

using Use = ColumnDef::Use;

QString zh(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

/// The Chinese of a field label (FieldLabels context) from the built-in catalogue: the
/// dictionary carries both languages whatever the UI shows.
QString chinese(const char *source)
{
    // Built into every binary that links the model (trialcrf_i18n).
    static QTranslator catalogue;
    static const bool loaded =
        catalogue.load(TranslationCatalog::appCatalog(QStringLiteral("zh_CN")));
    Q_UNUSED(loaded);
    const QString text = catalogue.translate("FieldLabels", source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
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

struct Label {
    const char *en;
    const char *zh;
};

/// Labels for codes the protocol file lists; a code not found here is labelled by itself.
const QHash<QString, Label> &codeLabels()
{
    static const QHash<QString, Label> labels{
        {QStringLiteral("grade1"), {"Grade 1 (mild)", "1级 (轻度)"}},
        {QStringLiteral("grade2"), {"Grade 2 (moderate)", "2级 (中度)"}},
        {QStringLiteral("grade3"), {"Grade 3 (severe)", "3级 (重度)"}},
        {QStringLiteral("grade4"), {"Grade 4 (life-threatening)", "4级 (危及生命)"}},
        {QStringLiteral("grade5"), {"Grade 5 (death)", "5级 (死亡)"}},
        {QStringLiteral("not_related"), {"Not related", "肯定无关"}},
        {QStringLiteral("unlikely"), {"Unlikely", "可能无关"}},
        {QStringLiteral("possible"), {"Possible", "可能有关"}},
        {QStringLiteral("probable"), {"Probable", "很可能有关"}},
        {QStringLiteral("definite"), {"Definite", "肯定有关"}},
        {QStringLiteral("none"), {"None", "无"}},
        {QStringLiteral("infusion_slowed"), {"Infusion slowed", "减慢输注"}},
        {QStringLiteral("infusion_interrupted"), {"Infusion interrupted", "暂停输注"}},
        {QStringLiteral("infusion_stopped"), {"Infusion stopped", "停止输注"}},
        {QStringLiteral("treatment_withdrawn"), {"Treatment withdrawn", "退出研究治疗"}},
        {QStringLiteral("medication_given"), {"Medication given", "给予药物治疗"}},
        {QStringLiteral("other"), {"Other", "其他"}},
        {QStringLiteral("recovered"), {"Recovered", "痊愈"}},
        {QStringLiteral("recovering"), {"Recovering", "好转"}},
        {QStringLiteral("not_recovered"), {"Not recovered", "未恢复"}},
        {QStringLiteral("recovered_with_sequelae"), {"Recovered with sequelae", "痊愈伴后遗症"}},
        {QStringLiteral("fatal"), {"Fatal", "死亡"}},
        {QStringLiteral("unknown"), {"Unknown", "未知"}},
        {QStringLiteral("death"), {"Death", "死亡"}},
        {QStringLiteral("life_threatening"), {"Life-threatening", "危及生命"}},
        {QStringLiteral("hospitalisation"),
         {"Hospitalisation or longer hospital stay", "导致住院或住院时间延长"}},
        {QStringLiteral("disability"), {"Disability or incapacity", "导致残疾或功能丧失"}},
        {QStringLiteral("congenital_anomaly"), {"Congenital anomaly", "先天性异常"}},
        {QStringLiteral("important_medical_event"),
         {"Other important medical event", "其他重要医学事件"}},
        {QStringLiteral("screening"), {"Screening", "筛选"}},
        {QStringLiteral("head"), {"Head", "头颈部"}},
        {QStringLiteral("upper_limbs"), {"Upper limbs", "上肢"}},
        {QStringLiteral("trunk"), {"Trunk", "躯干"}},
        {QStringLiteral("lower_limbs"), {"Lower limbs", "下肢"}},
    };
    return labels;
}

CodeItem item(const QString &code)
{
    const auto it = codeLabels().constFind(code);
    if (it != codeLabels().constEnd())
        return {code, QString::fromUtf8(it->en), zh(it->zh)};
    return {code, code, code};
}

CodeItem visitItem(const VisitDef &v)
{
    if (!v.week)
        return item(v.code);
    const QString n = QString::number(*v.week);
    return {v.code, QLatin1String("Week ") + n, zh("第") + n + zh("周")};
}

CodeListDef list(const QString &name, const QStringList &codes)
{
    CodeListDef l{name, {}};
    for (const QString &c : codes)
        l.items.append(item(c));
    return l;
}

/// Labels of the eligibility criteria the verdict names, by code.
const QHash<QString, Label> &criterionLabels()
{
    static const QHash<QString, Label> labels{
        {QStringLiteral("INC1"), {"INC1: moderate to severe psoriasis vulgaris (PASI or BSA)",
                                  "入选1: 中重度寻常型银屑病 (PASI 或 BSA)"}},
        {QStringLiteral("INC2"), {"INC2: age on the consent date", "入选2: 签署知情同意时年龄"}},
        {QStringLiteral("INC3"), {"INC3: signed informed consent", "入选3: 签署知情同意书"}},
        {QStringLiteral("EXC1"), {"EXC1: guttate, inverse or face-only psoriasis",
                                  "排除1: 点滴状、反向或仅面部银屑病"}},
        {QStringLiteral("EXC2"), {"EXC2: acute progressive psoriasis or erythroderma",
                                  "排除2: 急性进行期银屑病或红皮病倾向"}},
        {QStringLiteral("EXC3"), {"EXC3: pregnancy or lactation", "排除3: 妊娠或哺乳"}},
        {QStringLiteral("EXC4-sas"), {"EXC4: SAS score", "排除4: 焦虑自评量表 (SAS) 评分"}},
        {QStringLiteral("EXC4-sds"), {"EXC4: SDS score", "排除4: 抑郁自评量表 (SDS) 评分"}},
        {QStringLiteral("EXC4-psychiatric"), {"EXC4: psychiatric disorder", "排除4: 精神疾病"}},
        {QStringLiteral("EXC5-calcium"), {"EXC5: serum calcium", "排除5: 血清钙"}},
        {QStringLiteral("EXC5-ast"), {"EXC5: AST", "排除5: 天门冬氨酸氨基转移酶 (AST)"}},
        {QStringLiteral("EXC5-alt"), {"EXC5: ALT", "排除5: 丙氨酸氨基转移酶 (ALT)"}},
        {QStringLiteral("EXC5-creatinine"), {"EXC5: creatinine", "排除5: 肌酐"}},
        {QStringLiteral("EXC5-cystatin_c"), {"EXC5: cystatin C", "排除5: 胱抑素C"}},
        {QStringLiteral("EXC5-hemoglobin"), {"EXC5: haemoglobin", "排除5: 血红蛋白"}},
        {QStringLiteral("EXC5-platelets"), {"EXC5: platelet count", "排除5: 血小板计数"}},
        {QStringLiteral("EXC5-wbc"), {"EXC5: white blood cell count", "排除5: 白细胞计数"}},
        {QStringLiteral("EXC5-uncontrolled"),
         {"EXC5: uncontrolled primary disease", "排除5: 未控制的原发疾病"}},
        {QStringLiteral("EXC5-other_lab"),
         {"EXC5: other abnormal laboratory result", "排除5: 其他实验室检查异常"}},
        {QStringLiteral("EXC6"), {"EXC6: malignancy or organ dysfunction",
                                  "排除6: 恶性肿瘤或器官功能障碍"}},
        {QStringLiteral("EXC7"), {"EXC7: allergy history", "排除7: 过敏史"}},
        {QStringLiteral("EXC8"), {"EXC8: another clinical trial", "排除8: 参加其他临床试验"}},
        {QStringLiteral("EXC9-topical"), {"EXC9: washout of topical treatment",
                                          "排除9: 外用治疗洗脱期"}},
        {QStringLiteral("EXC9-systemic"), {"EXC9: washout of systemic therapy or phototherapy",
                                           "排除9: 系统治疗或光疗洗脱期"}},
        {QStringLiteral("EXC9-biologic"), {"EXC9: washout of biologics",
                                           "排除9: 生物制剂洗脱期"}},
        {QStringLiteral("EXC10"), {"EXC10: investigator's judgement", "排除10: 研究者判断"}},
    };
    return labels;
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
    m_codeLists.append({QStringLiteral("yes_no"),
                        {{QStringLiteral("yes"), QStringLiteral("Yes"), zh("是")},
                         {QStringLiteral("no"), QStringLiteral("No"), zh("否")}}});
    m_codeLists.append({QStringLiteral("sex"),
                        {{QStringLiteral("M"), QStringLiteral("Male"), zh("男")},
                         {QStringLiteral("F"), QStringLiteral("Female"), zh("女")}}});
    m_codeLists.append({QStringLiteral("subject_status"),
                        {{QStringLiteral("screening"), QStringLiteral("Screening"), zh("筛选中")},
                         {QStringLiteral("enrolled"), QStringLiteral("Enrolled"), zh("已入组")},
                         {QStringLiteral("screen_failed"), QStringLiteral("Screen failed"),
                          zh("筛选失败")},
                         {QStringLiteral("withdrawn"), QStringLiteral("Withdrawn"), zh("退出")},
                         {QStringLiteral("completed"), QStringLiteral("Completed"), zh("完成")}}});
    CodeListDef visits{QStringLiteral("visit"), {}};
    CodeListDef pasiVisits{QStringLiteral("pasi_visit"), {}};
    CodeListDef infusionVisits{QStringLiteral("infusion_visit"), {}};
    for (const VisitDef &v : p.visits) {
        visits.items.append(visitItem(v));
        if (v.pasi)
            pasiVisits.items.append(visitItem(v));
        if (v.infusion)
            infusionVisits.items.append(visitItem(v));
    }
    m_codeLists << visits << pasiVisits << infusionVisits;
    m_codeLists.append({QStringLiteral("vitals_phase"),
                        {{QStringLiteral("before"), QStringLiteral("Before the infusion"),
                          zh("输注前")},
                         {QStringLiteral("during"), QStringLiteral("During the infusion"),
                          zh("输注中")},
                         {QStringLiteral("after"), QStringLiteral("After the infusion"),
                          zh("输注后")}}});
    m_codeLists.append(list(QStringLiteral("ctcae_grade"), p.adverseEvents.grades));
    m_codeLists.append(list(QStringLiteral("relatedness"), p.adverseEvents.relatedness));
    m_codeLists.append(list(QStringLiteral("action_taken"), p.adverseEvents.actions));
    m_codeLists.append(list(QStringLiteral("outcome"), p.adverseEvents.outcomes));
    m_codeLists.append(list(QStringLiteral("sae_criterion"), p.adverseEvents.saeCriteria));
    m_codeLists.append(
        {QStringLiteral("verdict"),
         {{QStringLiteral("eligible"), QStringLiteral("Eligible"), zh("符合入组条件")},
          {QStringLiteral("not_eligible"), QStringLiteral("Not eligible"), zh("不符合入组条件")},
          {QStringLiteral("incomplete"), QStringLiteral("Incomplete"), zh("资料不完整")}}});
    m_codeLists.append(
        {QStringLiteral("deviation_kind"),
         {{QStringLiteral("infusion_before_week0"), QStringLiteral("Infusion before week 0"),
           zh("第0周前输注")},
          {QStringLiteral("infusion_out_of_window"), QStringLiteral("Infusion out of window"),
           zh("输注超出访视窗")},
          {QStringLiteral("visit_out_of_window"), QStringLiteral("Visit out of window"),
           zh("访视超出访视窗")},
          {QStringLiteral("dose_out_of_tolerance"), QStringLiteral("Dose outside tolerance"),
           zh("剂量超出允许范围")},
          {QStringLiteral("vitals_before_missing"),
           QStringLiteral("Vital signs before the infusion missing"), zh("缺少输注前生命体征")},
          {QStringLiteral("vitals_during_missing"),
           QStringLiteral("Vital signs during the infusion missing"), zh("缺少输注中生命体征")},
          {QStringLiteral("vitals_after_missing"),
           QStringLiteral("Vital signs after the infusion missing"), zh("缺少输注后生命体征")},
          {QStringLiteral("thaw_stability_exceeded"),
           QStringLiteral("Infusion started too long after thaw"), zh("复苏后开始输注时间过长")},
          {QStringLiteral("viability_below_floor"),
           QStringLiteral("Cell viability below the floor"), zh("细胞活率低于下限")}}});
    m_codeLists.append({QStringLiteral("deviation_source"),
                        {{QStringLiteral("infusion"), QStringLiteral("Infusion"), zh("输注")},
                         {QStringLiteral("pasi"), QStringLiteral("PASI assessment"),
                          zh("PASI 评估")}}});
    CodeListDef criteria{QStringLiteral("criterion"), {}};
    for (const QString &c : rules::allCriterionCodes()) {
        const auto it = criterionLabels().constFind(c);
        criteria.items.append(it == criterionLabels().constEnd()
                                  ? CodeItem{c, c, c}
                                  : CodeItem{c, QString::fromUtf8(it->en), zh(it->zh)});
    }
    m_codeLists << criteria;
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
                const CodeItem region = item(f.region);
                c.labelEn = region.labelEn + QLatin1String(": ") + c.labelEn;
                c.labelZh = region.labelZh + QLatin1String(": ") + c.labelZh;
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
