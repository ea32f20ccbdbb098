// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/casebook.h"
#include "storage/session.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace trialcrf {

/// The adverse events of one subject as a table (number, term, onset, end, grade, serious,
/// relationship, outcome) with New and Open. It only lists; the host opens an
/// AdverseEventForm on newRequested / openRequested.
class AdverseEventList : public QWidget
{
    Q_OBJECT

public:
    explicit AdverseEventList(QWidget *parent = nullptr);

    void setCasebook(const Casebook &casebook);
    /// New is offered only to roles that may record adverse events, on an unlocked casebook.
    void setSession(const Session &session);
    /// The AE number of the selected row; 0 when none.
    int selectedNumber() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void newRequested();
    void openRequested(int aeNumber);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void retranslate();
    void updateButtons();

    Casebook m_casebook;
    Session m_session;
    QTableWidget *m_table = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
};

}  // namespace trialcrf
