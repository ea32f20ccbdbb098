// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/protocol.h"
#include "records/deviation.h"
#include "storage/rowwriter.h"
#include "storage/saveresult.h"
#include "storage/session.h"

#include <QHash>
#include <functional>
#include <optional>

namespace trialcrf {

class RowSink;

/// The deviation log's side of a save (inside its transaction, with audit rows): brings the
/// rows of one record in line with the kinds its data shows. A new kind is inserted with the
/// page's reason (recorded_by: who saves), a changed reason updates its row, an open row the
/// data no longer shows is resolved, a resolved one shown again is reopened. For an import,
/// rows known from an earlier export (deviations.csv) give their details to the kinds the
/// new records show, and those no record shows are kept as resolved history.
class DeviationSync {
public:
    DeviationSync(const Database &db, const Protocol &protocol, RowSink &sink);

    /// `reasonFor` gives the page's reason for a kind (nullopt: keep the stored one). A new
    /// record (`isNew`) has no stored rows, so none are read.
    SaveResult sync(const WriteContext &ctx, qint64 subjectId, const QString &visit,
                    const QString &sourceTable, qint64 sourceId, bool isNew,
                    const QStringList &kinds,
                    const std::function<std::optional<QString>(const QString &)> &reasonFor);
    /// sync() for every infusion and PASI assessment of a subject whose week-0 date is
    /// `week0` (after the subject's dates changed), keeping the stored reasons.
    SaveResult resyncSubject(const WriteContext &ctx, qint64 subjectId,
                             const std::optional<QDate> &week0);

    /// Rows known from an earlier export, by deviationKey(); consumed as sync() shows them.
    void setKnown(QHash<QString, Deviation> known) { m_known = std::move(known); }
    static QString deviationKey(const QString &subjectCode, const QString &visit,
                                const QString &sourceCode, const QString &kind);
    /// The known rows no save showed: each whose record was saved is written as resolved;
    /// the keys of those without their record are returned in *orphans.
    SaveResult addResolvedKnown(WriteContext ctx, QStringList *orphans);

private:
    SaveResult insert(const WriteContext &ctx, qint64 subjectId, const QString &visit,
                      const QString &sourceTable, qint64 sourceId, const QString &kind,
                      const std::optional<QString> &given);

    const Database &m_db;
    const Protocol &m_protocol;
    RowSink &m_sink;
    QHash<QString, Deviation> m_known;
    struct Source {
        qint64 subjectId = 0, id = 0;
        QString table, subjectCode, visit;
    };
    QHash<QString, Source> m_sources;  ///< by "code|visit|source": while rows are known
};

}  // namespace trialcrf
