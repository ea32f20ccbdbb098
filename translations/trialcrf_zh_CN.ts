<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdverseEventForm</name>
    <message>
        <source>Adverse event:</source>
        <translation>不良事件：</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>名称(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. fever, chills, rash</source>
        <translation>例如：发热、寒战、皮疹</translation>
    </message>
    <message>
        <source>&amp;Onset date:</source>
        <translation>开始日期(&amp;O)：</translation>
    </message>
    <message>
        <source>E&amp;nd date:</source>
        <translation>结束日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Leave the end date empty while the event is ongoing.</source>
        <translation>事件仍在持续时，结束日期留空。</translation>
    </message>
    <message>
        <source>&amp;Serious (SAE):</source>
        <translation>严重不良事件 (SAE)(&amp;S)：</translation>
    </message>
    <message>
        <source>Seriousness criteria</source>
        <translation>严重性标准</translation>
    </message>
    <message>
        <source>Tick every criterion that applies to this serious adverse event.</source>
        <translation>勾选此严重不良事件符合的所有标准。</translation>
    </message>
    <message>
        <source>&amp;Relationship to UCMSCs:</source>
        <translation>与研究治疗的相关性(&amp;R)：</translation>
    </message>
    <message>
        <source>Judged by a physician.</source>
        <translation>由研究医生判断。</translation>
    </message>
    <message>
        <source>&amp;Action taken:</source>
        <translation>采取的措施(&amp;A)：</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>转归(&amp;U)：</translation>
    </message>
    <message>
        <source>CTCAE gra&amp;de:</source>
        <translation>严重程度分级 (CTCAE)(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>format %1, SHA-256 %2</source>
        <translation>格式 %1，SHA-256 %2</translation>
    </message>
</context>
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
        <translation>转归</translation>
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
        <translation>末次生物制剂治疗</translation>
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
        <translation>测量时点</translation>
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
    <message>
        <source>The signatures of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的电子签名：%2</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>访视：%1</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1（%2）
%3</translation>
    </message>
    <message>
        <source>%1 UTC
%2 local time</source>
        <translation>%1 UTC
当地时间 %2</translation>
    </message>
    <message>
        <source>Valid (signed again since)</source>
        <translation>有效（之后已重新签名）</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Broken by a later change (signed again since)</source>
        <translation>后续修改使签名失效（之后已重新签名）</translation>
    </message>
    <message>
        <source>Broken by a later change: needs re-signing</source>
        <translation>后续修改使签名失效：需要重新签名</translation>
    </message>
    <message>
        <source>Each signature is bound to a hash of the content it covers; a change to that content after signing breaks it.</source>
        <translation>每个签名都与其所签内容的哈希值绑定；签名后对该内容的任何修改都会使签名失效。</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>签名范围</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) broken by later changes must be signed again.</source>
        <translation>
            <numerusform>%n 个签名因后续修改而失效，须重新签名。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>未锁定</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Changed since signed: approved on %1 by %2, to be signed again</source>
        <translation>签名后已修改：%2 于 %1 批准，需重新签名</translation>
    </message>
    <message>
        <source>Changed since signed: reviewed on %1 by %2, to be signed again</source>
        <translation>签名后已修改：%2 于 %1 审阅，需重新签名</translation>
    </message>
    <message>
        <source>Approved (complete and correct) on %1 by %2</source>
        <translation>%2 于 %1 批准（完整且正确）</translation>
    </message>
    <message>
        <source>Reviewed on %1 by %2</source>
        <translation>%2 于 %1 审阅</translation>
    </message>
    <message>
        <source>Protocol deviations</source>
        <translation>方案偏离</translation>
    </message>
    <message>
        <source>No protocol deviations recorded.</source>
        <translation>未记录方案偏离。</translation>
    </message>
    <message>
        <source>Reason missing</source>
        <translation>缺少原因</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Protocol deviation</source>
        <translation>方案偏离</translation>
    </message>
    <message>
        <source>Detected (UTC)</source>
        <translation>发现时间 (UTC)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The casebook of %1 cannot be read: the database may be damaged — run verify; restore from a backup (%2)</source>
        <translation>无法读取 %1 的病例报告：数据库可能已损坏——请运行 verify；并从备份恢复（%2）</translation>
    </message>
    <message>
        <source>The queries of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的质疑：%2</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>质疑</translation>
    </message>
    <message>
        <source>No queries</source>
        <translation>无质疑</translation>
    </message>
    <message>
        <source>%1 UTC, %2 (%3), %4: %5</source>
        <translation>%1 UTC，%2（%3），%4：%5</translation>
    </message>
    <message>
        <source>Value changed from %1 to %2 (audit row %3)</source>
        <translation>数值由 %1 改为 %2（稽查记录 %3）</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>质疑记录</translation>
    </message>
    <message numerus="yes">
        <source>%n query(ies) not closed.</source>
        <translation>
            <numerusform>%n 个质疑尚未关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Source data verification</source>
        <translation>源数据核查</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Fields verified against the source documents: %1. Each mark is bound to a hash of the value verified; a later change breaks it.</source>
        <translation>已与原始文件核对的字段：%1。每个核查标记都与所核查数值的哈希值绑定；之后的修改会使其失效。</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核查</translation>
    </message>
    <message>
        <source>Changed since verified</source>
        <translation>核查后已修改</translation>
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
    <message>
        <source>Scr.</source>
        <comment>Screening, abbreviated under a narrow chart&apos;s week axis</comment>
        <translation>筛选</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>audit chain broken at row %1: %2</source>
        <translation>稽查链在第 %1 行断开：%2</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>name one backup file OUT.</source>
        <translation>请指定一个备份文件 OUT。</translation>
    </message>
    <message>
        <source>%1 already exists; backup never overwrites a file</source>
        <translation>%1 已存在；备份从不覆盖文件</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>无法将 %1 备份到 %2：%3</translation>
    </message>
    <message>
        <source>the backup %1 does not verify: %2</source>
        <translation>备份 %1 未通过校验：%2</translation>
    </message>
    <message>
        <source>Backup of %1 written to %2 and verified.</source>
        <translation>%1 的备份已写入 %2 并通过校验。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database, even while the app writes to it.</source>
        <translation>写入数据库的一致副本，即使应用程序正在写入。</translation>
    </message>
    <message>
        <source>(see &apos;%1 %2 --help&apos;)</source>
        <translation>（参见“%1 %2 --help”）</translation>
    </message>
    <message>
        <source>The study database (a SQLite file).</source>
        <translation>研究数据库（SQLite 文件）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--%1 %2 is required.</source>
        <translation>必须指定 --%1 %2。</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>其所在文件夹不存在</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>no such file (create it with &apos;%1 init --db %2&apos;)</source>
        <translation>文件不存在（请用“%1 init --db %2”创建）</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>该文件或其所在文件夹为只读</translation>
    </message>
    <message>
        <source>made by a newer version of trialcrf (%1)</source>
        <translation>由更新版本的 trialcrf 创建（%1）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: folder %2 does not exist</source>
        <translation>无法打开 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>%1 is not a demo database; demo never writes into a real study</source>
        <translation>%1 不是演示数据库；demo 命令从不写入真实研究</translation>
    </message>
    <message>
        <source>cannot move %1-wal into place</source>
        <translation>无法将 %1-wal 移到目标位置</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>无法将 %1 移动到 %2</translation>
    </message>
    <message>
        <source>Demo study %1: %2 subjects (%3), %4 PASI assessments, %5 infusions (%6 dose deviations), %7 adverse events.</source>
        <translation>演示研究 %1：%2 名受试者（%3），%4 次 PASI 评估，%5 次输注（%6 次剂量偏离），%7 个不良事件。</translation>
    </message>
    <message>
        <source>Accounts %1, each with the demo password &quot;%2&quot; (demo databases only).</source>
        <translation>账户 %1，密码均为演示密码“%2”（仅限演示数据库）。</translation>
    </message>
    <message>
        <source>Creates a synthetic demo study, marked DEMO, with the accounts nurse, physician, monitor and datamanager (password &quot;%1&quot;). An existing demo database is replaced; any other existing file is refused. The same seed gives the same study.</source>
        <translation>创建一个虚构的演示研究（标记为演示），包含账户 nurse、physician、monitor 和 datamanager（密码“%1”）。已有的演示数据库将被替换；其他已存在的文件一律拒绝。相同的随机种子生成相同的研究。</translation>
    </message>
    <message>
        <source>Number of subjects (default %1).</source>
        <translation>受试者人数（默认 %1）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--subjects must be a whole number from 0 to %1.</source>
        <translation>--subjects 必须是 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation>--seed 必须是 0 到 4294967295 之间的整数。</translation>
    </message>
    <message>
        <source>demo: %1/%2 subjects, %3 s</source>
        <translation>demo：%1/%2 名受试者，%3 秒</translation>
    </message>
    <message>
        <source>cannot create the demo: %1</source>
        <translation>无法创建演示研究：%1</translation>
    </message>
    <message>
        <source>demo: %1 subjects in %2 s, peak memory %3 MB</source>
        <translation>demo：%1 名受试者，用时 %2 秒，内存峰值 %3 MB</translation>
    </message>
    <message>
        <source>Create a synthetic demo study, marked DEMO.</source>
        <translation>创建虚构的演示研究（标记为演示）。</translation>
    </message>
    <message>
        <source>Creates a study database, or migrates an existing one to the current schema. With --admin it also creates the first data manager; the password is asked twice on the terminal, or read from TRIALCRF_PASSWORD.</source>
        <translation>创建研究数据库，或将已有数据库迁移到当前结构版本。使用 --admin 时同时创建第一位数据管理员；密码在终端中输入两次，或从 TRIALCRF_PASSWORD 读取。</translation>
    </message>
    <message>
        <source>User name of the first data manager.</source>
        <translation>第一位数据管理员的用户名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--admin needs a user name.</source>
        <translation>--admin 需要一个用户名。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>password refused: %1</source>
        <translation>密码被拒绝：%1</translation>
    </message>
    <message>
        <source>%1 already has users; add more with &apos;%2 user --db %1 --as NAME add USER --role ROLE&apos;</source>
        <translation>%1 已有用户；请用“%2 user --db %1 --as NAME add USER --role ROLE”添加更多用户</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1: schema version %2, up to date.</source>
        <translation>%1：结构版本 %2，已是最新。</translation>
    </message>
    <message>
        <source>%1: created, schema version %2.</source>
        <translation>%1：已创建，结构版本 %2。</translation>
    </message>
    <message>
        <source>%1: migrated to schema version %2.</source>
        <translation>%1：已迁移到结构版本 %2。</translation>
    </message>
    <message>
        <source>Data manager %1 created.</source>
        <translation>已创建数据管理员 %1。</translation>
    </message>
    <message>
        <source>Create or migrate a study database; with --admin its first data manager.</source>
        <translation>创建或迁移研究数据库；使用 --admin 时创建第一位数据管理员。</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options]</source>
        <translation>用法：%1 COMMAND [选项]</translation>
    </message>
    <message>
        <source>The data operations of trialcrf, for scripts.</source>
        <translation>trialcrf 的数据操作，供脚本使用。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>运行“%1 COMMAND --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Passwords are read from the terminal without echo; scripts set TRIALCRF_PASSWORD (a new password) and TRIALCRF_AS_PASSWORD (the password of the user named by --as).</source>
        <translation>密码从终端读取且不回显；脚本可设置 TRIALCRF_PASSWORD（新密码）和 TRIALCRF_AS_PASSWORD（--as 所指定用户的密码）。</translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 wrong usage.</source>
        <translation>退出码：0 完成，1 失败，2 用法错误。</translation>
    </message>
    <message>
        <source>a command is required (see &apos;%1 --help&apos;)</source>
        <translation>需要指定命令（参见“%1 --help”）</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see &apos;%2 --help&apos;)</source>
        <translation>未知命令“%1”（参见“%2 --help”）</translation>
    </message>
    <message>
        <source>Prints what the study holds: subjects per status, visits due and overdue today, PASI assessments, infusions and adverse events. Reads only.</source>
        <translation>打印研究数据概况：各状态的受试者、今日待完成和已逾期的访视、PASI 评估、输注和不良事件。只读。</translation>
    </message>
    <message>
        <source>Study %1, %2%3</source>
        <translation>研究 %1，%2%3</translation>
    </message>
    <message>
        <source> (DEMO)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <source>Subjects: %1 (%2)</source>
        <translation>受试者：%1（%2）</translation>
    </message>
    <message>
        <source>Visits done: %1</source>
        <translation>已完成访视：%1</translation>
    </message>
    <message>
        <source>Visits on %1: due %2, overdue %3 (enrolled subjects); done out of window %4</source>
        <translation>%1 的访视：待完成 %2，已逾期 %3（已入组受试者）；超出访视窗完成 %4</translation>
    </message>
    <message>
        <source>PASI assessments: %1</source>
        <translation>PASI 评估：%1</translation>
    </message>
    <message>
        <source>Infusions: %1 (dose outside tolerance: %2)</source>
        <translation>输注：%1（剂量超出允许范围：%2）</translation>
    </message>
    <message>
        <source>Adverse events: %1 (%2)</source>
        <translation>不良事件：%1（%2）</translation>
    </message>
    <message>
        <source>Record counts skipped above %1 subjects.</source>
        <translation>受试者超过 %1 名时不统计记录数。</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Print subjects per status, visits due and overdue, infusions and adverse events.</source>
        <translation>打印各状态的受试者、待完成和已逾期的访视、输注和不良事件。</translation>
    </message>
    <message>
        <source>cannot log in as %1: wrong user name or password</source>
        <translation>无法以 %1 登录：用户名或密码错误</translation>
    </message>
    <message>
        <source>cannot log in as %1: the account is disabled</source>
        <translation>无法以 %1 登录：账户已停用</translation>
    </message>
    <message>
        <source>cannot log in as %1: locked out after repeated failures; try later</source>
        <translation>无法以 %1 登录：多次失败后账户已锁定；请稍后重试</translation>
    </message>
    <message>
        <source>cannot log in as %1: database error</source>
        <translation>无法以 %1 登录：数据库错误</translation>
    </message>
    <message>
        <source>Imports an export folder (the files of &apos;export --format csv&apos;; computed columns, audit.csv and dictionary.csv are ignored). Every row is checked as the forms check it, plus unknown subject codes and duplicate keys; any problem means nothing is written, and every problem is listed as FILE:LINE:COLUMN. Only a data manager may import; the password is read from the terminal or from TRIALCRF_PASSWORD. Each row is audited as that user with the reason &quot;import&quot;.</source>
        <translation>导入一个导出文件夹（“export --format csv”生成的文件；计算列、audit.csv 和 dictionary.csv 将被忽略）。每一行都按表单的规则检查，并检查未知的受试者编号和重复的键；只要有任何问题就不写入任何数据，并以 FILE:LINE:COLUMN 的形式列出每个问题。只有数据管理员可以导入；密码从终端或 TRIALCRF_PASSWORD 读取。每一行都以该用户的身份记入稽查轨迹，修改原因为“import”。</translation>
    </message>
    <message>
        <source>The importing data manager.</source>
        <translation>执行导入的数据管理员。</translation>
    </message>
    <message>
        <source>The folder to import.</source>
        <translation>要导入的文件夹。</translation>
    </message>
    <message>
        <source>%1 (%2) may not import: only a data manager may</source>
        <translation>%1（%2）无权导入：只有数据管理员可以导入</translation>
    </message>
    <message>
        <source>importing… %1 %</source>
        <translation>正在导入… %1 %</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2; nothing was imported.</source>
        <translation>%2 中有 %1 个问题；未导入任何数据。</translation>
    </message>
    <message>
        <source>import cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何数据。</translation>
    </message>
    <message>
        <source>cannot import %1: %2; nothing was imported.</source>
        <translation>无法导入 %1：%2；未导入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2 into %3 in %4 s as %5 (reason &quot;%6&quot;): %7.</source>
        <translation>已以 %5 的身份将 %2 中的 %1 行导入 %3，用时 %4 秒（原因“%6”）：%7。</translation>
    </message>
    <message>
        <source>Import an export folder, all or nothing (as a data manager).</source>
        <translation>导入一个导出文件夹，全部导入或全部不导入（以数据管理员身份）。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Adds a user, sets a user&apos;s password, or disables a user, acting as the data manager named by --as. The --as password is read from the terminal or from TRIALCRF_AS_PASSWORD; a new password from the terminal (asked twice) or from TRIALCRF_PASSWORD.</source>
        <translation>以 --as 指定的数据管理员身份添加用户、设置用户密码或停用用户。--as 用户的密码从终端或 TRIALCRF_AS_PASSWORD 读取；新密码从终端（输入两次）或 TRIALCRF_PASSWORD 读取。</translation>
    </message>
    <message>
        <source>The data manager doing this.</source>
        <translation>执行此操作的数据管理员。</translation>
    </message>
    <message>
        <source>Role of a new user: %1.</source>
        <translation>新用户的角色：%1。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>Full name of a new user, printed with signatures.</source>
        <translation>新用户的全名，随签名一同显示。</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>FULL NAME</translation>
    </message>
    <message>
        <source>add, passwd or disable.</source>
        <translation>add、passwd 或 disable。</translation>
    </message>
    <message>
        <source>The user name acted on.</source>
        <translation>要操作的用户名。</translation>
    </message>
    <message>
        <source>give an action (add, passwd or disable) and a user.</source>
        <translation>请给出一个操作（add、passwd 或 disable）和一个用户。</translation>
    </message>
    <message>
        <source>--role and --name go with add only.</source>
        <translation>--role 和 --name 只能与 add 一起使用。</translation>
    </message>
    <message>
        <source>add needs --role, one of %1.</source>
        <translation>add 需要 --role，取值为 %1 之一。</translation>
    </message>
    <message>
        <source>%1 (%2) may not manage users</source>
        <translation>%1（%2）无权管理用户</translation>
    </message>
    <message>
        <source>cannot %1 %2: %3</source>
        <translation>无法对 %2 执行 %1：%3</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>已添加用户 %1，角色为 %2。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>已停用用户 %1。</translation>
    </message>
    <message>
        <source>Add a user, set a password or disable a user (as a data manager).</source>
        <translation>添加用户、设置密码或停用用户（以数据管理员身份）。</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>%1: integrity check failed: %2 (%3 problems)</source>
        <translation>%1：完整性检查未通过：%2（%3 个问题）</translation>
    </message>
    <message>
        <source>audit chain: broken at row %1: %2</source>
        <translation>稽查链：在第 %1 行断开：%2</translation>
    </message>
    <message>
        <source>%1: audit chain broken at row %2: %3</source>
        <translation>%1：稽查链在第 %2 行断开：%3</translation>
    </message>
    <message>
        <source>signatures: %1</source>
        <translation>电子签名：%1</translation>
    </message>
    <message>
        <source>%1: signature does not match the audit trail: %2</source>
        <translation>%1：电子签名与稽查轨迹不符：%2</translation>
    </message>
    <message>
        <source>, DEMO</source>
        <translation>，演示</translation>
    </message>
    <message>
        <source>exporting… %1 %</source>
        <translation>正在导出… %1 %</translation>
    </message>
    <message>
        <source>Exports the study. csv (default): a new folder OUT with one UTF-8 CSV file per record type, audit.csv and dictionary.csv (codes, ISO dates, dot decimals, computed columns beside the raw ones). odm: one CDISC ODM 1.3.2 snapshot file OUT with the audit records. OUT must not exist yet; nothing is left behind when an export fails.</source>
        <translation>导出研究数据。csv（默认）：新建文件夹 OUT，每种记录类型一个 UTF-8 CSV 文件，另有 audit.csv 和 dictionary.csv（编码值、ISO 日期、小数点作小数分隔符、计算列与原始列并列）。odm：一个包含稽查记录的 CDISC ODM 1.3.2 快照文件 OUT。OUT 必须尚不存在；导出失败时不留下任何文件。</translation>
    </message>
    <message>
        <source>csv (default) or odm.</source>
        <translation>csv（默认）或 odm。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Start each CSV file with a byte-order mark (for Excel).</source>
        <translation>每个 CSV 文件以字节顺序标记 (BOM) 开头（供 Excel 使用）。</translation>
    </message>
    <message>
        <source>The folder (csv) or file (odm) to write.</source>
        <translation>要写入的文件夹 (csv) 或文件 (odm)。</translation>
    </message>
    <message>
        <source>OUT is required.</source>
        <translation>必须指定 OUT。</translation>
    </message>
    <message>
        <source>--format must be csv or odm.</source>
        <translation>--format 必须为 csv 或 odm。</translation>
    </message>
    <message>
        <source>--bom applies to csv only.</source>
        <translation>--bom 仅适用于 csv。</translation>
    </message>
    <message>
        <source>cannot export %1 to %2: %3</source>
        <translation>无法将 %1 导出到 %2：%3</translation>
    </message>
    <message>
        <source>Exported %1 subjects with %2 items and their audit records to %3 (CDISC ODM 1.3.2) in %4 s.</source>
        <translation>已将 %1 名受试者的 %2 个数据项及其稽查记录导出到 %3（CDISC ODM 1.3.2），用时 %4 秒。</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2 in %3 s: %4.</source>
        <translation>已将 %1 行导出到 %2，用时 %3 秒：%4。</translation>
    </message>
    <message>
        <source>Export the study as CSV files (for R, pandas, SAS, Excel) or as CDISC ODM 1.3.2 XML.</source>
        <translation>将研究数据导出为 CSV 文件（供 R、pandas、SAS、Excel 使用）或 CDISC ODM 1.3.2 XML。</translation>
    </message>
    <message>
        <source>Writes the casebook of one subject as an A4 PDF: identity, consent, eligibility, infusions, vital signs, PASI with its chart, adverse events, signatures and an audit summary.</source>
        <translation>将一名受试者的病例册写成 A4 PDF：身份信息、知情同意、入组资格、输注、生命体征、PASI 及其趋势图、不良事件、电子签名和稽查摘要。</translation>
    </message>
    <message>
        <source>The subject code.</source>
        <translation>受试者编号。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Language of the report: zh_CN or en (default: the system&apos;s language).</source>
        <translation>报告语言：zh_CN 或 en（默认：系统语言）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>name one PDF file OUT.pdf.</source>
        <translation>请指定一个 PDF 文件 OUT.pdf。</translation>
    </message>
    <message>
        <source>--lang must be zh_CN or en, not &apos;%1&apos;.</source>
        <translation>--lang 必须为 zh_CN 或 en，而不是“%1”。</translation>
    </message>
    <message>
        <source>warning: Droid Sans Fallback (fonts-droid-fallback) is not installed; Chinese text in the PDF may not copy or search correctly.</source>
        <translation>警告：未安装 Droid Sans Fallback (fonts-droid-fallback)；PDF 中的中文文本可能无法正确复制或搜索。</translation>
    </message>
    <message numerus="yes">
        <source>Casebook of %1 written to %2 (%n page(s)).</source>
        <translation>
            <numerusform>%1 的病例册已写入 %2（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the casebook of one subject as a PDF (--lang zh_CN|en).</source>
        <translation>将一名受试者的病例册写成 PDF（--lang zh_CN|en）。</translation>
    </message>
    <message>
        <source>The data manager taking the backup.</source>
        <translation>执行备份的数据管理员。</translation>
    </message>
    <message>
        <source>%1 (%2) may not back up: only a data manager may</source>
        <translation>%1（%2）不能备份：只有数据管理员可以备份</translation>
    </message>
    <message>
        <source>audit trail: %1 rows, last hash %2</source>
        <translation>稽查轨迹：%1 行，最后一行哈希值 %2</translation>
    </message>
    <message>
        <source>it was made by an older version of trialcrf and needs an upgrade, which opening it read-only cannot do (upgrade it with &apos;%1 init --db %2&apos;)</source>
        <translation>该数据库由旧版 trialcrf 创建，需要升级，而只读打开无法升级（请用“%1 init --db %2”升级）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes), not a study database (make it one with &apos;%1 init --db %2&apos;)</source>
        <translation>文件为空（0 字节），不是研究数据库（可用“%1 init --db %2”将其建为研究数据库）</translation>
    </message>
    <message>
        <source>not a trialcrf database, or damaged — if it is a study, run &apos;%1 verify --db %2&apos;; restore from a backup (%3)</source>
        <translation>不是 trialcrf 数据库，或已损坏——如果是研究数据库，请运行“%1 verify --db %2”；并从备份恢复（%3）</translation>
    </message>
    <message>
        <source>the study is busy: another program (import, backup) is writing; try again</source>
        <translation>研究正忙：另一个程序（导入、备份）正在写入；请稍后重试</translation>
    </message>
    <message>
        <source>%1: the database is damaged — run &apos;%2 verify --db %1&apos;; restore from a backup (%3)</source>
        <translation>%1：数据库已损坏——请运行“%2 verify --db %1”；并从备份恢复（%3）</translation>
    </message>
    <message>
        <source>cannot log in as %1: %2</source>
        <translation>无法以 %1 登录：%2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 readings</source>
        <translation>%1 条读数</translation>
    </message>
    <message>
        <source> (subject %1)</source>
        <translation>（受试者 %1）</translation>
    </message>
    <message>
        <source>table %1 is missing (dropped)</source>
        <translation>表 %1 不存在（已被删除）</translation>
    </message>
    <message>
        <source>%1 record %2 has no audit history (added behind the app&apos;s back)</source>
        <translation>%1 记录 %2 没有稽查历史（绕过本程序添加）</translation>
    </message>
    <message>
        <source>%1 record %2%3 is missing (the audit trail recorded it)</source>
        <translation>%1 记录 %2%3 缺失（稽查轨迹记录过它）</translation>
    </message>
    <message>
        <source>%1 record %2%3, field %4: stored %5, per the audit trail %6</source>
        <translation>%1 记录 %2%3，字段 %4：存储值 %5，按稽查轨迹应为 %6</translation>
    </message>
    <message>
        <source>not an anchor file written by &apos;%1 verify --anchor-out&apos;</source>
        <translation>不是由“%1 verify --anchor-out”写出的锚点文件</translation>
    </message>
    <message>
        <source>the audit trail no longer holds row %1, the last row when the anchor was written</source>
        <translation>稽查轨迹已不含第 %1 行（写入锚点时的最后一行）</translation>
    </message>
    <message>
        <source>audit row %1 is not the row anchored (hash %2): the trail was rewritten</source>
        <translation>稽查行 %1 不是锚定的那一行（哈希值 %2）：稽查轨迹已被改写</translation>
    </message>
    <message>
        <source>Checks the database without changing it: SQLite integrity, foreign keys, the audit trail&apos;s hash chain and its end against the audit anchor (the row count and last hash written with every audit row), signatures, and every record, field, account and lock against the value the audit trail gives it. Exit code 1 names the first problem; each difference is listed.</source>
        <translation>检查数据库而不做任何更改：SQLite 完整性、外键、稽查轨迹的哈希链及其末尾与稽查锚点（随每行稽查记录写入的行数和最后一行哈希值）是否一致、签名，以及每条记录、每个字段、每个账户和每个锁定是否与稽查轨迹给出的值一致。退出码 1 表示第一个问题；每处差异都会列出。</translation>
    </message>
    <message>
        <source>Also check that the audit trail still holds the row an anchor file names.</source>
        <translation>同时检查稽查轨迹是否仍包含锚点文件所指的行。</translation>
    </message>
    <message>
        <source>When everything is sound, write the trail&apos;s row count and last hash to FILE, to keep outside the database.</source>
        <translation>全部检查通过时，将稽查轨迹的行数和最后一行哈希值写入 FILE，保存在数据库之外。</translation>
    </message>
    <message>
        <source>cannot read anchor %1: %2</source>
        <translation>无法读取锚点 %1：%2</translation>
    </message>
    <message>
        <source>anchor: %1</source>
        <translation>锚点：%1</translation>
    </message>
    <message>
        <source>%1: the audit trail does not match anchor %2: %3</source>
        <translation>%1：稽查轨迹与锚点 %2 不符：%3</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>%1: the data cannot be compared with the audit trail: %2</source>
        <translation>%1：无法将数据与稽查轨迹比对：%2</translation>
    </message>
    <message>
        <source>%1: the data differs from its audit trail: %2 (%3 differences)</source>
        <translation>%1：数据与其稽查轨迹不符：%2（共 %3 处差异）</translation>
    </message>
    <message>
        <source>OK: %1 (schema %2%3, %4 subjects): integrity, foreign keys, audit chain and data sound.</source>
        <translation>正常：%1（结构版本 %2%3，%4 名受试者）：完整性、外键、稽查链和数据均无问题。</translation>
    </message>
    <message>
        <source>cannot write anchor %1: %2</source>
        <translation>无法写入锚点 %1：%2</translation>
    </message>
    <message>
        <source>anchor written to %1; check it later with &apos;%2 verify --db %3 --anchor %1&apos;</source>
        <translation>锚点已写入 %1；以后可用“%2 verify --db %3 --anchor %1”检查</translation>
    </message>
    <message>
        <source>Check integrity, foreign keys, the audit chain and the data against it; exit 1 if broken.</source>
        <translation>检查完整性、外键、稽查链以及数据与稽查链是否一致；有问题时退出码为 1。</translation>
    </message>
    <message>
        <source>Encrypt the backup with a passphrase, read from the terminal (asked twice) or from TRIALCRF_BACKUP_PASSPHRASE; restore asks for it again.</source>
        <translation>用口令加密备份，口令在终端中输入（输入两次）或从 TRIALCRF_BACKUP_PASSPHRASE 读取；恢复时需再次提供。</translation>
    </message>
    <message>
        <source>Passphrase for the backup: </source>
        <translation>备份的口令：</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>口令为空</translation>
    </message>
    <message>
        <source>schema version: %1%2</source>
        <translation>结构版本：%1%2</translation>
    </message>
    <message>
        <source>subjects: %1, records: %2, audit rows: %3</source>
        <translation>受试者：%1，记录：%2，稽查记录：%3 行</translation>
    </message>
    <message>
        <source>last audit entry: %1 %2 %3</source>
        <translation>最后一条稽查记录：%1 %2 %3</translation>
    </message>
    <message>
        <source>Passphrase of the backup: </source>
        <translation>备份的口令：</translation>
    </message>
    <message>
        <source>Replaces the study FILE with BACKUP. The backup is verified first (the checks of verify) and what it holds is printed with what it replaces; the replaced file is kept beside the study as NAME.replaced-TIME.db, and the restore is audited in the restored study&apos;s trail. Only a data manager may restore; the password is read from the terminal or from TRIALCRF_PASSWORD, an encrypted backup&apos;s passphrase from the terminal or from TRIALCRF_BACKUP_PASSPHRASE.</source>
        <translation>用 BACKUP 替换研究 FILE。先校验备份（与 verify 相同的检查），并列出备份中的内容和将被替换的内容；被替换的文件以 NAME.replaced-TIME.db 保留在研究旁边，恢复操作记入恢复后研究的稽查轨迹。只有数据管理员可以恢复；密码在终端中输入或从 TRIALCRF_PASSWORD 读取，加密备份的口令在终端中输入或从 TRIALCRF_BACKUP_PASSPHRASE 读取。</translation>
    </message>
    <message>
        <source>The data manager restoring the study.</source>
        <translation>执行恢复的数据管理员。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>cannot restore to %1: folder %2 does not exist</source>
        <translation>无法恢复到 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot read the backup: %1</source>
        <translation>无法读取备份：%1</translation>
    </message>
    <message>
        <source>The backup %1 holds:</source>
        <translation>备份 %1 包含：</translation>
    </message>
    <message>
        <source>It replaces %1, which holds:</source>
        <translation>它将替换 %1，其中包含：</translation>
    </message>
    <message>
        <source>It replaces %1, which cannot be opened: %2</source>
        <translation>它将替换 %1，该文件无法打开：%2</translation>
    </message>
    <message>
        <source>%1 may not restore: only a data manager may (%2)</source>
        <translation>%1 不能恢复：只有数据管理员可以（%2）</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>The replaced study is kept as %1.</source>
        <translation>被替换的研究保留为 %1。</translation>
    </message>
    <message>
        <source>Restored %1 from %2; run verify to check it.</source>
        <translation>已从 %2 恢复 %1；请运行 verify 检查。</translation>
    </message>
    <message>
        <source>Replace the study with a verified backup, keeping the replaced file.</source>
        <translation>用经过校验的备份替换研究，并保留被替换的文件。</translation>
    </message>
    <message>
        <source>monitoring: %1</source>
        <translation>监查：%1</translation>
    </message>
    <message>
        <source>%1: a query or SDV mark does not match the audit trail: %2</source>
        <translation>%1：质疑或源数据核查标记与稽查轨迹不符：%2</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>必须指定 %1。</translation>
    </message>
    <message>
        <source>Database lock. With --check, lists every blocker to locking the study (one line each: subject, code, text) and exits 1 while any stands. Otherwise a data manager locks every casebook with the reason and signs the lock manifest (the records per table and the SHA-256 of the export), which &apos;verify&apos; checks; the password is read from the terminal or from TRIALCRF_PASSWORD.</source>
        <translation>数据库锁定。使用 --check 时，列出锁定研究的每个障碍（每行一个：受试者、代码、说明），只要仍有障碍即以 1 退出。否则由数据管理员以原因锁定每个病例册，并签署锁定清单（各表记录数和导出的 SHA-256），由 &apos;verify&apos; 检查；密码从终端或 TRIALCRF_PASSWORD 读取。</translation>
    </message>
    <message>
        <source>Only list what stands in the way of the lock.</source>
        <translation>仅列出妨碍锁定的事项。</translation>
    </message>
    <message>
        <source>The locking data manager.</source>
        <translation>执行锁定的数据管理员。</translation>
    </message>
    <message>
        <source>Why the study is locked.</source>
        <translation>锁定研究的原因。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 blocker(s) stand in the way of the lock.</source>
        <translation>有 %1 个障碍妨碍锁定。</translation>
    </message>
    <message>
        <source>Nothing stands in the way: the study may be locked.</source>
        <translation>没有障碍：可以锁定研究。</translation>
    </message>
    <message>
        <source>the study was not locked: %1 blocker(s) stand in the way.</source>
        <translation>研究未锁定：有 %1 个障碍。</translation>
    </message>
    <message>
        <source>the study was not locked: %1</source>
        <translation>研究未锁定：%1</translation>
    </message>
    <message>
        <source>Study locked by %1 at %2: %3 casebook(s) locked now; lock manifest %4, export SHA-256 %5.</source>
        <translation>研究已由 %1 于 %2 锁定：本次锁定 %3 个病例册；锁定清单 %4，导出 SHA-256 %5。</translation>
    </message>
    <message>
        <source>List what stands in the way of the database lock, or lock the study and sign its manifest (data manager).</source>
        <translation>列出妨碍数据库锁定的事项，或锁定研究并签署锁定清单（数据管理员）。</translation>
    </message>
    <message>
        <source>lock manifest: %1</source>
        <translation>锁定清单：%1</translation>
    </message>
    <message>
        <source>%1: the lock manifest cannot be checked: %2</source>
        <translation>%1：无法检查锁定清单：%2</translation>
    </message>
    <message>
        <source>%1: the study differs from its lock manifest: %2 (%3 problems)</source>
        <translation>%1：研究与其锁定清单不一致：%2（%3 个问题）</translation>
    </message>
    <message>
        <source>lock manifest %1: signed by %2 (%3) at %4; records per table and export SHA-256 %5 as at lock.</source>
        <translation>锁定清单 %1：由 %2（%3）于 %4 签署；各表记录数和导出 SHA-256 %5 与锁定时一致。</translation>
    </message>
    <message>
        <source>no database server answers there (%1)</source>
        <translation>该处没有数据库服务器应答（%1）</translation>
    </message>
    <message>
        <source>the database server refused the login (%1)</source>
        <translation>数据库服务器拒绝了登录（%1）</translation>
    </message>
    <message>
        <source>cannot log in as %1: the login could not be recorded: %2</source>
        <translation>无法以 %1 登录：无法记录此次登录：%2</translation>
    </message>
    <message>
        <source>The study database on a PostgreSQL server, instead of --db: postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE. The database password is never part of the URL: it is read from TRIALCRF_DB_PASSWORD, asked on the terminal when the server wants one, or taken from a PostgreSQL password or service file.</source>
        <translation>PostgreSQL 服务器上的研究数据库，代替 --db：postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE。数据库密码从不写在 URL 中：从 TRIALCRF_DB_PASSWORD 读取，服务器需要时在终端询问，或取自 PostgreSQL 密码文件或服务文件。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>give --db FILE or --server URL, not both.</source>
        <translation>请给出 --db FILE 或 --server URL，不能同时给出。</translation>
    </message>
    <message>
        <source>--db FILE or --server URL is required.</source>
        <translation>需要 --db FILE 或 --server URL。</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>需要 --db FILE。</translation>
    </message>
    <message>
        <source>--server: %1.</source>
        <translation>--server：%1。</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server：%1</translation>
    </message>
    <message>
        <source>Database password for %1: </source>
        <translation>%1 的数据库密码：</translation>
    </message>
    <message>
        <source>no study database of this version of trialcrf there; the database&apos;s owner creates it on the server and sets it up with &apos;%1 init --server URL&apos; (%2)</source>
        <translation>该处没有此版本 trialcrf 的研究数据库；由数据库所有者在服务器上创建，并用“%1 init --server URL”设置（%2）</translation>
    </message>
    <message>
        <source>demo builds a new study file; it does not write into a server database.</source>
        <translation>demo 生成新的研究文件，不写入服务器上的数据库。</translation>
    </message>
    <message>
        <source>%1 already has users; add more with &apos;%2 user --server %3 --as NAME add USER --role ROLE&apos;</source>
        <translation>%1 已有用户；用“%2 user --server %3 --as NAME add USER --role ROLE”添加更多用户</translation>
    </message>
    <message>
        <source>%1: schema version %2.</source>
        <translation>%1：架构版本 %2。</translation>
    </message>
    <message>
        <source>--server: restore replaces a study file; it does not write into a server database.</source>
        <translation>--server：restore 替换研究文件，不写入服务器上的数据库。</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to OUT, safe while other programs write to it, and checks the copy; a study on a server is written as a study file. OUT must not exist yet. With --user, only a data manager may back up; the password is read from the terminal or from TRIALCRF_PASSWORD, and the backup is audited as that user. Without --user the file is copied as the operating-system account running this command can read it, and nothing is written to the original.</source>
        <translation>将数据库的一致副本写入 OUT（其他程序同时写入时也安全），并检查该副本；服务器上的研究写为一个研究文件。OUT 不得已存在。使用 --user 时，只有数据管理员可以备份；密码从终端或 TRIALCRF_PASSWORD 读取，备份以该用户身份记入稽查轨迹。不使用 --user 时，以运行此命令的操作系统账户可读取的方式复制文件，不向原文件写入任何内容。</translation>
    </message>
    <message>
        <source>Copies the study in FILE onto an empty database on a PostgreSQL server (made by the database&apos;s owner role, see docs/deployment.md): every table, the audit trail and the signatures as they are, in one transaction. A data manager of the study runs it (password from the terminal or TRIALCRF_PASSWORD); the server&apos;s password comes from TRIALCRF_DB_PASSWORD, a prompt or libpq&apos;s password file. The file is not changed beyond that login. Run &apos;verify&apos; on both afterwards.</source>
        <translation>将 FILE 中的研究复制到 PostgreSQL 服务器上的一个空数据库（由该数据库的所有者角色创建，见 docs/deployment.md）：所有表、稽查轨迹和签名原样复制，在一个事务中完成。由该研究的数据管理员运行（密码从终端或 TRIALCRF_PASSWORD 读取）；服务器的密码来自 TRIALCRF_DB_PASSWORD、提示输入或 libpq 的密码文件。除这次登录外，不更改该文件。完成后请对两者运行 &apos;verify&apos;。</translation>
    </message>
    <message>
        <source>The data manager moving the study.</source>
        <translation>迁移本研究的数据管理员。</translation>
    </message>
    <message>
        <source>%1 (%2) may not move the study: only a data manager may</source>
        <translation>%1（%2）不能迁移本研究：只有数据管理员可以</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2: %3; nothing was written to the server</source>
        <translation>无法将 %1 复制到 %2：%3；未向服务器写入任何内容</translation>
    </message>
    <message>
        <source>the copy on %1 does not verify: audit chain broken at row %2: %3</source>
        <translation>%1 上的副本未通过验证：稽查链在第 %2 行断开：%3</translation>
    </message>
    <message>
        <source>Study %1 copied to %2 (%3 tables). Run &apos;%4 verify&apos; on both.</source>
        <translation>研究 %1 已复制到 %2（%3 个表）。请对两者运行 &apos;%4 verify&apos;。</translation>
    </message>
    <message>
        <source>Copy a study file onto an empty PostgreSQL server database (data manager).</source>
        <translation>将研究文件复制到 PostgreSQL 服务器上的空数据库（数据管理员）。</translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
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
        <source>Research nurse</source>
        <translation>研究护士</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>研究医生</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>监查员</translation>
    </message>
    <message>
        <source>Data manager</source>
        <translation>数据管理员</translation>
    </message>
    <message>
        <source>Grade 1 — mild</source>
        <translation>1 级 — 轻度</translation>
    </message>
    <message>
        <source>Grade 2 — moderate</source>
        <translation>2 级 — 中度</translation>
    </message>
    <message>
        <source>Grade 3 — severe</source>
        <translation>3 级 — 重度</translation>
    </message>
    <message>
        <source>Grade 4 — life-threatening</source>
        <translation>4 级 — 危及生命</translation>
    </message>
    <message>
        <source>Grade 5 — death</source>
        <translation>5 级 — 死亡</translation>
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
        <source>Resulted in death</source>
        <translation>导致死亡</translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation>危及生命</translation>
    </message>
    <message>
        <source>Hospitalisation or longer stay</source>
        <translation>导致住院或延长住院时间</translation>
    </message>
    <message>
        <source>Disability or incapacity</source>
        <translation>导致残疾或功能丧失</translation>
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
        <source>Eligible</source>
        <translation>符合入组条件</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>不符合入组条件</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Out of window</source>
        <translation>超出访视窗</translation>
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
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Moderate to severe psoriasis vulgaris (PASI or BSA)</source>
        <translation>中重度寻常型银屑病 (PASI 或 BSA)</translation>
    </message>
    <message>
        <source>Age at consent</source>
        <translation>签署知情同意时的年龄</translation>
    </message>
    <message>
        <source>Signed informed consent</source>
        <translation>已签署知情同意书</translation>
    </message>
    <message>
        <source>Guttate or inverse psoriasis, or psoriasis of the face only</source>
        <translation>点滴状银屑病、反向银屑病或仅面部银屑病</translation>
    </message>
    <message>
        <source>Acute progressive psoriasis or tendency to erythroderma</source>
        <translation>急性进展期银屑病或有红皮病倾向</translation>
    </message>
    <message>
        <source>Pregnancy or lactation</source>
        <translation>妊娠或哺乳</translation>
    </message>
    <message>
        <source>Anxiety: SAS too high</source>
        <translation>焦虑：SAS 评分过高</translation>
    </message>
    <message>
        <source>Depression: SDS too high</source>
        <translation>抑郁：SDS 评分过高</translation>
    </message>
    <message>
        <source>Other psychiatric disorder</source>
        <translation>其他精神疾病</translation>
    </message>
    <message>
        <source>Serum calcium out of range</source>
        <translation>血清钙超出范围</translation>
    </message>
    <message>
        <source>AST too high</source>
        <translation>AST 过高</translation>
    </message>
    <message>
        <source>ALT too high</source>
        <translation>ALT 过高</translation>
    </message>
    <message>
        <source>Creatinine above the upper limit of normal</source>
        <translation>肌酐高于正常值上限</translation>
    </message>
    <message>
        <source>Cystatin C above the upper limit of normal</source>
        <translation>胱抑素C高于正常值上限</translation>
    </message>
    <message>
        <source>Haemoglobin too high or anaemia</source>
        <translation>血红蛋白过高或贫血</translation>
    </message>
    <message>
        <source>Platelet count too low</source>
        <translation>血小板计数过低</translation>
    </message>
    <message>
        <source>White blood cell count too low</source>
        <translation>白细胞计数过低</translation>
    </message>
    <message>
        <source>Uncontrolled primary disease</source>
        <translation>未控制的原发疾病</translation>
    </message>
    <message>
        <source>Other abnormal laboratory result</source>
        <translation>其他实验室检查异常</translation>
    </message>
    <message>
        <source>Malignancy, abnormal tumour markers or organ dysfunction</source>
        <translation>恶性肿瘤、肿瘤标志物异常或器官功能障碍</translation>
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
        <source>Washout of topical treatment not met</source>
        <translation>未满足外用治疗洗脱期</translation>
    </message>
    <message>
        <source>Washout of systemic therapy or phototherapy not met</source>
        <translation>未满足系统治疗或光疗洗脱期</translation>
    </message>
    <message>
        <source>Washout of biologics not met</source>
        <translation>未满足生物制剂洗脱期</translation>
    </message>
    <message>
        <source>Other condition the investigator judges unsuitable</source>
        <translation>研究者判断不适合的其他情况</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Planned week-0 date</source>
        <translation>计划第0周日期</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>知情同意签署日期</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Psoriasis vulgaris</source>
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
        <source>SAS score</source>
        <translation>SAS 评分</translation>
    </message>
    <message>
        <source>SDS score</source>
        <translation>SDS 评分</translation>
    </message>
    <message>
        <source>Serum calcium</source>
        <translation>血清钙</translation>
    </message>
    <message>
        <source>AST</source>
        <translation>天门冬氨酸氨基转移酶 (AST)</translation>
    </message>
    <message>
        <source>AST upper limit of normal</source>
        <translation>天门冬氨酸氨基转移酶 (AST) 正常值上限</translation>
    </message>
    <message>
        <source>ALT</source>
        <translation>丙氨酸氨基转移酶 (ALT)</translation>
    </message>
    <message>
        <source>ALT upper limit of normal</source>
        <translation>丙氨酸氨基转移酶 (ALT) 正常值上限</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>肌酐</translation>
    </message>
    <message>
        <source>Creatinine upper limit of normal</source>
        <translation>肌酐正常值上限</translation>
    </message>
    <message>
        <source>Cystatin C</source>
        <translation>胱抑素C</translation>
    </message>
    <message>
        <source>Cystatin C upper limit of normal</source>
        <translation>胱抑素C正常值上限</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>血红蛋白</translation>
    </message>
    <message>
        <source>Haemoglobin lower limit of normal</source>
        <translation>血红蛋白正常值下限</translation>
    </message>
    <message>
        <source>Haemoglobin upper limit of normal</source>
        <translation>血红蛋白正常值上限</translation>
    </message>
    <message>
        <source>Platelet count</source>
        <translation>血小板计数</translation>
    </message>
    <message>
        <source>White blood cell count</source>
        <translation>白细胞计数</translation>
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
        <translation>末次生物制剂治疗</translation>
    </message>
    <message>
        <source>Guttate, inverse or facial psoriasis</source>
        <translation>点滴状、反向或面部银屑病</translation>
    </message>
    <message>
        <source>Acute progressive psoriasis / erythroderma</source>
        <translation>急性进展期银屑病 / 红皮病</translation>
    </message>
    <message>
        <source>Malignancy or organ dysfunction</source>
        <translation>恶性肿瘤或器官功能障碍</translation>
    </message>
    <message>
        <source>Another clinical trial</source>
        <translation>其他临床试验</translation>
    </message>
    <message>
        <source>Investigator&apos;s judgement</source>
        <translation>研究者判断</translation>
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
        <source>Casebook locked</source>
        <translation>病例册已锁定</translation>
    </message>
    <message>
        <source>Casebook unlocked</source>
        <translation>解锁病例册</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Password re-entry failed</source>
        <translation>重新输入密码失败</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>受试者</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>入组资格</translation>
    </message>
    <message>
        <source>Infusions</source>
        <translation>输注</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <source>PASI assessments</source>
        <translation>银屑病面积和严重程度指数 (PASI) 评分</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <source>Whole casebook</source>
        <translation>整个病例册</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Unlocking the screen</source>
        <translation>解锁屏幕</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>Password change</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Unknown user name</source>
        <translation>用户名不存在</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Wrong password; the account is now locked</source>
        <translation>密码错误；账户现已锁定</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>数据库已备份</translation>
    </message>
    <message>
        <source>Transcription error corrected</source>
        <translation>更正转录错误</translation>
    </message>
    <message>
        <source>Corrected from the source document</source>
        <translation>根据原始文件更正</translation>
    </message>
    <message>
        <source>Late entry of a missing value</source>
        <translation>补录缺失值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>reason for change: code, text</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Data exported (CSV)</source>
        <translation>数据已导出 (CSV)</translation>
    </message>
    <message>
        <source>Data exported (CDISC ODM)</source>
        <translation>数据已导出 (CDISC ODM)</translation>
    </message>
    <message>
        <source>Casebook report saved as PDF</source>
        <translation>病例册报告已保存为 PDF</translation>
    </message>
    <message>
        <source>Casebook report printed</source>
        <translation>病例册报告已打印</translation>
    </message>
    <message>
        <source>Protocol deviations</source>
        <translation>方案偏离</translation>
    </message>
    <message>
        <source>Infusion before week 0</source>
        <translation>第0周前输注</translation>
    </message>
    <message>
        <source>Infusion out of window</source>
        <translation>输注超出访视窗</translation>
    </message>
    <message>
        <source>Visit out of window</source>
        <translation>访视超出访视窗</translation>
    </message>
    <message>
        <source>Dose outside tolerance</source>
        <translation>剂量超出允许范围</translation>
    </message>
    <message>
        <source>Vital signs before the infusion missing</source>
        <translation>缺少输注前生命体征</translation>
    </message>
    <message>
        <source>Vital signs during the infusion missing</source>
        <translation>缺少输注中生命体征</translation>
    </message>
    <message>
        <source>Vital signs after the infusion missing</source>
        <translation>缺少输注后生命体征</translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation>数据库已从备份恢复</translation>
    </message>
    <message>
        <source>Infusion started too long after thaw</source>
        <translation>复苏后开始输注时间过长</translation>
    </message>
    <message>
        <source>Cell viability below the floor</source>
        <translation>细胞活率低于下限</translation>
    </message>
    <message>
        <source>Query raised</source>
        <translation>提出质疑</translation>
    </message>
    <message>
        <source>Query answered</source>
        <translation>回复质疑</translation>
    </message>
    <message>
        <source>Query closed</source>
        <translation>关闭质疑</translation>
    </message>
    <message>
        <source>Query re-opened</source>
        <translation>重新开启质疑</translation>
    </message>
    <message>
        <source>Source data verified</source>
        <translation>源数据已核查</translation>
    </message>
    <message>
        <source>Source data verification taken back</source>
        <translation>撤销源数据核查</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>质疑</translation>
    </message>
    <message>
        <source>Source data verification</source>
        <translation>源数据核查</translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation>输注</translation>
    </message>
    <message>
        <source>PASI assessment</source>
        <translation>PASI 评估</translation>
    </message>
    <message>
        <source>Study locked (lock manifest signed)</source>
        <translation>研究已锁定（锁定清单已签署）</translation>
    </message>
    <message>
        <source>Lock manifests</source>
        <translation>锁定清单</translation>
    </message>
    <message>
        <source>Cell lot already infused to another subject</source>
        <translation>该批号已输注给另一受试者</translation>
    </message>
    <message>
        <source>Locking the study</source>
        <translation>锁定研究</translation>
    </message>
    <message>
        <source>Data clarification (query answered)</source>
        <translation>数据澄清（答复质疑）</translation>
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
    <name>Completeness</name>
    <message>
        <source>The subject is still in screening (not enrolled).</source>
        <translation>受试者仍在筛选中（未入组）。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <source>Incomplete: %1 (missing: %2)</source>
        <translation>不完整：%1（缺少：%2）</translation>
    </message>
    <message>
        <source>Adverse event %1 has no outcome recorded.</source>
        <translation>不良事件 %1 未记录转归。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>入组资格</translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation>输注</translation>
    </message>
    <message>
        <source>PASI</source>
        <translation>PASI</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <source>Adverse event %1</source>
        <translation>不良事件 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Protocol deviation without a reason: %1 (%2)</source>
        <translation>方案偏离未填写原因：%1（%2）</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>e.g. 2.1</source>
        <translation>例如 2.1</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>签署日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Time signed:</source>
        <translation>签署时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subject signed:</source>
        <translation>受试者已签署(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Obtained by:</source>
        <translation>知情同意获取人(&amp;O)：</translation>
    </message>
    <message>
        <source>Name of the investigator or nurse</source>
        <translation>研究者或研究护士的姓名</translation>
    </message>
    <message>
        <source>Consent form ve&amp;rsion:</source>
        <translation>知情同意书版本(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>The study database cannot be opened</source>
        <translation>无法打开研究数据库</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Check the path given with --db.</source>
        <translation>数据库文件 %1 不存在。请检查 --db 指定的路径。</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist. Check the path, or create the folder first.</source>
        <translation>%1 所在的文件夹不存在。请检查路径，或先创建该文件夹。</translation>
    </message>
    <message>
        <source>The database %1 is read-only, so nothing could be saved. Ask for write access to the file and its folder, or copy it to a folder you can write to.</source>
        <translation>数据库 %1 为只读，无法保存任何数据。请申请该文件及其文件夹的写入权限，或将其复制到您可以写入的文件夹。</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of trialcrf. Install the newer version to open it; the file was not changed.</source>
        <translation>数据库 %1 由更新版本的 trialcrf 创建。请安装新版本后再打开；文件未被更改。</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>The database %1 was made by an older version of trialcrf and must be upgraded before it can be opened read-only. Open it once with write access; the upgrade keeps every record.</source>
        <translation>数据库 %1 由旧版 trialcrf 创建，须先升级才能以只读方式打开。请以可写权限打开一次；升级会保留所有记录。</translation>
    </message>
    <message>
        <source>The study %1 is busy: another program (import, backup) is writing; try again when it has finished.</source>
        <translation>研究 %1 正忙：另一个程序（导入、备份）正在写入；请在其完成后重试。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (or is not a trialcrf database). Nothing was changed. Run &apos;trialcrf-cli verify&apos;; restore the study from its latest backup.</source>
        <translation>数据库 %1 已损坏（或不是 trialcrf 数据库）。未做任何更改。请运行“trialcrf-cli verify”；并从最近的备份恢复研究。</translation>
    </message>
    <message>
        <source>No database server answers at %1. Check the server name and port, the network, and that the server is running; nothing was changed.</source>
        <translation>%1 处没有数据库服务器应答。请检查服务器名称和端口、网络，以及服务器是否在运行；未做任何更改。</translation>
    </message>
    <message>
        <source>The database server at %1 refused the login. Check the database user name and password (ask the data manager); nothing was changed.</source>
        <translation>%1 处的数据库服务器拒绝了登录。请检查数据库用户名和密码（请询问数据管理员）；未做任何更改。</translation>
    </message>
    <message>
        <source>There is no study database of this version of trialcrf at %1. The database&apos;s owner creates it on the server and sets it up with &apos;trialcrf-cli init --server&apos;; nothing was changed.</source>
        <translation>%1 处没有此版本 trialcrf 的研究数据库。由数据库所有者在服务器上创建，并用“trialcrf-cli init --server”设置；未做任何更改。</translation>
    </message>
    <message>
        <source>The database server at %1 lets this login read but not write. Ask the data manager for the app&apos;s login; nothing was changed.</source>
        <translation>%1 处的数据库服务器只允许此登录读取、不允许写入。请向数据管理员索取本应用的登录；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 cells (%2)</source>
        <translation>%1 个细胞（%2）</translation>
    </message>
    <message>
        <source>year/month/day</source>
        <translation>年/月/日</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <source>%1 × 10%2</source>
        <comment>mantissa, superscript exponent</comment>
        <translation>%1 × 10%2</translation>
    </message>
</context>
<context>
    <name>EligibilityForm</name>
    <message>
        <source>&amp;Assessment date:</source>
        <translation>评估日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Inclusion criteria (all must hold)</source>
        <translation>入选标准（须全部满足）</translation>
    </message>
    <message>
        <source>&amp;BSA (%):</source>
        <translation>&amp;BSA (%)：</translation>
    </message>
    <message>
        <source>e.g. 15</source>
        <translation>例如 15</translation>
    </message>
    <message>
        <source>Exclusion criteria (any one excludes)</source>
        <translation>排除标准（符合任一项即排除）</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Applies to the subject?</source>
        <translation>受试者是否符合？</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Guttate psoriasis, inverse psoriasis, or psoriasis only on the face</source>
        <translation>点滴状银屑病、反向银屑病或仅面部银屑病</translation>
    </message>
    <message>
        <source>Acute progressive psoriasis, or a tendency to erythroderma</source>
        <translation>急性进展期银屑病，或有红皮病倾向</translation>
    </message>
    <message>
        <source>Pregnancy or lactation now or within the last year</source>
        <translation>目前或近一年内妊娠或哺乳</translation>
    </message>
    <message>
        <source>Another psychiatric disorder (besides the SAS and SDS scores below)</source>
        <translation>其他精神疾病（下方 SAS 和 SDS 评分之外）</translation>
    </message>
    <message>
        <source>Uncontrolled primary cardiovascular, respiratory, digestive, urinary, endocrine or blood disease; infection, electrolyte or acid–base disturbance</source>
        <translation>未控制的心血管、呼吸、消化、泌尿、内分泌或血液系统原发疾病；感染、电解质或酸碱平衡紊乱</translation>
    </message>
    <message>
        <source>Another abnormal laboratory result the investigator judges unsuitable</source>
        <translation>研究者判断不适合的其他实验室检查异常</translation>
    </message>
    <message>
        <source>Malignant tumour, abnormal tumour markers at enrolment, or other organ dysfunction</source>
        <translation>恶性肿瘤、入组时肿瘤标志物异常或其他器官功能障碍</translation>
    </message>
    <message>
        <source>Any history of allergy</source>
        <translation>任何过敏史</translation>
    </message>
    <message>
        <source>Taking part in another clinical trial now or within the last month</source>
        <translation>目前或近一个月内参加其他临床试验</translation>
    </message>
    <message>
        <source>Any other condition the investigator judges unsuitable</source>
        <translation>研究者判断不适合的任何其他情况</translation>
    </message>
    <message>
        <source>Anxiety and depression (EXC4)</source>
        <translation>焦虑和抑郁 (EXC4)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Excluded above</source>
        <translation>高于此值排除</translation>
    </message>
    <message>
        <source>&amp;SAS (Self-rating Anxiety Scale):</source>
        <translation>焦虑自评量表 (&amp;SAS)：</translation>
    </message>
    <message>
        <source>S&amp;DS (Self-rating Depression Scale):</source>
        <translation>抑郁自评量表 (S&amp;DS)：</translation>
    </message>
    <message>
        <source>Laboratory results (EXC5)</source>
        <translation>实验室检查结果 (EXC5)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>LLN (local)</source>
        <translation>正常值下限（本地）</translation>
    </message>
    <message>
        <source>ULN (local)</source>
        <translation>正常值上限（本地）</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许范围</translation>
    </message>
    <message>
        <source>Serum &amp;calcium:</source>
        <translation>血清钙(&amp;C)：</translation>
    </message>
    <message>
        <source>Enter the local laboratory’s reference limits (LLN, ULN) beside each result.</source>
        <translation>请在每项结果旁填写本地实验室的参考范围（正常值下限、正常值上限）。</translation>
    </message>
    <message>
        <source>Washout (EXC9)</source>
        <translation>洗脱期 (EXC9)</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>末次用药日期</translation>
    </message>
    <message>
        <source>Needed before week 0</source>
        <translation>第0周前所需间隔</translation>
    </message>
    <message>
        <source>Days before week 0</source>
        <translation>距第0周天数</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Computed verdict:</source>
        <translation>计算结论：</translation>
    </message>
    <message>
        <source>Failed criteria:</source>
        <translation>未满足的标准：</translation>
    </message>
    <message>
        <source>Missing items:</source>
        <translation>缺失项：</translation>
    </message>
    <message>
        <source>Investigator’s confirmation</source>
        <translation>研究者确认</translation>
    </message>
    <message>
        <source>&amp;Reason for overruling:</source>
        <translation>推翻理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Only a physician confirms the verdict. Overruling the computed verdict needs a written reason, which the audit trail keeps.</source>
        <translation>只有研究医生可以确认结论。推翻计算结论须填写书面理由，该理由将保存在稽查轨迹中。</translation>
    </message>
    <message>
        <source>PASI at screening:</source>
        <translation>筛选时 PASI：</translation>
    </message>
    <message>
        <source>A physician confirms the verdict: you can enter and save every item above.</source>
        <translation>由研究医生确认结论：您可以录入并保存以上各项。</translation>
    </message>
    <message>
        <source>Psoriasis v&amp;ulgaris:</source>
        <translation>寻常型银屑病(&amp;U)：</translation>
    </message>
    <message>
        <source>AST:</source>
        <translation>天门冬氨酸氨基转移酶 (AST)：</translation>
    </message>
    <message>
        <source>ALT:</source>
        <translation>丙氨酸氨基转移酶 (ALT)：</translation>
    </message>
    <message>
        <source>Creatinine:</source>
        <translation>肌酐：</translation>
    </message>
    <message>
        <source>Cystatin C:</source>
        <translation>胱抑素C：</translation>
    </message>
    <message>
        <source>Haemoglobin:</source>
        <translation>血红蛋白：</translation>
    </message>
    <message>
        <source>Platelet count:</source>
        <translation>血小板计数：</translation>
    </message>
    <message>
        <source>White blood cells:</source>
        <translation>白细胞计数：</translation>
    </message>
    <message>
        <source>&amp;Topical (corticosteroids, retinoids, vitamin D analogues):</source>
        <translation>外用治疗（糖皮质激素、维A酸类、维生素D衍生物）(&amp;T)：</translation>
    </message>
    <message>
        <source>Syst&amp;emic therapy or phototherapy (UVB, PUVA):</source>
        <translation>系统治疗或光疗 (UVB, PUVA)(&amp;E)：</translation>
    </message>
    <message>
        <source>B&amp;iologics:</source>
        <translation>生物制剂(&amp;I)：</translation>
    </message>
    <message>
        <source>Co&amp;nfirmed verdict:</source>
        <translation>确认结论(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Subject code</source>
        <translation>受试者编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>受试者</translation>
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
        <source>Week-0 date</source>
        <translation>第0周日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Casebook locked</source>
        <translation>病例册已锁定</translation>
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
        <source>Time signed</source>
        <translation>签署时间</translation>
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
        <source>Assessment date</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Diagnosis of psoriasis vulgaris</source>
        <translation>寻常型银屑病诊断</translation>
    </message>
    <message>
        <source>PASI at screening</source>
        <translation>筛选时 PASI</translation>
    </message>
    <message>
        <source>Body surface area involved (BSA)</source>
        <translation>受累体表面积 (BSA)</translation>
    </message>
    <message>
        <source>Self-rating Anxiety Scale (SAS) score</source>
        <translation>焦虑自评量表 (SAS) 评分</translation>
    </message>
    <message>
        <source>Self-rating Depression Scale (SDS) score</source>
        <translation>抑郁自评量表 (SDS) 评分</translation>
    </message>
    <message>
        <source>Serum calcium</source>
        <translation>血清钙</translation>
    </message>
    <message>
        <source>AST</source>
        <translation>天门冬氨酸氨基转移酶 (AST)</translation>
    </message>
    <message>
        <source>AST upper limit of normal</source>
        <translation>天门冬氨酸氨基转移酶 (AST) 正常值上限</translation>
    </message>
    <message>
        <source>ALT</source>
        <translation>丙氨酸氨基转移酶 (ALT)</translation>
    </message>
    <message>
        <source>ALT upper limit of normal</source>
        <translation>丙氨酸氨基转移酶 (ALT) 正常值上限</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>肌酐</translation>
    </message>
    <message>
        <source>Creatinine upper limit of normal</source>
        <translation>肌酐正常值上限</translation>
    </message>
    <message>
        <source>Cystatin C</source>
        <translation>胱抑素C</translation>
    </message>
    <message>
        <source>Cystatin C upper limit of normal</source>
        <translation>胱抑素C正常值上限</translation>
    </message>
    <message>
        <source>Haemoglobin</source>
        <translation>血红蛋白</translation>
    </message>
    <message>
        <source>Haemoglobin lower limit of normal</source>
        <translation>血红蛋白正常值下限</translation>
    </message>
    <message>
        <source>Haemoglobin upper limit of normal</source>
        <translation>血红蛋白正常值上限</translation>
    </message>
    <message>
        <source>Platelet count</source>
        <translation>血小板计数</translation>
    </message>
    <message>
        <source>White blood cell count</source>
        <translation>白细胞计数</translation>
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
        <translation>末次生物制剂治疗</translation>
    </message>
    <message>
        <source>Guttate or inverse psoriasis, or psoriasis only on the face (EXC1)</source>
        <translation>点滴状银屑病、反向银屑病或仅面部银屑病 (排除1)</translation>
    </message>
    <message>
        <source>Acute progressive psoriasis or tendency to erythroderma (EXC2)</source>
        <translation>急性进行期银屑病或有红皮病倾向 (排除2)</translation>
    </message>
    <message>
        <source>Pregnancy or lactation now or within the last year (EXC3)</source>
        <translation>目前或近一年内妊娠或哺乳 (排除3)</translation>
    </message>
    <message>
        <source>Other psychiatric disorder (EXC4)</source>
        <translation>其他精神疾病 (排除4)</translation>
    </message>
    <message>
        <source>Uncontrolled primary disease, infection, electrolyte or acid-base disturbance (EXC5)</source>
        <translation>未控制的原发疾病、感染、电解质或酸碱平衡紊乱 (排除5)</translation>
    </message>
    <message>
        <source>Other abnormal laboratory result judged unsuitable (EXC5)</source>
        <translation>研究者判断不适合的其他实验室检查异常 (排除5)</translation>
    </message>
    <message>
        <source>Malignant tumour, abnormal tumour markers or other organ dysfunction (EXC6)</source>
        <translation>恶性肿瘤、肿瘤标志物异常或其他器官功能障碍 (排除6)</translation>
    </message>
    <message>
        <source>Any history of allergy (EXC7)</source>
        <translation>过敏史 (排除7)</translation>
    </message>
    <message>
        <source>In another clinical trial now or within the last month (EXC8)</source>
        <translation>目前或近一个月内参加其他临床试验 (排除8)</translation>
    </message>
    <message>
        <source>Other condition the investigator judges unsuitable (EXC10)</source>
        <translation>研究者判断不适合的其他情况 (排除10)</translation>
    </message>
    <message>
        <source>Confirmed verdict (investigator)</source>
        <translation>确认结论 (研究者)</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>推翻理由</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Confirmed at</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <source>Infusion date</source>
        <translation>输注日期</translation>
    </message>
    <message>
        <source>Body weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <source>Actual dose (cells infused)</source>
        <translation>实际输注剂量 (细胞数)</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Cell viability</source>
        <translation>细胞活率</translation>
    </message>
    <message>
        <source>Thaw time</source>
        <translation>复苏时间</translation>
    </message>
    <message>
        <source>Infusion start time</source>
        <translation>输注开始时间</translation>
    </message>
    <message>
        <source>Infusion end time</source>
        <translation>输注结束时间</translation>
    </message>
    <message>
        <source>Infusion reaction</source>
        <translation>输注反应</translation>
    </message>
    <message>
        <source>Infusion reaction: description</source>
        <translation>输注反应描述</translation>
    </message>
    <message>
        <source>Protocol deviation: reason</source>
        <translation>方案偏离原因</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>测量时点</translation>
    </message>
    <message>
        <source>Minutes after the infusion start</source>
        <translation>输注开始后分钟数</translation>
    </message>
    <message>
        <source>Time measured</source>
        <translation>测量时间</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation>脉搏</translation>
    </message>
    <message>
        <source>Respiration</source>
        <translation>呼吸</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>收缩压</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>舒张压</translation>
    </message>
    <message>
        <source>Adverse event number</source>
        <translation>不良事件编号</translation>
    </message>
    <message>
        <source>Adverse event term</source>
        <translation>不良事件名称</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Severity grade (CTCAE)</source>
        <translation>严重程度分级 (CTCAE)</translation>
    </message>
    <message>
        <source>Serious adverse event (SAE)</source>
        <translation>严重不良事件 (SAE)</translation>
    </message>
    <message>
        <source>Seriousness criteria</source>
        <translation>严重性标准</translation>
    </message>
    <message>
        <source>Relationship to study treatment</source>
        <translation>与研究治疗的相关性</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>采取的措施</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>转归</translation>
    </message>
    <message>
        <source>What was signed</source>
        <translation>签名内容</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>签名人姓名</translation>
    </message>
    <message>
        <source>Signed at (UTC)</source>
        <translation>签名时间 (UTC)</translation>
    </message>
    <message>
        <source>Hash of the signed data</source>
        <translation>所签数据的哈希值</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Erythema</source>
        <translation>红斑</translation>
    </message>
    <message>
        <source>Induration</source>
        <translation>浸润</translation>
    </message>
    <message>
        <source>Desquamation</source>
        <translation>鳞屑</translation>
    </message>
    <message>
        <source>Area score</source>
        <translation>面积评分</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Area involved (%)</source>
        <translation>受累面积 (%)</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>报告文件</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Withdrawal date</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>退出原因</translation>
    </message>
    <message>
        <source>Protocol deviation</source>
        <translation>方案偏离</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>所在记录</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Detected (UTC)</source>
        <translation>发现时间 (UTC)</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Resolved (UTC)</source>
        <translation>解决时间 (UTC)</translation>
    </message>
    <message>
        <source>Week-0 date (planned first infusion)</source>
        <translation>第0周日期 (计划首次输注)</translation>
    </message>
    <message>
        <source>Status (follows from the data)</source>
        <translation>状态 (由数据决定)</translation>
    </message>
    <message>
        <source>PASI at screening (from the screening row of pasi.csv)</source>
        <translation>筛选时银屑病面积和严重程度指数 (PASI) (取自 pasi.csv 的筛选行)</translation>
    </message>
    <message>
        <source>Last topical treatment (corticosteroids, retinoids, vitamin D analogues)</source>
        <translation>末次外用治疗 (外用糖皮质激素 / 维A酸类 / 维生素D衍生物)</translation>
    </message>
    <message>
        <source>Last systemic therapy or phototherapy (UVB, PUVA)</source>
        <translation>末次系统治疗或光疗 (UVB, PUVA)</translation>
    </message>
    <message>
        <source>Age on the consent date</source>
        <translation>签署知情同意时年龄</translation>
    </message>
    <message>
        <source>Eligibility verdict (computed)</source>
        <translation>入组资格结论 (计算)</translation>
    </message>
    <message>
        <source>Failed criteria</source>
        <translation>未满足的标准</translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation>缺失项</translation>
    </message>
    <message>
        <source>Override reason (confirmed verdict differs from the computed one)</source>
        <translation>推翻理由 (确认结论与计算结论不同)</translation>
    </message>
    <message>
        <source>erythema</source>
        <translation>红斑</translation>
    </message>
    <message>
        <source>induration</source>
        <translation>浸润</translation>
    </message>
    <message>
        <source>desquamation</source>
        <translation>鳞屑</translation>
    </message>
    <message>
        <source>area score</source>
        <translation>面积评分</translation>
    </message>
    <message>
        <source>PASI (computed)</source>
        <translation>银屑病面积和严重程度指数 (PASI) (计算)</translation>
    </message>
    <message>
        <source>PASI improvement rate from baseline (computed; empty when baseline PASI is 0 or missing)</source>
        <translation>PASI 改善率 (相对基线, 计算; 基线 PASI 为 0 或缺失时为空)</translation>
    </message>
    <message>
        <source>area involved</source>
        <translation>受累面积</translation>
    </message>
    <message>
        <source>Target dose (computed)</source>
        <translation>目标剂量 (计算)</translation>
    </message>
    <message>
        <source>Deviation of the actual from the target dose (computed)</source>
        <translation>实际输注剂量与目标剂量的偏离 % (计算)</translation>
    </message>
    <message>
        <source>Dose within tolerance (computed)</source>
        <translation>剂量在允许范围内 (计算)</translation>
    </message>
    <message>
        <source>Resolved: the data no longer shows it (computed)</source>
        <translation>已解决: 数据不再显示该偏离 (计算)</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>受试者</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Eligibility assessment</source>
        <translation>入组资格评估</translation>
    </message>
    <message>
        <source>PASI assessments</source>
        <translation>银屑病面积和严重程度指数 (PASI) 评分</translation>
    </message>
    <message>
        <source>Infusion log</source>
        <translation>输注记录</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <source>Protocol deviation log</source>
        <translation>方案偏离记录</translation>
    </message>
    <message>
        <source>Onset time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>After the infusion of visit</source>
        <translation>输注访视</translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2)</source>
        <translation>血氧饱和度 (SpO2)</translation>
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
    <name>InfusionForm</name>
    <message>
        <source>Infusion &amp;date:</source>
        <translation>输注日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Weight (kg):</source>
        <translation>体重 (kg)(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. 63.5</source>
        <translation>例如 63.5</translation>
    </message>
    <message>
        <source>Target dose:</source>
        <translation>目标剂量：</translation>
    </message>
    <message>
        <source>&amp;Actual cells infused:</source>
        <translation>实际输注细胞数(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 127000000</source>
        <translation>例如 127000000</translation>
    </message>
    <message>
        <source>Deviation from target:</source>
        <translation>与目标剂量的偏离：</translation>
    </message>
    <message>
        <source>Deviation &amp;reason:</source>
        <translation>偏离原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Required when the dose is outside the tolerance</source>
        <translation>剂量超出允许范围时必填</translation>
    </message>
    <message>
        <source>&amp;Lot number:</source>
        <translation>批号(&amp;L)：</translation>
    </message>
    <message>
        <source>Scan the barcode or type the lot number</source>
        <translation>扫描条形码或输入批号</translation>
    </message>
    <message>
        <source>e.g. 95</source>
        <translation>例如 95</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>输注开始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End time:</source>
        <translation>输注结束时间(&amp;E)：</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <source>Infusion reaction</source>
        <translation>输注反应</translation>
    </message>
    <message>
        <source>An infusion reaction &amp;occurred</source>
        <translation>发生了输注反应(&amp;O)</translation>
    </message>
    <message>
        <source>Des&amp;cription:</source>
        <translation>描述(&amp;C)：</translation>
    </message>
    <message>
        <source>Record an infusion reaction as an adverse event as well.</source>
        <translation>输注反应还须同时记录为不良事件。</translation>
    </message>
    <message>
        <source>Cell v&amp;iability (%):</source>
        <translation>细胞活率 (%)(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Thaw time:</source>
        <translation>复苏时间(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ItemLabels</name>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Due (window open)</source>
        <translation>待完成（访视窗内）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done out of window</source>
        <translation>已完成（超出访视窗）</translation>
    </message>
    <message>
        <source>Signed: approved</source>
        <translation>已签名：批准</translation>
    </message>
    <message>
        <source>Signed: reviewed</source>
        <translation>已签名：审阅</translation>
    </message>
    <message>
        <source>Changed since signed</source>
        <translation>签名后已修改</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>不完整</translation>
    </message>
</context>
<context>
    <name>LockReadiness</name>
    <message>
        <source>Primary endpoint not recorded: %1</source>
        <translation>主要终点未记录：%1</translation>
    </message>
    <message>
        <source>Query %1 not closed (%2): %3</source>
        <translation>质疑 %1 未关闭（%2）：%3</translation>
    </message>
    <message>
        <source>The casebook is not signed as approved.</source>
        <translation>病例册尚无“已批准”电子签名。</translation>
    </message>
    <message>
        <source>The casebook&apos;s signature is broken: sign it again.</source>
        <translation>病例册的电子签名已失效：请重新签名。</translation>
    </message>
    <message>
        <source>The signature of %1 is broken: sign it again.</source>
        <translation>%1 的电子签名已失效：请重新签名。</translation>
    </message>
    <message>
        <source>Source data not verified: %1 (%2 of %3 fields)</source>
        <translation>源数据核查未完成：%1（%3 个字段中已核查 %2 个）</translation>
    </message>
</context>
<context>
    <name>MonitoringLabels</name>
    <message>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>入组资格</translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation>输注</translation>
    </message>
    <message>
        <source>PASI assessment</source>
        <translation>PASI 评估</translation>
    </message>
    <message>
        <source>Adverse event %1</source>
        <translation>不良事件 %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待回复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>已提出</translation>
    </message>
    <message>
        <source>Re-opened</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>Site (nurse or physician)</source>
        <translation>研究中心（研究护士或研究医生）</translation>
    </message>
    <message>
        <source>Monitor or data manager</source>
        <translation>监查员或数据管理员</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 / %2 verified</source>
        <translation>已核查 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n changed since verified</source>
        <translation>
            <numerusform>%1，%n 个核查后已修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasiForm</name>
    <message>
        <source>&amp;Assessment date:</source>
        <translation>评估日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Scores by body region</source>
        <translation>各部位评分</translation>
    </message>
    <message>
        <source>&amp;Upper limbs:</source>
        <translation>上肢(&amp;U)：</translation>
    </message>
    <message>
        <source>T&amp;runk:</source>
        <translation>躯干(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Lower limbs:</source>
        <translation>下肢(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;BSA (%):</source>
        <translation>&amp;BSA (%)：</translation>
    </message>
    <message>
        <source>e.g. 12.5</source>
        <translation>例如 12.5</translation>
    </message>
    <message>
        <source>Body surface area involved; one palm of the patient is about 1 %.</source>
        <translation>受累体表面积；患者一个手掌的面积约为 1 %。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>PASI:</source>
        <translation>PASI：</translation>
    </message>
    <message>
        <source>Baseline PASI:</source>
        <translation>基线 PASI：</translation>
    </message>
    <message>
        <source>Improvement:</source>
        <translation>改善率：</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>应答：</translation>
    </message>
    <message>
        <source>H&amp;ead:</source>
        <translation>头颈部(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>no terminal to ask for the password; set %1 or %2</source>
        <translation>没有可用于输入密码的终端；请设置 %1 或 %2</translation>
    </message>
    <message>
        <source>no password entered</source>
        <translation>未输入密码</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason for change</source>
        <translation>修改原因</translation>
    </message>
    <message>
        <source>This page was saved before. Say why you change it: the audit trail keeps your reason with the old and the new values.</source>
        <translation>此页面此前已保存。请说明修改原因：稽查轨迹会将您的原因与修改前后的值一同保存。</translation>
    </message>
    <message>
        <source>&amp;Reason for change:</source>
        <translation>修改原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>详细说明(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
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
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>SinceLastVisitWindow</name>
    <message>
        <source>Adverse events</source>
        <translation>不良事件</translation>
    </message>
</context>
<context>
    <name>SubjectForm</name>
    <message>
        <source>Subject &amp;code:</source>
        <translation>受试者编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>姓名缩写(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. ZXM</source>
        <translation>例如 ZXM</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>Planned &amp;week-0 date:</source>
        <translation>计划第0周日期(&amp;W)：</translation>
    </message>
    <message>
        <source>Only the subject code and initials identify the subject on the CRF: never enter a name, ID number or phone number.</source>
        <translation>病例报告表上只用受试者编号和姓名缩写识别受试者：切勿填写姓名、身份证号或电话号码。</translation>
    </message>
    <message>
        <source>Letters, digits and &apos;-&apos;, at most 20 characters, e.g. S0001.</source>
        <translation>字母、数字和“-”，最多 20 个字符，例如 S0001。</translation>
    </message>
    <message>
        <source>e.g. S0001</source>
        <translation>例如 S0001</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Record that the subject withdrew from the study, with the date and the reason.</source>
        <translation>记录受试者退出研究，并注明日期和原因。</translation>
    </message>
    <message>
        <source>With&amp;draw…</source>
        <translation>退出(&amp;D)…</translation>
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
    <message>
        <source>No PASI assessment recorded yet. The trajectory appears as soon as one is entered.</source>
        <translation>尚未记录 PASI 评估。录入一次评估后即显示变化趋势。</translation>
    </message>
    <message>
        <source>Being entered, not saved</source>
        <translation>正在录入，尚未保存</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>A quoted field starts here but never ends: a closing quote is missing.</source>
        <translation>带引号的字段从此处开始但没有结束：缺少右引号。</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote: a quote inside a quoted field must be doubled.</source>
        <translation>右引号后出现多余文本：带引号字段中的引号必须写成两个。</translation>
    </message>
    <message>
        <source>A quote inside an unquoted field: quote the whole field and double the quote.</source>
        <translation>不带引号的字段中出现引号：请给整个字段加上引号，并将其中的引号写成两个。</translation>
    </message>
    <message>
        <source>Invalid UTF-8 text: save the file as UTF-8.</source>
        <translation>无效的 UTF-8 文本：请将文件保存为 UTF-8。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, e.g. 2021-09-30.</source>
        <translation>“%1”不是日期：请写成 YYYY-MM-DD，例如 2021-09-30。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number: write digits with a dot as the decimal separator, e.g. 63.5.</source>
        <translation>“%1”不是数字：请用小数点作小数分隔符，例如 63.5。</translation>
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation>日期 %1 不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: write it as HH:MM (24 hours), e.g. 09:30.</source>
        <translation>“%1”不是时间：请写成 HH:MM（24 小时制），例如 09:30。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time: write it as YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation>“%1”不是日期时间：请写成 YYYY-MM-DDTHH:MM:SSZ。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation>“%1”既不是 yes 也不是 no。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal.</source>
        <translation>“%1”的小数超过一位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a date (YYYY-MM-DD) nor &quot;never&quot;.</source>
        <translation>“%1”既不是日期 (YYYY-MM-DD)，也不是“never”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values.</source>
        <translation>“%1”不是允许的取值之一。</translation>
    </message>
    <message>
        <source>The adverse event number must be 1 or more.</source>
        <translation>不良事件编号必须大于或等于 1。</translation>
    </message>
    <message>
        <source>Describe the adverse event.</source>
        <translation>请描述不良事件。</translation>
    </message>
    <message>
        <source>The term can be at most %1 characters long.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The onset date is required.</source>
        <translation>开始日期为必填项。</translation>
    </message>
    <message>
        <source>The end date cannot be before the onset date.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The CTCAE grade is required.</source>
        <translation>严重程度分级 (CTCAE) 为必填项。</translation>
    </message>
    <message>
        <source>The action taken is required.</source>
        <translation>采取的措施为必填项。</translation>
    </message>
    <message>
        <source>The outcome is required.</source>
        <translation>转归为必填项。</translation>
    </message>
    <message>
        <source>Record whether the event is serious.</source>
        <translation>请记录该事件是否为严重不良事件。</translation>
    </message>
    <message>
        <source>A serious adverse event needs at least one seriousness criterion.</source>
        <translation>严重不良事件至少需要一项严重性标准。</translation>
    </message>
    <message>
        <source>Seriousness criteria apply only to a serious adverse event.</source>
        <translation>严重性标准仅适用于严重不良事件。</translation>
    </message>
    <message>
        <source>A fatal outcome is CTCAE grade 5.</source>
        <translation>转归为死亡时，CTCAE 分级应为 5 级。</translation>
    </message>
    <message>
        <source>Grade 5 means death: the outcome must be fatal.</source>
        <translation>5 级表示死亡：转归必须为死亡。</translation>
    </message>
    <message>
        <source>The version of the consent form is required.</source>
        <translation>知情同意书版本为必填项。</translation>
    </message>
    <message>
        <source>The consent date is required.</source>
        <translation>知情同意签署日期为必填项。</translation>
    </message>
    <message>
        <source>The consent date cannot be before the birth date.</source>
        <translation>知情同意签署日期不能早于出生日期。</translation>
    </message>
    <message>
        <source>The consent date cannot be after the week-0 date.</source>
        <translation>知情同意签署日期不能晚于第0周日期。</translation>
    </message>
    <message>
        <source>Record whether the subject signed the consent form.</source>
        <translation>请记录受试者是否已签署知情同意书。</translation>
    </message>
    <message>
        <source>Record who obtained the consent.</source>
        <translation>请记录知情同意获取人。</translation>
    </message>
    <message>
        <source>A laboratory value cannot be negative.</source>
        <translation>实验室检查值不能为负数。</translation>
    </message>
    <message>
        <source>The reference limit must be greater than 0.</source>
        <translation>参考限值必须大于 0。</translation>
    </message>
    <message>
        <source>Enter either the last date or &quot;never&quot;, not both.</source>
        <translation>请填写末次日期或“从未使用”，不能同时填写。</translation>
    </message>
    <message>
        <source>The last treatment date cannot be after the assessment date.</source>
        <translation>末次治疗日期不能晚于评估日期。</translation>
    </message>
    <message>
        <source>The last treatment date cannot be after the week-0 date.</source>
        <translation>末次治疗日期不能晚于第0周日期。</translation>
    </message>
    <message>
        <source>PASI must be between %1 and %2.</source>
        <translation>PASI 必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>BSA must be between %1 and %2 %.</source>
        <translation>BSA 必须在 %1 到 %2 % 之间。</translation>
    </message>
    <message>
        <source>The SAS score must be between %1 and %2.</source>
        <translation>SAS 评分必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The SDS score must be between %1 and %2.</source>
        <translation>SDS 评分必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The lower limit of normal must be below the upper limit of normal.</source>
        <translation>正常值下限必须低于正常值上限。</translation>
    </message>
    <message>
        <source>The verdict &quot;%1&quot; is not a known verdict.</source>
        <translation>结论“%1”不是已知的结论。</translation>
    </message>
    <message>
        <source>A confirmed verdict that differs from the computed one needs a written reason.</source>
        <translation>确认结论与计算结论不同时，须填写书面理由。</translation>
    </message>
    <message>
        <source>Choose when the vital signs were taken: before, during or after.</source>
        <translation>请选择测量生命体征的时点：输注前、输注中或输注后。</translation>
    </message>
    <message>
        <source>The phase &quot;%1&quot; is not a known phase.</source>
        <translation>时点“%1”不是已知的时点。</translation>
    </message>
    <message>
        <source>Enter the minute after the start of the infusion.</source>
        <translation>请填写距输注开始的分钟数。</translation>
    </message>
    <message>
        <source>The minute must be a multiple of %1 (%1, %2, …).</source>
        <translation>分钟数必须是 %1 的倍数（%1、%2、…）。</translation>
    </message>
    <message>
        <source>The minute cannot be negative.</source>
        <translation>分钟数不能为负数。</translation>
    </message>
    <message>
        <source>Temperature must be between %1 and %2 °C.</source>
        <translation>体温必须在 %1 到 %2 °C 之间。</translation>
    </message>
    <message>
        <source>Pulse must be between %1 and %2 beats per minute.</source>
        <translation>脉搏必须在每分钟 %1 到 %2 次之间。</translation>
    </message>
    <message>
        <source>Respiration must be between %1 and %2 breaths per minute.</source>
        <translation>呼吸必须在每分钟 %1 到 %2 次之间。</translation>
    </message>
    <message>
        <source>Systolic pressure must be between %1 and %2 mmHg.</source>
        <translation>收缩压必须在 %1 到 %2 mmHg 之间。</translation>
    </message>
    <message>
        <source>Diastolic pressure must be between %1 and %2 mmHg.</source>
        <translation>舒张压必须在 %1 到 %2 mmHg 之间。</translation>
    </message>
    <message>
        <source>Diastolic pressure must be lower than systolic pressure.</source>
        <translation>舒张压必须低于收缩压。</translation>
    </message>
    <message>
        <source>The visit is required.</source>
        <translation>访视为必填项。</translation>
    </message>
    <message>
        <source>No infusion is given at the visit &quot;%1&quot;.</source>
        <translation>访视“%1”不进行输注。</translation>
    </message>
    <message>
        <source>The infusion date is required.</source>
        <translation>输注日期为必填项。</translation>
    </message>
    <message>
        <source>The weight is required.</source>
        <translation>体重为必填项。</translation>
    </message>
    <message>
        <source>Weight must be between %1 and %2 kg.</source>
        <translation>体重必须在 %1 到 %2 kg 之间。</translation>
    </message>
    <message>
        <source>Enter the weight with at most one decimal.</source>
        <translation>体重最多保留一位小数。</translation>
    </message>
    <message>
        <source>The number of cells infused is required.</source>
        <translation>实际输注细胞数为必填项。</translation>
    </message>
    <message>
        <source>The number of cells infused must be between %1 and %2.</source>
        <translation>实际输注细胞数必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The lot number is required.</source>
        <translation>批号为必填项。</translation>
    </message>
    <message>
        <source>The lot number can be at most %1 characters long.</source>
        <translation>批号最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The lot number contains characters that cannot be printed.</source>
        <translation>批号包含无法打印的字符。</translation>
    </message>
    <message>
        <source>Viability must be between %1 and %2 %.</source>
        <translation>细胞活率必须在 %1 到 %2 % 之间。</translation>
    </message>
    <message>
        <source>The start time is required.</source>
        <translation>输注开始时间为必填项。</translation>
    </message>
    <message>
        <source>The end time is required.</source>
        <translation>输注结束时间为必填项。</translation>
    </message>
    <message>
        <source>End time must be after start time.</source>
        <translation>输注结束时间必须晚于输注开始时间。</translation>
    </message>
    <message>
        <source>Thaw time must be before start time.</source>
        <translation>复苏时间必须早于输注开始时间。</translation>
    </message>
    <message>
        <source>Describe the infusion reaction.</source>
        <translation>请描述输注反应。</translation>
    </message>
    <message>
        <source>Vital signs at minute %1 are already recorded.</source>
        <translation>第 %1 分钟的生命体征已记录。</translation>
    </message>
    <message>
        <source>No PASI assessment is made at the visit &quot;%1&quot;.</source>
        <translation>访视“%1”不进行 PASI 评估。</translation>
    </message>
    <message>
        <source>The assessment date is required.</source>
        <translation>评估日期为必填项。</translation>
    </message>
    <message>
        <source>The erythema score is required.</source>
        <translation>红斑评分为必填项。</translation>
    </message>
    <message>
        <source>The erythema score must be between %1 and %2.</source>
        <translation>红斑评分必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The induration score is required.</source>
        <translation>浸润评分为必填项。</translation>
    </message>
    <message>
        <source>The induration score must be between %1 and %2.</source>
        <translation>浸润评分必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The desquamation score is required.</source>
        <translation>鳞屑评分为必填项。</translation>
    </message>
    <message>
        <source>The desquamation score must be between %1 and %2.</source>
        <translation>鳞屑评分必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The area score is required.</source>
        <translation>面积评分为必填项。</translation>
    </message>
    <message>
        <source>The area score must be between %1 and %2.</source>
        <translation>面积评分必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>The assessment has %1 body regions; the protocol has %2.</source>
        <translation>该评估有 %1 个身体部位；方案规定为 %2 个。</translation>
    </message>
    <message>
        <source>The folder holds none of the files to import.</source>
        <translation>该文件夹中没有任何要导入的文件。</translation>
    </message>
    <message>
        <source>The subject code is required.</source>
        <translation>受试者编号为必填项。</translation>
    </message>
    <message>
        <source>Unknown subject code &quot;%1&quot;: it is neither in subjects.csv nor in the database.</source>
        <translation>未知的受试者编号“%1”：既不在 subjects.csv 中，也不在数据库中。</translation>
    </message>
    <message>
        <source>The casebook of this subject is locked.</source>
        <translation>该受试者的病例册已锁定。</translation>
    </message>
    <message>
        <source>The database already holds this record (%1).</source>
        <translation>数据库中已有此记录（%1）。</translation>
    </message>
    <message>
        <source>The database refused the row: %1</source>
        <translation>数据库拒绝了该行：%1</translation>
    </message>
    <message>
        <source>The subject %1 appears twice in this file (first on line %2).</source>
        <translation>受试者 %1 在此文件中出现两次（首次在第 %2 行）。</translation>
    </message>
    <message>
        <source>The subject %1 is already in the database.</source>
        <translation>受试者 %1 已在数据库中。</translation>
    </message>
    <message>
        <source>A second consent for %1 (the first is on line %2): one per subject.</source>
        <translation>%1 的第二条知情同意记录（第一条在第 %2 行）：每名受试者只能有一条。</translation>
    </message>
    <message>
        <source>The database already holds the consent of %1.</source>
        <translation>数据库中已有 %1 的知情同意记录。</translation>
    </message>
    <message>
        <source>A second eligibility assessment for %1 (the first is on line %2): one per subject.</source>
        <translation>%1 的第二条入组资格评估（第一条在第 %2 行）：每名受试者只能有一条。</translation>
    </message>
    <message>
        <source>The database already holds the eligibility assessment of %1.</source>
        <translation>数据库中已有 %1 的入组资格评估。</translation>
    </message>
    <message>
        <source>A second PASI assessment of %1 at %2 in this file.</source>
        <translation>此文件中 %1 在 %2 有第二条 PASI 评估。</translation>
    </message>
    <message>
        <source>The database already holds the PASI assessment of %1 at %2.</source>
        <translation>数据库中已有 %1 在 %2 的 PASI 评估。</translation>
    </message>
    <message>
        <source>No infusion of %1 at %2 in infusions.csv comes with these vital signs: the infusion is missing, or vital_signs.csv is not in the order of infusions.csv.</source>
        <translation>infusions.csv 中没有与这些生命体征对应的 %1 在 %2 的输注：输注记录缺失，或 vital_signs.csv 的顺序与 infusions.csv 不一致。</translation>
    </message>
    <message>
        <source>A second infusion of %1 at %2 in this file.</source>
        <translation>此文件中 %1 在 %2 有第二条输注记录。</translation>
    </message>
    <message>
        <source>The database already holds the infusion of %1 at %2.</source>
        <translation>数据库中已有 %1 在 %2 的输注记录。</translation>
    </message>
    <message>
        <source>The database already holds adverse event %2 of %1.</source>
        <translation>数据库中已有 %1 的第 %2 号不良事件。</translation>
    </message>
    <message>
        <source>Adverse event %2 of %1 appears twice (first on line %3).</source>
        <translation>%1 的第 %2 号不良事件出现两次（首次在第 %3 行）。</translation>
    </message>
    <message>
        <source>The subject code can be at most %1 characters long.</source>
        <translation>受试者编号最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The subject code may contain only letters, digits and &apos;-&apos;.</source>
        <translation>受试者编号只能包含字母、数字和“-”。</translation>
    </message>
    <message>
        <source>The initials are required.</source>
        <translation>姓名缩写为必填项。</translation>
    </message>
    <message>
        <source>Initials must be 1 to %1 capital letters A–Z.</source>
        <translation>姓名缩写必须为 1 到 %1 个大写字母 A–Z。</translation>
    </message>
    <message>
        <source>The sex is required.</source>
        <translation>性别为必填项。</translation>
    </message>
    <message>
        <source>The sex must be M (male) or F (female).</source>
        <translation>性别必须为 M（男）或 F（女）。</translation>
    </message>
    <message>
        <source>The birth date is required.</source>
        <translation>出生日期为必填项。</translation>
    </message>
    <message>
        <source>The birth date cannot be after the week-0 date.</source>
        <translation>出生日期不能晚于第0周日期。</translation>
    </message>
    <message>
        <source>The week-0 date cannot be before the birth date.</source>
        <translation>第0周日期不能早于出生日期。</translation>
    </message>
    <message>
        <source>The status is required.</source>
        <translation>状态为必填项。</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not a known status.</source>
        <translation>状态“%1”不是已知的状态。</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>This subject already has adverse event number %1.</source>
        <translation>该受试者已有编号为 %1 的不良事件。</translation>
    </message>
    <message>
        <source>This subject already has a consent record.</source>
        <translation>该受试者已有知情同意记录。</translation>
    </message>
    <message>
        <source>This subject already has an eligibility assessment.</source>
        <translation>该受试者已有入组资格评估。</translation>
    </message>
    <message>
        <source>This subject already has an infusion at %1.</source>
        <translation>该受试者在 %1 已有输注记录。</translation>
    </message>
    <message>
        <source>This subject already has a PASI assessment at %1.</source>
        <translation>该受试者在 %1 已有 PASI 评估。</translation>
    </message>
    <message>
        <source>The subject does not exist.</source>
        <translation>该受试者不存在。</translation>
    </message>
    <message>
        <source>The subject code %1 is already in use.</source>
        <translation>受试者编号 %1 已被使用。</translation>
    </message>
    <message>
        <source>The password must be at least 10 characters long.</source>
        <translation>密码长度至少为 10 个字符。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>密码不能包含用户名。</translation>
    </message>
    <message>
        <source>Only a data manager may manage users.</source>
        <translation>只有数据管理员可以管理用户。</translation>
    </message>
    <message>
        <source>A user name is 1–64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, without spaces.</source>
        <translation>用户名由 1–64 个字母、数字、“.”、“_”、“-”或“@”组成，不含空格。</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>该用户名已被使用。</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>无法计算密码的哈希值。</translation>
    </message>
    <message>
        <source>The database already has users; a data manager must add new ones.</source>
        <translation>数据库中已有用户；新用户须由数据管理员添加。</translation>
    </message>
    <message>
        <source>The study needs at least one active data manager.</source>
        <translation>研究至少需要一名启用中的数据管理员。</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>没有该用户。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>您不能停用自己的账户。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for a while.</source>
        <translation>密码错误次数过多：账户已被暂时锁定。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is empty: it needs at least the header row.</source>
        <translation>文件为空：至少需要标题行。</translation>
    </message>
    <message>
        <source>The column %1 appears twice in the header.</source>
        <translation>标题行中列 %1 出现两次。</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;: dictionary.csv lists the columns of each file.</source>
        <translation>未知列“%1”：dictionary.csv 列出了每个文件的列。</translation>
    </message>
    <message>
        <source>The required column %1 is missing.</source>
        <translation>缺少必需的列 %1。</translation>
    </message>
    <message>
        <source>The row has %1 fields but the header has %2: a comma too many or too few, or text with a comma that is not in quotes?</source>
        <translation>该行有 %1 个字段，而标题行有 %2 个：是否多了或少了一个逗号，或含逗号的文本未加引号？</translation>
    </message>
    <message>
        <source>%1 is far outside the allowed range.</source>
        <translation>%1 远超出允许范围。</translation>
    </message>
    <message>
        <source>An event that is not recovered or still recovering has no end date: clear the end date or change the outcome.</source>
        <translation>转归为未恢复或好转的事件没有结束日期：请清除结束日期或更改转归。</translation>
    </message>
    <message>
        <source>The outcome says the event has ended: record the end date (for a fatal outcome, the date of death).</source>
        <translation>转归表明事件已结束：请记录结束日期（转归为死亡时，记录死亡日期）。</translation>
    </message>
    <message>
        <source>The area involved must be between 0 and 100 %.</source>
        <translation>受累面积必须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>Enter the area involved with at most one decimal.</source>
        <translation>受累面积最多保留一位小数。</translation>
    </message>
    <message>
        <source>The area score %1 does not agree with the area involved, %2 %, which is area score %3.</source>
        <translation>面积评分 %1 与受累面积 %2 % 不符，该面积对应面积评分 %3。</translation>
    </message>
    <message>
        <source>The PASI %1 disagrees with the screening PASI assessment (%2), where the eligibility takes it from: leave the cell empty or correct pasi.csv.</source>
        <translation>PASI %1 与筛选时 PASI 评估 (%2) 不一致，入组资格的 PASI 取自该评估：请将此单元格留空或更正 pasi.csv。</translation>
    </message>
    <message>
        <source>The PASI %1 has no complete screening PASI assessment in pasi.csv or the database to come from: leave the cell empty or add the assessment.</source>
        <translation>PASI %1 在 pasi.csv 或数据库中没有完整的筛选时 PASI 评估可作来源：请将此单元格留空或补充该评估。</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; contradicts the data of %2: its consent, confirmed eligibility, final visit and withdrawal make it &quot;%3&quot;.</source>
        <translation>状态“%1”与 %2 的数据不符：根据其知情同意、已确认的入组资格、末次访视和退出情况，状态应为“%3”。</translation>
    </message>
    <message>
        <source>No infusion before enrolment: the subject has not signed the informed consent.</source>
        <translation>入组前不能输注：受试者尚未签署知情同意书。</translation>
    </message>
    <message>
        <source>No infusion before enrolment: a physician has not confirmed the subject eligible.</source>
        <translation>入组前不能输注：研究医生尚未确认受试者符合入组条件。</translation>
    </message>
    <message>
        <source>No infusion: a physician confirmed the subject not eligible (screen failure).</source>
        <translation>不能输注：研究医生已确认受试者不符合入组条件（筛选失败）。</translation>
    </message>
    <message>
        <source>No infusion after withdrawal: the subject withdrew on %1.</source>
        <translation>退出后不能输注：受试者已于 %1 退出。</translation>
    </message>
    <message>
        <source>The withdrawal date cannot be before the birth date.</source>
        <translation>退出日期不能早于出生日期。</translation>
    </message>
    <message>
        <source>A withdrawal needs its reason.</source>
        <translation>退出需要填写原因。</translation>
    </message>
    <message>
        <source>A withdrawal reason needs the withdrawal date.</source>
        <translation>填写退出原因时需要退出日期。</translation>
    </message>
    <message>
        <source>The withdrawal date is required.</source>
        <translation>退出日期为必填项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UTC time like 2024-03-04T09:15:00.000Z.</source>
        <translation>“%1”不是 UTC 时间（格式如 2024-03-04T09:15:00.000Z）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a visit of the protocol.</source>
        <translation>“%1”不是方案中的访视。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of protocol deviation.</source>
        <translation>“%1”不是方案偏离的类型。</translation>
    </message>
    <message>
        <source>The record must be infusion or pasi, not &quot;%1&quot;.</source>
        <translation>所在记录必须是 infusion 或 pasi，而不是“%1”。</translation>
    </message>
    <message>
        <source>This deviation of %1 at %2 appears twice (first on line %3).</source>
        <translation>%1 在 %2 的此方案偏离出现两次（第一次在第 %3 行）。</translation>
    </message>
    <message>
        <source>The deviation log cannot be written: %1</source>
        <translation>无法写入方案偏离记录：%1</translation>
    </message>
    <message>
        <source>No imported record of %1 at %2 shows this deviation.</source>
        <translation>导入的 %1 在 %2 的记录中没有显示此方案偏离。</translation>
    </message>
    <message>
        <source>This deviation is already in the log.</source>
        <translation>此方案偏离已在记录中。</translation>
    </message>
    <message>
        <source>The field starting here is longer than %1 KiB, the most a field may hold; is a closing quote missing?</source>
        <translation>从此处开始的字段超过 %1 KiB（字段的上限）；是否缺少右引号？</translation>
    </message>
    <message>
        <source>The row is longer than %1 KiB, the most a row may hold; is a closing quote missing?</source>
        <translation>该行超过 %1 KiB（一行的上限）；是否缺少右引号？</translation>
    </message>
    <message>
        <source>The row has more than %1 fields, the most a row may have.</source>
        <translation>该行的字段超过 %1 个（一行的上限）。</translation>
    </message>
    <message>
        <source>Unknown file: the import reads %1 and skips audit.csv, dictionary.csv and manifest.csv.</source>
        <translation>未知文件：导入读取 %1，并跳过 audit.csv、dictionary.csv 和 manifest.csv。</translation>
    </message>
    <message>
        <source>Not a regular file (a folder, a device, a pipe or a link to one): the import reads only regular files.</source>
        <translation>不是普通文件（文件夹、设备、管道或指向它们的链接）：导入只读取普通文件。</translation>
    </message>
    <message>
        <source>No manifest.csv (an export by an older version, or an edited folder): nothing shows that the files are complete.</source>
        <translation>没有 manifest.csv（旧版本的导出，或已编辑的文件夹）：无法证明这些文件是完整的。</translation>
    </message>
    <message>
        <source>The file is not listed in manifest.csv: it was added after the export.</source>
        <translation>该文件未列在 manifest.csv 中：它是在导出后添加的。</translation>
    </message>
    <message>
        <source>%1 is listed here but missing from the folder.</source>
        <translation>%1 列在此处，但文件夹中没有该文件。</translation>
    </message>
    <message>
        <source>The file differs from the one exported (%1 bytes, %2 bytes listed at manifest.csv line %3): cut short or changed after the export. Export again, or remove manifest.csv to import an edited folder.</source>
        <translation>该文件与导出的文件不同（%1 字节，manifest.csv 第 %3 行列出 %2 字节）：导出后被截断或修改。请重新导出；如要导入已编辑的文件夹，请删除 manifest.csv。</translation>
    </message>
    <message>
        <source>The manifest&apos;s header must be %1.</source>
        <translation>清单的标题行必须是 %1。</translation>
    </message>
    <message>
        <source>This manifest row is not a file name, a row count, a size and a SHA-256 listed once.</source>
        <translation>此清单行不是只列出一次的文件名、行数、大小和 SHA-256。</translation>
    </message>
    <message>
        <source>The minute must be less than %1: the infusion starts and ends on its day.</source>
        <translation>分钟数必须小于 %1：输注在当天开始并结束。</translation>
    </message>
    <message>
        <source>Vital signs before the infusion are already recorded: one set before it.</source>
        <translation>输注前的生命体征已记录：输注前只记录一组。</translation>
    </message>
    <message>
        <source>Vital signs after the infusion are already recorded: one set after it.</source>
        <translation>输注后的生命体征已记录：输注后只记录一组。</translation>
    </message>
    <message>
        <source>SpO2 must be between %1 and %2 %.</source>
        <translation>SpO2 必须在 %1 至 %2 % 之间。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record file a query or an SDV mark can name.</source>
        <translation>“%1”不是质疑或源数据核查标记可以指向的记录文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2.</source>
        <translation>“%1”不是 %2 的字段。</translation>
    </message>
    <message>
        <source>The visit &quot;%1&quot; does not match the record, which belongs to &quot;%2&quot;.</source>
        <translation>访视“%1”与记录不符，该记录属于“%2”。</translation>
    </message>
    <message>
        <source>The user name is required.</source>
        <translation>必须填写用户名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role.</source>
        <translation>“%1”不是角色。</translation>
    </message>
    <message>
        <source>The time (UTC) is required.</source>
        <translation>必须填写时间 (UTC)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of a query.</source>
        <translation>“%1”不是质疑的状态。</translation>
    </message>
    <message>
        <source>The query id is required.</source>
        <translation>必须填写质疑编号。</translation>
    </message>
    <message>
        <source>Query %1 appears twice (first on line %2).</source>
        <translation>质疑 %1 出现两次（第一次在第 %2 行）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of query message.</source>
        <translation>“%1”不是质疑消息的类型。</translation>
    </message>
    <message>
        <source>The message is empty: only closing may go without words.</source>
        <translation>消息为空：只有关闭质疑可以不写内容。</translation>
    </message>
    <message>
        <source>No query %1 in queries.csv.</source>
        <translation>queries.csv 中没有质疑 %1。</translation>
    </message>
    <message>
        <source>The message id is required.</source>
        <translation>必须填写消息编号。</translation>
    </message>
    <message>
        <source>Message %1 appears twice (first on line %2).</source>
        <translation>消息 %1 出现两次（第一次在第 %2 行）。</translation>
    </message>
    <message>
        <source>Query %1 has no raising message (the first of its thread in query_messages.csv).</source>
        <translation>质疑 %1 没有提出消息（query_messages.csv 中其讨论的第一条）。</translation>
    </message>
    <message>
        <source>Query %1: a message &quot;%2&quot; cannot follow the state &quot;%3&quot;.</source>
        <translation>质疑 %1：消息“%2”不能跟在状态“%3”之后。</translation>
    </message>
    <message>
        <source>The state &quot;%1&quot; contradicts the thread of query %2, which leaves it &quot;%3&quot;.</source>
        <translation>状态“%1”与质疑 %2 的讨论记录矛盾，讨论记录使其为“%3”。</translation>
    </message>
    <message>
        <source>Who raised query %1 and when contradicts its raising message.</source>
        <translation>质疑 %1 的提出人和提出时间与其提出消息矛盾。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of an SDV mark.</source>
        <translation>“%1”不是源数据核查标记的状态。</translation>
    </message>
    <message>
        <source>The content hash must be 64 hexadecimal digits (SHA-256).</source>
        <translation>内容哈希值必须是 64 位十六进制数字 (SHA-256)。</translation>
    </message>
    <message>
        <source>This field has a second SDV mark (the first is on line %1).</source>
        <translation>该字段有第二个源数据核查标记（第一个在第 %1 行）。</translation>
    </message>
    <message>
        <source>No page %1 &quot;%2&quot; of %3 is recorded in the imported files or the database.</source>
        <translation>导入的文件和数据库中都没有记录 %3 的页面 %1“%2”。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Electronic case report forms for NCT03745417.</source>
        <translation>NCT03745417 的电子病例报告表。</translation>
    </message>
    <message>
        <source>Open the study database FILE.</source>
        <translation>打开研究数据库 FILE。</translation>
    </message>
    <message>
        <source>Start in this language: en or zh_CN.</source>
        <translation>以此语言启动：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>On a DEMO database, log in as NAME with the password from TRIALCRF_PASSWORD (screenshots and tests).</source>
        <translation>在演示数据库上以 NAME 登录，密码取自 TRIALCRF_PASSWORD（用于截图和测试）。</translation>
    </message>
    <message>
        <source>Show the casebook of the subject CODE first.</source>
        <translation>首先显示受试者 CODE 的病例册。</translation>
    </message>
    <message>
        <source>Open the study database on a PostgreSQL server: postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE. The password is asked for, or read from TRIALCRF_DB_PASSWORD or a PostgreSQL password file.</source>
        <translation>打开 PostgreSQL 服务器上的研究数据库：postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE。密码会被询问，或从 TRIALCRF_DB_PASSWORD 或 PostgreSQL 密码文件读取。</translation>
    </message>
    <message>
        <source>give --db FILE or --server URL, not both</source>
        <translation>请给出 --db FILE 或 --server URL，不能同时给出</translation>
    </message>
</context>
<context>
    <name>trialcrf::AboutDialog</name>
    <message>
        <source>About trialcrf</source>
        <translation>关于 trialcrf</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;trialcrf&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Electronic case report forms for the clinical trial %2:&lt;br&gt;%3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;trialcrf&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;临床试验 %2 的电子病例报告表：&lt;br&gt;%3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Protocol: %1 (sponsor&apos;s study id %2), protocol file %3&lt;br&gt;Database: %4, schema version %5 (this version writes schema %6)&lt;/p&gt;</source>
        <translation>&lt;p&gt;方案：%1（申办方研究编号 %2），方案文件 %3&lt;br&gt;数据库：%4，结构版本 %5（本版本写入结构版本 %6）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;trialcrf is licensed under the Apache License 2.0. It uses:&lt;br&gt;Qt %1, under the GNU LGPL version 3 (see About Qt);&lt;br&gt;SQLite %2, in the public domain;&lt;br&gt;libsodium %3, under the ISC licence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;trialcrf 按 Apache License 2.0 许可发布。它使用：&lt;br&gt;Qt %1，按 GNU LGPL 第 3 版许可（见“关于 Qt”）；&lt;br&gt;SQLite %2，属于公有领域；&lt;br&gt;libsodium %3，按 ISC 许可证发布。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trialcrf::AdverseEventForm</name>
    <message>
        <source>AE %1 (new)</source>
        <translation>不良事件 %1（新建）</translation>
    </message>
    <message>
        <source>AE %1</source>
        <translation>不良事件 %1</translation>
    </message>
    <message>
        <source>New adverse event</source>
        <translation>新建不良事件</translation>
    </message>
    <message>
        <source>Adverse event %1</source>
        <translation>不良事件 %1</translation>
    </message>
    <message>
        <source>CTCAE v%1 gra&amp;de:</source>
        <translation>严重程度分级 (CTCAE v%1)(&amp;D)：</translation>
    </message>
    <message>
        <source>Onset ti&amp;me:</source>
        <translation>开始时间(&amp;M)：</translation>
    </message>
    <message>
        <source>After the &amp;infusion of:</source>
        <translation>输注访视(&amp;I)：</translation>
    </message>
    <message>
        <source>The infusion visit this event followed; leave empty when it did not follow an infusion.</source>
        <translation>此事件发生于哪次访视的输注之后；与输注无关时留空。</translation>
    </message>
</context>
<context>
    <name>trialcrf::AdverseEventList</name>
    <message>
        <source>ongoing</source>
        <translation>持续中</translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation>尚未判断</translation>
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
        <source>CTCAE grade</source>
        <translation>严重程度分级 (CTCAE)</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重不良事件</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>相关性</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>转归</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Ne&amp;w adverse event…</source>
        <translation>新建不良事件(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>trialcrf::AuditTableModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>时间（当地）</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>受试者</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1
Stored as: %2</source>
        <translation>%1
存储值：%2</translation>
    </message>
</context>
<context>
    <name>trialcrf::AuditViewer</name>
    <message>
        <source>Export the audit trail</source>
        <translation>导出稽查轨迹</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The audit trail could not be written to %1: %2</source>
        <translation>无法将稽查轨迹写入 %1：%2</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>稽查轨迹</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>受试者(&amp;S)：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>数据表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>起始时间 (UTC)(&amp;F)：</translation>
    </message>
    <message>
        <source>T&amp;o (UTC):</source>
        <translation>截止时间 (UTC)(&amp;O)：</translation>
    </message>
    <message>
        <source>Show &amp;older rows</source>
        <translation>显示更早的记录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>无法读取稽查轨迹：%1</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n row(s) matching the filter; older ones follow with &quot;Show older rows&quot;.</source>
        <translation>
            <numerusform>显示符合筛选条件的最新 %n 条记录；点击“显示更早的记录”查看更早的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match the filter.</source>
        <translation>
            <numerusform>共 %n 条记录符合筛选条件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trialcrf::BackupActions</name>
    <message>
        <source>Subjects: %1, records: %2, audit entries: %3; database schema version %4</source>
        <translation>受试者：%1，记录：%2，稽查记录：%3 条；数据库结构版本 %4</translation>
    </message>
    <message>
        <source> (DEMO)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <source>Last audit entry: %1, %2, %3</source>
        <translation>最后一条稽查记录：%1，%2，%3</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a verified copy of the study database (data manager).</source>
        <translation>写入经过校验的研究数据库副本（数据管理员）。</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Replace the study with a backup, keeping the replaced file (data manager).</source>
        <translation>用备份替换研究，并保留被替换的文件（数据管理员）。</translation>
    </message>
    <message>
        <source>%1-backup-%2.db</source>
        <translation>%1-备份-%2.db</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>正在备份 %1…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Only a data manager may back up the study.</source>
        <translation>只有数据管理员可以备份研究。</translation>
    </message>
    <message>
        <source>The backup could not be written; nothing was left behind.
%1</source>
        <translation>无法写入备份；未留下任何文件。
%1</translation>
    </message>
    <message>
        <source>Study databases (*.db);;All files (*)</source>
        <translation>研究数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up the study</source>
        <translation>备份研究</translation>
    </message>
    <message>
        <source>%1 already exists. A backup never overwrites a file; choose another name.</source>
        <translation>%1 已存在。备份从不覆盖文件；请选择其他名称。</translation>
    </message>
    <message>
        <source>The backup was written to %1 and verified.</source>
        <translation>备份已写入 %1 并通过校验。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The backup holds:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;It replaces the study %2, which holds:&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;The replaced study is kept as %4. You will be logged out, and the restored study&apos;s accounts apply.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;备份包含：&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;它将替换研究 %2，其中包含：&lt;/b&gt;&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;被替换的研究保留为 %4。您将退出登录，之后使用恢复后研究中的账户。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The backup is encrypted. Passphrase:</source>
        <translation>备份已加密。口令：</translation>
    </message>
    <message>
        <source>The backup cannot be read; nothing was changed.
%1</source>
        <translation>无法读取备份；未做任何更改。
%1</translation>
    </message>
    <message>
        <source>The backup does not pass verification; nothing was changed.
%1</source>
        <translation>备份未通过校验；未做任何更改。
%1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Only a data manager may restore the study.</source>
        <translation>只有数据管理员可以恢复研究。</translation>
    </message>
    <message>
        <source>The study could not be restored.
%1</source>
        <translation>无法恢复研究。
%1</translation>
    </message>
    <message>
        <source>The study was restored from %1. The replaced study is kept as %2. Log in again.</source>
        <translation>研究已从 %1 恢复。被替换的研究保留为 %2。请重新登录。</translation>
    </message>
</context>
<context>
    <name>trialcrf::CasebookCharts</name>
    <message>
        <source>Choose a subject in the list to see the PASI trajectory.</source>
        <translation>请在列表中选择一名受试者以查看其 PASI 变化趋势图。</translation>
    </message>
</context>
<context>
    <name>trialcrf::CasebookView</name>
    <message>
        <source>Week 0: %1</source>
        <translation>第0周：%1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Choose a subject in the list to see the casebook.</source>
        <translation>请在列表中选择一名受试者以查看其病例册。</translation>
    </message>
    <message>
        <source>Su&amp;bject details</source>
        <translation>受试者信息(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>知情同意(&amp;C)</translation>
    </message>
    <message>
        <source>El&amp;igibility</source>
        <translation>入组资格(&amp;I)</translation>
    </message>
    <message>
        <source>Visit sched&amp;ule</source>
        <translation>访视计划(&amp;U)</translation>
    </message>
    <message>
        <source>I&amp;nfusion</source>
        <translation>输注(&amp;N)</translation>
    </message>
    <message>
        <source>Record the infusion of the selected visit</source>
        <translation>记录所选访视的输注</translation>
    </message>
    <message>
        <source>Record the PASI assessment of the selected visit</source>
        <translation>记录所选访视的 PASI 评估</translation>
    </message>
    <message>
        <source>Adverse &amp;events</source>
        <translation>不良事件(&amp;E)</translation>
    </message>
    <message>
        <source>Changed since signed: %1 on %2 by %3 — sign again</source>
        <translation>签名后已修改：%3 于 %2 %1 — 请重新签名</translation>
    </message>
    <message>
        <source>Signed: %1 on %2 by %3</source>
        <translation>已签名：%3 于 %2 %1</translation>
    </message>
    <message>
        <source>P&amp;ASI</source>
        <translation>P&amp;ASI</translation>
    </message>
    <message>
        <source>Protocol &amp;deviations</source>
        <translation>方案偏离(&amp;D)</translation>
    </message>
    <message>
        <source>Adverse event: infusion reaction</source>
        <translation>不良事件：输注反应</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（应于 %2）</translation>
    </message>
    <message>
        <source>Vital signs overdue for %1, infusion %2: %3</source>
        <translation>%1 的输注（%2）生命体征已逾期：%3</translation>
    </message>
</context>
<context>
    <name>trialcrf::ChangePasswordDialog</name>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The new password meets the policy.</source>
        <translation>新密码符合密码规则。</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>Enter your current password, then the new one twice.</source>
        <translation>请输入当前密码，然后输入两次新密码。</translation>
    </message>
    <message>
        <source>Give %1 a new password and tell it to them in person; they should change it at once.</source>
        <translation>为 %1 设置新密码并当面告知本人；对方应立即修改。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
</context>
<context>
    <name>trialcrf::ChangedNotice</name>
    <message>
        <source>Another user</source>
        <translation>另一位用户</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (role)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚才</translation>
    </message>
    <message>
        <source>%1 saved this page on another workstation at %2. The page now shows the saved data.</source>
        <translation>%1 于 %2 在另一工作站保存了本页。本页现在显示已保存的数据。</translation>
    </message>
    <message>
        <source>Note your entries first: after this the page shows the saved data, and you enter again what still applies.</source>
        <translation>请先记下您录入的内容：之后本页将显示已保存的数据，再重新录入仍然适用的内容。</translation>
    </message>
    <message>
        <source>Show saved data</source>
        <translation>显示已保存的数据</translation>
    </message>
    <message>
        <source>%1 saved this page on another workstation at %2. Your entries are not saved; they stay here until you choose &quot;Show saved data&quot;, which discards them. Saving them would be refused, so nothing of theirs is overwritten.</source>
        <translation>%1 于 %2 在另一工作站保存了本页。您录入的内容尚未保存，会一直保留，直到您选择“显示已保存的数据”（将放弃这些内容）。保存会被拒绝，因此对方的数据不会被覆盖。</translation>
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
<context>
    <name>trialcrf::CohortDialog</name>
    <message>
        <source>Cohort</source>
        <translation>队列</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s) with PASI improvement data</source>
        <translation>
            <numerusform>%n 名受试者有 PASI 改善率数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s) in the study</source>
        <translation>
            <numerusform>研究共 %n 名受试者</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean improvement %</source>
        <translation>平均改善率 %</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>PASI %1 responders</source>
        <translation>PASI %1 应答者</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>trialcrf::ConnectionDialog</name>
    <message>
        <source>The server wants the password of this database user.</source>
        <translation>服务器要求输入此数据库用户的密码。</translation>
    </message>
    <message>
        <source>Give the study file, or choose one with Browse….</source>
        <translation>请输入研究文件，或用“浏览…”选择。</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (PostgreSQL&apos;s is 5432).</source>
        <translation>端口是 1 到 65535 之间的数字（PostgreSQL 默认为 5432）。</translation>
    </message>
    <message>
        <source>Give the name of the study&apos;s database on the server.</source>
        <translation>请输入服务器上研究数据库的名称。</translation>
    </message>
    <message>
        <source>These fields do not name a server database: %1</source>
        <translation>这些字段不能指定服务器数据库：%1</translation>
    </message>
    <message>
        <source>Study file</source>
        <translation>研究文件</translation>
    </message>
    <message>
        <source>Study databases (*.db);;All files (*)</source>
        <translation>研究数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open study</source>
        <translation>打开研究</translation>
    </message>
    <message>
        <source>Where is the study? A study file on this computer, or a database on the hospital&apos;s PostgreSQL server shared by several workstations.</source>
        <translation>研究在哪里？本机上的研究文件，或医院 PostgreSQL 服务器上由多个工作站共用的数据库。</translation>
    </message>
    <message>
        <source>Study &amp;file</source>
        <translation>研究文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>服务器名称或地址</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>数据库用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypt</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Always encrypt; check the server&apos;s certificate</source>
        <translation>始终加密；检查服务器证书</translation>
    </message>
    <message>
        <source>Always encrypt; check the certificate and the server name</source>
        <translation>始终加密；检查证书和服务器名称</translation>
    </message>
    <message>
        <source>Encrypt only when the server insists</source>
        <translation>仅在服务器要求时加密</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>从不加密</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>not stored; empty if the server needs none</source>
        <translation>不会保存；服务器不需要时留空</translation>
    </message>
</context>
<context>
    <name>trialcrf::ConsentForm</name>
    <message>
        <source>Without the subject&apos;s signature the subject is not eligible (INC3).</source>
        <translation>没有受试者本人签名，受试者不符合入组条件 (INC3)。</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
</context>
<context>
    <name>trialcrf::CrfForm</name>
    <message>
        <source>This casebook is locked: the page is read only.</source>
        <translation>此病例册已锁定：本页为只读。</translation>
    </message>
    <message>
        <source>Read only: your role (%1) may not change this page.</source>
        <translation>只读：您的角色（%1）无权修改本页。</translation>
    </message>
    <message>
        <source>Read only: the casebook is locked.</source>
        <translation>只读：病例册已锁定。</translation>
    </message>
    <message>
        <source>Read only for your role.</source>
        <translation>只读：您的角色无权修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <source>Nothing entered yet.</source>
        <translation>尚未录入任何内容。</translation>
    </message>
    <message>
        <source>Ready to save. You will be asked for the reason for change.</source>
        <translation>可以保存。保存时将要求填写修改原因。</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>可以保存。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>另一位用户</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Your role may not make this change. Nothing was saved.</source>
        <translation>您的角色无权进行此修改。未保存任何内容。</translation>
    </message>
    <message>
        <source>Casebook locked</source>
        <translation>病例册已锁定</translation>
    </message>
    <message>
        <source>This casebook has been locked, so it cannot be changed. Nothing was saved.</source>
        <translation>此病例册已被锁定，无法修改。未保存任何内容。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The database could not save the page. Nothing was saved; your entries are still on the page, so you can try again.

Details: %1</source>
        <translation>数据库无法保存本页。未保存任何内容；您录入的内容仍在页面上，可以重试。

详细信息：%1</translation>
    </message>
    <message>
        <source>The page conflicts with data already saved. Nothing was saved.

Details: %1</source>
        <translation>本页与已保存的数据冲突。未保存任何内容。

详细信息：%1</translation>
    </message>
    <message>
        <source>Cannot load</source>
        <translation>无法加载</translation>
    </message>
    <message>
        <source>The subject&apos;s data could not be read from the database.</source>
        <translation>无法从数据库读取该受试者的数据。</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation>关闭前是否保存对“%1”的修改？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save this page (Ctrl+S)</source>
        <translation>保存本页 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cannot save yet. To correct: %1.</source>
        <translation>尚不能保存。需更正：%1。</translation>
    </message>
    <message>
        <source>Saved, incomplete. Still missing: %1.</source>
        <translation>已保存，但不完整：仍缺少%1。</translation>
    </message>
    <message>
        <source>Incomplete: %1.</source>
        <translation>不完整：缺少%1。</translation>
    </message>
    <message>
        <source>Incomplete: %1 — you can save now and complete it later. You will be asked for the reason for change.</source>
        <translation>不完整：缺少%1 — 可以现在保存，稍后补充。保存时将要求填写修改原因。</translation>
    </message>
    <message>
        <source>Incomplete: %1 — you can save now and complete it later.</source>
        <translation>不完整：缺少%1 — 可以现在保存，稍后补充。</translation>
    </message>
    <message>
        <source>The disk that holds the study is full. Nothing was saved; your entries are still on the page. Free space on the disk (or ask IT), then save again.

Details: %1</source>
        <translation>存放本研究的磁盘已满。未保存任何内容；您录入的内容仍在页面上。请释放磁盘空间（或联系信息科）后再次保存。

详细信息：%1</translation>
    </message>
    <message>
        <source>%1 saved this page at %2, after you opened it. Your changes were not saved, so nothing of theirs was overwritten. Your entries are still on the page: note them, then choose &quot;Show saved data&quot; beside Save and enter again what still applies.</source>
        <translation>在您打开本页之后，%1 于 %2 保存了本页。您的修改未保存，因此对方的数据没有被覆盖。您录入的内容仍在本页：请记下它们，然后选择“保存”旁的“显示已保存的数据”，再重新录入仍然适用的内容。</translation>
    </message>
    <message>
        <source>Out of date: someone else saved this page, so a save is refused.</source>
        <translation>已过时：他人已保存本页，因此保存会被拒绝。</translation>
    </message>
</context>
<context>
    <name>trialcrf::DeviationLogDialog</name>
    <message numerus="yes">
        <source>Protocol deviations shown: %n</source>
        <translation>
            <numerusform>显示的方案偏离：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open without a reason: %n</source>
        <translation>
            <numerusform>未解决且缺少原因：%n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the protocol deviation</source>
        <translation>方案偏离的原因</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Reason not saved</source>
        <translation>原因未保存</translation>
    </message>
    <message>
        <source>Protocol deviations</source>
        <translation>方案偏离</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>受试者(&amp;S)：</translation>
    </message>
    <message>
        <source>Code, or its beginning</source>
        <translation>编号或其开头</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Only &amp;reason missing</source>
        <translation>仅显示缺少原因(&amp;R)</translation>
    </message>
    <message>
        <source>Show r&amp;esolved</source>
        <translation>显示已解决(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Give reason…</source>
        <translation>填写原因(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Open subject</source>
        <translation>打开受试者(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>trialcrf::DeviationPanel</name>
    <message numerus="yes">
        <source>Protocol deviations to record: %n.</source>
        <translation>
            <numerusform>待记录的方案偏离：%n 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without a reason: %n (it can be given later in the deviation log).</source>
        <translation>
            <numerusform>缺少原因：%n 条（可稍后在方案偏离记录中填写）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Protocol deviations</source>
        <translation>方案偏离</translation>
    </message>
    <message>
        <source>What the protocol does not want but happened is saved as it happened and flagged as a protocol deviation. Give the reason now, or later in the deviation log.</source>
        <translation>方案不希望发生但已发生的情况按实际情况保存，并标记为方案偏离。可现在填写原因，或稍后在方案偏离记录中填写。</translation>
    </message>
    <message>
        <source>the reason goes in its field above</source>
        <translation>原因填写在上方相应字段中</translation>
    </message>
    <message>
        <source>Reason for this deviation</source>
        <translation>此方案偏离的原因</translation>
    </message>
</context>
<context>
    <name>trialcrf::DeviationTableModel</name>
    <message>
        <source>Reason missing</source>
        <translation>缺少原因</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <source>Protocol deviation</source>
        <translation>方案偏离</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>trialcrf::EligibilityForm</name>
    <message>
        <source>✗ not met</source>
        <translation>✗ 不符合</translation>
    </message>
    <message>
        <source>✗ excludes</source>
        <translation>✗ 排除</translation>
    </message>
    <message>
        <source>? missing</source>
        <translation>? 缺失</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ 符合</translation>
    </message>
    <message>
        <source>✓ does not exclude</source>
        <translation>✓ 不排除</translation>
    </message>
    <message>
        <source>never treated</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>Age on the day of consent: %1 years (born %2, consent %3).</source>
        <translation>签署知情同意当日年龄：%1 岁（出生日期 %2，知情同意日期 %3）。</translation>
    </message>
    <message>
        <source>Needs the birth date (subject page) and the consent date (consent page).</source>
        <translation>需要出生日期（受试者信息页）和知情同意签署日期（知情同意页）。</translation>
    </message>
    <message>
        <source>No consent recorded yet (consent page).</source>
        <translation>尚未记录知情同意（知情同意页）。</translation>
    </message>
    <message>
        <source>Whether the subject signed is not recorded (consent page).</source>
        <translation>未记录受试者是否已签署（知情同意页）。</translation>
    </message>
    <message>
        <source>Signed by the subject on %1.</source>
        <translation>受试者已于 %1 签署。</translation>
    </message>
    <message>
        <source>The subject did not sign the consent form.</source>
        <translation>受试者未签署知情同意书。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>入组资格</translation>
    </message>
    <message>
        <source>INC1 — Moderate to severe psoriasis vulgaris: PASI &gt; %1 or BSA &gt; %2 %</source>
        <translation>INC1 — 中重度寻常型银屑病：PASI &gt; %1 或 BSA &gt; %2 %</translation>
    </message>
    <message>
        <source>INC2 — Age %1 to %2 years on the day of consent</source>
        <translation>INC2 — 签署知情同意当日年龄 %1 至 %2 岁</translation>
    </message>
    <message>
        <source>INC3 — Written informed consent, signed by the subject</source>
        <translation>INC3 — 受试者本人签署的书面知情同意书</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>≤ ULN</source>
        <translation>≤ 正常值上限</translation>
    </message>
    <message>
        <source>≤ %1 × ULN</source>
        <translation>≤ %1 × 正常值上限</translation>
    </message>
    <message>
        <source>LLN to ULN + %1</source>
        <translation>正常值下限至正常值上限 + %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≥ %1 days</source>
        <translation>≥ %1 天</translation>
    </message>
    <message>
        <source>not recorded yet — score it on the Screening PASI page</source>
        <translation>尚未记录 — 请在筛选时 PASI 页面评分</translation>
    </message>
    <message>
        <source>incomplete — finish the Screening PASI page</source>
        <translation>不完整 — 请完成筛选时 PASI 页面</translation>
    </message>
    <message>
        <source>%1, from the screening PASI assessment of %2</source>
        <translation>%1，取自 %2 的筛选时 PASI 评估</translation>
    </message>
</context>
<context>
    <name>trialcrf::ExportDialog</name>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>CSV files (one per record type)</source>
        <translation>CSV 文件（每种记录类型一个）</translation>
    </message>
    <message>
        <source>CDISC ODM 1.3.2 (one XML file)</source>
        <translation>CDISC ODM 1.3.2（一个 XML 文件）</translation>
    </message>
    <message>
        <source>Start each CSV file with a byte order mark (for Excel)</source>
        <translation>每个 CSV 文件以字节顺序标记 (BOM) 开头（供 Excel 使用）</translation>
    </message>
    <message>
        <source>A new folder (CSV) or file (ODM) named after the study and the time is made inside this folder.</source>
        <translation>将在此文件夹中新建一个以研究编号和时间命名的文件夹 (CSV) 或文件 (ODM)。</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>请选择导出到的文件夹。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation>%1 是文件而不是文件夹。请选择文件夹。</translation>
    </message>
    <message>
        <source>The folder does not exist yet; it will be created.</source>
        <translation>该文件夹尚不存在，将会创建。</translation>
    </message>
</context>
<context>
    <name>trialcrf::FieldMonitor</name>
    <message>
        <source>Query %1: %2 (click or Space to open the thread)</source>
        <translation>质疑%1：%2（单击或按空格键打开质疑记录）</translation>
    </message>
    <message>
        <source>Query %1</source>
        <translation>质疑%1</translation>
    </message>
    <message>
        <source>Changed since verified by %1 on %2</source>
        <translation>%1 于 %2 核查后已修改</translation>
    </message>
    <message>
        <source>Verified against the source by %1 on %2</source>
        <translation>%1 于 %2 与原始文件核查</translation>
    </message>
    <message>
        <source>Changed since verified</source>
        <translation>核查后已修改</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核查</translation>
    </message>
    <message>
        <source>Query on a field</source>
        <translation>对字段提出质疑</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>Open the query…</source>
        <translation>打开质疑…</translation>
    </message>
    <message>
        <source>Raise a query…</source>
        <translation>提出质疑…</translation>
    </message>
    <message>
        <source>Take back the verification</source>
        <translation>撤销源数据核查</translation>
    </message>
    <message>
        <source>Mark verified against the source</source>
        <translation>标记为已与原始文件核查</translation>
    </message>
    <message>
        <source>Query on this page: %1</source>
        <translation>本页的质疑：%1</translation>
    </message>
    <message>
        <source>The whole page</source>
        <translation>整页</translation>
    </message>
</context>
<context>
    <name>trialcrf::FirstAdminDialog</name>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请两次输入相同的密码。</translation>
    </message>
    <message>
        <source>The account could not be created: %1</source>
        <translation>无法创建账户：%1</translation>
    </message>
    <message>
        <source>New study database — trialcrf</source>
        <translation>新研究数据库 — trialcrf</translation>
    </message>
    <message>
        <source>The study database %1 is new and has no accounts yet. Create the first data manager: this account adds the nurses, physicians and monitors. There is no default password.</source>
        <translation>研究数据库 %1 是新建的，尚无任何账户。请创建第一位数据管理员：由该账户添加研究护士、研究医生和监查员。系统没有默认密码。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Create data manager</source>
        <translation>创建数据管理员</translation>
    </message>
</context>
<context>
    <name>trialcrf::FormHost</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this page and return to the casebook (Esc)</source>
        <translation>关闭此页并返回病例册 (Esc)</translation>
    </message>
    <message>
        <source>%1 (unsaved changes)</source>
        <translation>%1（有未保存的修改）</translation>
    </message>
</context>
<context>
    <name>trialcrf::InfusionForm</name>
    <message>
        <source>— (enter the weight)</source>
        <translation>—（请填写体重）</translation>
    </message>
    <message>
        <source>%1 % — within the tolerance of ±%2 %</source>
        <translation>%1 % — 在 ±%2 % 的允许范围内</translation>
    </message>
    <message>
        <source>%1 % — outside the tolerance of ±%2 %: a protocol deviation; give the reason</source>
        <translation>%1 % — 超出 ±%2 % 的允许范围：属于方案偏离，请填写原因</translation>
    </message>
    <message>
        <source>— (enter the weight and the cells infused)</source>
        <translation>—（请填写体重和实际输注细胞数）</translation>
    </message>
    <message>
        <source>Target date %1, window ±%2 days.</source>
        <translation>计划日期 %1，访视窗 ±%2 天。</translation>
    </message>
    <message>
        <source>This date is outside the visit window.</source>
        <translation>该日期超出访视窗。</translation>
    </message>
    <message>
        <source>The subject has no planned week-0 date, so the visit window is unknown.</source>
        <translation>该受试者没有计划第0周日期，因此访视窗未知。</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>生命体征</translation>
    </message>
    <message>
        <source>Infusion — %1</source>
        <translation>输注 — %1</translation>
    </message>
    <message>
        <source>%1 is not enrolled: no infusion can be saved.</source>
        <translation>%1 未入组：不能保存输注。</translation>
    </message>
    <message>
        <source>The lot number could not be looked up: %1</source>
        <translation>无法查询批号：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Lot %1 was already infused to another subject: %2. One lot is not expected for two subjects: check the label before the infusion.</source>
        <translation>批号 %1 已输注给其他受试者：%2。同一批号不应用于两名受试者：请在输注前核对标签。</translation>
    </message>
    <message>
        <source>temperature %1 °C (alert from %2 °C)</source>
        <translation>体温 %1 °C（警戒值 ≥ %2 °C）</translation>
    </message>
    <message>
        <source>systolic pressure %1 mmHg (alert below %2 mmHg)</source>
        <translation>收缩压 %1 mmHg（警戒值 &lt; %2 mmHg）</translation>
    </message>
    <message>
        <source>systolic pressure %1 mmHg, %2 mmHg or more below the value before the infusion</source>
        <translation>收缩压 %1 mmHg，比输注前低 %2 mmHg 或以上</translation>
    </message>
    <message>
        <source>pulse %1 /min (alert above %2 /min)</source>
        <translation>脉搏 %1 次/分（警戒值 &gt; %2 次/分）</translation>
    </message>
    <message>
        <source>SpO2 %1 % (alert below %2 %)</source>
        <translation>SpO2 %1 %（警戒值 &lt; %2 %）</translation>
    </message>
    <message>
        <source>at %1 min</source>
        <translation>第 %1 分钟</translation>
    </message>
    <message>
        <source>Infusion reaction?</source>
        <translation>输注反应？</translation>
    </message>
    <message>
        <source>The reading %1 passes the site&apos;s alert threshold:
%2

Was there an infusion reaction? Yes opens an adverse event with the infusion, the onset and the term filled in, for the physician to grade.</source>
        <translation>%1的测量值超过本中心的警戒阈值：
%2

是否发生了输注反应？选择“是”将新建一条不良事件，已填入输注、开始时间和名称，由研究医生分级。</translation>
    </message>
    <message>
        <source>Infusion reaction</source>
        <translation>输注反应</translation>
    </message>
</context>
<context>
    <name>trialcrf::InfusionProgressPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（应于 %2）</translation>
    </message>
    <message>
        <source>Vital signs overdue: %1</source>
        <translation>生命体征已逾期：%1</translation>
    </message>
    <message>
        <source>Not started: press the button when the infusion starts, or type the date and the start time.</source>
        <translation>未开始：输注开始时按此按钮，或输入日期和输注开始时间。</translation>
    </message>
    <message>
        <source>Ended after %1 min (started %2).</source>
        <translation>已结束，历时 %1 分钟（%2 开始）。</translation>
    </message>
    <message>
        <source>Running for %1 min (started %2).</source>
        <translation>已输注 %1 分钟（%2 开始）。</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>现在应测</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>输注结束时</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Vital-sign sets — %1</source>
        <translation>生命体征测量 — %1</translation>
    </message>
    <message>
        <source>Next: the set %1, when the infusion ends.</source>
        <translation>下一次：%1，输注结束时。</translation>
    </message>
    <message>
        <source>Next: the set %1, due now (%2).</source>
        <translation>下一次：%1，现在应测（%2）。</translation>
    </message>
    <message>
        <source>Next: the set %1 at %2.</source>
        <translation>下一次：%1，%2。</translation>
    </message>
    <message>
        <source>Infusion in progress</source>
        <translation>输注进行中</translation>
    </message>
    <message>
        <source>Start the infusion &amp;now</source>
        <translation>现在开始输注(&amp;N)</translation>
    </message>
    <message>
        <source>Stamps the date and the start time from the clock; both stay editable.</source>
        <translation>按当前时钟填入日期和输注开始时间；两者仍可修改。</translation>
    </message>
</context>
<context>
    <name>trialcrf::LockReadinessWindow</name>
    <message>
        <source>The blockers could not be read: %1</source>
        <translation>无法读取锁定障碍：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) stand in the way of the database lock. Enter or Open goes to the place of the one chosen.</source>
        <translation>
            <numerusform>有 %n 个障碍妨碍数据库锁定。按 Enter 或“打开”转到所选障碍所在之处。</numerusform>
        </translation>
    </message>
    <message>
        <source>The study is locked: lock manifest %1, signed by %2 on %3 (UTC).</source>
        <translation>研究已锁定：锁定清单 %1，由 %2 于 %3（UTC）签署。</translation>
    </message>
    <message>
        <source>Nothing stands in the way: the study may be locked.</source>
        <translation>没有障碍：可以锁定研究。</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for a while.</source>
        <translation>密码错误次数过多：账户已被暂时锁定。</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) stand in the way.</source>
        <translation>
            <numerusform>仍有 %n 个障碍。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock study</source>
        <translation>锁定研究</translation>
    </message>
    <message>
        <source>The study was not locked: %1</source>
        <translation>研究未锁定：%1</translation>
    </message>
    <message numerus="yes">
        <source>The study is locked: %n casebook(s) locked now. Lock manifest %1 is signed; its export SHA-256 is %2.</source>
        <translation>
            <numerusform>研究已锁定：本次锁定 %n 个病例册。锁定清单 %1 已签署；其导出 SHA-256 为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deviation reason</source>
        <translation>方案偏离原因</translation>
    </message>
    <message>
        <source>AE outcome</source>
        <translation>不良事件转归</translation>
    </message>
    <message>
        <source>Casebook page</source>
        <translation>病例册页面</translation>
    </message>
    <message>
        <source>Primary endpoint</source>
        <translation>主要终点</translation>
    </message>
    <message>
        <source>Open query</source>
        <translation>未关闭的质疑</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>SDV</source>
        <translation>源数据核查</translation>
    </message>
    <message>
        <source>Database lock readiness</source>
        <translation>数据库锁定准备情况</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>障碍</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lock study…</source>
        <translation>锁定研究(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>trialcrf::LockScreen</name>
    <message>
        <source>Enter your password to unlock.</source>
        <translation>请输入密码以解锁。</translation>
    </message>
    <message>
        <source>The password is wrong. Repeated failures lock the account for a while.</source>
        <translation>密码错误。多次失败后账户将被暂时锁定。</translation>
    </message>
    <message>
        <source>Enter a user name and its password.</source>
        <translation>请输入用户名及其密码。</translation>
    </message>
    <message>
        <source>trialcrf — locked</source>
        <translation>trialcrf — 已锁定</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>trialcrf is locked</source>
        <translation>trialcrf 已锁定</translation>
    </message>
    <message>
        <source>Nobody is logged in on this workstation. Log in with your own account.</source>
        <translation>此工作站上无人登录。请使用您本人的账户登录。</translation>
    </message>
    <message>
        <source>Locked for %1 (%2) since %3. Only %1 can unlock it.</source>
        <translation>自 %3 起为 %1（%2）锁定。只有 %1 可以解锁。</translation>
    </message>
    <message>
        <source>Unsaved changes are kept: %1. They stay as they are while someone else logs in, and are there again when %2 unlocks.</source>
        <translation>未保存的修改已保留：%1。其他人登录期间这些修改保持不变，%2 解锁后即可继续。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Or log in as another user:</source>
        <translation>或以其他用户身份登录：</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>用户名(&amp;N)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
</context>
<context>
    <name>trialcrf::LockStudyDialog</name>
    <message>
        <source>Lock study</source>
        <translation>锁定研究</translation>
    </message>
    <message>
        <source>Every casebook is locked, and you sign the lock manifest: the time, your name, the records per table and the SHA-256 of the final export. Signed by %1 (%2). Enter the reason and your password again to sign.</source>
        <translation>将锁定每个病例册，并由您签署锁定清单：时间、您的姓名、各表记录数和最终导出的 SHA-256。签名人：%1（%2）。请输入原因并再次输入密码以签名。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Lock and sign</source>
        <translation>锁定并签名(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>trialcrf::LoginDialog</name>
    <message>
        <source>The user name or the password is wrong. Repeated failures lock the account for a while.</source>
        <translation>用户名或密码错误。多次失败后账户将被暂时锁定。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the data manager to enable it.</source>
        <translation>此账户已停用。请联系数据管理员启用。</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked until %1. Try again then, or ask the data manager.</source>
        <translation>失败次数过多：此账户已锁定至 %1。请届时重试，或联系数据管理员。</translation>
    </message>
    <message>
        <source>Too many failed attempts: this account is locked for a while.</source>
        <translation>失败次数过多：此账户已被暂时锁定。</translation>
    </message>
    <message>
        <source>The login could not be checked because the database reported an error.</source>
        <translation>数据库报告错误，无法验证登录。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Log in — trialcrf</source>
        <translation>登录 — trialcrf</translation>
    </message>
    <message>
        <source>Log in with your own account. Everything you record is signed with your user name in the audit trail.</source>
        <translation>请使用您本人的账户登录。您记录的每一项内容都会以您的用户名记入稽查轨迹。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>DEMO database with synthetic data. Demo &amp;accounts, each with the password &quot;%1&quot; (Enter or double-click to fill in):</source>
        <translation>演示数据库，数据均为虚构。演示账户(&amp;A)，密码均为“%1”（按回车键或双击即可填入）：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The study is busy: another program (import, backup) is writing; try again.</source>
        <translation>研究正忙：另一个程序（导入、备份）正在写入；请稍后重试。</translation>
    </message>
    <message>
        <source>The login could not be recorded: the disk that holds the study is full. Free space on it (or ask IT), then try again; nothing was changed.</source>
        <translation>无法记录此次登录：存放本研究的磁盘已满。请释放磁盘空间（或联系信息科）后重试；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>trialcrf::MainWindow</name>
    <message>
        <source>trialcrf — %1</source>
        <translation>trialcrf — %1</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>DEMO database: synthetic subjects for training and trying out. Never enter real patient data here.</source>
        <translation>演示数据库：虚构的受试者，仅供培训和试用。切勿在此录入真实患者数据。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New subject…</source>
        <translation>新建受试者(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save page</source>
        <translation>保存页面(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close page</source>
        <translation>关闭页面(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find subject</source>
        <translation>查找受试者(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About trialcrf</source>
        <translation>关于 trialcrf(&amp;A)</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>New subject</source>
        <translation>新建受试者</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>%1 is logged in. Quit trialcrf and log out?</source>
        <translation>%1 已登录。要退出登录并退出 trialcrf 吗？</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>留在程序中(&amp;S)</translation>
    </message>
    <message>
        <source>Protocol &amp;deviations…</source>
        <translation>方案偏离(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Open study…</source>
        <translation>打开研究(&amp;O)…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
</context>
<context>
    <name>trialcrf::MonitoringActions</name>
    <message>
        <source>Source data verification</source>
        <translation>源数据核查</translation>
    </message>
    <message>
        <source>Nothing was marked: %1</source>
        <translation>未标记任何字段：%1</translation>
    </message>
    <message>
        <source>Whole casebook</source>
        <translation>整个病例册</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监查</translation>
    </message>
    <message>
        <source>&amp;Query on this field…</source>
        <translation>对此字段提出质疑(&amp;Q)…</translation>
    </message>
    <message>
        <source>Q&amp;ueries…</source>
        <translation>质疑(&amp;U)…</translation>
    </message>
    <message>
        <source>Mark this &amp;page verified</source>
        <translation>将此页标记为已核查(&amp;P)</translation>
    </message>
    <message>
        <source>Mark this &amp;visit verified</source>
        <translation>将此访视标记为已核查(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Take back this page&apos;s verification</source>
        <translation>撤销此页的源数据核查(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Since my last visit…</source>
        <translation>自上次访查以来(&amp;S)…</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Open queries</source>
        <translation>待回复质疑</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核查</translation>
    </message>
</context>
<context>
    <name>trialcrf::NewUserDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;</source>
        <translation>字母、数字、“.”、“_”、“-”或“@”</translation>
    </message>
    <message>
        <source>&amp;Printed name:</source>
        <translation>签名人姓名(&amp;P)：</translation>
    </message>
    <message>
        <source>as it appears under a signature</source>
        <translation>显示在签名下方的姓名</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>First pass&amp;word:</source>
        <translation>初始密码(&amp;W)：</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>再次输入(&amp;E)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>trialcrf::NumberEdit</name>
    <message>
        <source>&quot;%1&quot; is not part of a number: type digits only, e.g. %2.</source>
        <translation>“%1”不是数字的一部分：请只输入数字，例如 %2。</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>A comma may only separate groups of three digits, e.g. 125,000,000.</source>
        <translation>逗号只能用于每三位数字分组，例如 125,000,000。</translation>
    </message>
    <message>
        <source>Use a point for decimals, e.g. 62.5; a comma only separates thousands.</source>
        <translation>小数请用小数点，例如 62.5；逗号只用于千位分隔。</translation>
    </message>
    <message>
        <source>Enter a whole number, without decimals, e.g. %1.</source>
        <translation>请输入不带小数的整数，例如 %1。</translation>
    </message>
    <message>
        <source>Enter a whole number, e.g. 127000000.</source>
        <translation>请输入整数，例如 127000000。</translation>
    </message>
    <message>
        <source>Enter a number, e.g. %1.</source>
        <translation>请输入数字，例如 %1。</translation>
    </message>
</context>
<context>
    <name>trialcrf::OptionalDateEdit</name>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Incomplete date: enter %1, e.g. %2.</source>
        <translation>日期不完整：请按%1输入，例如 %2。</translation>
    </message>
    <message>
        <source>Enter the year with four digits, e.g. %1.</source>
        <translation>年份请输入四位数字，例如 %1。</translation>
    </message>
    <message>
        <source>There is no date %1: check the month and the day.</source>
        <translation>不存在日期 %1：请核对月和日。</translation>
    </message>
    <message>
        <source>Type the date as 8 digits, e.g. %1, or with separators, e.g. %2.</source>
        <translation>请将日期输入为 8 位数字（例如 %1），或用分隔符输入（例如 %2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: enter %2, e.g. %3.</source>
        <translation>“%1”不是日期：请按%2输入，例如 %3。</translation>
    </message>
    <message>
        <source>Type the date as %1 (e.g. %2), or as 8 digits. Space: today. Alt+Down or F4: calendar. Ctrl+Delete: not recorded.</source>
        <translation>按%1输入日期（例如 %2），或输入 8 位数字。空格键：今天。Alt+向下键或 F4：日历。Ctrl+Delete：未记录。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Pick the date in a calendar (Alt+Down)</source>
        <translation>在日历中选择日期（Alt+向下键）</translation>
    </message>
</context>
<context>
    <name>trialcrf::OptionalTimeEdit</name>
    <message>
        <source>There is no time %1: hours go from 00 to 23, minutes from 00 to 59.</source>
        <translation>不存在时间 %1：小时为 00 至 23，分钟为 00 至 59。</translation>
    </message>
    <message>
        <source>Enter a time as hh:mm (24 hours), e.g. 09:30.</source>
        <translation>请按“时:分”（24 小时制）输入时间，例如 09:30。</translation>
    </message>
</context>
<context>
    <name>trialcrf::PasiComparisonPanel</name>
    <message>
        <source>Previous</source>
        <translation>上次</translation>
    </message>
    <message>
        <source>Previous (%1)</source>
        <translation>上次（%1）</translation>
    </message>
    <message>
        <source>(area %1%2)</source>
        <translation>（面积评分 %1%2）</translation>
    </message>
    <message>
        <source>PASI</source>
        <translation>PASI</translation>
    </message>
    <message>
        <source>PASI changed by %1 points since %2 (site setting: more than %3 is implausible)</source>
        <translation>PASI 自%2以来变化 %1 分（本中心设置：超过 %3 视为不合理）</translation>
    </message>
    <message>
        <source>the area score changed by %1 or more in: %2</source>
        <translation>以下部位面积评分变化 %1 或以上：%2</translation>
    </message>
    <message>
        <source>Check before saving: %1. Saving is allowed.</source>
        <translation>保存前请核对：%1。仍可保存。</translation>
    </message>
    <message>
        <source>Against the previous assessment (region PASI)</source>
        <translation>与上次评估比较（部位 PASI）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>本次</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>trialcrf::PasiForm</name>
    <message>
        <source>— (%1 of %2 scores entered)</source>
        <translation>—（已录入 %1/%2 项评分）</translation>
    </message>
    <message>
        <source>— (no baseline assessment yet)</source>
        <translation>—（尚无基线评估）</translation>
    </message>
    <message>
        <source>— (this assessment is the baseline)</source>
        <translation>—（本次评估即为基线）</translation>
    </message>
    <message>
        <source>— (baseline PASI is 0)</source>
        <translation>—（基线 PASI 为 0）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>PASI %1 reached</source>
        <translation>达到 PASI %1</translation>
    </message>
    <message>
        <source>PASI %1 not reached</source>
        <translation>未达到 PASI %1</translation>
    </message>
    <message>
        <source>%1: erythema</source>
        <translation>%1：红斑</translation>
    </message>
    <message>
        <source>%1: induration</source>
        <translation>%1：浸润</translation>
    </message>
    <message>
        <source>%1: desquamation</source>
        <translation>%1：鳞屑</translation>
    </message>
    <message>
        <source>%1: area</source>
        <translation>%1：面积评分</translation>
    </message>
    <message>
        <source>PASI — %1</source>
        <translation>PASI — %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Erythema (0–%1)</source>
        <translation>红斑 (0–%1)</translation>
    </message>
    <message>
        <source>Induration (0–%1)</source>
        <translation>浸润 (0–%1)</translation>
    </message>
    <message>
        <source>Desquamation (0–%1)</source>
        <translation>鳞屑 (0–%1)</translation>
    </message>
    <message>
        <source>Area involved (%)</source>
        <translation>受累面积 (%)</translation>
    </message>
    <message>
        <source>Area score (0–%1)</source>
        <translation>面积评分 (0–%1)</translation>
    </message>
    <message>
        <source>Region PASI</source>
        <translation>部位 PASI</translation>
    </message>
    <message>
        <source>0: none</source>
        <translation>0：无</translation>
    </message>
    <message>
        <source>%1: &lt; %2 %</source>
        <translation>%1：&lt; %2 %</translation>
    </message>
    <message>
        <source>%1: %2–%3 %</source>
        <translation>%1：%2–%3 %</translation>
    </message>
    <message>
        <source>%1: %2–100 %</source>
        <translation>%1：%2–100 %</translation>
    </message>
    <message>
        <source>Type the area involved in % to get the area score, or pick the score. Area score %1.</source>
        <translation>输入受累面积 (%) 即可得到面积评分，也可直接选择评分。面积评分 %1。</translation>
    </message>
    <message>
        <source>%1: area involved (%)</source>
        <translation>%1：受累面积 (%)</translation>
    </message>
    <message>
        <source>%1: area score</source>
        <translation>%1：面积评分</translation>
    </message>
</context>
<context>
    <name>trialcrf::QueriesWindow</name>
    <message numerus="yes">
        <source>%n query(ies) shown. Enter opens the field.</source>
        <translation>
            <numerusform>显示 %n 个质疑。按回车键打开字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>质疑</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>受试者(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>访视(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Who must act:</source>
        <translation>待处理方(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;At least days old:</source>
        <translation>至少已提出天数(&amp;A)：</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Any visit</source>
        <translation>任何访视</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>待处理方</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最后消息</translation>
    </message>
</context>
<context>
    <name>trialcrf::QueryThreadDialog</name>
    <message>
        <source>Query</source>
        <translation>质疑</translation>
    </message>
    <message>
        <source>Raise a query</source>
        <translation>提出质疑</translation>
    </message>
    <message>
        <source>State: %1 — waiting for: %2</source>
        <translation>状态：%1 — 待处理方：%2</translation>
    </message>
    <message>
        <source>New query: ask the site about this value.</source>
        <translation>新质疑：就此数值询问研究中心。</translation>
    </message>
    <message>
        <source>Value changed: %1 → %2</source>
        <translation>数值已修改：%1 → %2</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Raise query</source>
        <translation>提出质疑(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>回复(&amp;A)</translation>
    </message>
    <message>
        <source>Close &amp;query</source>
        <translation>关闭质疑(&amp;Q)</translation>
    </message>
    <message>
        <source>Re-&amp;open</source>
        <translation>重新开启(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Write a message first.</source>
        <translation>请先填写消息。</translation>
    </message>
    <message>
        <source>This cannot be done here.</source>
        <translation>此处无法执行此操作。</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <source>Someone changed this query meanwhile; it is shown as it is now.</source>
        <translation>他人已同时修改此质疑；现显示其当前状态。</translation>
    </message>
    <message>
        <source>The query could not be saved: %1</source>
        <translation>无法保存质疑：%1</translation>
    </message>
</context>
<context>
    <name>trialcrf::ReasonDialog</name>
    <message numerus="yes">
        <source>Write at least %n characters or pick a common reason.</source>
        <translation>
            <numerusform>请至少填写 %n 个字符，或选择一个常用原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the reason or pick one</source>
        <translation>输入原因或从列表中选择</translation>
    </message>
    <message>
        <source>Reason for locking</source>
        <translation>锁定原因</translation>
    </message>
    <message>
        <source>A locked casebook cannot be changed until a data manager unlocks it. The audit trail keeps your reason.</source>
        <translation>病例册锁定后不能修改，直至数据管理员将其解锁。稽查轨迹会记录您填写的原因。</translation>
    </message>
    <message>
        <source>&amp;Reason for locking:</source>
        <translation>锁定原因(&amp;R)：</translation>
    </message>
    <message>
        <source>All data entered and verified against the source documents</source>
        <translation>所有数据已录入并已与源文件核对</translation>
    </message>
    <message>
        <source>Database lock for the interim analysis</source>
        <translation>期中分析数据库锁定</translation>
    </message>
    <message>
        <source>Database lock for the final analysis</source>
        <translation>最终分析数据库锁定</translation>
    </message>
    <message>
        <source>Reason for unlocking</source>
        <translation>解锁原因</translation>
    </message>
    <message>
        <source>Unlocking lets the casebook be changed again. The audit trail keeps your reason.</source>
        <translation>解锁后病例册可再次修改。稽查轨迹会记录您填写的原因。</translation>
    </message>
    <message>
        <source>&amp;Reason for unlocking:</source>
        <translation>解锁原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Correction needed after a data query</source>
        <translation>数据质疑后需要更正</translation>
    </message>
    <message>
        <source>Late data received from the site</source>
        <translation>收到研究中心补交的数据</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>修改内容：</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field: old value → new value</comment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 项。</translation>
    </message>
    <message>
        <source>Choose the reason for the change.</source>
        <translation>请选择修改原因。</translation>
    </message>
    <message numerus="yes">
        <source>For “Other”, write the reason in the details (at least %n characters).</source>
        <translation>
            <numerusform>选择“其他”时，请在详细说明中写明原因（至少 %n 个字符）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Details (required):</source>
        <translation>详细说明(&amp;D)（必填）：</translation>
    </message>
    <message>
        <source>&amp;Details (optional):</source>
        <translation>详细说明(&amp;D)（选填）：</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>请选择原因</translation>
    </message>
    <message>
        <source>What was wrong, where the right value comes from</source>
        <translation>哪里有误，正确的值来自何处</translation>
    </message>
</context>
<context>
    <name>trialcrf::ReportActions</name>
    <message>
        <source>PASI charts</source>
        <translation>PASI 图表</translation>
    </message>
    <message>
        <source>&amp;Cohort…</source>
        <translation>队列(&amp;C)…</translation>
    </message>
    <message>
        <source>Every subject&apos;s PASI improvement and the responders per visit</source>
        <translation>每名受试者的 PASI 改善率及各访视的应答者</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the shown subject&apos;s casebook as a PDF</source>
        <translation>将当前受试者的病例册写成 PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the shown subject&apos;s casebook</source>
        <translation>打印当前受试者的病例册</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the study&apos;s data as CSV files or CDISC ODM</source>
        <translation>将研究数据导出为 CSV 文件或 CDISC ODM</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a folder of CSV files</source>
        <translation>导入一个 CSV 文件夹</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>The cohort could not be read: %1</source>
        <translation>无法读取队列数据：%1</translation>
    </message>
    <message>
        <source>No subject is shown.</source>
        <translation>当前未显示受试者。</translation>
    </message>
    <message>
        <source>The casebook could not be printed.</source>
        <translation>无法打印病例册。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>casebook-%1.pdf</source>
        <translation>casebook-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>Casebook %1</source>
        <translation>病例册 %1</translation>
    </message>
    <message>
        <source>Print the casebook of %1</source>
        <translation>打印 %1 的病例册</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>%1-export-%2</source>
        <comment>folder name: study id, time</comment>
        <translation>%1-export-%2</translation>
    </message>
    <message>
        <source>Exporting the study&apos;s data…</source>
        <translation>正在导出研究数据…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>(folder)</source>
        <translation>（文件夹）</translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>，第 %1 列</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… 另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message numerus="yes">
        <source>The data was exported to %1 (%n row(s)).</source>
        <translation>
            <numerusform>数据已导出到 %1（%n 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The export failed; nothing was written.
%1</source>
        <translation>导出失败；未写入任何内容。
%1</translation>
    </message>
    <message>
        <source>Import from folder</source>
        <translation>从文件夹导入</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>发现 %n 个问题；未导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消；未导入任何数据。</translation>
    </message>
    <message>
        <source>The import failed; nothing was imported.
%1</source>
        <translation>导入失败；未导入任何数据。
%1</translation>
    </message>
    <message>
        <source>It was not recorded in the audit trail: %1</source>
        <translation>未能记入稽查轨迹：%1</translation>
    </message>
    <message>
        <source>PDF saved to %1</source>
        <translation>PDF 已保存到 %1</translation>
    </message>
    <message>
        <source>The casebook report of %1 was saved to:
%2</source>
        <translation>%1 的病例册报告已保存到：
%2</translation>
    </message>
    <message>
        <source>The casebook report of %1 was saved to:
%2

%3</source>
        <translation>%1 的病例册报告已保存到：
%2

%3</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>trialcrf::ResignListDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Signatures to sign again</source>
        <translation>待重新签名的电子签名</translation>
    </message>
    <message>
        <source>The signatures could not be read: %1</source>
        <translation>无法读取签名：%1</translation>
    </message>
    <message>
        <source>No signature in the study was broken by a later change.</source>
        <translation>研究中没有因之后的修改而失效的签名。</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) were broken by changes made after signing. Open a subject to see what changed and sign again.</source>
        <translation>
            <numerusform>%n 个签名因签名后的修改而失效。请打开受试者查看修改内容并重新签名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署对象</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>签名人姓名</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
</context>
<context>
    <name>trialcrf::SecurityActions</name>
    <message>
        <source>Lock the casebook of %1</source>
        <translation>锁定 %1 的病例册</translation>
    </message>
    <message>
        <source>Unlock the casebook of %1</source>
        <translation>解锁 %1 的病例册</translation>
    </message>
    <message>
        <source>Lock the casebook</source>
        <translation>锁定病例册</translation>
    </message>
    <message>
        <source>Unlock the casebook</source>
        <translation>解锁病例册</translation>
    </message>
    <message>
        <source>The casebook of %1 could not be changed: %2</source>
        <translation>无法更改 %1 的病例册：%2</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>E-signatures</source>
        <translation>电子签名</translation>
    </message>
    <message>
        <source>Show s&amp;ignatures</source>
        <translation>显示电子签名(&amp;I)</translation>
    </message>
    <message>
        <source>Signatures to sign a&amp;gain…</source>
        <translation>待重新签名的电子签名(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Sign visit or casebook…</source>
        <translation>签署访视或病例册(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Lock casebook…</source>
        <translation>锁定病例册(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Unlock casebook…</source>
        <translation>解锁病例册(&amp;U)…</translation>
    </message>
    <message>
        <source>Audit trail of this su&amp;bject…</source>
        <translation>此受试者的稽查轨迹(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>稽查轨迹(&amp;A)…</translation>
    </message>
    <message>
        <source>Us&amp;ers…</source>
        <translation>用户(&amp;E)…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Loc&amp;k screen</source>
        <translation>锁定屏幕(&amp;K)</translation>
    </message>
    <message>
        <source>Securit&amp;y</source>
        <translation>安全(&amp;Y)</translation>
    </message>
    <message>
        <source>Database lock &amp;readiness…</source>
        <translation>数据库锁定准备情况(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>trialcrf::SecurityController</name>
    <message>
        <source>%1 has a dialog open: another user can log in here once %1 has unlocked and closed it.</source>
        <translation>%1 有一个对话框尚未关闭：待 %1 解锁并关闭该对话框后，其他用户才能在此登录。</translation>
    </message>
    <message>
        <source>a page of subject %1</source>
        <translation>受试者 %1 的一个页面</translation>
    </message>
    <message>
        <source>Unsaved changes of other users</source>
        <translation>其他用户未保存的修改</translation>
    </message>
    <message>
        <source>%1 left unsaved changes in a locked window. Log in as them (Security ▸ Lock screen, then log in) and save or discard them before quitting.</source>
        <translation>%1 在锁定的窗口中留有未保存的修改。请以该用户身份登录（安全 ▸ 锁定屏幕，然后登录），保存或放弃这些修改后再退出。</translation>
    </message>
</context>
<context>
    <name>trialcrf::SignatureDialog</name>
    <message>
        <source>%1 UTC (%2 local time)</source>
        <translation>%1 UTC（当地时间 %2）</translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation>请输入密码以签名。</translation>
    </message>
    <message>
        <source>The password is wrong: nothing was signed. Repeated failures lock the account for a while.</source>
        <translation>密码错误：未签署任何内容。多次失败后账户将被暂时锁定。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked for a while. Nothing was signed.</source>
        <translation>密码错误次数过多：账户已被暂时锁定。未签署任何内容。</translation>
    </message>
    <message>
        <source>Your role may not sign. Only a physician signs.</source>
        <translation>您的角色无权签名。只有研究医生可以签名。</translation>
    </message>
    <message>
        <source>Nothing is recorded at this visit yet.</source>
        <translation>此访视尚未记录任何内容。</translation>
    </message>
    <message>
        <source>The signature could not be saved: %1</source>
        <translation>无法保存签名：%1</translation>
    </message>
    <message>
        <source>Sign electronically — %1</source>
        <translation>电子签名 — %1</translation>
    </message>
    <message>
        <source>You sign the data below as it is stored now. Any later change to it breaks the signature, and it is then listed for signing again.</source>
        <translation>您签署的是当前存储的以下数据。之后对这些数据的任何修改都会使签名失效，届时将重新列为待签名。</translation>
    </message>
    <message>
        <source>What you sign:</source>
        <translation>签署内容：</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>访视(&amp;V)：</translation>
    </message>
    <message>
        <source>The &amp;whole casebook of %1</source>
        <translation>%1 的整个病例册(&amp;W)</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>签名含义：</translation>
    </message>
    <message>
        <source>&amp;Reviewed</source>
        <translation>已审阅(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approved</source>
        <translation>已批准(&amp;A)</translation>
    </message>
    <message>
        <source>Approved: you confirm the data are complete and correct, as the investigator responsible for them.</source>
        <translation>已批准：您作为负责这些数据的研究者，确认数据完整、正确。</translation>
    </message>
    <message>
        <source>Reviewed: you have checked the data against the source documents.</source>
        <translation>已审阅：您已根据原始文件核对了这些数据。</translation>
    </message>
    <message>
        <source>Printed name:</source>
        <translation>签名人姓名：</translation>
    </message>
    <message>
        <source>%1 (user %2, %3)</source>
        <translation>%1（用户 %2，%3）</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>日期和时间：</translation>
    </message>
    <message>
        <source>By entering your password you sign electronically. Your electronic signature is the legally binding equivalent of your handwritten signature.</source>
        <translation>输入密码即表示您进行电子签名。您的电子签名与手写签名具有同等法律效力。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Infusion&lt;/b&gt;, %1: weight %2 kg, %3 × 10⁶ cells, lot %4, %n vital-sign reading(s)</source>
        <translation>
            <numerusform>&lt;b&gt;输注&lt;/b&gt;，%1：体重 %2 kg，%3 × 10⁶ 个细胞，批号 %4，%n 次生命体征测量</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;PASI assessment&lt;/b&gt;, %1: PASI %2</source>
        <translation>&lt;b&gt;PASI 评估&lt;/b&gt;，%1：PASI %2</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1，%2：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Subject&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;受试者&lt;/b&gt; %1（%2）</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意</translation>
    </message>
    <message>
        <source>No informed consent recorded</source>
        <translation>未记录知情同意</translation>
    </message>
    <message>
        <source>Eligibility assessment</source>
        <translation>入组资格评估</translation>
    </message>
    <message>
        <source>No eligibility assessment</source>
        <translation>无入组资格评估</translation>
    </message>
    <message numerus="yes">
        <source>%n infusion(s) with their vital signs</source>
        <translation>
            <numerusform>%n 次输注及其生命体征</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PASI assessment(s)</source>
        <translation>
            <numerusform>%n 次 PASI 评估</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n adverse event(s)</source>
        <translation>
            <numerusform>%n 个不良事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved: the data are not complete (see the list above). Nothing was signed.</source>
        <translation>未批准：数据不完整（见上方列表）。未进行任何签名。</translation>
    </message>
    <message>
        <source>Not complete, so it cannot be approved yet (&quot;Reviewed&quot; can be signed now):</source>
        <translation>尚不完整，因此暂不能批准（现在可以签署“已审阅”）：</translation>
    </message>
</context>
<context>
    <name>trialcrf::SignaturesPanel</name>
    <message>
        <source>Valid (signed again since)</source>
        <translation>有效（之后已重新签名）</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Broken (signed again since)</source>
        <translation>已失效（之后已重新签名）</translation>
    </message>
    <message>
        <source>Broken — needs re-signing</source>
        <translation>已失效 — 需要重新签名</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The signatures could not be read: %1</source>
        <translation>无法读取签名：%1</translation>
    </message>
    <message>
        <source>No subject selected.</source>
        <translation>未选择受试者。</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>尚未签名。</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) broken by later changes: sign again.</source>
        <translation>
            <numerusform>%n 个签名因之后的修改而失效：请重新签名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every signature is valid.</source>
        <translation>所有签名均有效。</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署对象</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>签名含义</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>签名人姓名</translation>
    </message>
    <message>
        <source>Date and time (local)</source>
        <translation>日期和时间（当地）</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签名…</translation>
    </message>
    <message>
        <source>Sign &amp;again…</source>
        <translation>重新签名(&amp;A)…</translation>
    </message>
    <message>
        <source>E-signatures</source>
        <translation>电子签名</translation>
    </message>
</context>
<context>
    <name>trialcrf::SinceLastVisitWindow</name>
    <message>
        <source>Cannot be shown: %1</source>
        <translation>无法显示：%1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Changed since verified</source>
        <translation>核查后已修改</translation>
    </message>
    <message>
        <source>verified by %1</source>
        <translation>核查人 %1</translation>
    </message>
    <message>
        <source>Signature broken</source>
        <translation>签名已失效</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>签名人 %1</translation>
    </message>
    <message>
        <source>Since your previous session (%1):</source>
        <translation>自您上次登录（%1）以来：</translation>
    </message>
    <message>
        <source>Your first session: everything recorded so far.</source>
        <translation>您首次登录：显示迄今记录的全部内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) created or changed, </source>
        <translation>
            <numerusform>%n 个数值已创建或修改，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verification(s) broken, </source>
        <translation>
            <numerusform>%n 个核查已失效，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s) broken. Enter opens the field.</source>
        <translation>
            <numerusform>%n 个签名已失效。按回车键打开字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Since my last visit</source>
        <translation>自上次访查以来</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
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
        <source>Who, when</source>
        <translation>修改人，时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>修改原因</translation>
    </message>
</context>
<context>
    <name>trialcrf::StartupController</name>
    <message>
        <source>New study database</source>
        <translation>新研究数据库</translation>
    </message>
    <message>
        <source>There is no database at %1. Create a new, empty study database there?</source>
        <translation>%1 处没有数据库。要在此处新建一个空的研究数据库吗？</translation>
    </message>
    <message>
        <source>Open study</source>
        <translation>打开研究</translation>
    </message>
    <message>
        <source>Others are still logged in on this workstation (their windows are locked). They log out first; then open the other study.</source>
        <translation>本工作站上还有其他用户登录（其窗口已锁定）。请他们先退出登录，然后再打开另一个研究。</translation>
    </message>
</context>
<context>
    <name>trialcrf::SubjectForm</name>
    <message>
        <source>The subject code %1 is already in use.</source>
        <translation>受试者编号 %1 已被使用。</translation>
    </message>
    <message>
        <source>New subject</source>
        <translation>新建受试者</translation>
    </message>
    <message>
        <source>Subject %1</source>
        <translation>受试者 %1</translation>
    </message>
    <message>
        <source>%1 (new subject). Enrolment needs: signed consent; eligibility confirmed by a physician.</source>
        <translation>%1（新受试者）。入组需要：已签署的知情同意书；研究医生确认符合入组条件。</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>signed consent</source>
        <translation>已签署的知情同意书</translation>
    </message>
    <message>
        <source>eligibility confirmed by a physician</source>
        <translation>研究医生确认符合入组条件</translation>
    </message>
    <message>
        <source>%1. Enrolment needs: %2.</source>
        <translation>%1。入组需要：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1. Completion needs: the %2 PASI assessment.</source>
        <translation>%1。完成需要：%2 的 PASI 评估。</translation>
    </message>
    <message>
        <source>The withdrawal was not saved: %1</source>
        <translation>退出未保存：%1</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>未退出</translation>
    </message>
</context>
<context>
    <name>trialcrf::SubjectListModel</name>
    <message>
        <source>Out of window</source>
        <translation>超出访视窗</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>下次访视</translation>
    </message>
    <message>
        <source>Scheduled date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>访视窗</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>%1 / %2 ≠%3</source>
        <translation>%1 / %2 ≠%3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Queries not closed</source>
        <translation>未关闭的质疑</translation>
    </message>
    <message>
        <source>Fields verified against the source / fields recorded</source>
        <translation>已核查的字段 / 已记录的字段</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>质疑</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核查</translation>
    </message>
</context>
<context>
    <name>trialcrf::SubjectListView</name>
    <message>
        <source>Type a subject code</source>
        <translation>输入受试者编号</translation>
    </message>
    <message>
        <source>Shows the subjects whose code starts with this text</source>
        <translation>显示编号以此开头的受试者</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>No subject matches this search.</source>
        <translation>没有符合搜索条件的受试者。</translation>
    </message>
    <message>
        <source>No subjects yet. Choose File ▸ New subject… to register the first one.</source>
        <translation>尚无受试者。请选择“文件 ▸ 新建受试者…”登记第一位受试者。</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
</context>
<context>
    <name>trialcrf::UserAdminDialog</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked out until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用中</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>签名人姓名</translation>
    </message>
    <message>
        <source>Printed name of %1, as signatures show it:</source>
        <translation>%1 的签名人姓名（显示在签名中）：</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer log in. The account and everything it recorded stay; a data manager can enable it again.</source>
        <translation>停用 %1？该用户将无法再登录。账户及其记录的所有内容都会保留；数据管理员可以重新启用该账户。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Each person has their own account. Accounts are disabled, never deleted, so the audit trail always names who did what.</source>
        <translation>每人使用自己的账户。账户只会停用、从不删除，因此稽查轨迹始终记录是谁做了什么。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>修改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Printed &amp;name…</source>
        <translation>签名人姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>trialcrf::VisitTimelineModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation>输注</translation>
    </message>
    <message>
        <source>PASI</source>
        <translation>PASI</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <source>Visit window</source>
        <translation>访视窗</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>%1 incomplete (missing: %2)</source>
        <translation>%1 不完整（缺少：%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trialcrf::VitalSignsEditor</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>测量时点</translation>
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
        <source>Systolic (mmHg)</source>
        <translation>收缩压 (mmHg)</translation>
    </message>
    <message>
        <source>Diastolic (mmHg)</source>
        <translation>舒张压 (mmHg)</translation>
    </message>
    <message>
        <source>Time of the reading, hh:mm</source>
        <translation>测量时间（时:分）</translation>
    </message>
    <message>
        <source>Add a reading d&amp;uring the infusion</source>
        <translation>添加一次输注中测量(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;move the last reading during the infusion</source>
        <translation>删除最后一次输注中测量(&amp;M)</translation>
    </message>
    <message>
        <source>SpO2 (%)</source>
        <translation>血氧饱和度 (%)</translation>
    </message>
</context>
<context>
    <name>trialcrf::WithdrawDialog</name>
    <message>
        <source>The withdrawal date cannot be in the future.</source>
        <translation>退出日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Withdraw subject %1</source>
        <translation>受试者 %1 退出</translation>
    </message>
    <message>
        <source>The subject&apos;s status becomes Withdrawn. What was recorded stays; no infusion after the withdrawal date can be saved.</source>
        <translation>受试者状态将变为“退出”。已记录的数据保留；退出日期之后不能再保存输注。</translation>
    </message>
    <message>
        <source>Withdrawal &amp;date:</source>
        <translation>退出日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason for withdrawal:</source>
        <translation>退出原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>trialcrf::YesNoBox</name>
    <message>
        <source>Y or 1: yes · N or 0: no · Delete: not recorded</source>
        <translation>Y 或 1：是 · N 或 0：否 · Delete：未记录</translation>
    </message>
</context>
</TS>
