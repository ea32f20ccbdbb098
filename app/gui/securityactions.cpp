// SPDX-License-Identifier: Apache-2.0
#include "securityactions.h"

#include "auditviewer.h"
#include "casebookview.h"
#include "changepassworddialog.h"
#include "lockreadinesswindow.h"
#include "monitoringactions.h"
#include "mainwindow.h"
#include "reasondialog.h"
#include "resignlistdialog.h"
#include "signaturespanel.h"
#include "storage/studystore.h"
#include "storage/userstore.h"
#include "subjectlistview.h"
#include "useradmindialog.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>

namespace trialcrf {

SecurityActions::SecurityActions(MainWindow &window, StudyStore &store, UserStore &users,
                                 SignatureStore &signatures, QObject *parent)
    : QObject(parent), m_window(window), m_store(store), m_userStore(users),
      m_signatures(signatures)
{
    m_panel = new SignaturesPanel(store, signatures, users);
    m_dock = new QDockWidget(&window);
    m_dock->setObjectName(QStringLiteral("signaturesDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    // Side by side with another dock below the casebook (the charts) each would be too narrow:
    // share its place as a tab, the other one in front.
    for (QDockWidget *other : window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        if (other != m_dock && window.dockWidgetArea(other) == Qt::BottomDockWidgetArea) {
            window.tabifyDockWidget(other, m_dock);
            other->raise();
            break;
        }
    }

    m_sign = new QAction(this);
    m_showSignatures = new QAction(this);
    m_toResign = new QAction(this);
    m_lockCasebook = new QAction(this);
    m_unlockCasebook = new QAction(this);
    m_lockReadiness = new QAction(this);
    m_lockReadiness->setObjectName(QStringLiteral("lockReadinessAction"));
    m_subjectAudit = new QAction(this);
    m_audit = new QAction(this);
    m_users = new QAction(this);
    m_password = new QAction(this);
    m_lockScreen = new QAction(this);
    m_lockScreen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    // The menu goes before Language and Help, which end the menu bar.
    QMenuBar *bar = window.menuBar();
    m_menu = new QMenu(bar);
    m_menu->setObjectName(QStringLiteral("securityMenu"));
    QList<QAction *> menus = bar->actions();
    QAction *before = menus.size() >= 2 ? menus.at(menus.size() - 2) : nullptr;
    bar->insertMenu(before, m_menu);
    m_menu->addAction(m_sign);
    m_menu->addAction(m_showSignatures);
    m_menu->addAction(m_toResign);
    m_menu->addSeparator();
    m_menu->addAction(m_lockCasebook);
    m_menu->addAction(m_unlockCasebook);
    m_menu->addAction(m_lockReadiness);
    m_menu->addSeparator();
    m_menu->addAction(m_subjectAudit);
    m_menu->addAction(m_audit);
    m_menu->addAction(m_users);
    m_menu->addSeparator();
    m_menu->addAction(m_password);
    m_menu->addAction(m_lockScreen);

    connect(m_sign, &QAction::triggered, m_panel, [this] {
        showSignatures();
        // The visit chosen in the timeline is what the physician means to sign.
        const QString visit = m_window.casebook()->selectedVisit();
        if (visit.isEmpty())
            m_panel->sign();
        else
            m_panel->sign(SignatureStore::scopeVisit(), visit);
    });
    connect(m_showSignatures, &QAction::triggered, this, &SecurityActions::showSignatures);
    connect(m_toResign, &QAction::triggered, this, &SecurityActions::openResignList);
    connect(m_lockCasebook, &QAction::triggered, this, [this] { setCasebookLocked(true); });
    connect(m_unlockCasebook, &QAction::triggered, this, [this] { setCasebookLocked(false); });
    connect(m_lockReadiness, &QAction::triggered, this, &SecurityActions::showLockReadiness);
    connect(m_subjectAudit, &QAction::triggered, this, [this] { openAudit(true); });
    connect(m_audit, &QAction::triggered, this, [this] { openAudit(false); });
    connect(m_users, &QAction::triggered, this, &SecurityActions::openUsers);
    connect(m_password, &QAction::triggered, this, &SecurityActions::changePassword);
    connect(m_lockScreen, &QAction::triggered, this, &SecurityActions::lockScreenRequested);

    // Follow whatever the casebook shows, however it came to show it: a click in the list,
    // MainWindow::openSubject (the re-sign list's Open, --subject), a save, a refresh.
    connect(window.casebook(), &CasebookView::casebookLoaded, this,
            [this] { QTimer::singleShot(0, this, &SecurityActions::subjectShown); });
    connect(m_panel, &SignaturesPanel::signatureAdded, this, &SecurityActions::updateActions);
    // The casebook header and the subject list show the signed state.
    window.casebook()->setSignatureStore(&signatures);
    connect(m_panel, &SignaturesPanel::signatureAdded, window.casebook(),
            &CasebookView::signaturesChanged);
    window.installEventFilter(this);
    retranslate();
}

void SecurityActions::setSession(const Session &session)
{
    m_session = session;
    m_panel->setSession(session);
    if (m_lockWindow) {
        if (session.may(Action::LockCasebook))
            m_lockWindow->setSession(session);
        else
            m_lockWindow->close();
    }
    subjectShown();
}

LockReadinessWindow *SecurityActions::lockReadinessWindow() const
{
    return m_lockWindow.data();
}

void SecurityActions::showLockReadiness()
{
    if (!m_session.may(Action::LockCasebook))
        return;
    if (!m_lockWindow) {
        m_lockWindow = new LockReadinessWindow(m_store, m_userStore, m_session, &m_window);
        connect(m_lockWindow, &LockReadinessWindow::openRequested, this,
                [this](const rules::LockBlocker &b) {
                    // The page (and field, or query); a page not recorded opens the casebook.
                    MonitoringActions *monitoring = m_window.monitoringActions();
                    if (!monitoring || !monitoring->openField(b.place, b.queryId))
                        m_window.openSubject(b.subjectCode);
                });
        connect(m_lockWindow, &LockReadinessWindow::studyLocked, this, [this] {
            m_window.casebook()->reload();
            m_window.subjectList()->reload();
            subjectShown();
        });
    } else {
        m_lockWindow->setSession(m_session);
    }
    m_lockWindow->show();
    m_lockWindow->raise();
    m_lockWindow->activateWindow();
}

void SecurityActions::showSignatures()
{
    m_dock->show();
    m_dock->raise();
}

void SecurityActions::openResignList()
{
    ResignListDialog dialog(m_signatures, m_session, &m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenSubject().isEmpty())
        return;
    if (m_window.openSubject(dialog.chosenSubject()))
        showSignatures();
}

void SecurityActions::subjectShown()
{
    // The casebook the pane has just loaded: the statuses are checked against it.
    m_panel->setSubject(m_window.casebook()->subjectId(), m_window.casebook()->casebook());
    updateActions();
}

void SecurityActions::updateActions()
{
    const std::optional<Casebook> &book = m_window.casebook()->casebook();
    const bool shown = book.has_value() && m_window.casebook()->subjectId() != 0;
    const bool locked = shown && book->locked;
    const bool in = !m_session.userName.isEmpty();
    m_sign->setVisible(m_session.may(Action::Sign));
    m_sign->setEnabled(shown && m_session.may(Action::Sign));
    m_toResign->setVisible(m_session.may(Action::Sign));
    m_lockCasebook->setVisible(m_session.may(Action::LockCasebook));
    m_unlockCasebook->setVisible(m_session.may(Action::LockCasebook));
    m_lockReadiness->setVisible(m_session.may(Action::LockCasebook));
    m_lockCasebook->setEnabled(shown && !locked && m_session.may(Action::LockCasebook));
    m_unlockCasebook->setEnabled(shown && locked && m_session.may(Action::LockCasebook));
    m_audit->setVisible(m_session.may(Action::ReadAudit));
    m_subjectAudit->setVisible(m_session.may(Action::ReadAudit));
    m_subjectAudit->setEnabled(shown && m_session.may(Action::ReadAudit));
    m_users->setVisible(m_session.may(Action::ManageUsers));
    m_password->setEnabled(in);
    m_lockScreen->setEnabled(in);
}

bool SecurityActions::setCasebookLocked(bool locked)
{
    CasebookView *view = m_window.casebook();
    const qint64 id = view->subjectId();
    if (id == 0 || !m_session.may(Action::LockCasebook))
        return false;
    // A page open with unsaved data is settled first: locking under it would refuse its save.
    if (locked && !view->closePage())
        return false;
    const QString code = view->casebook() ? view->casebook()->subject.code : QString();
    const std::optional<QString> reason = ReasonDialog::ask(
        &m_window,
        locked ? tr("Lock the casebook of %1").arg(code) : tr("Unlock the casebook of %1").arg(code),
        locked ? ReasonDialog::Purpose::Lock : ReasonDialog::Purpose::Unlock);
    if (!reason)
        return false;
    const SaveResult r = m_store.setLocked(m_session, id, locked, *reason);
    if (!r.ok()) {
        QMessageBox::warning(&m_window, locked ? tr("Lock the casebook") : tr("Unlock the casebook"),
                             tr("The casebook of %1 could not be changed: %2").arg(code, r.message));
        return false;
    }
    view->reload();
    m_window.subjectList()->reload();
    subjectShown();
    return true;
}

void SecurityActions::openAudit(bool thisSubject)
{
    AuditViewer viewer(m_store.database(), m_session, &m_window);
    if (thisSubject && m_window.casebook()->casebook())
        viewer.setSubjectFilter(m_window.casebook()->casebook()->subject.code);
    viewer.exec();
}

void SecurityActions::openUsers()
{
    UserAdminDialog dialog(m_userStore, m_session, &m_window);
    dialog.exec();
    subjectShown();  // a printed name may have changed
}

void SecurityActions::changePassword()
{
    ChangePasswordDialog dialog(m_userStore, m_session, {}, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(&m_window, tr("Change my password"),
                                 tr("Your password was changed."));
}

bool SecurityActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void SecurityActions::retranslate()
{
    m_menu->setTitle(tr("Securit&y"));
    m_dock->setWindowTitle(tr("E-signatures"));
    m_showSignatures->setText(tr("Show s&ignatures"));
    m_toResign->setText(tr("Signatures to sign a&gain…"));
    m_sign->setText(tr("&Sign visit or casebook…"));
    m_lockCasebook->setText(tr("&Lock casebook…"));
    m_unlockCasebook->setText(tr("&Unlock casebook…"));
    m_lockReadiness->setText(tr("Database lock &readiness…"));
    m_subjectAudit->setText(tr("Audit trail of this su&bject…"));
    m_audit->setText(tr("&Audit trail…"));
    m_users->setText(tr("Us&ers…"));
    m_password->setText(tr("Change my &password…"));
    m_lockScreen->setText(tr("Loc&k screen"));
    updateActions();
}

}  // namespace trialcrf
