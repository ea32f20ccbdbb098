// SPDX-License-Identifier: Apache-2.0
#include "enterkeyfilter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace trialcrf {

EnterKeyFilter::EnterKeyFilter(QObject *parent) : QObject(parent) {}

void EnterKeyFilter::watch(QWidget *field)
{
    field->installEventFilter(this);
}

bool EnterKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    auto *field = qobject_cast<QWidget *>(watched);
    if (!field)
        return false;
    if (event->type() == QEvent::FocusOut) {
        emit fieldLeft(field);
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    if (qobject_cast<QPlainTextEdit *>(field) || qobject_cast<QTextEdit *>(field))
        return false;
    if (qobject_cast<QAbstractButton *>(field) && !field->inherits("QCheckBox")
        && !field->inherits("QRadioButton"))
        return false;
    if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->view()->isVisible())
        return false;  // Enter in an open list picks the item
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->interpretText();
    // A Tab sent to the field moves along the form's tab order, wherever the field sits.
    QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
    QCoreApplication::sendEvent(field, &tab);
    return true;
}

}  // namespace trialcrf
