// SPDX-License-Identifier: Apache-2.0
#include "numberedit.h"

#include "displayformat.h"

#include <QEvent>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace trialcrf {

namespace {

using Kind = NumberEdit::Reading::Kind;

/// Digits, with commas or spaces between groups of three ("125,000,000", "125 000 000"):
/// the integer part without its separators, or nullopt when a separator is misplaced.
std::optional<QString> ungrouped(const QString &integerPart)
{
    static const QRegularExpression separator(QStringLiteral("[, ]"));
    if (!integerPart.contains(separator))
        return integerPart;
    const QStringList groups = integerPart.split(separator);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qsizetype n = groups.at(i).size();
        if (i == 0 ? (n < 1 || n > 3) : n != 3)
            return std::nullopt;
    }
    return groups.join(QString());
}

NumberEdit::Reading refused(Kind kind)
{
    NumberEdit::Reading r;
    r.kind = kind;
    return r;
}

}  // namespace

NumberEdit::NumberEdit(QWidget *parent) : QLineEdit(parent)
{
    // No validator: a character that is not part of a number stays visible and is refused
    // with a message, instead of the keystroke silently vanishing ("12500000O").
    setClearButtonEnabled(false);
    // A number needs no more than its size hint (about 17 digits); the form does not
    // stretch it across the window.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void NumberEdit::setDecimals(int decimals)
{
    m_decimals = qMax(0, decimals);
}

NumberEdit::Reading NumberEdit::read(const QString &text, int decimals)
{
    QString t = DisplayFormat::halfWidth(text);
    if (t.isEmpty())
        return {};
    bool negative = false;
    if (t.startsWith(QLatin1Char('-'))) {
        negative = true;
        t = t.mid(1).trimmed();
    }
    for (const QChar c : std::as_const(t)) {
        if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char(',')
            && c != QLatin1Char(' ')) {
            Reading r;
            r.kind = Kind::BadCharacter;
            r.character = c;
            return r;
        }
    }
    static const QRegularExpression asciiDigits(QStringLiteral("^[0-9]*$"));
    if (t.count(QLatin1Char('.')) > 1)
        return refused(Kind::Unreadable);
    const qsizetype point = t.indexOf(QLatin1Char('.'));
    const QString fraction = point >= 0 ? t.mid(point + 1) : QString();
    const std::optional<QString> whole = ungrouped(point >= 0 ? t.left(point) : t);
    if (!whole || fraction.contains(QLatin1Char(',')) || fraction.contains(QLatin1Char(' ')))
        return refused(Kind::Grouping);
    if (!asciiDigits.match(*whole).hasMatch() || !asciiDigits.match(fraction).hasMatch())
        return refused(Kind::Unreadable);  // digits of another script
    if (whole->isEmpty() && fraction.isEmpty())
        return refused(Kind::Unreadable);
    if (point >= 0 && decimals == 0)
        return refused(Kind::NotWhole);

    Reading r;
    bool ok = false;
    const QString number = (whole->isEmpty() ? QStringLiteral("0") : *whole)
                           + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
    r.value = QLocale::c().toDouble(number, &ok);
    if (!ok || !std::isfinite(r.value))
        return refused(Kind::Unreadable);
    if (decimals == 0) {
        r.integer = QLocale::c().toLongLong(number, &ok);
        if (!ok)
            return refused(Kind::Unreadable);
    }
    // "-0" is zero, stored as 0; any other negative number is refused (no field of the CRF
    // can be below zero).
    if (negative && r.value != 0)
        return refused(Kind::Negative);
    r.value = std::abs(r.value);
    r.kind = Kind::Number;
    return r;
}

std::optional<double> NumberEdit::value() const
{
    const Reading r = reading();
    if (r.kind != Kind::Number)
        return std::nullopt;
    return r.value;
}

std::optional<qint64> NumberEdit::integerValue() const
{
    const Reading r = read(text(), 0);
    if (r.kind != Kind::Number)
        return std::nullopt;
    return r.integer;
}

bool NumberEdit::hasInvalidText() const
{
    const Kind k = reading().kind;
    return k != Kind::Empty && k != Kind::Number;
}

QString NumberEdit::problem() const
{
    const Reading r = reading();
    const QString example = m_decimals == 0 ? QStringLiteral("127000000")
                                            : DisplayFormat::number(63.5, 1);
    switch (r.kind) {
    case Kind::Empty:
    case Kind::Number:
        return {};
    case Kind::BadCharacter:
        return tr("\"%1\" is not part of a number: type digits only, e.g. %2.")
            .arg(r.character, example);
    case Kind::Negative:
        return tr("Cannot be negative.");
    case Kind::Grouping:
        return m_decimals == 0
                   ? tr("A comma may only separate groups of three digits, e.g. 125,000,000.")
                   : tr("Use a point for decimals, e.g. 62.5; a comma only separates "
                        "thousands.");
    case Kind::NotWhole:
        return tr("Enter a whole number, without decimals, e.g. %1.").arg(example);
    case Kind::Unreadable:
        break;
    }
    return m_decimals == 0 ? tr("Enter a whole number, e.g. 127000000.")
                           : tr("Enter a number, e.g. %1.").arg(example);
}

void NumberEdit::setValue(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value)) {
        clear();
        return;
    }
    // At the field's precision ("63.0"), unless the value has more decimals than the field:
    // then all of them, so nothing is shown rounded.
    const double scaled = *value * std::pow(10.0, m_decimals);
    QString shown;
    if (std::abs(scaled - std::round(scaled)) < 1e-6) {
        shown = DisplayFormat::number(*value, m_decimals);
    } else {
        QLocale locale;
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        shown = locale.toString(*value, 'f', QLocale::FloatingPointShortest);
    }
    if (shown != text())
        setText(shown);
}

void NumberEdit::setIntegerValue(const std::optional<qint64> &value)
{
    if (!value) {
        clear();
        return;
    }
    setText(DisplayFormat::grouped(*value));
}

void NumberEdit::showReadValue()
{
    const Reading r = reading();
    if (r.kind != Kind::Number)
        return;
    // Counts grouped so a missing or extra zero is visible at a glance; decimals at the
    // field's precision, so "63" shows as the 63.0 that is stored. More decimals than the
    // field has are shown as typed (the record's validation says whether they are allowed),
    // never rounded.
    if (m_decimals == 0) {
        const QString shown = DisplayFormat::grouped(r.integer);
        if (shown != text())
            setText(shown);
        return;
    }
    setValue(r.value);
}

void NumberEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    showReadValue();
}

void NumberEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        if (!hasFocus())
            showReadValue();
    }
    QLineEdit::changeEvent(event);
}

}  // namespace trialcrf
