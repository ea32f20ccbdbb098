// SPDX-License-Identifier: Apache-2.0
// The PDF casebook: written by trialcrf-cli report in English and Chinese, read back with
// poppler's pdftotext / pdffonts / pdfinfo; and rendered in process for the sections'
// states (missing data, undecided criteria, many pages with "n of m").
#include "casebookreport.h"
#include "cohortdata.h"
#include "pdftools.h"
#include "protocol/protocol.h"
#include "reportfonts.h"
#include "storage/database.h"
#include "storage/signaturestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QtTest>

using namespace trialcrf;

namespace {

using test::pdfPages;
using test::pdfText;
using test::run;
using test::Run;

Run cli(const QStringList &args, const QString &timeZone = {})
{
    return run(QStringLiteral(TRIALCRF_CLI), args, timeZone);
}

/// Whitespace collapsed: pdftotext may break a line anywhere the layout did.
QString flat(const QString &s)
{
    return s.simplified();
}

}  // namespace

class TestReportPdf : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliWritesThePdf_data();
    void cliWritesThePdf();
    void chinesePdfEmbedsASearchableCjkFont();
    void cliFailsWithOneLine_data();
    void cliFailsWithOneLine();
    void missingDataShowsAsSuchNotAsPass();
    void everyPageNumberedNOfM();
    void unwritableTargetReportsAndLeavesNothing();
    void cohortFromStoreMatchesCasebooks();
    void signaturesPrinted_data();
    void signaturesPrinted();
    void signedStateSaysTheTruth_data();
    void signedStateSaysTheTruth();

private:
    /// A copy of the demo database where the physician signed m_subject's casebook
    /// (reviewed) and its week-0 visit (approved), then corrected the consent: the casebook
    /// signature is broken, the visit's is valid. Made once; the signing times in *signedAt.
    QString signedDatabase(QDateTime *casebookAt, QDateTime *visitAt);

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Casebook bareCasebook() const;
    QString writeInProcess(const Casebook &cb, const QString &name, int *pages = nullptr);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_subject;
    QString m_signedDb;
    QDateTime m_casebookSignedAt, m_visitSignedAt;
};

void TestReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                 "poppler-utils is needed (scripts/deps.sh installs it)");
    m_db = path(QStringLiteral("demo.db"));
    const Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--subjects"),
                       QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The first subject with a week-0 PASI: the report then has a baseline and a chart.
    Database db;
    QVERIFY(db.open(m_db, Database::OpenMode::ReadOnly));
    const StudyStore store(db, Protocol::builtIn());
    const Session reader{0, QStringLiteral("test"), Role::Monitor};
    for (const SubjectSummary &s : store.subjects(0, -1)) {
        const std::optional<Casebook> cb = store.loadCasebook(reader, s.id);
        if (cb && cb->pasiAt(QStringLiteral("week0"))) {
            m_subject = s.code;
            break;
        }
    }
    QVERIFY(!m_subject.isEmpty());
}

void TestReportPdf::cliWritesThePdf_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("firstPage");  // %1 = page count
    QTest::addColumn<QString>("lastPage");   // %1 = page count
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringList{QStringLiteral("PASI"),
                                            QStringLiteral("Psoriasis Area and Severity Index (PASI)"),
                                            QStringLiteral("NCT03745417 / S2018-11"),
                                            QStringLiteral("Informed consent"), QStringLiteral("Infusion log"),
                                            QStringLiteral("Vital signs"), QStringLiteral("Adverse events"),
                                            QStringLiteral("No signatures"), QStringLiteral("Audit trail summary"),
                                            QStringLiteral("PASI trajectory")}
                             << QStringLiteral("Page 1 of %1") << QStringLiteral("Page %1 of %1");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN")
                             << QStringList{QStringLiteral("PASI"),
                                            QStringLiteral("银屑病面积和严重程度指数"),
                                            QStringLiteral("NCT03745417 / S2018-11"),
                                            QStringLiteral("知情同意"), QStringLiteral("输注记录"),
                                            QStringLiteral("生命体征"), QStringLiteral("不良事件"),
                                            QStringLiteral("无签名"), QStringLiteral("稽查轨迹摘要"),
                                            QStringLiteral("PASI 变化趋势图")}
                             << QStringLiteral("第 1 页，共 %1 页") << QStringLiteral("第 %1 页，共 %1 页");
}

void TestReportPdf::cliWritesThePdf()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    QFETCH(QString, firstPage);
    QFETCH(QString, lastPage);
    const QString pdf = path(QStringLiteral("casebook-%1.pdf").arg(lang));
    const Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--subject"),
                       m_subject, pdf, QStringLiteral("--lang"), lang});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    // The CLI speaks the --lang language: "(3 pages)" or "（共 3 页）".
    const QString pageCount = lang.startsWith(QLatin1String("zh"))
                                  ? QStringLiteral("共 %1 页").arg(pages)
                                  : QStringLiteral("(%1 page").arg(pages);
    QVERIFY2(r.out.contains(pageCount), qPrintable(r.out));

    const QString text = flat(pdfText(pdf));
    QVERIFY2(text.contains(m_subject), qPrintable(text.left(400)));
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(e));
    QVERIFY2(flat(pdfText(pdf, 1)).contains(firstPage.arg(pages)), qPrintable(firstPage.arg(pages)));
    QVERIFY2(flat(pdfText(pdf, pages)).contains(lastPage.arg(pages)), qPrintable(lastPage.arg(pages)));
    if (lang == QLatin1String("en"))
        QVERIFY2(!text.contains(QStringLiteral("受试者")), "Chinese text in the English report");
    else
        QVERIFY2(!text.contains(QStringLiteral("Informed consent")), "English text in the Chinese report");
}

void TestReportPdf::chinesePdfEmbedsASearchableCjkFont()
{
    const QString pdf = path(QStringLiteral("fonts-zh.pdf"));
    QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--subject"), m_subject,
                  pdf, QStringLiteral("--lang"), QStringLiteral("zh_CN")})
                 .code,
             0);
    const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
    QCOMPARE(fonts.code, 0);
    // name type encoding emb sub uni ...: every font embedded, one of them CJK.
    bool cjk = false;
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(cols.size() >= 7, qPrintable(line));
        QVERIFY2(cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(QStringLiteral("not embedded: ") + line));
        cjk |= line.contains(QLatin1String("DroidSansFallback")) || line.contains(QLatin1String("CJK"));
    }
    QVERIFY2(cjk, qPrintable(fonts.out));
    // Searchable: the glossary term comes back as typed (a radical look-alike would not match).
    QVERIFY2(ReportFonts::hasSearchableCjkFont(),
             "Droid Sans Fallback (fonts-droid-fallback) is missing: Qt maps some Noto CJK glyphs "
             "to radicals, so 面/页 would not extract");
    QVERIFY(flat(pdfText(pdf)).contains(QStringLiteral("银屑病面积和严重程度指数")));
}

void TestReportPdf::cliFailsWithOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("OUT.pdf");
    QTest::newRow("unknown subject") << QStringList{QStringLiteral("--subject"), QStringLiteral("S9999"), out}
                                     << 1 << QStringLiteral("S9999");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--subject"), QStringLiteral("S0001"), out,
                                                     QStringLiteral("--lang"), QStringLiteral("fr")}
                                      << 2 << QStringLiteral("--lang");
    QTest::newRow("no output file") << QStringList{QStringLiteral("--subject"), QStringLiteral("S0001")} << 2
                                    << QStringLiteral("OUT.pdf");
    QTest::newRow("no subject") << QStringList{out} << 2 << QStringLiteral("--subject");
    QTest::newRow("output folder missing")
        << QStringList{QStringLiteral("--subject"), QStringLiteral("S0001"), QStringLiteral("no/such/dir/x.pdf")}
        << 1 << QStringLiteral("does not exist");
}

void TestReportPdf::cliFailsWithOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    QDir::setCurrent(m_dir.path());
    const Run r = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), m_db} + args);
    QCOMPARE(r.code, code);
    // One line naming the problem (Qt may add an unrelated runtime-directory warning).
    QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QStringLiteral("trialcrf-cli"));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(message), qPrintable(lines.first()));
    QVERIFY(!QFile::exists(path(QStringLiteral("OUT.pdf"))));
}

Casebook TestReportPdf::bareCasebook() const
{
    Casebook cb;
    cb.subject.code = QStringLiteral("T042");
    cb.subject.initials = QStringLiteral("ABC");
    cb.subject.sex = QStringLiteral("F");
    cb.subject.birthDate = QDate(1980, 3, 1);
    cb.subject.week0Date = QDate(2022, 3, 1);
    return cb;
}

QString TestReportPdf::writeInProcess(const Casebook &cb, const QString &name, int *pages)
{
    ReportInput in;
    in.casebook = cb;
    in.generatedAtUtc = QDateTime(QDate(2022, 6, 1), QTime(9, 30), Qt::UTC);
    in.generatedBy = QStringLiteral("monitor1");
    const QString pdf = path(name);
    QString error;
    if (!CasebookReport(Protocol::builtIn(), in).writePdf(pdf, &error, pages))
        qWarning("writePdf: %s", qPrintable(error));
    return pdf;
}

void TestReportPdf::missingDataShowsAsSuchNotAsPass()
{
    Casebook cb = bareCasebook();
    Eligibility e;
    e.assessedDate = QDate(2022, 2, 20);
    e.psoriasisVulgaris = true;
    e.pasiTenths = 126;
    e.platelets = 50;  // below the protocol's minimum: EXC5-platelets applies
    cb.eligibility = e;
    int pages = 0;
    const QString text = flat(pdfText(writeInProcess(cb, QStringLiteral("bare.pdf"), &pages)));
    QVERIFY(pages >= 1);
    for (const char *s : {"No consent recorded.", "No PASI", "No adverse events recorded.",
                          "No vital signs recorded.", "No signatures", "No audit entries for this subject.",
                          "Not eligible", "Applies: excludes", "Not decided: data missing", "Missing data:",
                          "Platelet count < 75"})
        QVERIFY2(text.contains(QLatin1String(s)), s);
    // The missing items are named with the labels the forms use (CodeLabels).
    const qsizetype missing = text.indexOf(QLatin1String("Missing data:"));
    QVERIFY(text.mid(missing, 400).contains(QLatin1String("Serum calcium")));
    // INC1 holds (PASI 12.6 > 7): "Met" for it, while the undecided ones are not called met.
    QVERIFY(text.contains(QStringLiteral("INC1 Moderate to severe psoriasis vulgaris: PASI > 7 or BSA > 10 % Met")));
    QVERIFY(text.contains(QStringLiteral("EXC5-calcium Serum calcium below 2 or above 2.9 mmol/L Not decided")));
}

void TestReportPdf::everyPageNumberedNOfM()
{
    Casebook cb = bareCasebook();
    for (int i = 1; i <= 70; ++i) {
        AdverseEvent ae;
        ae.aeNumber = i;
        ae.term = QStringLiteral("Headache number %1").arg(i);
        ae.onsetDate = QDate(2022, 3, 2).addDays(i);
        ae.ctcaeGrade = QStringLiteral("grade1");
        ae.serious = false;
        ae.relatedness = QStringLiteral("unlikely");
        ae.actionTaken = QStringLiteral("none");
        ae.outcome = QStringLiteral("recovered");
        cb.adverseEvents << ae;
    }
    int pages = 0;
    const QString pdf = writeInProcess(cb, QStringLiteral("long.pdf"), &pages);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QCOMPARE(pdfPages(pdf), pages);
    int lastAePage = 0;
    for (int n = 1; n <= pages; ++n) {
        const QString page = flat(pdfText(pdf, n));
        QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(n).arg(pages)), qPrintable(QString::number(n)));
        QVERIFY(page.contains(QStringLiteral("NCT03745417 / S2018-11")));
        if (page.contains(QStringLiteral("Headache number")))
            lastAePage = n;
    }
    // The AE table runs over a page break and repeats its header there.
    const QString last = flat(pdfText(pdf, lastAePage));
    QVERIFY(!last.contains(QStringLiteral("Headache number 1 ")));
    for (const char *header : {"No.", "Term", "Onset", "Outcome"})
        QVERIFY2(last.contains(QLatin1String(header)), qPrintable(last.left(300)));
    QVERIFY(flat(pdfText(pdf)).contains(QStringLiteral("Headache number 70")));
}

void TestReportPdf::unwritableTargetReportsAndLeavesNothing()
{
    ReportInput in;
    in.casebook = bareCasebook();
    QString error;
    const QString target = path(QStringLiteral("missing-folder/x.pdf"));
    QVERIFY(!CasebookReport(Protocol::builtIn(), in).writePdf(target, &error));
    QVERIFY2(error.contains(QStringLiteral("missing-folder")), qPrintable(error));
    QVERIFY(!QFile::exists(target));
}

void TestReportPdf::cohortFromStoreMatchesCasebooks()
{
    Database db;
    QVERIFY(db.open(m_db, Database::OpenMode::ReadOnly));
    const StudyStore store(db, Protocol::builtIn());
    const Session reader{0, QStringLiteral("test"), Role::Monitor};
    QString error;
    const std::optional<CohortData> streamed = CohortData::fromStore(store, reader, &error);
    QVERIFY2(streamed, qPrintable(error));
    QList<CohortSubject> fromCasebooks;
    for (const SubjectSummary &s : store.subjects(0, -1))
        fromCasebooks << CohortData::subjectFrom(*store.loadCasebook(reader, s.id), Protocol::builtIn());
    const CohortData expected = CohortData::build(Protocol::builtIn(), fromCasebooks);
    QCOMPARE(streamed->totalSubjects, 4);
    QVERIFY(!streamed->isEmpty());
    QCOMPARE(streamed->subjects.size(), expected.subjects.size());
    for (int i = 0; i < expected.subjects.size(); ++i) {
        QCOMPARE(streamed->subjects[i].code, expected.subjects[i].code);
        QCOMPARE(streamed->subjects[i].improvement, expected.subjects[i].improvement);
    }
    QCOMPARE(streamed->visits.size(), expected.visits.size());
    for (int i = 0; i < expected.visits.size(); ++i) {
        QCOMPARE(streamed->visits[i].n, expected.visits[i].n);
        QCOMPARE(streamed->visits[i].responders, expected.visits[i].responders);
    }
}

QString TestReportPdf::signedDatabase(QDateTime *casebookAt, QDateTime *visitAt)
{
    if (m_signedDb.isEmpty()) {
        const QString file = path(QStringLiteral("signed.db"));
        if (!QFile::copy(m_db, file)) {
            qWarning("cannot copy the demo database");
            return {};
        }
        Database db;
        if (!db.open(file)) {
            qWarning("%s", qPrintable(db.errorString()));
            return {};
        }
        StudyStore store(db, Protocol::builtIn());
        UserStore users(db);
        SignatureStore signatures(store, users);
        const QString password = QStringLiteral("demo-password-1");
        Session doctor;
        if (users.login(QStringLiteral("physician"), password, &doctor) != UserStore::LoginResult::Ok) {
            qWarning("the demo physician cannot log in");
            return {};
        }
        const qint64 id = *store.subjectIdByCode(m_subject);
        // A demo casebook is not complete, so it is reviewed; its week-0 visit is approved.
        const SignResult book = signatures.sign(doctor, id, SignatureStore::scopeCasebook(), {},
                                                QStringLiteral("reviewed"), password);
        const SignResult visit = signatures.sign(doctor, id, SignatureStore::scopeVisit(),
                                                 QStringLiteral("week0"), QStringLiteral("approved"),
                                                 password);
        if (!book.ok() || !visit.ok()) {
            qWarning("signing failed: %s %s", qPrintable(book.message), qPrintable(visit.message));
            return {};
        }
        // A correction outside the visit: breaks the casebook signature only.
        Consent consent = *store.loadCasebook(doctor, id)->consent;
        consent.obtainedBy = consent.obtainedBy + QStringLiteral(" (corrected)");
        // A coded reason for change (ChangeReason): the report prints its label.
        const SaveResult saved =
            store.saveConsent(doctor, consent, QStringLiteral("transcription_error: misspelt"));
        if (!saved.ok()) {
            qWarning("consent correction failed: %s", qPrintable(saved.message));
            return {};
        }
        m_casebookSignedAt = book.signature.signedAtUtc;
        m_visitSignedAt = visit.signature.signedAtUtc;
        m_signedDb = file;
    }
    *casebookAt = m_casebookSignedAt;
    *visitAt = m_visitSignedAt;
    return m_signedDb;
}

void TestReportPdf::signaturesPrinted_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("expected");   // labels, never the stored codes
    QTest::addColumn<QString>("localFormat");     // %1 local time
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringList{QStringLiteral("Signatures"), QStringLiteral("Covers"),
                                            QStringLiteral("Whole casebook"), QStringLiteral("Visit: Week 0"),
                                            QStringLiteral("Approved"), QStringLiteral("Reviewed"),
                                            QStringLiteral("Wang Jianguo"), QStringLiteral("(physician)"),
                                            QStringLiteral("Physician"), QStringLiteral("Valid"),
                                            QStringLiteral("Broken by a later change: needs"),
                                            QStringLiteral("1 signature(s) broken by later changes must be signed again."),
                                            QStringLiteral("Transcription error")}
                             << QStringLiteral("%1 local time");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN")
                             << QStringList{QStringLiteral("电子签名"), QStringLiteral("签名范围"),
                                            QStringLiteral("整个病例册"), QStringLiteral("访视：第0周"),
                                            QStringLiteral("已批准"), QStringLiteral("已审阅"),
                                            QStringLiteral("Wang Jianguo"), QStringLiteral("研究医生"),
                                            QStringLiteral("有效"), QStringLiteral("后续修改使签名失效"),
                                            QStringLiteral("1 个签名因后续修改而失效，须重新签名。"),
                                            QStringLiteral("更正转录错误")}
                             << QStringLiteral("当地时间 %1");
}

void TestReportPdf::signaturesPrinted()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, expected);
    QFETCH(QString, localFormat);
    QDateTime casebookAt, visitAt;
    const QString db = signedDatabase(&casebookAt, &visitAt);
    QVERIFY(!db.isEmpty());
    const QString pdf = path(QStringLiteral("signed-%1.pdf").arg(lang));
    // Local time differs from UTC here (UTC+8, no daylight saving): both must be printed.
    const QString zone = QStringLiteral("Asia/Shanghai");
    const Run r = cli({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--subject"),
                       m_subject, pdf, QStringLiteral("--lang"), lang},
                      zone);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString text = flat(pdfText(pdf));
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(e + QLatin1String(" | ") + text.right(1500)));
    const QTimeZone shanghai(zone.toUtf8());
    for (const QDateTime &at : {casebookAt, visitAt}) {
        // Two lines of one cell: pdftotext may put the next cell's line between them.
        const QString utc = at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
        const QString local =
            localFormat.arg(at.toTimeZone(shanghai).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QVERIFY2(text.contains(utc), qPrintable(utc + QLatin1String(" | ") + text.right(1500)));
        QVERIFY2(text.contains(local), qPrintable(local + QLatin1String(" | ") + text.right(1500)));
    }
    // Codes stay out of the printed signatures.
    const QString section = text.mid(text.lastIndexOf(expected.first()));
    for (const char *code : {"approved", "reviewed", "week0", "data_manager"})
        QVERIFY2(!section.contains(QLatin1String(code)), code);
    // And out of the audit summary that follows: its latest change (the consent correction)
    // names table and field by their labels.
    for (const char *code : {"consents.", "obtained_by", "transcription_error"})
        QVERIFY2(!section.contains(QLatin1String(code)), code);
    QVERIFY2(section.contains(QLatin1String("(corrected)")), qPrintable(section.right(600)));
}

// The identity section says where the casebook stands, never more than its signatures do: an
// approval the data has changed since is not an approval of what is printed.
void TestReportPdf::signedStateSaysTheTruth_data()
{
    QTest::addColumn<QString>("meaning");  // empty: not signed
    QTest::addColumn<bool>("broken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not signed") << QString() << false << "Not signed";
    QTest::newRow("approved")
        << "approved" << false
        << "Approved (complete and correct) on 2022-05-30 08:15 UTC by Chen Wei";
    QTest::newRow("approved, changed since")
        << "approved" << true
        << "Changed since signed: approved on 2022-05-30 08:15 UTC by Chen Wei, to be "
           "signed again";
    QTest::newRow("reviewed") << "reviewed" << false
                              << "Reviewed on 2022-05-30 08:15 UTC by Chen Wei";
}

void TestReportPdf::signedStateSaysTheTruth()
{
    QFETCH(QString, meaning);
    QFETCH(bool, broken);
    QFETCH(QString, expected);
    ReportInput in;
    in.casebook = bareCasebook();
    in.generatedAtUtc = QDateTime(QDate(2022, 6, 1), QTime(9, 30), Qt::UTC);
    in.generatedBy = QStringLiteral("monitor1");
    if (!meaning.isEmpty()) {
        Signature s;
        s.scope = SignatureStore::scopeCasebook();
        s.meaning = meaning;
        s.printedName = QStringLiteral("Chen Wei");
        s.signerUserName = QStringLiteral("dr.chen");
        s.signerRole = QStringLiteral("physician");
        s.signedAtUtc = QDateTime(QDate(2022, 5, 30), QTime(8, 15), Qt::UTC);
        s.status = broken ? Signature::Status::Broken : Signature::Status::Valid;
        in.signatures << s;
    }
    const QString pdf = path(QStringLiteral("signed-state-%1.pdf")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-')
                                          .remove(',')));
    QString error;
    QVERIFY2(CasebookReport(Protocol::builtIn(), in).writePdf(pdf, &error), qPrintable(error));
    const QString text = flat(pdfText(pdf));
    QVERIFY2(text.contains(expected), qPrintable(text.left(1500)));
    // The casebook is not called open for entry (it reads as "still being edited").
    QVERIFY(!text.contains(QLatin1String("Open for entry")));
    QVERIFY(text.contains(QLatin1String("Not locked")));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
