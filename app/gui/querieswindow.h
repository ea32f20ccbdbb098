// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/querystore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace trialcrf {

class StudyStore;

/// Every query of the study, filtered by state, subject, visit, who must act and age (days
/// since raised); Enter or a double click opens the field in its page.
class QueriesWindow : public QDialog {
    Q_OBJECT
public:
    QueriesWindow(StudyStore &store, const Session &session, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *list() const { return m_list; }
    QComboBox *stateFilter() const { return m_state; }

Q_SIGNALS:
    void openRequested(const trialcrf::FieldRef &ref, qint64 queryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    StudyStore &m_store;
    Session m_session;
    QList<Query> m_shown;
    QLabel *m_stateLabel = nullptr, *m_subjectLabel = nullptr, *m_visitLabel = nullptr;
    QLabel *m_actLabel = nullptr, *m_ageLabel = nullptr, *m_count = nullptr;
    QComboBox *m_state = nullptr, *m_visit = nullptr, *m_act = nullptr;
    QLineEdit *m_subject = nullptr;
    QSpinBox *m_age = nullptr;
    QTreeWidget *m_list = nullptr;
};

}  // namespace trialcrf
