// SPDX-License-Identifier: Apache-2.0
#include "storage/reconcile.h"

#include "storage/sqldialect.h"

#include "records/fieldtables.h"
#include "storage/fieldrows.h"
#include "storage/jsonobjectreader.h"
#include "storage/row.h"
#include "storage/readsnapshot.h"
#include "storage/rowreader.h"
#include "storage/servercursor.h"
#include "storage/sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <vector>

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

/// The texts the audit trail would carry for the stored row: each value read back into its
/// record type and written out again, exactly as a save formats it (one Row for the record).
/// A stored value the type cannot read (text in a date column) is shown as it is stored.
void storedTexts(const RowReader &r, const QSqlQuery &q, const QList<FieldInfo> &columns,
                 std::vector<QString> *out)
{
    Row row;
    for (const FieldInfo &f : columns)
        fieldrows::add(row, f, fieldrows::read(r, f));
    const QList<RowField> &fields = row.fields();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString &text = fields.at(i).text;
        (*out)[size_t(i)] = text.isEmpty() && !q.value(int(i) + 1).isNull()
            ? q.value(int(i) + 1).toString()
            : text;
    }
}

/// Vital-sign JSON arrays compared as JSON (the trail's insert nests them in the record).
QString normalizedJson(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isNull() ? text : QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

/// A record as the trail's last word leaves it: one slot per compared column, and after them
/// the infusion's vital signs (ReconciledTable::withVitals).
struct Expected {
    std::vector<QString> values;
    std::vector<char> known;  ///< the slots the trail has given a value
    /// The vital-signs slot holds an insert's array as written, not yet in QJsonDocument's
    /// compact form (normalised only when it differs from the stored readings).
    bool vitalsAsWritten = false;
    QString subjectCode;

    void reset(size_t count)
    {
        values.assign(count, QString());
        known.assign(count, 0);
        vitalsAsWritten = false;
        subjectCode.clear();
    }
};

/// Where each name the trail uses lands: a column's slot, the vital signs' slot, or nowhere.
class Slots {
public:
    explicit Slots(const ReconciledTable &t)
    {
        m_names.reserve(size_t(t.columns.size()) + 1);
        for (const FieldInfo &f : t.columns)
            m_names.push_back(f.column.toUtf8());
        if (t.withVitals)
            m_names.push_back(kVitals.toUtf8());
        for (size_t i = 0; i < m_names.size(); ++i)
            m_index.emplace(std::string_view(m_names[i].constData(), size_t(m_names[i].size())),
                            int(i));
    }
    int of(QByteArrayView name) const
    {
        const auto it = m_index.find(std::string_view(name.data(), size_t(name.size())));
        return it == m_index.end() ? -1 : it->second;
    }
    size_t count() const { return m_names.size(); }

private:
    std::vector<QByteArray> m_names;
    std::unordered_map<std::string_view, int> m_index;
};

/// An insert row's record, read with JsonObjectReader; false when QJsonDocument must read it
/// (text not in the app's plain form, or a compared name given twice). Nothing is changed
/// in `exp` then.
bool readInsertFast(QByteArrayView json, const ReconciledTable &t, const Slots &slotMap,
                    Expected *exp, std::vector<QString> *scratch, std::vector<char> *given)
{
    const size_t vitalsSlot = size_t(t.columns.size());
    scratch->assign(slotMap.count(), QString());
    given->assign(slotMap.count(), 0);
    bool vitalsArray = false;
    JsonObjectReader reader(json);
    while (reader.next()) {
        const int slot = slotMap.of(reader.key());
        if (slot < 0)
            continue;
        if ((*given)[size_t(slot)])
            return false;
        (*given)[size_t(slot)] = 1;
        if (size_t(slot) == vitalsSlot) {
            vitalsArray = reader.kind() == JsonObjectReader::Kind::Array;
            if (vitalsArray)
                (*scratch)[vitalsSlot] = QString::fromUtf8(reader.raw());
        } else if (reader.kind() == JsonObjectReader::Kind::String) {
            (*scratch)[size_t(slot)] = reader.string();
        } else {
            (*given)[size_t(slot)] = 2;  // not a string: the column's default
        }
    }
    if (reader.failed())
        return false;
    for (qsizetype i = 0; i < t.columns.size(); ++i) {
        const size_t slot = size_t(i);
        exp->values[slot] = (*given)[slot] == 1 ? std::move((*scratch)[slot])
                                                : t.defaults.value(t.columns.at(i).column);
        exp->known[slot] = 1;
    }
    if (t.withVitals) {
        exp->values[vitalsSlot] = vitalsArray ? std::move((*scratch)[vitalsSlot]) : QString();
        exp->vitalsAsWritten = vitalsArray;
        exp->known[vitalsSlot] = 1;
    }
    return true;
}

/// The same, by QJsonDocument: any text at all.
void readInsert(const QString &json, const ReconciledTable &t, Expected *exp)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (qsizetype i = 0; i < t.columns.size(); ++i) {
        const QString &column = t.columns.at(i).column;
        const QJsonValue v = o.value(column);
        exp->values[size_t(i)] = v.isString() ? v.toString() : t.defaults.value(column);
        exp->known[size_t(i)] = 1;
    }
    if (t.withVitals) {
        const size_t slot = size_t(t.columns.size());
        const QJsonValue v = o.value(kVitals);
        exp->values[slot] =
            v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                        : QString();
        exp->vitalsAsWritten = false;
        exp->known[slot] = 1;
    }
}

}  // namespace

Reconciler::Reconciler(const Database &db, const Protocol &p)
    : m_db(db), m_tables(reconciledTables(p)), m_siteCode(p.siteCode)
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
        ReconciledTable t{r.table, {}, {}, inserts, updates, false, {}};
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
            // A subject recorded before sites was put in the protocol's site by the migration.
            t.defaults.insert(QStringLiteral("site_code"), p.siteCode);
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
                          false,
                          {}};
    out << users;
    ReconciledTable sites{QStringLiteral("sites"),
                          {column("code", FieldType::Text), column("name", FieldType::Text)},
                          {},
                          {QStringLiteral("site_add")},
                          {QStringLiteral("site_change")},
                          false,
                          {}};
    // The study's first site, written by the schema's migration from the protocol file.
    sites.seeded.insert(1, {{QStringLiteral("code"), p.siteCode}, {QStringLiteral("name"), p.site}});
    out << sites;
    return out;
}

bool Reconciler::tableExists(const QString &table) const
{
    return SqlDialect::tableExists(m_db.connection(), table);
}

bool Reconciler::run(const std::function<bool(const Discrepancy &)> &report,
                     QString *error) const
{
    // On a server every table is read through cursors, which live in a transaction: one
    // REPEATABLE READ snapshot for the whole replay (SQLite's reads need none).
    std::optional<ReadSnapshot> snapshot;
    if (m_db.isServer())
        snapshot.emplace(m_db);
    bool stopped = false;
    for (const ReconciledTable &t : m_tables) {
        if (!runTable(t, report, &stopped, error))
            return false;
        if (stopped)
            return true;
    }
    // Who works at which site (a link table, replayed from its grants and revokes).
    return reconcileUserSites(m_db, m_siteCode, report, error);
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
    if (!tableExists(t.table)) {
        emit_(Discrepancy{Discrepancy::Kind::TableMissing, t.table, 0, {}, {}, {}, {}});
        return true;
    }
    const bool vitals = t.withVitals && tableExists(kVitals);
    if (t.withVitals && !vitals
        && !emit_(Discrepancy{Discrepancy::Kind::TableMissing, kVitals, 0, {}, {}, {}, {}}))
        return true;

    // The trail's rows of this table, record by record in the order they were written, read
    // in place (no QVariant per value: verify replays every row of a large study).
    const QStringList actions = t.insertActions + t.updateActions;
    SqliteStatement trail(m_db,
                          QStringLiteral("SELECT record_id, action, field, new_value,"
                                         " subject_code FROM audit_log WHERE table_name = ?"
                                         " AND action IN (%1) ORDER BY record_id, seq")
                              .arg(placeholders(actions.size())),
                          SqliteStatement::Read::Streamed);
    if (!trail.isPrepared()) {
        if (error)
            *error = t.table + QLatin1String(": ") + trail.errorString();
        return false;
    }
    trail.bindText(1, t.table);
    for (qsizetype i = 0; i < actions.size(); ++i)
        trail.bindText(int(i) + 2, actions.at(i));
    std::vector<QByteArray> inserts;
    for (const QString &a : t.insertActions)
        inserts.push_back(a.toUtf8());
    const auto isInsert = [&inserts](const char *action, int size) {
        for (const QByteArray &a : inserts) {
            if (a.size() == size && std::equal(a.cbegin(), a.cend(), action))
                return true;
        }
        return false;
    };
    const Slots slotMap(t);

    QStringList columns;
    for (const FieldInfo &f : t.columns)
        columns << f.column;
    // Stored rows and vital signs beside the trail: on a server each through its own cursor
    // (one streamed query per connection is all QPSQL allows), so memory stays flat.
    const auto cursorFailed = [&](const ServerCursor &c) {
        if (error)
            *error = t.table + QLatin1String(": ") + c.error();
        return false;
    };
    QSqlQuery rows(m_db.connection());
    ServerCursor rowCursor(m_db, rows);
    if (!rowCursor.exec(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id")
                            .arg(columns.join(QStringLiteral(", ")), t.table)))
        return cursorFailed(rowCursor);
    const RowReader rowReader(rows);

    const QList<FieldInfo> vitalFields = fields::infos(fields::vitalSigns());
    QSqlQuery vitalRows(m_db.connection());
    ServerCursor vitalCursor(m_db, vitalRows);
    std::optional<RowReader> vitalReader;
    if (vitals) {
        QStringList vitalColumns;
        for (const FieldInfo &f : vitalFields) {
            if (f.stored())
                vitalColumns << f.column;
        }
        if (!vitalCursor.exec(QStringLiteral("SELECT infusion_id, %1 FROM vital_signs"
                                             " ORDER BY infusion_id, seq")
                                  .arg(vitalColumns.join(QStringLiteral(", ")))))
            return cursorFailed(vitalCursor);
        vitalReader.emplace(vitalRows);
    }

    constexpr qint64 kEnd = std::numeric_limits<qint64>::max();
    bool haveTrail = trail.next();
    if (!haveTrail && !trail.errorString().isEmpty()) {
        if (error)
            *error = t.table + QLatin1String(": ") + trail.errorString();
        return false;
    }
    bool haveRow = rowCursor.next();
    bool haveVital = vitals && vitalCursor.next();
    const size_t vitalsSlot = size_t(t.columns.size());
    Expected exp;
    std::vector<QString> stored(size_t(t.columns.size()));
    std::vector<QString> scratch;
    std::vector<char> given;
    while (haveTrail || haveRow) {
        const qint64 trailId = haveTrail ? trail.integer(0) : kEnd;
        const qint64 rowId = haveRow ? rows.value(0).toLongLong() : kEnd;
        const qint64 id = qMin(trailId, rowId);

        exp.reset(slotMap.count());
        const bool inTrail = trailId == id;
        while (haveTrail && trail.integer(0) == id) {
            int actionSize = 0;
            const char *action = trail.utf8(1, &actionSize);
            if (isInsert(action, actionSize)) {
                int jsonSize = 0;
                const char *json = trail.utf8(3, &jsonSize);
                if (!readInsertFast(QByteArrayView(json, jsonSize), t, slotMap, &exp, &scratch,
                                    &given))
                    readInsert(trail.text(3), t, &exp);
            } else {
                int fieldSize = 0;
                const char *field = trail.utf8(2, &fieldSize);
                const int slot = slotMap.of(QByteArrayView(field, fieldSize));
                if (slot >= 0) {
                    exp.values[size_t(slot)] = trail.text(3);
                    exp.known[size_t(slot)] = 1;
                    if (size_t(slot) == vitalsSlot)
                        exp.vitalsAsWritten = false;
                }
            }
            exp.subjectCode = trail.text(4);
            haveTrail = trail.next();
        }
        if (!haveTrail && !trail.errorString().isEmpty()) {
            if (error)
                *error = t.table + QLatin1String(": ") + trail.errorString();
            return false;
        }

        if (!inTrail && t.seeded.contains(id)) {
            const QHash<QString, QString> &seed = t.seeded[id];
            for (qsizetype i = 0; i < t.columns.size(); ++i) {
                exp.values[size_t(i)] = seed.value(t.columns.at(i).column);
                exp.known[size_t(i)] = 1;
            }
        }
        const bool seededRow = !inTrail && t.seeded.contains(id);
        const bool inStore = rowId == id;
        if (inStore) {
            storedTexts(rowReader, rows, t.columns, &stored);
            haveRow = rowCursor.next();
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
            haveVital = vitalCursor.next();
        }

        Discrepancy d{Discrepancy::Kind::FieldDiffers, t.table, id, exp.subjectCode, {}, {}, {}};
        if (!inTrail && !seededRow) {
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
        for (qsizetype i = 0; i < t.columns.size(); ++i) {
            if (!exp.known[size_t(i)])
                continue;
            const QString &s = stored[size_t(i)];
            const QString &e = exp.values[size_t(i)];
            if (s == e)
                continue;
            d.field = t.columns.at(i).column;
            d.stored = s;
            d.perTrail = e;
            if (!emit_(d))
                return true;
        }
        if (vitals && exp.known[vitalsSlot]) {
            const QString s = Row::jsonArray(vitalObjects);
            QString &e = exp.values[vitalsSlot];
            // An insert's array as written equals the stored readings' text in the common
            // case; otherwise it is compared in QJsonDocument's compact form, as before.
            if (exp.vitalsAsWritten && s != e)
                e = normalizedJson(e);
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
