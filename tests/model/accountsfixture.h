// SPDX-License-Identifier: Apache-2.0
// A study database with real accounts, for the tests that log people in as the app does
// (argon2id hashes checked by UserStore::login): the first data manager, the accounts a test
// adds, and the enrolled subject with a week-0 infusion that the signature, lock and tamper
// tests sign, lock and break.
#pragma once

#include "protocol/protocol.h"
#include "records/infusion.h"
#include "records/subject.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/userstore.h"
#include "storagefixtures.h"

#include <QDate>
#include <QFile>
#include <memory>
#include <optional>

namespace trialcrf::fixtures {

class AccountsFixture {
public:
    /// Opens `path` (removed first) and creates the first data manager, logged in as admin().
    /// False with error().
    bool open(const QString &path, const QString &adminName, const QString &adminPassword)
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

    /// An account added by the data manager, then logged in: its session, or nullopt with
    /// error().
    std::optional<Session> addAccount(const QString &name, const QString &fullName, Role role,
                                      const QString &password)
    {
        QString error;
        if (!m_users->addUser(m_admin, name, fullName, role, password, &error)) {
            fail(name + QLatin1String(": ") + error);
            return std::nullopt;
        }
        return login(name, password);
    }

    std::optional<Session> login(const QString &name, const QString &password)
    {
        Session s;
        const UserStore::LoginResult r = m_users->login(name, password, &s);
        if (r != UserStore::LoginResult::Ok) {
            fail(QStringLiteral("%1 cannot log in (result %2)").arg(name).arg(int(r)));
            return std::nullopt;
        }
        return s;
    }

    /// An enrolled subject (ZXM, born 1980-05-10) whose week 0 was `week0DaysAgo` days ago,
    /// saved by `by` (id and version set); nullopt with error().
    std::optional<Subject> addEnrolledSubject(const Session &by, const QString &code,
                                              int week0DaysAgo,
                                              const QString &sex = QStringLiteral("M"))
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

    /// The subject's complete week-0 infusion (63.5 kg, 1.27 × 10^8 cells, lot `lot`) on its
    /// week-0 date, saved by `by` (id and version set); nullopt with error().
    std::optional<Infusion> addWeek0Infusion(const Session &by, const Subject &subject,
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

    Database &db() { return *m_db; }
    UserStore &users() { return *m_users; }
    StudyStore &store() { return *m_store; }
    const Session &admin() const { return m_admin; }
    QString error() const { return m_error; }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<StudyStore> m_store;
    Session m_admin;
    QString m_error;
};

}  // namespace trialcrf::fixtures
