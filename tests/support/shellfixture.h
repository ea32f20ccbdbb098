// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "teststudy.h"

#include <QDate>
#include <optional>

namespace trialcrf {

/// The throw-away study of the subject list and shell tests: the clock pinned to noon UTC of
/// `today`, and helpers that record subjects and PASI visits through the public StudyStore API
/// as sessions of each role (no accounts needed).
class ShellFixture {
public:
    explicit ShellFixture(QDate today);

    bool isValid() const { return m_study.isValid(); }
    QString error() const { return m_error.isEmpty() ? m_study.error() : m_error; }
    Database &database() { return m_study.database(); }
    StudyStore &store() { return m_study.store(); }
    QString path() const { return m_study.path(); }
    QDate today() const { return m_today; }

    static Session nurse();
    static Session physician();
    static Session monitor();

    /// Saves a subject; returns its id, 0 on failure (error() says why).
    qint64 addSubject(const QString &code, const QString &initials, const QString &status,
                      std::optional<QDate> week0);
    /// Records a complete PASI assessment at `visit` on `date` (all scores 1).
    bool addPasi(qint64 subjectId, const QString &visit, QDate date);

    /// The standard study of the GUI tests, pinned to 2026-03-20 (see the .cpp for each row).
    bool addStandardSubjects();
    static QDate standardToday() { return QDate(2026, 3, 20); }

private:
    QDate m_today;
    fixtures::TestStudy m_study;
    QString m_error;
};

}  // namespace trialcrf
