// SPDX-License-Identifier: Apache-2.0
#include "enterkeyfilter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTextEdit>
#include <QWidget>

namespace trialcrf {

EnterKeyFilter::EnterKeyFilter(QObject *parent) : QObject(parent) {}

void EnterKeyFilter::watch(QWidget *field)
{
    field->installEventFilter(this);
}

void EnterKeyFilter::moveOn(QWidget *field)
{
    // The next field in tab order. Not a Tab key sent to the field: a date edit takes Tab to
    // its next section (day → month → year), while Enter means "this field is done".
    QWidget *window = field->window();
    for (QWidget *next = field->nextInFocusChain(); next && next != field;
         next = next->nextInFocusChain()) {
        if (next->window() != window || field->isAncestorOf(next) || next->focusProxy())
            continue;
        if (!(next->focusPolicy() & Qt::TabFocus) || !next->isEnabled()
            || !next->isVisibleTo(window))
            continue;
        next->setFocus(Qt::TabFocusReason);
        for (QWidget *p = next->parentWidget(); p; p = p->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(p))
                scroll->ensureWidgetVisible(next);
        }
        return;
    }
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
    moveOn(field);
    return true;
}

}  // namespace trialcrf
