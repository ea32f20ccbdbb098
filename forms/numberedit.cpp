// SPDX-License-Identifier: Apache-2.0
#include "numberedit.h"

#include "displayformat.h"

#include <QLocale>
#include <QRegularExpressionValidator>
#include <cmath>

namespace trialcrf {

NumberEdit::NumberEdit(QWidget *parent) : QLineEdit(parent)
{
    // Digits, separators and spaces only: a stray letter from a scanner or a slipped finger is
    // refused at once; a malformed number ("1.2.3") is reported at the field.
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9.,\\s\\x{00A0}\\x{202F}\\x{066B}\\x{066C}]*")), this));
    setClearButtonEnabled(false);
    // A number needs no more than its size hint (about 17 digits); the form does not
    // stretch it across the window.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void NumberEdit::setDecimals(int decimals)
{
    m_decimals = qMax(0, decimals);
}

QString NumberEdit::normalized() const
{
    QString t = text().trimmed();
    const QLocale locale;
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));
    if (m_decimals == 0) {
        t.remove(QLatin1Char(','));
        t.remove(locale.groupSeparator());
        return t;
    }
    // Dot or the locale's decimal point; a comma is a group separator in both UI languages.
    if (locale.decimalPoint() != QLatin1String("."))
        t.replace(locale.decimalPoint(), QLatin1String("."));
    t.remove(QLatin1Char(','));
    return t;
}

std::optional<double> NumberEdit::value() const
{
    const QString t = normalized();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<qint64> NumberEdit::integerValue() const
{
    const QString t = normalized();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 v = QLocale::c().toLongLong(t, &ok);
    if (!ok)
        return std::nullopt;
    return v;
}

bool NumberEdit::hasInvalidText() const
{
    if (isEmpty())
        return false;
    return m_decimals == 0 ? !integerValue().has_value() : !value().has_value();
}

void NumberEdit::setValue(const std::optional<double> &value)
{
    if (!value) {
        clear();
        return;
    }
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    // Shortest exact form: 63.5 stays "63.5", 95 stays "95" (no invented precision).
    setText(locale.toString(*value, 'f', QLocale::FloatingPointShortest));
}

void NumberEdit::setIntegerValue(const std::optional<qint64> &value)
{
    if (!value) {
        clear();
        return;
    }
    setText(DisplayFormat::grouped(*value));
}

void NumberEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Show a typed count grouped so a missing or extra zero is visible at a glance.
    if (m_decimals == 0) {
        if (const std::optional<qint64> v = integerValue()) {
            const QString grouped = DisplayFormat::grouped(*v);
            if (grouped != text())
                setText(grouped);
        }
    }
}

}  // namespace trialcrf
