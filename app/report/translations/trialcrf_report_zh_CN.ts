<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartImage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortChart</name>
    <message>
        <source>PASI improvement, all subjects (n = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject has a baseline PASI and a later assessment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean ± 1 SD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASI %1, n (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 %, SD %2 (n = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASI %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImprovementChart</name>
    <message>
        <source>PASI improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASI improvement — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No improvement to show yet: it needs a baseline PASI and a later assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: data missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate to severe psoriasis vulgaris: PASI &gt; %1 or BSA &gt; %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1 to %2 years on the day of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written informed consent signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guttate or inverse psoriasis, or psoriasis only on the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute progressive psoriasis or a tendency to erythroderma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy or lactation now or within the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-rating Anxiety Scale (SAS) &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-rating Depression Scale (SDS) &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another psychiatric disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serum calcium below %1 or above %2 mmol/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AST &gt; %1 × ULN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT &gt; %1 × ULN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creatinine &gt; %1 × ULN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cystatin C &gt; %1 × ULN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haemoglobin more than %1 g/L above the ULN, or below the LLN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platelet count &lt; %1 × 10⁹/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White blood cell count &lt; %1 × 10⁹/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncontrolled primary disease, infection, electrolyte or acid–base disturbance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another abnormal laboratory result the investigator judges unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malignant tumour, abnormal tumour markers or other organ dysfunction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another clinical trial now or within the last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topical treatment less than %1 days before week 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemic therapy or phototherapy less than %1 days before week 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biologics less than %1 days before week 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another condition the investigator judges unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>informed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week-0 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psoriasis vulgaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serum calcium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AST ULN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALT ULN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creatinine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creatinine ULN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cystatin C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cystatin C ULN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haemoglobin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haemoglobin LLN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haemoglobin ULN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platelet count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>white blood cell count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last topical treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last systemic therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last biologic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guttate, inverse or facial psoriasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acute progressive psoriasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pregnancy or lactation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psychiatric disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncontrolled disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other abnormal laboratory result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malignancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allergy history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other clinical trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigator&apos;s judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion slowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered with sequelae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congenital anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important medical event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrajectoryChart</name>
    <message>
        <source>PASI trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASI trajectory — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PASI assessment recorded yet. The trajectory appears as soon as one is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No infusion recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(PASI %1 reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement: not defined (no baseline PASI above 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done outside the visit window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infusion, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 cells, actual %2 cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation %1 % (within ±%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose deviation %1 % (outside ±%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trialcrf::ChartWidget</name>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
