// SPDX-License-Identifier: Apache-2.0
#include "casebookcharts.h"

#include "chartwidget.h"
#include "storage/studystore.h"

#include <QHBoxLayout>

namespace trialcrf {

CasebookCharts::CasebookCharts(const StudyStore &store, QWidget *parent)
    : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("casebookCharts"));
    m_trajectory = new ChartWidget(ChartWidget::Kind::Trajectory, this);
    m_trajectory->setObjectName(QStringLiteral("trajectoryChart"));
    m_improvement = new ChartWidget(ChartWidget::Kind::Improvement, this);
    m_improvement->setObjectName(QStringLiteral("improvementChart"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_trajectory, 3);
    layout->addWidget(m_improvement, 2);
    setCasebook(Casebook{});
}

void CasebookCharts::setCasebook(const Casebook &casebook, const QString &provisionalVisit)
{
    // Computed once for both charts.
    const TrajectoryData data =
        TrajectoryData::fromCasebook(casebook, m_store.protocol(), provisionalVisit);
    m_trajectory->setTrajectory(data);
    m_improvement->setTrajectory(data);
}

}  // namespace trialcrf
