// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace trialcrf {

class CrfForm;

/// A CRF page in its own dialog (the New subject flow). The page brings its Save button;
/// Ctrl+S saves too, and a successful save closes the dialog. Esc or Close asks before
/// discarding unsaved data.
class FormDialog : public QDialog {
    Q_OBJECT
public:
    /// Takes ownership of `form`.
    FormDialog(CrfForm *form, QWidget *parent = nullptr);

    CrfForm *form() const { return m_form; }
    /// The subject the page saved; 0 until it did.
    qint64 savedSubjectId() const { return m_savedSubjectId; }

public Q_SLOTS:
    void reject() override;

private:
    CrfForm *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_savedSubjectId = 0;
};

}  // namespace trialcrf
