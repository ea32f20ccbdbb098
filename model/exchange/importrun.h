// SPDX-License-Identifier: Apache-2.0
// The state of one import run (Importer::Run): the files, the subjects met so far, the rows
// waiting for their record. Private to the importer's sources.
#pragma once

#include "exchange/csvtable.h"
#include "exchange/datadictionary.h"
#include "exchange/importer.h"
#include "exchange/manifest.h"
#include "exchange/monitoringrows.h"
#include "records/lifecycle.h"
#include "storage/bulkwriter.h"
#include "storage/studystore.h"

#include <QHash>
#include <QSet>
#include <optional>

namespace trialcrf {

/// What one import run shares between reading the folder (importer.cpp) and checking and
/// saving each file's rows (importrows.cpp).
namespace importing {

inline const QString kSubjectCode = QStringLiteral("subject_code");
inline const QString kVisit = QStringLiteral("visit");

/// The files import reads, in order: each may refer only to subjects (and, for vital signs,
/// infusions) read before it or already in the database. PASI comes before eligibility: the
/// eligibility verdict reads the screening PASI assessment.
inline const QStringList kImported{QStringLiteral("subjects"),   QStringLiteral("consents"),
                            QStringLiteral("pasi"),       QStringLiteral("eligibility"),
                            QStringLiteral("infusions"),   QStringLiteral("vital_signs"),
                            QStringLiteral("adverse_events"), QStringLiteral("deviations"),
                            // monitoring, after the records its rows name
                            QStringLiteral("queries"), QStringLiteral("query_messages"),
                            QStringLiteral("sdv")};
/// Written by export, skipped by import.
inline const QStringList kSkipped{QStringLiteral("audit"), QStringLiteral("dictionary"),
                                  QStringLiteral("sites")};

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

}  // namespace importing

using namespace importing;

class Importer::Run {
public:
    Run(StudyStore &store, const Session &session, const ExchangeProgress &progress,
        const std::function<void(const ExchangeProblem &)> &sink)
        : m_store(store),
          m_session(session.importing()),
          m_bulk(store),
          m_p(store.protocol()),
          m_dictionary(store.protocol()),
          m_visitCodes(store.protocol().visitCodes()),
          m_progress(progress),
          m_sink(sink),
          m_monitoring(store.protocol(), [this](CsvTable &t) { return subject(t) != nullptr; })
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
    /// A regular file, or a link to one (not a folder, device, pipe or dangling link).
    static bool isRegular(const QString &path);
    /// Each file read against manifest.csv (SHA-256): a file cut short or changed is a
    /// problem; no manifest is a warning.
    void checkManifest();
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
    /// queries.csv, query_messages.csv and sdv.csv, read and checked (written by
    /// writeMonitoring() once every record is).
    bool readMonitoring();
    bool writeMonitoring();
    /// Known deviations no record showed: written as resolved, or reported without their
    /// record.
    void finishDeviations();
    bool nextVital(CsvTable &vitals);
    void scanInfusionKeys();
    void orphanVital(CsvTable &vitals, const PendingVital &v);

    StudyStore &m_store;
    const Session m_session;  ///< every write checked against ImportData
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
    QHash<QString, manifest::Entry> m_manifest;  ///< file name → its manifest row
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
    MonitoringRows m_monitoring;
};

}  // namespace trialcrf
