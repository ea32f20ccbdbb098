// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>
#include <optional>

namespace trialcrf {

/// A number field where empty means "not recorded". Unlike a spin box it accepts any typed
/// text, even a value outside the protocol's range, so the range message comes from the
/// record's validate() at the field instead of the keystroke silently vanishing; and text
/// that is not a number is kept as typed and refused at the field with a message (problem()),
/// never read as another number (see docs/typing.md). Read: digits with a dot for decimals,
/// commas (or spaces) only between groups of three digits ("125,000,000"), full-width digits
/// and punctuation of a Chinese input method, and "-0" as 0. Refused: any other character
/// ("12500000O", "1e3"), a comma that does not separate thousands ("62,5"), negative numbers
/// and decimals in a whole-number field. Once the field is left the value is shown as read, at
/// the field's precision ("63.0", "125,000,000"), or with all its decimals when it has more.
class NumberEdit : public QLineEdit
{
    Q_OBJECT

public:
    /// How a text reads as a number.
    struct Reading {
        enum class Kind {
            Empty,         ///< nothing typed: not recorded
            Number,        ///< `value` (and `integer` in a whole-number field) holds it
            BadCharacter,  ///< `character` is not part of a number ("O", "e")
            Negative,      ///< below zero
            Grouping,      ///< a comma or space that does not separate thousands ("62,5")
            NotWhole,      ///< decimals in a whole-number field
            Unreadable,    ///< "1.2.3", "-", "."
        };
        Kind kind = Kind::Empty;
        double value = 0;
        qint64 integer = 0;
        QString character;
    };

    explicit NumberEdit(QWidget *parent = nullptr);

    /// Reads `text` for a field with `decimals` decimals (0: whole numbers).
    static Reading read(const QString &text, int decimals);

    /// 0: whole numbers (counts); otherwise the decimals shown ("63.0"). More decimals may be
    /// typed; whether they are allowed is the record's validation's to say.
    void setDecimals(int decimals);
    int decimals() const { return m_decimals; }

    /// nullopt when empty or not a number.
    std::optional<double> value() const;
    /// nullopt when empty or not a whole number.
    std::optional<qint64> integerValue() const;
    void setValue(const std::optional<double> &value);
    void setIntegerValue(const std::optional<qint64> &value);

    /// True when something is typed that is not a number the field takes ("1.2.3", "62,5").
    bool hasInvalidText() const;
    /// Why the typed text is refused, in the current language; empty when it is fine.
    QString problem() const;
    bool isEmpty() const { return text().trimmed().isEmpty(); }

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Reading reading() const { return read(text(), m_decimals); }
    /// The value read, at the field's precision ("63.0", "125,000,000").
    void showReadValue();

    int m_decimals = 1;
};

}  // namespace trialcrf
