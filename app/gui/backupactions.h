// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace trialcrf {

class MainWindow;
class StudyStore;
class StudyRestore;

/// File → Back up… and File → Restore… of one main window, for the data manager (the model
/// checks the role again). Back up writes a consistent copy while others work, with a
/// progress dialog; Restore verifies the backup, shows what it holds and what it will replace,
/// asks, keeps the replaced file beside the study and audits the restore, then logs out so
/// the restored study's accounts apply. The dialog-free halves are public for tests.
class BackupActions : public QObject {
    Q_OBJECT
public:
    BackupActions(MainWindow &window, StudyStore &store, QObject *parent = nullptr);

    void setSession(const Session &session);
    QAction *backupAction() const { return m_backup; }
    QAction *restoreAction() const { return m_restore; }

    /// Writes a backup to `target` with a progress dialog over `progressParent` (none when
    /// null); false with a translated *error.
    bool backUp(const QString &target, QWidget *progressParent, QString *error);
    /// The suggested file name of a backup: "<study>-backup-<time>.db" beside the study.
    QString suggestedTarget() const;
    /// What a restore would put back and what it replaces, in words (for the confirmation).
    QString describe(const StudyRestore &restore) const;

Q_SIGNALS:
    /// The study was replaced: the window logs out (the restored accounts apply).
    void restored(const QString &keptFile);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void backUpInteractive();
    void restoreInteractive();
    /// A non-native file dialog (keyboard-drivable in tests), run modally; empty when cancelled.
    QString askFile(bool save, const QString &objectName, const QString &title);

    MainWindow &m_window;
    StudyStore &m_store;
    Session m_session;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
};

}  // namespace trialcrf
