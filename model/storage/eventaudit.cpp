// SPDX-License-Identifier: Apache-2.0
#include "storage/eventaudit.h"

namespace trialcrf {

EventAudit::EventAudit(const Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

QString EventAudit::action(Kind kind)
{
    switch (kind) {
    case Kind::ExportCsv: return QStringLiteral("export_csv");
    case Kind::ExportOdm: return QStringLiteral("export_odm");
    case Kind::ReportPdf: return QStringLiteral("report_pdf");
    case Kind::Print: return QStringLiteral("print");
    }
    return {};
}

QString EventAudit::field(Kind kind)
{
    switch (kind) {
    case Kind::ExportCsv: return QStringLiteral("export_folder");
    case Kind::ExportOdm: return QStringLiteral("export_file");
    case Kind::ReportPdf: return QStringLiteral("report_file");
    case Kind::Print: return QStringLiteral("printer");
    }
    return {};
}

bool EventAudit::writes(const Session &s) const
{
    return s.userId != 0 && m_db.isOpen() && !m_db.isReadOnly();
}

SaveResult EventAudit::record(const Session &s, Kind kind, const QString &what,
                              const QString &subjectCode) const
{
    if (!writes(s))
        return SaveResult::saved();
    AuditEntry entry;
    entry.userName = s.userName;
    entry.action = action(kind);
    entry.field = field(kind);
    entry.newValue = what;
    entry.subjectCode = subjectCode;
    QString error;
    if (!AuditLog(m_db, m_clock).append(entry, &error))
        return SaveResult::failure(SaveResult::Status::DatabaseError, error);
    return SaveResult::saved();
}

}  // namespace trialcrf
