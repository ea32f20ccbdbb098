// SPDX-License-Identifier: Apache-2.0
#include "storage/infusionrepository.h"

#include "storage/visitorder.h"

#include <QJsonObject>
#include "storage/statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace trialcrf {

namespace {
const QString kVitalPrefix = QStringLiteral("v_");
}  // namespace

QStringList InfusionRepository::columns()
{
    return {QStringLiteral("id"),
            QStringLiteral("subject_id"),
            QStringLiteral("visit"),
            QStringLiteral("infusion_date"),
            QStringLiteral("weight_kg"),
            QStringLiteral("actual_cells"),
            QStringLiteral("lot_number"),
            QStringLiteral("viability_pct"),
            QStringLiteral("thaw_time"),
            QStringLiteral("start_time"),
            QStringLiteral("end_time"),
            QStringLiteral("reaction"),
            QStringLiteral("reaction_description"),
            QStringLiteral("deviation_reason"),
            QStringLiteral("version")};
}

QStringList InfusionRepository::vitalColumns()
{
    return {QStringLiteral("seq"),         QStringLiteral("phase"),
            QStringLiteral("minute"),      QStringLiteral("time"),
            QStringLiteral("temperature_c"), QStringLiteral("pulse"),
            QStringLiteral("respiration"), QStringLiteral("systolic"),
            QStringLiteral("diastolic")};
}

UniqueKey InfusionRepository::uniqueKey(const Infusion &i)
{
    return {QStringLiteral("visit"),
            QT_TRANSLATE_NOOP("Validation", "This subject already has an infusion at %1."),
            {i.visit}};
}

Infusion InfusionRepository::read(const RowReader &r)
{
    Infusion i;
    i.id = r.id(QStringLiteral("id"));
    i.version = r.integer(QStringLiteral("version")).value_or(0);
    i.subjectId = r.id(QStringLiteral("subject_id"));
    i.visit = r.text(QStringLiteral("visit"));
    i.infusionDate = r.date(QStringLiteral("infusion_date"));
    i.weightKg = r.real(QStringLiteral("weight_kg"));
    i.actualCells = r.integer64(QStringLiteral("actual_cells"));
    i.lotNumber = r.text(QStringLiteral("lot_number"));
    i.viabilityPct = r.real(QStringLiteral("viability_pct"));
    i.thawTime = r.time(QStringLiteral("thaw_time"));
    i.startTime = r.time(QStringLiteral("start_time"));
    i.endTime = r.time(QStringLiteral("end_time"));
    i.reaction = r.flag(QStringLiteral("reaction"));
    i.reactionDescription = r.text(QStringLiteral("reaction_description"));
    i.deviationReason = r.text(QStringLiteral("deviation_reason"));
    return i;
}

VitalSigns InfusionRepository::readVitals(const RowReader &r, const QString &prefix)
{
    VitalSigns v;
    v.phase = r.text(prefix + QLatin1String("phase"));
    v.minute = r.integer(prefix + QLatin1String("minute"));
    v.time = r.time(prefix + QLatin1String("time"));
    v.temperatureC = r.real(prefix + QLatin1String("temperature_c"));
    v.pulseBpm = r.integer(prefix + QLatin1String("pulse"));
    v.respirationPerMin = r.integer(prefix + QLatin1String("respiration"));
    v.systolicMmHg = r.integer(prefix + QLatin1String("systolic"));
    v.diastolicMmHg = r.integer(prefix + QLatin1String("diastolic"));
    return v;
}

namespace {
std::optional<qint64> wide(const std::optional<int> &v)
{
    return v ? std::optional<qint64>(*v) : std::nullopt;
}

}  // namespace

Row InfusionRepository::vitalsRow(const VitalSigns &v)
{
    Row row;
    row.text(QStringLiteral("phase"), v.phase)
        .integer(QStringLiteral("minute"), wide(v.minute))
        .time(QStringLiteral("time"), v.time)
        .real(QStringLiteral("temperature_c"), v.temperatureC)
        .integer(QStringLiteral("pulse"), wide(v.pulseBpm))
        .integer(QStringLiteral("respiration"), wide(v.respirationPerMin))
        .integer(QStringLiteral("systolic"), wide(v.systolicMmHg))
        .integer(QStringLiteral("diastolic"), wide(v.diastolicMmHg));
    return row;
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
    Row row;
    row.integer(QStringLiteral("subject_id"), i.subjectId)
        .text(QStringLiteral("visit"), i.visit)
        .date(QStringLiteral("infusion_date"), i.infusionDate)
        .real(QStringLiteral("weight_kg"), i.weightKg)
        .integer(QStringLiteral("actual_cells"), i.actualCells)
        .text(QStringLiteral("lot_number"), i.lotNumber)
        .real(QStringLiteral("viability_pct"), i.viabilityPct)
        .time(QStringLiteral("thaw_time"), i.thawTime)
        .time(QStringLiteral("start_time"), i.startTime)
        .time(QStringLiteral("end_time"), i.endTime)
        .flag(QStringLiteral("reaction"), i.reaction)
        .text(QStringLiteral("reaction_description"), i.reactionDescription)
        .text(QStringLiteral("deviation_reason"), i.deviationReason);
    return row;
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
    Statement st(db, QStringLiteral("SELECT %1 FROM infusions WHERE id = ?")
                  .arg(RowReader::columnList(columns())));
    QSqlQuery &q = st.query();
    q.addBindValue(id);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Infusion i = read(RowReader(q));
    Statement vitals(db, QStringLiteral("SELECT %1 FROM vital_signs WHERE infusion_id = ?"
                                        " ORDER BY seq")
                             .arg(RowReader::columnList(vitalColumns())));
    if (!vitals.exec({id})) {
        *error = Database::describe(vitals.query().lastError());
        return std::nullopt;
    }
    const RowReader r(vitals.query());
    while (vitals.query().next())
        i.vitals << readVitals(r);
    return i;
}

bool InfusionRepository::forSubject(const Database &db, qint64 subjectId,
                                    QList<Infusion> *out, QString *error)
{
    Statement st(db, QStringLiteral("SELECT %1 FROM infusions WHERE subject_id = ?")
                  .arg(RowReader::columnList(columns())));
    QSqlQuery &q = st.query();
    q.addBindValue(subjectId);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    {
        const RowReader r(q);
        while (q.next())
            out->append(read(r));
    }
    if (out->isEmpty())
        return true;
    Statement vitals(db, QStringLiteral("SELECT v.infusion_id AS infusion_id, %1 FROM vital_signs v"
                                        " JOIN infusions i ON i.id = v.infusion_id"
                                        " WHERE i.subject_id = ? ORDER BY v.infusion_id, v.seq")
                             .arg(RowReader::columnList(vitalColumns(), QStringLiteral("v"))));
    if (!vitals.exec({subjectId})) {
        *error = Database::describe(vitals.query().lastError());
        return false;
    }
    const RowReader r(vitals.query());
    while (vitals.query().next()) {
        const qint64 infusionId = r.id(QStringLiteral("infusion_id"));
        for (Infusion &i : *out) {
            if (i.id == infusionId) {
                i.vitals << readVitals(r);
                break;
            }
        }
    }
    return true;
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
    Statement insert(db, QStringLiteral("INSERT INTO vital_signs (infusion_id, %1)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                             .arg(RowReader::columnList(vitalColumns())));
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
    Statement st(db, QStringLiteral("SELECT %1, s.code AS subject_code, v.id AS v_id, %2"
                             " FROM infusions i JOIN subjects s ON s.id = i.subject_id"
                             " LEFT JOIN vital_signs v ON v.infusion_id = i.id"
                             " ORDER BY s.code, %3, i.id, v.seq")
                  .arg(RowReader::columnList(columns(), QStringLiteral("i")),
                       vitalSelect.join(QStringLiteral(", ")),
                       VisitOrder::orderExpression(QStringLiteral("i.visit"), visitOrder)));
    QSqlQuery &q = st.query();
    VisitOrder::bind(q, visitOrder);
    if (!q.exec()) {
        *error = Database::describe(q.lastError());
        return false;
    }
    const RowReader r(q);
    std::optional<Infusion> current;
    QString currentCode;
    while (q.next()) {
        const qint64 id = r.id(QStringLiteral("id"));
        if (!current || current->id != id) {
            if (current && !fn(currentCode, *current))
                return true;
            current = read(r);
            currentCode = r.text(QStringLiteral("subject_code"));
        }
        if (!r.isNull(QStringLiteral("v_id")))
            current->vitals << readVitals(r, kVitalPrefix);
    }
    if (current)
        fn(currentCode, *current);
    return true;
}

}  // namespace trialcrf
