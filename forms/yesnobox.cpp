// SPDX-License-Identifier: Apache-2.0
#include "yesnobox.h"

#include "labels/codelabels.h"

#include <QEvent>
#include <QKeyEvent>

namespace trialcrf {

namespace {
enum Index { NotRecorded = 0, Yes = 1, No = 2 };
}

YesNoBox::YesNoBox(QWidget *parent) : QComboBox(parent)
{
    addItem(QString(), QString());
    addItem(QString(), QStringLiteral("yes"));
    addItem(QString(), QStringLiteral("no"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    retranslate();
    connect(this, &QComboBox::currentIndexChanged, this, &YesNoBox::valueChanged);
}

std::optional<bool> YesNoBox::value() const
{
    switch (currentIndex()) {
    case Yes:
        return true;
    case No:
        return false;
    default:
        return std::nullopt;
    }
}

void YesNoBox::setValue(const std::optional<bool> &value)
{
    setCurrentIndex(value ? (*value ? Yes : No) : NotRecorded);
}

void YesNoBox::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return QComboBox::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Y:
    case Qt::Key_1:
        setCurrentIndex(Yes);
        return;
    case Qt::Key_N:
    case Qt::Key_0:
        setCurrentIndex(No);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        setCurrentIndex(NotRecorded);
        return;
    default:
        QComboBox::keyPressEvent(event);
    }
}

void YesNoBox::retranslate()
{
    setItemText(NotRecorded, QStringLiteral("—"));
    setItemText(Yes, CodeLabels::yesNo(QStringLiteral("yes")));
    setItemText(No, CodeLabels::yesNo(QStringLiteral("no")));
    setToolTip(tr("Y or 1: yes · N or 0: no · Delete: not recorded"));
}

void YesNoBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

}  // namespace trialcrf
