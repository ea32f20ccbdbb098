// SPDX-License-Identifier: Apache-2.0
#include "studytemplate.h"

#include "protocol/protocol.h"

#include <QFile>

namespace trialcrf::fixtures {

bool StudyTemplate::create(const QString &path, const QString &adminPassword,
                           const QList<Account> &accounts, const Clock &clock)
{
    if (!m_db.open(path)) {
        m_error = m_db.errorString();
        return false;
    }
    m_users = std::make_unique<UserStore>(m_db, clock);
    m_store = std::make_unique<StudyStore>(m_db, Protocol::builtIn(), clock);
    const QString admin = QStringLiteral("dm.zhao");
    if (!m_users->createFirstAdmin(admin, adminPassword, &m_error))
        return false;
    Session session;
    if (m_users->login(admin, adminPassword, &session) != UserStore::LoginResult::Ok) {
        m_error = QStringLiteral("the first data manager cannot log in");
        return false;
    }
    for (const Account &a : accounts) {
        if (!m_users->addUser(session, a.name, a.fullName, a.role, a.password, &m_error))
            return false;
    }
    return true;
}

void StudyTemplate::close()
{
    m_store.reset();
    m_users.reset();
    m_db.close();
}

bool StudyTemplate::openCopy(const QString &templatePath, const QString &copy, Database &db,
                             QString *error)
{
    QFile::remove(copy);
    if (!QFile::copy(templatePath, copy)) {
        *error = QStringLiteral("cannot copy %1 to %2").arg(templatePath, copy);
        return false;
    }
    if (!db.open(copy)) {
        *error = db.errorString();
        return false;
    }
    return true;
}

}  // namespace trialcrf::fixtures
