// SPDX-License-Identifier: Apache-2.0
#include "storage/backupcontents.h"

#include "storage/database.h"
#include "storage/signaturestore.h"

#include <QSqlQuery>

namespace trialcrf {

namespace {

qint64 countRows(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

}  // namespace

BackupContents BackupContents::read(const QString &path)
{
    Database db;
    if (!db.open(path, Database::OpenMode::ReadOnly)) {
        BackupContents contents;
        contents.problems << db.errorString();
        return contents;
    }
    return read(db);
}

BackupContents BackupContents::read(const Database &db)
{
    BackupContents c;
    c.opened = db.isOpen();
    if (!c.opened) {
        c.problems << QStringLiteral("the database is not open");
        return c;
    }
    c.problems = db.integrityProblems();
    QString problem;
    const AuditLog audit(db);
    if (const std::optional<qint64> row = audit.firstBrokenRow(&problem))
        c.problems << QStringLiteral("audit chain broken at row %1: %2").arg(*row).arg(problem);
    else if (SignatureStore::firstForgedSignature(db, &problem))
        c.problems << QStringLiteral("signature does not match the audit trail: %1").arg(problem);
    c.schemaVersion = db.schemaVersion();
    c.demo = db.isDemo();
    c.subjects = countRows(db, QStringLiteral("SELECT count(*) FROM subjects"));
    c.records = countRows(db, QStringLiteral(
        "SELECT (SELECT count(*) FROM consents) + (SELECT count(*) FROM eligibility)"
        " + (SELECT count(*) FROM infusions) + (SELECT count(*) FROM vital_signs)"
        " + (SELECT count(*) FROM pasi_assessments) + (SELECT count(*) FROM adverse_events)"));
    c.auditRows = audit.count();
    AuditFilter last;
    last.limit = 1;
    last.newestFirst = true;
    const QList<AuditEntry> entries = audit.entries(last);
    if (!entries.isEmpty())
        c.lastAudit = entries.first();
    return c;
}

}  // namespace trialcrf
