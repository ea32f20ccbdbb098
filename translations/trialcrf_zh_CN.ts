<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdverseEventForm</name>
    <message>
        <location filename="../forms/adverseeventform.ui" line="+15"/>
        <source>Adverse event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. fever, chills, rash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Onset date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E&amp;nd date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Leave the end date empty while the event is ongoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CTCAE &amp;grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Serious (SAE):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Seriousness criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick every criterion that applies to this serious adverse event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Relationship to UCMSCs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Judged by a physician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Action taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/backupcommand.cpp" line="+28"/>
        <source>audit chain broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writes a consistent copy of the database to OUT, safe while other programs write to it, and checks the copy. OUT must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>name one backup file OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; backup never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write %1: folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot back up %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of %1 written to %2 and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a consistent copy of the database, even while the app writes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+19"/>
        <source>(see &apos;%1 %2 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The study database (a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 %2 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no such file (create it with &apos;%1 init --db %2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another program holds a lock on it; try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a trialcrf database, or damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>made by a newer version of trialcrf (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/democommand.cpp" line="+131"/>
        <source>cannot open %1: folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="-84"/>
        <source>%1 is not a demo database; demo never writes into a real study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot move %1-wal into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo study %1: %2 subjects (%3), %4 PASI assessments, %5 infusions (%6 dose deviations), %7 adverse events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accounts %1, each with the demo password &quot;%2&quot; (demo databases only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creates a synthetic demo study, marked DEMO, with the accounts nurse, physician, monitor and datamanager (password &quot;%1&quot;). An existing demo database is replaced; any other existing file is refused. The same seed gives the same study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of subjects (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/initcommand.cpp" line="+34"/>
        <location filename="../app/cli/summarycommand.cpp" line="+109"/>
        <location filename="../app/cli/verifycommand.cpp" line="+29"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--subjects must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed must be a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>demo: %1/%2 subjects, %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>demo: %1 subjects in %2 s, peak memory %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create a synthetic demo study, marked DEMO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/initcommand.cpp" line="-12"/>
        <source>Creates a study database, or migrates an existing one to the current schema. With --admin it also creates the first data manager; the password is asked twice on the terminal, or read from TRIALCRF_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name of the first data manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/usercommand.cpp" line="+69"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--admin needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/usercommand.cpp" line="+64"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/usercommand.cpp" line="-87"/>
        <source>password refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 already has users; add more with &apos;%2 user --db %1 --as NAME add USER --role ROLE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: schema version %2, up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: created, schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data manager %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create or migrate a study database; with --admin its first data manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+19"/>
        <source>Usage: %1 COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data operations of trialcrf, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passwords are read from the terminal without echo; scripts set TRIALCRF_PASSWORD (a new password) and TRIALCRF_AS_PASSWORD (the password of the user named by --as).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit codes: 0 done, 1 failed, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a command is required (see &apos;%1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command &apos;%1&apos; (see &apos;%2 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/summarycommand.cpp" line="-8"/>
        <source>Prints what the study holds: subjects per status, visits due and overdue today, PASI assessments, infusions and adverse events. Reads only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Study %1, %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (DEMO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subjects: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Visits done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled subjects&apos; visits on %1: due %2, overdue %3, done out of window %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PASI assessments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infusions: %1 (dose outside tolerance: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adverse events: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record counts skipped above %1 subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print subjects per status, visits due and overdue, infusions and adverse events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/usercommand.cpp" line="-22"/>
        <source>cannot log in as %1: wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot log in as %1: the account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot log in as %1: locked out after repeated failures; try later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot log in as %1: database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Adds a user, sets a user&apos;s password, or disables a user, acting as the data manager named by --as. The --as password is read from the terminal or from TRIALCRF_AS_PASSWORD; a new password from the terminal (asked twice) or from TRIALCRF_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data manager doing this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role of a new user: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name of a new user, printed with signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FULL NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, passwd or disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name acted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>give an action (add, passwd or disable) and a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--role and --name go with add only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>add needs --role, one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (%2) may not manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User %1 added as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a user, set a password or disable a user (as a data manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="-8"/>
        <source>Checks the database without changing it: SQLite integrity, foreign keys and the audit trail&apos;s hash chain. Exit code 1 names the first problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: integrity check failed: %2 (%3 problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>audit chain: broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: audit chain broken at row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK: %1 (schema %2%3, %4 subjects): integrity, foreign keys and audit chain sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check integrity, foreign keys and the audit chain; exit 1 if broken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeLabels</name>
    <message>
        <location filename="../forms/codelabels.cpp" line="+10"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Screening</source>
        <translation type="unfinished">筛选</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Week %1</source>
        <translation type="unfinished">第%1周</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrolled</source>
        <translation type="unfinished">已入组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen failure</source>
        <translation type="unfinished">筛选失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation type="unfinished">退出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation type="unfinished">完成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Research nurse</source>
        <translation type="unfinished">研究护士</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Physician</source>
        <translation type="unfinished">研究医生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitor</source>
        <translation type="unfinished">监查员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data manager</source>
        <translation type="unfinished">数据管理员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grade 1 — mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 2 — moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 3 — severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 4 — life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grade 5 — death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlikely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infusion slowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infusion interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infusion stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medication given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered with sequelae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resulted in death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hospitalisation or longer stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disability or incapacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Congenital anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Important medical event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>During</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not yet due</source>
        <translation type="unfinished">未到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation type="unfinished">已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished">已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of window</source>
        <translation type="unfinished">超出访视窗</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper limbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower limbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Moderate to severe psoriasis vulgaris (PASI or BSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age at consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed informed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guttate or inverse psoriasis, or psoriasis of the face only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acute progressive psoriasis or tendency to erythroderma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>Pregnancy or lactation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Anxiety: SAS too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Depression: SDS too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+77"/>
        <source>Other psychiatric disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Serum calcium out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AST too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALT too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creatinine above the upper limit of normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cystatin C above the upper limit of normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Haemoglobin too high or anaemia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platelet count too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>White blood cell count too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>Uncontrolled primary disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Other abnormal laboratory result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Malignancy, abnormal tumour markers or organ dysfunction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>History of allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Another clinical trial now or within the last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Washout of topical treatment not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Washout of systemic therapy or phototherapy not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Washout of biologics not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other condition the investigator judges unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation type="unfinished">%1 — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned week-0 date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Informed consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psoriasis vulgaris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PASI</source>
        <translation type="unfinished">PASI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SAS score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDS score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serum calcium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AST upper limit of normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALT upper limit of normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creatinine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creatinine upper limit of normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cystatin C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cystatin C upper limit of normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haemoglobin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haemoglobin lower limit of normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haemoglobin upper limit of normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platelet count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White blood cell count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last topical treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last systemic therapy or phototherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last biologic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guttate, inverse or facial psoriasis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acute progressive psoriasis / erythroderma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Malignancy or organ dysfunction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another clinical trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigator&apos;s judgement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <location filename="../forms/consentform.ui" line="+15"/>
        <source>Consent form &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Date signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Time signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Subject signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Obtained by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of the investigator or nurse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../app/gui/databaseopener.cpp" line="+18"/>
        <source>The study database cannot be opened</source>
        <translation>无法打开研究数据库</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database file %1 does not exist. Check the path given with --db.</source>
        <translation>数据库文件 %1 不存在。请检查 --db 指定的路径。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder for %1 does not exist. Check the path, or create the folder first.</source>
        <translation>%1 所在的文件夹不存在。请检查路径，或先创建该文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 is read-only, so nothing could be saved. Ask for write access to the file and its folder, or copy it to a folder you can write to.</source>
        <translation>数据库 %1 为只读，无法保存任何数据。请申请该文件及其文件夹的写入权限，或将其复制到您可以写入的文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 is locked by another program. Close the other program, or wait until it has finished, and try again.</source>
        <translation>数据库 %1 已被另一个程序锁定。请关闭该程序或等待其完成，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is damaged or is not a trialcrf database. Nothing was changed. Restore the study from its latest backup.</source>
        <translation>文件 %1 已损坏或不是 trialcrf 数据库。未作任何更改。请从最近的备份恢复研究数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 was made by a newer version of trialcrf. Install the newer version to open it; the file was not changed.</source>
        <translation>数据库 %1 由更新版本的 trialcrf 创建。请安装新版本后再打开；文件未被更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 could not be opened.</source>
        <translation>无法打开数据库 %1。</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../forms/displayformat.cpp" line="+32"/>
        <source>%1 × 10^%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cells (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityForm</name>
    <message>
        <location filename="../forms/eligibilityform.ui" line="+15"/>
        <source>&amp;Assessment date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inclusion criteria (all must hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Psoriasis vulgaris:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>P&amp;ASI at screening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 12.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;BSA (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Exclusion criteria (any one excludes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Applies to the subject?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+367"/>
        <location line="+100"/>
        <location line="+50"/>
        <location line="+443"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-946"/>
        <source>Guttate psoriasis, inverse psoriasis, or psoriasis only on the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Acute progressive psoriasis, or a tendency to erythroderma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pregnancy or lactation now or within the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Another psychiatric disorder (besides the SAS and SDS scores below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Uncontrolled primary cardiovascular, respiratory, digestive, urinary, endocrine or blood disease; infection, electrolyte or acid–base disturbance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Another abnormal laboratory result the investigator judges unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Malignant tumour, abnormal tumour markers at enrolment, or other organ dysfunction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Any history of allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Taking part in another clinical trial now or within the last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Any other condition the investigator judges unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Anxiety and depression (EXC4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excluded above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;SAS (Self-rating Anxiety Scale):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>S&amp;DS (Self-rating Depression Scale):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Laboratory results (EXC5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>LLN (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ULN (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Serum &amp;calcium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>AS&amp;T:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A&amp;LT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Creati&amp;nine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>C&amp;ystatin C:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Haemoglobin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Platelet c&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;White blood cells:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter the local laboratory’s reference limits (LLN, ULN) beside each result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Washout (EXC9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Needed before week 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Days before week 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>T&amp;opical (corticosteroids, retinoids, vitamin D analogues):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+50"/>
        <location line="+50"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>S&amp;ystemic therapy or phototherapy (UVB, PUVA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Biolo&amp;gics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Computed verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Failed criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Missing items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Investigator’s confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Confirmed verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Reason for overruling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a physician confirms the verdict. Overruling the computed verdict needs a written reason, which the audit trail keeps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfusionForm</name>
    <message>
        <location filename="../forms/infusionform.ui" line="+15"/>
        <source>Infusion &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Weight (kg):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 63.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Actual cells infused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 127000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deviation from target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deviation &amp;reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Required when the dose is outside the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lot number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan the barcode or type the lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cell &amp;viability (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;haw time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Start time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;End time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Infusion reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An infusion reaction &amp;occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Des&amp;cription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record an infusion reaction as an adverse event as well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemLabels</name>
    <message>
        <location filename="../model/itemmodels/itemlabels.cpp" line="+21"/>
        <location line="+15"/>
        <source>Screening</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Enrolled</source>
        <translation>已入组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen failure</source>
        <translation>筛选失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Week %1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due (window open)</source>
        <translation>待完成（访视窗内）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done out of window</source>
        <translation>已完成（超出访视窗）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Research nurse</source>
        <translation>研究护士</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Physician</source>
        <translation>研究医生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monitor</source>
        <translation>监查员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data manager</source>
        <translation>数据管理员</translation>
    </message>
</context>
<context>
    <name>PasiForm</name>
    <message>
        <location filename="../forms/pasiform.ui" line="+15"/>
        <source>&amp;Assessment date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scores by body region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Upper limbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>T&amp;runk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Lower limbs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;BSA (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Body surface area involved; one palm of the patient is about 1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PASI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Baseline PASI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Improvement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Response:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../app/cli/passwordprompt.cpp" line="+80"/>
        <source>no terminal to ask for the password; set %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no password entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../forms/reasondialog.ui" line="+6"/>
        <source>Reason for change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This page was saved before. Say why you change it: the audit trail keeps your reason with the old and the new values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Reason for change:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectForm</name>
    <message>
        <location filename="../forms/subjectform.ui" line="+15"/>
        <source>Subject &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. S001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. ZXM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Planned &amp;week-0 date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished">状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only the subject code and initials identify the subject on the CRF: never enter a name, ID number or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../model/exchange/csvreader.cpp" line="+53"/>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The record is longer than %1 MiB; is a closing quote missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A quoted field starts here but never ends: a closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unexpected text after a closing quote: a quote inside a quoted field must be doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A quote inside an unquoted field: quote the whole field and double the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Invalid UTF-8 text: save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/exchange/csvvalues.cpp" line="+40"/>
        <source>&quot;%1&quot; is not a date: write it as YYYY-MM-DD, e.g. 2021-09-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a number: write digits with a dot as the decimal separator, e.g. 63.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The date %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a time: write it as HH:MM (24 hours), e.g. 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date and time: write it as YYYY-MM-DDTHH:MM:SSZ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;%1&quot; has more than one decimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is neither a date (YYYY-MM-DD) nor &quot;never&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/records/adverseevent.cpp" line="+26"/>
        <location line="+39"/>
        <location line="+22"/>
        <source>&quot;%1&quot; is not one of the allowed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The adverse event number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Describe the adverse event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The term can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The onset date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The end date cannot be before the onset date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CTCAE grade is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The action taken is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The outcome is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record whether the event is serious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A serious adverse event needs at least one seriousness criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seriousness criteria apply only to a serious adverse event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A fatal outcome is CTCAE grade 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grade 5 means death: the outcome must be fatal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/records/consent.cpp" line="+16"/>
        <source>The version of the consent form is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consent date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The consent date cannot be before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The consent date cannot be after the week-0 date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record whether the subject signed the consent form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record who obtained the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/records/eligibility.cpp" line="+19"/>
        <source>A laboratory value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reference limit must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter either the last date or &quot;never&quot;, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last treatment date cannot be after the assessment date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last treatment date cannot be after the week-0 date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>PASI must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../model/records/pasiassessment.cpp" line="+82"/>
        <source>BSA must be between %1 and %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SAS score must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SDS score must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The lower limit of normal must be below the upper limit of normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The verdict &quot;%1&quot; is not a known verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A confirmed verdict that differs from the computed one needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/records/infusion.cpp" line="+44"/>
        <source>Choose when the vital signs were taken: before, during or after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phase &quot;%1&quot; is not a known phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the minute after the start of the infusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minute must be a multiple of %1 (%1, %2, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minute cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Temperature must be between %1 and %2 °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulse must be between %1 and %2 beats per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Respiration must be between %1 and %2 breaths per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Systolic pressure must be between %1 and %2 mmHg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diastolic pressure must be between %1 and %2 mmHg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diastolic pressure must be lower than systolic pressure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../model/records/pasiassessment.cpp" line="-38"/>
        <source>The visit is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No infusion is given at the visit &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The infusion date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The infusion date cannot be more than %1 days before the week-0 date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The weight is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight must be between %1 and %2 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the weight with at most one decimal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number of cells infused is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of cells infused must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The lot number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lot number can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lot number contains characters that cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viability must be between %1 and %2 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The start time is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end time is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End time must be after start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thaw time must be before start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Describe the infusion reaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dose deviates %1 % from the target, more than the %2 % allowed: give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Vital signs at minute %1 are already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/records/pasiassessment.cpp" line="+3"/>
        <source>No PASI assessment is made at the visit &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The assessment date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The erythema score is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The erythema score must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The induration score is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The induration score must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desquamation score is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desquamation score must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The area score is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area score must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The assessment has %1 body regions; the protocol has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/exchange/importer.cpp" line="+145"/>
        <source>Unknown file: the import reads %1 and skips audit.csv and dictionary.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The folder holds none of the files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <location filename="../model/records/subject.cpp" line="+32"/>
        <source>The subject code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown subject code &quot;%1&quot;: it is neither in subjects.csv nor in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The casebook of this subject is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database already holds this record (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database refused the row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The subject %1 appears twice in this file (first on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The subject %1 is already in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A second consent for %1 (the first is on line %2): one per subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database already holds the consent of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>A second eligibility assessment for %1 (the first is on line %2): one per subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database already holds the eligibility assessment of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A second PASI assessment of %1 at %2 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database already holds the PASI assessment of %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No infusion of %1 at %2 in infusions.csv comes with these vital signs: the infusion is missing, or vital_signs.csv is not in the order of infusions.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A second infusion of %1 at %2 in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database already holds the infusion of %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The database already holds adverse event %2 of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adverse event %2 of %1 appears twice (first on line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/records/subject.cpp" line="+3"/>
        <source>The subject code can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject code may contain only letters, digits and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The initials are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initials must be 1 to %1 capital letters A–Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sex is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sex must be M (male) or F (female).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The birth date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The birth date cannot be after the week-0 date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The week-0 date cannot be before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The status is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The status &quot;%1&quot; is not a known status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/records/validation.cpp" line="+10"/>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/adverseeventrepository.cpp" line="+27"/>
        <source>This subject already has adverse event number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/consentrepository.cpp" line="+37"/>
        <source>This subject already has a consent record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/eligibilityrepository.cpp" line="+96"/>
        <source>This subject already has an eligibility assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/infusionrepository.cpp" line="+47"/>
        <source>This subject already has an infusion at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/pasirepository.cpp" line="+48"/>
        <source>This subject already has a PASI assessment at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/studystore.cpp" line="+151"/>
        <source>The subject does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/subjectrepository.cpp" line="+21"/>
        <source>The subject code %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/storage/userstore.cpp" line="+122"/>
        <source>The password must be at least 10 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Only a data manager may manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A user name is 1–64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <source>This user name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+89"/>
        <source>The password could not be hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The database already has users; a data manager must add new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The study needs at least one active data manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+29"/>
        <location line="+30"/>
        <source>There is no such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/exchange/csvtable.cpp" line="+16"/>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is empty: it needs at least the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The column %1 appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown column &quot;%1&quot;: dictionary.csv lists the columns of each file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The required column %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The row has %1 fields but the header has %2: a comma too many or too few, or text with a comma that is not in quotes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 is far outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+20"/>
        <source>Electronic case report forms for NCT03745417.</source>
        <translation>NCT03745417 的电子病例报告表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the study database FILE.</source>
        <translation>打开研究数据库 FILE。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start in this language: en or zh_CN.</source>
        <translation>以此语言启动：en 或 zh_CN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a DEMO database, log in as NAME with the password from TRIALCRF_PASSWORD (screenshots and tests).</source>
        <translation>在演示数据库上以 NAME 登录，密码取自 TRIALCRF_PASSWORD（用于截图和测试）。</translation>
    </message>
</context>
<context>
    <name>trialcrf::AdverseEventForm</name>
    <message>
        <location filename="../forms/adverseeventform.cpp" line="+141"/>
        <source>AE %1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adverse event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CTCAE v%1 &amp;grade:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trialcrf::AdverseEventList</name>
    <message>
        <location filename="../forms/adverseeventlist.cpp" line="+95"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CTCAE grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New adverse event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trialcrf::CasebookView</name>
    <message>
        <location filename="../app/gui/casebookview.cpp" line="+201"/>
        <source>Week 0: %1</source>
        <translation>第0周：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Choose a subject in the list to see the casebook.</source>
        <translation>请在列表中选择一名受试者以查看其病例册。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bject details</source>
        <translation>受试者信息(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Consent</source>
        <translation>知情同意(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El&amp;igibility</source>
        <translation>入组资格(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit sched&amp;ule</source>
        <translation>访视计划(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nfusion</source>
        <translation>输注(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the infusion of the selected visit</source>
        <translation>记录所选访视的输注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PASI</source>
        <translation>&amp;PASI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the PASI assessment of the selected visit</source>
        <translation>记录所选访视的 PASI 评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse &amp;events</source>
        <translation>不良事件(&amp;E)</translation>
    </message>
</context>
<context>
    <name>trialcrf::ConsentForm</name>
    <message>
        <location filename="../forms/consentform.cpp" line="+74"/>
        <source>Without the subject&apos;s signature the subject is not eligible (INC3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Informed consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trialcrf::CrfForm</name>
    <message>
        <location filename="../forms/crfform.cpp" line="+341"/>
        <source>This casebook is locked: the page is read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read only: your role (%1) may not change this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter a whole number, e.g. 127000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a number, e.g. 63.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a time as hh:mm (24 hours), e.g. 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Read only: the casebook is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read only for your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save yet. To complete or correct: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to save. You will be asked for the reason for change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 saved this page at %2, after you opened it. Your changes were not saved, so nothing of theirs was overwritten. The page now shows the saved data; enter your changes again if they still apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not make this change. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Casebook locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This casebook has been locked, so it cannot be changed. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+21"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The database could not save the page. Nothing was saved; your entries are still on the page, so you can try again.

Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The page conflicts with data already saved. Nothing was saved.

Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject&apos;s data could not be read from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this page (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trialcrf::FirstAdminDialog</name>
    <message>
        <location filename="../app/gui/firstadmindialog.cpp" line="+69"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不一致。请两次输入相同的密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account could not be created: %1</source>
        <translation>无法创建账户：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New study database — trialcrf</source>
        <translation>新研究数据库 — trialcrf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The study database %1 is new and has no accounts yet. Create the first data manager: this account adds the nurses, physicians and monitors. There is no default password.</source>
        <translation>研究数据库 %1 是新建的，尚无任何账户。请创建第一位数据管理员：由该账户添加研究护士、研究医生和监查员。系统没有默认密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create data manager</source>
        <translation>创建数据管理员</translation>
    </message>
</context>
<context>
    <name>trialcrf::FormHost</name>
    <message>
        <location filename="../app/gui/formhost.cpp" line="+81"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this page and return to the casebook (Esc)</source>
        <translation>关闭此页并返回病例册 (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (unsaved changes)</source>
        <translation>%1（有未保存的修改）</translation>
    </message>
</context>
<context>
    <name>trialcrf::InfusionForm</name>
    <message>
        <location filename="../forms/infusionform.cpp" line="+229"/>
        <source>— (enter the weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 % — within the tolerance of ±%2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 % — outside the tolerance of ±%2 %: a protocol deviation; give the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— (enter the weight and the cells infused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Target date %1, window ±%n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This date is outside the visit window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject has no planned week-0 date, so the visit window is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Infusion — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trialcrf::LoginDialog</name>
    <message>
        <location filename="../app/gui/logindialog.cpp" line="+104"/>
        <source>The user name or the password is wrong. Repeated failures lock the account for a while.</source>
        <translation>用户名或密码错误。多次失败后账户将被暂时锁定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account is disabled. Ask the data manager to enable it.</source>
        <translation>此账户已停用。请联系数据管理员启用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many failed attempts: this account is locked until %1. Try again then, or ask the data manager.</source>
        <translation>失败次数过多：此账户已锁定至 %1。请届时重试，或联系数据管理员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many failed attempts: this account is locked for a while.</source>
        <translation>失败次数过多：此账户已被暂时锁定。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The login could not be checked because the database reported an error.</source>
        <translation>数据库报告错误，无法验证登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Log in — trialcrf</source>
        <translation>登录 — trialcrf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in with your own account. Everything you record is signed with your user name in the audit trail.</source>
        <translation>请使用您本人的账户登录。您记录的每一项内容都会以您的用户名记入稽查轨迹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DEMO database with synthetic data. Demo &amp;accounts, each with the password &quot;%1&quot; (Enter or double-click to fill in):</source>
        <translation>演示数据库，数据均为虚构。演示账户(&amp;A)，密码均为“%1”（按回车键或双击即可填入）：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>trialcrf::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+189"/>
        <source>trialcrf — %1</source>
        <translation>trialcrf — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>DEMO database: synthetic subjects for training and trying out. Never enter real patient data here.</source>
        <translation>演示数据库：虚构的受试者，仅供培训和试用。切勿在此录入真实患者数据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New subject…</source>
        <translation>新建受试者(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page</source>
        <translation>页面(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save page</source>
        <translation>保存页面(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close page</source>
        <translation>关闭页面(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find subject</source>
        <translation>查找受试者(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About trialcrf</source>
        <translation>关于 trialcrf(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New subject</source>
        <translation>新建受试者</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About trialcrf</source>
        <translation>关于 trialcrf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;trialcrf&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Electronic case report forms for the clinical trial %2:&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;trialcrf&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;临床试验 %2 的电子病例报告表：&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>trialcrf::OptionalDateEdit</name>
    <message>
        <location filename="../forms/optionaldateedit.cpp" line="+69"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the date, or press Space for today. Ctrl+Delete: not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trialcrf::PasiForm</name>
    <message>
        <location filename="../forms/pasiform.cpp" line="+175"/>
        <source>The area involved must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>— (%1 of %2 scores entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>— (no baseline assessment yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— (this assessment is the baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— (baseline PASI is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PASI %1 reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PASI %1 not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+44"/>
        <source>%1: erythema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>%1: induration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>%1: desquamation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1: area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PASI — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erythema (0–%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Induration (0–%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desquamation (0–%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area involved (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area score (0–%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region PASI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &lt; %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2–%3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2–100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the area involved in % to get the area score, or pick the score. Area score %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: area involved (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: area score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trialcrf::ReasonDialog</name>
    <message numerus="yes">
        <location filename="../forms/reasondialog.cpp" line="+68"/>
        <source>Write at least %n characters or pick a common reason.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transcription error corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected from the source document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data clarification (query answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late entry of a missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the reason or pick one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trialcrf::StartupController</name>
    <message>
        <location filename="../app/gui/startupcontroller.cpp" line="+77"/>
        <source>New study database</source>
        <translation>新研究数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no database at %1. Create a new, empty study database there?</source>
        <translation>%1 处没有数据库。要在此处新建一个空的研究数据库吗？</translation>
    </message>
</context>
<context>
    <name>trialcrf::SubjectForm</name>
    <message>
        <location filename="../forms/subjectform.cpp" line="+90"/>
        <source>The subject code %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New subject</source>
        <translation type="unfinished">新建受试者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trialcrf::SubjectListModel</name>
    <message>
        <location filename="../model/itemmodels/subjectlistmodel.cpp" line="+155"/>
        <source>Out of window</source>
        <translation>超出访视窗</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject code</source>
        <translation>受试者编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initials</source>
        <translation>姓名缩写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next visit</source>
        <translation>下次访视</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window</source>
        <translation>访视窗</translation>
    </message>
</context>
<context>
    <name>trialcrf::SubjectListView</name>
    <message>
        <location filename="../app/gui/subjectlistview.cpp" line="+175"/>
        <source>Co&amp;de:</source>
        <translation>编号(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a subject code</source>
        <translation>输入受试者编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the subjects whose code starts with this text</source>
        <translation>显示编号以此开头的受试者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No subject matches this search.</source>
        <translation>没有符合搜索条件的受试者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No subjects yet. Choose File ▸ New subject… to register the first one.</source>
        <translation>尚无受试者。请选择“文件 ▸ 新建受试者…”登记第一位受试者。</translation>
    </message>
</context>
<context>
    <name>trialcrf::VisitTimelineModel</name>
    <message>
        <location filename="../model/itemmodels/visittimelinemodel.cpp" line="+124"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Infusion</source>
        <translation>输注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PASI</source>
        <translation>PASI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Visit</source>
        <translation>访视</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target date</source>
        <translation>目标日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit window</source>
        <translation>访视窗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
</context>
<context>
    <name>trialcrf::VitalSignsEditor</name>
    <message>
        <location filename="../forms/vitalsignseditor.cpp" line="+115"/>
        <location line="+203"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulse (/min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Respiration (/min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systolic (mmHg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diastolic (mmHg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time of the reading, hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a reading d&amp;uring the infusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move the last reading during the infusion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trialcrf::YesNoBox</name>
    <message>
        <location filename="../forms/yesnobox.cpp" line="+69"/>
        <source>Y or 1: yes · N or 0: no · Delete: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
