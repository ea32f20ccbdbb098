// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/saveresult.h"
#include "storage/session.h"

#include <QList>
#include <QMap>
#include <QString>
#include <functional>

namespace trialcrf {

class BulkWriter;
struct DemoSubjectPlan;
class StudyStore;

/// Fills an empty database with a synthetic demo study, marked DEMO (meta demo = 1), with
/// one account per role, all with the documented password(). It writes through the model's
/// save paths only, each record by the role that records it at the site (nurse: subject,
/// consent, infusions; physician: PASI, eligibility, adverse events): new records through
/// BulkWriter (the import's path: the same role checks, validate() and audit row as
/// StudyStore, without a savepoint and a read per record), status changes through
/// StudyStore, so the demo shows the same audit trail and passes the same checks as real
/// data.
/// Deterministic for a seed and "today" (the injected clock); see DemoPlanner.
class DemoGenerator {
public:
    struct Account {
        QString userName;
        QString fullName;
        Role role;
    };
    /// What was written, for the CLI's summary line and the tests.
    struct Stats {
        int subjects = 0;
        QMap<QString, int> byStatus;  ///< status code → subjects
        int consents = 0, eligibility = 0, pasi = 0, infusions = 0, vitalSigns = 0,
            deviations = 0, adverseEvents = 0;
    };
    /// Called after each batch with subjects written so far and the total.
    using Progress = std::function<void(int done, int total)>;

    /// Subjects written per outer transaction: large enough to amortise the commit (one
    /// fsync), small enough to keep the WAL file and memory bounded.
    static constexpr int kBatchSubjects = 500;

    DemoGenerator(Database &db, const Protocol &protocol, Clock clock = systemClock());

    /// The password of every demo account. Shown on the login screen of a DEMO database
    /// only; a real database never has a default password.
    static QString password();
    static QList<Account> accounts();

    /// Creates the accounts and `subjectCount` subjects. The database must be open and hold
    /// no user and no subject. On failure returns false with a one-line *error; the batch
    /// being written is rolled back, earlier batches stay (callers that need all-or-nothing
    /// write into a temporary file, as trialcrf-cli demo does).
    bool generate(int subjectCount, quint32 seed, QString *error, const Progress &progress = {});

    const Stats &stats() const { return m_stats; }

private:
    bool createAccounts(QString *error);
    bool writeSubject(StudyStore &store, BulkWriter &bulk, DemoSubjectPlan &plan,
                      QString *error);
    const Session &sessionFor(Action action, Role preferred) const;

    Database &m_db;  ///< not const: the demo marks the file (meta)
    const Protocol &m_protocol;
    Clock m_clock;
    QList<Session> m_sessions;
    Stats m_stats;
};

}  // namespace trialcrf
