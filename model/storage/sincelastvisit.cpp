// SPDX-License-Identifier: Apache-2.0
#include "storage/sincelastvisit.h"

#include "protocol/protocol.h"
#include "records/fieldtables.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sitestore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace trialcrf::sincelastvisit {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// The previous session's login row (seq, time); seq 0 when this is the first session.
bool previousLogin(const Database &db, const QString &user, qint64 *seq, QDateTime *at,
                   QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT seq, at_utc FROM audit_log WHERE action = 'login'"
                             " AND user_name = ? ORDER BY seq DESC LIMIT 2"));
    q.addBindValue(user);
    if (!q.exec())
        return fail(error, Database::describe(q.lastError()));
    *seq = 0;
    if (q.next() && q.next()) {
        *seq = q.value(0).toLongLong();
        *at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    }
    return true;
}

/// The field key of a storage column of `table`; the column itself when no table has it.
QString keyOf(const Protocol &p, const QString &table, const QString &column)
{
    for (const fields::RecordFields &r : fields::all(p)) {
        if (r.table != table)
            continue;
        for (const FieldInfo &f : r.fields) {
            if (f.stored() && f.column == column)
                return f.key;
        }
    }
    return column;
}

bool readChanges(const StudyStore &store, qint64 afterSeq, QList<ChangedValue> *out,
                 QString *error)
{
    const Protocol &p = store.protocol();
    QStringList tables;
    for (const QString &t : monitoredfields::tables())
        tables << QLatin1Char('\'') + t + QLatin1Char('\'');
    // The table names are ours, not input. A record's key within its subject comes from the
    // record itself (records are never deleted).
    QSqlQuery q(store.database().connection());
    q.setForwardOnly(true);
    // The audit row in AuditLog's column order, then the subject's id and the record's key.
    q.prepare(QStringLiteral(
                  "SELECT %1, s.id, coalesce(i.visit, pa.visit, CAST(ae.ae_number AS TEXT), '')"
                  " FROM audit_log a JOIN subjects s ON s.code = a.subject_code"
                  " LEFT JOIN infusions i ON a.table_name = 'infusions' AND i.id = a.record_id"
                  " LEFT JOIN pasi_assessments pa"
                  "  ON a.table_name = 'pasi_assessments' AND pa.id = a.record_id"
                  " LEFT JOIN adverse_events ae"
                  "  ON a.table_name = 'adverse_events' AND ae.id = a.record_id"
                  " WHERE a.seq > ? AND a.action IN ('insert','update')"
                  " AND a.table_name IN (%2) ORDER BY a.seq")
                  .arg(AuditLog::selectColumns(QStringLiteral("a")),
                       tables.join(QLatin1Char(','))));
    q.addBindValue(afterSeq);
    if (!q.exec())
        return fail(error, Database::describe(q.lastError()));
    const int more = AuditLog::columnCount();
    while (q.next()) {
        ChangedValue c;
        static_cast<AuditEntry &>(c) = AuditLog::entryFrom(q);
        c.ref = {q.value(more).toLongLong(), c.tableName, q.value(more + 1).toString(),
                 c.field.isEmpty() ? QString() : keyOf(p, c.tableName, c.field)};
        c.visit = monitoredfields::visitOf(p, c.ref);
        out->append(c);
    }
    const QStringList visits = p.visitCodes();
    std::stable_sort(out->begin(), out->end(), [&visits](const ChangedValue &a,
                                                         const ChangedValue &b) {
        if (a.subjectCode != b.subjectCode)
            return a.subjectCode < b.subjectCode;
        // Adverse events (no visit) after the visits.
        const auto order = [&visits](const QString &v) {
            const qsizetype i = visits.indexOf(v);
            return i < 0 ? visits.size() : i;
        };
        return order(a.visit) < order(b.visit);
    });
    return true;
}

}  // namespace

std::optional<SinceLastVisit> read(const StudyStore &store, const Session &s, QString *error)
{
    if (!s.may(Action::ReadAudit)) {
        fail(error, QStringLiteral("%1 may not read the audit trail").arg(s.userName));
        return std::nullopt;
    }
    SinceLastVisit out;
    qint64 seq = 0;
    if (!previousLogin(store.database(), s.userName, &seq, &out.previousLogin, error)
        || !readChanges(store, seq, &out.changes, error))
        return std::nullopt;
    UserStore users(store.database(), store.clock());
    const std::optional<QList<Signature>> signatures =
        SignatureStore(store, users).brokenSignatures(s, 0, error);
    const std::optional<QList<SdvMark>> marks = SdvStore(store).brokenMarks(s, 0, error);
    if (!signatures || !marks)
        return std::nullopt;
    out.brokenSignatures = *signatures;
    out.brokenMarks = *marks;
    // A reader limited to some sites: what concerns their subjects only.
    std::optional<QSet<QString>> mine;
    if (!SiteStore::subjectCodes(store.database(), s, &mine, error))
        return std::nullopt;
    if (mine) {
        const auto elsewhere = [&mine](const auto &item) { return !mine->contains(item.subjectCode); };
        out.changes.removeIf(elsewhere);
        out.brokenSignatures.removeIf(elsewhere);
        out.brokenMarks.removeIf(elsewhere);
    }
    return out;
}

}  // namespace trialcrf::sincelastvisit
