// SPDX-License-Identifier: Apache-2.0
#include "pasicomparison.h"

#include "displayformat.h"
#include "labels/codelabels.h"
#include "palette.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <cstdlib>

namespace trialcrf {

namespace {
enum Column { NameCol, PreviousCol, NowCol, ChangeCol, Columns };

QString tenthsOrDash(const std::optional<int> &t)
{
    return t ? DisplayFormat::tenths(*t) : DisplayFormat::dash();
}

QString signedTenths(const std::optional<int> &t)
{
    if (!t)
        return DisplayFormat::dash();
    return (*t > 0 ? QStringLiteral("+") : QString()) + DisplayFormat::tenths(*t);
}
}  // namespace

PasiComparisonPanel::PasiComparisonPanel(const Protocol &protocol, QWidget *parent)
    : QGroupBox(parent), m_protocol(protocol)
{
    setObjectName(QStringLiteral("pasiComparison"));
    auto *layout = new QVBoxLayout(this);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    for (int c = 0; c < Columns; ++c) {
        auto *h = new QLabel(this);
        QFont f = h->font();
        f.setBold(true);
        h->setFont(f);
        m_grid->addWidget(h, 0, c);
        m_headers << h;
    }
    for (int r = 0; r <= int(protocol.pasiRegions.size()); ++r) {
        QList<QLabel *> row;
        for (int c = 0; c < Columns; ++c) {
            auto *l = new QLabel(this);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
            // Numbers line up on the right; the change may carry a flag, so it reads from the left.
            if (c == PreviousCol || c == NowCol)
                l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_grid->addWidget(l, r + 1, c);
            row << l;
        }
        m_cells << row;
    }
    m_grid->setColumnStretch(Columns, 1);
    m_grid->setHorizontalSpacing(16);
    m_flag = new QLabel(this);
    m_flag->setObjectName(QStringLiteral("pasiJumpFlag"));
    m_flag->setWordWrap(true);
    m_flag->setStyleSheet(Palette::textStyle(Palette::error(), true));
    m_flag->hide();
    layout->addWidget(m_flag);
    retranslate();
}

void PasiComparisonPanel::setScores(const Casebook &casebook, const QString &visit,
                                    const QList<rules::RegionScores> &current)
{
    QStringList assessed;
    for (const PasiAssessment &a : casebook.pasi) {
        if (a.id != 0 && a.visit != visit)
            assessed << a.visit;
    }
    const QString previousVisit = rules::previousPasiVisit(m_protocol, visit, assessed);
    m_previous.clear();
    if (const PasiAssessment *prev = previousVisit.isEmpty() ? nullptr
                                                             : casebook.pasiAt(previousVisit))
        m_previous = prev->regions;
    m_comparison = rules::comparePasi(m_protocol, previousVisit, m_previous, current);
    fill();
}

QString PasiComparisonPanel::flagText() const
{
    return m_flag->text();
}

QStringList PasiComparisonPanel::rowTexts(int region) const
{
    QStringList out;
    for (int c = PreviousCol; c < Columns; ++c)
        out << m_cells.at(region).at(c)->text();
    return out;
}

void PasiComparisonPanel::fill()
{
    const rules::PasiComparison &c = m_comparison;
    const bool none = c.previousVisit.isEmpty();
    m_headers.at(PreviousCol)->setText(none ? tr("Previous")
                                            : tr("Previous (%1)").arg(CodeLabels::visit(c.previousVisit)));
    const int n = int(m_protocol.pasiRegions.size());
    QStringList areaFlags;
    for (int i = 0; i < n; ++i) {
        const QList<QLabel *> &row = m_cells.at(i);
        row.at(NameCol)->setText(CodeLabels::pasiRegion(m_protocol.pasiRegions.at(i).code));
        row.at(PreviousCol)->setText(tenthsOrDash(c.previousShare.value(i)));
        row.at(NowCol)->setText(tenthsOrDash(c.currentShare.value(i)));
        QString change = signedTenths(c.shareChange.value(i));
        if (c.areaJump.value(i)) {
            const int delta = c.areaChange.value(i).value_or(0);
            change += QLatin1Char(' ') + tr("(area %1%2)").arg(delta > 0 ? QStringLiteral("+") : QString()).arg(delta);
            areaFlags << CodeLabels::pasiRegion(m_protocol.pasiRegions.at(i).code);
        }
        row.at(ChangeCol)->setText(change);
        row.at(ChangeCol)->setStyleSheet(c.areaJump.value(i) ? Palette::textStyle(Palette::error(), true)
                                                             : QString());
    }
    const QList<QLabel *> &total = m_cells.at(n);
    total.at(NameCol)->setText(tr("PASI"));
    std::optional<int> previousTotal, currentTotal;
    if (!none)
        previousTotal = rules::pasiTenths(m_protocol, m_previous);
    if (c.totalChange && previousTotal)
        currentTotal = *previousTotal + *c.totalChange;
    total.at(PreviousCol)->setText(tenthsOrDash(previousTotal));
    total.at(NowCol)->setText(currentTotal ? DisplayFormat::tenths(*currentTotal) : DisplayFormat::dash());
    total.at(ChangeCol)->setText(signedTenths(c.totalChange));
    total.at(ChangeCol)->setStyleSheet(c.totalJump ? Palette::textStyle(Palette::error(), true)
                                                   : QString());

    QStringList reasons;
    if (c.totalJump)
        reasons << tr("PASI changed by %1 points since %2 (site setting: more than %3 is "
                      "implausible)")
                       .arg(signedTenths(c.totalChange), CodeLabels::visit(c.previousVisit),
                            DisplayFormat::tenths(m_protocol.chair.pasiTotalJumpAboveTenths));
    if (!areaFlags.isEmpty())
        reasons << tr("the area score changed by %1 or more in: %2")
                       .arg(m_protocol.chair.pasiAreaJumpFrom)
                       .arg(areaFlags.join(QStringLiteral(", ")));
    m_flag->setText(reasons.isEmpty() ? QString()
                                      : tr("Check before saving: %1. Saving is allowed.")
                                            .arg(reasons.join(QStringLiteral("; "))));
    m_flag->setVisible(!reasons.isEmpty());
    if (none) {
        for (int i = 0; i <= n; ++i)
            m_cells.at(i).at(PreviousCol)->setText(DisplayFormat::dash());
    }
}

void PasiComparisonPanel::retranslate()
{
    setTitle(tr("Against the previous assessment (region PASI)"));
    m_headers.at(NameCol)->setText(tr("Region"));
    m_headers.at(NowCol)->setText(tr("Now"));
    m_headers.at(ChangeCol)->setText(tr("Change"));
    fill();
}

void PasiComparisonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

}  // namespace trialcrf
