// SPDX-License-Identifier: Apache-2.0
#include "storage/visitorder.h"

#include <QVariant>

namespace trialcrf {

QString VisitOrder::orderExpression(const QString &column, const QStringList &visits)
{
    if (visits.isEmpty())
        return column;
    QString sql = QStringLiteral("CASE ") + column;
    for (int i = 0; i < visits.size(); ++i)
        sql += QStringLiteral(" WHEN ? THEN %1").arg(i);
    sql += QStringLiteral(" ELSE %1 END").arg(visits.size());
    return sql;
}

QVariantList VisitOrder::values(const QStringList &visits)
{
    QVariantList out;
    for (const QString &v : visits)
        out << v;
    return out;
}

int VisitOrder::rank(const QStringList &visits, const QString &visit)
{
    const int i = visits.indexOf(visit);
    return i < 0 ? visits.size() : i;
}

}  // namespace trialcrf
