// SPDX-License-Identifier: Apache-2.0
#include "records/deviation.h"

namespace trialcrf {

QString Deviation::sourceCode() const
{
    return sourceTable == QLatin1String("pasi_assessments") ? QStringLiteral("pasi")
                                                            : QStringLiteral("infusion");
}

QString Deviation::sourceTableOf(const QString &sourceCode)
{
    if (sourceCode == QLatin1String("infusion"))
        return QStringLiteral("infusions");
    if (sourceCode == QLatin1String("pasi"))
        return QStringLiteral("pasi_assessments");
    return {};
}

QStringList Deviation::sourceCodes()
{
    return {QStringLiteral("infusion"), QStringLiteral("pasi")};
}

}  // namespace trialcrf
