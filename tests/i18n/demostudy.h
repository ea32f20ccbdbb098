// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"
#include "storage/session.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace trialcrf::i18ntest {

/// A small DEMO study in a temporary folder, written by DemoGenerator through the public
/// stores, with one subject that has every page (consent, eligibility, infusions, PASI after
/// baseline, an adverse event) and two e-signatures, one broken by a later change, so every
/// screen shows real content.
class DemoStudy {
public:
    /// Creates the database and picks the subject; false with *error when it cannot.
    bool create(QString *error);

    Database &database() { return *m_db; }
    StudyStore &store() { return *m_store; }
    UserStore &users() { return *m_users; }
    QString path() const;

    /// A session of the demo account with that role (logged in through UserStore).
    Session session(Role role) const;
    QString password() const;

    /// The subject with every page, its first infusion visit, its latest PASI visit (after the
    /// baseline) and its first adverse event number.
    QString subjectCode() const { return m_code; }
    qint64 subjectId() const { return m_subjectId; }
    QString infusionVisit() const { return m_infusionVisit; }
    QString pasiVisit() const { return m_pasiVisit; }
    int adverseEvent() const { return m_aeNumber; }

    /// Text the screens show as data, not as user interface: subject codes and initials,
    /// account names, free text typed into the CRF (AE terms, lot numbers, reasons), the
    /// database path and the protocol's own names. The language checks take these out first.
    QStringList dataTexts() const { return m_dataTexts; }

private:
    bool pickSubject(QString *error);
    bool signAndBreak(QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StudyStore> m_store;
    std::unique_ptr<UserStore> m_users;
    QHash<int, Session> m_sessions;
    QString m_code;
    qint64 m_subjectId = 0;
    QString m_infusionVisit;
    QString m_pasiVisit;
    int m_aeNumber = 0;
    QStringList m_dataTexts;
};

}  // namespace trialcrf::i18ntest
