// SPDX-License-Identifier: Apache-2.0
#include "optionaldateedit.h"

#include "displayformat.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>

namespace trialcrf {

namespace {
/// The minimum of the range stands for "not recorded" (shown as the special value text); no
/// clinical date of this study can be that early.
const QDate kNotRecorded(1900, 1, 1);
}  // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(kNotRecorded);
    setMaximumDate(QDate(9999, 12, 31));
    setDate(kNotRecorded);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    retranslate();
    connect(this, &QDateEdit::dateChanged, this, &OptionalDateEdit::valueChanged);
}

std::optional<QDate> OptionalDateEdit::value() const
{
    if (!isRecorded())
        return std::nullopt;
    return date();
}

bool OptionalDateEdit::isRecorded() const
{
    return date() != kNotRecorded && date().isValid();
}

void OptionalDateEdit::setValue(const std::optional<QDate> &d)
{
    if (d && d->isValid() && *d > kNotRecorded)
        setDate(*d);
    else
        clearValue();
}

void OptionalDateEdit::clearValue()
{
    setDate(kNotRecorded);
}

QDate OptionalDateEdit::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void OptionalDateEdit::startFromToday()
{
    setDate(today());
    setCurrentSectionIndex(0);
    setSelectedSection(sectionAt(0));
}

QSize OptionalDateEdit::widened(QSize hint) const
{
    // The frame and popup button take what the hint has beyond the widest date text.
    const QFontMetrics fm = fontMetrics();
    const int dateWidth =
        fm.horizontalAdvance(QLocale().toString(QDate(2000, 12, 28), displayFormat()));
    const int chrome = qMax(0, hint.width() - dateWidth);
    const int specialWidth = fm.horizontalAdvance(specialValueText() + QLatin1Char(' '));
    hint.setWidth(qMax(hint.width(), specialWidth + chrome));
    return hint;
}

QSize OptionalDateEdit::sizeHint() const
{
    return widened(QDateEdit::sizeHint());
}

QSize OptionalDateEdit::minimumSizeHint() const
{
    return widened(QDateEdit::minimumSizeHint());
}

void OptionalDateEdit::retranslate()
{
    setSpecialValueText(tr("not recorded"));
    setDisplayFormat(DisplayFormat::dateFormat());
    updateGeometry();
    setToolTip(tr("Type the date, or press Space for today. Ctrl+Delete: not recorded."));
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Delete && (event->modifiers() & Qt::ControlModifier)) {
        clearValue();
        return;
    }
    if (!isRecorded()) {
        if (key == Qt::Key_Space) {
            startFromToday();
            return;
        }
        if (key >= Qt::Key_0 && key <= Qt::Key_9 && !(event->modifiers() & Qt::ControlModifier)) {
            // Typing into an empty field edits a real date from its first section on.
            startFromToday();
            QDateEdit::keyPressEvent(event);
            return;
        }
    }
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::stepBy(int steps)
{
    // Up/Down (or the wheel) from "not recorded" starts at today, not at the year 1900.
    if (!isRecorded()) {
        startFromToday();
        return;
    }
    QDateEdit::stepBy(steps);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent *event)
{
    QDateEdit::mousePressEvent(event);
    // The popup opens on the current page of an empty field: show this month, select nothing.
    if (!isRecorded() && calendarWidget())
        calendarWidget()->setCurrentPage(today().year(), today().month());
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QDateEdit::changeEvent(event);
}

}  // namespace trialcrf
