// SPDX-License-Identifier: Apache-2.0
#include "storage/subjectlist.h"

#include "records/lifecycle.h"
#include "storage/monitoredfields.h"
#include "storage/rowreader.h"
#include "storage/statement.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <functional>
#include <limits>

namespace trialcrf {

namespace {

/// The filter as SQL conditions on subjects (fixed fragments) and their bound values.
struct Conditions {
    QString sql;  ///< "" or " AND …"
    QVariantList values;
};

// Code prefix → the half-open range [prefix, prefix with its last character + 1), which an
// index on code answers (unlike LIKE, which SQLite only indexes case-insensitively).
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

Conditions conditions(const SubjectFilter &filter)
{
    Conditions c;
    const QString &prefix = filter.codePrefix;
    if (!prefix.isEmpty()) {
        c.sql += QStringLiteral(" AND ((code >= ? AND code < ?)");
        c.values << prefix << prefixEnd(prefix);
        if (prefix.toUpper() != prefix) {
            c.sql += QStringLiteral(" OR (code >= ? AND code < ?)");
            c.values << prefix.toUpper() << prefixEnd(prefix.toUpper());
        }
        c.sql += QLatin1Char(')');
    }
    if (!filter.status.isEmpty()) {
        c.sql += QStringLiteral(" AND status = ?");
        c.values << filter.status;
    }
    if (filter.siteCodes) {
        // One bound value per site of the reader; none: no subject at all.
        QStringList marks;
        for (const QString &code : *filter.siteCodes) {
            marks << QStringLiteral("?");
            c.values << code;
        }
        c.sql += marks.isEmpty() ? QStringLiteral(" AND 1 = 0")
                                 : QStringLiteral(" AND site_code IN (%1)")
                                       .arg(marks.join(QStringLiteral(", ")));
    }
    return c;
}

bool failed(Statement &st, QString *error)
{
    if (error)
        *error = Database::describe(st.query().lastError());
    return false;
}

// The subjects of one page: its code range under the same filter (a page is a run of the
// ordered, filtered list, so the range holds exactly its subjects).
const QString kPageCte =
    QStringLiteral("WITH page(id) AS (SELECT id FROM subjects WHERE code >= ? AND code <= ?");

// Visit dates of the page: the infusion date, else the PASI date; screening is also done
// once its consent or eligibility is saved (their date, when no screening PASI has one).
// Rows come lowest priority first, so the best date is the one kept.
const QString kVisitDates = QStringLiteral(
    " SELECT subject_id, visit, infusion_date AS done, 0 AS prio FROM infusions"
    " WHERE infusion_date IS NOT NULL AND subject_id IN (SELECT id FROM page)"
    " UNION ALL SELECT subject_id, visit, assessment_date, 1 FROM pasi_assessments"
    " WHERE assessment_date IS NOT NULL AND subject_id IN (SELECT id FROM page)"
    " UNION ALL SELECT subject_id, ?, assessed_date, 2 FROM eligibility"
    " WHERE assessed_date IS NOT NULL AND subject_id IN (SELECT id FROM page)"
    " UNION ALL SELECT subject_id, ?, consent_date, 3 FROM consents"
    " WHERE consent_date IS NOT NULL AND subject_id IN (SELECT id FROM page)"
    " ORDER BY prio DESC");

const QString kSignatures = QStringLiteral(
    " SELECT subject_id, meaning, signed_at_utc, printed_name FROM signatures"
    " WHERE scope = 'casebook' AND subject_id IN (SELECT id FROM page) ORDER BY id");

// Per subject of the page: queries not closed, standing SDV marks (a field's latest row, when
// it marks), and the recorded pages of each table that has several fields to verify.
const QString kMonitoring = QStringLiteral(
    " SELECT s.id,"
    " (SELECT count(*) FROM queries q WHERE q.subject_id = s.id AND q.state <> 'closed'),"
    " (SELECT count(*) FROM sdv_marks m WHERE m.subject_id = s.id AND m.verified = 1"
    "  AND m.id = (SELECT max(l.id) FROM sdv_marks l WHERE l.subject_id = m.subject_id"
    "  AND l.record_table = m.record_table AND l.record_key = m.record_key"
    "  AND l.field = m.field)),"
    " (SELECT count(*) FROM consents r WHERE r.subject_id = s.id),"
    " (SELECT count(*) FROM eligibility r WHERE r.subject_id = s.id),"
    " (SELECT count(*) FROM infusions r WHERE r.subject_id = s.id),"
    " (SELECT count(*) FROM pasi_assessments r WHERE r.subject_id = s.id),"
    " (SELECT count(*) FROM adverse_events r WHERE r.subject_id = s.id)"
    " FROM subjects s WHERE s.id IN (SELECT id FROM page)");

// The last save of any page of each signed casebook of the page.
const QString kLastSaves = QStringLiteral(
    ", signed(id) AS (SELECT DISTINCT subject_id FROM signatures"
    " WHERE scope = 'casebook' AND subject_id IN (SELECT id FROM page))"
    " SELECT subject_id, max(updated_at) FROM ("
    " SELECT id AS subject_id, updated_at FROM subjects WHERE id IN (SELECT id FROM signed)"
    " UNION ALL SELECT subject_id, updated_at FROM consents"
    " WHERE subject_id IN (SELECT id FROM signed)"
    " UNION ALL SELECT subject_id, updated_at FROM eligibility"
    " WHERE subject_id IN (SELECT id FROM signed)"
    " UNION ALL SELECT subject_id, updated_at FROM infusions"
    " WHERE subject_id IN (SELECT id FROM signed)"
    " UNION ALL SELECT subject_id, updated_at FROM pasi_assessments"
    " WHERE subject_id IN (SELECT id FROM signed)"
    " UNION ALL SELECT subject_id, updated_at FROM adverse_events"
    " WHERE subject_id IN (SELECT id FROM signed)"
    ") AS saves GROUP BY subject_id");

}  // namespace

SubjectList::SubjectList(const Database &db, const Protocol &protocol)
    : m_db(db), m_protocol(protocol)
{
}

std::optional<int> SubjectList::count(const SubjectFilter &filter, QString *error) const
{
    const Conditions c = conditions(filter);
    Statement st(m_db, QStringLiteral("SELECT count(*) FROM subjects WHERE 1 = 1") + c.sql);
    if (!st.exec(c.values) || !st.query().next()) {
        failed(st, error);
        return std::nullopt;
    }
    return st.query().value(0).toInt();
}

std::optional<QList<SubjectSummary>> SubjectList::pageAfter(const QString &afterCode, int limit,
                                                            const SubjectFilter &filter,
                                                            QString *error) const
{
    return page(afterCode, 0, limit, filter, error);
}

std::optional<QList<SubjectSummary>> SubjectList::pageAt(int offset, int limit,
                                                         const SubjectFilter &filter,
                                                         QString *error) const
{
    return page({}, std::max(offset, 0), limit, filter, error);
}

std::optional<QList<SubjectSummary>> SubjectList::page(const QString &afterCode, int offset,
                                                       int limit, const SubjectFilter &filter,
                                                       QString *error) const
{
    const Conditions c = conditions(filter);
    QVariantList values = c.values;
    QString sql = QStringLiteral("SELECT id, code, initials, status, week0_date, locked, site_code"
                                 " FROM subjects WHERE 1 = 1")
        + c.sql;
    if (!afterCode.isEmpty()) {
        sql += QStringLiteral(" AND code > ?");
        values << afterCode;
    }
    sql += QStringLiteral(" ORDER BY code LIMIT ? OFFSET ?");
    // "All rows" as the largest bound: SQLite refuses LIMIT NULL, PostgreSQL LIMIT -1.
    values << (limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit)) << offset;
    QList<SubjectSummary> rows;
    {
        Statement st(m_db, sql);
        if (!st.exec(values)) {
            failed(st, error);
            return std::nullopt;
        }
        QSqlQuery &q = st.query();
        const RowReader r(q);
        while (q.next()) {
            SubjectSummary s;
            s.id = r.id(QStringLiteral("id"));
            s.code = r.text(QStringLiteral("code"));
            s.initials = r.text(QStringLiteral("initials"));
            s.status = r.text(QStringLiteral("status"));
            s.week0Date = r.date(QStringLiteral("week0_date"));
            s.locked = r.flag(QStringLiteral("locked"));
            s.siteCode = r.text(QStringLiteral("site_code"));
            rows << s;
        }
        if (q.lastError().isValid()) {
            failed(st, error);
            return std::nullopt;
        }
    }
    if (!rows.isEmpty() && !complete(rows, filter, error))
        return std::nullopt;
    return rows;
}

bool SubjectList::complete(QList<SubjectSummary> &page, const SubjectFilter &filter,
                           QString *error) const
{
    QHash<qint64, int> rowOf;
    for (int i = 0; i < page.size(); ++i)
        rowOf.insert(page.at(i).id, i);
    const Conditions c = conditions(filter);
    const QString cte = kPageCte + c.sql + QLatin1Char(')');
    const QVariantList range =
        QVariantList{page.constFirst().code, page.constLast().code} + c.values;
    // Runs one query over the page's subjects; `fn` gets each row with its subject (rows of
    // another subject cannot come, and would be skipped rather than crash).
    const auto forEachRow = [&](const QString &sql, const QVariantList &values,
                                const std::function<void(SubjectSummary &, const QSqlQuery &)> &fn) {
        Statement st(m_db, sql);
        if (!st.exec(values))
            return failed(st, error);
        QSqlQuery &q = st.query();
        while (q.next()) {
            const auto it = rowOf.constFind(q.value(0).toLongLong());
            if (it != rowOf.constEnd())
                fn(page[*it], q);
        }
        return q.lastError().isValid() ? failed(st, error) : true;
    };
    const QString screening = lifecycle::screeningVisit(m_protocol);
    const bool dated = forEachRow(
        cte + kVisitDates, range + QVariantList{screening, screening},
        [](SubjectSummary &s, const QSqlQuery &q) {
            const QDate done = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            if (done.isValid())
                s.visitDates.insert(q.value(1).toString(), done);
        });
    bool anySigned = false;
    const bool signedRead = dated
        && forEachRow(cte + kSignatures, range, [&](SubjectSummary &s, const QSqlQuery &q) {
               const QString meaning = q.value(1).toString();
               // Oldest first: a later signature replaces an earlier one, except that a
               // review never hides an approval.
               if (meaning == QLatin1String("reviewed")
                   && s.signedMeaning == QLatin1String("approved"))
                   return;
               s.signedMeaning = meaning;
               s.signedAtUtc = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
               s.signedBy = q.value(3).toString();
               anySigned = true;
           });
    // The columns of kMonitoring after the counts, in its order; the subject page is always one.
    const QStringList counted = monitoredfields::tables().mid(1);
    QList<int> perPage{monitoredfields::fieldCount(m_protocol, monitoredfields::tables().first())};
    for (const QString &table : counted)
        perPage << monitoredfields::fieldCount(m_protocol, table);
    const bool monitored = signedRead
        && forEachRow(cte + kMonitoring, range, [&perPage](SubjectSummary &s, const QSqlQuery &q) {
               s.openQueries = q.value(1).toInt();
               s.sdvMarks = q.value(2).toInt();
               s.sdvFields = perPage.first();
               for (int i = 1; i < perPage.size(); ++i)
                   s.sdvFields += q.value(2 + i).toInt() * perPage.at(i);
           });
    if (!monitored || !anySigned)
        return monitored;
    return forEachRow(cte + kLastSaves, range, [](SubjectSummary &s, const QSqlQuery &q) {
        const QDateTime last = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        s.changedSinceSigned = last.isValid() && s.signedAtUtc.isValid() && last > s.signedAtUtc;
    });
}

}  // namespace trialcrf
