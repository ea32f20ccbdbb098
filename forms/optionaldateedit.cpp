// SPDX-License-Identifier: Apache-2.0
#include "optionaldateedit.h"

#include "displayformat.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>
#include <QVBoxLayout>

namespace trialcrf {

namespace {

using Kind = OptionalDateEdit::Reading::Kind;

/// The example every message shows, in the UI's format.
QString example()
{
    return DisplayFormat::date(QDate(1985, 3, 14));
}

/// The same example as 8 digits in the UI's order.
QString digitsExample()
{
    const QString order = DisplayFormat::dateOrder();
    if (order == QLatin1String("YMD"))
        return QStringLiteral("19850314");
    if (order == QLatin1String("DMY"))
        return QStringLiteral("14031985");
    return QStringLiteral("03141985");
}

OptionalDateEdit::Reading dateOf(int year, int month, int day)
{
    const QDate d(year, month, day);
    if (!d.isValid())
        return {Kind::NoSuchDate, QDate()};
    return {Kind::Date, d};
}

/// A small calendar page for the button that opens the calendar.
QIcon calendarIcon(const QPalette &palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    const QColor ink = palette.color(QPalette::Text);
    p.setPen(ink);
    p.drawRect(1, 2, 13, 12);
    p.fillRect(1, 2, 14, 4, ink);
    for (int row = 0; row < 2; ++row) {
        for (int col = 0; col < 3; ++col)
            p.fillRect(3 + col * 4, 8 + row * 3, 2, 2, ink);
    }
    return QIcon(pixmap);
}

}  // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QLineEdit(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_calendarAction = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    m_calendarAction->setObjectName(QStringLiteral("calendarAction"));
    connect(m_calendarAction, &QAction::triggered, this, &OptionalDateEdit::showCalendar);
    connect(this, &QLineEdit::textChanged, this, &OptionalDateEdit::onTextChanged);
    retranslate();
}

OptionalDateEdit::Reading OptionalDateEdit::read(const QString &text)
{
    QString t = DisplayFormat::halfWidth(text);
    if (t.isEmpty())
        return {};
    // "1985年3月14日", as a Chinese input method writes a date.
    t.replace(QChar(0x5E74), QLatin1Char('/'));  // 年
    t.replace(QChar(0x6708), QLatin1Char('/'));  // 月
    if (t.endsWith(QChar(0x65E5)))               // 日
        t.chop(1);
    t = t.trimmed();
    const QString order = DisplayFormat::dateOrder();

    static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));
    if (digitsOnly.match(t).hasMatch()) {
        if (t.size() == 6)
            return {Kind::TwoDigitYear, QDate()};
        if (t.size() != 8)
            return {Kind::WrongDigits, QDate()};
        const auto part = [&t](int from, int n) { return t.mid(from, n).toInt(); };
        if (order == QLatin1String("YMD"))
            return dateOf(part(0, 4), part(4, 2), part(6, 2));
        if (order == QLatin1String("DMY"))
            return dateOf(part(4, 4), part(2, 2), part(0, 2));
        return dateOf(part(4, 4), part(0, 2), part(2, 2));
    }

    static const QRegularExpression allowed(QStringLiteral("^[\\d/\\-. ]+$"));
    if (!allowed.match(t).hasMatch()) {
        // A format with month names ("3 Jun 2024" in some locales) is read in that format.
        const QDate named = QLocale().toDate(t, DisplayFormat::dateFormat());
        if (named.isValid() && named.year() >= 1000)
            return {Kind::Date, named};
        return {Kind::Unreadable, QDate()};
    }
    static const QRegularExpression separators(QStringLiteral("[/\\-. ]+"));
    const QStringList parts = t.split(separators, Qt::SkipEmptyParts);
    if (parts.size() < 3)
        return {Kind::Incomplete, QDate()};
    if (parts.size() > 3)
        return {Kind::Unreadable, QDate()};
    for (const QString &p : parts) {
        if (p.size() > 4)
            return {Kind::Unreadable, QDate()};
    }

    // Year first with four digits is read as year, month, day in every language (ISO
    // "2026-12-14", "2026/12/14"); anything else in the language's order.
    QString y, m, d;
    if (parts.at(0).size() == 4) {
        y = parts.at(0);
        m = parts.at(1);
        d = parts.at(2);
    } else if (order == QLatin1String("YMD")) {
        // "3/14/1985" where the year comes first: which of the others is the month is a
        // guess, so it is not read.
        if (parts.at(2).size() == 4)
            return {Kind::Unreadable, QDate()};
        return {Kind::TwoDigitYear, QDate()};
    } else if (order == QLatin1String("DMY")) {
        d = parts.at(0);
        m = parts.at(1);
        y = parts.at(2);
    } else {
        m = parts.at(0);
        d = parts.at(1);
        y = parts.at(2);
    }
    if (m.size() > 2 || d.size() > 2)
        return {Kind::Unreadable, QDate()};
    if (y.size() != 4)
        return {y.size() <= 2 ? Kind::TwoDigitYear : Kind::Unreadable, {}};
    return dateOf(y.toInt(), m.toInt(), d.toInt());
}

QString OptionalDateEdit::problemText(const Reading &reading, const QString &typed)
{
    const QString shown = typed.trimmed();
    switch (reading.kind) {
    case Kind::Empty:
    case Kind::Date:
        return {};
    case Kind::Incomplete:
        return tr("Incomplete date: enter %1, e.g. %2.")
            .arg(DisplayFormat::dateOrderWords(), example());
    case Kind::TwoDigitYear:
        return tr("Enter the year with four digits, e.g. %1.").arg(example());
    case Kind::NoSuchDate:
        return tr("There is no date %1: check the month and the day.").arg(shown);
    case Kind::WrongDigits:
        return tr("Type the date as 8 digits, e.g. %1, or with separators, e.g. %2.")
            .arg(digitsExample(), example());
    case Kind::Unreadable:
        break;
    }
    return tr("\"%1\" is not a date: enter %2, e.g. %3.")
        .arg(shown, DisplayFormat::dateOrderWords(), example());
}

void OptionalDateEdit::onTextChanged()
{
    m_reading = read(text());
    if (!m_reformatting)
        emit valueChanged();
}

void OptionalDateEdit::reformat(const QString &shown)
{
    // The same date in another format: the value has not changed, the page stays as it was.
    m_reformatting = true;
    setText(shown);
    m_reformatting = false;
}

std::optional<QDate> OptionalDateEdit::value() const
{
    if (m_reading.kind != Kind::Date)
        return std::nullopt;
    return m_reading.date;
}

bool OptionalDateEdit::isRecorded() const
{
    return m_reading.kind == Kind::Date;
}

bool OptionalDateEdit::hasInvalidText() const
{
    return m_reading.kind != Kind::Date && m_reading.kind != Kind::Empty;
}

QString OptionalDateEdit::problem() const
{
    return problemText(m_reading, text());
}

void OptionalDateEdit::setValue(const std::optional<QDate> &d)
{
    if (d && d->isValid())
        setText(DisplayFormat::date(*d));
    else
        clear();
}

void OptionalDateEdit::clearValue()
{
    clear();
}

QDate OptionalDateEdit::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void OptionalDateEdit::showReadDate()
{
    // The date as it was read, in the UI's format: "3/14/1985" typed as "03141985".
    if (m_reading.kind != Kind::Date)
        return;
    const QString shown = DisplayFormat::date(m_reading.date);
    if (shown != text())
        reformat(shown);
}

QSize OptionalDateEdit::sizeHint() const
{
    // Room for the widest date and for "not recorded", the calendar button and the frame.
    const QFontMetrics fm = fontMetrics();
    const int textWidth = qMax(fm.horizontalAdvance(DisplayFormat::date(QDate(2000, 12, 28))),
                               fm.horizontalAdvance(placeholderText()));
    QSize hint = QLineEdit::sizeHint();
    hint.setWidth(textWidth + fm.horizontalAdvance(QLatin1Char('x')) * 2 + 16 + 24);
    return hint;
}

QSize OptionalDateEdit::minimumSizeHint() const
{
    return sizeHint();
}

void OptionalDateEdit::retranslate()
{
    setPlaceholderText(tr("not recorded"));
    setToolTip(tr("Type the date as %1 (e.g. %2), or as 8 digits. Space: today. Alt+Down or "
                  "F4: calendar. Ctrl+Delete: not recorded.")
                   .arg(DisplayFormat::dateOrderWords(), example()));
    m_calendarAction->setText(tr("Calendar"));
    m_calendarAction->setToolTip(tr("Pick the date in a calendar (Alt+Down)"));
    updateGeometry();
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (key == Qt::Key_Delete && (mods & Qt::ControlModifier)) {
        clearValue();
        return;
    }
    if ((key == Qt::Key_Down && mods == Qt::AltModifier)
        || (key == Qt::Key_F4 && mods == Qt::NoModifier)) {
        showCalendar();
        return;
    }
    if (key == Qt::Key_Space && mods == Qt::NoModifier && text().trimmed().isEmpty()) {
        setText(DisplayFormat::date(today()));
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void OptionalDateEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Not while the calendar has the focus: the field is not left.
    if (m_popup && m_popup->isVisible())
        return;
    showReadDate();
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        // A date read is shown in the new language's format; text that was not a date stays
        // as typed and is read again in the new language's order.
        if (m_reading.kind == Kind::Date) {
            const QString shown = DisplayFormat::date(m_reading.date);
            if (shown != text())
                reformat(shown);
        } else if (!text().isEmpty()) {
            onTextChanged();
        }
    }
    QLineEdit::changeEvent(event);
}

QCalendarWidget *OptionalDateEdit::calendarWidget() const
{
    return m_popup && m_popup->isVisible() ? m_calendar : nullptr;
}

void OptionalDateEdit::showCalendar()
{
    if (isReadOnly() || !isEnabled())
        return;
    if (!m_popup) {
        auto *popup = new QFrame(this, Qt::Popup);
        popup->setObjectName(QStringLiteral("calendarPopup"));
        popup->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(popup);
        layout->setContentsMargins(0, 0, 0, 0);
        m_calendar = new QCalendarWidget(popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, &OptionalDateEdit::pick);
        connect(m_calendar, &QCalendarWidget::clicked, this, &OptionalDateEdit::pick);
        m_calendar->installEventFilter(this);
        for (QWidget *w : m_calendar->findChildren<QWidget *>())
            w->installEventFilter(this);
        m_popup = popup;
    }
    m_calendar->setLocale(QLocale());
    m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    const QDate start = value().value_or(today());
    m_calendar->setSelectedDate(start);
    m_calendar->setCurrentPage(start.year(), start.month());

    m_popup->adjustSize();
    QPoint pos = mapToGlobal(QPoint(0, height()));
    if (const QScreen *s = screen()) {
        const QRect area = s->availableGeometry();
        if (pos.y() + m_popup->height() > area.bottom())
            pos.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        pos.setX(qBound(area.left(), pos.x(), qMax(area.left(), area.right() - m_popup->width())));
    }
    m_popup->move(pos);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void OptionalDateEdit::pick(const QDate &date)
{
    if (m_popup)
        m_popup->hide();
    setFocus(Qt::PopupFocusReason);
    if (date.isValid())
        setText(DisplayFormat::date(date));
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    // Esc in the calendar closes the calendar only; the field keeps what it had.
    if (m_popup && watched != this && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_popup->hide();
        setFocus(Qt::PopupFocusReason);
        return true;
    }
    return QLineEdit::eventFilter(watched, event);
}

}  // namespace trialcrf
