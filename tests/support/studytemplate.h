// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"
#include "storage/session.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QList>
#include <QString>
#include <memory>

namespace trialcrf::fixtures {

/// A study made once per test case and copied for each test: accounts are slow to make on
/// purpose (Argon2id), a copy of the file is fast.
class StudyTemplate {
public:
    struct Account {
        QString name, fullName;
        Role role;
        QString password;
    };

    /// Makes the study at `path`: dm.zhao (`adminPassword`) as its first data manager, then
    /// `accounts`; store() fills it until close(). False with error().
    bool create(const QString &path, const QString &adminPassword, const QList<Account> &accounts,
                const Clock &clock);
    StudyStore &store() const { return *m_store; }
    /// Closes the template file; copies can then be opened.
    void close();
    /// Opens a fresh copy of the template at `copy` (replacing what is there) into `db`.
    static bool openCopy(const QString &templatePath, const QString &copy, Database &db,
                         QString *error);
    QString error() const { return m_error; }

private:
    Database m_db;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<StudyStore> m_store;
    QString m_error;
};

}  // namespace trialcrf::fixtures
