// SPDX-License-Identifier: Apache-2.0
// What every test may use: a pinned clock, sessions of each role, logging in, and valid
// records of every CRF page (valid against the built-in protocol on the pinned date).
#pragma once

#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/session.h"
#include "storage/studystore.h"
#include "storage/userstore.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "records/adverseevent.h"
#include "records/consent.h"
#include "records/eligibility.h"
#include "records/infusion.h"
#include "records/pasiassessment.h"
#include "records/subject.h"

namespace trialcrf::fixtures {

/// The moment the tests' clocks are pinned to unless a test says otherwise: noon UTC on
/// 2024-06-01, after every date of the fixture records.
inline QDateTime pinnedNow()
{
    return QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
}

/// A clock that always says `now`.
inline Clock fixedClock(const QDateTime &now)
{
    return [now] { return now; };
}

/// A clock that always says pinnedNow().
inline Clock pinnedClock()
{
    return fixedClock(pinnedNow());
}

/// A clock the test moves by hand.
struct ManualClock {
    QDateTime now = pinnedNow();
    Clock clock()
    {
        return [this] { return now; };
    }
};

inline Session session(Role role, const QString &name, qint64 id = 1)
{
    Session s;
    s.userId = id;
    s.userName = name;
    s.role = role;
    return s;
}
inline Session nurse() { return session(Role::Nurse, QStringLiteral("nurse.li"), 1); }
inline Session physician() { return session(Role::Physician, QStringLiteral("dr.chen"), 2); }
inline Session monitor() { return session(Role::Monitor, QStringLiteral("monitor.wu"), 3); }
inline Session dataManager() { return session(Role::DataManager, QStringLiteral("dm.zhao"), 4); }

/// Logs `name` in as the app does (UserStore::login, which audits it): the session, or
/// nullopt with *error.
inline std::optional<Session> logIn(UserStore &users, const QString &name,
                                    const QString &password, QString *error)
{
    Session s;
    const UserStore::LoginResult r = users.login(name, password, &s);
    if (r != UserStore::LoginResult::Ok) {
        *error = QStringLiteral("%1 cannot log in (result %2)").arg(name).arg(int(r));
        return std::nullopt;
    }
    return s;
}

inline Subject subject(const QString &code = QStringLiteral("S001"))
{
    Subject s;
    s.code = code;
    s.initials = QStringLiteral("ZXM");
    s.sex = QStringLiteral("M");
    s.birthDate = QDate(1980, 5, 10);
    s.week0Date = QDate(2024, 3, 4);
    s.status = QStringLiteral("enrolled");
    return s;
}

inline Consent consent(qint64 subjectId)
{
    Consent c;
    c.subjectId = subjectId;
    c.consentVersion = QStringLiteral("2.1");
    c.consentDate = QDate(2024, 2, 20);
    c.consentTime = QTime(10, 30);
    c.subjectSigned = true;
    c.obtainedBy = QStringLiteral("Nurse Li");
    return c;
}

inline VitalSigns vitals(const QString &phase, std::optional<int> minute, QTime time, double temp)
{
    VitalSigns v;
    v.phase = phase;
    v.minute = minute;
    v.time = time;
    v.temperatureC = temp;
    v.pulseBpm = 72;
    v.respirationPerMin = 16;
    v.systolicMmHg = 120;
    v.diastolicMmHg = 80;
    return v;
}

inline Infusion infusion(qint64 subjectId, const QString &visit = QStringLiteral("week0"),
                         QDate date = QDate(2024, 3, 4))
{
    Infusion i;
    i.subjectId = subjectId;
    i.visit = visit;
    i.infusionDate = date;
    i.weightKg = 63.5;
    i.actualCells = 127000000;  // exactly 2e6 × 63.5
    i.lotNumber = QStringLiteral("LOT-2024-001");
    i.viabilityPct = 95.5;
    i.thawTime = QTime(8, 30);
    i.startTime = QTime(9, 0);
    i.endTime = QTime(9, 30);  // the vital signs every 15 minutes cover it: no deviation
    i.vitals = {vitals(QStringLiteral("before"), std::nullopt, QTime(8, 55), 36.6),
                vitals(QStringLiteral("during"), 15, QTime(9, 15), 36.8),
                vitals(QStringLiteral("after"), std::nullopt, QTime(9, 50), 36.7)};
    return i;
}

inline PasiAssessment pasi(qint64 subjectId, const QString &visit = QStringLiteral("week0"),
                           QDate date = QDate(2024, 3, 4))
{
    PasiAssessment a = PasiAssessment::blank(Protocol::builtIn());
    a.subjectId = subjectId;
    a.visit = visit;
    a.assessmentDate = date;
    for (int i = 0; i < a.regions.size(); ++i) {
        a.regions[i].erythema = 2;
        a.regions[i].induration = 1 + i % 3;
        a.regions[i].desquamation = 3;
        a.regions[i].area = 2 + i % 4;
    }
    a.bsaPct = 20.5;
    return a;
}

inline AdverseEvent adverseEvent(qint64 subjectId, int number = 1)
{
    AdverseEvent ae;
    ae.subjectId = subjectId;
    ae.aeNumber = number;
    ae.term = QStringLiteral("Fever");
    ae.onsetDate = QDate(2024, 3, 5);
    ae.endDate = QDate(2024, 3, 7);
    ae.ctcaeGrade = QStringLiteral("grade1");
    ae.serious = false;
    ae.actionTaken = QStringLiteral("none");
    ae.outcome = QStringLiteral("recovered");
    return ae;
}

inline Eligibility eligibility(qint64 subjectId)
{
    Eligibility e;
    e.subjectId = subjectId;
    e.assessedDate = QDate(2024, 2, 21);
    e.psoriasisVulgaris = true;
    e.pasiTenths = 126;
    e.bsaPct = 15.5;
    e.sas = 40;
    e.sds = 45;
    e.calcium = 2.3;
    e.ast = 30;
    e.astUln = 40;
    e.alt = 25;
    e.altUln = 40;
    e.creatinine = 70;
    e.creatinineUln = 100;
    e.cystatinC = 0.9;
    e.cystatinCUln = 1.2;
    e.hemoglobin = 140;
    e.hemoglobinLln = 120;
    e.hemoglobinUln = 160;
    e.platelets = 210;
    e.wbc = 6.1;
    e.lastTopical.date = QDate(2024, 1, 2);
    e.lastSystemic.never = true;
    e.lastBiologic.never = true;
    e.guttateInverseFace = false;
    e.acuteProgressiveErythroderma = false;
    e.pregnancyLactation = false;
    e.psychiatricDisorder = false;
    e.uncontrolledDisease = false;
    e.otherLabAbnormal = false;
    e.malignancy = false;
    e.allergyHistory = false;
    e.otherTrial = false;
    e.investigatorJudgement = false;
    return e;
}

/// Enrols a saved subject the way the life cycle asks (no infusion is saved before): the
/// subject's signed consent (fixture consent(), unless one is saved) and the eligibility
/// confirmed "eligible" by a physician (fixture eligibility(), with an overrule reason when the
/// computed verdict differs). The first failed save, or Saved.
inline SaveResult enrol(StudyStore &store, qint64 subjectId,
                        const Session &doctor = physician())
{
    QString error;
    const std::optional<Casebook> book = store.loadCasebook(doctor, subjectId, &error);
    if (!book)
        return SaveResult::failure(SaveResult::Status::DatabaseError, error);
    if (!book->consent) {
        Consent c = consent(subjectId);
        if (const SaveResult r = store.saveConsent(doctor, c); !r.ok())
            return r;
    }
    Eligibility e = book->eligibility ? *book->eligibility : eligibility(subjectId);
    if (e.confirmedVerdict == QLatin1String("eligible"))
        return SaveResult::saved();
    e.confirmedVerdict = QStringLiteral("eligible");
    const std::optional<Casebook> now = store.loadCasebook(doctor, subjectId, &error);
    const rules::EligibilityInput in = now->eligibilityInput();
    const PasiAssessment *screening = now->screeningPasi(store.protocol());
    e.pasiTenths = screening ? screening->pasiTenths(store.protocol()) : std::nullopt;
    rules::EligibilityInput merged = e.toInput(in.birthDate, in.week0Date, in.consentDate,
                                               in.consentSigned);
    if (rules::assessEligibility(store.protocol(), merged).verdict != rules::Verdict::Eligible)
        e.overrideReason = QStringLiteral("enrolled by the test fixture");
    return store.saveEligibility(doctor, e, QStringLiteral("eligibility confirmed"));
}

/// Every field error as one line, for failure messages.
inline QByteArray describe(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.field + QLatin1String(": ") + e.text();
    return lines.join(QStringLiteral("; ")).toUtf8();
}

/// "what: message field: error; …" for a failed save, empty when it saved.
inline QString saveProblem(const SaveResult &r, const char *what)
{
    if (r.ok())
        return {};
    return QStringLiteral("%1: %2 %3")
        .arg(QLatin1String(what), r.message, QString::fromUtf8(describe(r.errors)));
}

inline QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// One value of a one-row query on the database's own connection.
inline QVariant scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

}  // namespace trialcrf::fixtures
