// SPDX-License-Identifier: Apache-2.0
#include "exchange/exchangeproblem.h"

#include "records/fielderror.h"

namespace trialcrf {

namespace {
bool isUnsafe(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
           || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
           || c == 0x200F || c == 0x061C;
}
}  // namespace

QString escapeControls(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && !isUnsafe(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString out = text.left(first);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isUnsafe(c))
            out += QChar(c);
        else if (c == u'\n')
            out += QLatin1String("\\n");
        else if (c == u'\r')
            out += QLatin1String("\\r");
        else if (c == u'\t')
            out += QLatin1String("\\t");
        else if (c <= 0xFF)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return out;
}

void ExchangeProblem::escapeEchoedText()
{
    file = escapeControls(file);
    field = escapeControls(field);
    for (QString &a : args)
        a = escapeControls(a);
}

QString ExchangeProblem::text() const
{
    return FieldError{field, source, args}.text();
}

QString ExchangeProblem::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral(".") : file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    where += QLatin1String(": ");
    if (!field.isEmpty())
        where += field + QLatin1String(": ");
    return where + text();
}

}  // namespace trialcrf
