// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QLineEdit>
#include <QPointer>
#include <optional>

class QCalendarWidget;

namespace trialcrf {

/// A date field where empty means "not recorded", so a date nobody entered is never stored
/// as a default. A line edit: what is typed stays as typed until it is read, and text that is
/// not one whole date is refused at the field with a message (problem()), never turned into
/// another date. Read (see docs/typing.md): the UI language's short format ("3/14/1985" in
/// English, "1985/3/14" in Chinese), ISO "1985-03-14", year first with slashes ("1985/3/14"),
/// and 8 digits in the language's order ("03141985" / "19850314"); full-width digits of a
/// Chinese input method too. Two-digit years are refused, not guessed. Once the field is left
/// a date read is shown again in the UI's format, so the person sees how it was read.
/// Keyboard: one Tab leaves the field; Space in an empty field fills in today; Alt+Down or F4
/// opens the calendar; Ctrl+Delete empties the field.
class OptionalDateEdit : public QLineEdit
{
    Q_OBJECT

public:
    /// How a text reads as a date.
    struct Reading {
        enum class Kind {
            Empty,         ///< nothing typed: not recorded
            Date,          ///< `date` holds the date read
            Incomplete,    ///< "3/14": a part is missing
            TwoDigitYear,  ///< "3/14/85": the year is not four digits
            NoSuchDate,    ///< "2/30/2026": every part read, but the day does not exist
            WrongDigits,   ///< digits only, but not 8 of them
            Unreadable,    ///< letters, too many parts, parts in the wrong order
        };
        Kind kind = Kind::Empty;
        QDate date;
    };

    explicit OptionalDateEdit(QWidget *parent = nullptr);

    /// Reads `text` in the current UI language's order (DisplayFormat::dateOrder()).
    static Reading read(const QString &text);
    /// The message for a reading that is not a date (empty for Empty and Date), current
    /// language; `typed` is the text that was read.
    static QString problemText(const Reading &reading, const QString &typed);

    /// The date read; nullopt when empty or when the text is not a date (see problem()).
    std::optional<QDate> value() const;
    void setValue(const std::optional<QDate> &date);
    /// A date is typed and read.
    bool isRecorded() const;
    /// Empties the field: "not recorded".
    void clearValue();

    /// True when something is typed that is not one whole date.
    bool hasInvalidText() const;
    /// Why the typed text is refused, in the current language; empty when it is fine.
    QString problem() const;

    /// The date Space and the calendar start from (tests pin it).
    void setToday(const QDate &today) { m_today = today; }

    /// Opens the calendar below the field (Alt+Down, F4 or the button).
    void showCalendar();
    /// The calendar popup while it is open (tests).
    QCalendarWidget *calendarWidget() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// What is typed changed, and with it the date or its recorded state (by the user or by
    /// setValue).
    void valueChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged();
    void retranslate();
    void showReadDate();
    void reformat(const QString &shown);
    QDate today() const;
    void pick(const QDate &date);

    QDate m_today;
    Reading m_reading;
    bool m_reformatting = false;
    QAction *m_calendarAction = nullptr;
    QPointer<QWidget> m_popup;
    QCalendarWidget *m_calendar = nullptr;
};

}  // namespace trialcrf
