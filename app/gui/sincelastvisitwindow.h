// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/sincelastvisit.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace trialcrf {

class StudyStore;

/// "Since my last visit" for the logged-in monitor: every value created or changed since
/// the previous session, the signatures and the SDV marks broken, grouped by subject and
/// visit; Enter or a double click opens the field.
class SinceLastVisitWindow : public QDialog {
    Q_OBJECT
public:
    SinceLastVisitWindow(StudyStore &store, const Session &session, QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void openRequested(const trialcrf::FieldRef &ref);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    StudyStore &m_store;
    Session m_session;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

}  // namespace trialcrf
