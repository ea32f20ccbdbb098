// SPDX-License-Identifier: Apache-2.0
// Fixtures of the exchange tests (export, import, ODM): a study file on a pinned clock, a
// demo study, and hand-made records whose computed values are known and whose free text holds
// commas, quotes, line breaks and Chinese.
#pragma once

#include "fixtures.h"

#include "demo/demogenerator.h"
#include "exchange/csvreader.h"
#include "storage/auditlog.h"
#include "storage/studystore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <memory>

namespace trialcrf::exchangefixtures {

using namespace trialcrf::fixtures;

/// An open study database with its store.
struct StudyFile {
    explicit StudyFile(const QString &path)
    {
        ok = db.open(trialcrf::fixtures::studyAt(path));
        store = std::make_unique<StudyStore>(db, Protocol::builtIn(), pinnedClock());
    }
    bool ok = false;
    Database db;
    std::unique_ptr<StudyStore> store;
};

/// Free text that CSV must quote, with Chinese in it.
inline QString awkward(const QString &chinese)
{
    return chinese + QStringLiteral(", \"quoted\"\nsecond line");
}

/// Scores whose PASI is known: head 0.8 + upper limbs 3.6 + trunk 8.4 + lower limbs 9.6 = 22.4.
inline void baselineScores(PasiAssessment &a)
{
    const int scores[4][4] = {{2, 1, 1, 2}, {2, 2, 2, 3}, {3, 2, 2, 4}, {3, 3, 2, 3}};
    for (int r = 0; r < 4; ++r)
        a.regions[r] = {scores[r][0], scores[r][1], scores[r][2], scores[r][3]};
}

/// Week 2: 0.3 + 1.2 + 2.4 + 4.0 = 7.9, an improvement of 64.7 % on 22.4.
inline void week2Scores(PasiAssessment &a)
{
    const int scores[4][4] = {{1, 1, 1, 1}, {1, 1, 1, 2}, {2, 1, 1, 2}, {2, 2, 1, 2}};
    for (int r = 0; r < 4; ++r)
        a.regions[r] = {scores[r][0], scores[r][1], scores[r][2], scores[r][3]};
}

/// Adds EDGE-1 (complete, eligible by rule and confirmed eligible (with a remark in the
/// override reason), so enrolled, PASI 22.4 → 7.9, one dose on target and one 16.67 % over) and EDGE-2 (no consent, baseline PASI
/// 0, an incomplete eligibility). Returns an empty string or what failed.
inline QString addEdgeCases(StudyStore &store)
{
    const Session dm = dataManager().importing();  // loaded as an import loads it

    Subject s1 = subject(QStringLiteral("EDGE-1"));
    s1.birthDate = QDate(1980, 2, 29);
    if (QString p = saveProblem(store.saveSubject(dm, s1), "EDGE-1"); !p.isEmpty())
        return p;
    Consent c = consent(s1.id);
    c.consentVersion = QStringLiteral("2.1, \"final\"");
    c.obtainedBy = awkward(QStringLiteral("李护士"));
    if (QString p = saveProblem(store.saveConsent(dm, c), "consent"); !p.isEmpty())
        return p;
    Eligibility e = eligibility(s1.id);
    e.confirmedVerdict = QStringLiteral("eligible");
    e.overrideReason = awkward(QStringLiteral("研究者判断"));
    if (QString p = saveProblem(store.saveEligibility(dm, e), "eligibility"); !p.isEmpty())
        return p;
    for (const auto &[visit, date, week2] :
         {std::tuple{QStringLiteral("screening"), QDate(2024, 2, 20), false},
          std::tuple{QStringLiteral("week0"), QDate(2024, 3, 4), false},
          std::tuple{QStringLiteral("week2"), QDate(2024, 3, 18), true}}) {
        PasiAssessment a = pasi(s1.id, visit, date);
        if (week2)
            week2Scores(a);
        else
            baselineScores(a);
        if (QString p = saveProblem(store.savePasi(dm, a), "PASI"); !p.isEmpty())
            return p;
    }
    Infusion onTarget = infusion(s1.id);
    if (QString p = saveProblem(store.saveInfusion(dm, onTarget), "infusion"); !p.isEmpty())
        return p;
    Infusion over = infusion(s1.id, QStringLiteral("week2"), QDate(2024, 3, 18));
    over.weightKg = 60.0;
    over.actualCells = 140000000;  // target 120,000,000: +16.67 %
    over.deviationReason = awkward(QStringLiteral("细胞数偏多"));
    over.reaction = true;
    over.reactionDescription = QStringLiteral("寒战 (chills)");
    if (QString p = saveProblem(store.saveInfusion(dm, over), "infusion"); !p.isEmpty())
        return p;
    AdverseEvent ae = adverseEvent(s1.id, 1);
    ae.term = awkward(QStringLiteral("头痛"));
    ae.relatedness = QStringLiteral("possible");
    if (QString p = saveProblem(store.saveAdverseEvent(dm, ae), "AE 1"); !p.isEmpty())
        return p;
    AdverseEvent sae = adverseEvent(s1.id, 2);
    sae.term = QStringLiteral("Pneumonia");
    sae.ctcaeGrade = QStringLiteral("grade3");
    sae.serious = true;
    sae.saeCriteria = {QStringLiteral("hospitalisation"), QStringLiteral("important_medical_event")};
    sae.outcome = QStringLiteral("recovering");
    sae.endDate.reset();
    if (QString p = saveProblem(store.saveAdverseEvent(dm, sae), "AE 2"); !p.isEmpty())
        return p;

    Subject s2 = subject(QStringLiteral("EDGE-2"));
    s2.status = QStringLiteral("screening");
    if (QString p = saveProblem(store.saveSubject(dm, s2), "EDGE-2"); !p.isEmpty())
        return p;
    PasiAssessment zero = pasi(s2.id, QStringLiteral("week0"), QDate(2024, 3, 4));
    for (rules::RegionScores &r : zero.regions)
        r = {0, 0, 0, 0};
    zero.bsaPct = 0;
    if (QString p = saveProblem(store.savePasi(dm, zero), "PASI 0"); !p.isEmpty())
        return p;
    PasiAssessment later = pasi(s2.id, QStringLiteral("week2"), QDate(2024, 3, 18));
    if (QString p = saveProblem(store.savePasi(dm, later), "PASI"); !p.isEmpty())
        return p;
    Eligibility partial;
    partial.subjectId = s2.id;
    partial.assessedDate = QDate(2024, 2, 21);
    partial.psoriasisVulgaris = true;
    partial.bsaPct = 12.5;
    if (QString p = saveProblem(store.saveEligibility(dm, partial), "eligibility 2"); !p.isEmpty())
        return p;
    return {};
}

/// A demo study of `subjects` subjects (written by the demo accounts), then the edge cases.
inline QString fillStudy(StudyFile &study, int subjects)
{
    if (subjects > 0) {
        DemoGenerator demo(study.db, Protocol::builtIn(), pinnedClock());
        QString error;
        if (!demo.generate(subjects, 7, &error))
            return error;
    }
    return addEdgeCases(*study.store);
}

/// Every file of a folder: name → bytes.
inline QMap<QString, QByteArray> readFolder(const QString &folder)
{
    QMap<QString, QByteArray> out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(name, f.readAll());
    }
    return out;
}

/// A CSV file as records (header first).
inline QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    QList<QStringList> rows;
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    CsvReader reader(&f);
    QStringList fields;
    while (reader.readRecord(&fields))
        rows.append(fields);
    return rows;
}

/// The value in `column` of the row whose first columns are `keys`; "<no such row>" or
/// "<no such column>" when absent.
inline QString cell(const QList<QStringList> &rows, const QStringList &keys, const QString &column)
{
    if (rows.isEmpty())
        return {};
    const qsizetype c = rows.first().indexOf(column);
    if (c < 0)
        return QStringLiteral("<no such column>");
    for (qsizetype r = 1; r < rows.size(); ++r) {
        if (rows.at(r).mid(0, keys.size()) == keys)
            return rows.at(r).at(c);
    }
    return QStringLiteral("<no such row>");
}

inline qint64 auditRows(const Database &db)
{
    return AuditLog(db).count();
}

/// The audit rows an export's audit.csv holds: all but those of the exports made since, each
/// of which is audited after its snapshot (EventAudit).
inline qint64 auditRowsBeforeExports(const Database &db)
{
    qint64 n = 0;
    for (const AuditEntry &e : AuditLog(db).entries())
        if (!e.action.startsWith(QLatin1String("export_")))
            ++n;
    return n;
}

}  // namespace trialcrf::exchangefixtures
