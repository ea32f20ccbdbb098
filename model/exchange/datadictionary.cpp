// SPDX-License-Identifier: Apache-2.0
#include "exchange/datadictionary.h"

#include "exchange/csvwriter.h"
#include "rules/rules.h"

#include <QHash>
#include <QIODevice>

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
           QStringLiteral("Vital signs after the infusion missing"), zh("缺少输注后生命体征")}}});
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

void DataDictionary::addFiles(const Protocol &p)
{
    using T = ColumnType;
    const CodeListDef &yesNo = *codeList(QStringLiteral("yes_no"));
    const auto subjectCode = [](FileBuilder &b) {
        b.add("subject_code", T::Text, Use::Key, "Subject code", "受试者编号", {},
              QStringLiteral("letters, digits and -"));
    };

    {
        FileBuilder b(QStringLiteral("subjects"), "Subjects", "受试者");
        subjectCode(b);
        b.add("initials", T::Text, Use::Required, "Initials", "姓名缩写", {}, QStringLiteral("A-Z, 1..4 letters"))
            .code("sex", Use::Required, "Sex", "性别", *codeList(QStringLiteral("sex")))
            .add("birth_date", T::Date, Use::Required, "Birth date", "出生日期")
            .add("week0_date", T::Date, Use::Required, "Week-0 date (planned first infusion)",
                 "第0周日期 (计划首次输注)")
            .code("status", Use::Required, "Status (follows from the data)", "状态 (由数据决定)",
                  *codeList(QStringLiteral("subject_status")))
            .add("withdrawal_date", T::Date, Use::Optional, "Withdrawal date", "退出日期")
            .add("withdrawal_reason", T::Text, Use::Optional, "Reason for withdrawal", "退出原因");
        m_files.append(b.take());
    }
    {
        FileBuilder b(QStringLiteral("consents"), "Informed consent", "知情同意");
        subjectCode(b);
        b.add("consent_version", T::Text, Use::Required, "Consent form version", "知情同意书版本")
            .add("consent_date", T::Date, Use::Required, "Date signed", "签署日期")
            .code("subject_signed", Use::Required, "Signed by the subject", "受试者已签署", yesNo,
                  T::YesNo)
            .add("obtained_by", T::Text, Use::Required, "Consent obtained by", "知情同意获取人")
            .add("consent_time", T::Time, Use::Optional, "Time signed", "签署时间");
        m_files.append(b.take());
    }
    {
        const Protocol::Ranges &r = p.ranges;
        int maxPasi = 0;
        for (const PasiRegionDef &region : p.pasiRegions)
            maxPasi += region.weightTenths * 3 * p.severityMax * int(p.areaScoreUpperBoundsPct.size());
        const QString pasiRange = QLatin1String("0..") + rules::formatTenths(maxPasi / 10);
        FileBuilder b(QStringLiteral("eligibility"), "Eligibility assessment", "入组资格评估");
        subjectCode(b);
        b.add("assessed_date", T::Date, Use::Required, "Assessment date", "评估日期")
            .code("psoriasis_vulgaris", Use::Required, "Diagnosis of psoriasis vulgaris",
                  "寻常型银屑病诊断", yesNo, T::YesNo)
            .add("pasi", T::Decimal, Use::Optional,
                 "PASI at screening (from the screening row of pasi.csv)",
                 "筛选时银屑病面积和严重程度指数 (PASI) (取自 pasi.csv 的筛选行)", {}, pasiRange)
            .add("bsa_pct", T::Decimal, Use::Required, "Body surface area involved (BSA)",
                 "受累体表面积 (BSA)", QStringLiteral("%"), range(r.bsaPct))
            .add("sas", T::Decimal, Use::Required, "Self-rating Anxiety Scale (SAS) score",
                 "焦虑自评量表 (SAS) 评分", {}, range(r.sas))
            .add("sds", T::Decimal, Use::Required, "Self-rating Depression Scale (SDS) score",
                 "抑郁自评量表 (SDS) 评分", {}, range(r.sds))
            .add("calcium_mmol_l", T::Decimal, Use::Required, "Serum calcium", "血清钙",
                 QStringLiteral("mmol/L"))
            .add("ast", T::Decimal, Use::Required, "AST", "天门冬氨酸氨基转移酶 (AST)",
                 QStringLiteral("U/L"))
            .add("ast_uln", T::Decimal, Use::Required, "AST upper limit of normal",
                 "天门冬氨酸氨基转移酶 (AST) 正常值上限", QStringLiteral("U/L"))
            .add("alt", T::Decimal, Use::Required, "ALT", "丙氨酸氨基转移酶 (ALT)",
                 QStringLiteral("U/L"))
            .add("alt_uln", T::Decimal, Use::Required, "ALT upper limit of normal",
                 "丙氨酸氨基转移酶 (ALT) 正常值上限", QStringLiteral("U/L"))
            .add("creatinine", T::Decimal, Use::Required, "Creatinine", "肌酐",
                 QStringLiteral("µmol/L"))
            .add("creatinine_uln", T::Decimal, Use::Required, "Creatinine upper limit of normal",
                 "肌酐正常值上限", QStringLiteral("µmol/L"))
            .add("cystatin_c", T::Decimal, Use::Required, "Cystatin C", "胱抑素C",
                 QStringLiteral("mg/L"))
            .add("cystatin_c_uln", T::Decimal, Use::Required, "Cystatin C upper limit of normal",
                 "胱抑素C正常值上限", QStringLiteral("mg/L"))
            .add("hemoglobin_g_l", T::Decimal, Use::Required, "Haemoglobin", "血红蛋白",
                 QStringLiteral("g/L"))
            .add("hemoglobin_lln", T::Decimal, Use::Required, "Haemoglobin lower limit of normal",
                 "血红蛋白正常值下限", QStringLiteral("g/L"))
            .add("hemoglobin_uln", T::Decimal, Use::Required, "Haemoglobin upper limit of normal",
                 "血红蛋白正常值上限", QStringLiteral("g/L"))
            .add("platelets_10e9_l", T::Decimal, Use::Required, "Platelet count", "血小板计数",
                 QStringLiteral("10^9/L"))
            .add("wbc_10e9_l", T::Decimal, Use::Required, "White blood cell count", "白细胞计数",
                 QStringLiteral("10^9/L"))
            .add("last_topical_date", T::DateOrNever, Use::Required,
                 "Last topical treatment (corticosteroids, retinoids, vitamin D analogues)",
                 "末次外用治疗 (外用糖皮质激素 / 维A酸类 / 维生素D衍生物)", {},
                 QStringLiteral("YYYY-MM-DD;never"))
            .add("last_systemic_date", T::DateOrNever, Use::Required,
                 "Last systemic therapy or phototherapy (UVB, PUVA)",
                 "末次系统治疗或光疗 (UVB, PUVA)", {}, QStringLiteral("YYYY-MM-DD;never"))
            .add("last_biologic_date", T::DateOrNever, Use::Required, "Last biologic",
                 "末次生物制剂治疗", {}, QStringLiteral("YYYY-MM-DD;never"))
            .code("exc_guttate_inverse_face", Use::Required,
                  "Guttate or inverse psoriasis, or psoriasis only on the face (EXC1)",
                  "点滴状银屑病、反向银屑病或仅面部银屑病 (排除1)", yesNo, T::YesNo)
            .code("exc_acute_progressive_erythroderma", Use::Required,
                  "Acute progressive psoriasis or tendency to erythroderma (EXC2)",
                  "急性进行期银屑病或有红皮病倾向 (排除2)", yesNo, T::YesNo)
            .code("exc_pregnancy_lactation", Use::Required,
                  "Pregnancy or lactation now or within the last year (EXC3)",
                  "目前或近一年内妊娠或哺乳 (排除3)", yesNo, T::YesNo)
            .code("exc_psychiatric_disorder", Use::Required, "Other psychiatric disorder (EXC4)",
                  "其他精神疾病 (排除4)", yesNo, T::YesNo)
            .code("exc_uncontrolled_disease", Use::Required,
                  "Uncontrolled primary disease, infection, electrolyte or acid-base disturbance "
                  "(EXC5)",
                  "未控制的原发疾病、感染、电解质或酸碱平衡紊乱 (排除5)", yesNo, T::YesNo)
            .code("exc_other_lab_abnormal", Use::Required,
                  "Other abnormal laboratory result judged unsuitable (EXC5)",
                  "研究者判断不适合的其他实验室检查异常 (排除5)", yesNo, T::YesNo)
            .code("exc_malignancy", Use::Required,
                  "Malignant tumour, abnormal tumour markers or other organ dysfunction (EXC6)",
                  "恶性肿瘤、肿瘤标志物异常或其他器官功能障碍 (排除6)", yesNo, T::YesNo)
            .code("exc_allergy_history", Use::Required, "Any history of allergy (EXC7)",
                  "过敏史 (排除7)", yesNo, T::YesNo)
            .code("exc_other_trial", Use::Required,
                  "In another clinical trial now or within the last month (EXC8)",
                  "目前或近一个月内参加其他临床试验 (排除8)", yesNo, T::YesNo)
            .code("exc_investigator_judgement", Use::Required,
                  "Other condition the investigator judges unsuitable (EXC10)",
                  "研究者判断不适合的其他情况 (排除10)", yesNo, T::YesNo)
            .add("age", T::Integer, Use::Computed, "Age on the consent date",
                 "签署知情同意时年龄", QStringLiteral("years"))
            .code("verdict", Use::Computed, "Eligibility verdict (computed)", "入组资格结论 (计算)",
                  *codeList(QStringLiteral("verdict")))
            .code("failed_criteria", Use::Computed, "Failed criteria", "未满足的标准",
                  *codeList(QStringLiteral("criterion")), T::CodeList)
            .add("missing_items", T::CodeList, Use::Computed, "Missing items", "缺失项", {},
                 QStringLiteral("column names"))
            .code("confirmed_verdict", Use::Optional, "Confirmed verdict (investigator)",
                  "确认结论 (研究者)", *codeList(QStringLiteral("verdict")))
            .add("override_reason", T::Text, Use::Optional,
                 "Override reason (confirmed verdict differs from the computed one)",
                 "推翻理由 (确认结论与计算结论不同)");
        m_files.append(b.take());
    }
    {
        FileBuilder b(QStringLiteral("pasi"), "PASI assessments",
                      "银屑病面积和严重程度指数 (PASI) 评分");
        subjectCode(b);
        b.code("visit", Use::Key, "Visit", "访视", *codeList(QStringLiteral("pasi_visit")))
            .add("assessment_date", T::Date, Use::Required, "Assessment date", "评估日期");
        const QString severity = range(0, p.severityMax);
        const QString area = range(0, double(p.areaScoreUpperBoundsPct.size()));
        int maxPasi = 0;
        for (const PasiRegionDef &region : p.pasiRegions) {
            const CodeItem r = item(region.code);
            const auto add = [&](const char *score, const char *en, const char *zhScore,
                                 const QString &allowed) {
                b.add(region.code + QLatin1Char('_') + QLatin1String(score), T::Integer,
                      Use::Required, r.labelEn + QLatin1String(": ") + QLatin1String(en),
                      r.labelZh + QLatin1String(": ") + zh(zhScore), {}, allowed);
            };
            add("erythema", "erythema", "红斑", severity);
            add("induration", "induration", "浸润", severity);
            add("desquamation", "desquamation", "鳞屑", severity);
            add("area", "area score", "面积评分", area);
            maxPasi += region.weightTenths * 3 * p.severityMax * int(p.areaScoreUpperBoundsPct.size());
        }
        b.add("bsa_pct", T::Decimal, Use::Required, "Body surface area involved (BSA)",
              "受累体表面积 (BSA)", QStringLiteral("%"), range(p.ranges.bsaPct))
            .add("pasi", T::Decimal, Use::Computed, "PASI (computed)",
                 "银屑病面积和严重程度指数 (PASI) (计算)", {},
                 QLatin1String("0..") + rules::formatTenths(maxPasi / 10))
            .add("improvement_pct", T::Decimal, Use::Computed,
                 "PASI improvement rate from baseline (computed; empty when baseline PASI is 0 or "
                 "missing)",
                 "PASI 改善率 (相对基线, 计算; 基线 PASI 为 0 或缺失时为空)", QStringLiteral("%"));
        // The area involved as measured, after the contract's columns: the area score must
        // agree with it (the protocol's bands); empty when the score was given directly.
        for (const PasiRegionDef &region : p.pasiRegions) {
            const CodeItem r = item(region.code);
            b.add(region.code + QLatin1String("_area_pct"), T::Decimal, Use::Optional,
                  r.labelEn + QLatin1String(": area involved"),
                  r.labelZh + QLatin1String(": ") + zh("受累面积"), QStringLiteral("%"),
                  QStringLiteral("0..100"));
        }
        m_files.append(b.take());
    }
    {
        const Protocol::Ranges &r = p.ranges;
        FileBuilder b(QStringLiteral("infusions"), "Infusion log", "输注记录");
        subjectCode(b);
        b.code("visit", Use::Key, "Visit", "访视", *codeList(QStringLiteral("infusion_visit")))
            .add("infusion_date", T::Date, Use::Required, "Infusion date", "输注日期")
            .add("weight_kg", T::Decimal, Use::Required, "Body weight", "体重", QStringLiteral("kg"),
                 range(r.weightKg))
            .add("actual_cells", T::Integer, Use::Required, "Actual dose (cells infused)",
                 "实际输注剂量 (细胞数)", QStringLiteral("cells"), range(r.actualCells))
            .add("lot_number", T::Text, Use::Required, "Lot number", "批号")
            .add("viability_pct", T::Decimal, Use::Required, "Cell viability", "细胞活率",
                 QStringLiteral("%"), range(r.viabilityPct))
            .add("start_time", T::Time, Use::Required, "Infusion start time", "输注开始时间")
            .add("end_time", T::Time, Use::Required, "Infusion end time", "输注结束时间")
            .add("deviation_reason", T::Text, Use::Required, "Protocol deviation: reason",
                 "方案偏离原因")
            .add("target_cells", T::Integer, Use::Computed, "Target dose (computed)",
                 "目标剂量 (计算)", QStringLiteral("cells"))
            .add("deviation_pct", T::Decimal, Use::Computed,
                 "Deviation of the actual from the target dose (computed)",
                 "实际输注剂量与目标剂量的偏离 % (计算)", QStringLiteral("%"))
            .code("within_tolerance", Use::Computed, "Dose within tolerance (computed)",
                  "剂量在允许范围内 (计算)", yesNo, T::YesNo)
            .add("thaw_time", T::Time, Use::Optional, "Thaw time", "复苏时间")
            .code("reaction", Use::Optional, "Infusion reaction", "输注反应", yesNo, T::YesNo)
            .add("reaction_description", T::Text, Use::Optional, "Infusion reaction: description",
                 "输注反应描述");
        m_files.append(b.take());
    }
    {
        const Protocol::Ranges &r = p.ranges;
        FileBuilder b(QStringLiteral("vital_signs"), "Vital signs", "生命体征");
        subjectCode(b);
        b.code("visit", Use::Key, "Visit", "访视", *codeList(QStringLiteral("infusion_visit")))
            .code("phase", Use::Required, "Phase", "测量时段",
                  *codeList(QStringLiteral("vitals_phase")))
            .add("minute", T::Integer, Use::Required, "Minutes after the infusion start",
                 "输注开始后分钟数", QStringLiteral("min"))
            .add("time", T::Time, Use::Required, "Time measured", "测量时间")
            .add("temperature_c", T::Decimal, Use::Required, "Temperature", "体温",
                 QStringLiteral("°C"), range(r.temperatureC))
            .add("pulse_bpm", T::Integer, Use::Required, "Pulse", "脉搏",
                 QStringLiteral("beats/min"), range(r.pulseBpm))
            .add("respiration_min", T::Integer, Use::Required, "Respiration", "呼吸",
                 QStringLiteral("breaths/min"), range(r.respirationPerMin))
            .add("systolic_mmhg", T::Integer, Use::Required, "Systolic blood pressure", "收缩压",
                 QStringLiteral("mmHg"), range(r.systolicMmHg))
            .add("diastolic_mmhg", T::Integer, Use::Required, "Diastolic blood pressure", "舒张压",
                 QStringLiteral("mmHg"), range(r.diastolicMmHg));
        m_files.append(b.take());
    }
    {
        FileBuilder b(QStringLiteral("adverse_events"), "Adverse events", "不良事件");
        subjectCode(b);
        b.add("ae_number", T::Integer, Use::Key, "Adverse event number", "不良事件编号", {},
              QStringLiteral("1.."))
            .add("term", T::Text, Use::Required, "Adverse event term", "不良事件名称")
            .add("onset_date", T::Date, Use::Required, "Onset date", "发生日期")
            .add("end_date", T::Date, Use::Required, "End date", "结束日期")
            .code("ctcae_grade", Use::Required, "Severity grade (CTCAE)", "严重程度分级 (CTCAE)",
                  *codeList(QStringLiteral("ctcae_grade")))
            .code("serious", Use::Required, "Serious adverse event (SAE)", "严重不良事件 (SAE)",
                  yesNo, T::YesNo)
            .code("relatedness", Use::Required, "Relationship to study treatment",
                  "与研究治疗的相关性", *codeList(QStringLiteral("relatedness")))
            .code("action_taken", Use::Required, "Action taken", "采取的措施",
                  *codeList(QStringLiteral("action_taken")))
            .code("outcome", Use::Required, "Outcome", "转归", *codeList(QStringLiteral("outcome")))
            .code("sae_criteria", Use::Optional, "Seriousness criteria", "严重性标准",
                  *codeList(QStringLiteral("sae_criterion")), T::CodeList);
        m_files.append(b.take());
    }
    {
        // The protocol-deviation log: derived from the records by the deviation rule; import
        // recomputes it and takes reason, recorded_by and detected_at from matching rows.
        FileBuilder b(QStringLiteral("deviations"), "Protocol deviation log", "方案偏离记录");
        subjectCode(b);
        b.code("visit", Use::Key, "Visit", "访视", *codeList(QStringLiteral("visit")))
            .code("kind", Use::Key, "Protocol deviation", "方案偏离",
                  *codeList(QStringLiteral("deviation_kind")))
            .add("detected_at", T::DateTime, Use::Optional, "Detected (UTC)", "发现时间 (UTC)")
            .add("reason", T::Text, Use::Optional, "Protocol deviation: reason", "方案偏离原因")
            .add("recorded_by", T::Text, Use::Optional, "Recorded by", "记录人")
            .code("source", Use::Key, "Recorded on", "所在记录",
                  *codeList(QStringLiteral("deviation_source")))
            .code("resolved", Use::Computed,
                  "Resolved: the data no longer shows it (computed)", "已解决: 数据不再显示该偏离 (计算)",
                  yesNo, T::YesNo)
            .add("resolved_at", T::DateTime, Use::Optional, "Resolved (UTC)", "解决时间 (UTC)");
        m_files.append(b.take());
    }
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
