// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fieldmonitor.h"
#include "querieswindow.h"
#include "sincelastvisitwindow.h"
#include "storage/monitoredfields.h"
#include "storage/session.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QTreeWidget;

namespace trialcrf {

class MainWindow;
class StudyStore;

/// Monitoring in one main window, added without the window knowing: the Monitoring menu
/// (query on the focused field — Ctrl+Shift+Q —, mark the open page or its visit verified —
/// Ctrl+Shift+V —, the queries window, "since my last visit"), the markers on the open page
/// (FieldMonitor) and a dock with the shown subject's open queries and SDV progress per page,
/// visit and subject.
class MonitoringActions : public QObject {
    Q_OBJECT
public:
    MonitoringActions(MainWindow &window, StudyStore &store, QObject *parent = nullptr);

    void setSession(const Session &session);
    /// Opens the subject, its page, puts the keyboard on the field and, with `queryId`, opens
    /// the query's thread. False when it cannot be opened.
    bool openField(const FieldRef &ref, qint64 queryId = 0);

    QMenu *menu() const { return m_menu; }
    QAction *queryFieldAction() const { return m_queryField; }
    QAction *verifyPageAction() const { return m_verifyPage; }
    QAction *verifyVisitAction() const { return m_verifyVisit; }
    QAction *queriesAction() const { return m_queries; }
    QAction *sinceLastVisitAction() const { return m_sinceLastVisit; }
    QTreeWidget *summary() const { return m_summary; }
    FieldMonitor *fieldMonitor() const { return m_fieldMonitor; }
    QueriesWindow *queriesWindow() const { return m_queriesWindow; }
    SinceLastVisitWindow *sinceLastVisitWindow() const { return m_sinceWindow; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void attachToPage();
    void refreshSummary();
    void verify(bool wholeVisit);
    void showQueries();
    void showSinceLastVisit();

    MainWindow &m_window;
    StudyStore &m_store;
    Session m_session;
    QMenu *m_menu = nullptr;
    QAction *m_queryField = nullptr;
    QAction *m_verifyPage = nullptr;
    QAction *m_verifyVisit = nullptr;
    QAction *m_unverifyPage = nullptr;
    QAction *m_queries = nullptr;
    QAction *m_sinceLastVisit = nullptr;
    QDockWidget *m_dock = nullptr;
    QTreeWidget *m_summary = nullptr;
    QPointer<FieldMonitor> m_fieldMonitor;
    QPointer<QueriesWindow> m_queriesWindow;
    QPointer<SinceLastVisitWindow> m_sinceWindow;
};

}  // namespace trialcrf
