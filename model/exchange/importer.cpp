// SPDX-License-Identifier: Apache-2.0
#include "exchange/importer.h"

#include "exchange/csvtable.h"
#include "exchange/datadictionary.h"
#include "exchange/fieldcells.h"
#include "records/fieldtables.h"
#include "records/lifecycle.h"
#include "rules/deviations.h"
#include "storage/bulkwriter.h"
#include "storage/studystore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>

namespace trialcrf {

namespace {

const QString kSubjectCode = QStringLiteral("subject_code");
const QString kVisit = QStringLiteral("visit");

/// The files import reads, in order: each may refer only to subjects (and, for vital signs,
/// infusions) read before it or already in the database. PASI comes before eligibility: the
/// eligibility verdict reads the screening PASI assessment.
const QStringList kImported{QStringLiteral("subjects"),   QStringLiteral("consents"),
                            QStringLiteral("pasi"),       QStringLiteral("eligibility"),
                            QStringLiteral("infusions"),   QStringLiteral("vital_signs"),
                            QStringLiteral("adverse_events"), QStringLiteral("deviations")};
/// Written by export, skipped by import.
const QStringList kSkipped{QStringLiteral("audit"), QStringLiteral("dictionary")};

/// What import knows about one subject: from subjects.csv or, for a subject already in the
/// database, from its casebook. Masks are bit per protocol visit index.
struct SubjectState {
    qint64 id = 0;
    bool inDatabase = false;
    bool locked = false;  ///< a subject in the database whose casebook is locked
    qint64 line = 0;  ///< its line in subjects.csv
    std::optional<QDate> birthDate, week0Date;
    std::optional<QDate> consentDate;
    std::optional<bool> consentSigned;
    qint64 consentLine = 0, eligibilityLine = 0;
    bool consentInDatabase = false, eligibilityInDatabase = false;
    quint32 pasiInFile = 0, pasiInDatabase = 0;
    quint32 infusionsInFile = 0, infusionsInDatabase = 0;
    QHash<int, qint64> aeLines;  ///< ae_number → line in adverse_events.csv
    QSet<int> aeInDatabase;
    // The life cycle: what the status follows from, and the status subjects.csv states.
    QString status;
    std::optional<QDate> withdrawalDate;
    QString confirmedVerdict;
    bool finalVisitDone = false;
    std::optional<int> screeningPasiTenths;
    bool lifeCycleRows = false;  ///< a subject in the database got consent, eligibility or PASI

    rules::LifeCycleInput lifeCycle() const
    {
        rules::LifeCycleInput in;
        in.consentSigned = consentSigned;
        in.confirmedVerdict = confirmedVerdict;
        in.finalVisitDone = finalVisitDone;
        in.withdrawalDate = withdrawalDate;
        return in;
    }
};

/// One parsed row of vital_signs.csv waiting for its infusion.
struct PendingVital {
    QString code, visit;
    VitalSigns vitals;
    qint64 line = 0;
    QSet<QString> unreadable;  ///< columns whose cell could not be read (reported)
};

}  // namespace

class Importer::Run {
public:
    Run(StudyStore &store, const Session &session, const ExchangeProgress &progress,
        const std::function<void(const ExchangeProblem &)> &sink)
        : m_store(store),
          m_session(session),
          m_bulk(store),
          m_p(store.protocol()),
          m_dictionary(store.protocol()),
          m_visitCodes(store.protocol().visitCodes()),
          m_progress(progress),
          m_sink(sink)
    {
        m_today = m_store.clock()().toLocalTime().date();
    }

    ImportReport run(const QString &folder);

private:
    void report(ExchangeProblem &&p);
    CsvTable::Sink sink()
    {
        return [this](ExchangeProblem &&p) { report(std::move(p)); };
    }
    bool checkFolder(const QString &folder);
    bool progress(const CsvTable &table);
    bool readFile(const QString &name, const std::function<void(CsvTable &)> &row);
    void finishFile(CsvTable &table);

    /// The subject a row refers to, or nullptr (reported) when unknown.
    SubjectState *subject(CsvTable &t);
    ValidationContext context(const SubjectState &s) const;
    int visitBit(const QString &visit) const;
    /// Reports validation errors at their columns; `vitalLines` maps vitals[i] to lines of
    /// vital_signs.csv.
    void reportErrors(CsvTable &t, const FieldErrors &errors,
                      const QList<PendingVital> *vitals = nullptr, CsvTable *vitalsTable = nullptr);
    /// Whether saves still happen: only while no problem has been found.
    bool writing() const { return m_report.problemCount == 0 && !m_cancelled; }
    /// Each row is validated once, by the same validate() the forms use: while import still
    /// writes, by the bulk save path (which validates before it writes and returns the
    /// errors), once a problem was found by `validate` alone. `save` and `validate` return a
    /// SaveResult / FieldErrors.
    template <typename Save, typename Validate>
    void validateAndSave(CsvTable &t, const QString &keyColumn, Save save, Validate validate,
                         const QList<PendingVital> *vitals = nullptr,
                         CsvTable *vitalsTable = nullptr)
    {
        if (writing())
            saved(t, save(), keyColumn, vitals, vitalsTable);
        else
            reportErrors(t, validate(), vitals, vitalsTable);
    }
    void saved(CsvTable &t, const SaveResult &r, const QString &keyColumn,
               const QList<PendingVital> *vitals = nullptr, CsvTable *vitalsTable = nullptr);
    BulkSubject bulkSubject(const QString &code, const SubjectState &s) const;

    void importSubject(CsvTable &t);
    void importConsent(CsvTable &t);
    void importEligibility(CsvTable &t);
    void importPasi(CsvTable &t);
    void importInfusion(CsvTable &t, CsvTable *vitals);
    void importAdverseEvent(CsvTable &t);
    /// Each status in subjects.csv against what the imported data implies (once consents,
    /// PASI and eligibility are read).
    void checkStatuses();
    /// Subjects already in the database that got pages: their status follows (before commit).
    bool refreshStatuses();
    /// A row of deviations.csv: its details wait for the record whose data shows it.
    void importDeviation(CsvTable &t);
    std::optional<QDateTime> timestamp(CsvTable &t, const QString &column);
    /// Known deviations no record showed: written as resolved, or reported without their
    /// record.
    void finishDeviations();
    bool nextVital(CsvTable &vitals);
    void scanInfusionKeys();
    void orphanVital(CsvTable &vitals, const PendingVital &v);

    StudyStore &m_store;
    const Session &m_session;
    BulkWriter m_bulk;
    bool m_emptyStudy = false;  ///< no subject in the database when the import began
    const Protocol &m_p;
    DataDictionary m_dictionary;
    const QStringList m_visitCodes;  ///< the protocol's, in order (a row's visit bit)
    const ExchangeProgress &m_progress;
    const std::function<void(const ExchangeProblem &)> &m_sink;
    QDate m_today;
    QString m_folder;

    ImportReport m_report;
    QHash<QString, SubjectState> m_subjects;
    int m_statusColumn = 0;  ///< the status column's number in subjects.csv
    /// No problem before the life-cycle checks: the facts they read (consent, PASI,
    /// eligibility) are complete. After a problem they would only repeat it (an empty
    /// consents.csv is not also an unsigned consent for every subject), so they wait.
    bool m_lifeCycleReliable = true;
    qint64 m_problemsBeforePasi = 0, m_problemsAfterPasi = 0;
    QSet<QString> m_unknownCodes;  ///< codes known to be absent (bounded cache)
    QSet<QString> m_present;       ///< names of the files present
    qint64 m_bytesTotal = 0, m_bytesDone = 0, m_lastReported = -1;
    bool m_cancelled = false;
    std::optional<PendingVital> m_pendingVital;
    /// Subject code → visit bits of the infusions in infusions.csv, read ahead so a vital-signs
    /// row without any infusion is reported at once instead of holding up the rows after it.
    QHash<QString, quint32> m_infusionKeys;
    CsvTable *m_vitalsTable = nullptr;
    qint64 m_vitalRows = 0;
    QHash<QString, Deviation> m_knownDeviations;  ///< by BulkWriter::deviationKey()
    QHash<QString, qint64> m_deviationLines;      ///< the same keys → line in deviations.csv
};

void Importer::Run::report(ExchangeProblem &&p)
{
    ++m_report.problemCount;
    if (m_sink)
        m_sink(p);
    if (m_report.problems.size() < Importer::kKeptProblems)
        m_report.problems.append(std::move(p));
}

bool Importer::Run::checkFolder(const QString &folder)
{
    const QDir dir(folder);
    QStringList known;
    for (const QString &n : kImported + kSkipped)
        known << m_dictionary.file(n).fileName;
    const QStringList csvFiles =
        dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")}, QDir::Files, QDir::Name);
    const QString imported = known.mid(0, kImported.size()).join(QLatin1String(", "));
    for (const QString &f : csvFiles) {
        if (!known.contains(f)) {
            report({f, 0, 0, {},
                    QT_TRANSLATE_NOOP("Validation",
                                      "Unknown file: the import reads %1 and skips audit.csv and "
                                      "dictionary.csv."),
                    {imported}});
        }
    }
    for (const QString &n : kImported) {
        const QFileInfo info(dir.filePath(m_dictionary.file(n).fileName));
        if (info.isFile()) {
            m_present.insert(n);
            m_bytesTotal += info.size();
        }
    }
    if (m_present.isEmpty()) {
        report({QString(), 0, 0, {},
                QT_TRANSLATE_NOOP("Validation", "The folder holds none of the files to import."),
                {}});
        return false;
    }
    return true;
}

bool Importer::Run::progress(const CsvTable &table)
{
    if (!m_progress)
        return true;
    const qint64 done = m_bytesDone + table.bytesRead() +
                        (m_vitalsTable && m_vitalsTable != &table ? m_vitalsTable->bytesRead() : 0);
    if (done - m_lastReported < qMax<qint64>(64 * 1024, m_bytesTotal / 1000))
        return true;
    m_lastReported = done;
    if (!m_progress(done, m_bytesTotal))
        m_cancelled = true;
    return !m_cancelled;
}

bool Importer::Run::readFile(const QString &name, const std::function<void(CsvTable &)> &row)
{
    if (!m_present.contains(name))
        return true;
    const FileDef &def = m_dictionary.file(name);
    CsvTable table(def, QDir(m_folder).filePath(def.fileName), sink());
    qint64 rows = 0;
    while (table.next()) {
        ++rows;
        row(table);
        if (!progress(table))
            return false;
    }
    m_report.rows.insert(def.fileName, rows);
    m_bytesDone += QFileInfo(QDir(m_folder).filePath(def.fileName)).size();
    return true;
}

ValidationContext Importer::Run::context(const SubjectState &s) const
{
    ValidationContext ctx;
    ctx.today = m_today;
    ctx.week0 = s.week0Date;
    ctx.birthDate = s.birthDate;
    return ctx;
}

int Importer::Run::visitBit(const QString &visit) const
{
    const int i = int(m_visitCodes.indexOf(visit));
    return i < 0 || i >= 32 ? -1 : i;
}

SubjectState *Importer::Run::subject(CsvTable &t)
{
    const QString code = t.trimmed(kSubjectCode);
    if (code.isEmpty()) {
        if (!t.isMissing(kSubjectCode))
            t.problem(kSubjectCode, QT_TRANSLATE_NOOP("Validation", "The subject code is required."));
        return nullptr;
    }
    const auto it = m_subjects.find(code);
    if (it != m_subjects.end())
        return &*it;
    std::optional<qint64> id;
    if (!m_emptyStudy && !m_unknownCodes.contains(code))
        id = m_store.subjectIdByCode(code);
    std::optional<Casebook> book;
    if (id) {
        QString error;
        book = m_store.loadCasebook(m_session, *id, &error);
    }
    if (!book) {
        if (m_unknownCodes.size() < 10000)
            m_unknownCodes.insert(code);
        t.problem(kSubjectCode,
                  QT_TRANSLATE_NOOP("Validation",
                                    "Unknown subject code \"%1\": it is neither in subjects.csv "
                                    "nor in the database."),
                  {code});
        return nullptr;
    }
    // A subject already in the database: what it holds counts for duplicate keys.
    SubjectState s;
    s.id = *id;
    s.inDatabase = true;
    s.locked = book->locked;
    s.birthDate = book->subject.birthDate;
    s.week0Date = book->subject.week0Date;
    if (book->consent) {
        s.consentInDatabase = true;
        s.consentDate = book->consent->consentDate;
        s.consentSigned = book->consent->subjectSigned;
    }
    s.eligibilityInDatabase = book->eligibility.has_value();
    s.status = book->subject.status;
    const rules::LifeCycleInput lifeCycle = book->lifeCycle(m_p);
    s.withdrawalDate = lifeCycle.withdrawalDate;
    s.confirmedVerdict = lifeCycle.confirmedVerdict;
    s.finalVisitDone = lifeCycle.finalVisitDone;
    if (const PasiAssessment *screening = book->screeningPasi(m_p))
        s.screeningPasiTenths = screening->pasiTenths(m_p);
    for (const PasiAssessment &a : std::as_const(book->pasi)) {
        if (const int b = visitBit(a.visit); b >= 0)
            s.pasiInDatabase |= 1u << b;
    }
    for (const Infusion &i : std::as_const(book->infusions)) {
        if (const int b = visitBit(i.visit); b >= 0)
            s.infusionsInDatabase |= 1u << b;
    }
    for (const AdverseEvent &ae : std::as_const(book->adverseEvents))
        s.aeInDatabase.insert(ae.aeNumber);
    return &*m_subjects.insert(code, s);
}

void Importer::Run::reportErrors(CsvTable &t, const FieldErrors &errors,
                                 const QList<PendingVital> *vitals, CsvTable *vitalsTable)
{
    static const QLatin1String kVitalsPrefix("vitals[");
    for (const FieldError &e : errors) {
        if (e.isMissing())
            continue;  // saved as the store saves it: the page is marked incomplete
        if (vitals && vitalsTable && e.field.startsWith(kVitalsPrefix)) {
            // "vitals[3].pulse_bpm" → the fourth vital-signs row of this infusion.
            const qsizetype close = e.field.indexOf(QLatin1Char(']'));
            const int index = e.field.mid(kVitalsPrefix.size(), close - kVitalsPrefix.size()).toInt();
            const QString column = e.field.mid(close + 2);
            if (index >= 0 && index < vitals->size()) {
                if (vitals->at(index).unreadable.contains(column))
                    continue;
                report({vitalsTable->def().fileName, vitals->at(index).line,
                        vitalsTable->columnNumber(column), column, e.source, e.args});
                continue;
            }
        }
        if (t.isMissing(e.field) || t.unreadable().contains(e.field))
            continue;  // reported already: once at the header, or as an unreadable cell
        t.problem(e.field, e.source, e.args);
    }
}

BulkSubject Importer::Run::bulkSubject(const QString &code, const SubjectState &s) const
{
    BulkSubject b;
    b.id = s.id;
    b.code = code;
    b.locked = s.locked;
    b.birthDate = s.birthDate;
    b.week0Date = s.week0Date;
    b.consentDate = s.consentDate;
    b.consentSigned = s.consentSigned;
    b.confirmedVerdict = s.confirmedVerdict;
    b.withdrawalDate = s.withdrawalDate;
    b.screeningPasiTenths = s.screeningPasiTenths;
    return b;
}

void Importer::Run::saved(CsvTable &t, const SaveResult &r, const QString &keyColumn,
                          const QList<PendingVital> *vitals, CsvTable *vitalsTable)
{
    using S = SaveResult::Status;
    switch (r.status) {
    case S::Saved:
        return;
    case S::Invalid:
        reportErrors(t, r.errors, vitals, vitalsTable);
        return;
    case S::Locked:
        t.problem(keyColumn, QT_TRANSLATE_NOOP("Validation",
                                               "The casebook of this subject is locked."));
        return;
    case S::Conflict:
        t.problem(keyColumn, QT_TRANSLATE_NOOP("Validation", "The database already holds this "
                                                             "record (%1)."),
                  {r.message});
        return;
    case S::Stale:
    case S::Denied:
    case S::ReasonRequired:
    case S::DatabaseError:
        t.problem(QString(), QT_TRANSLATE_NOOP("Validation", "The database refused the row: %1"),
                  {r.message});
        return;
    }
}

// ---- one function per file ----------------------------------------------------------------

void Importer::Run::importSubject(CsvTable &t)
{
    Subject s;
    fieldcells::readRow(t, fields::subject(), &s);
    if (!t.isMissing(QStringLiteral("status")))
        m_statusColumn = t.columnNumber(QStringLiteral("status"));

    bool duplicate = false;
    if (!s.code.isEmpty()) {
        const auto it = m_subjects.constFind(s.code);
        if (it != m_subjects.constEnd()) {
            duplicate = true;
            t.problem(kSubjectCode,
                      QT_TRANSLATE_NOOP("Validation",
                                        "The subject %1 appears twice in this file (first on "
                                        "line %2)."),
                      {s.code, QString::number(it->line)});
        } else if (!m_emptyStudy && m_store.subjectIdByCode(s.code)) {
            duplicate = true;
            t.problem(kSubjectCode,
                      QT_TRANSLATE_NOOP("Validation",
                                        "The subject %1 is already in the database."),
                      {s.code});
        }
    }
    SubjectState state;
    state.line = t.line();
    state.birthDate = s.birthDate;
    state.week0Date = s.week0Date;
    state.status = s.status;
    state.withdrawalDate = s.withdrawalDate;
    validateAndSave(
        t, kSubjectCode,
        [&] { return m_bulk.addSubject(m_session, s, Importer::auditReason()); },
        [&] { return s.validate(m_p, context(state)); });
    state.id = s.id;
    // Known from now on, valid or not, so rows about it elsewhere are checked in full.
    if (!s.code.isEmpty() && !duplicate)
        m_subjects.insert(s.code, state);
}

void Importer::Run::importConsent(CsvTable &t)
{
    Consent c;
    fieldcells::readRow(t, fields::consent(), &c);
    SubjectState *s = subject(t);
    if (!s)
        return;
    if (s->consentInDatabase || s->consentLine) {
        t.problem(kSubjectCode,
                  s->consentLine
                      ? QT_TRANSLATE_NOOP("Validation", "A second consent for %1 (the first is on "
                                                        "line %2): one per subject.")
                      : QT_TRANSLATE_NOOP("Validation", "The database already holds the consent "
                                                        "of %1."),
                  {t.trimmed(kSubjectCode), QString::number(s->consentLine)});
    } else {
        s->consentLine = t.line();
        s->consentDate = c.consentDate;
        s->consentSigned = c.subjectSigned;
        s->lifeCycleRows = true;
    }
    c.subjectId = s->id;
    validateAndSave(
        t, kSubjectCode,
        [&] {
            return m_bulk.addConsent(m_session, bulkSubject(t.trimmed(kSubjectCode), *s), c,
                                     Importer::auditReason());
        },
        [&] { return c.validate(m_p, context(*s)); });
}

void Importer::Run::importEligibility(CsvTable &t)
{
    Eligibility e;
    fieldcells::readRow(t, fields::eligibility(), &e);
    // Not an input: the verdict reads the screening PASI assessment; a value here must agree.
    const std::optional<int> statedPasi = e.pasiTenths;

    SubjectState *s = subject(t);
    if (!s)
        return;
    if (s->eligibilityInDatabase || s->eligibilityLine) {
        t.problem(kSubjectCode,
                  s->eligibilityLine
                      ? QT_TRANSLATE_NOOP("Validation", "A second eligibility assessment for %1 "
                                                        "(the first is on line %2): one per "
                                                        "subject.")
                      : QT_TRANSLATE_NOOP("Validation", "The database already holds the "
                                                        "eligibility assessment of %1."),
                  {t.trimmed(kSubjectCode), QString::number(s->eligibilityLine)});
    } else {
        s->eligibilityLine = t.line();
        s->confirmedVerdict = e.confirmedVerdict;
        s->lifeCycleRows = true;
    }
    // Without a screening assessment the value has nowhere to come from, unless pasi.csv had
    // problems of its own (the row may be among them).
    const bool pasiClean = m_problemsAfterPasi == m_problemsBeforePasi;
    if (statedPasi && statedPasi != s->screeningPasiTenths
        && (s->screeningPasiTenths || pasiClean)) {
        if (s->screeningPasiTenths)
            t.problem(QStringLiteral("pasi"),
                      QT_TRANSLATE_NOOP("Validation",
                                        "The PASI %1 disagrees with the screening PASI "
                                        "assessment (%2), where the eligibility takes it from: "
                                        "leave the cell empty or correct pasi.csv."),
                      {rules::formatTenths(*statedPasi),
                       rules::formatTenths(*s->screeningPasiTenths)});
        else
            t.problem(QStringLiteral("pasi"),
                      QT_TRANSLATE_NOOP("Validation",
                                        "The PASI %1 has no complete screening PASI assessment "
                                        "in pasi.csv or the database to come from: leave the "
                                        "cell empty or add the assessment."),
                      {rules::formatTenths(*statedPasi)});
    }
    e.pasiTenths = s->screeningPasiTenths;
    e.subjectId = s->id;
    const auto computed = [&] {
        return rules::assessEligibility(
                   m_p, e.toInput(s->birthDate, s->week0Date, s->consentDate, s->consentSigned))
            .verdict;
    };
    validateAndSave(
        t, kSubjectCode,
        [&] {
            return m_bulk.addEligibility(m_session, bulkSubject(t.trimmed(kSubjectCode), *s), e,
                                         Importer::auditReason());
        },
        [&] { return e.validate(m_p, context(*s), computed()); });
}

void Importer::Run::importPasi(CsvTable &t)
{
    PasiAssessment a = PasiAssessment::blank(m_p);
    fieldcells::readRow(t, fields::pasi(m_p), &a);
    SubjectState *s = subject(t);
    if (!s)
        return;
    if (const int bit = visitBit(a.visit); bit >= 0) {
        const quint32 mask = 1u << bit;
        if ((s->pasiInFile | s->pasiInDatabase) & mask) {
            t.problem(kVisit,
                      (s->pasiInFile & mask)
                          ? QT_TRANSLATE_NOOP("Validation", "A second PASI assessment of %1 at "
                                                            "%2 in this file.")
                          : QT_TRANSLATE_NOOP("Validation", "The database already holds the PASI "
                                                            "assessment of %1 at %2."),
                      {t.trimmed(kSubjectCode), a.visit});
        }
        s->pasiInFile |= mask;
    }
    if (a.visit == lifecycle::screeningVisit(m_p))
        s->screeningPasiTenths = a.pasiTenths(m_p);
    if (a.visit == lifecycle::finalVisit(m_p) && a.assessmentDate)
        s->finalVisitDone = true;
    s->lifeCycleRows = true;
    a.subjectId = s->id;
    validateAndSave(
        t, kVisit,
        [&] {
            return m_bulk.addPasi(m_session, bulkSubject(t.trimmed(kSubjectCode), *s), a,
                                  Importer::auditReason());
        },
        [&] { return a.validate(m_p, context(*s)); });
}

bool Importer::Run::nextVital(CsvTable &vitals)
{
    m_pendingVital.reset();
    while (vitals.next()) {
        ++m_vitalRows;
        PendingVital v;
        v.line = vitals.line();
        v.code = vitals.trimmed(kSubjectCode);
        v.visit = vitals.trimmed(kVisit);
        fieldcells::readRow(vitals, fields::vitalSigns(), &v.vitals);
        v.unreadable = vitals.unreadable();
        if (!subject(vitals))
            continue;  // unknown subject: reported, no infusion can claim the row
        const int bit = visitBit(v.visit);
        if (bit < 0 || !(m_infusionKeys.value(v.code) & (1u << bit))) {
            orphanVital(vitals, v);  // no infusion in the file has this key
            continue;
        }
        m_pendingVital = std::move(v);
        return true;
    }
    return false;
}

void Importer::Run::scanInfusionKeys()
{
    const FileDef &def = m_dictionary.file(QStringLiteral("infusions"));
    // Problems of infusions.csv are reported by the main pass, not by this one.
    CsvTable table(def, QDir(m_folder).filePath(def.fileName), [](ExchangeProblem &&) {});
    while (table.next()) {
        const int bit = visitBit(table.trimmed(kVisit));
        if (bit >= 0)
            m_infusionKeys[table.trimmed(kSubjectCode)] |= 1u << bit;
    }
}

void Importer::Run::orphanVital(CsvTable &vitals, const PendingVital &v)
{
    report({vitals.def().fileName, v.line, vitals.columnNumber(kVisit), kVisit,
            QT_TRANSLATE_NOOP("Validation",
                              "No infusion of %1 at %2 in infusions.csv comes with these vital "
                              "signs: the infusion is missing, or vital_signs.csv is not in the "
                              "order of infusions.csv."),
            {v.code, v.visit}});
}

void Importer::Run::importInfusion(CsvTable &t, CsvTable *vitals)
{
    Infusion inf;
    fieldcells::readRow(t, fields::infusion(), &inf);
    const QString code = t.trimmed(kSubjectCode);

    // The vital signs of this infusion are the run of vital_signs.csv rows with its key.
    QList<PendingVital> mine;
    while (vitals && m_pendingVital) {
        const PendingVital &v = *m_pendingVital;
        if (v.code == code && v.visit == inf.visit) {
            mine.append(v);
            nextVital(*vitals);
            continue;
        }
        // A row whose infusion has gone by already can never be claimed.
        const auto owner = m_subjects.constFind(v.code);
        const int bit = visitBit(v.visit);
        if (bit < 0 || owner == m_subjects.constEnd() ||
            (owner->infusionsInFile & (1u << bit))) {
            orphanVital(*vitals, v);
            nextVital(*vitals);
            continue;
        }
        break;
    }
    for (const PendingVital &v : std::as_const(mine))
        inf.vitals.append(v.vitals);

    SubjectState *s = subject(t);
    if (!s)
        return;
    if (const int bit = visitBit(inf.visit); bit >= 0) {
        const quint32 mask = 1u << bit;
        if ((s->infusionsInFile | s->infusionsInDatabase) & mask) {
            t.problem(kVisit,
                      (s->infusionsInFile & mask)
                          ? QT_TRANSLATE_NOOP("Validation", "A second infusion of %1 at %2 in "
                                                            "this file.")
                          : QT_TRANSLATE_NOOP("Validation", "The database already holds the "
                                                            "infusion of %1 at %2."),
                      {code, inf.visit});
        }
        s->infusionsInFile |= mask;
    }
    inf.subjectId = s->id;
    validateAndSave(
        t, kVisit,
        [&] {
            return m_bulk.addInfusion(m_session, bulkSubject(code, *s), inf,
                                      Importer::auditReason());
        },
        [&] {
            const FieldErrors gate =
                m_lifeCycleReliable
                    ? lifecycle::infusionGateErrors(s->lifeCycle(), inf.infusionDate)
                    : FieldErrors();
            return gate + inf.validate(m_p, context(*s));
        },
        &mine, vitals);
}

void Importer::Run::importAdverseEvent(CsvTable &t)
{
    AdverseEvent ae;
    fieldcells::readRow(t, fields::adverseEvent(), &ae);
    const QString numberColumn = QStringLiteral("ae_number");
    // Read or not: an empty or unreadable number is no key to check.
    std::optional<int> number;
    if (!t.trimmed(numberColumn).isEmpty() && !t.unreadable().contains(numberColumn))
        number = ae.aeNumber;
    SubjectState *s = subject(t);
    if (!s)
        return;
    if (number) {
        if (s->aeInDatabase.contains(*number)) {
            t.problem(numberColumn,
                      QT_TRANSLATE_NOOP("Validation", "The database already holds adverse event "
                                                      "%2 of %1."),
                      {t.trimmed(kSubjectCode), QString::number(*number)});
        } else if (const auto it = s->aeLines.constFind(*number); it != s->aeLines.constEnd()) {
            t.problem(numberColumn,
                      QT_TRANSLATE_NOOP("Validation", "Adverse event %2 of %1 appears twice "
                                                      "(first on line %3)."),
                      {t.trimmed(kSubjectCode), QString::number(*number), QString::number(*it)});
        } else {
            s->aeLines.insert(*number, t.line());
        }
    }
    ae.subjectId = s->id;
    validateAndSave(
        t, numberColumn,
        [&] {
            return m_bulk.addAdverseEvent(m_session, bulkSubject(t.trimmed(kSubjectCode), *s), ae,
                                          Importer::auditReason());
        },
        [&] { return ae.validate(m_p, context(*s)); });
}

void Importer::Run::checkStatuses()
{
    const QString file = m_dictionary.file(QStringLiteral("subjects")).fileName;
    QList<QHash<QString, SubjectState>::const_iterator> inFileOrder;
    for (auto it = m_subjects.cbegin(); it != m_subjects.cend(); ++it)
        inFileOrder << it;
    std::sort(inFileOrder.begin(), inFileOrder.end(),
              [](const auto &a, const auto &b) { return a->line < b->line; });
    for (const auto &it : std::as_const(inFileOrder)) {
        const SubjectState &s = *it;
        if (s.inDatabase || s.line == 0 || m_statusColumn == 0 || s.status.isEmpty()
            || !rules::subjectStatusFromCode(s.status))
            continue;  // a missing or unknown status is reported by the subject's validation
        const QString implied = rules::subjectStatusCode(rules::subjectStatus(s.lifeCycle()));
        if (s.status == implied)
            continue;
        report({file, s.line, m_statusColumn, QStringLiteral("status"),
                QT_TRANSLATE_NOOP("Validation",
                                  "The status \"%1\" contradicts the data of %2: its consent, "
                                  "confirmed eligibility, final visit and withdrawal make it "
                                  "\"%3\"."),
                {s.status, it.key(), implied}});
    }
}

bool Importer::Run::refreshStatuses()
{
    for (auto it = m_subjects.cbegin(); it != m_subjects.cend(); ++it) {
        if (!it->inDatabase || !it->lifeCycleRows)
            continue;
        const SaveResult r = m_store.refreshStatus(m_session, it->id, Importer::auditReason());
        if (!r.ok()) {
            m_report.message =
                QStringLiteral("cannot update the status of %1: %2").arg(it.key(), r.message);
            return false;
        }
    }
    return true;
}

std::optional<QDateTime> Importer::Run::timestamp(CsvTable &t, const QString &column)
{
    const QString text = t.trimmed(column);
    if (text.isEmpty())
        return QDateTime();
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() != Qt::UTC) {
        t.problem(column,
                  QT_TRANSLATE_NOOP("Validation",
                                    "\"%1\" is not a UTC time like 2024-03-04T09:15:00.000Z."),
                  {text});
        return std::nullopt;
    }
    return at;
}

void Importer::Run::importDeviation(CsvTable &t)
{
    Deviation d;
    d.subjectCode = t.trimmed(kSubjectCode);
    d.visit = t.trimmed(kVisit);
    d.kind = t.trimmed(QStringLiteral("kind"));
    const QString source = t.trimmed(QStringLiteral("source"));
    d.sourceTable = Deviation::sourceTableOf(source);
    d.reason = t.text(QStringLiteral("reason")).trimmed();
    d.recordedBy = t.trimmed(QStringLiteral("recorded_by"));
    if (!m_visitCodes.contains(d.visit))
        t.problem(kVisit, QT_TRANSLATE_NOOP("Validation", "\"%1\" is not a visit of the protocol."),
                  {d.visit});
    if (!rules::deviationKinds().contains(d.kind))
        t.problem(QStringLiteral("kind"),
                  QT_TRANSLATE_NOOP("Validation", "\"%1\" is not a kind of protocol deviation."),
                  {d.kind});
    if (d.sourceTable.isEmpty())
        t.problem(QStringLiteral("source"),
                  QT_TRANSLATE_NOOP("Validation", "The record must be infusion or pasi, not \"%1\"."),
                  {source});
    const std::optional<QDateTime> detected = timestamp(t, QStringLiteral("detected_at"));
    const std::optional<QDateTime> resolved = timestamp(t, QStringLiteral("resolved_at"));
    if (t.rowHasProblems() || !detected || !resolved)
        return;
    d.detectedAt = *detected;
    d.resolvedAt = *resolved;
    const QString key = BulkWriter::deviationKey(d.subjectCode, d.visit, source, d.kind);
    if (const auto it = m_deviationLines.constFind(key); it != m_deviationLines.constEnd()) {
        t.problem(QStringLiteral("kind"),
                  QT_TRANSLATE_NOOP("Validation",
                                    "This deviation of %1 at %2 appears twice (first on line %3)."),
                  {d.subjectCode, d.visit, QString::number(*it)});
        return;
    }
    m_deviationLines.insert(key, t.line());
    m_knownDeviations.insert(key, d);
}

void Importer::Run::finishDeviations()
{
    if (!writing())
        return;
    QStringList orphans;
    const SaveResult r =
        m_bulk.addResolvedKnownDeviations(m_session, &orphans, Importer::auditReason());
    if (!r.ok()) {
        report({m_dictionary.file(QStringLiteral("deviations")).fileName, 0, 0, {},
                QT_TRANSLATE_NOOP("Validation", "The deviation log cannot be written: %1"),
                {r.message}});
        return;
    }
    const QString file = m_dictionary.file(QStringLiteral("deviations")).fileName;
    for (const QString &key : std::as_const(orphans)) {
        const QStringList parts = key.split(QLatin1Char('|'));
        report({file, m_deviationLines.value(key), 0, QStringLiteral("kind"),
                QT_TRANSLATE_NOOP("Validation",
                                  "No imported record of %1 at %2 shows this deviation."),
                {parts.value(0), parts.value(1)}});
    }
}

// ---- the run ------------------------------------------------------------------------------

ImportReport Importer::Run::run(const QString &folder)
{
    using S = ImportReport::Status;
    m_folder = folder;
    if (!QFileInfo(folder).isDir()) {
        m_report.status = S::Failed;
        m_report.message = QStringLiteral("%1 is not a folder").arg(folder);
        return m_report;
    }
    if (!checkFolder(folder)) {
        m_report.status = S::Rejected;
        return m_report;
    }

    // One transaction around everything; nothing is committed unless every row was good.
    Transaction transaction(m_store.database());
    if (!transaction.isActive()) {
        m_report.status = S::Failed;
        m_report.message = QStringLiteral("cannot begin a transaction: %1").arg(transaction.errorString());
        return m_report;
    }
    m_emptyStudy = m_store.subjectCount() == 0;
    struct ImportMode {
        StudyStore &store;
        explicit ImportMode(StudyStore &s) : store(s) { store.setImportMode(true); }
        ~ImportMode() { store.setImportMode(false); }
    } mode(m_store);

    // The deviation log first: its details wait for the records that show the deviations.
    bool going = readFile(QStringLiteral("deviations"),
                          [this](CsvTable &t) { importDeviation(t); });
    m_bulk.setKnownDeviations(m_knownDeviations);
    going = going &&
                 readFile(QStringLiteral("subjects"), [this](CsvTable &t) { importSubject(t); }) &&
                 readFile(QStringLiteral("consents"), [this](CsvTable &t) { importConsent(t); }) &&
                 [this] {
                     m_problemsBeforePasi = m_report.problemCount;
                     const bool read = readFile(QStringLiteral("pasi"),
                                                [this](CsvTable &t) { importPasi(t); });
                     m_problemsAfterPasi = m_report.problemCount;
                     return read;
                 }() &&
                 readFile(QStringLiteral("eligibility"),
                          [this](CsvTable &t) { importEligibility(t); });
    m_lifeCycleReliable = m_report.problemCount == 0;
    if (going && m_lifeCycleReliable)
        checkStatuses();
    if (going) {
        // Infusions and their vital signs are read side by side.
        std::optional<CsvTable> vitals;
        const FileDef &vitalsDef = m_dictionary.file(QStringLiteral("vital_signs"));
        if (m_present.contains(QStringLiteral("vital_signs"))) {
            if (m_present.contains(QStringLiteral("infusions")))
                scanInfusionKeys();
            vitals.emplace(vitalsDef, QDir(folder).filePath(vitalsDef.fileName), sink());
            nextVital(*vitals);
        }
        CsvTable *v = vitals ? &*vitals : nullptr;
        m_vitalsTable = v;
        going = readFile(QStringLiteral("infusions"),
                         [this, v](CsvTable &t) { importInfusion(t, v); });
        if (going && v) {
            while (m_pendingVital) {
                orphanVital(*v, *m_pendingVital);
                nextVital(*v);
            }
            m_report.rows.insert(vitalsDef.fileName, m_vitalRows);
            m_bytesDone += QFileInfo(QDir(folder).filePath(vitalsDef.fileName)).size();
        }
        m_vitalsTable = nullptr;
    }
    going = going && readFile(QStringLiteral("adverse_events"),
                              [this](CsvTable &t) { importAdverseEvent(t); });
    if (going)
        finishDeviations();

    if (m_cancelled) {
        m_report.status = S::Cancelled;
    } else if (m_report.problemCount > 0) {
        m_report.status = S::Rejected;
    } else if (const SaveResult flushed = m_bulk.finish(); !flushed.ok()) {
        m_report.status = S::Failed;
        m_report.message = QStringLiteral("cannot write the audit trail: %1").arg(flushed.message);
    } else if (!refreshStatuses()) {
        m_report.status = S::Failed;
    } else if (!transaction.commit()) {
        m_report.status = S::Failed;
        m_report.message = QStringLiteral("cannot commit: %1").arg(transaction.errorString());
    } else {
        m_report.status = S::Imported;
        if (m_progress)
            m_progress(m_bytesTotal, m_bytesTotal);
    }
    return m_report;
}

Importer::Importer(StudyStore &store, const Session &session) : m_store(store), m_session(session)
{
}

QStringList Importer::fileNames()
{
    const DataDictionary d(Protocol::builtIn());
    QStringList names;
    for (const QString &n : kImported)
        names << d.file(n).fileName;
    return names;
}

ImportReport Importer::importCsv(const QString &folder)
{
    if (!m_session.may(Action::ImportData)) {
        ImportReport r;
        r.status = ImportReport::Status::Denied;
        r.message = QStringLiteral("%1 (%2) may not import: only a data manager may")
                        .arg(m_session.userName, roleCode(m_session.role));
        return r;
    }
    Run run(m_store, m_session, m_progress, m_sink);
    return run.run(folder);
}

}  // namespace trialcrf
