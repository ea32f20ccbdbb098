// SPDX-License-Identifier: Apache-2.0
#include "optionaltimeedit.h"

#include "displayformat.h"

#include <QKeyEvent>
#include <QRegularExpression>

namespace trialcrf {

OptionalTimeEdit::OptionalTimeEdit(QWidget *parent) : QLineEdit(parent)
{
    // Room for "00:00" plus the frame in any font; the field never needs more.
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00:00000")) + 16);
}

std::optional<QTime> OptionalTimeEdit::read(const QString &text, bool *exists)
{
    if (exists)
        *exists = true;
    const QString t = DisplayFormat::halfWidth(text);
    static const QRegularExpression withColon(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    static const QRegularExpression fourDigits(QStringLiteral("^([0-9]{2})([0-9]{2})$"));
    QRegularExpressionMatch m = withColon.match(t);
    if (!m.hasMatch())
        m = fourDigits.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QTime time(m.captured(1).toInt(), m.captured(2).toInt());
    if (!time.isValid()) {
        if (exists)
            *exists = false;
        return std::nullopt;
    }
    return time;
}

bool OptionalTimeEdit::isEmpty() const
{
    return DisplayFormat::halfWidth(text()).isEmpty();
}

std::optional<QTime> OptionalTimeEdit::value() const
{
    return read(text());
}

bool OptionalTimeEdit::hasInvalidText() const
{
    return !isEmpty() && !value().has_value();
}

QString OptionalTimeEdit::problem() const
{
    if (!hasInvalidText())
        return {};
    bool exists = true;
    read(text(), &exists);
    if (!exists)
        return tr("There is no time %1: hours go from 00 to 23, minutes from 00 to 59.")
            .arg(text().trimmed());
    return tr("Enter a time as hh:mm (24 hours), e.g. 09:30.");
}

void OptionalTimeEdit::setValue(const std::optional<QTime> &time)
{
    if (time && time->isValid())
        setText(DisplayFormat::time(*time));
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

void OptionalTimeEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // The time as read: "0930" shows as 09:30.
    if (const std::optional<QTime> t = value()) {
        const QString shown = DisplayFormat::time(*t);
        if (shown != text())
            setText(shown);
    }
}

}  // namespace trialcrf
