// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/casebook.h"

#include <QWidget>

namespace trialcrf {

class ChartWidget;
class StudyStore;

/// The shown subject's PASI trajectory and improvement charts, side by side (issue 5). The
/// owner calls setCasebook() whenever the casebook is (re)loaded and while a PASI page is
/// typed, so the charts follow data as it is entered and as it is saved.
class CasebookCharts : public QWidget {
    Q_OBJECT
public:
    explicit CasebookCharts(const StudyStore &store, QWidget *parent = nullptr);

    /// Shows this casebook; an empty casebook (no subject) shows the empty state.
    /// `provisionalVisit`: the visit whose PASI in `casebook` is being typed on an open page
    /// (drawn as a provisional point); empty when the casebook is all saved data.
    void setCasebook(const Casebook &casebook, const QString &provisionalVisit = QString());
    ChartWidget *trajectoryChart() const { return m_trajectory; }
    ChartWidget *improvementChart() const { return m_improvement; }

private:
    const StudyStore &m_store;
    ChartWidget *m_trajectory = nullptr;
    ChartWidget *m_improvement = nullptr;
};

}  // namespace trialcrf
