// SPDX-License-Identifier: Apache-2.0
#include "exchange/importer.h"

#include "exchange/fieldcells.h"
#include "exchange/importrun.h"
#include "exchange/manifest.h"
#include "records/fieldtables.h"
#include "rules/deviations.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace trialcrf {

void Importer::Run::report(ExchangeProblem &&p)
{
    p.escapeEchoedText();
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
    known << manifest::fileName();
    // Every entry, not only regular files: a folder or pipe named like a CSV file is refused
    // by name instead of being skipped.
    const QStringList csvFiles =
        dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.CSV")},
                      QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                      QDir::Name);
    const QString imported = known.mid(0, kImported.size()).join(QLatin1String(", "));
    for (const QString &f : csvFiles) {
        if (!known.contains(f)) {
            report({f, 0, 0, {},
                    QT_TRANSLATE_NOOP("Validation",
                                      "Unknown file: the import reads %1 and skips audit.csv, "
                                      "dictionary.csv and manifest.csv."),
                    {imported}});
        } else if (!isRegular(dir.filePath(f))) {
            report({f, 0, 0, {},
                    QT_TRANSLATE_NOOP("Validation",
                                      "Not a regular file (a folder, a device, a pipe or a link "
                                      "to one): the import reads only regular files."),
                    {}});
        }
    }
    for (const QString &n : kImported) {
        const QFileInfo info(dir.filePath(m_dictionary.file(n).fileName));
        if (isRegular(info.filePath())) {
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
    checkManifest();
    return true;
}

bool Importer::Run::isRegular(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.isFile() && !info.isDir();
}

void Importer::Run::checkManifest()
{
    const QDir dir(m_folder);
    if (!QFileInfo::exists(dir.filePath(manifest::fileName()))) {
        m_report.warnings.append(
            {manifest::fileName(), 0, 0, {},
             QT_TRANSLATE_NOOP("Validation",
                               "No manifest.csv (an export by an older version, or an edited "
                               "folder): nothing shows that the files are complete."),
             {}});
        return;
    }
    QList<ExchangeProblem> problems;
    m_manifest = manifest::read(m_folder, &problems);
    for (ExchangeProblem &p : problems)
        report(std::move(p));
    if (!problems.isEmpty())
        return;
    for (const QString &n : kImported) {
        const QString name = m_dictionary.file(n).fileName;
        const auto entry = m_manifest.constFind(name);
        const bool present = m_present.contains(n);
        if (entry == m_manifest.constEnd()) {
            if (present)
                report({name, 0, 0, {},
                        QT_TRANSLATE_NOOP("Validation",
                                          "The file is not listed in manifest.csv: it was added "
                                          "after the export."),
                        {}});
            continue;
        }
        if (!present) {
            report({manifest::fileName(), entry->line, 1, {},
                    QT_TRANSLATE_NOOP("Validation",
                                      "%1 is listed here but missing from the folder."),
                    {name}});
            continue;
        }
        QString error;
        const QString path = dir.filePath(name);
        const QByteArray hash = manifest::sha256(path, &error);
        if (hash.isEmpty()) {
            report({name, 0, 0, {},
                    QT_TRANSLATE_NOOP("Validation", "The file cannot be read: %1"), {error}});
        } else if (hash != entry->sha256) {
            report({name, 0, 0, {},
                    QT_TRANSLATE_NOOP("Validation",
                                      "The file differs from the one exported (%1 bytes, %2 "
                                      "bytes listed at manifest.csv line %3): cut short or "
                                      "changed after the export. Export again, or remove "
                                      "manifest.csv to import an edited folder."),
                    {QString::number(QFileInfo(path).size()), QString::number(entry->bytes),
                     QString::number(entry->line)}});
        }
    }
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
    going = going && readMonitoring();

    if (m_cancelled) {
        m_report.status = S::Cancelled;
    } else if (m_report.problemCount > 0) {
        m_report.status = S::Rejected;
    } else if (const SaveResult flushed = m_bulk.finish(); !flushed.ok()) {
        m_report.status = S::Failed;
        m_report.message = QStringLiteral("cannot write the audit trail: %1").arg(flushed.message);
    } else if (!refreshStatuses() || !writeMonitoring()) {
        m_report.status = m_report.problemCount > 0 ? S::Rejected : S::Failed;
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
