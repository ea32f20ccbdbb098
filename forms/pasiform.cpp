// SPDX-License-Identifier: Apache-2.0
#include "pasiform.h"

#include "labels/codelabels.h"
#include "records/fieldtables.h"
#include "deviationpanel.h"
#include "displayformat.h"
#include "fielderrorlabel.h"
#include "numberedit.h"
#include "palette.h"
#include "pasicomparison.h"
#include "rules/deviations.h"
#include "rules/rules.h"
#include "storage/studystore.h"
#include "ui_pasiform.h"

#include <QSpinBox>

namespace trialcrf {

namespace {
/// The spin boxes' value below 0 stands for "not recorded" (shown as a dash).
constexpr int kNotRecorded = -1;
const QString kNoteStyle = Palette::textStyle(Palette::note());
}  // namespace

PasiForm::PasiForm(StudyStore &store, QWidget *parent)
    : CrfForm(store, parent), m_ui(std::make_unique<Ui::PasiForm>())
{
    m_ui->setupUi(contentWidget());
    const Protocol &p = protocol();
    const int areaMax = int(p.areaScoreUpperBoundsPct.size());

    const QList<RegionRow> rows{
        {QStringLiteral("head"), m_ui->headLabel, m_ui->headErythema, m_ui->headInduration,
         m_ui->headDesquamation, m_ui->headArea, m_ui->headAreaPct, m_ui->headScore,
         m_ui->headErrors},
        {QStringLiteral("upper_limbs"), m_ui->upperLimbsLabel, m_ui->upperLimbsErythema,
         m_ui->upperLimbsInduration, m_ui->upperLimbsDesquamation, m_ui->upperLimbsArea,
         m_ui->upperLimbsAreaPct, m_ui->upperLimbsScore, m_ui->upperLimbsErrors},
        {QStringLiteral("trunk"), m_ui->trunkLabel, m_ui->trunkErythema, m_ui->trunkInduration,
         m_ui->trunkDesquamation, m_ui->trunkArea, m_ui->trunkAreaPct, m_ui->trunkScore,
         m_ui->trunkErrors},
        {QStringLiteral("lower_limbs"), m_ui->lowerLimbsLabel, m_ui->lowerLimbsErythema,
         m_ui->lowerLimbsInduration, m_ui->lowerLimbsDesquamation, m_ui->lowerLimbsArea,
         m_ui->lowerLimbsAreaPct, m_ui->lowerLimbsScore, m_ui->lowerLimbsErrors},
    };
    // The protocol's regions, in its order; a region the page has no row for cannot happen
    // with the built-in protocol (pasi.csv names these four).
    for (const PasiRegionDef &def : p.pasiRegions) {
        for (const RegionRow &r : rows) {
            if (r.code == def.code)
                m_rows << r;
        }
    }

    bindField(QStringLiteral("assessment_date"), m_ui->dateEdit);
    for (RegionRow &r : m_rows) {
        for (QSpinBox *spin : {r.erythema, r.induration, r.desquamation}) {
            spin->setRange(kNotRecorded, p.severityMax);
            spin->setSpecialValueText(QStringLiteral("–"));
            spin->setValue(kNotRecorded);
        }
        r.area->setRange(kNotRecorded, areaMax);
        r.area->setSpecialValueText(QStringLiteral("–"));
        r.area->setValue(kNotRecorded);
        r.areaPct->setDecimals(1);
        r.score->setMinimumWidth(r.score->fontMetrics().horizontalAdvance(QStringLiteral("00.0")));
        bindField(r.code + QLatin1String("_erythema"), r.erythema, r.errors);
        bindField(r.code + QLatin1String("_induration"), r.induration, r.errors);
        bindField(r.code + QLatin1String("_desquamation"), r.desquamation, r.errors);
        bindField(r.code + QLatin1String("_area_pct"), r.areaPct, r.errors);
        bindField(r.code + QLatin1String("_area"), r.area, r.errors);
        const QString code = r.code;
        connect(r.areaPct, &QLineEdit::textEdited, this, [this, code] {
            for (RegionRow &row : m_rows) {
                if (row.code == code)
                    areaPercentEdited(row);
            }
        });
        // A score picked by hand no longer follows the typed percentage: clear it.
        QSpinBox *area = r.area;
        NumberEdit *pct = r.areaPct;
        connect(area, &QSpinBox::valueChanged, this, [this, pct] {
            if (!m_syncingArea && !isLoading())
                pct->clear();
        });
    }
    bindField(QStringLiteral("bsa_pct"), m_ui->bsaEdit);
    m_ui->areaNote->setStyleSheet(kNoteStyle);
    m_ui->bsaNote->setStyleSheet(kNoteStyle);
    QFont big = m_ui->totalValue->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ui->totalValue->setFont(big);
    retranslateCode();
    m_deviations = new DeviationPanel(contentWidget());
    m_ui->mainLayout->insertWidget(1, m_deviations);
    connect(m_deviations, &DeviationPanel::reasonEdited, this, &PasiForm::noteChanged);
    m_comparison = new PasiComparisonPanel(protocol(), contentWidget());
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->count() - 1, m_comparison);
    finishSetup();
}

PasiForm::~PasiForm() = default;

void PasiForm::setScore(QSpinBox *spin, const std::optional<int> &value)
{
    spin->setValue(value ? *value : kNotRecorded);
}

void PasiForm::areaPercentEdited(RegionRow &row)
{
    if (row.areaPct->isEmpty())
        return;
    // A percentage that gives no score (over 100 %, not a number) leaves no stale score behind.
    const std::optional<double> pct = row.areaPct->value();
    const std::optional<int> s = pct ? rules::areaScoreFromPercent(protocol(), *pct) : std::nullopt;
    m_syncingArea = true;
    setScore(row.area, s);
    m_syncingArea = false;
}

void PasiForm::open(const Casebook &casebook, const QString &visit, int aeNumber)
{
    Q_UNUSED(aeNumber);
    beginLoad(casebook, visit, 0);
    PasiAssessment rec = PasiAssessment::blank(protocol());
    if (const PasiAssessment *saved = casebook.pasiAt(visit))
        rec = *saved;
    showFields(fields::pasi(protocol()), rec);
    m_deviations->setReasons(rec.deviationReasons);
    endLoad(rec.id != 0);
}

PasiAssessment PasiForm::collect() const
{
    PasiAssessment rec = PasiAssessment::blank(protocol());
    if (const PasiAssessment *saved = casebook().pasiAt(visit()))
        rec = *saved;  // id and version of what was opened
    rec.subjectId = casebook().subject.id;
    rec.visit = visit();
    rec.regions.resize(protocol().pasiRegions.size());
    // What the physician typed is stored: an area score follows from its percentage, never
    // replaces it.
    readFields(fields::pasi(protocol()), &rec);
    rec.deviationReasons = m_deviations->reasons();
    return rec;
}

std::optional<Casebook> PasiForm::draftCasebook() const
{
    Casebook draft = casebook();
    PasiAssessment typed = collect();
    for (PasiAssessment &a : draft.pasi) {
        if (a.visit == typed.visit) {
            a = std::move(typed);
            return draft;
        }
    }
    draft.pasi << typed;
    return draft;
}

FieldErrors PasiForm::currentErrors() const
{
    return collect().validate(protocol(), validationContext());
}

SaveResult PasiForm::write(const QString &reason)
{
    PasiAssessment rec = collect();
    return store().savePasi(session(), rec, reason);
}

QString PasiForm::totalText() const
{
    return m_ui->totalValue->text();
}

QString PasiForm::improvementText() const
{
    return m_ui->improvementValue->text();
}

QString PasiForm::responseText() const
{
    return m_ui->responseValue->text();
}

void PasiForm::updateEnabled(bool editable)
{
    CrfForm::updateEnabled(editable);
    m_deviations->setEditable(editable);
}

QString PasiForm::saveNote() const
{
    const QString jump = m_comparison->flagText();
    const QString deviations = m_deviations->summary();
    return jump.isEmpty() ? deviations
                          : (deviations.isEmpty() ? jump : deviations + QLatin1Char(' ') + jump);
}

void PasiForm::updateComputed()
{
    const QStringList kinds = rules::detectDeviations(
        protocol(), collect().deviationInput(casebook().subject.week0Date));
    if (kinds != m_deviations->kinds()) {
        m_deviations->setKinds(kinds);
        // The panel stands under the date: Tab goes there before the scores.
        m_deviations->placeInTabOrder(m_ui->dateEdit);
        for (QLineEdit *reason : m_deviations->reasonEdits())
            moveOnEnter(reason);
    }
    const Protocol &p = protocol();
    const PasiAssessment rec = collect();

    int recorded = 0, total = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const rules::RegionScores &s = rec.regions.at(i);
        for (const std::optional<int> &v : {s.erythema, s.induration, s.desquamation, s.area}) {
            ++total;
            recorded += v ? 1 : 0;
        }
        // The region's share of PASI, when the region is complete.
        QList<rules::RegionScores> only(rec.regions.size());
        for (auto &o : only)
            o = rules::RegionScores{0, 0, 0, 0};
        only[i] = s;
        const std::optional<int> share = s.complete() ? rules::pasiTenths(p, only) : std::nullopt;
        m_rows.at(i).score->setText(share ? DisplayFormat::tenths(*share) : DisplayFormat::dash());
    }

    m_comparison->setScores(casebook(), visit(), rec.regions);
    const std::optional<int> pasi = rec.pasiTenths(p);
    if (pasi) {
        m_ui->totalValue->setText(DisplayFormat::tenths(*pasi));
    } else {
        m_ui->totalValue->setText(
            tr("— (%1 of %2 scores entered)").arg(recorded).arg(total));
    }

    // Baseline from the casebook, with this visit's live value in place of its saved one.
    QList<rules::PasiPoint> points = casebook().pasiPoints(p);
    bool replaced = false;
    for (rules::PasiPoint &pt : points) {
        if (pt.visit == visit()) {
            pt.tenths = pasi;
            replaced = true;
        }
    }
    if (!replaced)
        points.append({visit(), pasi});
    const std::optional<int> baseline = rules::baselineTenths(p, points);
    const bool isBaselineVisit = rules::isBaselineVisit(p, visit(), points);
    m_ui->baselineValue->setText(baseline ? DisplayFormat::tenths(*baseline)
                                          : tr("— (no baseline assessment yet)"));

    if (isBaselineVisit) {
        m_ui->improvementValue->setText(tr("— (this assessment is the baseline)"));
        m_ui->responseValue->setText(DisplayFormat::dash());
        return;
    }
    const std::optional<int> improvement = rules::improvementTenthsPct(baseline, pasi);
    if (!improvement) {
        m_ui->improvementValue->setText(
            baseline && *baseline == 0 ? tr("— (baseline PASI is 0)") : DisplayFormat::dash());
        m_ui->responseValue->setText(DisplayFormat::dash());
        return;
    }
    m_ui->improvementValue->setText(tr("%1 %").arg(DisplayFormat::tenths(*improvement)));
    const QList<int> reached = rules::responsesReached(p, improvement);
    QStringList parts;
    for (int level : p.responseLevelsPct) {
        parts << (reached.contains(level) ? tr("PASI %1 reached").arg(level)
                                          : tr("PASI %1 not reached").arg(level));
    }
    m_ui->responseValue->setText(parts.join(QStringLiteral(" · ")));
}

QString PasiForm::fieldName(const QString &key) const
{
    for (const RegionRow &r : m_rows) {
        if (!key.startsWith(r.code + QLatin1Char('_')))
            continue;
        const QString region = CodeLabels::pasiRegion(r.code);
        const QString part = key.mid(r.code.size() + 1);
        if (part == QLatin1String("erythema"))
            return tr("%1: erythema").arg(region);
        if (part == QLatin1String("induration"))
            return tr("%1: induration").arg(region);
        if (part == QLatin1String("desquamation"))
            return tr("%1: desquamation").arg(region);
        if (part == QLatin1String("area_pct"))
            return tr("%1: area involved (%)").arg(region);
        return tr("%1: area").arg(region);
    }
    return CrfForm::fieldName(key);
}

QString PasiForm::pageTitle() const
{
    return tr("PASI — %1").arg(CodeLabels::visit(visit()));
}

void PasiForm::retranslateCode()
{
    const Protocol &p = protocol();
    const int areaMax = int(p.areaScoreUpperBoundsPct.size());
    m_ui->regionHeader->setText(tr("Region"));
    m_ui->erythemaHeader->setText(tr("Erythema (0–%1)").arg(p.severityMax));
    m_ui->indurationHeader->setText(tr("Induration (0–%1)").arg(p.severityMax));
    m_ui->desquamationHeader->setText(tr("Desquamation (0–%1)").arg(p.severityMax));
    m_ui->areaPctHeader->setText(tr("Area involved (%)"));
    m_ui->areaHeader->setText(tr("Area score (0–%1)").arg(areaMax));
    m_ui->regionScoreHeader->setText(tr("Region PASI"));
    // The area bands from the protocol: "0: none · 1: < 10 % · 2: 10–29 % …"
    QStringList bands;
    const QList<double> &b = p.areaScoreUpperBoundsPct;
    bands << tr("0: none");
    for (int k = 1; k <= b.size(); ++k) {
        const QString from = DisplayFormat::number(b.at(k - 1), 0);
        if (k == 1)
            bands << tr("%1: < %2 %").arg(k).arg(DisplayFormat::number(b.at(k), 0));
        else if (k < b.size())
            bands << tr("%1: %2–%3 %").arg(k).arg(from, DisplayFormat::number(b.at(k) - 1, 0));
        else
            bands << tr("%1: %2–100 %").arg(k).arg(from);
    }
    m_ui->areaNote->setText(tr("Type the area involved in % to get the area score, or pick the "
                               "score. Area score %1.")
                                .arg(bands.join(QStringLiteral(" · "))));
    for (const RegionRow &r : m_rows) {
        const QString region = CodeLabels::pasiRegion(r.code);
        r.erythema->setAccessibleName(tr("%1: erythema").arg(region));
        r.induration->setAccessibleName(tr("%1: induration").arg(region));
        r.desquamation->setAccessibleName(tr("%1: desquamation").arg(region));
        r.areaPct->setAccessibleName(tr("%1: area involved (%)").arg(region));
        r.area->setAccessibleName(tr("%1: area score").arg(region));
    }
}

void PasiForm::retranslate()
{
    m_ui->retranslateUi(contentWidget());
    retranslateCode();
}

QList<FieldChange> PasiForm::pendingChanges() const
{
    const PasiAssessment *saved = casebook().pasiAt(visit());
    if (!saved || saved->id == 0)
        return {};
    return FieldChanges::between(protocol(), *saved, collect());
}

}  // namespace trialcrf
