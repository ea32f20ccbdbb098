// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace trialcrf {

class DeviationTableModel;
class StudyStore;
struct Deviation;

/// The study-wide protocol-deviation log (View → Protocol deviations…): every deviation with
/// its kind, visit, when it was detected, its reason or "Reason missing", and who recorded it;
/// filters by subject, kind and missing reason. Enter or a double-click opens the subject's
/// casebook; "Give reason…" adds or changes the reason of the selected deviation.
class DeviationLogDialog : public QDialog
{
    Q_OBJECT

public:
    DeviationLogDialog(StudyStore &store, const Session &session, QWidget *parent = nullptr);
    ~DeviationLogDialog() override;

    void setSession(const Session &session);
    /// Reads the log again.
    void refresh();

    QTableView *view() const { return m_view; }
    DeviationTableModel *model() const { return m_model; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QComboBox *kindBox() const { return m_kind; }
    QCheckBox *missingOnlyCheck() const { return m_missingOnly; }
    QPushButton *reasonButton() const { return m_reasonButton; }
    QLabel *statusLabel() const { return m_status; }
    /// Gives `reason` to the deviation in the view's `row` (the "Give reason…" dialog's
    /// work); false with a message shown when the store refuses.
    bool giveReason(int row, const QString &reason);

signals:
    void openSubjectRequested(const QString &subjectCode);
    /// A reason was given: open casebooks may show the log.
    void deviationChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    class Filter;
    void retranslate();
    void updateStatus();
    void updateButtons();
    void askReason();
    void openCurrent();
    int sourceRow(int viewRow) const;
    bool mayGiveReason(const Deviation &d) const;

    StudyStore &m_store;
    Session m_session;
    DeviationTableModel *m_model = nullptr;
    Filter *m_filter = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_missingOnly = nullptr;
    QCheckBox *m_showResolved = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_reasonButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

}  // namespace trialcrf
