// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"
#include "storage/database.h"
#include "storage/session.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <memory>

namespace trialcrf::fixtures {

/// A throw-away study: a database in a temporary folder (removed with the object), its
/// StudyStore and UserStore on a clock the test pins and moves, and, after addAccounts(), the
/// sessions of logged-in accounts of every role.
class TestStudy {
public:
    explicit TestStudy(const QDateTime &now = pinnedNow());
    virtual ~TestStudy();
    TestStudy(const TestStudy &) = delete;
    TestStudy &operator=(const TestStudy &) = delete;

    /// False when the folder or the database could not be made (error() says why).
    bool isValid() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    QString path() const;

    Database &database() const { return *m_db; }
    StudyStore &store() const { return *m_store; }
    UserStore &users() const { return *m_users; }

    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }
    void advanceClock(int seconds) { m_now = m_now.addSecs(seconds); }

    /// Creates the first data manager (dm.zhao) and nurse.li, dr.chen and monitor.wu (password
    /// accountPassword()), and fills the sessions below as a login of each gives them (read
    /// from the accounts, so without a login's audit row). False with error().
    bool addAccounts();
    static QString accountPassword();
    /// The session of an account, as a login gives it; userId 0 for an unknown name.
    Session sessionOf(const QString &userName) const;

    Session dataManager, nurse, physician, monitor;

protected:
    bool fail(const QString &why);

private:
    QTemporaryDir m_dir;
    QDateTime m_now;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<StudyStore> m_store;
    QString m_error;
};

}  // namespace trialcrf::fixtures
