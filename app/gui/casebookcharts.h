// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/casebook.h"

#include <QWidget>

class QLabel;
class QStackedLayout;

namespace trialcrf {

class ChartWidget;
class StudyStore;

/// The shown subject's PASI trajectory and improvement charts, side by side. The
/// owner calls setCasebook() whenever the casebook is (re)loaded and while a PASI page is
/// typed, so the charts follow data as it is entered and as it is saved. With no subject
/// shown (as at start-up) a sentence stands in their place, so nothing is painted that
/// would say nothing.
class CasebookCharts : public QWidget {
    Q_OBJECT
public:
    explicit CasebookCharts(const StudyStore &store, QWidget *parent = nullptr);

    /// Shows this casebook; an empty casebook (no subject) shows the sentence instead.
    /// `provisionalVisit`: the visit whose PASI in `casebook` is being typed on an open page
    /// (drawn as a provisional point); empty when the casebook is all saved data.
    void setCasebook(const Casebook &casebook, const QString &provisionalVisit = QString());
    ChartWidget *trajectoryChart() const { return m_trajectory; }
    ChartWidget *improvementChart() const { return m_improvement; }
    /// True while the charts (not the no-subject sentence) are shown.
    bool chartsShown() const;

    /// Lower than the charts' own hint, so below the casebook they leave it room to breathe.
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const StudyStore &m_store;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_noSubject = nullptr;
    QWidget *m_charts = nullptr;
    ChartWidget *m_trajectory = nullptr;
    ChartWidget *m_improvement = nullptr;
};

}  // namespace trialcrf
