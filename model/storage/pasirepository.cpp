// SPDX-License-Identifier: Apache-2.0
#include "storage/pasirepository.h"

#include "records/fieldtables.h"
#include "storage/fieldrows.h"
#include "storage/recordquery.h"
#include "storage/visitorder.h"

#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {

// The regions migration 1 made columns for. A protocol with another region needs a migration.
const QStringList kSchemaRegions = {QStringLiteral("head"), QStringLiteral("upper_limbs"),
                                    QStringLiteral("trunk"), QStringLiteral("lower_limbs")};

}  // namespace

bool PasiRepository::columns(const Protocol &p, QStringList *out, QString *error)
{
    for (const PasiRegionDef &r : p.pasiRegions) {
        if (!kSchemaRegions.contains(r.code)) {
            *error = QStringLiteral("the database has no columns for PASI region %1").arg(r.code);
            return false;
        }
    }
    *out = recordquery::columns(fields::pasi(p));
    return true;
}

UniqueKey PasiRepository::uniqueKey(const PasiAssessment &a)
{
    return {QStringLiteral("visit"),
            QT_TRANSLATE_NOOP("Validation",
                              "This subject already has a PASI assessment at %1."),
            {a.visit}};
}

PasiAssessment PasiRepository::read(const Protocol &p, const RowReader &r)
{
    return recordquery::read(r, fields::pasi(p), PasiAssessment::blank(p));
}

Row PasiRepository::toRow(const Protocol &p, const PasiAssessment &a)
{
    return recordquery::toRow(fields::pasi(p), a);
}

std::optional<PasiAssessment> PasiRepository::byId(const Database &db, const Protocol &p,
                                                   qint64 id, QString *error)
{
    QStringList cols;
    if (!columns(p, &cols, error))
        return std::nullopt;
    return recordquery::byId(db, table(), cols, id,
                             [&](const RowReader &r) { return read(p, r); }, error);
}

bool PasiRepository::forSubject(const Database &db, const Protocol &p, qint64 subjectId,
                                QList<PasiAssessment> *out, QString *error)
{
    QStringList cols;
    if (!columns(p, &cols, error))
        return false;
    return recordquery::all(db, recordquery::selectBy(table(), cols, QStringLiteral("subject_id")),
                            {subjectId}, [&](const RowReader &r) { return read(p, r); }, out,
                            error);
}

bool PasiRepository::forEach(const Database &db, const Protocol &p,
                             const std::function<bool(const QString &, const PasiAssessment &)> &fn,
                             QString *error)
{
    QStringList cols;
    if (!columns(p, &cols, error))
        return false;
    const QStringList visits = p.visitCodes();
    const QString sql = (QStringLiteral("SELECT %1, s.code AS subject_code FROM pasi_assessments a"
                             " JOIN subjects s ON s.id = a.subject_id ORDER BY s.code, %2")
                  .arg(RowReader::columnList(cols, QStringLiteral("a")),
                       VisitOrder::orderExpression(QStringLiteral("a.visit"), visits)));
    return recordquery::each(
        db, sql, VisitOrder::values(visits),
        [&](const RowReader &r) { return fn(r.text(QStringLiteral("subject_code")), read(p, r)); },
        error);
}

}  // namespace trialcrf
