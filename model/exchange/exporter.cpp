// SPDX-License-Identifier: Apache-2.0
#include "exchange/exporter.h"

#include "exchange/auditcsv.h"
#include "exchange/csvwriter.h"
#include "exchange/manifest.h"
#include "exchange/monitoringcsv.h"
#include "exchange/odmwriter.h"
#include "exchange/recordfiles.h"
#include "exchange/sitescsv.h"
#include "storage/auditlog.h"
#include "storage/exchangequeries.h"
#include "storage/readsnapshot.h"
#include "storage/sitestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <memory>
#include <optional>
#include <utility>

namespace trialcrf {

namespace {

/// The files of one export that hold a subject's data, in order; each walks the subjects once.
const QStringList kClinical{QStringLiteral("subjects"), QStringLiteral("consents"),
                            QStringLiteral("eligibility"), QStringLiteral("pasi"),
                            QStringLiteral("infusions"), QStringLiteral("adverse_events")};

}  // namespace

/// One export: the temporary folder, the open files and the progress count.
class Exporter::Run {
public:
    Run(const StudyStore &store, const Session &session, const ExchangeProgress &progress,
        bool bom)
        : m_store(store),
          m_session(session),
          m_progress(progress),
          m_dictionary(store.protocol()),
          m_bom(bom)
    {
    }

    ExportResult run(const QString &folder);

private:
    struct OutFile {
        QString name;
        QFile file;
        std::unique_ptr<CsvWriter> writer;
    };

    bool openFile(OutFile &out, const QString &fileDefName);
    bool closeFile(OutFile &out);
    /// Work done: the units counted here and the audit rows written meanwhile.
    qint64 done() const;
    /// Counts one unit of work; false when the user cancelled.
    bool tick(qint64 units = 1);
    /// Asks the progress callback without counting work (long passes stay cancellable).
    bool poll();
    /// Ticks once per subject as rows of a subject-ordered stream pass by.
    bool subjectTick(const QByteArray &code);
    bool fail(const QString &message);

    /// Opens the file, lets `fill` write its rows (false with *error on a read error) and
    /// closes it: the shape every file shares.
    using Fill = std::function<bool(CsvWriter &, QString *error)>;
    bool writeFile(const QString &fileDefName, const Fill &fill);
    /// Progress counts each file's subjects; a stage ends where its share ends, whatever the
    /// number of subjects that had rows in it.
    bool stage(bool ok, qint64 units)
    {
        m_stageEnd += units;
        if (!ok)
            return false;
        return m_done >= m_stageEnd || tick(m_stageEnd - m_done);
    }
    /// The record files, one after the other (see RecordFiles).
    bool writeRecordFiles();
    /// audit.csv: waits for m_auditJob, or writes it here when there is none.
    bool finishAudit(const AuditCsv::Target &target);
    bool writeDictionary();
    /// manifest.csv, last: every file above with its rows and SHA-256.
    bool writeManifest();

    const StudyStore &m_store;
    const Session &m_session;
    const ExchangeProgress &m_progress;
    DataDictionary m_dictionary;
    bool m_bom;

    QString m_dir;
    QMap<QString, qint64> m_rows;
    QString m_error;
    bool m_cancelled = false;
    qint64 m_done = 0, m_total = 0, m_reported = -1, m_step = 1, m_stageEnd = 0;
    QByteArray m_lastSubjectBytes;
    AuditCsv::Job *m_auditJob = nullptr;  ///< audit.csv being written meanwhile (run()'s)
};

bool Exporter::Run::fail(const QString &message)
{
    if (m_error.isEmpty() && !m_cancelled)
        m_error = message;
    return false;
}

qint64 Exporter::Run::done() const
{
    return m_done + (m_auditJob ? m_auditJob->rows() : 0);
}

bool Exporter::Run::tick(qint64 units)
{
    m_done += units;
    const qint64 now = done();
    if (!m_progress || (now - m_reported < m_step && now < m_total))
        return true;
    m_reported = now;
    if (!m_progress(qMin(now, m_total), m_total)) {
        m_cancelled = true;
        return false;
    }
    return true;
}

bool Exporter::Run::poll()
{
    if (m_progress && !m_progress(qMin(done(), m_total), m_total))
        m_cancelled = true;
    return !m_cancelled;
}

bool Exporter::Run::subjectTick(const QByteArray &code)
{
    if (code == m_lastSubjectBytes)
        return true;
    m_lastSubjectBytes = code;
    return tick();
}

bool Exporter::Run::openFile(OutFile &out, const QString &fileDefName)
{
    const FileDef &def = m_dictionary.file(fileDefName);
    out.name = def.fileName;
    out.file.setFileName(m_dir + QLatin1Char('/') + def.fileName);
    if (!out.file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(out.file.fileName(), out.file.errorString()));
    out.writer = std::make_unique<CsvWriter>(&out.file, m_bom);
    out.writer->writeRow(def.columnNames());
    m_lastSubjectBytes.clear();
    return true;
}

bool Exporter::Run::closeFile(OutFile &out)
{
    const bool flushed = out.writer->flush();
    m_rows.insert(out.name, out.writer->rowsWritten() - 1);
    if (!flushed)
        return fail(QStringLiteral("cannot write %1: %2").arg(out.name, out.writer->errorString()));
    out.writer.reset();
    if (!out.file.flush())
        return fail(QStringLiteral("cannot write %1: %2").arg(out.name, out.file.errorString()));
    out.file.close();
    return true;
}

bool Exporter::Run::writeFile(const QString &fileDefName, const Fill &fill)
{
    OutFile out;
    if (!openFile(out, fileDefName))
        return false;
    QString error;
    if (!fill(*out.writer, &error) || m_cancelled)
        return fail(error);
    return closeFile(out);
}

bool Exporter::Run::writeRecordFiles()
{
    const RecordFiles records(m_store, m_session);
    const RecordFiles::Tick subject = [this](const QByteArray &code) { return subjectTick(code); };
    qint64 rows = 0;
    const RecordFiles::Tick row = [&](const QByteArray &) { return (++rows & 0xfff) || poll(); };
    const qint64 subjects = m_store.subjectCount();
    using Write = bool (RecordFiles::*)(CsvWriter &, const RecordFiles::Tick &, QString *) const;
    const auto file = [&](const char *name, Write write, const RecordFiles::Tick &tick,
                          qint64 units) {
        const bool ok = writeFile(QLatin1String(name), [&](CsvWriter &w, QString *error) {
            return (records.*write)(w, tick, error);
        });
        return stage(ok, units);
    };
    // Vital signs: a pass of their own after the infusions (counted in the infusions' share).
    return file("subjects", &RecordFiles::subjects, subject, subjects)
           && file("consents", &RecordFiles::consents, subject, subjects)
           && file("eligibility", &RecordFiles::eligibility, subject, subjects)
           && file("pasi", &RecordFiles::pasi, subject, subjects)
           && file("infusions", &RecordFiles::infusions, subject, 0)
           && file("vital_signs", &RecordFiles::vitalSigns, row, subjects)
           && file("adverse_events", &RecordFiles::adverseEvents, subject, subjects)
           && file("deviations", &RecordFiles::deviations, row, 0)
           && monitoringcsv::writeAll(m_store, m_session,
                                      [this](const QString &name, const Fill &fill) {
                                          return writeFile(name, fill);
                                      })
           && writeFile(QStringLiteral("sites"), [this](CsvWriter &w, QString *error) {
                  return sitescsv::write(m_store, m_session, w, error);
              });
}

bool Exporter::Run::finishAudit(const AuditCsv::Target &target)
{
    const QString name = QFileInfo(target.filePath).fileName();
    if (m_auditJob) {
        // Written meanwhile on its own thread: wait for it, keeping the progress moving and
        // the Cancel button answered.
        while (!m_auditJob->waitFor(50)) {
            if (!m_cancelled && !poll())
                m_auditJob->cancel();  // asked once; it stops at its next row
        }
        AuditCsv::Job *job = std::exchange(m_auditJob, nullptr);
        if (m_cancelled)
            return false;
        if (job->ok() && job->lastSeq() == target.upToSeq) {
            m_rows.insert(name, job->rows());
            return true;
        }
        if (!job->couldNotOpen() && job->lastSeq() == target.upToSeq)
            return fail(job->error());
        // No second connection, or one that cannot see the export's last rows: below.
    }
    // Here, after the clinical files, over the export's own connection.
    qint64 rows = 0, lastSeq = 0;
    QString error;
    if (!AuditCsv::write(m_store.database(), target, [this] { return tick(); }, &rows, &lastSeq,
                         &error))
        return fail(error);
    m_rows.insert(name, rows);
    return true;
}

bool Exporter::Run::writeDictionary()
{
    QFile f(m_dir + QLatin1Char('/') + m_dictionary.file(QStringLiteral("dictionary")).fileName);
    QString error;
    if (!f.open(QIODevice::WriteOnly) || !m_dictionary.writeCsv(&f, m_bom, &error) || !f.flush())
        return fail(QStringLiteral("cannot write %1: %2")
                        .arg(f.fileName(), error.isEmpty() ? f.errorString() : error));
    f.close();
    qint64 columns = 0;
    for (const FileDef &def : m_dictionary.files())
        columns += def.columns.size();
    m_rows.insert(f.fileName().section(QLatin1Char('/'), -1), columns);
    return tick();
}

bool Exporter::Run::writeManifest()
{
    QString error;
    return manifest::write(m_dir, m_rows, m_bom, &error) || fail(error);
}

ExportResult Exporter::Run::run(const QString &folder)
{
    using S = ExportResult::Status;
    // "out/" names the folder out: without the slash its parent is the one to create.
    const QFileInfo target(QDir::cleanPath(folder));
    if (target.exists() && !(target.isDir() && QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)))
        return {S::TargetExists, QStringLiteral("%1 already exists; export into a new folder").arg(folder), {}, {}};
    const QString parent = target.absolutePath();
    if (!QFileInfo(parent).isDir() && !QDir().mkpath(parent))
        return {S::Failed, QStringLiteral("cannot create the folder %1").arg(parent), {}, {}};

    // Everything goes into a hidden sibling first; it becomes `folder` only when complete.
    QTemporaryDir temp(parent + QLatin1String("/.") + target.fileName() +
                       QLatin1String(".partial-XXXXXX"));
    if (!temp.isValid())
        return {S::Failed, QStringLiteral("cannot create a folder in %1: %2").arg(parent, temp.errorString()), {}, {}};
    m_dir = temp.path();

    const AuditLog audit(m_store.database(), m_store.clock());
    m_total = qint64(m_store.subjectCount()) * kClinical.size() + audit.count() + 1;
    Q_ASSERT(kClinical.size() == 6);
    m_step = qMax<qint64>(1, m_total / 1000);
    if (!tick(0))
        return {S::Cancelled, {}, {}, {}};

    const qint64 subjects = m_store.subjectCount();
    // audit.csv, most of the bytes, is written meanwhile on a second connection (see
    // AuditCsv::Job), up to the last row of this snapshot; the job is joined (cancelled when
    // still running) before the folder goes.
    QString error;
    const std::optional<qint64> upToSeq = ExchangeQueries(m_store.database()).lastAuditSeq(&error);
    if (!upToSeq)
        return {S::Failed, error, {}, {}};
    const FileDef &auditDef = m_dictionary.file(QStringLiteral("audit"));
    AuditCsv::Target auditTarget{m_dir + QLatin1Char('/') + auditDef.fileName,
                                 auditDef.columnNames(), m_bom, *upToSeq};
    if (!SiteStore::subjectCodes(m_store.database(), m_session, &auditTarget.subjects, &error))
        return {S::Failed, error, {}, {}};
    std::unique_ptr<AuditCsv::Job> auditJob;
    if (!m_store.database().path().isEmpty()) {
        auditJob = std::make_unique<AuditCsv::Job>(m_store.database().path(), auditTarget);
        m_auditJob = auditJob.get();
    }
    const bool written = writeRecordFiles() &&
                         stage(finishAudit(auditTarget), m_total - 1 - 6 * subjects) &&
                         writeDictionary() && writeManifest();
    m_auditJob = nullptr;
    auditJob.reset();
    if (m_cancelled)
        return {S::Cancelled, {}, {}, {}};
    if (!written)
        return {S::Failed, m_error, {}, {}};
    if (target.exists() && !QDir(parent).rmdir(target.fileName()))
        return {S::TargetExists, QStringLiteral("cannot replace the empty folder %1").arg(folder), {}, {}};
    if (!QDir().rename(m_dir, target.absoluteFilePath()))
        return {S::Failed, QStringLiteral("cannot rename %1 to %2").arg(m_dir, folder), {}, {}};
    temp.setAutoRemove(false);
    return {S::Done, {}, m_rows, {}};
}

Exporter::Exporter(const StudyStore &store, const Session &session)
    : m_store(store), m_session(session)
{
}

QStringList Exporter::fileNames()
{
    const DataDictionary d(Protocol::builtIn());
    QStringList names;
    for (const FileDef &f : d.files())
        names << f.fileName;
    return names;
}

ExportResult Exporter::exportCsv(const QString &folder, const ExportOptions &options)
{
    if (!m_session.may(Action::ExportData) || !m_session.may(Action::ReadClinical))
        return {ExportResult::Status::Denied,
                QStringLiteral("%1 may not export data").arg(m_session.userName), {}, {}};
    ExportResult r;
    {
        const ReadSnapshot snapshot(m_store.database());
        Run run(m_store, m_session, m_progress, options.byteOrderMark);
        r = run.run(folder);
    }
    if (r.ok())
        audit(r, EventAudit::Kind::ExportCsv, folder);
    return r;
}

void Exporter::audit(ExportResult &r, EventAudit::Kind kind, const QString &target) const
{
    // After the read snapshot: the row records an export that happened (it is not in the
    // export's own audit.csv, which ends with the snapshot).
    const SaveResult written = EventAudit(m_store.database(), m_store.clock())
                                   .record(m_session, kind,
                                           QFileInfo(QDir::cleanPath(target)).absoluteFilePath());
    if (!written.ok())
        r.auditProblem = written.message;
}

ExportResult Exporter::exportOdm(const QString &file)
{
    using S = ExportResult::Status;
    if (!m_session.may(Action::ExportData) || !m_session.may(Action::ReadClinical))
        return {S::Denied, QStringLiteral("%1 may not export data").arg(m_session.userName), {}, {}};
    if (QFileInfo::exists(file))
        return {S::TargetExists, QStringLiteral("%1 already exists; export into a new file").arg(file), {}, {}};
    const QString parent = QFileInfo(file).absolutePath();
    if (!QFileInfo(parent).isDir() && !QDir().mkpath(parent))
        return {S::Failed, QStringLiteral("cannot create the folder %1").arg(parent), {}, {}};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return {S::Failed, QStringLiteral("cannot write %1: %2").arg(file, out.errorString()), {}, {}};
    std::optional<ReadSnapshot> snapshot(std::in_place, m_store.database());
    OdmWriter writer(m_store, m_session);
    writer.setProgress(m_progress);
    const OdmWriter::Result r = writer.write(&out);
    if (r.cancelled) {
        out.cancelWriting();
        return {S::Cancelled, {}, {}, {}};
    }
    if (!r.error.isEmpty()) {
        out.cancelWriting();
        return {S::Failed, r.error, {}, {}};
    }
    if (!out.commit())
        return {S::Failed, QStringLiteral("cannot write %1: %2").arg(file, out.errorString()), {}, {}};
    snapshot.reset();
    ExportResult done{S::Done, {}, r.counts, {}};
    audit(done, EventAudit::Kind::ExportOdm, file);
    return done;
}

}  // namespace trialcrf
