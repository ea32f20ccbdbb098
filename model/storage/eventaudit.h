// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/auditlog.h"
#include "storage/saveresult.h"
#include "storage/session.h"

namespace trialcrf {

/// Events that change no data but let data leave the app: a CSV or ODM export, a casebook
/// report saved as PDF, a casebook printed. Each writes one audit row through the normal
/// audit path (AuditLog::append, hash chain and anchor), as the logged-in user:
///
///   action        field          new_value                     subject_code
///   export_csv    export_folder  the folder written (absolute)  —
///   export_odm    export_file    the file written (absolute)    —
///   report_pdf    report_file    the PDF written (absolute)     the subject's code
///   print         printer        the printer's name             the subject's code
///
/// An event is audited only when there is a writable session: a logged-in user (userId != 0)
/// on a database opened for writing. `trialcrf-cli export` and `report` read the file
/// read-only without a login (whoever runs them can read the file anyway), so they leave no
/// row; writes() says which case applies.
class EventAudit {
public:
    enum class Kind { ExportCsv, ExportOdm, ReportPdf, Print };

    EventAudit(const Database &db, Clock clock = systemClock());

    /// Whether record() will write a row for this session.
    bool writes(const Session &s) const;
    /// Writes the event's row (see the table above). Saved without writing when writes() is
    /// false; DatabaseError when the row cannot be written.
    SaveResult record(const Session &s, Kind kind, const QString &what,
                      const QString &subjectCode = {}) const;

    static QString action(Kind kind);
    static QString field(Kind kind);

private:
    const Database &m_db;
    Clock m_clock;
};

}  // namespace trialcrf
