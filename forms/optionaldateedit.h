// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateEdit>
#include <optional>

namespace trialcrf {

/// A date field with a calendar popup and an explicit "not recorded" state, so a date nobody
/// entered is never stored as a default. Keyboard: type the date in the shown format (typing
/// into an empty field starts from today), Space or the arrow keys fill in today, Ctrl+Delete
/// empties the field. Shown in the locale's short format with a four-digit year.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    std::optional<QDate> value() const;
    void setValue(const std::optional<QDate> &date);
    bool isRecorded() const;
    /// Empties the field: "not recorded".
    void clearValue();

    /// The date shown when a person starts typing into an empty field (tests pin it).
    void setToday(const QDate &today) { m_today = today; }

    /// Wide enough for a date and for "not recorded" in the current language (QDateEdit
    /// measures the date format only).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The date or its recorded state changed (by the user or by setValue).
    void valueChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void stepBy(int steps) override;

private:
    void retranslate();
    QDate today() const;
    void startFromToday();
    QSize widened(QSize hint) const;

    QDate m_today;
};

}  // namespace trialcrf
