// SPDX-License-Identifier: Apache-2.0
#include "storage/deviationsync.h"

#include "rules/deviations.h"
#include "storage/deviationrepository.h"
#include "storage/infusionrepository.h"
#include "storage/lotusage.h"
#include "storage/pasirepository.h"
#include "storage/savepipeline.h"

#include <algorithm>

namespace trialcrf {

DeviationSync::DeviationSync(const Database &db, const Protocol &protocol, RowSink &sink)
    : m_db(db), m_protocol(protocol), m_sink(sink)
{
}

QString DeviationSync::deviationKey(const QString &subjectCode, const QString &visit,
                                    const QString &sourceCode, const QString &kind)
{
    return subjectCode + QLatin1Char('|') + visit + QLatin1Char('|') + sourceCode
        + QLatin1Char('|') + kind;
}

SaveResult DeviationSync::sync(
    const WriteContext &pageCtx, qint64 subjectId, const QString &visit, const QString &sourceTable,
    qint64 sourceId, bool isNew, const QStringList &kinds,
    const std::function<std::optional<QString>(const QString &)> &reasonFor)
{
    // The log follows from the page just saved: its rows need no reason of their own.
    WriteContext ctx = pageCtx;
    ctx.correctionNeedsReason = false;
    QList<Deviation> stored;
    if (!isNew) {
        QString error;
        if (!DeviationRepository::forSource(m_db, sourceTable, sourceId, &stored, &error))
            return SaveResult::failure(SaveResult::Status::DatabaseError, error);
    }
    if (!m_known.isEmpty()) {  // what addResolvedKnown() needs to place the rest
        Deviation probe;
        probe.sourceTable = sourceTable;
        m_sources.insert(ctx.subjectCode + QLatin1Char('|') + visit + QLatin1Char('|')
                             + probe.sourceCode(),
                         Source{subjectId, sourceId, sourceTable, ctx.subjectCode, visit});
    }
    const QString table = DeviationRepository::table();
    for (const Deviation &old : std::as_const(stored)) {
        Deviation now = old;
        const bool shown = kinds.contains(old.kind);
        const std::optional<QString> given =
            shown ? reasonFor(old.kind) : std::optional<QString>();
        now.visit = visit;
        if (shown && old.resolved) {
            now.resolved = false;
            now.resolvedAt = {};
        } else if (!shown && !old.resolved) {
            now.resolved = true;
            now.resolvedAt = ctx.now;
        }
        if (given && given->trimmed() != old.reason) {
            now.reason = given->trimmed();
            now.recordedBy = ctx.userName;
        }
        bool changed = false;
        const SaveResult r =
            RowWriter::update(ctx, table, old.id, old.version, DeviationRepository::toRow(old),
                              DeviationRepository::toRow(now), DeviationRepository::uniqueKey(),
                              &changed);
        if (!r.ok())
            return r;
    }
    for (const QString &kind : kinds) {
        const bool known = std::any_of(stored.cbegin(), stored.cend(),
                                       [&](const Deviation &d) { return d.kind == kind; });
        if (known)
            continue;
        const SaveResult r =
            insert(ctx, subjectId, visit, sourceTable, sourceId, kind, reasonFor(kind));
        if (!r.ok())
            return r;
    }
    return SaveResult::saved();
}

SaveResult DeviationSync::insert(const WriteContext &ctx, qint64 subjectId, const QString &visit,
                                 const QString &sourceTable, qint64 sourceId, const QString &kind,
                                 const std::optional<QString> &given)
{
    Deviation d;
    d.sourceTable = sourceTable;
    if (!m_known.isEmpty()) {
        const auto known =
            m_known.constFind(deviationKey(ctx.subjectCode, visit, d.sourceCode(), kind));
        if (known != m_known.constEnd()) {
            d = *known;
            m_known.erase(known);
        }
    }
    if (!d.detectedAt.isValid())
        d.detectedAt = ctx.now;
    if (d.recordedBy.isEmpty())
        d.recordedBy = ctx.userName;
    d.subjectId = subjectId;
    d.visit = visit;
    d.kind = kind;
    d.sourceTable = sourceTable;
    d.sourceId = sourceId;
    d.resolved = false;
    d.resolvedAt = {};
    const QString reason = given.value_or(QString()).trimmed();
    if (!reason.isEmpty() && reason != d.reason) {  // the page's own reason wins
        d.reason = reason;
        d.recordedBy = ctx.userName;
    }
    qint64 id = 0;
    return m_sink.insert(ctx, DeviationRepository::table(), DeviationRepository::toRow(d),
                         DeviationRepository::uniqueKey(), &id);
}

SaveResult DeviationSync::resyncSubject(const WriteContext &ctx, qint64 subjectId,
                                        const std::optional<QDate> &week0)
{
    QString error;
    QList<Infusion> infusions;
    QList<PasiAssessment> assessments;
    if (!InfusionRepository::forSubject(m_db, subjectId, &infusions, &error)
        || !PasiRepository::forSubject(m_db, m_protocol, subjectId, &assessments, &error))
        return SaveResult::failure(SaveResult::Status::DatabaseError, error);
    const auto keep = [](const QString &) { return std::optional<QString>(); };
    for (const Infusion &i : std::as_const(infusions)) {
        rules::DeviationInput in = i.deviationInput(week0);
        const std::optional<bool> reused =
            LotUsage::reusedBefore(m_db, i.lotNumber, subjectId, i.id, &error);
        if (!reused)
            return SaveResult::failure(SaveResult::Status::DatabaseError, error);
        in.lotReused = *reused;
        const SaveResult r = sync(ctx, subjectId, i.visit, InfusionRepository::table(), i.id,
                                  false, rules::detectDeviations(m_protocol, in), keep);
        if (!r.ok())
            return r;
    }
    for (const PasiAssessment &a : std::as_const(assessments)) {
        const SaveResult r = sync(ctx, subjectId, a.visit, PasiRepository::table(), a.id, false,
                                  rules::detectDeviations(m_protocol, a.deviationInput(week0)),
                                  keep);
        if (!r.ok())
            return r;
    }
    return SaveResult::saved();
}

SaveResult DeviationSync::addResolvedKnown(WriteContext ctx, QStringList *orphans)
{
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        const QString sourceKey = it.key().section(QLatin1Char('|'), 0, 2);
        const auto source = m_sources.constFind(sourceKey);
        if (source == m_sources.constEnd()) {
            orphans->append(it.key());
            continue;
        }
        Deviation d = *it;
        if (!d.detectedAt.isValid())
            d.detectedAt = ctx.now;
        if (d.recordedBy.isEmpty())
            d.recordedBy = ctx.userName;
        d.subjectId = source->subjectId;
        d.sourceTable = source->table;
        d.sourceId = source->id;
        d.resolved = true;
        if (!d.resolvedAt.isValid())
            d.resolvedAt = ctx.now;
        ctx.subjectCode = source->subjectCode;
        qint64 id = 0;
        const SaveResult r = m_sink.insert(ctx, DeviationRepository::table(),
                                           DeviationRepository::toRow(d),
                                           DeviationRepository::uniqueKey(), &id);
        if (!r.ok())
            return r;
    }
    m_known.clear();
    m_sources.clear();
    return SaveResult::saved();
}

}  // namespace trialcrf
