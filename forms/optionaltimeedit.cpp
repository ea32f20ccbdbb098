// SPDX-License-Identifier: Apache-2.0
#include "optionaltimeedit.h"

#include <QKeyEvent>

namespace trialcrf {

namespace {
const QString kFormat = QStringLiteral("HH:mm");
}

OptionalTimeEdit::OptionalTimeEdit(QWidget *parent) : QLineEdit(parent)
{
    setInputMask(QStringLiteral("99:99;_"));
    // Room for "00:00" plus the frame in any font; the field never needs more.
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00000")) + 16);
}

bool OptionalTimeEdit::isEmpty() const
{
    QString digits = text();
    digits.remove(QLatin1Char(':'));
    return digits.trimmed().isEmpty();
}

std::optional<QTime> OptionalTimeEdit::value() const
{
    if (isEmpty())
        return std::nullopt;
    const QTime t = QTime::fromString(text(), kFormat);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

bool OptionalTimeEdit::hasInvalidText() const
{
    return !isEmpty() && !value().has_value();
}

void OptionalTimeEdit::setValue(const std::optional<QTime> &time)
{
    if (time && time->isValid())
        setText(time->toString(kFormat));
    else
        clear();
}

void OptionalTimeEdit::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+Delete empties the field ("not recorded"), as in the date fields.
    if (event->key() == Qt::Key_Delete && (event->modifiers() & Qt::ControlModifier)) {
        clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

}  // namespace trialcrf
