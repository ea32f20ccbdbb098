// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace trialcrf {

class StudyStore;
class SubjectListModel;

/// The subject list panel: search by code, filter by status, and the lazily filled table.
/// Keyboard first: typing anywhere in the list goes to the search box, Down returns to the
/// list, Enter opens the subject.
class SubjectListView : public QWidget {
    Q_OBJECT
public:
    explicit SubjectListView(const StudyStore &store, QWidget *parent = nullptr);

    SubjectListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }

    /// The subject of the current row; 0 when none.
    qint64 currentSubjectId() const;
    /// Makes the subject's row current if it is among the fetched rows.
    bool selectSubject(qint64 subjectId);
    /// Searches for one code (e.g. a new subject) and selects its row.
    bool showSubject(qint64 subjectId, const QString &code);
    /// Re-reads the list (after a save), keeping the current subject when still shown.
    void reload();
    /// Re-reads the list after another workstation saved, as if nothing moved: the same
    /// filter, the same current subject (without announcing it again), as many rows as were
    /// fetched, the same scroll position, and the keyboard focus where it was.
    void refreshLive();
    void focusSearch();

    /// Wide enough for every column of the list without a horizontal scroll bar.
    QSize sizeHint() const override;

Q_SIGNALS:
    void currentSubjectChanged(qint64 subjectId);
    /// Enter or double-click on a row.
    void subjectActivated(qint64 subjectId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillStatusFilter();
    void applyFilter();
    void fetchFirstPage();
    void fitColumns();
    void updateEmptyState();

    const StudyStore &m_store;
    SubjectListModel *m_model = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    qint64 m_current = 0;
};

}  // namespace trialcrf
