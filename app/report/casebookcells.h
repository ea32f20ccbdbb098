// SPDX-License-Identifier: Apache-2.0
// How the casebook report writes a value into its text: what is missing reads "not recorded".
#pragma once

#include "reportlabels.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>
#include <optional>

namespace trialcrf::casebookcells {

inline QString num(const std::optional<double> &v)
{
    return v ? QLocale::c().toString(*v, 'g', 10) : ReportLabels::notRecorded();
}

inline QString num(const std::optional<int> &v)
{
    return v ? QString::number(*v) : ReportLabels::notRecorded();
}

inline QString time(const std::optional<QTime> &t)
{
    return t && t->isValid() ? t->toString(QStringLiteral("HH:mm")) : ReportLabels::notRecorded();
}

inline QString utc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : ReportLabels::notRecorded();
}

inline QString text(const QString &t)
{
    return t.trimmed().isEmpty() ? ReportLabels::notRecorded() : t;
}

}  // namespace trialcrf::casebookcells
