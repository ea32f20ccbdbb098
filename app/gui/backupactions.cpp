// SPDX-License-Identifier: Apache-2.0
#include "backupactions.h"

#include "backup/studyrestore.h"
#include "labels/codelabels.h"
#include "mainwindow.h"
#include "reportactions.h"
#include "storage/databasebackup.h"
#include "storage/studystore.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <memory>

namespace trialcrf {

namespace {

QString contentsText(const BackupContents &c)
{
    QString text = BackupActions::tr("Subjects: %1, records: %2, audit entries: %3; database "
                                     "schema version %4")
                       .arg(c.subjects)
                       .arg(c.records)
                       .arg(c.auditRows)
                       .arg(c.schemaVersion);
    if (c.demo)
        text += BackupActions::tr(" (DEMO)");
    if (c.lastAudit)
        text += QStringLiteral("<br>")
                + BackupActions::tr("Last audit entry: %1, %2, %3")
                      .arg(QLocale().toString(c.lastAudit->atUtc.toLocalTime(), QLocale::ShortFormat),
                           c.lastAudit->userName.toHtmlEscaped(),
                           CodeLabels::auditAction(c.lastAudit->action).toHtmlEscaped());
    return text;
}

}  // namespace

BackupActions::BackupActions(MainWindow &window, StudyStore &store, QObject *parent)
    : QObject(parent), m_window(window), m_store(store)
{
    m_backup = new QAction(this);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_restore = new QAction(this);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    // File: after the data exchange (Export…, Import…), before the separator to Log out.
    QMenu *file = window.fileMenu();
    const QList<QAction *> actions = file->actions();
    const qsizetype import = actions.indexOf(window.reportActions()->importAction());
    QAction *before = import >= 0 && import + 1 < actions.size() ? actions.at(import + 1) : nullptr;
    file->insertSeparator(before);
    file->insertActions(before, {m_backup, m_restore});
    connect(m_backup, &QAction::triggered, this, &BackupActions::backUpInteractive);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restoreInteractive);
    window.installEventFilter(this);
    retranslate();
    setSession({});
}

void BackupActions::setSession(const Session &session)
{
    m_session = session;
    const bool dataManager = !session.userName.isEmpty() && session.may(Action::Backup);
    m_backup->setEnabled(dataManager);
    m_restore->setEnabled(dataManager);
}

bool BackupActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void BackupActions::retranslate()
{
    m_backup->setText(tr("&Back up…"));
    m_backup->setStatusTip(tr("Write a verified copy of the study database (data manager)."));
    m_restore->setText(tr("Res&tore…"));
    m_restore->setStatusTip(tr("Replace the study with a backup, keeping the replaced file "
                               "(data manager)."));
}

QString BackupActions::suggestedTarget() const
{
    const QFileInfo study(m_store.database().path());
    return study.absoluteDir().filePath(
        tr("%1-backup-%2.db")
            .arg(study.completeBaseName(),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

bool BackupActions::backUp(const QString &target, QWidget *progressParent, QString *error)
{
    std::unique_ptr<QProgressDialog> progress;
    BackupOptions options;
    if (progressParent) {
        progress = std::make_unique<QProgressDialog>(
            tr("Backing up %1…").arg(QDir::toNativeSeparators(m_store.database().path())),
            QString(), 0, 1000, progressParent);
        progress->setObjectName(QStringLiteral("backupProgress"));
        progress->setWindowTitle(tr("Back up"));
        progress->setCancelButton(nullptr);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        QProgressDialog *dialog = progress.get();
        options.progress = [dialog](qint64 done, qint64 total) {
            dialog->setValue(total > 0 ? int(qBound(qint64(0), done * 1000 / total, qint64(999))) : 0);
            QCoreApplication::processEvents();
        };
    }
    const SaveResult result = DatabaseBackup(m_store.database()).write(m_session, target, options);
    if (result.status == SaveResult::Status::Denied) {
        *error = tr("Only a data manager may back up the study.");
        return false;
    }
    if (!result.ok()) {
        *error = tr("The backup could not be written; nothing was left behind.\n%1").arg(result.message);
        return false;
    }
    return true;
}

QString BackupActions::askFile(bool save, const QString &objectName, const QString &title)
{
    QFileDialog dialog(&m_window, title, QFileInfo(m_store.database().path()).absolutePath(),
                       tr("Study databases (*.db);;All files (*)"));
    dialog.setObjectName(objectName);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog.setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    // A backup never overwrites: an existing name is refused after the dialog closes.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (save)
        dialog.selectFile(QFileInfo(suggestedTarget()).fileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

void BackupActions::backUpInteractive()
{
    const QString target = askFile(true, QStringLiteral("backupFileDialog"), tr("Back up the study"));
    if (target.isEmpty())
        return;
    QString error;
    if (QFileInfo::exists(target)) {
        QMessageBox::warning(&m_window, tr("Back up"),
                             tr("%1 already exists. A backup never overwrites a file; choose "
                                "another name.")
                                 .arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (!backUp(target, &m_window, &error)) {
        QMessageBox::warning(&m_window, tr("Back up"), error);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Back up"),
                    tr("The backup was written to %1 and verified.").arg(QDir::toNativeSeparators(target)),
                    QMessageBox::Ok, &m_window);
    box.setObjectName(QStringLiteral("backupDone"));
    box.exec();
}

QString BackupActions::describe(const StudyRestore &restore) const
{
    const BackupContents current = BackupContents::read(m_store.database());
    return tr("<p><b>The backup holds:</b><br>%1</p>"
              "<p><b>It replaces the study %2, which holds:</b><br>%3</p>"
              "<p>The replaced study is kept as %4. You will be logged out, and the restored "
              "study's accounts apply.</p>")
        .arg(contentsText(restore.contents()),
             QDir::toNativeSeparators(m_store.database().path()).toHtmlEscaped(),
             contentsText(current),
             QDir::toNativeSeparators(restore.keptName()).toHtmlEscaped());
}

void BackupActions::restoreInteractive()
{
    const QString source = askFile(false, QStringLiteral("restoreFileDialog"), tr("Restore from a backup"));
    if (source.isEmpty())
        return;
    StudyRestore restore(source, m_store.database().path());
    QString passphrase;
    if (restore.isEncrypted()) {
        bool ok = false;
        passphrase = QInputDialog::getText(&m_window, tr("Restore"),
                                           tr("The backup is encrypted. Passphrase:"),
                                           QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
    }
    QString error;
    if (!restore.open(passphrase, &error)) {
        QMessageBox::warning(&m_window, tr("Restore"),
                             tr("The backup cannot be read; nothing was changed.\n%1").arg(error));
        return;
    }
    if (!restore.contents().sound()) {
        QMessageBox::warning(&m_window, tr("Restore"),
                             tr("The backup does not pass verification; nothing was changed.\n%1")
                                 .arg(restore.contents().problems.value(0)));
        return;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Restore"), describe(restore),
                        QMessageBox::Yes | QMessageBox::Cancel, &m_window);
    confirm.setObjectName(QStringLiteral("restoreConfirm"));
    confirm.button(QMessageBox::Yes)->setText(tr("&Restore"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    if (confirm.exec() != QMessageBox::Yes || !m_window.maybeCloseAll())
        return;
    const SaveResult result = restore.restoreInto(m_store.database(), m_session);
    if (!result.ok()) {
        QMessageBox::warning(&m_window, tr("Restore"),
                             result.status == SaveResult::Status::Denied
                                 ? tr("Only a data manager may restore the study.")
                                 : tr("The study could not be restored.\n%1").arg(result.message));
        return;
    }
    QMessageBox done(QMessageBox::Information, tr("Restore"),
                     tr("The study was restored from %1. The replaced study is kept as %2. "
                        "Log in again.")
                         .arg(QDir::toNativeSeparators(source),
                              QDir::toNativeSeparators(restore.keptFile())),
                     QMessageBox::Ok, &m_window);
    done.setObjectName(QStringLiteral("restoreDone"));
    done.exec();
    Q_EMIT restored(restore.keptFile());
}

}  // namespace trialcrf
