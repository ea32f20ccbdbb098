// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rules/chair.h"
#include "storage/casebook.h"

#include <QGroupBox>

class QGridLayout;
class QLabel;

namespace trialcrf {

/// The PASI page's comparison with the previous assessment: each region's share of PASI then
/// and now with the change, the totals, and a visible flag when the change is implausible
/// (the protocol file's thresholds): to check before saving, never a block.
class PasiComparisonPanel : public QGroupBox
{
    Q_OBJECT

public:
    PasiComparisonPanel(const Protocol &protocol, QWidget *parent = nullptr);

    /// Compares the scores typed at `visit` with the subject's previous saved assessment.
    void setScores(const Casebook &casebook, const QString &visit,
                   const QList<rules::RegionScores> &current);
    const rules::PasiComparison &comparison() const { return m_comparison; }
    /// The flag shown, e.g. "Check before saving: PASI changed by +20.1 …"; empty when none.
    QString flagText() const;
    /// The texts of one region's row (previous, now, change), for tests.
    QStringList rowTexts(int region) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    const Protocol &m_protocol;
    rules::PasiComparison m_comparison;
    QList<rules::RegionScores> m_previous;
    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_headers;
    QList<QList<QLabel *>> m_cells;  ///< per region (then the total): name, previous, now, change
    QLabel *m_flag = nullptr;
};

}  // namespace trialcrf
