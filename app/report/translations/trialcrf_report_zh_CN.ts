<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CasebookReport</name>
    <message>
        <source>No subject has the code %1.</source>
        <translation>没有受试者编号为 %1 的受试者。</translation>
    </message>
    <message>
        <source>The casebook of %1 cannot be read with this account.</source>
        <translation>此账户无权读取 %1 的病例资料。</translation>
    </message>
    <message>
        <source>Case report form — subject %1</source>
        <translation>病例报告表 — 受试者 %1</translation>
    </message>
    <message>
        <source>DEMO DATA: synthetic subjects for training and testing, not clinical data.</source>
        <translation>演示数据：用于培训和测试的模拟受试者，不是临床数据。</translation>
    </message>
    <message>
        <source>Study and subject</source>
        <translation>研究与受试者</translation>
    </message>
    <message>
        <source>Registry id</source>
        <translation>注册号</translation>
    </message>
    <message>
        <source>Sponsor&apos;s study id</source>
        <translation>申办方研究编号</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>研究中心</translation>
    </message>
    <message>
        <source>Principal investigator</source>
        <translation>主要研究者</translation>
    </message>
    <message>
        <source>Subject code</source>
        <translation>受试者编号</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>姓名缩写</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Week-0 date (first infusion)</source>
        <translation>第0周日期（首次输注）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>病例资料</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Open for entry</source>
        <translation>可录入</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>%1 UTC by %2</source>
        <translation>%1 UTC，%2</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>未记录知情同意。</translation>
    </message>
    <message>
        <source>Consent form version</source>
        <translation>知情同意书版本</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Signed by the subject</source>
        <translation>受试者已签署</translation>
    </message>
    <message>
        <source>Consent obtained by</source>
        <translation>知情同意获取人</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>入组资格</translation>
    </message>
    <message>
        <source>No eligibility assessment recorded.</source>
        <translation>未记录入组资格评估。</translation>
    </message>
    <message>
        <source>Computed verdict</source>
        <translation>计算结论</translation>
    </message>
    <message>
        <source>Confirmed by the investigator</source>
        <translation>研究者确认结论</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Age on the day of consent</source>
        <translation>签署知情同意当日年龄</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for overruling</source>
        <translation>推翻计算结论的原因</translation>
    </message>
    <message>
        <source>Missing data: %1</source>
        <translation>缺失数据：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>Applies: excludes</source>
        <translation>符合排除标准：排除</translation>
    </message>
    <message>
        <source>Not decided: data missing</source>
        <translation>无法判定：数据缺失</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Values recorded at screening:</source>
        <translation>筛选时记录的数值：</translation>
    </message>
    <message>
        <source>%1 (ULN %2)</source>
        <translation>%1（正常值上限 %2）</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>Psoriasis vulgaris</source>
        <translation>寻常型银屑病</translation>
    </message>
    <message>
        <source>PASI at screening</source>
        <translation>筛选时 PASI</translation>
    </message>
    <message>
        <source>BSA (%)</source>
        <translation>BSA (%)</translation>
    </message>
    <message>
        <source>SAS / SDS</source>
        <translation>SAS / SDS</translation>
    </message>
    <message>
        <source>Serum calcium (mmol/L)</source>
        <translation>血清钙 (mmol/L)</translation>
    </message>
    <message>
        <source>AST</source>
        <translation>天门冬氨酸氨基转移酶 (AST)</translation>
    </message>
    <message>
        <source>ALT</source>
        <translation>丙氨酸氨基转移酶 (ALT)</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>肌酐</translation>
    </message>
    <message>
        <source>Cystatin C</source>
        <translation>胱抑素C</translation>
    </message>
    <message>
        <source>Haemoglobin (g/L)</source>
        <translation>血红蛋白 (g/L)</translation>
    </message>
    <message>
        <source>%1 (normal %2–%3)</source>
        <translation>%1（正常值 %2–%3）</translation>
    </message>
    <message>
        <source>Platelets (10⁹/L)</source>
        <translation>血小板计数 (10⁹/L)</translation>
    </message>
    <message>
        <source>White blood cells (10⁹/L)</source>
        <translation>白细胞计数 (10⁹/L)</translation>
    </message>
    <message>
        <source>Last topical treatment</source>
        <translation>末次外用治疗</translation>
    </message>
    <message>
        <source>Last systemic therapy or phototherapy</source>
        <translation>末次系统治疗或光疗</translation>
    </message>
    <message>
        <source>Last biologic</source>
        <translation>末次生物制剂</translation>
    </message>
    <message>
        <source>Infusion log</source>
        <translation>输注记录</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>out of window</source>
        <translation>超出访视窗</translation>
    </message>
    <message>
        <source>Infusion reaction at %1: %2</source>
        <translation>%1 输注反应：%2</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <source>Date, start–end</source>
        <translation>日期，开始–结束</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>体重 (kg)</translation>
    </message>
    <message>
        <source>Target dose (cells)</source>
        <translation>目标剂量（细胞数）</translation>
    </message>
    <message>
        <source>Actual dose (cells)</source>
        <translation>实际输注剂量（细胞数）</translation>
    </message>
    <message>
        <source>Deviation (%)</source>
        <translation>偏离 (%)</translation>
    </message>
    <message>
        <source>Within ±%1 %</source>
        <translation>在 ±%1 % 以内</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Viability (%)</source>
        <translation>细胞活率 (%)</translation>
    </message>
    <message>
        <source>Deviation reason</source>
        <translation>方案偏离原因</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <source>No vital signs recorded.</source>
        <translation>未记录生命体征。</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>体温 (°C)</translation>
    </message>
    <message>
        <source>Pulse (/min)</source>
        <translation>脉搏 (次/分)</translation>
    </message>
    <message>
        <source>Respiration (/min)</source>
        <translation>呼吸 (次/分)</translation>
    </message>
    <message>
        <source>Blood pressure (mmHg)</source>
        <translation>血压 (mmHg)</translation>
    </message>
    <message>
        <source>Psoriasis Area and Severity Index (PASI)</source>
        <translation>银屑病面积和严重程度指数 (PASI)</translation>
    </message>
    <message>
        <source>%1/%2/%3 × %4</source>
        <translation>%1/%2/%3 × %4</translation>
    </message>
    <message>
        <source>PASI %1</source>
        <translation>PASI %1</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>头颈部</translation>
    </message>
    <message>
        <source>Upper limbs</source>
        <translation>上肢</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>躯干</translation>
    </message>
    <message>
        <source>Lower limbs</source>
        <translation>下肢</translation>
    </message>
    <message>
        <source>PASI</source>
        <translation>PASI</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>改善率</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Each region: erythema/induration/desquamation (0–4) × area score (0–6). Improvement = (baseline PASI − PASI) / baseline PASI × 100.</source>
        <translation>各部位：红斑/浸润/鳞屑 (0–4) × 面积评分 (0–6)。改善率 = (基线 PASI − PASI) / 基线 PASI × 100。</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <source>No adverse events recorded.</source>
        <translation>未记录不良事件。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Grade (CTCAE %1)</source>
        <translation>严重程度分级 (CTCAE %1)</translation>
    </message>
    <message>
        <source>Serious (SAE)</source>
        <translation>严重不良事件 (SAE)</translation>
    </message>
    <message>
        <source>Relationship to UCMSCs</source>
        <translation>与研究治疗的相关性</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>No signatures</source>
        <translation>无签名</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Meaning of signature</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Audit trail summary</source>
        <translation>稽查轨迹摘要</translation>
    </message>
    <message>
        <source>No audit entries for this subject.</source>
        <translation>该受试者无稽查记录。</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>稽查记录数</translation>
    </message>
    <message>
        <source>Records created</source>
        <translation>创建的记录</translation>
    </message>
    <message>
        <source>Fields changed after saving</source>
        <translation>保存后修改的字段</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>首条记录</translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation>最近记录</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Latest changes to saved data:</source>
        <translation>最近对已保存数据的修改：</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>Reason for change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>Case report form</source>
        <translation>病例报告表</translation>
    </message>
    <message>
        <source>Subject %1</source>
        <translation>受试者 %1</translation>
    </message>
    <message>
        <source>Printed %1 UTC by %2</source>
        <translation>%1 UTC 由 %2 打印</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be painted.</source>
        <translation>无法写入 %1：无法生成 PDF。</translation>
    </message>
    <message>
        <source>Body surface area involved (BSA, %)</source>
        <translation>受累体表面积 (BSA, %)</translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
</context>
<context>
    <name>CohortChart</name>
    <message>
        <source>PASI improvement, all subjects (n = %1)</source>
        <translation>PASI 改善率，全部受试者 (n = %1)</translation>
    </message>
    <message>
        <source>No subject has a baseline PASI and a later assessment yet.</source>
        <translation>尚无受试者同时具有基线 PASI 和后续评估。</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Improvement %</source>
        <translation>改善率 %</translation>
    </message>
    <message>
        <source>PASI %1</source>
        <translation>PASI %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>One subject</source>
        <translation>单个受试者</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Mean ± 1 SD</source>
        <translation>均值 ± 1 SD</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <source>Assessed (n)</source>
        <translation>评估人数 (n)</translation>
    </message>
    <message>
        <source>PASI %1, n (%)</source>
        <translation>PASI %1 应答，n (%)</translation>
    </message>
    <message>
        <source>Mean %1 %, SD %2 (n = %3)</source>
        <translation>均值 %1 %，SD %2 (n = %3)</translation>
    </message>
    <message>
        <source>PASI %1: %2</source>
        <translation>PASI %1：%2</translation>
    </message>
</context>
<context>
    <name>ImprovementChart</name>
    <message>
        <source>PASI improvement</source>
        <translation>PASI 改善率</translation>
    </message>
    <message>
        <source>PASI improvement — %1</source>
        <translation>PASI 改善率 — %1</translation>
    </message>
    <message>
        <source>No improvement to show yet: it needs a baseline PASI and a later assessment.</source>
        <translation>暂无改善率：需要基线 PASI 和一次后续评估。</translation>
    </message>
    <message>
        <source>Improvement %</source>
        <translation>改善率 %</translation>
    </message>
    <message>
        <source>PASI %1</source>
        <translation>PASI %1</translation>
    </message>
    <message>
        <source>Improvement from baseline</source>
        <translation>相对基线的改善率</translation>
    </message>
    <message>
        <source>Out of window</source>
        <translation>超出访视窗</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Screening</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已入组</translation>
    </message>
    <message>
        <source>Screen failure</source>
        <translation>筛选失败</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合入组条件</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合入组条件</translation>
    </message>
    <message>
        <source>Incomplete: data missing</source>
        <translation>不完整：数据缺失</translation>
    </message>
    <message>
        <source>Moderate to severe psoriasis vulgaris: PASI &gt; %1 or BSA &gt; %2 %</source>
        <translation>中重度寻常型银屑病：PASI &gt; %1 或 BSA &gt; %2 %</translation>
    </message>
    <message>
        <source>Age %1 to %2 years on the day of consent</source>
        <translation>签署知情同意当日年龄 %1 至 %2 岁</translation>
    </message>
    <message>
        <source>Written informed consent signed</source>
        <translation>已签署书面知情同意书</translation>
    </message>
    <message>
        <source>Guttate or inverse psoriasis, or psoriasis only on the face</source>
        <translation>点滴状银屑病、反向银屑病或仅面部银屑病</translation>
    </message>
    <message>
        <source>Acute progressive psoriasis or a tendency to erythroderma</source>
        <translation>急性进展期银屑病或有红皮病倾向</translation>
    </message>
    <message>
        <source>Pregnancy or lactation now or within the last year</source>
        <translation>目前或近一年内妊娠或哺乳</translation>
    </message>
    <message>
        <source>Self-rating Anxiety Scale (SAS) &gt; %1</source>
        <translation>焦虑自评量表 (SAS) &gt; %1</translation>
    </message>
    <message>
        <source>Self-rating Depression Scale (SDS) &gt; %1</source>
        <translation>抑郁自评量表 (SDS) &gt; %1</translation>
    </message>
    <message>
        <source>Another psychiatric disorder</source>
        <translation>其他精神疾病</translation>
    </message>
    <message>
        <source>Serum calcium below %1 or above %2 mmol/L</source>
        <translation>血清钙低于 %1 或高于 %2 mmol/L</translation>
    </message>
    <message>
        <source>AST &gt; %1 × ULN</source>
        <translation>AST &gt; %1 × 正常值上限</translation>
    </message>
    <message>
        <source>ALT &gt; %1 × ULN</source>
        <translation>ALT &gt; %1 × 正常值上限</translation>
    </message>
    <message>
        <source>Creatinine &gt; %1 × ULN</source>
        <translation>肌酐 &gt; %1 × 正常值上限</translation>
    </message>
    <message>
        <source>Cystatin C &gt; %1 × ULN</source>
        <translation>胱抑素C &gt; %1 × 正常值上限</translation>
    </message>
    <message>
        <source>Haemoglobin more than %1 g/L above the ULN, or below the LLN</source>
        <translation>血红蛋白高于正常值上限 %1 g/L 以上，或低于正常值下限</translation>
    </message>
    <message>
        <source>Platelet count &lt; %1 × 10⁹/L</source>
        <translation>血小板计数 &lt; %1 × 10⁹/L</translation>
    </message>
    <message>
        <source>White blood cell count &lt; %1 × 10⁹/L</source>
        <translation>白细胞计数 &lt; %1 × 10⁹/L</translation>
    </message>
    <message>
        <source>Uncontrolled primary disease, infection, electrolyte or acid–base disturbance</source>
        <translation>未控制的原发疾病、感染、电解质或酸碱平衡紊乱</translation>
    </message>
    <message>
        <source>Another abnormal laboratory result the investigator judges unsuitable</source>
        <translation>研究者判断不适合的其他实验室检查异常</translation>
    </message>
    <message>
        <source>Malignant tumour, abnormal tumour markers or other organ dysfunction</source>
        <translation>恶性肿瘤、肿瘤标志物异常或其他器官功能障碍</translation>
    </message>
    <message>
        <source>History of allergy</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <source>Another clinical trial now or within the last month</source>
        <translation>目前或近一个月内参加其他临床试验</translation>
    </message>
    <message>
        <source>Topical treatment less than %1 days before week 0</source>
        <translation>第0周前 %1 天内外用治疗</translation>
    </message>
    <message>
        <source>Systemic therapy or phototherapy less than %1 days before week 0</source>
        <translation>第0周前 %1 天内系统治疗或光疗</translation>
    </message>
    <message>
        <source>Biologics less than %1 days before week 0</source>
        <translation>第0周前 %1 天内使用生物制剂</translation>
    </message>
    <message>
        <source>Another condition the investigator judges unsuitable</source>
        <translation>研究者判断不适合的其他情况</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>知情同意签署日期</translation>
    </message>
    <message>
        <source>week-0 date</source>
        <translation>第0周日期</translation>
    </message>
    <message>
        <source>psoriasis vulgaris</source>
        <translation>寻常型银屑病</translation>
    </message>
    <message>
        <source>PASI</source>
        <translation>PASI</translation>
    </message>
    <message>
        <source>BSA</source>
        <translation>BSA</translation>
    </message>
    <message>
        <source>SAS</source>
        <translation>SAS</translation>
    </message>
    <message>
        <source>SDS</source>
        <translation>SDS</translation>
    </message>
    <message>
        <source>serum calcium</source>
        <translation>血清钙</translation>
    </message>
    <message>
        <source>AST</source>
        <translation>AST</translation>
    </message>
    <message>
        <source>AST ULN</source>
        <translation>AST 正常值上限</translation>
    </message>
    <message>
        <source>ALT</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>ALT ULN</source>
        <translation>ALT 正常值上限</translation>
    </message>
    <message>
        <source>creatinine</source>
        <translation>肌酐</translation>
    </message>
    <message>
        <source>creatinine ULN</source>
        <translation>肌酐正常值上限</translation>
    </message>
    <message>
        <source>cystatin C</source>
        <translation>胱抑素C</translation>
    </message>
    <message>
        <source>cystatin C ULN</source>
        <translation>胱抑素C 正常值上限</translation>
    </message>
    <message>
        <source>haemoglobin</source>
        <translation>血红蛋白</translation>
    </message>
    <message>
        <source>haemoglobin LLN</source>
        <translation>血红蛋白正常值下限</translation>
    </message>
    <message>
        <source>haemoglobin ULN</source>
        <translation>血红蛋白正常值上限</translation>
    </message>
    <message>
        <source>platelet count</source>
        <translation>血小板计数</translation>
    </message>
    <message>
        <source>white blood cell count</source>
        <translation>白细胞计数</translation>
    </message>
    <message>
        <source>last topical treatment</source>
        <translation>末次外用治疗</translation>
    </message>
    <message>
        <source>last systemic therapy</source>
        <translation>末次系统治疗</translation>
    </message>
    <message>
        <source>last biologic</source>
        <translation>末次生物制剂</translation>
    </message>
    <message>
        <source>guttate, inverse or facial psoriasis</source>
        <translation>点滴状、反向或面部银屑病</translation>
    </message>
    <message>
        <source>acute progressive psoriasis</source>
        <translation>急性进展期银屑病</translation>
    </message>
    <message>
        <source>pregnancy or lactation</source>
        <translation>妊娠或哺乳</translation>
    </message>
    <message>
        <source>psychiatric disorder</source>
        <translation>精神疾病</translation>
    </message>
    <message>
        <source>uncontrolled disease</source>
        <translation>未控制的疾病</translation>
    </message>
    <message>
        <source>other abnormal laboratory result</source>
        <translation>其他实验室检查异常</translation>
    </message>
    <message>
        <source>malignancy</source>
        <translation>恶性肿瘤</translation>
    </message>
    <message>
        <source>allergy history</source>
        <translation>过敏史</translation>
    </message>
    <message>
        <source>other clinical trial</source>
        <translation>其他临床试验</translation>
    </message>
    <message>
        <source>investigator&apos;s judgement</source>
        <translation>研究者判断</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>肯定无关</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>可能无关</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>可能有关</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>很可能有关</translation>
    </message>
    <message>
        <source>Definite</source>
        <translation>肯定有关</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Infusion slowed</source>
        <translation>减慢输注</translation>
    </message>
    <message>
        <source>Infusion interrupted</source>
        <translation>暂停输注</translation>
    </message>
    <message>
        <source>Infusion stopped</source>
        <translation>停止输注</translation>
    </message>
    <message>
        <source>Treatment withdrawn</source>
        <translation>退出治疗</translation>
    </message>
    <message>
        <source>Medication given</source>
        <translation>给予药物治疗</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>痊愈</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>好转</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Recovered with sequelae</source>
        <translation>痊愈伴后遗症</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>危及生命</translation>
    </message>
    <message>
        <source>Hospitalisation</source>
        <translation>住院或延长住院</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>致残</translation>
    </message>
    <message>
        <source>Congenital anomaly</source>
        <translation>先天畸形</translation>
    </message>
    <message>
        <source>Important medical event</source>
        <translation>其他重要医学事件</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>输注前</translation>
    </message>
    <message>
        <source>During</source>
        <translation>输注中</translation>
    </message>
    <message>
        <source>After</source>
        <translation>输注后</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <source>PASI trajectory</source>
        <translation>PASI 变化趋势图</translation>
    </message>
    <message>
        <source>PASI trajectory — %1</source>
        <translation>PASI 变化趋势图 — %1</translation>
    </message>
    <message>
        <source>No PASI assessment recorded yet. The trajectory appears as soon as one is saved.</source>
        <translation>尚未记录 PASI 评估。保存一次评估后即显示变化趋势。</translation>
    </message>
    <message>
        <source>PASI</source>
        <translation>PASI</translation>
    </message>
    <message>
        <source>PASI %1</source>
        <translation>PASI %1</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation>输注</translation>
    </message>
    <message>
        <source>Dose deviation</source>
        <translation>剂量偏离</translation>
    </message>
    <message>
        <source>No infusion recorded</source>
        <translation>未记录输注</translation>
    </message>
    <message>
        <source>Out of window</source>
        <translation>超出访视窗</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Improvement %1</source>
        <translation>改善率 %1</translation>
    </message>
    <message>
        <source>(PASI %1 reached)</source>
        <translation>（达到 PASI %1）</translation>
    </message>
    <message>
        <source>Improvement: not defined (no baseline PASI above 0)</source>
        <translation>改善率：无法计算（无大于 0 的基线 PASI）</translation>
    </message>
    <message>
        <source>Done outside the visit window</source>
        <translation>在访视窗外完成</translation>
    </message>
    <message>
        <source>Infusion, %1</source>
        <translation>输注，%1</translation>
    </message>
    <message>
        <source>Target %1 cells, actual %2 cells</source>
        <translation>目标剂量 %1 个细胞，实际输注 %2 个细胞</translation>
    </message>
    <message>
        <source>Deviation %1 % (within ±%2 %)</source>
        <translation>偏离 %1 %（在 ±%2 % 以内）</translation>
    </message>
    <message>
        <source>Dose deviation %1 % (outside ±%2 %)</source>
        <translation>剂量偏离 %1 %（超出 ±%2 %）</translation>
    </message>
</context>
<context>
    <name>trialcrf::ChartWidget</name>
    <message>
        <source>Save as PNG…</source>
        <translation>另存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
</TS>
