// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>
#include <QTime>
#include <optional>

namespace trialcrf {

/// A 24-hour time (HH:mm) where an empty field means "not recorded"; a QTimeEdit cannot be
/// empty, so it would store midnight for a time nobody recorded. Read: four digits ("0930"),
/// "9:30", "09:30", with full-width digits and colon of a Chinese input method too ("０９：３０").
/// Refused at the field with a message (problem()): an hour or minute that does not exist
/// ("25:00"), a one-digit minute ("9:3"), anything else ("930x"). Shown as HH:mm once the
/// field is left.
class OptionalTimeEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit OptionalTimeEdit(QWidget *parent = nullptr);

    /// The time `text` reads as; nullopt when empty or not a time. `exists` (when given) is
    /// set to false for hours and minutes out of range ("25:00").
    static std::optional<QTime> read(const QString &text, bool *exists = nullptr);

    /// nullopt when empty or not a valid time.
    std::optional<QTime> value() const;
    void setValue(const std::optional<QTime> &time);
    bool isEmpty() const;
    /// True when something is typed that is not a valid time ("25:00", "9:3").
    bool hasInvalidText() const;
    /// Why the typed text is refused, in the current language; empty when it is fine.
    QString problem() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};

}  // namespace trialcrf
