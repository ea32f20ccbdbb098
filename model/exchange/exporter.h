// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchange/datadictionary.h"
#include "exchange/exchangeproblem.h"
#include "storage/eventaudit.h"
#include "storage/session.h"

#include <QMap>
#include <QString>

namespace trialcrf {

class StudyStore;

struct ExportOptions {
    bool byteOrderMark = false;  ///< a UTF-8 BOM first in every CSV file, for Excel
};

struct ExportResult {
    enum class Status {
        Done,
        Cancelled,     ///< the progress callback said stop; nothing was left behind
        Denied,        ///< the session may not export
        TargetExists,  ///< the output is there already (a non-empty folder, or a file)
        Failed,        ///< `message` says why; nothing was left behind
    };
    Status status = Status::Done;
    QString message;             ///< one line, untranslated detail
    QMap<QString, qint64> rows;  ///< file name → data rows written (header not counted)
    /// Done, but its audit row (EventAudit) could not be written: why. Empty when written,
    /// or when there is no writable session to audit (a read-only CLI export).
    QString auditProblem;

    bool ok() const { return status == Status::Done; }
};

/// Writes the study as CSV files into a new folder (DESIGN.md "Data exchange"): one file per
/// record type with computed values beside the raw ones, audit.csv and dictionary.csv.
/// Streams every table (memory stays flat however large the study) into a hidden sibling
/// folder and renames it into place only when every file is complete, so a failed or
/// cancelled export leaves nothing half-written. The export reads inside one read transaction
/// on the store's connection (a consistent snapshot across files; audit.csv, the largest, is
/// read meanwhile over a second connection up to that snapshot's last row, see AuditCsv); a
/// caller that lets the user save meanwhile on the same connection should not (show the
/// export as modal).
class Exporter {
public:
    Exporter(const StudyStore &store, const Session &session);

    /// Called now and then with work done and total (roughly: subjects per file and audit
    /// rows); returning false cancels.
    void setProgress(ExchangeProgress progress) { m_progress = std::move(progress); }

    /// Missing parent folders of `folder` are created. A done export is audited (action
    /// export_csv, the folder) when the session may write the audit trail (EventAudit).
    ExportResult exportCsv(const QString &folder, const ExportOptions &options = {});
    /// CDISC ODM 1.3.2 Snapshot into one XML file, written atomically (see OdmWriter);
    /// missing parent folders are created; audited as export_odm like exportCsv.
    ExportResult exportOdm(const QString &file);

    /// The file names exportCsv writes, in order.
    static QStringList fileNames();

private:
    class Run;
    void audit(ExportResult &r, EventAudit::Kind kind, const QString &target) const;

    const StudyStore &m_store;
    Session m_session;
    ExchangeProgress m_progress;
};

}  // namespace trialcrf
