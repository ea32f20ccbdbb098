// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>
#include <QTime>
#include <optional>

namespace trialcrf {

/// A 24-hour time (hh:mm) where an empty field means "not recorded". Typed as four digits
/// ("0930") without reaching for the colon; a QTimeEdit cannot be empty, so it would store
/// midnight for a time nobody recorded.
class OptionalTimeEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit OptionalTimeEdit(QWidget *parent = nullptr);

    /// nullopt when empty or not a valid time.
    std::optional<QTime> value() const;
    void setValue(const std::optional<QTime> &time);
    bool isEmpty() const;
    /// True when something is typed that is not a valid time ("25:00", "9:3").
    bool hasInvalidText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

}  // namespace trialcrf
