// SPDX-License-Identifier: Apache-2.0
#include "formdialog.h"

#include "crfform.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialcrf {

FormDialog::FormDialog(CrfForm *form, QWidget *parent) : QDialog(parent), m_form(form)
{
    m_form->setParent(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter moves between the page's fields; it must never close the dialog.
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_buttons);

    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, m_form, &CrfForm::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    connect(m_form, &CrfForm::saved, this, [this](qint64 id) {
        m_savedSubjectId = id;
        accept();
    });
    connect(m_form, &CrfForm::titleChanged, this, &QWidget::setWindowTitle);
    setWindowTitle(m_form->title());
}

void FormDialog::reject()
{
    if (m_form->maybeClose())
        QDialog::reject();
}

}  // namespace trialcrf
