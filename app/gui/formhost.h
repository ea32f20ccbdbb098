// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crfform.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace trialcrf {


/// Hosts one CRF page in the casebook pane: its title (marked while unsaved) and a Close
/// button above the form, which brings its own scrolling, Save button and error footer. The
/// main window's Ctrl+S and Esc reach the form through it.
class FormHost : public QWidget {
    Q_OBJECT
public:
    explicit FormHost(QWidget *parent = nullptr);

    /// Shows `form` (taking ownership), replacing the one shown; the caller has already
    /// asked the previous form maybeClose().
    void setForm(CrfForm *form);
    CrfForm *form() const { return m_form; }
    bool isDirty() const;

    /// Saves through the form (which validates, asks a reason, shows errors); true when saved.
    bool save();
    /// Asks the form whether it may close (Save / Discard / Cancel when dirty); on yes the form
    /// is deleted and closed() emitted. True when nothing is open any more.
    bool closeForm();

Q_SIGNALS:
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTitle();

    QLabel *m_title = nullptr;
    QPushButton *m_close = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QPointer<CrfForm> m_form;
};

}  // namespace trialcrf
