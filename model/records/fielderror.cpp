// SPDX-License-Identifier: Apache-2.0
#include "records/fielderror.h"

#include <algorithm>

namespace trialcrf {

QString FieldError::text() const
{
    if (!source)
        return {};
    const QString pattern = QCoreApplication::translate("Validation", source);
    // Substitute %1..%99 in one pass, so an argument that itself contains "%2" is never
    // substituted again (chained QString::arg would do that).
    QString out;
    out.reserve(pattern.size() + 16);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            qsizetype j = i + 1;
            int n = 0;
            while (j < pattern.size() && j < i + 3 && pattern.at(j).isDigit()) {
                n = n * 10 + pattern.at(j).digitValue();
                ++j;
            }
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                i = j - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

bool hasError(const FieldErrors &errors, const QString &field)
{
    for (const FieldError &e : errors) {
        if (e.field == field)
            return true;
    }
    return false;
}

FieldErrors hardErrors(const FieldErrors &errors)
{
    FieldErrors out;
    for (const FieldError &e : errors) {
        if (!e.isMissing())
            out << e;
    }
    return out;
}

FieldErrors missingItems(const FieldErrors &errors)
{
    FieldErrors out;
    for (const FieldError &e : errors) {
        if (e.isMissing())
            out << e;
    }
    return out;
}

bool hasHardErrors(const FieldErrors &errors)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [](const FieldError &e) { return !e.isMissing(); });
}

}  // namespace trialcrf
