// SPDX-License-Identifier: Apache-2.0
#include "teststudy.h"

#include "protocol/protocol.h"
#include "testserver.h"
#include "storage/sitestore.h"

namespace trialcrf::fixtures {

TestStudy::TestStudy(const QDateTime &now) : m_now(now)
{
    if (!m_dir.isValid()) {
        fail(QStringLiteral("no temporary folder"));
        return;
    }
    auto db = std::make_unique<Database>();
    if (!db->open(studyAt(path()))) {
        fail(db->errorString());
        return;
    }
    m_db = std::move(db);
    const Clock clock = [this] { return m_now; };
    m_users = std::make_unique<UserStore>(*m_db, clock);
    m_store = std::make_unique<StudyStore>(*m_db, Protocol::builtIn(), clock);
}

TestStudy::~TestStudy() = default;

QString TestStudy::path() const
{
    return m_dir.filePath(QStringLiteral("study.db"));
}

QString TestStudy::accountPassword()
{
    return QStringLiteral("Tr1al-crf-password");
}

bool TestStudy::addAccounts()
{
    QString error;
    if (!m_users->createFirstAdmin(QStringLiteral("dm.zhao"), accountPassword(), &error))
        return fail(error);
    dataManager = sessionOf(QStringLiteral("dm.zhao"));
    const struct {
        const char *name, *fullName;
        Role role;
    } people[] = {{"nurse.li", "Li Na", Role::Nurse},
                  {"dr.chen", "Chen Wei", Role::Physician},
                  {"monitor.wu", "Wu Fang", Role::Monitor}};
    for (const auto &p : people) {
        if (!m_users->addUser(dataManager, QLatin1String(p.name), QLatin1String(p.fullName),
                              p.role, accountPassword(), &error))
            return fail(error);
    }
    nurse = sessionOf(QStringLiteral("nurse.li"));
    physician = sessionOf(QStringLiteral("dr.chen"));
    monitor = sessionOf(QStringLiteral("monitor.wu"));
    return true;
}

Session TestStudy::sessionOf(const QString &userName) const
{
    const std::optional<UserAccount> a = m_users->user(userName);
    Session s;
    if (a) {
        s.userId = a->id;
        s.userName = a->userName;
        s.role = a->role;
        s.siteCodes = SiteStore::userSites(*m_db, a->id).value_or(QStringList());
    }
    return s;
}

bool TestStudy::fail(const QString &why)
{
    m_error = why;
    return false;
}

}  // namespace trialcrf::fixtures
