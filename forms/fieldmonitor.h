// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/fieldchanges.h"
#include "storage/querystore.h"
#include "storage/sdvstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QPushButton;
class QToolButton;
class QWidget;

namespace trialcrf {

class CrfForm;
class StudyStore;

/// Queries and SDV marks on an open CRF page. A query on the whole page shows a button in the
/// page's footer. A field with a query that is not closed shows a
/// marker at its right edge ("?" open, "!" answered) that opens the thread with one click (it
/// is a button: Tab reaches it, Space opens it); a verified field shows a check mark, a field
/// changed since verified a warning sign. Right-click on a field, or queryFocusedField() (the
/// Monitoring menu's shortcut), opens the field's query or raises a new one.
class FieldMonitor : public QObject {
    Q_OBJECT
public:
    FieldMonitor(CrfForm *form, StudyStore &store, const Session &session);

    /// Re-reads the page's queries and marks and updates the markers.
    void refresh();
    /// Opens the query of the focused field (or raises one); false when no field has focus.
    bool queryFocusedField();
    /// Opens the field's latest query (raises one when it has none and the role may).
    void openField(const QString &key);
    /// The marker of a field with a query that is not closed; null when none.
    QToolButton *queryMarker(const QString &key) const { return m_queryMarkers.value(key); }
    QToolButton *sdvMarker(const QString &key) const { return m_sdvMarkers.value(key); }
    /// The page's own marker in the footer, shown while a query on the whole page is not
    /// closed (a button: Tab reaches it, Space or a click opens the thread).
    QPushButton *pageMarker() const { return m_pageMarker; }

Q_SIGNALS:
    /// A query was raised, answered, closed or re-opened.
    void queriesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *marker(QHash<QString, QToolButton *> &markers, const QString &key);
    void place(QWidget *input);
    void retranslate();
    void contextMenu(QWidget *input, const QPoint &globalPos);
    /// The reason a save of `changes` is offered: a data clarification when it changes a field
    /// (or the page) with a query waiting for the site; those queries are answered next.
    QString reasonFor(const QList<FieldChange> &changes);
    /// After such a save: the thread of each query the change answers, to answer it.
    void answerSavedChanges();

    QPointer<CrfForm> m_form;
    StudyStore &m_store;
    Session m_session;
    QueryStore m_queries;
    QList<Query> m_pageQueries;
    QList<SdvMark> m_marks;
    QHash<QString, QToolButton *> m_queryMarkers;
    QHash<QString, QToolButton *> m_sdvMarkers;
    QPushButton *m_pageMarker = nullptr;
    QList<qint64> m_answeredBySave;  ///< queries the save being made answers
};

}  // namespace trialcrf
