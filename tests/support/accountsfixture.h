// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"
#include "records/infusion.h"
#include "records/subject.h"
#include "storage/database.h"
#include "storage/session.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <memory>
#include <optional>

namespace trialcrf::fixtures {

/// A study database with real accounts, for the tests that log people in as the app does
/// (argon2id hashes checked by UserStore::login, on the system clock): the first data
/// manager, the accounts a test adds, and the enrolled subject with a week-0 infusion that the
/// signature, lock and tamper tests sign, lock and break.
class AccountsFixture {
public:
    /// Opens `path` (removed first) and creates the first data manager, logged in as admin().
    /// False with error().
    bool open(const QString &path, const QString &adminName, const QString &adminPassword);

    /// An account added by the data manager, then logged in: its session, or nullopt with
    /// error().
    std::optional<Session> addAccount(const QString &name, const QString &fullName, Role role,
                                      const QString &password);
    std::optional<Session> login(const QString &name, const QString &password);

    /// An enrolled subject (ZXM, born 1980-05-10) whose week 0 was `week0DaysAgo` days ago,
    /// saved by `by` (id and version set); nullopt with error().
    std::optional<Subject> addEnrolledSubject(const Session &by, const QString &code,
                                              int week0DaysAgo,
                                              const QString &sex = QStringLiteral("M"));

    /// The subject's complete week-0 infusion (63.5 kg, 1.27 × 10^8 cells, lot `lot`) on its
    /// week-0 date, saved by `by` (id and version set); nullopt with error().
    std::optional<Infusion> addWeek0Infusion(const Session &by, const Subject &subject,
                                             const QString &lot);

    Database &db() { return *m_db; }
    UserStore &users() { return *m_users; }
    StudyStore &store() { return *m_store; }
    const Session &admin() const { return m_admin; }
    QString error() const { return m_error; }

private:
    bool fail(const QString &error);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<StudyStore> m_store;
    Session m_admin;
    QString m_error;
};

}  // namespace trialcrf::fixtures
