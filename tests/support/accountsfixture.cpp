// SPDX-License-Identifier: Apache-2.0
#include "accountsfixture.h"

#include "fixtures.h"
#include "protocol/protocol.h"

#include <QDate>
#include <QFile>

namespace trialcrf::fixtures {

bool AccountsFixture::open(const QString &path, const QString &adminName,
                           const QString &adminPassword)
{
    QFile::remove(path);
    m_db = std::make_unique<Database>();
    if (!m_db->open(path))
        return fail(m_db->errorString());
    m_users = std::make_unique<UserStore>(*m_db);
    m_store = std::make_unique<StudyStore>(*m_db, Protocol::builtIn());
    QString error;
    if (!m_users->createFirstAdmin(adminName, adminPassword, &error))
        return fail(error);
    const std::optional<Session> admin = login(adminName, adminPassword);
    if (!admin)
        return false;
    m_admin = *admin;
    return true;
}

std::optional<Session> AccountsFixture::addAccount(const QString &name, const QString &fullName,
                                                   Role role, const QString &password)
{
    QString error;
    if (!m_users->addUser(m_admin, name, fullName, role, password, &error)) {
        fail(name + QLatin1String(": ") + error);
        return std::nullopt;
    }
    return login(name, password);
}

std::optional<Session> AccountsFixture::login(const QString &name, const QString &password)
{
    QString error;
    const std::optional<Session> s = logIn(*m_users, name, password, &error);
    if (!s)
        fail(error);
    return s;
}

std::optional<Subject> AccountsFixture::addEnrolledSubject(const Session &by, const QString &code,
                                                           int week0DaysAgo, const QString &sex)
{
    Subject s;
    s.code = code;
    s.initials = QStringLiteral("ZXM");
    s.sex = sex;
    s.birthDate = QDate(1980, 5, 10);
    s.week0Date = QDate::currentDate().addDays(-week0DaysAgo);
    SaveResult r = m_store->saveSubject(by, s);
    // Enrolled as the life cycle asks: a signed consent, the eligibility confirmed by a
    // physician (the fixture physician, who needs no account for the store).
    if (r.ok())
        r = enrol(*m_store, s.id);
    if (!r.ok()) {
        fail(code + QLatin1String(": ") + r.message + QString::fromUtf8(describe(r.errors)));
        return std::nullopt;
    }
    const std::optional<Casebook> book = m_store->loadCasebook(by, s.id);
    return book ? std::optional<Subject>(book->subject) : std::nullopt;
}

std::optional<Infusion> AccountsFixture::addWeek0Infusion(const Session &by,
                                                          const Subject &subject,
                                                          const QString &lot)
{
    Infusion i;
    i.subjectId = subject.id;
    i.visit = QStringLiteral("week0");
    i.infusionDate = subject.week0Date;
    i.weightKg = 63.5;
    i.actualCells = 127000000;
    i.lotNumber = lot;
    i.viabilityPct = 95.5;
    i.thawTime = QTime(8, 30);
    i.startTime = QTime(9, 0);
    i.endTime = QTime(9, 45);
    const SaveResult r = m_store->saveInfusion(by, i);
    if (!r.ok()) {
        fail(subject.code + QLatin1String(" week-0 infusion: ") + r.message);
        return std::nullopt;
    }
    return i;
}

bool AccountsFixture::fail(const QString &error)
{
    m_error = error;
    return false;
}

}  // namespace trialcrf::fixtures
