// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/session.h"
#include "storage/studystore.h"

#include <QDate>
#include <QTemporaryDir>
#include <memory>

namespace trialcrf {

/// A throw-away study for the shell's tests: a database in a temporary folder, a store whose
/// clock is pinned to noon UTC of `today`, and helpers that record subjects and PASI visits
/// through the public StudyStore API.
class ShellFixture {
public:
    explicit ShellFixture(QDate today);

    bool isValid() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    Database &database() { return *m_db; }
    StudyStore &store() { return *m_store; }
    QString path() const;
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
    QTemporaryDir m_dir;
    QDate m_today;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StudyStore> m_store;
    QString m_error;
};

}  // namespace trialcrf
