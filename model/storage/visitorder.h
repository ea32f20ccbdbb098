// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QVariantList>
#include <QString>
#include <QStringList>

namespace trialcrf {

/// Orders rows by the protocol's visit order in SQL (visit codes do not sort by text:
/// "week12" < "week2"). The codes are bound, never spliced into the statement.
class VisitOrder {
public:
    /// "CASE <column> WHEN ? THEN 0 WHEN ? THEN 1 … ELSE n END"
    static QString orderExpression(const QString &column, const QStringList &visits);
    /// The values of orderExpression's placeholders, in order, to bind.
    static QVariantList values(const QStringList &visits);
    /// Position of a visit in the protocol order (unknown codes last).
    static int rank(const QStringList &visits, const QString &visit);
};

}  // namespace trialcrf
