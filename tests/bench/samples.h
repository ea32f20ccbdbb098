// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace trialcrf::bench {

/// Timings of one measured operation, in milliseconds.
class Samples {
public:
    void add(double ms) { m_values.append(ms); }
    qsizetype count() const { return m_values.size(); }
    double median() const { return quantile(0.5); }
    double p95() const { return quantile(0.95); }
    double mean() const;
    /// Nearest-rank quantile; 0 when empty.
    double quantile(double q) const;
    /// "median 1.23 ms, p95 2.34 ms, mean 1.40 ms (n=300)"
    QString describe() const;

private:
    QList<double> m_values;
};

}  // namespace trialcrf::bench
