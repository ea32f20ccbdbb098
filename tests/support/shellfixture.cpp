// SPDX-License-Identifier: Apache-2.0
#include "shellfixture.h"

#include "fixtures.h"
#include "records/pasiassessment.h"
#include "records/subject.h"

namespace trialcrf {

ShellFixture::ShellFixture(QDate today)
    : m_today(today), m_study(QDateTime(today, QTime(12, 0), Qt::UTC))
{
}

Session ShellFixture::nurse()
{
    return Session{1, QStringLiteral("nurse"), Role::Nurse};
}

Session ShellFixture::physician()
{
    return Session{2, QStringLiteral("physician"), Role::Physician};
}

Session ShellFixture::monitor()
{
    return Session{3, QStringLiteral("monitor"), Role::Monitor};
}

qint64 ShellFixture::addSubject(const QString &code, const QString &initials,
                                const QString &status, std::optional<QDate> week0)
{
    Subject s;
    s.code = code;
    s.initials = initials;
    s.sex = QStringLiteral("F");
    s.birthDate = QDate(1980, 5, 17);
    s.week0Date = week0;
    SaveResult r = store().saveSubject(nurse(), s);
    // The status follows from the data: an enrolled subject has a signed consent and a
    // confirmed eligibility (ten days before week 0); a withdrawn one withdrew today.
    if (r.ok() && (status == QLatin1String("enrolled") || status == QLatin1String("completed"))) {
        Consent c = fixtures::consent(s.id);
        c.consentDate = week0.value_or(m_today).addDays(-10);
        r = store().saveConsent(nurse(), c);
        Eligibility e = fixtures::eligibility(s.id);
        e.assessedDate = c.consentDate;
        if (r.ok())
            r = store().saveEligibility(nurse(), e);
        if (r.ok())
            r = fixtures::enrol(store(), s.id, physician());
    } else if (r.ok() && status == QLatin1String("withdrawn")) {
        r = store().withdrawSubject(nurse(), s.id, m_today, QStringLiteral("moved away"));
    }
    if (!r.ok()) {
        m_error = QStringLiteral("subject %1: %2 %3")
                      .arg(code, r.message,
                           r.errors.isEmpty() ? QString() : r.errors.first().text());
        return 0;
    }
    return s.id;
}

bool ShellFixture::addPasi(qint64 subjectId, const QString &visit, QDate date)
{
    PasiAssessment a = PasiAssessment::blank(Protocol::builtIn());
    a.subjectId = subjectId;
    a.visit = visit;
    a.assessmentDate = date;
    for (rules::RegionScores &r : a.regions)
        r = rules::RegionScores{1, 1, 1, 1};
    a.bsaPct = 12.0;
    const SaveResult r = store().savePasi(physician(), a);
    if (!r.ok())
        m_error = QStringLiteral("PASI %1: %2 %3")
                      .arg(visit, r.message,
                           r.errors.isEmpty() ? QString() : r.errors.first().text());
    return r.ok();
}

bool ShellFixture::addStandardSubjects()
{
    // Today is 2026-03-20; visit windows are target ± 3 days, screening the 28 days up to
    // week 0.
    const QDate march2(2026, 3, 2);
    // S001: screening and week 0 done; week 2 (target 03-16, window to 03-19) missed → overdue.
    const qint64 s1 = addSubject(QStringLiteral("S001"), QStringLiteral("ZXM"),
                                 QStringLiteral("enrolled"), march2);
    // S002: week 0 on 03-06, so week 2's target is today → due today.
    const qint64 s2 = addSubject(QStringLiteral("S002"), QStringLiteral("LHY"),
                                 QStringLiteral("enrolled"), QDate(2026, 3, 6));
    // S003: week 2 done on 03-12, four days before its target → done out of window.
    const qint64 s3 = addSubject(QStringLiteral("S003"), QStringLiteral("WJ"),
                                 QStringLiteral("enrolled"), march2);
    // S004: still screening for a week 0 on 04-01: the screening visit is due.
    const qint64 s4 = addSubject(QStringLiteral("S004"), QStringLiteral("CYL"),
                                 QStringLiteral("screening"), QDate(2026, 4, 1));
    // S005: withdrawn before a week 0 was planned: nothing expected.
    const qint64 s5 = addSubject(QStringLiteral("S005"), QStringLiteral("HQ"),
                                 QStringLiteral("withdrawn"), std::nullopt);
    // X100: another code series, for searching.
    const qint64 x1 = addSubject(QStringLiteral("X100"), QStringLiteral("ZL"),
                                 QStringLiteral("screening"), std::nullopt);
    if (!s1 || !s2 || !s3 || !s4 || !s5 || !x1)
        return false;
    return addPasi(s1, QStringLiteral("screening"), QDate(2026, 2, 20))
           && addPasi(s1, QStringLiteral("week0"), march2)
           && addPasi(s2, QStringLiteral("screening"), QDate(2026, 2, 25))
           && addPasi(s2, QStringLiteral("week0"), QDate(2026, 3, 6))
           && addPasi(s3, QStringLiteral("screening"), QDate(2026, 2, 20))
           && addPasi(s3, QStringLiteral("week0"), march2)
           && addPasi(s3, QStringLiteral("week2"), QDate(2026, 3, 12));
}

}  // namespace trialcrf
