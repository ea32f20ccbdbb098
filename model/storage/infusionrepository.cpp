// SPDX-License-Identifier: Apache-2.0
#include "storage/infusionrepository.h"

#include "storage/visitorder.h"

#include <QJsonObject>
#include "records/fieldtables.h"
#include "storage/fieldrows.h"
#include "storage/recordquery.h"
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {
const QString kVitalPrefix = QStringLiteral("v_");
}  // namespace

QStringList InfusionRepository::vitalColumns()
{
    return QStringList{QStringLiteral("seq")} + storedColumns(fields::vitalSigns());
}

UniqueKey InfusionRepository::uniqueKey(const Infusion &i)
{
    return {QStringLiteral("visit"),
            QT_TRANSLATE_NOOP("Validation", "This subject already has an infusion at %1."),
            {i.visit}};
}

VitalSigns InfusionRepository::readVitals(const RowReader &r, const QString &prefix)
{
    VitalSigns v;
    fieldrows::read(r, fields::vitalSigns(), &v, prefix);
    return v;
}

Row InfusionRepository::vitalsRow(const VitalSigns &v)
{
    Row row;
    return fieldrows::write(row, fields::vitalSigns(), v);
}

QList<Row> InfusionRepository::vitalsRows(const QList<VitalSigns> &vitals)
{
    QList<Row> rows;
    rows.reserve(vitals.size());
    for (const VitalSigns &v : vitals)
        rows.append(vitalsRow(v));
    return rows;
}

QString InfusionRepository::vitalsJson(const QList<Row> &vitalRows)
{
    QStringList objects;
    objects.reserve(vitalRows.size());
    for (const Row &row : vitalRows)
        objects << row.insertJson();
    return Row::jsonArray(objects);
}

Row InfusionRepository::columnsRow(const Infusion &i)
{
    return recordquery::toRow(fields::infusion(), i);
}

Row InfusionRepository::withVitals(Row columns, const QList<Row> &vitalRows)
{
    columns.auditOnly(QStringLiteral("vital_signs"), vitalsJson(vitalRows));
    return columns;
}

Row InfusionRepository::toRow(const Infusion &i)
{
    return withVitals(columnsRow(i), vitalsRows(i.vitals));
}

std::optional<Infusion> InfusionRepository::byId(const Database &db, qint64 id,
                                                 QString *error)
{
    std::optional<Infusion> i = recordquery::byId(db, table(), columns(), id, &read, error);
    if (!i)
        return std::nullopt;
    const bool vitals = recordquery::each(
        db,
        QStringLiteral("SELECT %1 FROM vital_signs WHERE infusion_id = ? ORDER BY seq")
            .arg(RowReader::columnList(vitalColumns())),
        {id}, [&](const RowReader &r) { i->vitals << readVitals(r); }, error);
    return vitals ? i : std::nullopt;
}

bool InfusionRepository::forSubject(const Database &db, qint64 subjectId,
                                    QList<Infusion> *out, QString *error)
{
    if (!recordquery::all(db, recordquery::selectBy(table(), columns(), QStringLiteral("subject_id")),
                          {subjectId}, &read, out, error))
        return false;
    if (out->isEmpty())
        return true;
    return recordquery::each(
        db,
        QStringLiteral("SELECT v.infusion_id AS infusion_id, %1 FROM vital_signs v"
                       " JOIN infusions i ON i.id = v.infusion_id"
                       " WHERE i.subject_id = ? ORDER BY v.infusion_id, v.seq")
            .arg(RowReader::columnList(vitalColumns(), QStringLiteral("v"))),
        {subjectId},
        [&](const RowReader &r) {
            const qint64 infusionId = r.id(QStringLiteral("infusion_id"));
            for (Infusion &i : *out) {
                if (i.id == infusionId) {
                    i.vitals << readVitals(r);
                    break;
                }
            }
        },
        error);
}

bool InfusionRepository::writeVitals(const Database &db, qint64 infusionId,
                                     const QList<VitalSigns> &vitals, QString *error)
{
    Statement st(db, QStringLiteral("DELETE FROM vital_signs WHERE infusion_id = ?"));
    QSqlQuery &q = st.query();
    q.addBindValue(infusionId);
    if (!q.exec()) {
        *error = QStringLiteral("cannot replace vital signs: ") + Database::describe(q.lastError());
        return false;
    }
    if (vitals.isEmpty())
        return true;
    // One placeholder for the infusion and one per column of the field table.
    const QString placeholders =
        QStringList(vitalColumns().size() + 1, QStringLiteral("?")).join(QStringLiteral(", "));
    Statement insert(db, QStringLiteral("INSERT INTO vital_signs (infusion_id, %1) VALUES (%2)")
                             .arg(RowReader::columnList(vitalColumns()), placeholders));
    int seq = 0;
    for (const VitalSigns &v : vitals) {
        QVariantList values{infusionId, ++seq};
        const Row row = vitalsRow(v);
        for (const RowField &f : row.fields())
            values << f.value;
        if (!insert.exec(values)) {
            *error = QStringLiteral("cannot write vital signs: ")
                + Database::describe(insert.query().lastError());
            return false;
        }
    }
    return true;
}

bool InfusionRepository::forEach(const Database &db, const QStringList &visitOrder,
                                 const std::function<bool(const QString &, const Infusion &)> &fn,
                                 QString *error)
{
    QStringList vitalSelect;
    for (const QString &c : vitalColumns())
        vitalSelect << QStringLiteral("v.%1 AS %2%1").arg(c, kVitalPrefix);
    const QString sql = (QStringLiteral("SELECT %1, s.code AS subject_code, v.id AS v_id, %2"
                             " FROM infusions i JOIN subjects s ON s.id = i.subject_id"
                             " LEFT JOIN vital_signs v ON v.infusion_id = i.id"
                             " ORDER BY s.code, %3, i.id, v.seq")
                  .arg(RowReader::columnList(columns(), QStringLiteral("i")),
                       vitalSelect.join(QStringLiteral(", ")),
                       VisitOrder::orderExpression(QStringLiteral("i.visit"), visitOrder)));
    // One row per vital sign: an infusion is complete when the next one begins.
    std::optional<Infusion> current;
    QString currentCode;
    bool stopped = false;
    const bool ok = recordquery::each(
        db, sql, VisitOrder::values(visitOrder),
        [&](const RowReader &r) {
            const qint64 id = r.id(QStringLiteral("id"));
            if (!current || current->id != id) {
                if (current && !fn(currentCode, *current)) {
                    stopped = true;
                    return false;
                }
                current = read(r);
                currentCode = r.text(QStringLiteral("subject_code"));
            }
            if (!r.isNull(QStringLiteral("v_id")))
                current->vitals << readVitals(r, kVitalPrefix);
            return true;
        },
        error);
    if (ok && current && !stopped)
        fn(currentCode, *current);
    return ok;
}

}  // namespace trialcrf
