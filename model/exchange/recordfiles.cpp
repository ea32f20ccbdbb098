// SPDX-License-Identifier: Apache-2.0
#include "exchange/recordfiles.h"

#include "exchange/csvvalues.h"
#include "exchange/fieldcells.h"
#include "records/fieldtables.h"
#include "storage/exchangequeries.h"
#include "storage/sitestore.h"
#include "storage/studystore.h"

namespace trialcrf {

namespace cv = csvvalues;
namespace fc = fieldcells;

namespace {

/// Writes nothing: a record that holds every exported value itself.
const fc::Other noOther = [](CsvWriter &, const FieldInfo &) {};

/// The subject's code, the one value a record's row takes from its context.
fc::Other subjectCode(const QString &code)
{
    return [&code](CsvWriter &w, const FieldInfo &) { w.addField(code); };
}

/// Writes one row per record of a subject: its exported fields, the subject's code from
/// the context.
template <typename R>
auto rowWriter(CsvWriter &w, const RecordFiles::Tick &tick, const FieldTable<R> &table)
{
    return [&w, &tick, &table](const QString &code, const R &record) {
        fc::writeRow(w, table, record, subjectCode(code));
        return tick(code.toUtf8());
    };
}

template <typename R>
const Field<R> &exported(const QList<const Field<R> *> &fields, const QString &key, int *index)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i)->key == key) {
            *index = i;
            return *fields.at(i);
        }
    }
    qFatal("no exported field %s", qPrintable(key));
}

}  // namespace

RecordFiles::RecordFiles(const StudyStore &store, const Session &session)
    : m_store(store), m_session(session)
{
    if (!SiteStore::subjectCodes(store.database(), session, &m_mine, nullptr))
        m_mine.emplace();
}

bool RecordFiles::subjects(CsvWriter &w, const Tick &tick, QString *error) const
{
    return m_store.forEachSubject(
        m_session,
        [&](const Subject &s, bool) {
            fc::writeRow(w, fields::subject(), s, noOther);
            return tick(s.code.toUtf8());
        },
        error);
}

bool RecordFiles::consents(CsvWriter &w, const Tick &tick, QString *error) const
{
    return m_store.forEachConsent(m_session, rowWriter(w, tick, fields::consent()), error);
}

bool RecordFiles::eligibility(CsvWriter &w, const Tick &tick, QString *error) const
{
    const Protocol &p = m_store.protocol();
    return m_store.forEachEligibility(
        m_session,
        [&](const QString &code, const Eligibility &e, const rules::EligibilityInput &in) {
            const rules::EligibilityResult r = rules::assessEligibility(p, in);
            fc::writeRow(w, fields::eligibility(), e, [&](CsvWriter &out, const FieldInfo &f) {
                if (f.key == QLatin1String("age"))
                    out.addUtf8Field(r.age ? QByteArray::number(*r.age) : QByteArray());
                else if (f.key == QLatin1String("verdict"))
                    out.addField(rules::verdictCode(r.verdict));
                else if (f.key == QLatin1String("failed_criteria"))
                    out.addField(r.failed.join(QLatin1Char(';')));
                else if (f.key == QLatin1String("missing_items"))
                    out.addField(r.missing.join(QLatin1Char(';')));
                else
                    out.addField(code);  // subject_code
            });
            return tick(code.toUtf8());
        },
        error);
}

bool RecordFiles::pasi(CsvWriter &w, const Tick &tick, QString *error) const
{
    const Protocol &p = m_store.protocol();
    const FieldTable<PasiAssessment> &table = fields::pasi(p);
    const QList<const Field<PasiAssessment> *> columns = fc::storedExports(table);
    // Improvement needs the subject's baseline, which may come after the row (screening is the
    // baseline only when week 0 is missing), so one subject's rows wait here: at most one per
    // PASI visit.
    QByteArray subject;
    QList<PasiAssessment> pending;
    const auto flushSubject = [&] {
        QList<rules::PasiPoint> points;
        for (const PasiAssessment &a : std::as_const(pending))
            points.append({a.visit, rules::pasiTenths(p, a.regions)});
        const std::optional<int> baseline = rules::baselineTenths(p, points);
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const std::optional<int> tenths = points.at(i).tenths;
            fc::writeRow(w, table, pending.at(i), [&](CsvWriter &out, const FieldInfo &f) {
                if (f.key == QLatin1String("pasi"))
                    out.addUtf8Field(cv::tenths(tenths));
                else if (f.key == QLatin1String("improvement_pct"))
                    out.addUtf8Field(cv::tenths(rules::improvementTenthsPct(baseline, tenths)));
                else
                    out.addUtf8Field(subject);  // subject_code
            });
        }
        pending.clear();
    };
    bool going = true;
    const bool ok = ExchangeQueries(m_store.database())
                        .forEachRecord(
                            QStringLiteral("pasi_assessments"), fc::columnNames(columns),
                            p.visitCodes(),
                            [&](const ExchangeQueries::Row &row) {
                                const QByteArray code = row.bytes(0);
                                if (elsewhere(code))
                                    return true;
                                if (code != subject) {
                                    flushSubject();
                                    subject = code;
                                }
                                PasiAssessment a = PasiAssessment::blank(p);
                                for (int c = 0; c < columns.size(); ++c)
                                    columns.at(c)->set(a, fc::stored(*columns.at(c), row, c + 1));
                                pending.append(std::move(a));
                                return going = tick(code);
                            },
                            error);
    if (ok && going)
        flushSubject();
    return ok;
}

bool RecordFiles::infusions(CsvWriter &w, const Tick &tick, QString *error) const
{
    const Protocol &p = m_store.protocol();
    const FieldTable<Infusion> &table = fields::infusion();
    const QList<const Field<Infusion> *> columns = fc::storedExports(table);
    int weight = 0, cells = 0;
    const Field<Infusion> &weightKg = exported(columns, QStringLiteral("weight_kg"), &weight);
    const Field<Infusion> &actualCells = exported(columns, QStringLiteral("actual_cells"), &cells);
    return ExchangeQueries(m_store.database())
        .forEachRecord(
            QStringLiteral("infusions"), fc::columnNames(columns), p.visitCodes(),
            [&](const ExchangeQueries::Row &row) {
                const QByteArray code = row.bytes(0);
                if (elsewhere(code))
                    return true;
                Infusion inf;  // just what the dose rule reads
                weightKg.set(inf, fc::stored(weightKg, row, weight + 1));
                actualCells.set(inf, fc::stored(actualCells, row, cells + 1));
                const std::optional<int> tenths = inf.weightTenths();
                const std::optional<rules::DoseCheck> dose =
                    tenths && inf.actualCells ? rules::checkDose(p, *tenths, *inf.actualCells)
                                              : std::nullopt;
                int c = 0;
                for (const Field<Infusion> &f : table) {
                    if (!f.exported())
                        continue;
                    if (f.fromContext())
                        w.addUtf8Field(code);
                    else if (!f.computed())
                        fc::addStored(w, f, row, ++c);
                    else if (!dose)
                        w.addEmptyField();
                    else if (f.key == QLatin1String("target_cells"))
                        w.addField(dose->target);
                    else if (f.key == QLatin1String("deviation_pct"))
                        w.addUtf8Field(QByteArray::number(dose->deviationPct, 'f', 2));
                    else
                        w.addUtf8Field(cv::yesNo(dose->withinTolerance));
                }
                w.endRow();
                return tick(code);
            },
            error);
}

bool RecordFiles::vitalSigns(CsvWriter &w, const Tick &tick, QString *error) const
{
    const FieldTable<VitalSigns> &table = fields::vitalSigns();
    return ExchangeQueries(m_store.database())
        .forEachVitalSigns(
            fc::columnNames(fc::storedExports(table)), m_store.protocol().visitCodes(),
            [&](const ExchangeQueries::Row &row) {
                if (elsewhere(row.bytes(0)))
                    return true;
                // The query gives the context (subject_code, visit) first, then the columns.
                int context = 0, column = 2;
                for (const Field<VitalSigns> &f : table) {
                    if (f.exported())
                        fc::addStored(w, f, row, f.fromContext() ? context++ : column++);
                }
                w.endRow();
                return tick({});
            },
            error);
}

bool RecordFiles::adverseEvents(CsvWriter &w, const Tick &tick, QString *error) const
{
    return m_store.forEachAdverseEvent(m_session, rowWriter(w, tick, fields::adverseEvent()),
                                       error);
}

bool RecordFiles::deviations(CsvWriter &w, const Tick &tick, QString *error) const
{
    return m_store.forEachDeviation(
        m_session,
        [&](const Deviation &d) {
            // Every column from the record, the subject's code and the computed "resolved"
            // included (the log stores what it shows).
            for (const Field<Deviation> &f : fields::deviation()) {
                if (f.exported())
                    fc::add(w, f, f.get(d));
            }
            w.endRow();
            return tick({});
        },
        error);
}

}  // namespace trialcrf
