// SPDX-License-Identifier: Apache-2.0
// (a) Saving one infusion: StudyStore against raw sqlite3 with the same pragmas.
#include "benchmarks.h"
#include "samples.h"

#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QDir>
#include <QElapsedTimer>

#include <sqlite3.h>
#include <time.h>

namespace trialcrf::bench {

namespace {

const QString kPassword = QStringLiteral("Bench-password-2024");
constexpr double kGoalRatio = 1.5;
// Untimed saves first, on both sides: the WAL files grow to their working size and the
// caches fill, so the timed saves compare steady states (a growing file costs a metadata
// flush per commit).
constexpr int kWarmUp = 100;

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// CPU time of this thread in ms: the part of a save that is not waiting for the disk.
double cpuMs()
{
    struct timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Infusion infusion(qint64 subjectId, const QString &visit, QDate date, int i, bool withVitals)
{
    Infusion inf;
    inf.subjectId = subjectId;
    inf.visit = visit;
    inf.infusionDate = date;
    inf.weightKg = 60.0 + (i % 300) / 10.0;
    inf.actualCells = qint64(*inf.weightKg * 10 + 0.5) * 200000;
    inf.lotNumber = QStringLiteral("UC2406-%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
    inf.viabilityPct = 92.5;
    inf.thawTime = QTime(8, 40);
    inf.startTime = QTime(9, 30);
    inf.endTime = QTime(10, 5);
    if (withVitals) {
        const auto v = [](const char *phase, std::optional<int> minute, QTime at) {
            VitalSigns s;
            s.phase = QLatin1String(phase);
            s.minute = minute;
            s.time = at;
            s.temperatureC = 36.6;
            s.pulseBpm = 76;
            s.respirationPerMin = 16;
            s.systolicMmHg = 122;
            s.diastolicMmHg = 78;
            return s;
        };
        inf.vitals = {v("before", std::nullopt, QTime(9, 20)), v("during", 15, QTime(9, 45)),
                      v("during", 30, QTime(10, 0)), v("after", std::nullopt, QTime(10, 35))};
    }
    return inf;
}

/// The raw reference: the same tables and pragmas, one prepared insert per row, one
/// BEGIN IMMEDIATE … COMMIT per saved infusion.
class RawStore {
public:
    ~RawStore()
    {
        for (sqlite3_stmt *s : {m_begin, m_commit, m_insert, m_vitals})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }

    bool open(const QString &path, QString *error)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            return fail(error);
        const char *setup =
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
            "PRAGMA busy_timeout = 5000;"
            "CREATE TABLE subjects (id INTEGER PRIMARY KEY);"
            "INSERT INTO subjects (id) VALUES (1);"
            "CREATE TABLE infusions (id INTEGER PRIMARY KEY,"
            " subject_id INTEGER NOT NULL REFERENCES subjects (id), visit TEXT NOT NULL,"
            " infusion_date TEXT, weight_kg REAL, actual_cells INTEGER, lot_number TEXT,"
            " viability_pct REAL, thaw_time TEXT, start_time TEXT, end_time TEXT,"
            " reaction INTEGER NOT NULL DEFAULT 0, reaction_description TEXT,"
            " deviation_reason TEXT, version INTEGER NOT NULL, updated_at TEXT NOT NULL,"
            " updated_by TEXT NOT NULL);"
            "CREATE TABLE vital_signs (id INTEGER PRIMARY KEY,"
            " infusion_id INTEGER NOT NULL REFERENCES infusions (id) ON DELETE CASCADE,"
            " seq INTEGER NOT NULL, phase TEXT NOT NULL, minute INTEGER, time TEXT,"
            " temperature_c REAL, pulse INTEGER, respiration INTEGER, systolic INTEGER,"
            " diastolic INTEGER, UNIQUE (infusion_id, seq));";
        if (sqlite3_exec(m_db, setup, nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(error);
        return prepare("BEGIN IMMEDIATE", &m_begin, error) &&
               prepare("COMMIT", &m_commit, error) &&
               prepare("INSERT INTO infusions (subject_id, visit, infusion_date, weight_kg,"
                       " actual_cells, lot_number, viability_pct, thaw_time, start_time,"
                       " end_time, reaction, reaction_description, deviation_reason, version,"
                       " updated_at, updated_by)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)",
                       &m_insert, error) &&
               prepare("INSERT INTO vital_signs (infusion_id, seq, phase, minute, time,"
                       " temperature_c, pulse, respiration, systolic, diastolic)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?)",
                       &m_vitals, error);
    }

    bool save(const Infusion &inf, QString *error)
    {
        if (!step(m_begin, error))
            return false;
        int c = 0;
        sqlite3_bind_int64(m_insert, ++c, 1);
        bindText(m_insert, ++c, inf.visit);
        bindText(m_insert, ++c, inf.infusionDate->toString(Qt::ISODate));
        sqlite3_bind_double(m_insert, ++c, *inf.weightKg);
        sqlite3_bind_int64(m_insert, ++c, *inf.actualCells);
        bindText(m_insert, ++c, inf.lotNumber);
        sqlite3_bind_double(m_insert, ++c, *inf.viabilityPct);
        bindText(m_insert, ++c, inf.thawTime->toString(QStringLiteral("HH:mm")));
        bindText(m_insert, ++c, inf.startTime->toString(QStringLiteral("HH:mm")));
        bindText(m_insert, ++c, inf.endTime->toString(QStringLiteral("HH:mm")));
        sqlite3_bind_int(m_insert, ++c, inf.reaction ? 1 : 0);
        sqlite3_bind_null(m_insert, ++c);
        sqlite3_bind_null(m_insert, ++c);
        bindText(m_insert, ++c, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        bindText(m_insert, ++c, QStringLiteral("nurse"));
        if (!step(m_insert, error))
            return false;
        const sqlite3_int64 id = sqlite3_last_insert_rowid(m_db);
        int seq = 0;
        for (const VitalSigns &v : inf.vitals) {
            c = 0;
            sqlite3_bind_int64(m_vitals, ++c, id);
            sqlite3_bind_int(m_vitals, ++c, ++seq);
            bindText(m_vitals, ++c, v.phase);
            if (v.minute)
                sqlite3_bind_int(m_vitals, ++c, *v.minute);
            else
                sqlite3_bind_null(m_vitals, ++c);
            bindText(m_vitals, ++c, v.time->toString(QStringLiteral("HH:mm")));
            sqlite3_bind_double(m_vitals, ++c, *v.temperatureC);
            sqlite3_bind_int(m_vitals, ++c, *v.pulseBpm);
            sqlite3_bind_int(m_vitals, ++c, *v.respirationPerMin);
            sqlite3_bind_int(m_vitals, ++c, *v.systolicMmHg);
            sqlite3_bind_int(m_vitals, ++c, *v.diastolicMmHg);
            if (!step(m_vitals, error))
                return false;
        }
        return step(m_commit, error);
    }

private:
    bool fail(QString *error)
    {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    bool prepare(const char *sql, sqlite3_stmt **stmt, QString *error)
    {
        return sqlite3_prepare_v2(m_db, sql, -1, stmt, nullptr) == SQLITE_OK || fail(error);
    }
    bool step(sqlite3_stmt *stmt, QString *error)
    {
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        return rc == SQLITE_DONE || fail(error);
    }
    static void bindText(sqlite3_stmt *stmt, int column, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(stmt, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr, *m_commit = nullptr, *m_insert = nullptr,
                 *m_vitals = nullptr;
};

/// A study with a nurse and enough subjects for `infusions` infusions.
struct StoreSetup {
    Database db;
    Session nurse;
    QList<Subject> subjects;
};

bool setUp(StoreSetup &s, const QString &path, int infusions, QString *error)
{
    if (!s.db.open(path)) {
        *error = s.db.errorString();
        return false;
    }
    UserStore users(s.db);
    Session manager;
    if (!users.createFirstAdmin(QStringLiteral("dm"), kPassword, error) ||
        users.login(QStringLiteral("dm"), kPassword, &manager) != UserStore::LoginResult::Ok ||
        !users.addUser(manager, QStringLiteral("nurse"), QStringLiteral("Bench Nurse"),
                       Role::Nurse, kPassword, error) ||
        users.login(QStringLiteral("nurse"), kPassword, &s.nurse) != UserStore::LoginResult::Ok) {
        if (error->isEmpty())
            *error = QStringLiteral("cannot log in");
        return false;
    }
    StudyStore store(s.db, Protocol::builtIn());
    const int perSubject = int(Protocol::builtIn().infusionVisitCodes().size());
    for (int i = 0; i < infusions / perSubject + 1; ++i) {
        Subject subject;
        subject.code = QStringLiteral("B%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        subject.initials = QStringLiteral("BN");
        subject.sex = QStringLiteral("F");
        subject.birthDate = QDate(1980, 3, 1);
        subject.week0Date = QDate::currentDate().addDays(-70);
        const SaveResult r = store.saveSubject(s.nurse, subject);
        if (!r.ok()) {
            *error = QStringLiteral("subject: ") + r.message;
            return false;
        }
        s.subjects.append(subject);
    }
    return true;
}

bool measure(const QString &folder, int n, bool withVitals, QTextStream &out)
{
    const QString tag = withVitals ? QStringLiteral("vitals") : QStringLiteral("plain");
    StoreSetup setup;
    QString error;
    RawStore raw;
    if (!setUp(setup, QDir(folder).filePath(tag + QLatin1String("-store.db")), kWarmUp + n,
               &error) ||
        !raw.open(QDir(folder).filePath(tag + QLatin1String("-raw.db")), &error)) {
        out << "  cannot set up: " << error << Qt::endl;
        return false;
    }
    StudyStore store(setup.db, Protocol::builtIn());
    const Protocol &p = Protocol::builtIn();
    const QStringList visits = p.infusionVisitCodes();
    Samples storeTimes, rawTimes, storeCpu, rawCpu;
    QElapsedTimer t;
    for (int i = 0; i < kWarmUp + n; ++i) {
        // Interleaved, and in alternating order, so both sides see the same disk, cache and
        // machine load, and neither always follows the other's flush.
        const Subject &subject = setup.subjects.at(i / visits.size());
        const QString visit = visits.at(i % visits.size());
        const QDate date = subject.week0Date->addDays(7 * *p.visit(visit)->week);
        Infusion inf = infusion(subject.id, visit, date, i, withVitals);
        const Infusion copy = inf;
        const bool timed = i >= kWarmUp;
        const auto saveStore = [&]() {
            const double cpu = cpuMs();
            t.start();
            const SaveResult r = store.saveInfusion(setup.nurse, inf);
            if (timed) {
                storeTimes.add(msSince(t));
                storeCpu.add(cpuMs() - cpu);
            }
            if (!r.ok()) {
                error = QStringLiteral("StudyStore refused infusion %1: %2").arg(i).arg(r.message);
                for (const FieldError &e : r.errors)
                    error += QLatin1Char(' ') + e.field + QLatin1String(": ") + e.text();
            }
            return r.ok();
        };
        const auto saveRaw = [&]() {
            const double cpu = cpuMs();
            t.start();
            const bool ok = raw.save(copy, &error);
            if (timed) {
                rawTimes.add(msSince(t));
                rawCpu.add(cpuMs() - cpu);
            }
            return ok;
        };
        const bool ok = i % 2 ? saveStore() && saveRaw() : saveRaw() && saveStore();
        if (!ok) {
            out << "  " << error << Qt::endl;
            return false;
        }
    }
    const double ratio = storeTimes.median() / rawTimes.median();
    const bool met = ratio <= kGoalRatio;
    out << "  " << (withVitals ? "with 4 vital-sign rows" : "infusion row only") << '\n'
        << "    StudyStore::saveInfusion   " << storeTimes.describe() << '\n'
        << "    raw sqlite3 insert+commit  " << rawTimes.describe() << '\n'
        << "    ratio of medians " << QString::number(ratio, 'f', 2) << " (goal <= "
        << kGoalRatio << "): " << (met ? "met" : "NOT met") << '\n'
        << "    CPU time alone (no disk wait): StudyStore " << storeCpu.describe() << ",\n"
        << "                                   raw        " << rawCpu.describe()
        << ", ratio " << QString::number(storeCpu.median() / rawCpu.median(), 'f', 1)
        << Qt::endl;
    return met;
}

}  // namespace

bool saveInfusionBench(const QString &folder, int n, QTextStream &out)
{
    out << "(a) save one infusion, " << n << " of each after " << kWarmUp
        << " untimed, WAL + synchronous=FULL, interleaved" << Qt::endl;
    const bool plain = measure(folder, n, false, out);
    const bool vitals = measure(folder, n, true, out);
    return plain && vitals;
}

}  // namespace trialcrf::bench
