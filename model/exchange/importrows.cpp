// SPDX-License-Identifier: Apache-2.0
// Import, one function per file: each row read by column name from its record's field table,
// checked against what the file and the database already hold, and saved.
#include "exchange/fieldcells.h"
#include "exchange/importrun.h"
#include "records/fieldtables.h"
#include "rules/deviations.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace trialcrf {

void Importer::Run::importSubject(CsvTable &t)
{
    Subject s;
    fieldcells::readRow(t, fields::subject(), &s);
    if (!t.isMissing(QStringLiteral("status")))
        m_statusColumn = t.columnNumber(QStringLiteral("status"));

    bool duplicate = false;
    if (!s.code.isEmpty()) {
        const auto it = m_subjects.constFind(s.code);
        if (it != m_subjects.constEnd()) {
            duplicate = true;
            t.problem(kSubjectCode,
                      QT_TRANSLATE_NOOP("Validation",
                                        "The subject %1 appears twice in this file (first on "
                                        "line %2)."),
                      {s.code, QString::number(it->line)});
        } else if (!m_emptyStudy && m_store.subjectIdByCode(s.code)) {
            duplicate = true;
            t.problem(kSubjectCode,
                      QT_TRANSLATE_NOOP("Validation",
                                        "The subject %1 is already in the database."),
                      {s.code});
        }
    }
    SubjectState state;
    state.line = t.line();
    state.birthDate = s.birthDate;
    state.week0Date = s.week0Date;
    state.status = s.status;
    state.withdrawalDate = s.withdrawalDate;
    validateAndSave(
        t, kSubjectCode,
        [&] { return m_bulk.addSubject(m_session, s, Importer::auditReason()); },
        [&] { return s.validate(m_p, context(state)); });
    state.id = s.id;
    // Known from now on, valid or not, so rows about it elsewhere are checked in full.
    if (!s.code.isEmpty() && !duplicate)
        m_subjects.insert(s.code, state);
}

void Importer::Run::importConsent(CsvTable &t)
{
    Consent c;
    fieldcells::readRow(t, fields::consent(), &c);
    SubjectState *s = subject(t);
    if (!s)
        return;
    if (s->consentInDatabase || s->consentLine) {
        t.problem(kSubjectCode,
                  s->consentLine
                      ? QT_TRANSLATE_NOOP("Validation", "A second consent for %1 (the first is on "
                                                        "line %2): one per subject.")
                      : QT_TRANSLATE_NOOP("Validation", "The database already holds the consent "
                                                        "of %1."),
                  {t.trimmed(kSubjectCode), QString::number(s->consentLine)});
    } else {
        s->consentLine = t.line();
        s->consentDate = c.consentDate;
        s->consentSigned = c.subjectSigned;
        s->lifeCycleRows = true;
    }
    c.subjectId = s->id;
    validateAndSave(
        t, kSubjectCode,
        [&] {
            return m_bulk.addConsent(m_session, bulkSubject(t.trimmed(kSubjectCode), *s), c,
                                     Importer::auditReason());
        },
        [&] { return c.validate(m_p, context(*s)); });
}

void Importer::Run::importEligibility(CsvTable &t)
{
    Eligibility e;
    fieldcells::readRow(t, fields::eligibility(), &e);
    // Not an input: the verdict reads the screening PASI assessment; a value here must agree.
    const std::optional<int> statedPasi = e.pasiTenths;

    SubjectState *s = subject(t);
    if (!s)
        return;
    if (s->eligibilityInDatabase || s->eligibilityLine) {
        t.problem(kSubjectCode,
                  s->eligibilityLine
                      ? QT_TRANSLATE_NOOP("Validation", "A second eligibility assessment for %1 "
                                                        "(the first is on line %2): one per "
                                                        "subject.")
                      : QT_TRANSLATE_NOOP("Validation", "The database already holds the "
                                                        "eligibility assessment of %1."),
                  {t.trimmed(kSubjectCode), QString::number(s->eligibilityLine)});
    } else {
        s->eligibilityLine = t.line();
        s->confirmedVerdict = e.confirmedVerdict;
        s->lifeCycleRows = true;
    }
    // Without a screening assessment the value has nowhere to come from, unless pasi.csv had
    // problems of its own (the row may be among them).
    const bool pasiClean = m_problemsAfterPasi == m_problemsBeforePasi;
    if (statedPasi && statedPasi != s->screeningPasiTenths
        && (s->screeningPasiTenths || pasiClean)) {
        if (s->screeningPasiTenths)
            t.problem(QStringLiteral("pasi"),
                      QT_TRANSLATE_NOOP("Validation",
                                        "The PASI %1 disagrees with the screening PASI "
                                        "assessment (%2), where the eligibility takes it from: "
                                        "leave the cell empty or correct pasi.csv."),
                      {rules::formatTenths(*statedPasi),
                       rules::formatTenths(*s->screeningPasiTenths)});
        else
            t.problem(QStringLiteral("pasi"),
                      QT_TRANSLATE_NOOP("Validation",
                                        "The PASI %1 has no complete screening PASI assessment "
                                        "in pasi.csv or the database to come from: leave the "
                                        "cell empty or add the assessment."),
                      {rules::formatTenths(*statedPasi)});
    }
    e.pasiTenths = s->screeningPasiTenths;
    e.subjectId = s->id;
    const auto computed = [&] {
        return rules::assessEligibility(
                   m_p, e.toInput(s->birthDate, s->week0Date, s->consentDate, s->consentSigned))
            .verdict;
    };
    validateAndSave(
        t, kSubjectCode,
        [&] {
            return m_bulk.addEligibility(m_session, bulkSubject(t.trimmed(kSubjectCode), *s), e,
                                         Importer::auditReason());
        },
        [&] { return e.validate(m_p, context(*s), computed()); });
}

void Importer::Run::importPasi(CsvTable &t)
{
    PasiAssessment a = PasiAssessment::blank(m_p);
    fieldcells::readRow(t, fields::pasi(m_p), &a);
    SubjectState *s = subject(t);
    if (!s)
        return;
    if (const int bit = visitBit(a.visit); bit >= 0) {
        const quint32 mask = 1u << bit;
        if ((s->pasiInFile | s->pasiInDatabase) & mask) {
            t.problem(kVisit,
                      (s->pasiInFile & mask)
                          ? QT_TRANSLATE_NOOP("Validation", "A second PASI assessment of %1 at "
                                                            "%2 in this file.")
                          : QT_TRANSLATE_NOOP("Validation", "The database already holds the PASI "
                                                            "assessment of %1 at %2."),
                      {t.trimmed(kSubjectCode), a.visit});
        }
        s->pasiInFile |= mask;
    }
    if (a.visit == lifecycle::screeningVisit(m_p))
        s->screeningPasiTenths = a.pasiTenths(m_p);
    if (a.visit == lifecycle::finalVisit(m_p) && a.assessmentDate)
        s->finalVisitDone = true;
    s->lifeCycleRows = true;
    a.subjectId = s->id;
    validateAndSave(
        t, kVisit,
        [&] {
            return m_bulk.addPasi(m_session, bulkSubject(t.trimmed(kSubjectCode), *s), a,
                                  Importer::auditReason());
        },
        [&] { return a.validate(m_p, context(*s)); });
}

bool Importer::Run::nextVital(CsvTable &vitals)
{
    m_pendingVital.reset();
    while (vitals.next()) {
        ++m_vitalRows;
        PendingVital v;
        v.line = vitals.line();
        v.code = vitals.trimmed(kSubjectCode);
        v.visit = vitals.trimmed(kVisit);
        fieldcells::readRow(vitals, fields::vitalSigns(), &v.vitals);
        v.unreadable = vitals.unreadable();
        if (!subject(vitals))
            continue;  // unknown subject: reported, no infusion can claim the row
        const int bit = visitBit(v.visit);
        if (bit < 0 || !(m_infusionKeys.value(v.code) & (1u << bit))) {
            orphanVital(vitals, v);  // no infusion in the file has this key
            continue;
        }
        m_pendingVital = std::move(v);
        return true;
    }
    return false;
}

void Importer::Run::scanInfusionKeys()
{
    const FileDef &def = m_dictionary.file(QStringLiteral("infusions"));
    // Problems of infusions.csv are reported by the main pass, not by this one.
    CsvTable table(def, QDir(m_folder).filePath(def.fileName), [](ExchangeProblem &&) {});
    while (table.next()) {
        const int bit = visitBit(table.trimmed(kVisit));
        if (bit >= 0)
            m_infusionKeys[table.trimmed(kSubjectCode)] |= 1u << bit;
    }
}

void Importer::Run::orphanVital(CsvTable &vitals, const PendingVital &v)
{
    report({vitals.def().fileName, v.line, vitals.columnNumber(kVisit), kVisit,
            QT_TRANSLATE_NOOP("Validation",
                              "No infusion of %1 at %2 in infusions.csv comes with these vital "
                              "signs: the infusion is missing, or vital_signs.csv is not in the "
                              "order of infusions.csv."),
            {v.code, v.visit}});
}

void Importer::Run::importInfusion(CsvTable &t, CsvTable *vitals)
{
    Infusion inf;
    fieldcells::readRow(t, fields::infusion(), &inf);
    const QString code = t.trimmed(kSubjectCode);

    // The vital signs of this infusion are the run of vital_signs.csv rows with its key.
    QList<PendingVital> mine;
    while (vitals && m_pendingVital) {
        const PendingVital &v = *m_pendingVital;
        if (v.code == code && v.visit == inf.visit) {
            mine.append(v);
            nextVital(*vitals);
            continue;
        }
        // A row whose infusion has gone by already can never be claimed.
        const auto owner = m_subjects.constFind(v.code);
        const int bit = visitBit(v.visit);
        if (bit < 0 || owner == m_subjects.constEnd() ||
            (owner->infusionsInFile & (1u << bit))) {
            orphanVital(*vitals, v);
            nextVital(*vitals);
            continue;
        }
        break;
    }
    for (const PendingVital &v : std::as_const(mine))
        inf.vitals.append(v.vitals);

    SubjectState *s = subject(t);
    if (!s)
        return;
    if (const int bit = visitBit(inf.visit); bit >= 0) {
        const quint32 mask = 1u << bit;
        if ((s->infusionsInFile | s->infusionsInDatabase) & mask) {
            t.problem(kVisit,
                      (s->infusionsInFile & mask)
                          ? QT_TRANSLATE_NOOP("Validation", "A second infusion of %1 at %2 in "
                                                            "this file.")
                          : QT_TRANSLATE_NOOP("Validation", "The database already holds the "
                                                            "infusion of %1 at %2."),
                      {code, inf.visit});
        }
        s->infusionsInFile |= mask;
    }
    inf.subjectId = s->id;
    validateAndSave(
        t, kVisit,
        [&] {
            return m_bulk.addInfusion(m_session, bulkSubject(code, *s), inf,
                                      Importer::auditReason());
        },
        [&] {
            const FieldErrors gate =
                m_lifeCycleReliable
                    ? lifecycle::infusionGateErrors(s->lifeCycle(), inf.infusionDate)
                    : FieldErrors();
            return gate + inf.validate(m_p, context(*s));
        },
        &mine, vitals);
}

void Importer::Run::importAdverseEvent(CsvTable &t)
{
    AdverseEvent ae;
    fieldcells::readRow(t, fields::adverseEvent(), &ae);
    const QString numberColumn = QStringLiteral("ae_number");
    // Read or not: an empty or unreadable number is no key to check.
    std::optional<int> number;
    if (!t.trimmed(numberColumn).isEmpty() && !t.unreadable().contains(numberColumn))
        number = ae.aeNumber;
    SubjectState *s = subject(t);
    if (!s)
        return;
    if (number) {
        if (s->aeInDatabase.contains(*number)) {
            t.problem(numberColumn,
                      QT_TRANSLATE_NOOP("Validation", "The database already holds adverse event "
                                                      "%2 of %1."),
                      {t.trimmed(kSubjectCode), QString::number(*number)});
        } else if (const auto it = s->aeLines.constFind(*number); it != s->aeLines.constEnd()) {
            t.problem(numberColumn,
                      QT_TRANSLATE_NOOP("Validation", "Adverse event %2 of %1 appears twice "
                                                      "(first on line %3)."),
                      {t.trimmed(kSubjectCode), QString::number(*number), QString::number(*it)});
        } else {
            s->aeLines.insert(*number, t.line());
        }
    }
    ae.subjectId = s->id;
    validateAndSave(
        t, numberColumn,
        [&] {
            return m_bulk.addAdverseEvent(m_session, bulkSubject(t.trimmed(kSubjectCode), *s), ae,
                                          Importer::auditReason());
        },
        [&] { return ae.validate(m_p, context(*s)); });
}

void Importer::Run::importDeviation(CsvTable &t)
{
    Deviation d;
    d.subjectCode = t.trimmed(kSubjectCode);
    d.visit = t.trimmed(kVisit);
    d.kind = t.trimmed(QStringLiteral("kind"));
    const QString source = t.trimmed(QStringLiteral("source"));
    d.sourceTable = Deviation::sourceTableOf(source);
    d.reason = t.text(QStringLiteral("reason")).trimmed();
    d.recordedBy = t.trimmed(QStringLiteral("recorded_by"));
    if (!m_visitCodes.contains(d.visit))
        t.problem(kVisit, QT_TRANSLATE_NOOP("Validation", "\"%1\" is not a visit of the protocol."),
                  {d.visit});
    if (!rules::deviationKinds().contains(d.kind))
        t.problem(QStringLiteral("kind"),
                  QT_TRANSLATE_NOOP("Validation", "\"%1\" is not a kind of protocol deviation."),
                  {d.kind});
    if (d.sourceTable.isEmpty())
        t.problem(QStringLiteral("source"),
                  QT_TRANSLATE_NOOP("Validation", "The record must be infusion or pasi, not \"%1\"."),
                  {source});
    const std::optional<QDateTime> detected = MonitoringRows::utcTime(t, QStringLiteral("detected_at"));
    const std::optional<QDateTime> resolved = MonitoringRows::utcTime(t, QStringLiteral("resolved_at"));
    if (t.rowHasProblems() || !detected || !resolved)
        return;
    d.detectedAt = *detected;
    d.resolvedAt = *resolved;
    const QString key = BulkWriter::deviationKey(d.subjectCode, d.visit, source, d.kind);
    if (const auto it = m_deviationLines.constFind(key); it != m_deviationLines.constEnd()) {
        t.problem(QStringLiteral("kind"),
                  QT_TRANSLATE_NOOP("Validation",
                                    "This deviation of %1 at %2 appears twice (first on line %3)."),
                  {d.subjectCode, d.visit, QString::number(*it)});
        return;
    }
    m_deviationLines.insert(key, t.line());
    m_knownDeviations.insert(key, d);
}

void Importer::Run::finishDeviations()
{
    if (!writing())
        return;
    QStringList orphans;
    const SaveResult r =
        m_bulk.addResolvedKnownDeviations(m_session, &orphans, Importer::auditReason());
    if (!r.ok()) {
        report({m_dictionary.file(QStringLiteral("deviations")).fileName, 0, 0, {},
                QT_TRANSLATE_NOOP("Validation", "The deviation log cannot be written: %1"),
                {r.message}});
        return;
    }
    const QString file = m_dictionary.file(QStringLiteral("deviations")).fileName;
    for (const QString &key : std::as_const(orphans)) {
        const QStringList parts = key.split(QLatin1Char('|'));
        report({file, m_deviationLines.value(key), 0, QStringLiteral("kind"),
                QT_TRANSLATE_NOOP("Validation",
                                  "No imported record of %1 at %2 shows this deviation."),
                {parts.value(0), parts.value(1)}});
    }
}

bool Importer::Run::readMonitoring()
{
    if (!readFile(QStringLiteral("queries"), [this](CsvTable &t) { m_monitoring.readQuery(t); })
        || !readFile(QStringLiteral("query_messages"),
                     [this](CsvTable &t) { m_monitoring.readMessage(t); }))
        return false;
    m_monitoring.checkThreads(m_dictionary.file(QStringLiteral("queries")).fileName,
                              [this](ExchangeProblem &&p) { report(std::move(p)); });
    return readFile(QStringLiteral("sdv"), [this](CsvTable &t) { m_monitoring.readMark(t); });
}

bool Importer::Run::writeMonitoring()
{
    const qint64 before = m_report.problemCount;
    QString error;
    if (!m_monitoring.write(m_store, m_session, Importer::auditReason(),
                            m_dictionary.file(QStringLiteral("queries")).fileName,
                            m_dictionary.file(QStringLiteral("sdv")).fileName,
                            [this](ExchangeProblem &&p) { report(std::move(p)); }, &error)) {
        m_report.message = QStringLiteral("cannot write the monitoring records: %1").arg(error);
        return false;
    }
    return m_report.problemCount == before;
}

}  // namespace trialcrf
