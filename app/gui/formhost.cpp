// SPDX-License-Identifier: Apache-2.0
#include "formhost.h"

#include "crfform.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trialcrf {

FormHost::FormHost(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("formClose"));
    // For the mouse; the keyboard has Esc, and Tab stays inside the form.
    m_close->setFocusPolicy(Qt::NoFocus);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_close);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(bar);
    connect(m_close, &QPushButton::clicked, this, &FormHost::closeForm);
    retranslate();
}

void FormHost::setForm(CrfForm *form)
{
    delete m_form;
    m_form = form;
    if (form) {
        form->setParent(this);
        m_layout->addWidget(form, 1);
        connect(form, &CrfForm::titleChanged, this, &FormHost::updateTitle);
        connect(form, &CrfForm::dirtyChanged, this, &FormHost::updateTitle);
    }
    updateTitle();
}

bool FormHost::isDirty() const
{
    return m_form && m_form->isDirty();
}

bool FormHost::save()
{
    return m_form && m_form->save();
}

bool FormHost::closeForm()
{
    if (!m_form)
        return true;
    if (!m_form->maybeClose())
        return false;
    delete m_form;
    updateTitle();
    Q_EMIT closed();
    return true;
}

void FormHost::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FormHost::retranslate()
{
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this page and return to the casebook (Esc)"));
    updateTitle();
}

void FormHost::updateTitle()
{
    if (!m_form) {
        m_title->clear();
        return;
    }
    const QString title = m_form->title();
    m_title->setText(isDirty() ? tr("%1 (unsaved changes)").arg(title) : title);
}

}  // namespace trialcrf
