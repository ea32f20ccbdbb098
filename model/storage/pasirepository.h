// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/pasiassessment.h"
#include "storage/row.h"
#include "storage/rowreader.h"
#include "storage/rowwriter.h"

#include "storage/database.h"
#include <functional>
#include <optional>

namespace trialcrf {

/// The SQL of the pasi_assessments table: four score columns per region, named
/// REGION_erythema, REGION_induration, REGION_desquamation, REGION_area.
class PasiRepository {
public:
    static QString table() { return QStringLiteral("pasi_assessments"); }
    /// The columns for this protocol's regions; false with *error when the schema has no
    /// columns for one of its regions.
    static bool columns(const Protocol &p, QStringList *out, QString *error);
    static UniqueKey uniqueKey(const PasiAssessment &a);

    static PasiAssessment read(const Protocol &p, const RowReader &r);
    static Row toRow(const Protocol &p, const PasiAssessment &a);

    static std::optional<PasiAssessment> byId(const Database &db, const Protocol &p,
                                              qint64 id, QString *error);
    static bool forSubject(const Database &db, const Protocol &p, qint64 subjectId,
                           QList<PasiAssessment> *out, QString *error);
    /// Every assessment ordered by subject code and protocol visit order, streamed.
    static bool forEach(const Database &db, const Protocol &p,
                        const std::function<bool(const QString &, const PasiAssessment &)> &fn,
                        QString *error);
};

}  // namespace trialcrf
