// SPDX-License-Identifier: Apache-2.0
// The pieces the field tables are built from (records/fieldtables.cpp, visitfields.cpp).
#pragma once

#include "records/fieldtables.h"

#include <QCoreApplication>

namespace trialcrf::fields::build {

using T = FieldType;
using R = Protocol::Ranges;

/// The first column of every file but the subjects': the subject's code, from the record's
/// subject (not a column of its table).
template <typename Rec>
Field<Rec> subjectCode()
{
    return field<Rec>("subject_code", T::Text, QT_TRANSLATE_NOOP("FieldLabels", "Subject code"))
        .key()
        .trimmed()
        .context()
        .notStored()
        .allowed(QStringLiteral("letters, digits and -"));
}

template <typename Rec>
FieldBuilder<Rec> computed(const char *key, FieldType type, const char *label)
{
    return field<Rec>(key, type, label).computed();
}

inline QString range(double min, double max)
{
    return QString::number(min, 'g', 15) + QLatin1String("..") + QString::number(max, 'g', 15);
}

inline QString severityRange(const Protocol &p)
{
    return range(0, p.severityMax);
}

inline QString areaScoreRange(const Protocol &p)
{
    return range(0, double(p.areaScoreUpperBoundsPct.size()));
}

/// 0 to the highest PASI the protocol's regions and scores allow.
inline QString pasiRange(const Protocol &p)
{
    int maxPasi = 0;
    for (const PasiRegionDef &region : p.pasiRegions)
        maxPasi += region.weightTenths * 3 * p.severityMax * int(p.areaScoreUpperBoundsPct.size());
    return QLatin1String("0..") + rules::formatTenths(maxPasi / 10);
}

}  // namespace trialcrf::fields::build
