// SPDX-License-Identifier: Apache-2.0
#include "samples.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace trialcrf::bench {

double Samples::quantile(double q) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype rank = qsizetype(std::ceil(q * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double Samples::mean() const
{
    if (m_values.isEmpty())
        return 0;
    return std::accumulate(m_values.cbegin(), m_values.cend(), 0.0) / double(m_values.size());
}

QString Samples::describe() const
{
    return QStringLiteral("median %1 ms, p95 %2 ms, mean %3 ms (n=%4)")
        .arg(median(), 0, 'f', 3)
        .arg(p95(), 0, 'f', 3)
        .arg(mean(), 0, 'f', 3)
        .arg(count());
}

}  // namespace trialcrf::bench
