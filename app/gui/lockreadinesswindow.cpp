// SPDX-License-Identifier: Apache-2.0
#include "lockreadinesswindow.h"

#include "exchange/studylock.h"
#include "lockstudydialog.h"
#include "storage/lockmanifeststore.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trialcrf {

LockReadinessWindow::LockReadinessWindow(StudyStore &store, UserStore &users,
                                         const Session &session, QWidget *parent)
    : QDialog(parent), m_store(store), m_users(users), m_session(session)
{
    setObjectName(QStringLiteral("lockReadinessWindow"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("lockReadinessSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("lockBlockers"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->setAllColumnsShowFocus(true);
    m_list->setMinimumSize(860, 360);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_refresh = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_lock = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_lock->setObjectName(QStringLiteral("lockStudyButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    for (QPushButton *b : {m_open, m_refresh, m_lock, m_close})
        b->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::itemActivated, this, &LockReadinessWindow::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &LockReadinessWindow::openCurrent);
    connect(m_refresh, &QPushButton::clicked, this, &LockReadinessWindow::refresh);
    connect(m_lock, &QPushButton::clicked, this, &LockReadinessWindow::lockStudy);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

void LockReadinessWindow::setSession(const Session &session)
{
    m_session = session;
    refresh();
}

void LockReadinessWindow::refresh()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : 0;
    m_error.clear();
    const std::optional<QList<rules::LockBlocker>> found =
        StudyLock(m_store, m_users).blockers(m_session, &m_error);
    m_blockers = found.value_or(QList<rules::LockBlocker>());
    m_list->clear();
    for (const rules::LockBlocker &b : std::as_const(m_blockers))
        new QTreeWidgetItem(m_list, {b.subjectCode, kindLabel(b), b.text()});
    for (int c = 0; c < m_list->columnCount() - 1; ++c)
        m_list->resizeColumnToContents(c);
    const bool allLocked = [this] {
        const QList<SubjectSummary> all = m_store.subjects(0, -1);
        for (const SubjectSummary &s : all) {
            if (!s.locked)
                return false;
        }
        return !all.isEmpty();
    }();
    const std::optional<QList<LockManifest>> manifests =
        LockManifestStore::manifests(m_store.database(), nullptr);
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The blockers could not be read: %1").arg(m_error));
    } else if (!m_blockers.isEmpty()) {
        m_summary->setText(tr("%n blocker(s) stand in the way of the database lock. Enter or "
                              "Open goes to the place of the one chosen.",
                              nullptr, int(m_blockers.size())));
    } else if (allLocked && manifests && !manifests->isEmpty()) {
        const LockManifest &m = manifests->last();
        m_summary->setText(tr("The study is locked: lock manifest %1, signed by %2 on %3 (UTC).")
                               .arg(m.id)
                               .arg(m.printedName,
                                    m.lockedAtUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    } else {
        m_summary->setText(tr("Nothing stands in the way: the study may be locked."));
    }
    m_open->setEnabled(!m_blockers.isEmpty());
    m_lock->setEnabled(m_error.isEmpty() && m_blockers.isEmpty() &&
                       m_session.may(Action::LockCasebook) &&
                       !(allLocked && manifests && !manifests->isEmpty()));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(qBound(0, row, m_list->topLevelItemCount() - 1)));
}

bool LockReadinessWindow::lockStudy()
{
    if (!m_lock->isEnabled())
        return false;
    LockStudyDialog dialog(m_users, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const StudyLockResult r =
        StudyLock(m_store, m_users).lock(m_session, dialog.reason(), dialog.password());
    if (!r.ok()) {
        QString why = r.message;
        if (r.status == StudyLockResult::Status::WrongPassword)
            why = tr("The password is not correct.");
        else if (r.status == StudyLockResult::Status::LockedOut)
            why = tr("Too many wrong passwords: the account is locked for a while.");
        else if (r.status == StudyLockResult::Status::Blocked)
            why = tr("%n blocker(s) stand in the way.", nullptr, int(r.blockers.size()));
        QMessageBox::warning(this, tr("Lock study"), tr("The study was not locked: %1").arg(why));
        refresh();
        return false;
    }
    refresh();
    QMessageBox::information(
        this, tr("Lock study"),
        tr("The study is locked: %n casebook(s) locked now. Lock manifest %1 is signed; its "
           "export SHA-256 is %2.",
           nullptr, r.casebooksLocked)
            .arg(r.manifest.id)
            .arg(r.manifest.exportSha256));
    Q_EMIT studyLocked();
    return true;
}

void LockReadinessWindow::openCurrent()
{
    const int i = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (i >= 0 && i < m_blockers.size())
        Q_EMIT openRequested(m_blockers.at(i));
}

QString LockReadinessWindow::kindLabel(const rules::LockBlocker &b) const
{
    using Kind = rules::LockBlocker::Kind;
    switch (b.kind) {
    case Kind::Casebook:
        return b.approval.kind == rules::ApprovalBlocker::Kind::ReasonMissing
                   ? tr("Deviation reason")
                   : b.approval.kind == rules::ApprovalBlocker::Kind::AdverseEventNoOutcome
                         ? tr("AE outcome")
                         : tr("Casebook page");
    case Kind::PrimaryPasiMissing:
        return tr("Primary endpoint");
    case Kind::OpenQuery:
        return tr("Open query");
    case Kind::NotApproved:
    case Kind::SignatureBroken:
        return tr("Signature");
    case Kind::SdvIncomplete:
        return tr("SDV");
    }
    return {};
}

void LockReadinessWindow::retranslate()
{
    setWindowTitle(tr("Database lock readiness"));
    m_list->setHeaderLabels({tr("Subject"), tr("Kind"), tr("What stands in the way")});
    m_open->setText(tr("&Open"));
    m_refresh->setText(tr("&Refresh"));
    m_lock->setText(tr("&Lock study…"));
    m_close->setText(tr("&Close"));
    refresh();
}

void LockReadinessWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace trialcrf
