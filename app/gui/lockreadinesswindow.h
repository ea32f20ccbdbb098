// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/lockreadiness.h"
#include "storage/session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace trialcrf {

class StudyStore;
class UserStore;

/// Database lock readiness for the data manager: every blocker to locking the study
/// (rules::lockBlockers(), read through StudyLock), one row each with the subject, the kind
/// and what is wrong; Enter, a double click or Open goes to its place. With nothing left,
/// "Lock study…" asks the reason and the password and locks the study (StudyLock::lock).
class LockReadinessWindow : public QDialog {
    Q_OBJECT
public:
    LockReadinessWindow(StudyStore &store, UserStore &users, const Session &session,
                        QWidget *parent = nullptr);

    void setSession(const Session &session);
    /// Reads the blockers again.
    void refresh();
    QTreeWidget *list() const { return m_list; }
    QPushButton *lockButton() const { return m_lock; }
    QLabel *summaryLabel() const { return m_summary; }
    const QList<rules::LockBlocker> &blockers() const { return m_blockers; }
    /// Asks the reason and password and locks; true when locked.
    bool lockStudy();

Q_SIGNALS:
    /// A row asks to show its place: the subject's page (and field, or query).
    void openRequested(const trialcrf::rules::LockBlocker &blocker);
    /// The study was locked: the casebooks show it.
    void studyLocked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openCurrent();
    QString kindLabel(const rules::LockBlocker &b) const;

    StudyStore &m_store;
    UserStore &m_users;
    Session m_session;
    QList<rules::LockBlocker> m_blockers;
    QString m_error;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_lock = nullptr;
    QPushButton *m_close = nullptr;
};

}  // namespace trialcrf
