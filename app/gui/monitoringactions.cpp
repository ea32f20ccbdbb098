// SPDX-License-Identifier: Apache-2.0
#include "monitoringactions.h"

#include "casebookview.h"
#include "crfform.h"
#include "fieldmonitor.h"
#include "labels/codelabels.h"
#include "labels/monitoringlabels.h"
#include "mainwindow.h"
#include "querieswindow.h"
#include "querythreaddialog.h"
#include "subjectlistview.h"
#include "sincelastvisitwindow.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"
#include "storage/studystore.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>
#include <QTreeWidget>

namespace trialcrf {

namespace {

std::optional<CasebookView::Page> pageOf(const QString &table)
{
    using P = CasebookView::Page;
    static const QList<QPair<QString, P>> pages{
        {QStringLiteral("subjects"), P::Subject},      {QStringLiteral("consents"), P::Consent},
        {QStringLiteral("eligibility"), P::Eligibility}, {QStringLiteral("infusions"), P::Infusion},
        {QStringLiteral("pasi_assessments"), P::Pasi}, {QStringLiteral("adverse_events"), P::AdverseEvent}};
    for (const auto &[name, page] : pages) {
        if (name == table)
            return page;
    }
    return std::nullopt;
}

}  // namespace

MonitoringActions::MonitoringActions(MainWindow &window, StudyStore &store, QObject *parent)
    : QObject(parent), m_window(window), m_store(store)
{
    m_menu = new QMenu(&window);
    m_menu->setObjectName(QStringLiteral("monitoringMenu"));
    const auto action = [this](const char *name, const QKeySequence &key = {}) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        m_menu->addAction(a);
        return a;
    };
    m_queryField = action("queryFieldAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    m_queries = action("queriesAction");
    m_menu->addSeparator();
    m_verifyPage = action("verifyPageAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_verifyVisit = action("verifyVisitAction");
    m_unverifyPage = action("unverifyPageAction");
    m_menu->addSeparator();
    m_sinceLastVisit = action("sinceLastVisitAction");
    QMenu *language = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    window.menuBar()->insertMenu(language ? language->menuAction() : nullptr, m_menu);

    m_summary = new QTreeWidget;
    m_summary->setObjectName(QStringLiteral("monitoringSummary"));
    m_summary->setColumnCount(3);
    m_dock = new QDockWidget(&window);
    m_dock->setObjectName(QStringLiteral("monitoringDock"));
    m_dock->setWidget(m_summary);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    // Below the casebook, as a tab beside the charts and the signatures: on the right it would
    // narrow the casebook's visit table. Shown in front for the roles that monitor, hidden for
    // the others (View menu).
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    for (QDockWidget *other : window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        if (other != m_dock && window.dockWidgetArea(other) == Qt::BottomDockWidgetArea) {
            window.tabifyDockWidget(other, m_dock);
            break;
        }
    }
    m_dock->hide();
    window.viewMenu()->addAction(m_dock->toggleViewAction());

    connect(m_queryField, &QAction::triggered, this, [this] {
        if (m_fieldMonitor)
            m_fieldMonitor->queryFocusedField();
    });
    connect(m_verifyPage, &QAction::triggered, this, [this] { verify(false); });
    connect(m_verifyVisit, &QAction::triggered, this, [this] { verify(true); });
    connect(m_unverifyPage, &QAction::triggered, this, [this] {
        if (CrfForm *form = m_window.casebook()->openForm()) {
            SdvStore(m_store).unmark(m_session, form->pageRef());
            m_window.casebook()->reload();
            m_window.subjectList()->reload();
        }
    });
    connect(m_queries, &QAction::triggered, this, &MonitoringActions::showQueries);
    connect(m_sinceLastVisit, &QAction::triggered, this, &MonitoringActions::showSinceLastVisit);
    CasebookView *casebook = window.casebook();
    connect(casebook, &CasebookView::pageOpenChanged, this, &MonitoringActions::attachToPage);
    connect(casebook, &CasebookView::casebookLoaded, this, [this] {
        refreshSummary();
        if (m_fieldMonitor)
            m_fieldMonitor->refresh();
    });
    connect(m_summary, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant ref = item->data(0, Qt::UserRole);
        if (ref.isValid())
            openField(ref.value<FieldRef>());
    });
    m_menu->installEventFilter(this);
    retranslate();
    updateActions();
}

void MonitoringActions::setSession(const Session &session)
{
    const bool monitors = session.may(Action::VerifySource);
    if (monitors != m_session.may(Action::VerifySource) || m_session.userName.isEmpty()) {
        m_dock->setVisible(monitors);
        // In front of the tabs below the casebook once the other docks are in place.
        if (monitors)
            QTimer::singleShot(0, m_dock, &QDockWidget::raise);
    }
    m_session = session;
    delete m_queriesWindow;
    delete m_sinceWindow;
    updateActions();
    attachToPage();
}

void MonitoringActions::updateActions()
{
    const bool page = m_window.casebook()->hasOpenPage();
    const bool sdv = m_session.may(Action::VerifySource);
    m_verifyPage->setEnabled(sdv && page);
    m_verifyVisit->setEnabled(sdv && page);
    m_unverifyPage->setEnabled(sdv && page);
    m_verifyPage->setVisible(sdv);
    m_verifyVisit->setVisible(sdv);
    m_unverifyPage->setVisible(sdv);
    m_queryField->setEnabled(page);
    m_sinceLastVisit->setVisible(m_session.may(Action::ReadAudit));
}

void MonitoringActions::attachToPage()
{
    updateActions();
    CrfForm *form = m_window.casebook()->openForm();
    if (m_fieldMonitor && m_fieldMonitor->parent() == form)
        return;
    if (form && !m_session.userName.isEmpty()) {
        m_fieldMonitor = new FieldMonitor(form, m_store, m_session);
        connect(m_fieldMonitor, &FieldMonitor::queriesChanged, this, [this] {
            refreshSummary();
            m_window.subjectList()->reload();
            if (m_queriesWindow && m_queriesWindow->isVisible())
                m_queriesWindow->refresh();
        });
    }
}

void MonitoringActions::verify(bool wholeVisit)
{
    CrfForm *form = m_window.casebook()->openForm();
    if (!form)
        return;
    const FieldRef page = form->pageRef();
    const QString visit = monitoredfields::visitOf(m_store.protocol(), page);
    SdvStore sdv(m_store);
    const SaveResult r = wholeVisit && !visit.isEmpty()
                             ? sdv.markVisit(m_session, page.subjectId, visit)
                             : sdv.mark(m_session, page);
    if (!r.ok())
        QMessageBox::warning(&m_window, tr("Source data verification"),
                             tr("Nothing was marked: %1").arg(r.message));
    m_window.casebook()->reload();
    m_window.subjectList()->reload();
}

void MonitoringActions::refreshSummary()
{
    m_summary->clear();
    const std::optional<Casebook> &book = m_window.casebook()->casebook();
    if (!book || m_session.userName.isEmpty())
        return;
    const Protocol &p = m_store.protocol();
    const QList<SdvMark> marks = SdvStore(m_store).marks(*book).value_or(QList<SdvMark>());
    const QList<Query> queries =
        QueryStore(m_store).subjectQueries(m_session, book->subject.id).value_or(QList<Query>());
    const auto openCount = [&](const std::function<bool(const Query &)> &in) {
        int n = 0;
        for (const Query &q : queries)
            n += q.isOpen() && in(q) ? 1 : 0;
        return n;
    };
    const auto row = [](QTreeWidgetItem *item, int open, const SdvProgress &sdv) {
        item->setText(1, open ? QString::number(open) : QString());
        item->setText(2, MonitoringLabels::progress(sdv.verified, sdv.total, sdv.broken));
    };
    auto *total = new QTreeWidgetItem(m_summary, {tr("Whole casebook")});
    row(total, openCount([](const Query &) { return true; }),
        SdvStore::subjectProgress(p, *book, marks));
    QHash<QString, QTreeWidgetItem *> visits;
    for (const FieldRef &page : monitoredfields::pages(p, *book)) {
        const QString visit = monitoredfields::visitOf(p, page);
        QTreeWidgetItem *&group = visits[visit];
        if (!group) {
            group = new QTreeWidgetItem(
                m_summary, {visit.isEmpty() ? tr("Adverse events") : CodeLabels::visit(visit)});
            row(group, openCount([&](const Query &q) { return q.visit == visit; }),
                visit.isEmpty() ? SdvProgress{} : SdvStore::visitProgress(p, *book, marks, visit));
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {MonitoringLabels::page(page)});
        item->setData(0, Qt::UserRole, QVariant::fromValue(page));
        row(item, openCount([&](const Query &q) { return q.ref.samePage(page); }),
            SdvStore::pageProgress(p, *book, marks, page));
    }
    for (int c = 0; c < 3; ++c)
        m_summary->resizeColumnToContents(c);
}

bool MonitoringActions::openField(const FieldRef &ref, qint64 queryId)
{
    const std::optional<CasebookView::Page> page = pageOf(ref.table);
    const std::optional<Casebook> book = m_store.loadCasebook(m_session, ref.subjectId);
    if (!page || !book || !m_window.openSubject(book->subject.code))
        return false;
    const bool visitPage = *page == CasebookView::Page::Infusion || *page == CasebookView::Page::Pasi;
    if (!m_window.casebook()->openPage(*page, visitPage ? ref.recordKey : QString(),
                                       *page == CasebookView::Page::AdverseEvent
                                           ? ref.recordKey.toInt()
                                           : 0))
        return false;
    attachToPage();
    CrfForm *form = m_window.casebook()->openForm();
    if (QWidget *input = form ? form->fieldInput(ref.field) : nullptr)
        input->setFocus(Qt::OtherFocusReason);
    if (queryId != 0 && form) {
        QueryStore queries(m_store);
        QueryThreadDialog dialog(queries, m_session, ref, queryId, form);
        if (dialog.exec() == QDialog::Accepted) {
            m_fieldMonitor->refresh();
            refreshSummary();
            if (m_queriesWindow)
                m_queriesWindow->refresh();
        }
    }
    return true;
}

void MonitoringActions::showQueries()
{
    if (!m_queriesWindow) {
        m_queriesWindow = new QueriesWindow(m_store, m_session, &m_window);
        connect(m_queriesWindow, &QueriesWindow::openRequested, this,
                [this](const FieldRef &ref, qint64 id) { openField(ref, id); });
    }
    m_queriesWindow->refresh();
    m_queriesWindow->show();
    m_queriesWindow->raise();
    m_queriesWindow->activateWindow();
}

void MonitoringActions::showSinceLastVisit()
{
    if (!m_sinceWindow) {
        m_sinceWindow = new SinceLastVisitWindow(m_store, m_session, &m_window);
        connect(m_sinceWindow, &SinceLastVisitWindow::openRequested, this,
                [this](const FieldRef &ref) { openField(ref); });
    }
    m_sinceWindow->refresh();
    m_sinceWindow->show();
    m_sinceWindow->raise();
    m_sinceWindow->activateWindow();
}

void MonitoringActions::retranslate()
{
    m_menu->setTitle(tr("Monitoring"));
    m_queryField->setText(tr("&Query on this field…"));
    m_queries->setText(tr("Q&ueries…"));
    m_verifyPage->setText(tr("Mark this &page verified"));
    m_verifyVisit->setText(tr("Mark this &visit verified"));
    m_unverifyPage->setText(tr("&Take back this page's verification"));
    m_sinceLastVisit->setText(tr("&Since my last visit…"));
    m_dock->setWindowTitle(tr("Monitoring"));
    m_summary->setHeaderLabels({tr("Page"), tr("Open queries"), tr("Verified")});
    refreshSummary();
}

bool MonitoringActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

}  // namespace trialcrf
