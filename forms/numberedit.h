// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>
#include <optional>

namespace trialcrf {

/// A number field where empty means "not recorded". Unlike a spin box it accepts any typed
/// value, even one outside the protocol's range, so the range message comes from the record's
/// validate() at the field instead of the keystroke silently vanishing. Accepts the dot and the
/// locale's decimal point; in integer mode group separators are ignored and the value is shown
/// grouped ("127,000,000") once the field loses focus.
class NumberEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit NumberEdit(QWidget *parent = nullptr);

    /// 0: whole numbers (counts); otherwise the decimals shown when a value is set.
    void setDecimals(int decimals);
    int decimals() const { return m_decimals; }

    /// nullopt when empty or not a number.
    std::optional<double> value() const;
    /// nullopt when empty or not a whole number (integer mode).
    std::optional<qint64> integerValue() const;
    void setValue(const std::optional<double> &value);
    void setIntegerValue(const std::optional<qint64> &value);

    /// True when something is typed that is not a number ("1.2.3").
    bool hasInvalidText() const;
    bool isEmpty() const { return text().trimmed().isEmpty(); }

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString normalized() const;

    int m_decimals = 1;
};

}  // namespace trialcrf
