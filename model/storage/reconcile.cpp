// SPDX-License-Identifier: Apache-2.0
#include "storage/reconcile.h"

#include "records/fieldtables.h"
#include "storage/fieldrows.h"
#include "storage/row.h"
#include "storage/rowreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <limits>

namespace trialcrf {

namespace {

const QString kVitals = QStringLiteral("vital_signs");
const QString kSubjectId = QStringLiteral("subject_id");

FieldInfo column(const char *name, FieldType type)
{
    FieldInfo f;
    f.key = QLatin1String(name);
    f.column = f.key;
    f.type = type;
    return f;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

/// The text the audit trail would carry for this stored value: the value read back into its
/// record type and written out again, exactly as a save formats it. A stored value the type
/// cannot read (text in a date column) is shown as it is stored.
QString storedText(const RowReader &r, const QSqlQuery &q, int index, const FieldInfo &f)
{
    Row row;
    fieldrows::add(row, f, fieldrows::read(r, f));
    const QString text = row.fields().constFirst().text;
    if (text.isEmpty() && !q.value(index).isNull())
        return q.value(index).toString();
    return text;
}

/// Vital-sign JSON arrays compared as JSON (the trail's insert nests them in the record).
QString normalizedJson(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

/// A record as the trail's last word leaves it.
struct Expected {
    QHash<QString, QString> values;
    QSet<QString> known;  ///< the columns the trail has given a value
    bool inserted = false;
    QString subjectCode;
};

}  // namespace

Reconciler::Reconciler(const Database &db, const Protocol &p)
    : m_db(db), m_tables(reconciledTables(p))
{
}

QList<ReconciledTable> Reconciler::reconciledTables(const Protocol &p)
{
    const QStringList inserts{QStringLiteral("insert")};
    const QStringList updates{QStringLiteral("update")};
    QList<ReconciledTable> out;
    for (const fields::RecordFields &r : fields::all(p)) {
        if (r.table == kVitals)  // an infusion's child rows: compared with their infusion
            continue;
        ReconciledTable t{r.table, {}, {}, inserts, updates, false};
        if (r.table != QLatin1String("subjects"))
            t.columns << column("subject_id", FieldType::Integer);
        for (const FieldInfo &f : r.fields) {
            if (f.stored())
                t.columns << f;
        }
        if (r.table == QLatin1String("subjects")) {
            // A casebook's lock: set by lock and unlock rows, "no" until the first.
            t.columns << column("locked", FieldType::Flag);
            t.defaults.insert(QStringLiteral("locked"), QStringLiteral("no"));
            t.updateActions << QStringLiteral("lock") << QStringLiteral("unlock");
        } else if (r.table == QLatin1String("eligibility")) {
            t.columns << column("confirmed_by", FieldType::Text)
                      << column("confirmed_at", FieldType::DateTime);
        } else if (r.table == QLatin1String("infusions")) {
            t.withVitals = true;
        }
        out << t;
    }
    ReconciledTable users{QStringLiteral("users"),
                          {column("user_name", FieldType::Text),
                           column("full_name", FieldType::Text), column("role", FieldType::Code),
                           column("disabled", FieldType::Flag)},
                          {{QStringLiteral("disabled"), QStringLiteral("no")}},
                          {QStringLiteral("user_add")},
                          {QStringLiteral("user_change"), QStringLiteral("role_change"),
                           QStringLiteral("user_disable"), QStringLiteral("user_enable")},
                          false};
    out << users;
    return out;
}

bool Reconciler::tableExists(const QString &table) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

bool Reconciler::run(const std::function<bool(const Discrepancy &)> &report,
                     QString *error) const
{
    bool stopped = false;
    for (const ReconciledTable &t : m_tables) {
        if (!runTable(t, report, &stopped, error))
            return false;
        if (stopped)
            break;
    }
    return true;
}

bool Reconciler::runTable(const ReconciledTable &t,
                          const std::function<bool(const Discrepancy &)> &report, bool *stopped,
                          QString *error) const
{
    const auto emit_ = [&](const Discrepancy &d) {
        if (!report(d))
            *stopped = true;
        return !*stopped;
    };
    const auto sqlFailed = [&](const QSqlQuery &q) {
        if (error)
            *error = t.table + QLatin1String(": ") + Database::describe(q.lastError());
        return false;
    };
    if (!tableExists(t.table)) {
        emit_(Discrepancy{Discrepancy::Kind::TableMissing, t.table, 0, {}, {}, {}, {}});
        return true;
    }
    const bool vitals = t.withVitals && tableExists(kVitals);
    if (t.withVitals && !vitals
        && !emit_(Discrepancy{Discrepancy::Kind::TableMissing, kVitals, 0, {}, {}, {}, {}}))
        return true;

    // The trail's rows of this table, record by record in the order they were written.
    const QStringList actions = t.insertActions + t.updateActions;
    QSqlQuery trail(m_db.connection());
    trail.setForwardOnly(true);
    trail.prepare(QStringLiteral("SELECT record_id, action, field, new_value, subject_code"
                                 " FROM audit_log WHERE table_name = ? AND action IN (%1)"
                                 " ORDER BY record_id, seq")
                      .arg(placeholders(actions.size())));
    trail.addBindValue(t.table);
    for (const QString &a : actions)
        trail.addBindValue(a);
    if (!trail.exec())
        return sqlFailed(trail);

    QStringList columns;
    for (const FieldInfo &f : t.columns)
        columns << f.column;
    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
                       .arg(columns.join(QStringLiteral(", ")), t.table)))
        return sqlFailed(rows);
    const RowReader rowReader(rows);

    const QList<FieldInfo> vitalFields = fields::infos(fields::vitalSigns());
    QSqlQuery vitalRows(m_db.connection());
    vitalRows.setForwardOnly(true);
    std::optional<RowReader> vitalReader;
    if (vitals) {
        QStringList vitalColumns;
        for (const FieldInfo &f : vitalFields) {
            if (f.stored())
                vitalColumns << f.column;
        }
        if (!vitalRows.exec(QStringLiteral("SELECT infusion_id, %1 FROM vital_signs"
                                           " ORDER BY infusion_id, seq")
                                .arg(vitalColumns.join(QStringLiteral(", ")))))
            return sqlFailed(vitalRows);
        vitalReader.emplace(vitalRows);
    }

    constexpr qint64 kEnd = std::numeric_limits<qint64>::max();
    bool haveTrail = trail.next();
    bool haveRow = rows.next();
    bool haveVital = vitals && vitalRows.next();
    while (haveTrail || haveRow) {
        const qint64 trailId = haveTrail ? trail.value(0).toLongLong() : kEnd;
        const qint64 rowId = haveRow ? rows.value(0).toLongLong() : kEnd;
        const qint64 id = qMin(trailId, rowId);

        Expected exp;
        const bool inTrail = trailId == id;
        while (haveTrail && trail.value(0).toLongLong() == id) {
            const QString action = trail.value(1).toString();
            exp.subjectCode = trail.value(4).toString();
            if (t.insertActions.contains(action)) {
                const QJsonObject o =
                    QJsonDocument::fromJson(trail.value(3).toString().toUtf8()).object();
                exp.inserted = true;
                exp.values.clear();
                for (const FieldInfo &f : t.columns) {
                    const QJsonValue v = o.value(f.column);
                    exp.values.insert(f.column, v.isString() ? v.toString()
                                                             : t.defaults.value(f.column));
                    exp.known.insert(f.column);
                }
                if (t.withVitals) {
                    const QJsonValue v = o.value(kVitals);
                    exp.values.insert(kVitals,
                                      v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray())
                                                                          .toJson(QJsonDocument::Compact))
                                                  : QString());
                    exp.known.insert(kVitals);
                }
            } else {
                const QString field = trail.value(2).toString();
                exp.values.insert(field, trail.value(3).toString());
                exp.known.insert(field);
            }
            haveTrail = trail.next();
        }

        QHash<QString, QString> stored;
        const bool inStore = rowId == id;
        if (inStore) {
            for (int i = 0; i < t.columns.size(); ++i)
                stored.insert(t.columns.at(i).column,
                              storedText(rowReader, rows, i + 1, t.columns.at(i)));
            haveRow = rows.next();
        }
        QStringList vitalObjects;
        while (haveVital && vitalRows.value(0).toLongLong() <= id) {
            if (vitalRows.value(0).toLongLong() == id) {
                Row v;
                for (const FieldInfo &f : vitalFields) {
                    if (f.stored())
                        fieldrows::add(v, f, fieldrows::read(*vitalReader, f));
                }
                vitalObjects << v.insertJson();
            }
            haveVital = vitalRows.next();
        }

        Discrepancy d{Discrepancy::Kind::FieldDiffers, t.table, id, exp.subjectCode, {}, {}, {}};
        if (!inTrail) {
            d.kind = Discrepancy::Kind::NoHistory;
            if (!emit_(d))
                return true;
            continue;
        }
        if (!inStore) {
            d.kind = Discrepancy::Kind::Missing;
            if (!emit_(d))
                return true;
            continue;
        }
        for (const FieldInfo &f : t.columns) {
            if (!exp.known.contains(f.column))
                continue;
            const QString &s = stored[f.column];
            const QString &e = exp.values[f.column];
            if (s == e)
                continue;
            d.field = f.column;
            d.stored = s;
            d.perTrail = e;
            if (!emit_(d))
                return true;
        }
        if (vitals && exp.known.contains(kVitals)) {
            const QString s = Row::jsonArray(vitalObjects);
            const QString &e = exp.values[kVitals];
            if (s != e && normalizedJson(s) != normalizedJson(e)) {
                d.field = kVitals;
                d.stored = s;
                d.perTrail = e;
                if (!emit_(d))
                    return true;
            }
        }
    }
    return true;
}

}  // namespace trialcrf
