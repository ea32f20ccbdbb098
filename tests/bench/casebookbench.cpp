// SPDX-License-Identifier: Apache-2.0
// (c) Opening one casebook in a large study: StudyStore::loadCasebook against raw selects.
#include "benchmarks.h"
#include "samples.h"

#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/studystore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <sqlite3.h>

namespace trialcrf::bench {

namespace {

constexpr double kGoalMs = 5;

/// The reference: every row of one subject read with prepared statements, every column
/// fetched, nothing converted.
class RawCasebook {
public:
    ~RawCasebook()
    {
        for (sqlite3_stmt *s : m_statements)
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    bool open(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY,
                            nullptr) != SQLITE_OK)
            return false;
        for (const char *sql :
             {"SELECT * FROM subjects WHERE id = ?", "SELECT * FROM consents WHERE subject_id = ?",
              "SELECT * FROM eligibility WHERE subject_id = ?",
              "SELECT * FROM infusions WHERE subject_id = ? ORDER BY visit",
              "SELECT v.* FROM vital_signs v JOIN infusions i ON v.infusion_id = i.id"
              " WHERE i.subject_id = ? ORDER BY v.infusion_id, v.seq",
              "SELECT * FROM pasi_assessments WHERE subject_id = ? ORDER BY visit",
              "SELECT * FROM adverse_events WHERE subject_id = ? ORDER BY ae_number"}) {
            sqlite3_stmt *s = nullptr;
            if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK)
                return false;
            m_statements.append(s);
        }
        return true;
    }
    /// Rows read (so the work cannot be optimised away).
    int load(qint64 subjectId)
    {
        int rows = 0;
        for (sqlite3_stmt *s : m_statements) {
            sqlite3_bind_int64(s, 1, subjectId);
            while (sqlite3_step(s) == SQLITE_ROW) {
                ++rows;
                for (int c = 0; c < sqlite3_column_count(s); ++c)
                    sqlite3_column_text(s, c);
            }
            sqlite3_reset(s);
        }
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    QList<sqlite3_stmt *> m_statements;
};

}  // namespace

bool casebookBench(const QString &database, int n, QTextStream &out)
{
    out << "(c) load one casebook, " << n << " random subjects" << Qt::endl;
    Database db;
    RawCasebook raw;
    if (!db.open(database, Database::OpenMode::ReadOnly) || !raw.open(database)) {
        out << "  cannot open " << database << ": " << db.errorString() << Qt::endl;
        return false;
    }
    const StudyStore store(db, Protocol::builtIn());
    const int count = store.subjectCount();
    if (count == 0) {
        out << "  the study is empty" << Qt::endl;
        return false;
    }
    const Session monitor{0, QStringLiteral("bench"), Role::Monitor};
    QRandomGenerator random(42);
    Samples storeTimes, rawTimes;
    int rows = 0;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        const QList<SubjectSummary> one = store.subjects(int(random.bounded(count)), 1);
        if (one.isEmpty())
            continue;
        const qint64 id = one.first().id;
        // Alternating order: whichever reads a subject first pays for pages not yet cached.
        bool loaded = true;
        const auto timeStore = [&]() {
            t.start();
            loaded = store.loadCasebook(monitor, id).has_value();
            storeTimes.add(double(t.nsecsElapsed()) / 1e6);
        };
        const auto timeRaw = [&]() {
            t.start();
            rows += raw.load(id);
            rawTimes.add(double(t.nsecsElapsed()) / 1e6);
        };
        if (i % 2) {
            timeStore();
            timeRaw();
        } else {
            timeRaw();
            timeStore();
        }
        if (!loaded) {
            out << "  loadCasebook failed for subject id " << id << Qt::endl;
            return false;
        }
    }
    const bool met = storeTimes.median() < kGoalMs;
    out << "    StudyStore::loadCasebook   " << storeTimes.describe() << '\n'
        << "    raw sqlite3 selects        " << rawTimes.describe() << " ("
        << QString::number(double(rows) / n, 'f', 1) << " rows per subject)\n"
        << "    ratio of medians " << QString::number(storeTimes.median() / rawTimes.median(), 'f', 1)
        << "; median goal < " << kGoalMs << " ms: " << (met ? "met" : "NOT met") << Qt::endl;
    return met;
}

}  // namespace trialcrf::bench
