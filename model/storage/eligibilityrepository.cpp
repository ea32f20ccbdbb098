// SPDX-License-Identifier: Apache-2.0
#include "storage/eligibilityrepository.h"

#include "records/fieldtables.h"
#include "records/lifecycle.h"
#include "storage/fieldrows.h"
#include "storage/recordquery.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <iterator>

namespace trialcrf {

QStringList EligibilityRepository::columns()
{
    return recordquery::columns(
        fields::eligibility(),
        QStringList{QStringLiteral("confirmed_by"), QStringLiteral("confirmed_at")});
}

UniqueKey EligibilityRepository::uniqueKey()
{
    return {QStringLiteral("subject_code"),
            QT_TRANSLATE_NOOP("Validation",
                              "This subject already has an eligibility assessment."),
            {}};
}

StoredEligibility EligibilityRepository::read(const RowReader &r)
{
    StoredEligibility out;
    out.eligibility = recordquery::read(r, fields::eligibility());
    out.confirmedBy = r.text(QStringLiteral("confirmed_by"));
    out.confirmedAt = r.timestamp(QStringLiteral("confirmed_at"));
    return out;
}

Row EligibilityRepository::toRow(const StoredEligibility &stored)
{
    Row row = recordquery::toRow(fields::eligibility(), stored.eligibility);
    row.text(QStringLiteral("confirmed_by"), stored.confirmedBy)
        .timestamp(QStringLiteral("confirmed_at"), stored.confirmedAt);
    return row;
}

std::optional<StoredEligibility> EligibilityRepository::byId(const Database &db, qint64 id,
                                                             QString *error)
{
    return recordquery::byId(db, table(), columns(), id, &read, error);
}

std::optional<StoredEligibility> EligibilityRepository::forSubject(const Database &db,
                                                                   qint64 subjectId,
                                                                   QString *error)
{
    return recordquery::one(db, recordquery::selectBy(table(), columns(), QStringLiteral("subject_id")),
                            {subjectId}, &read, error);
}

bool EligibilityRepository::forEach(
    const Database &db, const Protocol &p,
    const std::function<bool(const QString &, const StoredEligibility &,
                             const rules::EligibilityInput &)> &fn,
    QString *error)
{
    // The screening PASI comes from the screening PASI assessment, joined by its scores.
    static const char *const kScores[] = {"erythema", "induration", "desquamation", "area"};
    QStringList pasiColumns;
    for (const PasiRegionDef &region : p.pasiRegions) {
        for (const char *score : kScores) {
            const QString c = region.code + QLatin1Char('_') + QLatin1String(score);
            pasiColumns << QStringLiteral("sp.%1 AS sp_%1").arg(c);
        }
    }
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT %1, %2, sp.id AS sp_id, s.code AS subject_code,"
        " s.birth_date AS subject_birth_date,"
        " s.week0_date AS subject_week0_date, c.consent_date AS consent_date,"
        " c.subject_signed AS subject_signed"
        " FROM eligibility e JOIN subjects s ON s.id = e.subject_id"
        " LEFT JOIN consents c ON c.subject_id = e.subject_id"
        " LEFT JOIN pasi_assessments sp ON sp.subject_id = e.subject_id AND sp.visit = ?"
        " ORDER BY s.code")
        .arg(RowReader::columnList(columns(), QStringLiteral("e")),
             pasiColumns.join(QStringLiteral(", ")));
    if (!q.prepare(sql)) {
        *error = Database::describe(q.lastError());
        return false;
    }
    q.addBindValue(lifecycle::screeningVisit(p));
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    const RowReader r(q);
    while (q.next()) {
        StoredEligibility stored = read(r);
        if (r.integer64(QStringLiteral("sp_id"))) {
            QList<rules::RegionScores> regions;
            for (const PasiRegionDef &region : p.pasiRegions) {
                const auto score = [&](const char *name) {
                    return r.integer(QStringLiteral("sp_") + region.code + QLatin1Char('_')
                                     + QLatin1String(name));
                };
                rules::RegionScores rs;
                rs.erythema = score("erythema");
                rs.induration = score("induration");
                rs.desquamation = score("desquamation");
                rs.area = score("area");
                regions << rs;
            }
            stored.eligibility.pasiTenths = rules::pasiTenths(p, regions);
        }
        const rules::EligibilityInput input = stored.eligibility.toInput(
            r.date(QStringLiteral("subject_birth_date")),
            r.date(QStringLiteral("subject_week0_date")), r.date(QStringLiteral("consent_date")),
            r.yesNo(QStringLiteral("subject_signed")));
        if (!fn(r.text(QStringLiteral("subject_code")), stored, input))
            break;
    }
    return true;
}

}  // namespace trialcrf
