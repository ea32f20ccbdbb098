// SPDX-License-Identifier: Apache-2.0
#include "exchange/exchangeproblem.h"

#include "records/fielderror.h"

namespace trialcrf {

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
