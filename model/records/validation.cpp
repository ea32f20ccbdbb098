// SPDX-License-Identifier: Apache-2.0
#include "records/validation.h"

#include <QtMath>
#include <cmath>

namespace trialcrf::validation {

namespace {
const char *const kFutureDate = QT_TRANSLATE_NOOP("Validation", "The date cannot be in the future.");
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

void add(FieldErrors &errors, const QString &field, const char *source, const QStringList &args)
{
    errors.append(FieldError{field, source, args});
}

void missing(FieldErrors &errors, const QString &field, const char *source,
             const QStringList &args)
{
    errors.append(FieldError{field, source, args, FieldError::Severity::Missing});
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

void notInFuture(FieldErrors &errors, const QString &field, const std::optional<QDate> &date,
                 const QDate &today)
{
    if (date && today.isValid() && *date > today)
        add(errors, field, kFutureDate);
}

bool inRange(FieldErrors &errors, const QString &field, const std::optional<double> &value,
             const Range &range, const char *source)
{
    if (!value || range.contains(*value))
        return true;
    add(errors, field, source, {number(range.min), number(range.max)});
    return false;
}

bool requiredText(FieldErrors &errors, const QString &field, const QString &text,
                  int maxLength, const char *missingSource, const char *tooLongSource)
{
    if (isBlank(text)) {
        missing(errors, field, missingSource);
        return false;
    }
    if (text.size() > maxLength) {
        add(errors, field, tooLongSource, {QString::number(maxLength)});
        return false;
    }
    return true;
}

bool hasAtMostOneDecimal(double v)
{
    const double tenths = v * 10.0;
    return qAbs(tenths - std::round(tenths)) < 1e-6;
}

int maxAreaScore(const Protocol &p)
{
    return int(p.areaScoreUpperBoundsPct.size());
}

int maxPasiTenths(const Protocol &p)
{
    int weights = 0;
    for (const PasiRegionDef &r : p.pasiRegions)
        weights += r.weightTenths;
    return weights * 3 * p.severityMax * maxAreaScore(p);
}

}  // namespace trialcrf::validation
